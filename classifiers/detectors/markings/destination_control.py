"""The destination control statement of 15 CFR 758.6(a)(1) on invoices and shipping papers.

Since 2016 the ITAR (22 CFR 123.9(b)) requires the same sentence, so the statement alone says
"export controlled" but not under which regime. We point it at EAR, the regulation that wrote
it; an ITAR legend, USML category or DSP license cited on the same paper outranks it in the
decider's order of review. Score 0.75: the statement is formal but routinely printed on every
invoice of a shipper, controlled or not.
"""

from __future__ import annotations

from pipeline.records import Jurisdiction

from . import filters
from .base import MarkingRecognizer


class DestinationControlRecognizer(MarkingRecognizer):
    """The harmonised EAR/ITAR destination control statement."""

    DETECTOR_ID = "marking.destination_control.v1"
    CODE = "MARK_DESTINATION_CONTROL"
    JURISDICTION = Jurisdiction.EAR
    PATTERNS = (
        ("dcs_758_6", r"(?i:\bauthorized\s+for\s+export\s+only\s+to\s+the\s+country\s+of\s+ultimate\s+destination)", 0.75),
        ("dcs_controlled_by_usg", r"(?i:\bthese\s+items\s+are\s+controlled\s+by\s+the\s+U\.?\s?S\.?\s+Government\s+and\s+authorized\s+for\s+export)", 0.75),
    )
    FILTERS = (filters.quoted_example, filters.instructional)
