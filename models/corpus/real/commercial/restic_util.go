// Package resticutil provides helpers used by the restic client.
//
// A fast, secure backup program with deduplication.
//
// Cryptography used by the client:
//   - Repository data encrypted with AES-256 in counter mode and authenticated with Poly1305-AES
//   - Master key protected by a password run through scrypt
//   - Content-defined chunking with SHA-256 IDs
//   - Backends: local, SFTP, S3, B2, Azure, GCS, REST server, rclone
//
// Keys are never written to disk in plaintext; see keystore.go.
package resticutil

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
