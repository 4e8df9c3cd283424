"""USML category references: "USML Category XI(c)", "Cat. XV(e)(11)", "XIX(f)(1)".

The numeral (I-XXI) and its paragraph ladder are normalised by the knowledge base:
``kb.normalize_usml("XI", ["c"])`` gives "XI(c)", its longest valid prefix, or ``None`` for a
numeral that is no USML category (then the hit is dropped).

Scores: 0.85 when "USML" is written in the match, or the numeral is glued to "ITAR" as in a
classification cell ("ITAR-XI(d)"); 0.50 for "Category XI(c)" with at least one
paragraph (an unusual shape outside the ITAR); 0.35 for "Category II" without a paragraph and
for a bare "XIX(f)(1)", which survive only next to a context word such as USML, ITAR or
munitions (+0.35 → 0.70). "CAT II" approaches in avionics manuals thus stay out.
"""

from __future__ import annotations

import regex as re

from classifiers.kb import load_kb

from pipeline.records import Jurisdiction

from . import filters
from .base import ROMAN_NUMERALS, MarkingRecognizer

_NUMERAL = r"(?P<numeral>" + "|".join(ROMAN_NUMERALS) + r")(?![A-Za-z])"
_PARAGRAPH = r"\((?:[a-z]{1,2}|[0-9]{1,2}|[ivx]{1,5})\)"
_LADDER = rf"\*?(?P<ladder>(?:{_PARAGRAPH}){{N}})"
_CATEGORY = r"(?i:cat(?:egory|\.)?)\s*"
_PARSE = re.compile(rf"(?<![A-Za-z]){_NUMERAL}\*?(?P<ladder>(?:{_PARAGRAPH})*)")


def _ladder(count: str) -> str:
    return _LADDER.replace("{N}", count)


class UsmlCategoryRecognizer(MarkingRecognizer):
    """USML category and paragraph references."""

    DETECTOR_ID = "marking.usml_category.v1"
    CODE = "MARK_USML_CATEGORY"
    JURISDICTION = Jurisdiction.ITAR
    PATTERNS = (
        ("usml_explicit", rf"\bUSML\s+(?:{_CATEGORY})?{_NUMERAL}{_ladder('{0,6}')}", 0.85),
        # "ITAR-XI(d)", "ITAR/XII(e)": a classification cell or field glued to the regime
        ("itar_glued", rf"(?<=\bITAR[-/:]\s?){_NUMERAL}{_ladder('{0,6}')}", 0.85),
        ("category_paragraph", rf"\b{_CATEGORY}{_NUMERAL}{_ladder('{1,6}')}", 0.5),
        ("category_bare", rf"\b{_CATEGORY}{_NUMERAL}(?!\s*\()", 0.35),
        ("numeral_paragraph", rf"(?<![\w(.-]){_NUMERAL}{_ladder('{1,6}')}", 0.35),
    )
    CONTEXT = ("usml", "itar", "munitions", "munition", "defense", "defence", "arms", "121.1")
    FILTERS = (filters.negated, filters.quoted_example)

    def __init__(self, kb: object | None = None) -> None:
        super().__init__()
        self.kb = kb if kb is not None else load_kb()

    def category_for(self, matched: str) -> str | None:
        found = _PARSE.search(matched)  # "USML" and "Category" hold no I, V or X
        if found is None:
            return None
        paragraphs = re.findall(r"\(([^)]+)\)", found.group("ladder"))
        return self.kb.normalize_usml(found.group("numeral"), paragraphs)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A numeral or paragraph ladder the USML does not have is not evidence."""
        return self.category_for(pattern_text) is None
