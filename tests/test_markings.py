"""Marking detector: positives and hard negatives side by side, then long-text behaviour.

Each row is one sentence and what the detector must say about it: the reason code it must find
(with jurisdiction, category and a score range), or ``None`` when it must find nothing at or
above ``NOTHING_ABOVE``. Hard negatives come from training decks, policies, job postings and
FAQs, which talk about export control without being technical data.
"""

from __future__ import annotations

import time
from typing import NamedTuple

import pytest

from classifiers.detectors import Detector
from classifiers.detectors.markings import (
    CHUNK_CHARS,
    MARKING_RULES_VERSION,
    OVERLAP_CHARS,
    MarkingDetector,
)
from pipeline.records import MARKING_KINDS, Evidence, Extraction, Jurisdiction, Segment

ITAR, EAR, UNC = Jurisdiction.ITAR, Jurisdiction.EAR, Jurisdiction.UNCONTROLLED
NOTHING_ABOVE = 0.25


class Row(NamedTuple):
    text: str
    code: str | None                   # None: no evidence of any code
    jurisdiction: Jurisdiction | None = None
    category: str | None = None
    min_score: float = 0.7
    max_score: float = 0.95


DOD_WARNING = (
    "WARNING - This document contains technical data whose export is restricted by the Arms "
    "Export Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export Administration Act "
    "of 1979, as amended, Title 50, U.S.C., App. 2401 et seq. Violations of these export laws "
    "are subject to severe criminal penalties. Disseminate in accordance with provisions of "
    "DoD Directive 5230.25."
)

