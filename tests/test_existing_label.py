"""Sensitivity labels already on an item, read as evidence."""

from __future__ import annotations

import pytest

from classifiers.detectors.existing_label import ExistingLabelDetector
from pipeline.records import Extraction, Jurisdiction, Segment


def item(*segments: tuple[str, str]) -> Extraction:
    return Extraction(uri="file:///x.docx", root="file:///x.docx", depth=0, size=1, sha256=None,
                      mime=None, segments=tuple(Segment(w, t) for w, t in segments))


@pytest.mark.parametrize("where,name,code,jurisdiction", [
    ("metadata:label:msip", "ITAR Controlled", "LABEL_EXISTING_ITAR", Jurisdiction.ITAR),
    ("metadata:label:labelinfo", "Export Controlled - EAR", "LABEL_EXISTING_EXPORT", Jurisdiction.EAR),
    ("metadata:label:msip", "CUI//SP-EXPT", "LABEL_EXISTING_EXPORT", Jurisdiction.EAR),
    ("metadata:label:xmp", "Classification: ITAR / USML XI", "LABEL_EXISTING_ITAR", Jurisdiction.ITAR),
    ("metadata:label:msip", "Public", "LABEL_EXISTING_PUBLIC", Jurisdiction.UNCONTROLLED),
    # hard negatives: not labels, or labels that say nothing about export control
    ("metadata:label:msip", "Confidential \\ All Employees", None, None),
    ("metadata:label:msip", "7f1c2a9e-0b1d-4c55-9a3e-2f0f8f1b9d10", None, None),
    ("body", "ITAR Controlled", None, None),
    ("metadata:title", "Public release plan", None, None),
    ("metadata:label:msip", "Nearby year-end plan", None, None),
])
def test_existing_labels(where, name, code, jurisdiction) -> None:
    found = ExistingLabelDetector().detect(item((where, name)))
    if code is None:
        assert found == []
    else:
        assert [(e.code, e.jurisdiction, e.where) for e in found] == [(code, jurisdiction, where)]
