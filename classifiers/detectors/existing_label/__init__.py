"""Sensitivity labels already on an item (Microsoft Information Protection, PDF XMP).

The extractor surfaces them as ``metadata:label:*`` segments: the label's name for each
``MSIP_Label_<GUID>_*`` property set and each ``docMetadata/LabelInfo.xml`` entry, and XMP
classification elements. A label someone applied is strong evidence of what they thought the
item was — but only as good as their tenant's naming, so it is read by keyword:

    ITAR, USML, "defense article", "munitions"        -> ITAR   (LABEL_EXISTING_ITAR, 0.80)
    EAR, ECCN, "export control(led)", CUI//SP-EXPT     -> EAR    (LABEL_EXISTING_EXPORT, 0.70;
                                                          the regime is not stated, review)
    Public, "General", Unrestricted, "Non-Business"     -> public (LABEL_EXISTING_PUBLIC, 0.40)

A label whose name says none of these (Confidential, Internal, a bare GUID) is not evidence.
"""

from __future__ import annotations

import re

from pipeline.records import Evidence, Extraction, Jurisdiction

DETECTOR_ID = "marking.existing_label.v1"
SEGMENT_PREFIX = "metadata:label:"
RULES: tuple[tuple[str, re.Pattern[str], Jurisdiction, float], ...] = (
    ("LABEL_EXISTING_ITAR",
     re.compile(r"\b(?:ITAR|USML|defen[cs]e\s+articles?|munitions)\b", re.I),
     Jurisdiction.ITAR, 0.80),
    ("LABEL_EXISTING_EXPORT",
     re.compile(r"\b(?:EAR|ECCN|export[\s_-]*control(?:led)?|SP-EXPT)\b", re.I),
     Jurisdiction.EAR, 0.70),
    ("LABEL_EXISTING_PUBLIC",
     re.compile(r"\b(?:public|general|unrestricted|non[\s-]?business)\b", re.I),
     Jurisdiction.UNCONTROLLED, 0.40),
)


class ExistingLabelDetector:
    """Evidence from sensitivity labels already applied to the item."""

    id = DETECTOR_ID
    version = "existing-label-1"

    def detect(self, extraction: Extraction) -> list[Evidence]:
        found: dict[str, Evidence] = {}
        for segment in extraction.segments:
            if not segment.where.startswith(SEGMENT_PREFIX):
                continue
            for code, pattern, jurisdiction, score in RULES:
                m = pattern.search(segment.text)
                if m and code not in found:
                    found[code] = Evidence(code=code, detector=self.id, kind="marking",
                                           jurisdiction=jurisdiction, category=None,
                                           where=segment.where, start=m.start(), end=m.end(),
                                           score=score, excerpt=segment.text[:120])
                    break                      # the most restrictive reading of a label wins
        return list(found.values())