ROWS: list[Row] = [
    # --- ITAR legends -------------------------------------------------------------------
    Row("ITAR CONTROLLED", "MARK_ITAR_WARNING", ITAR),
    Row("Title block: ITAR RESTRICTED / EXPORT CONTROLLED DATA", "MARK_ITAR_WARNING", ITAR),
    Row("EXPORT CONTROLLED  DWG NO. 88-1142", "MARK_EXPORT_CONTROLLED", EAR, None, 0.8, 0.8),
    Row("NOT EXPORT CONTROLLED", None),
    Row("EXPORT CONTROLLED - ITAR", "MARK_ITAR_WARNING", ITAR),
    Row("EXPORT CONTROLLED – ITAR   SHEET 1 OF 4", "MARK_ITAR_WARNING", ITAR),
    Row("This document contains technical data subject to the ITAR (22 CFR 120-130).",
        "MARK_ITAR_WARNING", ITAR),
    Row("This drawing and the information on it are controlled under the International Traffic "
        "in Arms Regulations.", "MARK_ITAR_WARNING", ITAR),
    Row("Attached are the ITAR-controlled test results for the seeker head.",
        "MARK_ITAR_WARNING", ITAR, None, 0.5, 0.6),
    Row(DOD_WARNING, "MARK_DOD_EXPORT_WARNING", ITAR),
    Row("whose export is restricted by the Arms Export Control Act (Title 22, U.S.C., Section 2751, "
        "et seq.) as amended, or the Export Administration Act", "MARK_DOD_EXPORT_WARNING", ITAR),
    Row("The export of information contained herein without first obtaining approval or license "
        "from the Department of State for items controlled by the ITAR may constitute a violation "
        "of law.", "MARK_DOD_EXPORT_WARNING", ITAR),
    # --- ITAR hard negatives ------------------------------------------------------------
    Row("You must complete ITAR awareness training before starting on the program.", None),
    Row("Experience with ITAR-controlled programs preferred; must be a U.S. person.", None),
    Row("This part is not ITAR controlled and may ship anywhere.", None),
    Row("Must be able to work in an ITAR controlled environment.", None),
    Row("Documents must be marked 'ITAR CONTROLLED' on every page.",
        "MARK_ITAR_WARNING", ITAR, None, 0.25, 0.3),
    Row("Our company policy covers all data subject to the ITAR.", None),
    # --- EAR legends --------------------------------------------------------------------
    Row("EXPORT CONTROLLED - EAR", "MARK_EAR_LEGEND", EAR),
    Row("This document contains technology subject to the Export Administration Regulations (EAR).",
        "MARK_EAR_LEGEND", EAR),
    Row("These commodities, technology, or software were exported from the United States in "
        "accordance with the Export Administration Regulations. Diversion contrary to U.S. law "
        "is prohibited.", "MARK_EAR_LEGEND", EAR),
    Row("These items are controlled by the U.S. Government and authorized for export only to the "
        "country of ultimate destination for use by the ultimate consignee or end-user(s) herein "
        "identified.", "MARK_DESTINATION_CONTROL", EAR, None, 0.7, 0.8),
    # --- EAR hard negatives -------------------------------------------------------------
    Row("Our products are subject to the Export Administration Regulations.", None),
    Row("This item is not subject to the EAR.", None),
    Row("The hearing aid clears the ear canal by 3 mm every year.", None),
    # --- ECCN ---------------------------------------------------------------------------
    Row("ECCN: 3A001.a.7", "MARK_ECCN", EAR, "3A001.a.7", 0.85),
    Row("Export Control Classification Number 5A992.c", "MARK_ECCN", EAR, "5A992.c", 0.85),
    Row("The module is classified under the EAR as 5A002.a and ships with a license.",
        "MARK_ECCN", EAR, "5A002.a", 0.7),
    Row("ECCN 9A610.x", "MARK_ECCN", EAR, "9A610.x", 0.85),
    Row("Our products are classified 5A992.c in our export FAQ.", "MARK_ECCN", EAR, "5A992.c", 0.5, 0.6),
    Row("ECCNs such as 3A001 are listed in the CCL.", "MARK_ECCN", EAR, "3A001", 0.25, 0.3),
    Row("ECCN 3A995", None),                                    # ECCN-shaped, not on the CCL
    Row("Export classification 4A002 per the CCL", None),       # not on the CCL either
    Row("See section 3A001 of the maintenance manual.", None),  # no context word
    Row("Drawing 3A001-22 rev C, export copy", None),           # drawing number
    Row("P/N 3A001 export packaging", None),                    # part number
    Row("File 3A001.pdf attached for export review.", None),
    # --- EAR99 --------------------------------------------------------------------------
    Row("Classification: EAR99", "MARK_EAR99", EAR, "EAR99"),
    Row("ECCN: EAR 99 / NLR", "MARK_EAR99", EAR, "EAR99"),
    Row("EAR99 is a designation for items subject to the EAR but not on the CCL.",
        "MARK_EAR99", EAR, "EAR99", 0.4, 0.45),
    Row("The cable is not EAR99.", None),
    Row("Export Ctrl: EAR-EAR99", "MARK_EAR99", EAR, "EAR99"),
    Row("Kit P-EAR99 spare", None),                             # glued to a part number
    # --- USML ---------------------------------------------------------------------------
    Row("USML Cat. XV(e)(11)", "MARK_USML_CATEGORY", ITAR, "XV(e)(11)", 0.85),
    Row("Defense article under Category XI(c) of the ITAR.", "MARK_USML_CATEGORY", ITAR, "XI(c)", 0.8),
    Row("Jurisdiction: ITAR, XIX(f)(1)", "MARK_USML_CATEGORY", ITAR, "XIX(f)(1)", 0.65),
    Row("Category XII(a)(1) items", "MARK_USML_CATEGORY", ITAR, "XII(a)(1)", 0.5, 0.5),
    Row("USML Category XXI", "MARK_USML_CATEGORY", ITAR, "XXI", 0.85),
    Row("Export Ctrl: ITAR-XI(d)", "MARK_USML_CATEGORY", ITAR, "XI(d)", 0.85),
    Row("The runway supports CAT II and Category III approaches.", None),
    Row("See chapter XIV(b) of the style guide.", None),
    # --- Distribution Statements --------------------------------------------------------
    Row("DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited.",
        "MARK_DIST_A", UNC, None, 0.8, 0.8),
    Row("Approved for public release. Distribution is unlimited.", "MARK_DIST_A", UNC, None, 0.8, 0.8),
    Row("DISTRIBUTION STATEMENT D: Distribution authorized to the Department of Defense and U.S. DoD "
        "contractors only; Export Controlled; 15 March 2021. Other requests shall be referred to "
        "AFRL/RW.", "MARK_DIST_EXPORT", EAR, None, 0.8, 0.8),
    Row("DISTRIBUTION STATEMENT C. Distribution authorized to U.S. Government agencies and their "
        "contractors; Critical Technology; 1 May 2020. " + DOD_WARNING,
        "MARK_DIST_EXPORT", ITAR, None, 0.75, 0.75),
    Row("DISTRIBUTION STATEMENT B. Distribution authorized to U.S. Government agencies only; "
        "Proprietary Information; 2 June 2019.", "MARK_DIST_LIMITED", None, None, 0.3, 0.3),
    # --- CUI ----------------------------------------------------------------------------
    Row("CUI//SP-EXPT", "MARK_CUI_EXPT", EAR, None, 0.9),
    Row("CUI//SP-EXPT/SP-PRVCY//NOFORN", "MARK_CUI_EXPT", EAR, None, 0.9),
    Row("(CUI//SP-EXPT) The turbine blade cooling holes are drilled at 30 degrees.",
        "MARK_CUI_EXPT", EAR, None, 0.85),
    Row("CUI Category: EXPT", "MARK_CUI_EXPT", EAR, None, 0.8),
    Row("CUI//SP-PRVCY", None),
    Row("The new CUI policy takes effect in March.", None),
]


