"""Small text helpers shared by the knowledge-base parsers and the loader.

Paragraph designators sort "naturally" (``a.2`` before ``a.10``, ``h`` before ``x``), so the
committed data reads in regulation order and diffs stay small when a paragraph is added.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def natural_key(designator: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key for a dotted designator: numbers by value, letters alphabetically."""
    key = []
    for segment in designator.split("."):
        if segment.isdigit():
            key.append((0, int(segment), ""))
        else:
            key.append((1, 0, segment))
    return tuple(key)


def short_label(text: str, limit: int) -> str:
    """``text`` with whitespace collapsed, cut at a word boundary to at most ``limit`` chars."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:(") + ELLIPSIS


def roman_to_int(numeral: str) -> int | None:
    """Value of a lower- or upper-case Roman numeral (i..l), or None when it is not one."""
    lowered = numeral.lower()
    if not lowered or not re.fullmatch(r"(xl|l?x{0,3})(ix|iv|v?i{0,3})", lowered):
        return None
    total = 0
    for index, char in enumerate(lowered):
        value = ROMAN_VALUES[char]
        following = ROMAN_VALUES[lowered[index + 1]] if index + 1 < len(lowered) else 0
        total += -value if value < following else value
    return total


def int_to_roman(number: int) -> str:
    """Upper-case Roman numeral for 1..49 (the USML has 21 categories)."""
    parts = []
    for value, symbol in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            parts.append(symbol)
            number -= value
    return "".join(parts)
