"""Where a marking sits: a *marking* of the document, or a *mention* inside running prose.

A marking is printed on the document itself: a header or footer, the document properties, a
drawing's title block, the first or last line of the cover or last page, a banner, a legend
box, an ``ECCN:`` / ``Export Classification:`` field, a parts list's ECCN column.
A mention is a classification quoted in running prose ("our router is classified 5A992.c").

Evidence printed in a marking position gets ``kind="marking"``; a legend, banner or field inside
the text ``kind="legend"``; a classification quoted in running prose ``kind="mention"``. What
each weighs is decided per document by ``classifiers.failsafe``.

``legend_spans`` finds legend-shaped blocks (a paragraph that opens like a legend and names the
export regime, a short upper-case banner, a classification field line) so that the context
detector can leave them out when it measures whether a document is *about* export control: a
real legend cites 22 CFR / 15 CFR, penalties and foreign persons, and that is part of being a
legend, not evidence of a compliance document.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

# Segments that are marking positions wherever the hit sits in them.
MARKING_SEGMENTS = ("header", "footer", "metadata:", "layout:", "block:", "layer:")
MAX_LEGEND_CHARS = 1_600

_LEGEND_OPENING = re.compile(
    r"(?i:^[\W_]*(?:"
    r"warning\b|notice\b|caution\b|attention\b|destruction\s+notice"
    r"|export[\s-]+(?:controlled|restricted|control\s+(?:notice|warning|statement|legend|marking)"
    r"|(?:control(?:led)?\s+)?classification(?:\s+(?:number|no\.?|code))?\s*[:=]"
    r"|administration\s+regulations)"
    r"|destination\s+control\s+statement|these\s+(?:items|commodities)\s+(?:are|were)\s+(?:controlled|exported)"
    r"|distribution(?:\s+statement)?\s+[a-fx]\b|distribution\s+(?:authori[sz]ed|limited|restricted)"
    r"|cui\b|controlled\s+(?:by|unclassified)|limited\s+dissemination"
    r"|(?:itar|ear)[\s-]+(?:controlled|restricted|technical\s+data|data|notice|warning|export)"
    r"|ear99\b|eccn\s*[:=#]|usml\s+cat(?:egory|\.)?\s+[ivx]+\b"
    r"|international\s+traffic\s+in\s+arms|arms\s+export\s+control|u\.?s\.?\s+export\s+(?:law|control)"
    r"|(?:this|these|the\s+(?:attached|enclosed|following))\s+(?:\w+\s+){0,3}"
    r"(?:contains?|is|are|may|includes?|has\s+been|have\s+been)\s+(?:\w+\s+){0,3}"
    r"(?:technical\s+data|technology|subject\s+to|controlled|export|restricted)"
    r"|proprietary\s+(?:and|&)\s+export"
    r"))"
)
_REGIME = re.compile(
    r"(?i:\b(?:export|itar|ear|eccn|usml|ear99|arms|munitions|cui|sp-expt|expt|distribution"
    r"|22\s*c\.?f\.?r|15\s*c\.?f\.?r|traffic\s+in\s+arms|foreign\s+(?:persons?|nationals?))\b)"
)
_FIELD_LINE = re.compile(
    r"(?i:^[ \t>|*#_-]*(?:[\w/().-]+[ \t]+){0,4}"
    r"(?:eccn|export[ \t]+(?:control[ \t]+)?classification(?:[ \t]+(?:number|no\.?|code))?"
    r"|export[ \t]+(?:control(?:led)?|ctrl\.?)|jurisdiction|usml(?:[ \t]+cat(?:egory|\.)?)?"
    r"|export[ \t]+(?:marking|notice|status)|classification)"
    r"[ \t]*(?:\(eccn\))?[ \t]*[:=|#\t])", flags=re.MULTILINE
)
# The same labels standing alone on their line: a table's label cell, whose value is the next
# cell (word processors' tables come out of Tika one cell per paragraph).
_FIELD_LABEL = re.compile(
    r"(?i:^[ \t>|*#_-]*(?:eccn|export[ \t]+(?:control[ \t]+)?classification(?:[ \t]+(?:number|no\.?))?"
    r"|export[ \t]+(?:control(?:led)?|ctrl\.?|jurisdiction)|jurisdiction|usml(?:[ \t]+category)?)"
    r"[ \t]*(?:\(eccn\))?[ \t]*:?[ \t]*$)")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
# Segments whose first and last lines are marking positions when they are the first or last of
# their kind: the top and bottom of the cover and last page, of the first and last slide and
# of the body of a text file or e-mail.
EDGE_SEGMENTS = ("body", "page:", "slide:", "notes", "ocr:page:")


_CLASSIFICATION_HEADER = re.compile(
    r"(?i:\b(?:eccn|export\s+(?:control\s+)?classification|export\s+jurisdiction|jurisdiction"
    r"|usml(?:\s+cat(?:egory|\.)?)?|export\s+(?:control(?:led)?|ctrl\.?))\b)")
TABLE_LOOKBACK = 4_000


def in_classification_column(where: str, text: str, start: int) -> bool:
    """The hit is a cell of a table whose header names an export classification column: a
    spreadsheet (``sheet:*``) or a tab-separated table row under such a header row."""
    line_lo = text.rfind("\n", 0, start) + 1
    if where.startswith("sheet:"):
        return bool(_CLASSIFICATION_HEADER.search(text, 0, min(len(text), TABLE_LOOKBACK)))
    line_hi = text.find("\n", start)
    if "\t" not in text[line_lo:line_hi if line_hi >= 0 else len(text)]:
        return False
    above = text[max(0, line_lo - TABLE_LOOKBACK):line_lo]
    return any("\t" in row and _CLASSIFICATION_HEADER.search(row) for row in above.split("\n"))


def is_marking_segment(where: str) -> bool:
    return where.startswith(MARKING_SEGMENTS)


def edge_segments(wheres: Sequence[str]) -> frozenset[str]:
    """The first and last segment of each kind in ``EDGE_SEGMENTS``."""
    out: set[str] = set()
    for prefix in EDGE_SEGMENTS:
        same = [w for w in wheres if w.startswith(prefix)]
        if same:
            out.update((same[0], same[-1]))
    return frozenset(out)


def on_edge_line(text: str, start: int, end: int) -> bool:
    """The hit is on the first or last non-blank line of ``text``."""
    stripped = text.strip()
    if not stripped:
        return False
    first_end = text.find("\n", len(text) - len(text.lstrip()))
    last_start = text.rstrip().rfind("\n") + 1
    return start < (first_end if first_end >= 0 else len(text)) or end > last_start


def block_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (blank-line delimited) that holds ``text[start:end]``."""
    lo = max((m.end() for m in _BLOCK_BREAK.finditer(text, 0, start)), default=0)
    m = _BLOCK_BREAK.search(text, end)
    return lo, (m.start() if m else len(text))


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (hi if hi >= 0 else len(text))