@pytest.fixture(scope="module")
def detector() -> MarkingDetector:
    return MarkingDetector()


def _ids(row: Row) -> str:
    return f"{row.code or 'none'}:{row.text[:40]}"


@pytest.mark.parametrize("row", ROWS, ids=[_ids(r) for r in ROWS])
def test_marking_table(detector: MarkingDetector, row: Row) -> None:
    found = detector.detect_text(row.text, "body")
    if row.code is None:
        assert [e.code for e in found if e.score >= NOTHING_ABOVE] == []
        return
    hits = [e for e in found if e.code == row.code]
    assert hits, f"{row.code} not found; got {[e.code for e in found]}"
    best = max(hits, key=lambda e: e.score)
    assert best.jurisdiction == row.jurisdiction
    assert best.category == row.category
    assert row.min_score <= best.score <= row.max_score, best.score
    assert best.kind in MARKING_KINDS and best.where == "body"
    assert row.text[best.start:best.end].strip() != ""
    assert len(best.excerpt) <= 120


def test_detector_protocol_and_versions(detector: MarkingDetector) -> None:
    assert isinstance(detector, Detector)
    assert detector.version.startswith(f"markings-{MARKING_RULES_VERSION}+")
    ids = [r.DETECTOR_ID for r in detector.recognizers]
    codes = [r.CODE for r in detector.recognizers]
    assert len(set(ids)) == len(ids) and len(set(codes)) == len(codes)
    assert all(i.startswith("marking.") and i.endswith(".v1") for i in ids)


def test_only_marking_recognizers_are_loaded(detector: MarkingDetector) -> None:
    names = {r.name for r in detector.analyzer.registry.recognizers}
    assert names == {r.DETECTOR_ID for r in detector.recognizers}
    text = "Call John Smith at 555-123-4567 or john@example.com in Boston."
    assert detector.detect_text(text) == []


def test_detect_walks_segments_with_their_locations(detector: MarkingDetector) -> None:
    extraction = Extraction(
        uri="file:///x.pdf", root="file:///x.pdf", depth=0, size=10, sha256=None, mime=None,
        segments=(Segment("header", "ITAR CONTROLLED"), Segment("page:2", "Nothing here."),
                  Segment("page:3", "ECCN: 9E003.a.1")),
    )
    found = detector.detect(extraction)
    assert [(e.where, e.code, e.category) for e in found] == [
        ("header", "MARK_ITAR_WARNING", None),
        ("page:3", "MARK_ECCN", "9E003.a.1"),
    ]
    assert found[0].excerpt == "ITAR CONTROLLED"
    assert "CONTROLLED" not in repr(found[0])  # excerpts stay out of repr


