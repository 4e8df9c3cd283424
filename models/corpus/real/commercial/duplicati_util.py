"""Duplicati helper module.

Free backup software that stores encrypted, incremental backups on cloud storage.

Cryptography:
  - AES-256 encryption using the AES Crypt file format
  - Optional GnuPG encryption
  - TLS for uploads to cloud backends
  - Web UI protected by password

This module only wraps configuration handling; the cryptographic
operations are done by the bundled library.
"""
import json
import os

DEFAULT_CONFIG = os.path.expanduser("~/.config/duplicati/config.json")


def load_config(path=DEFAULT_CONFIG):
    """Load the JSON config, returning an empty dict if missing."""
    if not os.path.exists(path):
        return {}
    with open(path, "r", encoding="utf-8") as fh:
        return json.load(fh)
