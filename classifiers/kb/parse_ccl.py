"""Facts about every ECCN of the Commerce Control List, parsed at build time.

Two inputs, because each is good at a different thing:

* ``ear/ccl.jsonl`` gives one clean record per ECCN (heading, reasons for control, as-of date,
  later amendments). It is the authority for *which* ECCNs exist and what they are called.
* ``ear/15cfr774_supp1.xml`` (the eCFR XML the records were parsed from) still carries the
  typography that tells a control paragraph from a note: the regulation prints Notes, Technical
  Notes and N.B.s in italics, and their own lettered lists (``a.``, ``b.`` inside "Note 2") look
  exactly like item paragraphs once the italics are gone. So the paragraph ladder of each ECCN is
  read from the XML: a paragraph counts when its designator is set in roman type.

The ladder rule of the CCL: designators alternate a lower-case letter and a number, starting with
a letter (``a``, ``a.1``, ``a.1.b``, ``a.1.b.2``; the rare exception 1A607.f.2.1 is kept as
printed). A paragraph printed as "[Reserved]" is not a valid paragraph; a paragraph whose parent
is never printed (9A610 has ``w.1`` but no ``w.``) still implies the parent, so every prefix of
a valid designator is valid too.

Only facts are kept: ids, short headings, reason codes, flags. No prose is copied into the data.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from classifiers.kb.text import natural_key, short_label

ECCN_RE = re.compile(r"^([0-9][A-E][0-9]{3})\b")
# One designator: letter, then alternating ".<number>" / ".<letter>"; checked for alternation below.
DESIGNATOR_RE = re.compile(r"^([a-z](?:\.(?:[0-9]+|[a-z]))*)\.?(?=[\s'‘’“”\"]|$)")
RANGE_RE = re.compile(
    r"^([a-z](?:\.(?:[0-9]+|[a-z]))*)\.?\s*(?:-|–|through|to)\s*\.?"
    r"([a-z](?:\.(?:[0-9]+|[a-z]))*)\.?\s*\[reserved\]",
    re.IGNORECASE,
)
RESERVED_RE = re.compile(r"^\[reserved\]", re.IGNORECASE)
BARE_NUMBER_RE = re.compile(r"^([0-9]+)\.\s")
# Reason-for-control codes of 15 CFR 742 that appear in the "Reason for Control" line.
REASON_CODES = ("NS", "MT", "NP", "CB", "CW", "AT", "RS", "CC", "EI", "FC", "SL", "SS", "SI", "UN")
ITAR_HEADING_RE = re.compile(
    r"\((?:these|this)\s+(?:items?|entry|commodities|software|technology)\s+(?:are|is)\s+"
    r"[“\"]?subject to the ITAR",
    re.IGNORECASE,
)
CONTROL_STATEMENT_RE = re.compile(r"\s*\((?:see|as follows, see)\s+list of items controlled\)\.?", re.I)
# "(These items are “subject to the ITAR.” See 22 CFR parts 120 through 130.)": kept as a flag instead.
ITAR_PARENTHETICAL_RE = re.compile(r"\s*\((?:these|this)\s[^()]*subject to the ITAR[^()]*\)\.?", re.I)
HEADING_LIMIT = 160


@dataclass(frozen=True)
class CclFacts:
    """What the build keeps about one ECCN (serialised as one JSON object)."""

    eccn: str
    category: str
    group: str
    heading: str
    reasons: tuple[str, ...]
    paragraphs: tuple[str, ...]
    subject_to_itar: bool
    series: str
    amended_after_snapshot: bool

    def to_json(self) -> dict[str, object]:
        return {
            "category": self.category,
            "group": self.group,
            "heading": self.heading,
            "reasons": list(self.reasons),
            "paragraphs": list(self.paragraphs),
            "subject_to_itar": self.subject_to_itar,
            "series": self.series,
            "amended_after_snapshot": self.amended_after_snapshot,
        }


def read_records(path: Path) -> list[dict[str, object]]:
    """The ECCN records of ``ccl.jsonl``, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def series_of(eccn: str) -> str:
    """'600' for the 600 series, '9x515', '0Y521' for the 0A521..0E521 family, else ''."""
    if eccn[2] == "6":
        return "600"
    if eccn[2:] == "515":
        return "9x515"
    if eccn[0] == "0" and eccn[2:] == "521":
        return "0Y521"
    return ""


def parse_reasons(raw: str | None, license_notes: str | None) -> tuple[str, ...]:
    """Reason-for-control codes in source order; 'CC 1' -> CC, 'foreign policy' is not a code."""
    found: list[str] = []
    for token in re.findall(r"[A-Z]{2}", (raw or "").upper()):
        if token in REASON_CODES and token not in found:
            found.append(token)
    if not found and license_notes and re.search(r"\bRS1\b", license_notes):
        found.append("RS")  # the 0Y521 entries state their RS1 control in a note, not a reason line
    return tuple(found)


def short_heading(heading: str) -> str:
    """The heading as a label: without "(see List of Items Controlled)" or the ITAR pointer
    parenthetical (``subject_to_itar`` says it), at most HEADING_LIMIT characters."""
    label = ITAR_PARENTHETICAL_RE.sub("", CONTROL_STATEMENT_RE.sub("", heading))
    return short_label(label, HEADING_LIMIT)


def is_ladder(designator: str) -> bool:
    """True unless two letter segments follow each other ("e.g", "i.e" are not designators).

    The ladder normally alternates letter / number; two numbers in a row do occur in the
    regulation itself (1A607.f.2.1), so only letter-letter is refused.
    """
    segments = designator.split(".")
    return not any(a.isalpha() and b.isalpha() for a, b in zip(segments, segments[1:]))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _lead_is_roman(paragraph: ET.Element) -> bool:
    """True when the paragraph starts in roman type (control text), not italics (note text)."""
    return bool((paragraph.text or "").strip())


