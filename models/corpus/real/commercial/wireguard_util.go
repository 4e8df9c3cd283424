// Package wireguardutil provides helpers used by the WireGuard client.
//
// A fast, modern VPN tunnel for Linux, Windows, macOS, iOS and Android.
//
// Cryptography used by the client:
//   - Noise protocol framework (Noise_IKpsk2)
//   - Curve25519 for ECDH, ChaCha20-Poly1305 for authenticated encryption
//   - BLAKE2s hashing, SipHash24 hashtable keys, HKDF key derivation
//   - Optional pre-shared symmetric key for post-quantum resistance
//
// Keys are never written to disk in plaintext; see keystore.go.
package wireguardutil

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
