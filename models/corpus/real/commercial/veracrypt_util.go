// Package veracryptutil provides helpers used by the VeraCrypt client.
//
// Free disk encryption software based on TrueCrypt 7.1a.
//
// Cryptography used by the client:
//   - AES, Serpent, Twofish, Camellia and Kuznyechik, with cascades, in XTS mode
//   - Header key derivation with PBKDF2 (SHA-512, Whirlpool, SHA-256, Streebog) and Argon2id in 1.26.x
//   - Hidden volumes and hidden operating systems
//   - System encryption with pre-boot authentication
//
// Keys are never written to disk in plaintext; see keystore.go.
package veracryptutil

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
