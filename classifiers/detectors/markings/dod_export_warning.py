"""The DoD export-control warning (DoDD 5230.25) and its companion notice.

The warning says the data's export "is restricted by the Arms Export Control Act ... or the
Export Administration Act": it names both regimes. We point it at ITAR, the regime reviewed
first and the stricter one, and give it its own code so the decider can tell it from an
ITAR-only legend. Statute citations vary (Sec 2751, Section 2751, 50 U.S.C. 4801 under ECRA),
so the patterns anchor on the stable phrases, not on the citation.

Scores: 0.90 "export is restricted by the Arms Export Control Act"; 0.85 the DoD notice that
export "without first obtaining approval or license from the Department of State ... may
constitute a violation of law"; 0.80 "Disseminate in accordance with ... DoD Directive 5230.25"
(or OPNAVINST 5510.161) on its own.
"""

from __future__ import annotations

from pipeline.records import Jurisdiction

from . import filters
from .base import MarkingRecognizer


class DodExportWarningRecognizer(MarkingRecognizer):
    """The AECA/EAA technical-data warning and the DoD 5230.25 notice."""

    DETECTOR_ID = "marking.dod_export_warning.v1"
    CODE = "MARK_DOD_EXPORT_WARNING"
    JURISDICTION = Jurisdiction.ITAR
    PATTERNS = (
        ("aeca_restricted", r"(?i:\bexport\s+is\s+restricted\s+by\s+the\s+Arms\s+Export\s+Control\s+Act)", 0.9),
        ("aeca_title22", r"(?i:\bArms\s+Export\s+Control\s+Act\s*,?\s*\(?\s*Title\s+22\s*,?\s+U\.?\s?S\.?\s?C\.?)", 0.85),
        ("dod_notice", r"(?i:\bwithout\s+first\s+obtaining\s+(?:an?\s+)?(?:approval\s+or\s+)?licen[cs]e\s+from\s+the\s+"
                       r"Department\s+of\s+State)", 0.85),
        ("dodd_5230_25", r"(?i:\bdisseminate\s+in\s+accordance\s+with\s+(?:the\s+)?provisions\s+of\s+"
                         r"(?:DoD\s+Directive\s+5230\.25|DoDD\s+5230\.25|OPNAVINST\s+5510\.161))", 0.8),
    )
    FILTERS = (filters.quoted_example, filters.instructional)
