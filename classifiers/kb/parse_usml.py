"""Facts about the 21 categories of the U.S. Munitions List (22 CFR 121.1), parsed at build time.

The markdown copy of 121.1 prints one paragraph per line, each with only its *own* designator:
``(a)``, then ``(1)``, ``(i)``, ``(A)``. The full ladder ``(a)(3)(i)`` must be rebuilt from the
order of the lines, and two things make that harder than a regex:

* Notes ("Note 1 to paragraph (a)(5):") carry their own lettered and numbered lists, printed
  exactly like paragraphs. A note begins at its heading line; a note list only starts after a
  line that opens a list (ends with ``:``) and continues while items end with ``;`` / ``; or`` /
  ``; and``. A designator that follows a closed note (a sentence ending in ``.``) is control
  text again, if it fits the ladder. Other lines without a designator continue the paragraph.
* ``(i)``, ``(v)``, ``(x)`` are both letters and Roman numerals. The ladder decides: a line is a
  child only when the previous paragraph opened a list (``as follows:``), otherwise it is the next
  sibling at the nearest level where it fits.

Levels: lower-case letter, number, lower-case Roman numeral, upper-case letter. Designators are
stored dotted (``a.3.i``) and printed in the regulation's form ``XI(a)(3)(i)``. ``\\*`` before a
designator marks Significant Military Equipment. "[Reserved]" paragraphs are not valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from classifiers.kb.text import roman_to_int, short_label

CATEGORY_RE = re.compile(r"^Category ([IVXL]+)\s*[—–-]\s*(.+)$")
LINE_RE = re.compile(
    r"^(?P<sme>\\?\*\s*)?\((?P<tok>[A-Za-z0-9]+)\)"
    r"(?:\s*(?:-|–|through)\s*\((?P<end>[A-Za-z0-9]+)\))?\s*(?P<rest>.*)$"
)
NOTE_HEADING_RE = re.compile(r"^(?:Notes?|Technical Notes?|N\.B\.)\b", re.IGNORECASE)
END_OF_TEXT_RE = re.compile(r"^\[\d+ FR ")    # the section's source note: categories are over
NOTE_LIST_OPEN_RE = re.compile(r"(?::|;|; or|; and|,| or| and)$")
FR_DATE_RE = re.compile(r"\b\d+ FR \d[\d,]*,\s+([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})")
MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
HEADING_LIMIT = 120
LEVEL_FIRST = ("a", "1", "i", "A")


@dataclass
class UsmlFacts:
    """What the build keeps about one category."""

    numeral: str
    number: int
    title: str
    paragraphs: list[str] = field(default_factory=list)
    sme: list[str] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "title": self.title,
            "paragraphs": self.paragraphs,
            "sme": self.sme,
            "headings": self.headings,
        }


def level_value(level: int, token: str) -> int | None:
    """Ordinal of ``token`` at ``level`` (0 letter, 1 number, 2 roman, 3 upper letter) or None."""
    if level == 0 and re.fullmatch(r"[a-z]", token):
        return ord(token) - ord("a") + 1
    if level == 1 and token.isdigit():
        return int(token)
    if level == 2 and token.islower():
        return roman_to_int(token)
    if level == 3 and re.fullmatch(r"[A-Z]", token):
        return ord(token) - ord("A") + 1
    return None


class _CategoryParser:
    """Rebuilds the paragraph ladder of one category from its lines."""

    def __init__(self, facts: UsmlFacts) -> None:
        self.facts = facts
        self.path: list[tuple[int, str]] = []  # current control ladder as (level, token)
        self.opens_list = False            # last control paragraph ended with ":"
        self.in_note = False
        self.note_open = False             # note text currently introduces / continues a list
        self.unplaced: list[str] = []

    def _child_levels(self) -> list[int]:
        """Levels a first child may take: the next one, or one further (XIII(f)(i) skips (1))."""
        below = self.path[-1][0] + 1 if self.path else 0
        return [level for level in (below, below + 1) if level < len(LEVEL_FIRST)]

    def candidates(self, token: str, gaps: bool) -> list[list[tuple[int, str]]]:
        """Ladder positions ``token`` may take: children first, then siblings nearest first."""
        found: list[list[tuple[int, str]]] = []
        for level in self._child_levels():
            if token == LEVEL_FIRST[level]:
                found.append(self.path + [(level, token)])
                break
        for index in range(len(self.path) - 1, -1, -1):
            level, previous = self.path[index]
            mine, before = level_value(level, token), level_value(level, previous)
            if mine is not None and before is not None and (mine == before + 1 or gaps and mine > before):
                found.append(self.path[:index] + [(level, token)])
        if not found and not self.path and level_value(0, token) is not None:
            found.append([(0, token)])     # first paragraph of a category need not be (a)
        return found

    def choose(self, options: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
        children = [o for o in options if len(o) > len(self.path)]
        siblings = [o for o in options if len(o) <= len(self.path)]
        if children and (self.opens_list or not siblings):
            return children[0]
        return siblings[0]

    def take_designator(self, match: re.Match[str]) -> None:
        token, end, rest = match["tok"], match["end"], match["rest"].strip()
        if self.in_note and self.note_open:
            self.note_open = bool(NOTE_LIST_OPEN_RE.search(rest))
            return
        options = self.candidates(token, gaps=False)
        if not options and not self.in_note:
            options = self.candidates(token, gaps=True)  # a paragraph skipped in print
        if not options:
            if not self.in_note:
                self.unplaced.append(token)
            self.note_open = bool(NOTE_LIST_OPEN_RE.search(rest))
            return
        self.path = self.choose(options)
        if end is not None:
            self.path[-1] = (self.path[-1][0], end)
        self.in_note = False
        self.opens_list = rest.endswith(":")
        if end is None and not rest.lower().startswith("[reserved]"):
            designator = ".".join(token for _, token in self.path)
            self.facts.paragraphs.append(designator)
            self.facts.headings[designator] = short_label(rest, HEADING_LIMIT)
            if match["sme"]:
                self.facts.sme.append(designator)

    def take_text(self, line: str) -> None:
        """A line without a designator: a note heading, note text, or the rest of a paragraph."""
        if NOTE_HEADING_RE.match(line):
            self.in_note = True
        if self.in_note:
            self.note_open = bool(NOTE_LIST_OPEN_RE.search(line))
        else:
            self.opens_list = line.endswith(":")  # e.g. XII(b)(6) continues with "(MT if ...)"


def parse_usml(markdown: str) -> tuple[list[UsmlFacts], dict[str, list[str]]]:
    """Categories in order, and per category the designators that did not fit the ladder."""
    categories: list[UsmlFacts] = []
    unplaced: dict[str, list[str]] = {}
    parser: _CategoryParser | None = None
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            continue
        heading = CATEGORY_RE.match(line)
        if heading:
            numeral = heading.group(1)
            number = roman_to_int(numeral) or 0
            parser = _CategoryParser(UsmlFacts(numeral, number, short_label(heading.group(2), 160)))
            categories.append(parser.facts)
            continue
        if END_OF_TEXT_RE.match(line):
            break
        if parser is None:
            continue                   # § 121.1 preamble before Category I
        match = LINE_RE.match(line)
        if match:
            parser.take_designator(match)
        else:
            parser.take_text(line)
        if parser.unplaced:
            unplaced.setdefault(parser.facts.numeral, []).extend(parser.unplaced)
            parser.unplaced = []
    return categories, unplaced


def latest_amendment(markdown: str) -> str:
    """ISO date of the latest Federal Register amendment the text cites."""
    dates = []
    for month, day, year in FR_DATE_RE.findall(markdown):
        number = MONTHS.get(month[:3].lower())
        if number:
            dates.append(date(int(year), number, int(day)))
    return max(dates).isoformat() if dates else ""


def read_usml(path: Path) -> tuple[list[UsmlFacts], dict[str, list[str]], str]:
    """Parse the markdown file: categories, unplaced designators, as-of date."""
    text = path.read_text(encoding="utf-8")
    categories, unplaced = parse_usml(text)
    return categories, unplaced, latest_amendment(text)
