"""Turn Tika's XHTML output into located text segments.

Tika marks the structure we care about with ``<div>`` classes: ``page`` for PDF pages, ``sheet``
(with an ``<h1>`` name) for spreadsheet tabs and ``slide-content`` for presentation slides.
Detectors want to say *where* a marking sits ("page 3", "sheet Parts"), so we keep those
boundaries as ``Segment.where`` and put everything outside them into one ``body`` segment.

We read the XHTML with the standard library's tolerant HTML tokenizer rather than an XML parser:
Tika's serializer escapes markup characters but not control characters, which a strict XML
parser rejects, and we would rather get the text than fail the item.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from pipeline.records import Segment

_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table", "ul", "ol",
    "blockquote", "pre", "section", "article", "dt", "dd",
})
_SECTION_CLASSES = {"page": "page", "sheet": "sheet", "slide-content": "slide"}
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


class _Section:
    """Text collected for one page / sheet / slide (or the body outside them)."""

    def __init__(self, kind: str, number: int) -> None:
        self.kind = kind
        self.number = number
        self.parts: list[str] = []
        self.heading: list[str] | None = None   # collects the first <h1> of a sheet

    def where(self) -> str:
        if self.kind == "sheet":
            name = " ".join("".join(self.heading or []).split())
            return f"sheet:{name}" if name else f"sheet:{self.number}"
        return f"{self.kind}:{self.number}" if self.kind != "body" else "body"


class _SegmentCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.body = _Section("body", 0)
        self.sections: list[_Section] = []
        self._current: _Section | None = None
        self._div_depth = 0            # open <div>s inside the current section
        self._in_head = False
        self._in_heading = False
        self._counts: dict[str, int] = {}

    def _target(self) -> _Section:
        return self._current or self.body

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
            return
        if tag == "div":
            if self._current is not None:
                self._div_depth += 1
            else:
                kind = _SECTION_CLASSES.get(dict(attrs).get("class") or "")
                if kind is not None:
                    self._counts[kind] = self._counts.get(kind, 0) + 1
                    self._current = _Section(kind, self._counts[kind])
                    self.sections.append(self._current)
                    self._div_depth = 0
                    return
        if tag == "h1" and self._current is not None and self._current.kind == "sheet" \
                and self._current.heading is None:
            self._current.heading = []
            self._in_heading = True
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
            return
        if tag == "h1":
            self._in_heading = False
        if tag == "div" and self._current is not None:
            if self._div_depth == 0:
                self._current = None
                return
            self._div_depth -= 1
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._target().parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_head:
            return
        section = self._target()
        section.parts.append(data)
        if self._in_heading and section.heading is not None:
            section.heading.append(data)

    def _break(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:              # Tika already puts a tab before each table cell
            self._target().parts.append("\n")


def tidy(text: str) -> str:
    """Normalise whitespace the way a reader sees it: no trailing blanks, no runs of empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def xhtml_segments(xhtml: str) -> list[Segment]:
    """Split Tika XHTML into ``page:N`` / ``sheet:<name>`` / ``slide:N`` / ``body`` segments.

    Empty segments are left out, so a document without any text gives an empty list.
    """
    collector = _SegmentCollector()
    collector.feed(xhtml)
    collector.close()
    out: list[Segment] = []
    body = tidy("".join(collector.body.parts))
    if body:
        out.append(Segment("body", body))
    for section in collector.sections:
        text = tidy("".join(section.parts))
        if text:
            out.append(Segment(section.where(), text))
    return out
