"""DoD Distribution Statement A: "Approved for public release. Distribution is unlimited."

DoDI 5230.24 forbids Statement A on export-controlled technical data, so it is evidence *for*
UNCONTROLLED (kind marking). Score 0.80 for the statement letter or the release sentence, the
same for both together (one hit). Over-marking and stale marks exist; the decider weighs it
against subject-matter evidence like any other marking.
"""

from __future__ import annotations

from pipeline.records import Jurisdiction

from . import filters
from .base import MarkingRecognizer

_RELEASE = (
    r"(?i:approved\s+for\s+public\s+release\s*[;.,:]?\s*distribution\s+(?:is\s+)?unlimited)"
)


class DistributionARecognizer(MarkingRecognizer):
    """Distribution Statement A / approved for public release."""

    DETECTOR_ID = "marking.distribution_a.v1"
    CODE = "MARK_DIST_A"
    JURISDICTION = Jurisdiction.UNCONTROLLED
    PATTERNS = (
        ("statement_a", rf"(?i:\bdistribution\s+statement)\s+A\b(?:[\s.:\-–—]{{0,6}}{_RELEASE})?", 0.8),
        ("public_release", rf"\b{_RELEASE}", 0.8),
    )
    FILTERS = (filters.negated, filters.quoted_example, filters.instructional)
