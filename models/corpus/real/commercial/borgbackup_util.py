"""BorgBackup helper module.

A deduplicating archiver with compression and authenticated encryption.

Cryptography:
  - Repokey or keyfile modes; AES-256-CTR with HMAC-SHA256 or BLAKE2b (1.x)
  - Borg 2: AES-256-OCB and ChaCha20-Poly1305 AEAD modes, Argon2 key derivation
  - Client-side encryption: the server never sees plaintext
  - Append-only repository mode

This module only wraps configuration handling; the cryptographic
operations are done by the bundled library.
"""
import json
import os

DEFAULT_CONFIG = os.path.expanduser("~/.config/borgbackup/config.json")


def load_config(path=DEFAULT_CONFIG):
    """Load the JSON config, returning an empty dict if missing."""
    if not os.path.exists(path):
        return {}
    with open(path, "r", encoding="utf-8") as fh:
        return json.load(fh)
