"""CUI export-controlled banners and portion marks (32 CFR 2002; NARA CUI Registry, EXPT).

``CUI//SP-EXPT`` (also with more categories, ``CUI//SP-EXPT/SP-PRVCY``, and with limited
dissemination controls, ``CUI//SP-EXPT//NOFORN``), the portion mark ``(CUI//SP-EXPT)`` and the
DoD designation indicator line "CUI Category: EXPT". A plain ``CUI`` banner is not
export-specific and is not matched.

The banner says "export controlled" but not ITAR or EAR, so jurisdiction is
``REGIME_NOT_STATED`` (see ``base.py``): never uncontrolled, always reviewed when alone.
Scores: 0.90 banner, 0.85 portion mark, 0.80 designation indicator line.
"""

from __future__ import annotations

from . import filters
from .base import REGIME_NOT_STATED, MarkingRecognizer

_CATEGORIES = r"(?:SP-)?[A-Z]{2,10}"
_EXPT_LIST = rf"(?:{_CATEGORIES}\s*/\s*)*(?:SP-)?EXPTR?\b(?:\s*/\s*{_CATEGORIES})*"
_LDC = r"(?:\s*//\s*(?:NOFORN|FED\s+ONLY|FEDCON|NOCON|DL\s+ONLY|DISPLAY\s+ONLY|REL\s+TO\s+[A-Z]{3}(?:\s*,\s*[A-Z]{3,4}){0,12}))*"


class CuiExportRecognizer(MarkingRecognizer):
    """CUI//SP-EXPT banners and portion marks."""

    DETECTOR_ID = "marking.cui_expt.v1"
    CODE = "MARK_CUI_EXPT"
    JURISDICTION = REGIME_NOT_STATED
    PATTERNS = (
        ("cui_banner", rf"(?<!\()\bCUI\s*//\s*{_EXPT_LIST}{_LDC}", 0.9),
        ("cui_portion", rf"\(CUI\s*//\s*{_EXPT_LIST}{_LDC}\)", 0.85),
        ("cui_designation", r"\bCUI\s+Categor(?:y|ies)\s*:\s*(?:[\w-]+\s*,\s*){0,6}(?:SP-)?(?:EXPTR?\b|(?i:export\s+controlled))", 0.8),
    )
    FILTERS = (filters.quoted_example, filters.instructional)
