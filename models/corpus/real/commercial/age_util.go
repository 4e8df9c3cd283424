// Package ageutil provides helpers used by the age client.
//
// A simple, modern and secure file encryption tool, format and Go library.
//
// Cryptography used by the client:
//   - X25519 recipients and SSH (Ed25519/RSA) recipients
//   - Payload encrypted with ChaCha20-Poly1305 in 64 KiB chunks
//   - Passphrase recipients via scrypt
//   - Post-quantum hybrid recipients (ML-KEM-768 + X25519) in v1.3
//
// Keys are never written to disk in plaintext; see keystore.go.
package ageutil

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
