// Package libsodiumutil provides helpers used by the libsodium client.
//
// A modern, easy-to-use software library for encryption, signatures and hashing.
//
// Cryptography used by the client:
//   - crypto_secretbox: XSalsa20-Poly1305
//   - crypto_box: X25519 + XSalsa20-Poly1305
//   - Ed25519 signatures, BLAKE2b hashing
//   - Argon2id password hashing, AEADs XChaCha20-Poly1305 and AES-256-GCM
//
// Keys are never written to disk in plaintext; see keystore.go.
package libsodiumutil

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