def _paragraphs(element: ET.Element) -> Iterator[tuple[ET.Element, bool]]:
    """The ``P`` elements of one top-level element, each with "inside a NOTE" flag."""
    if element.tag == "P":
        yield element, False
    elif element.tag == "NOTE":
        for paragraph in element.iter("P"):
            yield paragraph, True


class _LadderCollector:
    """Collects designators of one ECCN's List of Items Controlled."""

    def __init__(self) -> None:
        self.valid: set[str] = set()
        self.last_letter_path: str | None = None
        self.rejected: list[str] = []

    def take_text(self, text: str, in_note: bool) -> None:
        """Record the designator at the start of ``text``, if any (a roman-type paragraph)."""
        if RANGE_RE.match(text):
            return  # "f. through w. [Reserved]": nothing valid
        match = DESIGNATOR_RE.match(text)
        if match:
            designator = match.group(1)
            if not is_ladder(designator):
                self.rejected.append(designator)
                return
            rest = text[match.end():].strip()
            if not RESERVED_RE.match(rest):
                self.valid.add(designator)
            if designator.split(".")[-1].isalpha():
                self.last_letter_path = designator
            return
        bare = BARE_NUMBER_RE.match(text)
        if bare and not in_note and self.last_letter_path:
            # 7A101: "a. ... having all of the following:" then "1. ...", "2. ..." in roman type.
            self.valid.add(f"{self.last_letter_path}.{bare.group(1)}")

    def paragraphs(self) -> tuple[str, ...]:
        closed: set[str] = set()
        for designator in self.valid:
            parts = designator.split(".")
            closed.update(".".join(parts[: i + 1]) for i in range(len(parts)))
        return tuple(sorted(closed, key=natural_key))


def parse_xml_ladders(xml_path: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, list[str]]]:
    """ECCN -> valid paragraph designators, from the eCFR XML; also rejected designators per ECCN."""
    root = ET.parse(xml_path).getroot()
    collectors: dict[str, _LadderCollector] = {}
    current: _LadderCollector | None = None
    in_items = False
    for element in root:
        bold = element.find("B")
        if element.tag in ("FP-2", "FP-1") and bold is not None:
            match = ECCN_RE.match(_flat("".join(bold.itertext())))
            if match:
                current = collectors.setdefault(match.group(1), _LadderCollector())
                in_items = False
                continue
        if element.tag in ("FP-2", "HD1"):
            current, in_items = None, False  # an EAR99 line or a new category / product group
            continue
        text = _flat("".join(element.itertext()))
        if element.tag == "FP" and text.startswith("Items:"):
            in_items = True
            if current is not None:
                current.take_text(text[len("Items:"):].strip(), in_note=False)
            continue
        if current is None or not in_items:
            continue
        for paragraph, in_note in _paragraphs(element):
            if _lead_is_roman(paragraph):
                current.take_text(_flat("".join(paragraph.itertext())), in_note)
    ladders = {eccn: collector.paragraphs() for eccn, collector in collectors.items()}
    rejected = {eccn: c.rejected for eccn, c in collectors.items() if c.rejected}
    return ladders, rejected


def item_line_designators(items: str) -> set[str]:
    """Designators that begin a line of a record's ``items`` text (control and note lines alike)."""
    found: set[str] = set()
    for line in items.splitlines():
        match = DESIGNATOR_RE.match(line.strip())
        if match:
            found.add(match.group(1))
    return found


def _fallback_ladder(items: str) -> tuple[str, ...]:
    """Paragraphs read from the items text, for the few entries whose XML layout gives none
    (e.g. 5A001, 3A090). Lettered items inside notes may slip in: a fallback, not the rule."""
    return tuple(sorted(d for d in item_line_designators(items) if is_ladder(d)))


def build_facts(records: list[dict[str, object]], ladders: dict[str, tuple[str, ...]]) -> list[CclFacts]:
    """One CclFacts per record, in ECCN order."""
    facts = []
    for record in records:
        eccn = str(record["eccn"])
        heading = str(record["heading"])
        facts.append(
            CclFacts(
                eccn=eccn,
                category=eccn[0],
                group=eccn[1],
                heading=short_heading(heading),
                reasons=parse_reasons(record.get("reason_for_control"), record.get("license_notes")),  # type: ignore[arg-type]
                paragraphs=ladders.get(eccn) or _fallback_ladder(str(record.get("items") or "")),
                subject_to_itar=bool(ITAR_HEADING_RE.search(heading)),
                series=series_of(eccn),
                amended_after_snapshot=bool(record.get("amended_after_snapshot")),
            )
        )
    return sorted(facts, key=lambda fact: fact.eccn)


def check_against_items(records: list[dict[str, object]], facts: list[CclFacts]) -> list[str]:
    """Problems found when the XML ladder is compared with the records' ``items`` text.

    Every paragraph taken from the XML must begin a line of the record's items text (prefixes
    implied by a child are exempt). Returns human-readable problem ids; empty means consistent.
    """
    by_eccn = {str(r["eccn"]): r for r in records}
    problems = []
    for fact in facts:
        items = str(by_eccn[fact.eccn].get("items") or "")
        lines = item_line_designators(items)
        bare = {m.group(1) for m in re.finditer(r"^([0-9]+)\. ", items, re.MULTILINE)}
        for designator in fact.paragraphs:
            has_child = any(p.startswith(designator + ".") for p in fact.paragraphs)
            last = designator.rsplit(".", 1)[-1]
            if designator not in lines and not has_child and last not in bare:
                problems.append(f"{fact.eccn}.{designator}")
    return problems
