"""The knowledge base: facts from the USML and the CCL that detectors and the decider rely on.

Why it exists: a string that looks like an ECCN ("3A999", "9Z001") or a USML paragraph
("XI(zz)") is only evidence when the regulation has that entry. Detectors validate candidates
here, and the decider cites the deepest paragraph that really exists. The facts are ids,
paragraph ladders, short headings, reasons for control and flags, generated from the public
regulation texts by ``python -m classifiers.kb.build`` and committed as JSON under ``data/``;
nothing is read from outside the package at run time.

    load_kb() -> KnowledgeBase          cached; raises KnowledgeBaseError if the data is broken
    KnowledgeBase.eccn("3a001")         -> EccnEntry | None
    KnowledgeBase.normalize_eccn(...)   "3A001.a.99" -> "3A001.a" (longest valid prefix)
    KnowledgeBase.usml_category("XI")   -> UsmlCategory | None
    KnowledgeBase.normalize_usml("XV", ["e", "11"]) -> "XV(e)(11)"

Designators are stored dotted (``a.1.b`` for an ECCN, ``a.3.i`` for the USML); the USML is
printed in the regulation's own form ``XI(a)(3)(i)``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from classifiers.kb.text import int_to_roman, roman_to_int
from pipeline.errors import EnclaveError

DATA_DIR = Path(__file__).resolve().parent / "data"
CCL_FILE = "ccl.json"
USML_FILE = "usml.json"
ECCN_TEXT_RE = re.compile(r"^(?:ECCN\s+)?([0-9][A-Z][0-9]{3})((?:\.[A-Z0-9]+)*)$", re.IGNORECASE)
TRAILING = " \t\r\n.,;:)"

__all__ = [
    "EccnEntry",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "UsmlCategory",
    "load_kb",
]


class KnowledgeBaseError(EnclaveError):
    """The committed knowledge-base data is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class EccnEntry:
    """One ECCN of the Commerce Control List (15 CFR part 774, Supplement No. 1)."""

    eccn: str                 # "3A001"
    category: str             # "3"
    group: str                # "A"
    heading: str              # short heading, a label rather than the control text
    reasons: tuple[str, ...]  # ("NS", "AT")
    paragraphs: frozenset[str]  # {"a", "a.1", "a.1.a", ...}; empty when the heading is the list
    subject_to_itar: bool     # heading says the items are "subject to the ITAR"
    series: str = ""          # "600", "9x515", "0Y521" or ""
    amended_after_snapshot: bool = False  # changed by an eCFR issue later than the CCL as-of date

    @property
    def is_600_series(self) -> bool:
        return self.series == "600"

    @property
    def is_9x515(self) -> bool:
        return self.series == "9x515"

    @property
    def is_0y521(self) -> bool:
        return self.series == "0Y521"


@dataclass(frozen=True)
class UsmlCategory:
    """One category of the U.S. Munitions List (22 CFR 121.1)."""

    numeral: str              # "XI"
    number: int               # 11
    title: str
    paragraphs: frozenset[str]  # {"a", "a.3", "a.3.i", "c", "x"}
    sme: frozenset[str] = frozenset()  # paragraphs marked Significant Military Equipment
    headings: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def cite(self, designator: str | None = None) -> str:
        """``"XI"`` or ``"XI(a)(3)(i)"`` for a dotted designator."""
        if not designator:
            return self.numeral
        return self.numeral + "".join(f"({token})" for token in designator.split("."))


