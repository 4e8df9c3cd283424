// Package tailscaleutil provides helpers used by the Tailscale client.
//
// A mesh VPN built on WireGuard that connects devices into a private tailnet.
//
// Cryptography used by the client:
//   - WireGuard data plane (Curve25519, ChaCha20-Poly1305)
//   - Coordination server distributes public keys only; private keys never leave the device
//   - DERP relays forward already-encrypted packets
//   - Tailnet Lock signs node keys with trusted signing keys
//
// Keys are never written to disk in plaintext; see keystore.go.
package tailscaleutil

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
