"""DoD Distribution Statements B-F (and legacy X): limited distribution, sometimes export control.

A Statement B-F limits who may receive a document for one of a list of reasons (proprietary,
test and evaluation, export controlled, ...). Only the export-control reason makes it evidence
of export control. The recognizer finds the statement; ``resolve.resolve_distribution`` then
decides, per hit, on the text itself:

1. the statement's own text (from its start to "Other requests", a warning or a blank line, at
   most 400 characters) names the reason "export controlled" / "export control" (not the
   "Arms Export Control Act" of a warning that follows), or it is the legacy Statement X (export-controlled by
   definition) → code ``MARK_DIST_EXPORT``, score 0.80;
2. otherwise, an ITAR, DoD or EAR warning legend sits within 2,000 characters of it in the same
   segment (DoDI 5230.24 requires the warning on every export-controlled document, so the pair
   is the normal form) → ``MARK_DIST_EXPORT``, score 0.75;
3. otherwise → ``MARK_DIST_LIMITED``, no jurisdiction, score 0.30: shown to the reviewer as
   context, never counted as export-control evidence.

The statement does not name the regime. ``MARK_DIST_EXPORT`` takes the jurisdiction of the
nearby warning when there is one (ITAR before EAR) and ``REGIME_NOT_STATED`` otherwise.
"""

from __future__ import annotations

from . import filters
from .base import REGIME_NOT_STATED, MarkingRecognizer

_BODY = (
    r"(?i:distribution\s+authorized\s+to\s+(?:U\.?\s?S\.?\s+Government\s+agencies|"
    r"(?:the\s+)?Department\s+of\s+Defense|DoD\s+Components)|"
    r"further\s+dissemination\s+only\s+as\s+directed\s+by)"
)


class DistributionLimitedRecognizer(MarkingRecognizer):
    """Distribution Statements B, C, D, E, F and legacy X."""

    DETECTOR_ID = "marking.distribution_limited.v1"
    CODE = "MARK_DIST_EXPORT"
    JURISDICTION = REGIME_NOT_STATED
    PATTERNS = (
        ("statement_b_f", rf"(?i:\bdistribution\s+statement)\s+[B-FX]\b(?:[\s.:\-–—]{{0,6}}{_BODY})?", 0.8),
        ("statement_body", rf"\b{_BODY}", 0.75),
    )
    FILTERS = (filters.negated, filters.quoted_example, filters.instructional)
