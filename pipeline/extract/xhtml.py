"""Turn Tika's XHTML output into located text segments.

Tika marks the structure we care about with classes: ``<div class="page">`` for PDF pages,
``sheet`` (with an ``<h1>`` name) for spreadsheet tabs, ``slide-content`` / ``slide-notes`` /
``slide-master-content`` for presentations, ``<p class="header">`` / ``footer`` for Word
headers and footers and ``<div class="ocr">`` for text Tika read off an image or a page render.
Detectors want to say *where* a marking sits ("page 3", "sheet Parts", "footer", "notes of
slide 2"), so we keep those boundaries as ``Segment.where``:

    body            everything outside any section
    page:N  sheet:<name>  slide:N  master:N
    slide:N:notes   speaker notes (they follow their slide in Tika's output)
    header  footer  header-and-footer text of a Word document (or ``page:N:header`` …)
    ocr  ocr:page:N Tika's OCR of an embedded image / of a rendered page

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
_SECTION_CLASSES = {"page": "page", "sheet": "sheet", "slide-content": "slide",
                    "slide-notes": "notes", "slide-master-content": "master"}
_PART_CLASSES = frozenset({"header", "footer", "ocr"})
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


class _Section:
    """Text collected for one located part of the document."""

    def __init__(self, where: str) -> None:
        self.where_fixed = where
        self.parts: list[str] = []
        self.heading: list[str] | None = None   # collects the first <h1> of a sheet

    def where(self) -> str:
        if self.where_fixed.startswith("sheet:#"):
            name = " ".join("".join(self.heading or []).split())
            return f"sheet:{name}" if name else "sheet:" + self.where_fixed[len("sheet:#"):]
        return self.where_fixed


class _SegmentCollector(HTMLParser):
    def __init__(self) -> None:
        self._skip = 0
        super().__init__(convert_charrefs=True)
        self.body = _Section("body")
        self.sections: list[_Section] = []
        self._by_where: dict[str, _Section] = {}
        self._current: _Section | None = None   # page / sheet / slide ...
        self._div_depth = 0                     # open <div>s inside the current section
        self._part: _Section | None = None      # header / footer / ocr inside (or outside) it
        self._part_tag = ""
        self._part_depth = 0
        self._in_head = False
        self._in_heading = False
        self._counts: dict[str, int] = {}

    def _target(self) -> _Section:
        return self._part or self._current or self.body

    def _section(self, where: str) -> _Section:
        if where not in self._by_where:
            self._by_where[where] = _Section(where)
            self.sections.append(self._by_where[where])
        return self._by_where[where]

    def _open_section(self, kind: str) -> None:
        self._counts[kind] = self._counts.get(kind, 0) + 1
        number = self._counts[kind]
        if kind == "notes":                     # notes follow the slide they belong to
            where = f"slide:{self._counts.get('slide', number)}:notes"
        elif kind == "sheet":
            where = f"sheet:#{number}"
        else:
            where = f"{kind}:{number}"
        self._current = self._section(where)
        self._div_depth = 0

    def _open_part(self, tag: str, kind: str) -> None:
        outer = self._current.where() if self._current is not None else ""
        where = f"{kind}:{outer}" if kind == "ocr" and outer else \
            (f"{outer}:{kind}" if outer else kind)
        self._part, self._part_tag, self._part_depth = self._section(where), tag, 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
            return
        if tag in _NOT_TEXT:                # style sheets and scripts (Tika's source-code
            self._skip += 1                 # highlighting puts CSS in the body) are not text
            return
        css = dict(attrs).get("class") or ""
        if self._part is not None and tag == self._part_tag:
            self._part_depth += 1
        elif self._part is None and css in _PART_CLASSES:
            self._open_part(tag, css)
            return
        if tag == "div" and self._part is None:
            if self._current is not None:
                self._div_depth += 1
            elif css in _SECTION_CLASSES:
                self._open_section(_SECTION_CLASSES[css])
                return
        if tag == "h1" and self._current is not None and self._current.where_fixed.startswith(
                "sheet:#") and self._current.heading is None:
            self._current.heading = []
            self._in_heading = True
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
            return
        if tag in _NOT_TEXT:
            self._skip = max(0, self._skip - 1)
            return
        if tag == "h1":
            self._in_heading = False
        if self._part is not None and tag == self._part_tag:
            if self._part_depth == 0:
                self._part = None
                return
            self._part_depth -= 1
        elif tag == "div" and self._current is not None and self._part is None:
            if self._div_depth == 0:
                self._current = None
                return
            self._div_depth -= 1
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._target().parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_head or self._skip:
            return
        section = self._target()
        section.parts.append(data)
        if self._in_heading and self._current is not None and self._current.heading is not None:
            self._current.heading.append(data)

    def _break(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:              # Tika already puts a tab before each table cell
            self._target().parts.append("\n")


_NOT_TEXT = {"style", "script"}


def tidy(text: str) -> str:
    """Normalise whitespace the way a reader sees it: no trailing blanks, no runs of empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\xa0", " ")
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def xhtml_segments(xhtml: str) -> list[Segment]:
    """Split Tika XHTML into located segments (see the module docstring for the names).

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
