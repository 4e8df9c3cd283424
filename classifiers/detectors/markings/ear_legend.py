"""EAR legends: "EXPORT CONTROLLED - EAR" banners and "subject to the EAR" sentences.

Scores (scale in ``base.py``):

- 0.90 capital banners ``EXPORT CONTROLLED - EAR``, ``EAR CONTROLLED``.
- 0.85 a sentence about *this* data: "This document contains technology subject to the Export
  Administration Regulations (EAR)"; and the pre-2016 destination control statement
  ("exported from the United States in accordance with the Export Administration Regulations.
  Diversion contrary to U.S. law is prohibited"), still found in archives.
- 0.55 "EAR-controlled" in running prose.
- 0.50 a bare "subject to the Export Administration Regulations": on its own this is usually a
  company statement ("Our products are subject to the EAR", a documented hard negative), which
  ``company_statement`` pushes under the floor.
"""

from __future__ import annotations

from pipeline.records import Jurisdiction

from . import filters
from .base import MarkingRecognizer

_EAR = r"(?:EAR\b|(?i:Export\s+Administration\s+Regulations?))"
_DASH = r"\s*[-–—:/|]\s*"
_VERB = r"(?i:subject\s+to|controlled\s+(?:by|under)|governed\s+by|restricted\s+(?:by|under))"
_DATA_SUBJECT = (
    r"(?i:technical\s+data|technology|this\s+(?:document|drawing|file|report|presentation|"
    r"data\s+package|model|software|information|material|specification|item|product)"
    r"[^.\n]{0,80}?)"
)


class EarLegendRecognizer(MarkingRecognizer):
    """EAR banners and EAR sentences."""

    DETECTOR_ID = "marking.ear_legend.v1"
    CODE = "MARK_EAR_LEGEND"
    JURISDICTION = Jurisdiction.EAR
    PATTERNS = (
        ("export_controlled_ear", rf"\bEXPORT\s+CONTROLLED(?:\s+DATA)?{_DASH}EAR\b(?!\s*99)", 0.9),
        ("ear_banner", r"\bEAR(?:[-\s]+)(?:CONTROLLED|RESTRICTED)\b", 0.9),
        ("ear_sentence", rf"\b{_DATA_SUBJECT}\s+(?i:(?:is|are)\s+)?{_VERB}\s+(?i:the\s+){_EAR}", 0.85),
        ("dcs_pre2016", r"(?i:\bexported\s+from\s+the\s+United\s+States\s+in\s+accordance\s+with\s+the\s+"
                        r"Export\s+Administration\s+Regulations)", 0.85),
        ("ear_prose", r"\bEAR[\s-]+(?i:controlled|restricted)\b", 0.55),
        ("subject_to_ear", rf"\b{_VERB}\s+(?i:the\s+){_EAR}", 0.5),
    )
    FILTERS = (
        filters.negated,
        filters.quoted_example,
        filters.instructional,
        filters.company_statement,
    )
