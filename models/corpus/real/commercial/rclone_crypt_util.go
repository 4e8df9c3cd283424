// Package rcloneutil provides helpers used by the rclone crypt client.
//
// Command-line program to sync files to cloud storage, with an encrypting remote.
//
// Cryptography used by the client:
//   - crypt remote: file contents encrypted with NaCl secretbox (XSalsa20 + Poly1305) in 64 KiB chunks
//   - File names encrypted with EME (AES-256) and base32/base64 encoding
//   - Keys derived from password and salt with scrypt
//   - TLS for all cloud provider connections
//
// Keys are never written to disk in plaintext; see keystore.go.
package rcloneutil

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
