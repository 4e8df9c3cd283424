"""A bare "EXPORT CONTROLLED" banner that names no regime.

Stamped on drawings and title blocks, often next to an ECCN or USML line that the other
recognizers read. On its own it says "controlled" but not ITAR or EAR, so it points to
``REGIME_NOT_STATED``. Score 0.80, capitals only (prose "export controlled items must ..." is
policy talk). Banners that do name the regime ("EXPORT CONTROLLED - ITAR") are left to the ITAR
and EAR recognizers.
"""

from __future__ import annotations

from . import filters
from .base import REGIME_NOT_STATED, MarkingRecognizer


class ExportControlledRecognizer(MarkingRecognizer):
    """Regime-less EXPORT CONTROLLED banners."""

    DETECTOR_ID = "marking.export_controlled.v1"
    CODE = "MARK_EXPORT_CONTROLLED"
    JURISDICTION = REGIME_NOT_STATED
    PATTERNS = (
        ("export_controlled_banner",
         r"\bEXPORT[\s-]+CONTROLLED\b(?:\s+(?:DATA|INFORMATION|TECHNICAL\s+DATA))?"
         r"(?!\s*[-–—:/|]\s*(?:ITAR|EAR)\b)", 0.8),
    )
    FILTERS = (filters.negated, filters.quoted_example, filters.instructional)
