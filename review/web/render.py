"""Pieces of the pages that are built in Python: evidence highlighted in the extracted text,
server-rendered SVG bar charts, ages, and category checks against the knowledge base.

Everything that comes from an item (segment text, excerpts) is escaped here before it is wrapped
in markup; the templates receive ``Markup`` only from these functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

from markupsafe import Markup, escape

# A segment longer than this is shown as windows around its evidence rather than whole.
FULL_SEGMENT_CHARS = 20_000
WINDOW_CHARS = 1_500
# Most text shown on one item page, whatever the number of segments.
MAX_PAGE_CHARS = 400_000


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    marks: tuple[int, ...]       # indexes into the entry's reasons


@dataclass(frozen=True)
class RenderedSegment:
    where: str
    html: Markup
    length: int
    shortened: bool
    marks: int


def _reason_location(reason: Mapping[str, Any]) -> tuple[str, int, int] | None:
    loc = reason.get("location") or {}
    where, start, end = loc.get("where"), loc.get("start"), loc.get("end")
    if not isinstance(where, str) or not isinstance(start, int) or not isinstance(end, int):
        return None
    if end <= start:
        return None
    return where, start, end


def spans_for(reasons: Sequence[Mapping[str, Any]], where: str, length: int) -> list[Span]:
    """The evidence spans inside one segment, overlapping ones merged, in text order."""
    raw: list[tuple[int, int, int]] = []
    for i, reason in enumerate(reasons):
        loc = _reason_location(reason)
        if loc is None or loc[0] != where:
            continue
        start, end = max(0, loc[1]), min(length, loc[2])
        if start < end:
            raw.append((start, end, i))
    raw.sort()
    merged: list[Span] = []
    for start, end, i in raw:
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, end), last.marks + (i,))
        else:
            merged.append(Span(start, end, (i,)))
    return merged


def _windows(spans: Sequence[Span], length: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for span in spans:
        lo, hi = max(0, span.start - WINDOW_CHARS), min(length, span.end + WINDOW_CHARS)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out or [(0, min(length, 2 * WINDOW_CHARS))]


def _mark(text: str, span: Span, reasons: Sequence[Mapping[str, Any]]) -> Markup:
    codes = " ".join(dict.fromkeys(str(reasons[i].get("code", "")) for i in span.marks))
    ids = " ".join(f"ev-{i}" for i in span.marks)
    return Markup('<mark class="evidence" data-codes="{}" data-reasons="{}" title="{}">{}</mark>'
                  ).format(codes, ids, codes, text)


def highlight_segment(text: str, spans: Sequence[Span],
                      reasons: Sequence[Mapping[str, Any]]) -> tuple[Markup, bool]:
    """The segment as HTML with each evidence span in ``<mark class="evidence">``; long
    segments are cut to windows around the evidence. Returns (html, shortened)."""
    length = len(text)
    shortened = length > FULL_SEGMENT_CHARS
    windows = _windows(spans, length) if shortened else [(0, length)]
    parts: list[Markup] = []
    for w_start, w_end in windows:
        if w_start > 0:
            parts.append(Markup('<span class="gap">…</span>'))
        pos = w_start
        for span in spans:
            if span.end <= w_start or span.start >= w_end:
                continue
            s, e = max(span.start, w_start), min(span.end, w_end)
            parts.append(escape(text[pos:s]))
            parts.append(_mark(text[s:e], span, reasons))
            pos = e
        parts.append(escape(text[pos:w_end]))
        if w_end < length:
            parts.append(Markup('<span class="gap">…</span>'))
    return Markup("").join(parts), shortened


def render_segments(segments: Iterable[Mapping[str, str]],
                    reasons: Sequence[Mapping[str, Any]]) -> tuple[list[RenderedSegment], bool]:
    """Every segment of an item with its evidence highlighted. Returns (segments, truncated):
    the page shows at most ``MAX_PAGE_CHARS`` characters."""
    out: list[RenderedSegment] = []
    budget = MAX_PAGE_CHARS
    truncated = False
    for seg in segments:
        where, text = str(seg.get("where", "")), str(seg.get("text", ""))
        if budget <= 0:
            truncated = True
            break
        spans = spans_for(reasons, where, len(text))
        html, shortened = highlight_segment(text, spans, reasons)
        budget -= min(len(text), FULL_SEGMENT_CHARS + 2 * WINDOW_CHARS * max(1, len(spans)))
        out.append(RenderedSegment(where, html, len(text), shortened,
                                   sum(len(s.marks) for s in spans)))
    return out, truncated


def located(reasons: Sequence[Mapping[str, Any]],
            segments: Iterable[Mapping[str, str]]) -> set[int]:
    """Indexes of the reasons whose location falls inside one of the segments."""
    lengths = {str(s.get("where", "")): len(str(s.get("text", ""))) for s in segments}
    found = set()
    for i, reason in enumerate(reasons):
        loc = _reason_location(reason)
        if loc and loc[0] in lengths and loc[1] < lengths[loc[0]]:
            found.add(i)
    return found


# -- ages -------------------------------------------------------------------------------------


def age_text(when: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


# -- charts -----------------------------------------------------------------------------------

_BAR_H, _GAP, _LABEL_W, _BAR_W, _NUM_W = 22, 6, 220, 320, 60


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else "…" + label[-(limit - 1):]


def bar_chart(title: str, counts: Mapping[str, int], *, css_prefix: str = "bar") -> Markup:
    """A horizontal bar chart as inline SVG (no script, no external resource)."""
    items = list(counts.items())
    top = max((n for _, n in items), default=0) or 1
    height = max(1, len(items)) * (_BAR_H + _GAP) + _GAP
    width = _LABEL_W + _BAR_W + _NUM_W
    parts = [Markup('<svg class="chart" role="img" width="{}" height="{}" viewBox="0 0 {} {}" '
                    'xmlns="http://www.w3.org/2000/svg"><title>{}</title>'
                    ).format(width, height, width, height, title)]
    if not items:
        parts.append(Markup('<text x="0" y="16" class="chart-empty">nothing open</text>'))
    for row, (label, n) in enumerate(items):
        y = _GAP + row * (_BAR_H + _GAP)
        w = 0 if n == 0 else max(2, round(_BAR_W * n / top))
        key = re.sub(r"[^a-z0-9]+", "-", str(label).lower()).strip("-") or "other"
        parts.append(Markup(
            '<g class="row"><title>{label}: {n}</title>'
            '<text x="{lx}" y="{ty}" class="chart-label" text-anchor="end">{short}</text>'
            '<rect x="{bx}" y="{y}" width="{w}" height="{h}" rx="3" class="{prefix} {prefix}-{key}"/>'
            '<text x="{nx}" y="{ty}" class="chart-num">{n}</text></g>').format(
                label=label, n=n, lx=_LABEL_W - 8, ty=y + _BAR_H - 6, short=_short(str(label)),
                bx=_LABEL_W, y=y, w=w, h=_BAR_H, prefix=css_prefix, key=key,
                nx=_LABEL_W + w + 6))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


# -- categories -------------------------------------------------------------------------------

_USML = re.compile(r"^([IVXivx]+)((?:\([0-9a-zA-Z]+\))*)$")


def check_category(jurisdiction: str, category: str | None) -> str | None:
    """The canonical spelling of a reviewer's category for a jurisdiction, or raise ValueError.

    ITAR takes a USML paragraph that exists in the knowledge base (``XI(c)``), EAR an ECCN that
    exists (``5A002.a``) or ``EAR99``; UNCONTROLLED takes none. An empty category is allowed for
    ITAR and EAR (the jurisdiction's default label).
    """
    from classifiers.kb import load_kb

    text = (category or "").strip()
    if jurisdiction == "UNCONTROLLED":
        if text:
            raise ValueError("an uncontrolled item has no category")
        return None
    if not text:
        return None
    kb = load_kb()
    if jurisdiction == "ITAR":
        m = _USML.match(text.replace(" ", ""))
        if m:
            ladder = re.findall(r"\(([0-9a-zA-Z]+)\)", m.group(2))
            canonical = kb.normalize_usml(m.group(1).upper(), [t.lower() for t in ladder])
            if canonical and canonical.lower() == text.replace(" ", "").lower():
                return canonical
        raise ValueError("not a USML category or paragraph (e.g. XI(c), XV(e)(11))")
    if jurisdiction == "EAR":
        if text.upper() == "EAR99":
            return "EAR99"
        canonical = kb.normalize_eccn(text)
        if canonical and canonical.lower() == text.lower():
            return canonical
        raise ValueError("not an ECCN on the Commerce Control List (e.g. 5A002.a) or EAR99")
    raise ValueError("a reviewer decides ITAR, EAR or UNCONTROLLED")
