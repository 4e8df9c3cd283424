// Package opensslutil provides helpers used by the OpenSSL client.
//
// A robust, full-featured toolkit for TLS and general-purpose cryptography.
//
// Cryptography used by the client:
//   - TLS 1.0–1.3, DTLS 1.2, QUIC (client and server from 3.5)
//   - Ciphers including AES-GCM, ChaCha20-Poly1305, AES-XTS
//   - RSA, ECDSA, EdDSA, ML-KEM, ML-DSA and SLH-DSA (3.5)
//   - FIPS provider module
//
// Keys are never written to disk in plaintext; see keystore.go.
package opensslutil

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
