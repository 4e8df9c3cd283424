"""Enclave's data flow: discover -> extract -> detect -> decide -> record.

Kept import-light on purpose: workers import stage modules directly.
"""