class KnowledgeBase:
    """Read-only lookups over the committed CCL and USML facts."""

    def __init__(self, ccl: Mapping[str, Any], usml: Mapping[str, Any]) -> None:
        ccl_meta, usml_meta = dict(ccl["meta"]), dict(usml["meta"])
        if ccl_meta["version"] != usml_meta["version"]:
            raise KnowledgeBaseError("ccl.json and usml.json come from different builds")
        self.version: str = ccl_meta["version"]
        self.ccl_as_of: str = ccl_meta["as_of"]
        self.usml_as_of: str = usml_meta["as_of"]
        self.meta: Mapping[str, Mapping[str, Any]] = MappingProxyType({"ccl": ccl_meta, "usml": usml_meta})
        self._eccns = {eccn: _eccn_entry(eccn, raw) for eccn, raw in ccl["eccns"].items()}
        self._usml = {raw_numeral: _usml_category(raw_numeral, raw) for raw_numeral, raw in usml["categories"].items()}
        self._usml_by_number = {category.number: category for category in self._usml.values()}

    # --- CCL -------------------------------------------------------------------------------

    def eccn(self, eccn: str) -> EccnEntry | None:
        """The entry for a 5-character ECCN (any case), or None when the CCL has no such entry."""
        return self._eccns.get(eccn.strip().upper())

    def normalize_eccn(self, text: str) -> str | None:
        """Canonical form of an ECCN reference, cut back to its longest valid paragraph.

        "3a001.a.7" -> "3A001.a.7"; "3A001.a.99" -> "3A001.a"; "3A999" and "EAR99" -> None.
        """
        match = ECCN_TEXT_RE.match(text.strip().rstrip(TRAILING))
        if not match:
            return None
        entry = self._eccns.get(match.group(1).upper())
        if entry is None:
            return None
        segments = [s.lower() for s in match.group(2).split(".") if s]
        return entry.eccn + "".join("." + s for s in _longest_valid(segments, entry.paragraphs))

    def all_eccns(self) -> Iterable[EccnEntry]:
        """Every ECCN, in ECCN order."""
        return tuple(self._eccns[eccn] for eccn in sorted(self._eccns))

    # --- USML ------------------------------------------------------------------------------

    def usml_category(self, numeral_or_number: str | int) -> UsmlCategory | None:
        """Category by numeral ("XI", "xi", "Category XI") or number (11, "11")."""
        if isinstance(numeral_or_number, int):
            return self._usml_by_number.get(numeral_or_number)
        text = re.sub(r"^category\s+", "", numeral_or_number.strip(), flags=re.IGNORECASE)
        if text.isdigit():
            return self._usml_by_number.get(int(text))
        number = roman_to_int(text)
        return self._usml.get(text.upper()) if number is not None else None

    def normalize_usml(self, numeral: str, ladder: list[str] | None = None) -> str | None:
        """``("XI", ["c"])`` -> ``"XI(c)"``; invalid paragraphs are cut back; unknown numeral -> None."""
        category = self.usml_category(numeral)
        if category is None:
            return None
        tokens = [token.strip().strip("()") for token in ladder or []]
        valid: list[str] = []
        for token in tokens:
            found = _usml_token(valid, token, category.paragraphs)
            if found is None:
                break
            valid.append(found)
        return category.cite(".".join(valid))

    def all_usml(self) -> Iterable[UsmlCategory]:
        """Every category, I to XXI."""
        return tuple(self._usml_by_number[number] for number in sorted(self._usml_by_number))


def _longest_valid(segments: list[str], paragraphs: frozenset[str]) -> list[str]:
    kept: list[str] = []
    for segment in segments:
        if ".".join(kept + [segment]) not in paragraphs:
            break
        kept.append(segment)
    return kept


def _usml_token(prefix: list[str], token: str, paragraphs: frozenset[str]) -> str | None:
    """The token as stored (case as in the regulation) when prefix + token is valid, else None."""
    for variant in dict.fromkeys((token, token.lower(), token.upper())):
        if ".".join(prefix + [variant]) in paragraphs:
            return variant
    return None


def _eccn_entry(eccn: str, raw: Mapping[str, Any]) -> EccnEntry:
    return EccnEntry(
        eccn=eccn,
        category=raw["category"],
        group=raw["group"],
        heading=raw["heading"],
        reasons=tuple(raw["reasons"]),
        paragraphs=frozenset(raw["paragraphs"]),
        subject_to_itar=bool(raw["subject_to_itar"]),
        series=raw.get("series", ""),
        amended_after_snapshot=bool(raw.get("amended_after_snapshot", False)),
    )


def _usml_category(numeral: str, raw: Mapping[str, Any]) -> UsmlCategory:
    number = int(raw["number"])
    if int_to_roman(number) != numeral:
        raise KnowledgeBaseError(f"USML category {numeral} has number {number}")
    return UsmlCategory(
        numeral=numeral,
        number=number,
        title=raw["title"],
        paragraphs=frozenset(raw["paragraphs"]),
        sme=frozenset(raw["sme"]),
        headings=MappingProxyType(dict(raw["headings"])),
    )


def _read_json(path: Path) -> Mapping[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise KnowledgeBaseError(f"cannot read knowledge-base file {path.name}: {type(exc).__name__}") from exc


def load_kb_from(data_dir: Path) -> KnowledgeBase:
    """Load a knowledge base from a directory holding ``ccl.json`` and ``usml.json``."""
    try:
        return KnowledgeBase(_read_json(data_dir / CCL_FILE), _read_json(data_dir / USML_FILE))
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeBaseError(f"knowledge-base data is malformed: {type(exc).__name__}: {exc}") from exc


@functools.lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The committed knowledge base, loaded once per process."""
    return load_kb_from(DATA_DIR)
