"""ITAR legends: the short banners on drawings and the sentences that cite the ITAR.

Scores (see ``base.py`` for the scale):

- 0.90 ``ITAR CONTROLLED`` / ``ITAR RESTRICTED`` / ``EXPORT CONTROLLED - ITAR`` in capitals
  (banners, title blocks), and sentences such as "This document contains technical data subject
  to the ITAR (22 CFR 120-130)"; 0.85 when such a sentence cites the ITAR by its CFR parts
  only ("technical data as defined in 22 CFR 120.33").
- 0.55 the same words in running prose ("ITAR-controlled drawings"): kept, but the
  ``instructional`` filter pushes job postings and policies under the floor.
- 0.50 a bare "subject to the ITAR": a company statement unless context says otherwise.
"""

from __future__ import annotations

from pipeline.records import Jurisdiction

from . import filters
from .base import MarkingRecognizer

_ITAR = r"(?:ITAR|International\s+Traffic\s+in\s+Arms\s+Regulations?)"
_DASH = r"\s*[-–—:/|]\s*"
_CONTROL_VERB = (
    r"(?:subject\s+to|controlled\s+(?:by|under)|governed\s+by|restricted\s+(?:by|under)|"
    r"as\s+defined\s+(?:in|by))"
)
_DATA_SUBJECT = (
    r"(?:technical\s+data|defen[cs]e\s+articles?|this\s+(?:document|drawing|file|report|"
    r"presentation|data\s+package|model|software|information|material|specification)"
    r"(?:[^.\n]|\.(?=\d)){0,120}?)"
)
# "22 CFR 120-130", "22 C.F.R. 120.33", "22 CFR Parts 120-130", "22 CFR §121.1"
_ITAR_CFR = r"22\s*C\.?\s?F\.?\s?R\.?\s*(?:§+\s*|Parts?\s*|Sec(?:tion|s?\.)?\s*)?1[23]\d"


class ItarWarningRecognizer(MarkingRecognizer):
    """ITAR banners and ITAR sentences."""

    DETECTOR_ID = "marking.itar_warning.v1"
    CODE = "MARK_ITAR_WARNING"
    JURISDICTION = Jurisdiction.ITAR
    PATTERNS = (
        ("itar_banner", rf"\bITAR(?:{_DASH}|\s+)(?:CONTROLLED|RESTRICTED)\b(?:\s+(?:DATA|ITEM|TECHNICAL\s+DATA))?", 0.9),
        ("export_controlled_itar", rf"\bEXPORT\s+CONTROLLED(?:\s+DATA)?{_DASH}ITAR\b", 0.9),
        ("itar_sentence", rf"(?i:\b{_DATA_SUBJECT}\s+(?:(?:is|are)\s+)?{_CONTROL_VERB}\s+(?:the\s+)?){_ITAR}"
                          r"(?:\s*\(\s*22\s*C\.?F\.?R\.?\s*(?:Parts?\s*)?12\d(?:\s*(?:-|–|through|to)\s*130)?\s*\))?", 0.9),
        ("itar_cfr_legend", rf"(?i:\b{_DATA_SUBJECT}[,;]?\s+(?:[^.\n]|\.(?=\d)){{0,80}}?){_ITAR_CFR}", 0.85),
        ("itar_prose", r"\b(?:ITAR|(?i:itar))[\s-]+(?i:controlled|restricted)\b", 0.55),
        ("subject_to_itar", rf"(?i:\b{_CONTROL_VERB}\s+(?:the\s+)?){_ITAR}", 0.5),
    )
    FILTERS = (
        filters.negated,
        filters.quoted_example,
        filters.instructional,
        filters.company_statement,
    )
