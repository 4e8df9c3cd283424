"""ECCN marks ("ECCN: 3A001.a.7", "Export Control Classification Number 5A992.c").

An ECCN-shaped string is evidence only when (1) the knowledge base finds it on the Commerce
Control List — ``kb.normalize_eccn`` returns the id or its longest valid prefix, ``None`` for
"3A999" — and (2) it is labelled or has a context word nearby, because the same shape is common
in part and drawing numbers. The regex refuses shapes glued to more id characters
("3A001-22", "3A0012", "3A001.pdf").

Scores: 0.85 when the ECCN is labelled in place ("ECCN 3A001", "ECCN: 3A001.a.7",
"Export Control Classification Number: 5A992.c"); 0.40 otherwise, which survives only with a
context word (+0.35 → 0.75). FAQ-style sentences ("our products are classified 5A992.c") are
capped at 0.60 by ``faq_classification``; examples ("ECCNs such as 3A001") at 0.30.
Category = the normalised ECCN.
"""

from __future__ import annotations

from classifiers.kb import load_kb

from pipeline.records import Jurisdiction

from . import filters
from .base import MarkingRecognizer

ECCN_SHAPE = r"(?<![\w./-])[0-9][A-E][0-9]{3}(?:\.(?:[a-z]|[0-9]{1,2})){0,6}(?![\w-]|\.\w)"
_LABEL = (
    r"(?i:\bECCNs?|\bExport\s+Control(?:led)?\s+Classification(?:\s+(?:Number|No\.?|Code))?)"
    r"\s{0,3}[:#=]?\s{0,3}"
)


class EccnRecognizer(MarkingRecognizer):
    """ECCNs validated against the CCL."""

    DETECTOR_ID = "marking.eccn.v1"
    CODE = "MARK_ECCN"
    JURISDICTION = Jurisdiction.EAR
    PATTERNS = (
        ("eccn_labelled", rf"(?<={_LABEL}){ECCN_SHAPE}", 0.85),
        ("eccn_shape", ECCN_SHAPE, 0.4),
    )
    CONTEXT = (
        "eccn", "eccns", "export", "exports", "ear", "ccl", "classification", "classified",
        "commerce", "license", "licence", "controlled",
    )
    FILTERS = (
        filters.negated,
        filters.part_number,
        filters.quoted_example,
        filters.faq_classification,
    )

    def __init__(self, kb: object | None = None) -> None:
        super().__init__()
        self.kb = kb if kb is not None else load_kb()

    def category_for(self, matched: str) -> str | None:
        return self.kb.normalize_eccn(matched.strip())

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """An ECCN-shaped string that is not on the CCL is not evidence."""
        return self.category_for(pattern_text) is None
