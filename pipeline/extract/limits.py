"""Per-item bounds for extraction.

A sweep meets hostile and broken files; each bound turns one of them into an error record
instead of a stuck or exhausted worker. Size and time are enforced by the parent process (the
parse itself is killed when it runs over); the decompression ratio before the parse starts, from
the archive's own directory; depth, member count and text length while assembling; OCR pages
while rendering.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Bounds that apply to one top-level item and everything embedded in it."""

    max_bytes: int = 512 * 1024**2        # bigger -> E_TOO_LARGE, without reading the bytes
    timeout_s: float = 120.0              # wall time of one parse; past it the worker is killed
    max_depth: int = 8                    # archive / attachment nesting kept
    max_members: int = 10_000             # embedded documents per top-level item
    max_text_chars: int = 10_000_000      # per Extraction; beyond is cut and flagged in metadata
    max_ratio: float = 100.0              # expanded / stored bytes of an archive; over -> E_DECOMPRESSION_BOMB
    max_expanded_bytes: int = 4 * 1024**3  # declared expanded bytes of an archive; over -> E_DECOMPRESSION_BOMB
    max_ocr_pages: int = 50               # pages / frames OCR'd per item (0 turns OCR off)
