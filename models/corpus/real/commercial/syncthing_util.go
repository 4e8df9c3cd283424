// Package syncthingutil provides helpers used by the Syncthing client.
//
// Continuous peer-to-peer file synchronization.
//
// Cryptography used by the client:
//   - All device communication secured with TLS 1.3 (TLS 1.2 fallback) using ECDSA/Ed25519 certificates
//   - Device IDs derived from SHA-256 of the certificate
//   - Untrusted (encrypted) devices: data encrypted with XChaCha20-Poly1305 and AES-SIV file names, keys from scrypt
//
// Keys are never written to disk in plaintext; see keystore.go.
package syncthingutil

import (
	"crypto/rand"
	"fmt"
)

// NewNonce returns a fresh random nonce of the given size.
func NewNonce(size int) ([]byte, error) {
	b := make([]byte, size)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("reading random bytes: %w", err)
	}
	return b, nil
}