def _upper_banner(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return 6 <= len(letters) <= 200 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def is_legend_block(block: str) -> bool:
    """A paragraph shaped like a legend: opens like one and names the regime, within a bound."""
    stripped = block.strip()
    if not stripped or len(stripped) > MAX_LEGEND_CHARS or not _REGIME.search(stripped):
        return False
    return bool(_LEGEND_OPENING.match(stripped)) or _upper_banner(stripped[:240])


def is_field_line(line: str) -> bool:
    return bool(_FIELD_LINE.match(line))


def in_marking_shape(text: str, start: int, end: int) -> bool:
    """The hit sits in a legend block, an upper-case banner line or a classification field
    (on its label's line, or the line after a label that stands alone)."""
    lo, hi = _line_around(text, start, end)
    line = text[lo:hi]
    if is_field_line(line) or (_upper_banner(line) and _REGIME.search(line)):
        return True
    previous = text[max(0, lo - 200):lo].rstrip().rsplit("\n", 1)[-1]
    if _FIELD_LABEL.match(previous):
        return True                       # the value cell under its label cell
    blo, bhi = block_around(text, start, end)
    return is_legend_block(text[blo:bhi])


def marking_kind(where: str, text: str, start: int, end: int,
                 edges: frozenset[str] = frozenset()) -> str:
    """``marking``, ``legend`` or ``mention`` for a hit at ``text[start:end]`` of ``where``.

    ``marking``: printed where markings go: a header, footer, property or title-block segment,
    the first or last line of the cover or last page, slide or body (``edges``), a table's ECCN
    / export classification column. ``legend``: a legend-shaped block, an upper-case banner
    line or a classification field inside the text. ``mention``: quoted in running prose."""
    if is_marking_segment(where) or in_classification_column(where, text, start) \
            or (where in edges and on_edge_line(text, start, end)):
        return "marking"
    if in_marking_shape(text, start, end):
        return "legend"
    return "mention"


def legend_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are legend blocks or classification field lines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in list(_BLOCK_BREAK.finditer(text)) + [None]:
        stop = m.start() if m else len(text)
        block = text[pos:stop]
        if is_legend_block(block):
            spans.append((pos, stop))
        else:
            offset = pos
            for line in block.split("\n"):
                if is_field_line(line) or (_upper_banner(line) and _REGIME.search(line)):
                    spans.append((offset, offset + len(line)))
                offset += len(line) + 1
        pos = m.end() if m else len(text)
    return spans


def without_legends(text: str) -> str:
    """``text`` with its legend blocks and classification fields blanked (offsets kept): the
    subject-matter and "about export control" readings of a document leave its markings out."""
    for start, end in legend_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
