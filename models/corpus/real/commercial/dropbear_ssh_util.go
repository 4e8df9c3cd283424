// Package dropbearutil provides helpers used by the Dropbear SSH client.
//
// A small SSH server and client for embedded systems.
//
// Cryptography used by the client:
//   - SSH-2 with aes128-ctr, aes256-ctr, chacha20-poly1305
//   - Key exchange curve25519-sha256, sntrup761x25519-sha512
//   - Ed25519, ECDSA and RSA host keys
//   - Multi-call binary under 110 kB
//
// Keys are never written to disk in plaintext; see keystore.go.
package dropbearutil

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
