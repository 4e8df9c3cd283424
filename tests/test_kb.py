"""Tests of the knowledge base: committed facts, the loader API and the deterministic build.

Hard negatives sit beside the positives: note items that look like paragraphs (9A610 Note 2
"c.", 5A002 Note 2 "a.1.a."), reserved paragraphs, and ids that are not on the lists at all.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from classifiers.kb import (
    DATA_DIR,
    EccnEntry,
    KnowledgeBase,
    KnowledgeBaseError,
    UsmlCategory,
    load_kb,
    load_kb_from,
)
from classifiers.kb.build import build, main

# The regulation texts the data was built from; set ENCLAVE_REFERENCE to check the build.
REFERENCE = Path(os.environ.get("ENCLAVE_REFERENCE", "/nonexistent"))
needs_reference = pytest.mark.skipif(
    not (REFERENCE / "ear" / "ccl.jsonl").is_file(), reason="regulation reference texts not available"
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


# --- CCL -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3A001.a.7", "3A001.a.7"),
        ("5A002.a", "5A002.a"),
        ("9E003.a.1", "9E003.a.1"),
        ("6A003.b.4", "6A003.b.4"),
        ("9A610.x", "9A610.x"),
        ("0A501", "0A501"),
        ("3a001", "3A001"),
        ("3a001.A.7", "3A001.a.7"),
        ("3A001.a.7. ", "3A001.a.7"),
        ("  9E003.a.1.", "9E003.a.1"),
        ("ECCN 5A002.a.1", "5A002.a.1"),
        ("9A610.w", "9A610.w"),              # printed only through its children w.1, w.2
        ("1A607.f.2.1", "1A607.f.2.1"),      # number after number, as the regulation prints it
        ("7A101.a.2", "7A101.a.2"),          # bare "2." lines under "a." in roman type
        ("6A001.a.1.a.1.c", "6A001.a.1.a.1.c"),  # no space after the designator in the source
        # longest valid prefix
        ("3A001.a.99", "3A001.a"),
        ("3A001.a.4", "3A001.a"),            # a.4. [Reserved]
        ("9A610.c", "9A610"),                # c.-d. [Reserved]; "c." only in Note 2 to 9A610.a
        ("6A003.c", "6A003"),                # only note items carry "c." in 6A003
        ("5A002.a.1.a", "5A002.a.1"),        # "a.1.a." exists only inside Note 2 to 5A002.a
        ("9A604.h", "9A604"),                # g. through w. [Reserved]
        # 3A999 looks like a catch-all but is a real ECCN (specific processing equipment, n.e.s.)
        ("3A999", "3A999"),
        ("3A999.e.2", "3A999.e.2"),
        # not ECCNs on the CCL
        ("3A998", None),
        ("3A005", None),
        ("4A999", None),
        ("9Z001", None),
        ("EAR99", None),
        ("ear99", None),
        ("", None),
        ("3A0011", None),
        ("XI(c)", None),
    ],
)
def test_normalize_eccn(kb: KnowledgeBase, text: str, expected: str | None) -> None:
    assert kb.normalize_eccn(text) == expected


@pytest.mark.parametrize(
    ("eccn", "present"),
    [("3A001", True), ("3a001", True), ("0A521", True), ("9E515", True), ("0A919", True),
     ("3A999", True), ("3A998", False), ("9Z001", False), ("EAR99", False), ("5A992.c", False)],
)
def test_eccn_lookup(kb: KnowledgeBase, eccn: str, present: bool) -> None:
    entry = kb.eccn(eccn)
    assert (entry is not None) is present
    if entry is not None:
        assert isinstance(entry, EccnEntry)
        assert entry.eccn == eccn.upper()
        assert (entry.category, entry.group) == (entry.eccn[0], entry.eccn[1])


def test_ccl_counts(kb: KnowledgeBase) -> None:
    entries = list(kb.all_eccns())
    assert len(entries) == 638
    per_category: dict[str, int] = {}
    for entry in entries:
        per_category[entry.category] = per_category.get(entry.category, 0) + 1
    assert per_category == {"0": 62, "1": 136, "2": 89, "3": 78, "4": 24, "5": 25,
                            "6": 60, "7": 46, "8": 22, "9": 96}
    assert [e.eccn for e in entries] == sorted(e.eccn for e in entries)


@pytest.mark.parametrize(
    ("eccn", "reasons"),
    [
        ("3A001", ("NS", "RS", "MT", "NP", "AT")),
        ("9E003", ("NS", "SI", "AT")),
        ("0A977", ("CC",)),            # printed "CC 1"
        ("1C992", ("AT", "RS")),       # "foreign policy" is not a code
        ("7A005", ("NS", "MT", "AT")),  # printed "NS, MT and AT"
        ("0A521", ("RS",)),            # RS1 stated in a note
        ("9A005", ()),                 # ITAR pointer entry, no reasons
    ],
)
def test_reasons(kb: KnowledgeBase, eccn: str, reasons: tuple[str, ...]) -> None:
    entry = kb.eccn(eccn)
    assert entry is not None and entry.reasons == reasons


@pytest.mark.parametrize(
    ("eccn", "series", "itar"),
    [
        ("9A610", "600", False), ("3A611", "600", False), ("0A501", "", False),
        ("9A515", "9x515", False), ("9E515", "9x515", False),
        ("0A521", "0Y521", False), ("0E521", "0Y521", False),
        ("9A005", "", True), ("7D103", "", True), ("0A002", "", True),
        ("9A106", "", False),   # MTCR entry that is on the CCL
        ("1C355", "", False),   # mentions the ITAR only to exclude it
        ("9D001", "", False),   # "except for items ... subject to the ITAR"
    ],
)
def test_series_and_itar_flag(kb: KnowledgeBase, eccn: str, series: str, itar: bool) -> None:
    entry = kb.eccn(eccn)
    assert entry is not None
    assert (entry.series, entry.subject_to_itar) == (series, itar)
    assert entry.is_600_series is (series == "600")
    assert entry.is_9x515 is (series == "9x515")
    assert entry.is_0y521 is (series == "0Y521")


def test_ccl_headings_are_short_labels(kb: KnowledgeBase) -> None:
    for entry in kb.all_eccns():
        assert 0 < len(entry.heading) <= 160, entry.eccn
        assert "subject to the ITAR.”" not in entry.heading or not entry.subject_to_itar, entry.eccn
    assert kb.eccn("3A001").heading == "Electronic items as follows"  # type: ignore[union-attr]


def test_paragraph_sets_are_closed_under_prefix(kb: KnowledgeBase) -> None:
    for entry in kb.all_eccns():
        for designator in entry.paragraphs:
            parts = designator.split(".")
            assert parts[0].isalpha() and len(parts[0]) == 1, (entry.eccn, designator)
            for cut in range(1, len(parts)):
                assert ".".join(parts[:cut]) in entry.paragraphs, (entry.eccn, designator)


def test_amended_entries(kb: KnowledgeBase) -> None:
    amended = {e.eccn for e in kb.all_eccns() if e.amended_after_snapshot}
    assert len(amended) == 18 and {"0A502", "3A090", "5A002"} <= amended
    assert "3A002" not in amended


# --- USML ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("numeral", "ladder", "expected"),
    [
        ("XI", ["c"], "XI(c)"),
        ("XV", ["e", "11"], "XV(e)(11)"),
        ("XIX", ["f", "1"], "XIX(f)(1)"),
        ("XXI", ["a"], "XXI(a)"),
        ("XI", ["a", "3", "i"], "XI(a)(3)(i)"),
        ("xi", ["(a)", "(3)", "(i)"], "XI(a)(3)(i)"),
        ("V", ["c", "4", "i", "A"], "V(c)(4)(i)(A)"),
        ("V", ["c", "4", "i", "a"], "V(c)(4)(i)(A)"),   # upper-case level given in lower case
        ("XIII", ["f", "i"], "XIII(f)(i)"),             # the regulation skips the number level
        ("XIII", ["m", "10"], "XIII(m)(10)"),           # interpretations are paragraph (m)
        ("XIV", ["g", "4", "xlix"], "XIV(g)(4)(xlix)"),
        ("I", ["h", "4"], "I(h)(4)"),
        ("XII", ["b", "7"], "XII(b)(7)"),             # follows a paragraph continued on a second line
        ("XI", None, "XI"),
        (11, ["c"], "XI(c)"),
        # truncation to the longest valid prefix
        ("XI", ["zz"], "XI"),
        ("I", ["h", "5"], "I(h)"),
        ("I", ["f"], "I"),                   # (f) [Reserved]
        ("XI", ["a", "3", "ix"], "XI(a)(3)"),  # (ix) [Reserved]
        ("II", ["a", "5", "a"], "II(a)(5)"),   # "(a) in production" is a note item
        ("II", ["c"], "II"),                   # (c) [Reserved]; "(c) identified ..." is a note item
        ("XV", ["c"], "XV"),                   # (c)-(d) [Reserved]
        # not a USML category
        ("XXV", ["a"], None),
        ("XXII", None, None),
        ("ZZ", None, None),
        (0, None, None),
    ],
)
def test_normalize_usml(kb: KnowledgeBase, numeral: str | int, ladder: list[str] | None,
                        expected: str | None) -> None:
    assert kb.normalize_usml(numeral, ladder) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "numeral"),
    [("XI", "XI"), ("xi", "XI"), ("Category XI", "XI"), (11, "XI"), ("11", "XI"), ("XXI", "XXI"),
     (1, "I"), ("XXII", None), (22, None), ("EAR99", None), ("", None)],
)
def test_usml_category_lookup(kb: KnowledgeBase, key: str | int, numeral: str | None) -> None:
    category = kb.usml_category(key)
    assert (category.numeral if category else None) == numeral


def test_usml_categories(kb: KnowledgeBase) -> None:
    categories = list(kb.all_usml())
    assert [c.number for c in categories] == list(range(1, 22))
    assert all(isinstance(c, UsmlCategory) and c.paragraphs for c in categories)
    assert kb.usml_category("XI").title == "Military Electronics"  # type: ignore[union-attr]
    assert kb.usml_category("XVII").paragraphs == frozenset({"a"})  # type: ignore[union-attr]
    for category in categories:
        assert category.sme <= category.paragraphs
        assert set(category.headings) == set(category.paragraphs)
        assert all(0 < len(h) <= 120 for h in category.headings.values()), category.numeral


@pytest.mark.parametrize(
    ("numeral", "designator", "sme"),
    [("I", "a", True), ("I", "g", False), ("II", "a.1", True), ("II", "a.5", False),
     ("XI", "b", True), ("XI", "c", False), ("XVII", "a", True)],
)
def test_usml_sme(kb: KnowledgeBase, numeral: str, designator: str, sme: bool) -> None:
    category = kb.usml_category(numeral)
    assert category is not None and designator in category.paragraphs
    assert (designator in category.sme) is sme


def test_usml_cite(kb: KnowledgeBase) -> None:
    category = kb.usml_category("XII")
    assert category is not None
    assert category.cite() == "XII" and category.cite("c.4.i.A") == "XII(c)(4)(i)(A)"


# --- metadata, loading, build --------------------------------------------------------------

def test_meta(kb: KnowledgeBase) -> None:
    assert kb.version.startswith("kb-")
    assert (kb.ccl_as_of, kb.usml_as_of) == ("2026-06-24", "2023-12-04")
    assert kb.meta["ccl"]["amended_entries_as_of"] == ["2026-07-23"]
    for part in ("ccl", "usml"):
        for source in kb.meta[part]["sources"]:
            assert len(source["sha256"]) == 64 and not source["path"].startswith("/")


def test_load_kb_is_cached() -> None:
    assert load_kb() is load_kb()


def test_data_files_are_small() -> None:
    for name in ("ccl.json", "usml.json"):
        assert (DATA_DIR / name).stat().st_size < 400_000


def test_missing_or_broken_data_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError):
        load_kb_from(tmp_path)
    (tmp_path / "ccl.json").write_text("{}", encoding="utf-8")
    (tmp_path / "usml.json").write_text("{}", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        load_kb_from(tmp_path)


@needs_reference
def test_build_is_deterministic_and_matches_committed_data(tmp_path: Path) -> None:
    first = build(REFERENCE, tmp_path / "one")
    second = build(REFERENCE, tmp_path / "two")
    for name, path in first.items():
        data = path.read_bytes()
        assert data == second[name].read_bytes()
        assert data == (DATA_DIR / name).read_bytes(), f"{name} is stale: rerun the build"


@needs_reference
def test_recorded_source_hashes_match_the_reference() -> None:
    for name in ("ccl.json", "usml.json"):
        meta = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))["meta"]
        for source in meta["sources"]:
            digest = hashlib.sha256((REFERENCE / source["path"]).read_bytes()).hexdigest()
            assert digest == source["sha256"], source["path"]


def test_build_cli_reports_missing_sources(tmp_path: Path) -> None:
    assert main(["--reference", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()
