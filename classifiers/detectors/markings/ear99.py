"""EAR99 marks: subject to the EAR but on no CCL entry (15 CFR 734.3(c)).

EAR99 is a residual finding, not "uncontrolled": embargoes and end-use rules still apply, so it
points to jurisdiction EAR with category ``EAR99``. Score 0.85: the token is unambiguous, in
capitals, with or without a hyphen or space ("EAR99", "EAR 99", "EAR-99"). Definitions in training
material ("EAR99 is a designation for ...") are halved by ``instructional``.
"""

from __future__ import annotations

from pipeline.records import Jurisdiction

from . import filters
from .base import MarkingRecognizer


class Ear99Recognizer(MarkingRecognizer):
    """The EAR99 designation."""

    DETECTOR_ID = "marking.ear99.v1"
    CODE = "MARK_EAR99"
    JURISDICTION = Jurisdiction.EAR
    PATTERNS = (("ear99", r"(?:(?<=\b(?:EAR|ECCN)[-/])|(?<![\w-]))EAR[\s-]?99(?![\w-])", 0.85),)
    FILTERS = (filters.negated, filters.quoted_example, filters.instructional)

    def category_for(self, matched: str) -> str | None:
        return "EAR99"
