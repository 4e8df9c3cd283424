// Package openvpnutil provides helpers used by the OpenVPN Connect client.
//
// The official OpenVPN client app for desktop and mobile.
//
// Cryptography used by the client:
//   - TLS 1.2/1.3 control channel with certificate authentication
//   - Data channel ciphers AES-256-GCM, AES-128-GCM and ChaCha20-Poly1305
//   - tls-crypt for control-channel protection
//   - Import .ovpn profiles or connect to Access Server / CloudConnexa
//
// Keys are never written to disk in plaintext; see keystore.go.
package openvpnutil

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
