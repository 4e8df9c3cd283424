"""Steps that look at several hits at once: Distribution Statement resolution and deduplication.

They work on ``Hit``s — one recognizer result, already offset into its segment and filtered —
before hits become ``Evidence``. The rules for Distribution Statements B-F are documented in
``distribution_limited.py``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex as re

from pipeline.records import RESTRICTIVENESS, Jurisdiction

DIST_EXPORT = "MARK_DIST_EXPORT"
DIST_LIMITED = "MARK_DIST_LIMITED"
WARNING_CODES = frozenset({"MARK_ITAR_WARNING", "MARK_DOD_EXPORT_WARNING", "MARK_EAR_LEGEND"})
REASON_WINDOW = 400
WARNING_WINDOW = 2_000
SCORE_WITH_REASON = 0.80
SCORE_WITH_WARNING = 0.75
SCORE_LIMITED = 0.30
LEGEND_GAP = 400

_EXPORT_REASON = re.compile(r"(?i:\bexport[\s-]+control(?:led)?\b(?!\s+act))")
_STATEMENT_END = re.compile(r"(?i:\bother\s+requests\b|\bwarning\b|\n\s*\n)")
_LEGACY_X = re.compile(r"(?i:distribution\s+statement)\s+X\b")


@dataclass(frozen=True)
class Hit:
    """One surviving recognizer result, in segment coordinates."""

    code: str
    detector: str
    jurisdiction: Jurisdiction | None
    category: str | None
    start: int
    end: int
    score: float
    context_word: str = ""


def resolve_distribution(hits: list[Hit], text: str) -> list[Hit]:
    """Decide, for each Distribution Statement B-F hit, whether it is export-control evidence."""
    warnings = [h for h in hits if h.code in WARNING_CODES]
    return [_resolve_one(h, text, warnings) if h.code == DIST_EXPORT else h for h in hits]


def _resolve_one(hit: Hit, text: str, warnings: list[Hit]) -> Hit:
    statement = _statement_text(text, hit.start)
    near = [w for w in warnings if _distance(hit, w) <= WARNING_WINDOW]
    jurisdiction = _strictest(near) or hit.jurisdiction
    if _LEGACY_X.match(statement) or _EXPORT_REASON.search(statement):
        return dataclasses.replace(hit, jurisdiction=jurisdiction, score=min(hit.score, SCORE_WITH_REASON))
    if near:
        return dataclasses.replace(hit, jurisdiction=jurisdiction, score=min(hit.score, SCORE_WITH_WARNING))
    return dataclasses.replace(hit, code=DIST_LIMITED, jurisdiction=None, score=min(hit.score, SCORE_LIMITED))


def _statement_text(text: str, start: int) -> str:
    """The statement itself: up to "Other requests", a warning or a blank line (max 400 chars)."""
    window = text[start:start + REASON_WINDOW]
    end = _STATEMENT_END.search(window, 25)
    return window[:end.start()] if end else window


def _distance(a: Hit, b: Hit) -> int:
    if a.end < b.start:
        return b.start - a.end
    if b.end < a.start:
        return a.start - b.end
    return 0


def _strictest(hits: list[Hit]) -> Jurisdiction | None:
    found = [h.jurisdiction for h in hits if h.jurisdiction is not None]
    return max(found, key=lambda j: RESTRICTIVENESS[j]) if found else None


def deduplicate(hits: list[Hit]) -> list[Hit]:
    """One hit per legend: merge hits of the same code that overlap, or that carry no category
    and lie within ``LEGEND_GAP`` characters (two phrases of one DoD warning are one marking;
    two different ECCNs side by side stay two). Overlaps keep the better hit (higher score,
    then longer span); neighbours are joined into one span with the higher score."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.code, h.start, -h.end)):
        last = kept[-1] if kept else None
        if last is None or last.code != hit.code:
            kept.append(hit)
        elif hit.start < last.end:
            kept[-1] = _better(last, hit)
        elif last.category is None and hit.category is None and hit.start - last.end <= LEGEND_GAP:
            kept[-1] = dataclasses.replace(_better(last, hit), start=last.start, end=max(last.end, hit.end))
        else:
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.code))


def _better(a: Hit, b: Hit) -> Hit:
    if a.score != b.score:
        return a if a.score > b.score else b
    return a if (a.end - a.start) >= (b.end - b.start) else b
