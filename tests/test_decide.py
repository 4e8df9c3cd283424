"""The decider's rules of the trade, one row per rule."""

from __future__ import annotations

import pytest

from classifiers.decide import NO_EVIDENCE_CONFIDENCE, Decider, Policy, noisy_or
from pipeline.errors import ErrorCode
from pipeline.records import Evidence, Extraction, ItemError, Jurisdiction, Versions

J = Jurisdiction
VERSIONS = Versions(rules="r", model="m", taxonomy="t")


def ev(code: str, jurisdiction: Jurisdiction | None, category: str | None, score: float = 0.9,
       where: str = "body") -> Evidence:
    return Evidence(code=code, detector=f"test.{code.lower()}", kind="marking",
                    jurisdiction=jurisdiction, category=category, where=where, start=0, end=1,
                    score=score)


def part(uri: str = "file:///x", error: ItemError | None = None) -> Extraction:
    root = uri.split("!/")[0]
    return Extraction(uri=uri, root=root, depth=uri.count("!/"), size=10, sha256="h",
                      mime="text/plain", error=error)


CASES = [
    # (name, evidence, jurisdiction, category, review_required)
    ("nothing found", [], J.UNCONTROLLED, None, False),
    ("usml marking", [ev("MARK_USML_CATEGORY", J.ITAR, "XI(c)", 0.95)], J.ITAR, "XI(c)", False),
    ("itar before ear (order of review)",
     [ev("MARK_ECCN", J.EAR, "3A001.a.7"), ev("MARK_USML_CATEGORY", J.ITAR, "XV(e)(11)")],
     J.ITAR, "XV(e)(11)", False),
    ("eccn", [ev("MARK_ECCN", J.EAR, "5A002.a", 0.9)], J.EAR, "5A002.a", False),
    ("ear99 only", [ev("MARK_EAR99", J.EAR, "EAR99", 0.9)], J.EAR, "EAR99", False),
    ("eccn beats ear99 but conflict forces review",
     [ev("MARK_EAR99", J.EAR, "EAR99"), ev("MARK_ECCN", J.EAR, "5A992.c")], J.EAR, "5A992.c", True),
    ("itar legend without a category needs review",
     [ev("MARK_ITAR_WARNING", J.ITAR, None, 0.95)], J.ITAR, None, True),
    ("distribution A alone is public", [ev("MARK_DIST_A", J.UNCONTROLLED, None, 0.7)],
     J.UNCONTROLLED, None, False),
    ("distribution A beside ITAR: ITAR, review",
     [ev("MARK_DIST_A", J.UNCONTROLLED, None), ev("MARK_USML_CATEGORY", J.ITAR, "XII(a)")],
     J.ITAR, "XII(a)", True),
    ("weak single finding goes to review", [ev("MARK_ECCN", J.EAR, "3A001", 0.5)],
     J.EAR, "3A001", True),
    ("more specific paragraph wins a tie",
     [ev("MARK_USML_CATEGORY", J.ITAR, "XI", 0.9), ev("MARK_USML_CATEGORY", J.ITAR, "XI(a)(3)", 0.9)],
     J.ITAR, "XI(a)(3)", False),
]


@pytest.mark.parametrize("name,evidence,jurisdiction,category,review", CASES,
                         ids=[c[0] for c in CASES])
def test_decide(name, evidence, jurisdiction, category, review):
    d = Decider(VERSIONS).decide(part(), evidence)
    assert (d.jurisdiction, d.category, d.review_required) == (jurisdiction, category, review)
    assert 0.0 <= d.confidence <= 1.0
    assert len(d.reasons) >= len(evidence)


def test_no_evidence_confidence_is_the_documented_prior():
    assert Decider(VERSIONS).decide(part(), []).confidence == NO_EVIDENCE_CONFIDENCE


def test_unreadable_item_fails_closed():
    d = Decider(VERSIONS).decide(part(error=ItemError(ErrorCode.CORRUPT, "bad xref")), [])
    assert d.jurisdiction is J.UNDETERMINED and d.review_required and d.confidence == 0.0
    assert d.error.code is ErrorCode.CORRUPT


def test_policy_thresholds_drive_review():
    strict = Decider(VERSIONS, Policy(review_below={J.EAR: 0.999, J.ITAR: 0.9,
                                                     J.UNCONTROLLED: 0.5}))
    assert strict.decide(part(), [ev("MARK_ECCN", J.EAR, "5A002.a", 0.9)]).review_required


def test_noisy_or_grows_with_independent_findings_and_stays_below_one():
    assert noisy_or([0.6]) < noisy_or([0.6, 0.6]) < 1.0
    assert noisy_or([1.0, 1.0]) < 1.0


def test_rollup_container_takes_most_restrictive_member():
    decider = Decider(VERSIONS)
    zip_ = decider.decide(part("file:///a.zip"), [])
    inner = decider.decide(part("file:///a.zip!/in/b.zip"), [])
    deep = decider.decide(part("file:///a.zip!/in/b.zip!/spec.txt"),
                          [ev("MARK_USML_CATEGORY", J.ITAR, "XIX(f)(1)", 0.95)])
    ear = decider.decide(part("file:///a.zip!/list.txt"), [ev("MARK_ECCN", J.EAR, "9E003.a.1")])
    rolled = {d.uri: d for d in decider.rollup([zip_, inner, deep, ear])}
    assert rolled["file:///a.zip"].jurisdiction is J.ITAR
    assert rolled["file:///a.zip"].category == "XIX(f)(1)"
    assert rolled["file:///a.zip!/in/b.zip"].jurisdiction is J.ITAR
    assert rolled["file:///a.zip!/list.txt"].jurisdiction is J.EAR      # members keep their own
    assert rolled["file:///a.zip"].reasons[0].where == "member:in/b.zip"


def test_rollup_unreadable_member_outranks_ear():
    decider = Decider(VERSIONS)
    top = decider.decide(part("file:///m.eml"), [ev("MARK_ECCN", J.EAR, "5A002.a")])
    bad = decider.decide(part("file:///m.eml!/x.docx", ItemError(ErrorCode.ENCRYPTED, "pw")), [])
    rolled = {d.uri: d for d in decider.rollup([top, bad])}
    assert rolled["file:///m.eml"].jurisdiction is J.UNDETERMINED
    assert rolled["file:///m.eml"].review_required


def test_decision_json_carries_no_excerpt():
    e = Evidence(code="MARK_USML_CATEGORY", detector="d", kind="marking", jurisdiction=J.ITAR,
                 category="XI(c)", where="body", start=3, end=9, score=0.9,
                 excerpt="SECRET-SAUCE radar waveform")
    d = Decider(VERSIONS).decide(part(), [e])
    assert "SECRET-SAUCE" not in str(d.to_json()) and "SECRET-SAUCE" not in repr(d)
    assert d.to_json(excerpts=True)["reasons"][0]["excerpt"].startswith("SECRET")
