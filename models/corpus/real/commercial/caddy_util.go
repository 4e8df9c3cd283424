// Package caddyutil provides helpers used by the Caddy client.
//
// A web server with automatic HTTPS.
//
// Cryptography used by the client:
//   - Automatic TLS certificates from Let's Encrypt and ZeroSSL via ACME
//   - TLS 1.2/1.3 with modern cipher suites by default
//   - HTTP/3 (QUIC)
//   - OCSP stapling and on-demand TLS
//
// Keys are never written to disk in plaintext; see keystore.go.
package caddyutil

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
