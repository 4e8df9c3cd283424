"""Export-control legends as they appear on real documents, and the item record for labels.

The wordings follow the public forms (DoD export-control warning, EAR legends, DoDI 5230.24
distribution statements, CUI banners); several variants are used on purpose, because detectors
must recognise wording that drifts from one company to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

AECA_WARNING = (
    "WARNING - This document contains technical data whose export is restricted by the Arms "
    "Export Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export Administration Act "
    "of 1979, as amended, Title 50, U.S.C., App. 2401 et seq. Violations of these export laws "
    "are subject to severe criminal penalties. Disseminate in accordance with provisions of DoD "
    "Directive 5230.25."
)

ITAR_SHORT = (
    "This document contains technical data subject to the International Traffic in Arms "
    "Regulations (ITAR), 22 CFR 120-130. It may not be exported, released or disclosed to "
    "foreign persons inside or outside the United States without prior authorization from the "
    "U.S. Department of State."
)


def itar_banner(category: str) -> str:
    """The short banner many contractors stamp on pages and drawings."""
    return f"ITAR CONTROLLED - USML CATEGORY {category}"


def ear_legend(eccn: str) -> str:
    """A company EAR legend naming the ECCN."""
    return (
        f"EXPORT CONTROLLED - ECCN: {eccn}. This document contains technology subject to the "
        "Export Administration Regulations (EAR), 15 CFR 730-774. Export, reexport or transfer "
        "(in-country), including release to foreign persons, may require a license from the "
        "U.S. Department of Commerce, Bureau of Industry and Security."
    )


def dist_d(reason: str, date: str, office: str) -> str:
    """DoDI 5230.24 Distribution Statement D."""
    return (
        "DISTRIBUTION STATEMENT D. Distribution authorized to the Department of Defense and U.S. "
        f"DoD contractors only ({reason}) ({date}). Other requests for this document shall be "
        f"referred to {office}."
    )


DIST_A = "DISTRIBUTION STATEMENT A. Approved for public release. Distribution is unlimited."

CUI_EXPT = "CUI//SP-EXPT"


@dataclass
class Item:
    """One labelled item: a file, or a member of an archive or e-mail (``members``)."""

    path: str
    jurisdiction: str                     # ITAR | EAR | UNCONTROLLED | UNDETERMINED
    category: str                         # "XI(c)(4)", "5A002.a.1", "EAR99" or ""
    marked: bool
    kind: str                             # technical_data | general | hard_negative | bad_input
    build: Callable[[], bytes]
    members: list["Item"] = field(default_factory=list)
    mime: str = "application/octet-stream"


def text(value: str) -> Callable[[], bytes]:
    """A builder for a UTF-8 text file."""
    return lambda: value.strip("\n").encode("utf-8") + b"\n"