def test_overlapping_hits_of_one_code_are_merged(detector: MarkingDetector) -> None:
    text = "ITAR CONTROLLED DATA - EXPORT CONTROLLED - ITAR"
    found = [e for e in detector.detect_text(text) if e.code == "MARK_ITAR_WARNING"]
    spans = sorted((e.start, e.end) for e in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def _long_text(markers: dict[int, str], length: int) -> str:
    filler = "The bracket is machined from aluminium plate and anodised before assembly. "
    text = (filler * (length // len(filler) + 1))[:length]
    for at, marker in markers.items():
        at = text.rfind(" ", 0, at) + 1
        text = text[:at] + marker + " " + text[at + len(marker) + 1:]
    return text


def test_long_text_offsets_and_speed(detector: MarkingDetector) -> None:
    # markers straddling a chunk start, a chunk end (start + size + overlap), and mid-chunk
    markers = {10: "ITAR CONTROLLED", CHUNK_CHARS - 8: "ECCN: 3A001.a.7",
               CHUNK_CHARS * 2 + OVERLAP_CHARS - 6: "CUI//SP-EXPT",
               150_000: "USML Category XI(c)", 199_900: "EAR99"}
    text = _long_text(markers, 200_000)
    started = time.perf_counter()
    found = detector.detect_text(text, "body")
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed
    got = {(e.code, text[e.start:e.end]) for e in found}
    assert got == {
        ("MARK_ITAR_WARNING", "ITAR CONTROLLED"),
        ("MARK_ECCN", "3A001.a.7"),
        ("MARK_CUI_EXPT", "CUI//SP-EXPT"),
        ("MARK_USML_CATEGORY", "USML Category XI(c)"),
        ("MARK_EAR99", "EAR99"),
    }
    for evidence in found:
        assert text[evidence.start:evidence.end] in evidence.excerpt


def test_evidence_serialises_without_text(detector: MarkingDetector) -> None:
    evidence: Evidence = detector.detect_text("ECCN 5A002.a")[0]
    assert "excerpt" not in evidence.to_json()
    assert evidence.to_json()["category"] == "5A002.a"


def test_one_legend_is_one_hit_but_two_eccns_are_two(detector: MarkingDetector) -> None:
    warning = [e for e in detector.detect_text(DOD_WARNING) if e.code == "MARK_DOD_EXPORT_WARNING"]
    assert len(warning) == 1
    assert DOD_WARNING[warning[0].start:warning[0].end].startswith("export is restricted")
    eccns = detector.detect_text("ECCN: 3A001.a.7 and ECCN: 5A002.a")
    assert [e.category for e in eccns] == ["3A001.a.7", "5A002.a"]


def test_chunks_cover_the_text_and_cut_on_white_space() -> None:
    from classifiers.detectors.markings import _chunks

    text = _long_text({}, 100_000)
    pieces = list(_chunks(text))
    assert pieces[0][0] == 0 and pieces[-1][0] + len(pieces[-1][1]) == len(text)
    for (a, first), (b, second) in zip(pieces, pieces[1:]):
        assert b < a + len(first)                     # consecutive chunks overlap
        assert text[b - 1].isspace()                  # the next chunk starts after white space
        assert text[a + len(first) - 1].isspace()     # and this one ends on it
        assert first == text[a:a + len(first)]


def test_table_column_header_is_context_for_every_cell(detector: MarkingDetector) -> None:
    rows = "\n".join(f"{i}\tT9-53{i:02d}\tFitting, hinge\tTi-6Al-4V\t9A610.x" for i in range(40))
    sheet = f"Find\tPart number\tNomenclature\tMaterial\tECCN\n{rows}\n"
    last = sheet.rindex("9A610.x")
    in_table = detector.detect_text(sheet, "sheet:Parts")
    assert any(e.start == last and e.category == "9A610.x" for e in in_table)
    # The same cells without the header (or outside a table) are only part-number-like strings.
    assert not detector.detect_text(rows, "sheet:Parts")
    assert not any(e.start == last for e in detector.detect_text(sheet, "body"))


# --- where a marking sits: marking position, legend inside the text, mention in prose ----------

POSITIONS = [
    # (segment, text, the hit's text, kind)
    ("header", "EXPORT CONTROLLED - ITAR", "ITAR", "marking"),
    ("metadata:subject", "ECCN 5A002.a", "5A002", "marking"),
    ("body", "ITAR CONTROLLED\nThe gimbal loop closes at 180 Hz.\nRev B", "ITAR", "marking"),
    ("body", "Intro.\nThe gimbal loop closes at 180 Hz.\nThis drawing is subject to the ITAR.",
     "ITAR", "marking"),
    ("body", "Intro line.\n\nWARNING - This document contains technical data whose export is "
             "restricted by the Arms Export Control Act.\n\nMore text follows.\nEnd.",
     "Arms", "legend"),
    ("body", "Intro line.\nPart: PA-5X\nECCN: 2B001.a\nPrice: 1,240,000\nEnd.", "2B001", "legend"),
    ("body", "Intro line.\nOur router is classified 5A992.c under the EAR, like most.\nEnd.",
     "5A992", "mention"),
    ("sheet:Parts", "Part\tDescription\tECCN\nA-1\tValve\tEAR99\nA-2\tCamera core\t6A003.b.4",
     "6A003", "marking"),
    ("body", "Intro.\nPart\tDescription\tECCN\nA-1\tValve\tEAR99\nA-2\tCore\t6A003.b.4\nEnd.",
     "EAR99", "marking"),
]


@pytest.mark.parametrize("where,text,anchor,kind", POSITIONS, ids=[f"{p[0]}:{p[3]}:{p[2]}"
                                                                  for p in POSITIONS])
def test_marking_position(where: str, text: str, anchor: str, kind: str) -> None:
    from classifiers.detectors.markings.position import edge_segments, marking_kind

    start = text.index(anchor)
    assert marking_kind(where, text, start, start + len(anchor), edge_segments([where])) == kind
