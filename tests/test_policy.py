"""Review policy: profiles in enclave.yaml, the no-text outcome, and the review reasons."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import yaml

from classifiers.combiner import Combiner
from classifiers.decide import PROFILES, Decider, Policy, inventory_only
from classifiers.features import FEATURE_NAMES
from pipeline.config import load_config
from pipeline.engine import queue_reason
from pipeline.errors import ConfigError, ErrorCode
from pipeline.records import Evidence, Extraction, ItemError, Jurisdiction, Versions
from pipeline.report import review_reason

J = Jurisdiction
VERSIONS = Versions("r", "m", "t")


def _config(tmp_path: Path, data: dict):
    path = tmp_path / "enclave.yaml"
    path.write_text(yaml.safe_dump(data))
    return load_config(path)


def test_profiles_and_overrides(tmp_path: Path) -> None:
    assert load_config(None).policy() == Policy.profile("default")
    strict = _config(tmp_path, {"policy": {"profile": "compliance"}}).policy()
    assert strict == Policy.profile("compliance") and strict.no_text == "review"
    mixed = _config(tmp_path, {"policy": {"profile": "compliance", "thresholds": {"itar": 0.8},
                                          "no_text": "inventory"}}).policy()
    assert mixed.review_below[J.ITAR] == 0.8
    assert mixed.review_below[J.EAR] == PROFILES["compliance"]["review_below"][J.EAR]
    assert mixed.no_text == "inventory" and mixed.min_margin == PROFILES["compliance"]["min_margin"]
    legacy = _config(tmp_path, {"thresholds": {"ear": 0.7}}).policy()   # the older spelling
    assert legacy.review_below[J.EAR] == 0.7


@pytest.mark.parametrize("bad,field", [
    ({"policy": {"profile": "lenient"}}, "policy.profile"),
    ({"policy": {"thresholds": {"itar": 1.5}}}, "policy.thresholds.itar"),
    ({"policy": {"no_text": "ignore"}}, "policy.no_text"),
    ({"policy": {"subject_terms": -1}}, "policy.subject_terms"),
])
def test_a_bad_policy_fails_the_launch_naming_the_field(tmp_path: Path, bad: dict, field: str):
    with pytest.raises(ConfigError, match=field.replace(".", r"\.")):
        _config(tmp_path, bad)


def _part(mime: str, code: ErrorCode = ErrorCode.NO_TEXT, uri: str = "file:///x") -> Extraction:
    return Extraction(uri=uri, root=uri.split("!/")[0], depth=uri.count("!/"), size=10,
                      sha256="h", mime=mime, error=ItemError(code, "parsed but yielded no text"))


@pytest.mark.parametrize("mime,code,review", [
    ("image/png", ErrorCode.NO_TEXT, False),                  # a photo: nothing to classify
    ("font/ttf", ErrorCode.NO_TEXT, False),
    ("audio/x-oggflac", ErrorCode.TYPE_MISMATCH, False),       # typed by its bytes: media
    ("application/x-executable", ErrorCode.NO_TEXT, False),
    ("application/pdf", ErrorCode.NO_TEXT, True),             # a document without text: look
    ("message/rfc822", ErrorCode.NO_TEXT, True),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     ErrorCode.NO_TEXT, True),
    ("image/png", ErrorCode.CORRUPT, True),                   # could not be read: look
    ("application/pdf", ErrorCode.ENCRYPTED, True),
])
def test_no_text_is_an_inventory_entry_only_where_no_text_was_expected(mime, code, review):
    d = Decider(VERSIONS).decide(_part(mime, code), [])
    assert d.jurisdiction is J.UNDETERMINED and d.review_required is review
    assert queue_reason(d) == ("undetermined" if review else None)
    if not review:
        assert d.error.code is ErrorCode.NO_TEXT and mime in d.error.message
    queued = Decider(VERSIONS, Policy(no_text="review")).decide(_part(mime, code), [])
    assert queued.review_required


def test_a_no_text_member_does_not_raise_its_container():
    decider = Decider(VERSIONS)
    mail = Extraction(uri="file:///m.eml", root="file:///m.eml", depth=0, size=1, sha256="m",
                      mime="message/rfc822")
    photo = decider.decide(_part("image/jpeg", uri="file:///m.eml!/photo.jpg"), [])
    scan = decider.decide(_part("application/pdf", uri="file:///m.eml!/scan.pdf"), [])
    assert inventory_only(photo) and not inventory_only(scan)
    top = decider.rollup([decider.decide(mail, []), photo])[0]
    assert top.jurisdiction is J.UNCONTROLLED and not top.review_required
    top = decider.rollup([decider.decide(mail, []), scan])[0]
    assert top.jurisdiction is J.UNDETERMINED and top.review_required


def _uncontrolled_decider(policy: Policy) -> Decider:
    bias = np.array([-5.0, -5.0, 5.0])
    return Decider(VERSIONS, policy, Combiner(np.zeros((3, len(FEATURE_NAMES))), bias))


def _ev(code: str, j: J | None, score: float, kind: str = "subject") -> Evidence:
    return Evidence(code=code, detector="t", kind=kind, jurisdiction=j, category=None,
                    where="body", start=0, end=1, score=score)


def test_controlled_subject_terms_under_an_uncontrolled_decision_go_to_review():
    part = Extraction(uri="file:///x", root="file:///x", depth=0, size=1, sha256=None, mime=None)
    decider = _uncontrolled_decider(Policy())
    terms = [_ev("SUBJ_TERM_USML", J.ITAR, 0.45)]
    d = decider.decide(part, terms)
    assert d.jurisdiction is J.UNCONTROLLED and d.review_required
    assert "REVIEW_SUBJECT_TERMS_ITAR" in [r.code for r in d.reasons]
    weak = decider.decide(part, [_ev("SUBJ_TERM_USML", J.ITAR, 0.1)])
    assert not weak.review_required
    about = terms + [_ev("CTX_ABOUT_EXPORT_CONTROL", None, 0.9, kind="context")]
    assert not decider.decide(part, about).review_required      # quoted in a compliance text
    off = _uncontrolled_decider(Policy(subject_terms=0.0)).decide(part, terms)
    assert not off.review_required


@pytest.mark.parametrize("row,why", [
    ({"jurisdiction": "UNDETERMINED", "error_code": "E_CORRUPT"}, "undetermined: E_CORRUPT"),
    ({"jurisdiction": "ITAR", "category": "XI", "reason_codes": [
        "MARK_ITAR_WARNING", "CONFLICT_MARKING_ITAR_VS_CONTENT_UNCONTROLLED"]},
     "CONFLICT_MARKING_ITAR_VS_CONTENT_UNCONTROLLED"),
    ({"jurisdiction": "EAR", "category": None, "reason_codes": []},
     "no category found for a controlled decision"),
    ({"jurisdiction": "UNCONTROLLED", "category": None, "reason_codes": ["MODEL_ITAR"]},
     "confidence below the policy threshold"),
])
def test_every_review_has_a_stated_reason(row, why):
    assert review_reason(row) == why


@pytest.mark.slow
def test_a_sweep_lists_a_photo_without_text_and_queues_a_pdf_without_text(tmp_path: Path):
    """Real extraction (Tika, Tesseract): a blank photo is an inventory entry with E_NO_TEXT,
    shown in the report, not queued; a PDF page without text is UNDETERMINED and queued."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    from pipeline.cli import main

    share = tmp_path / "share"
    share.mkdir()
    Image.new("RGB", (320, 240), "white").save(share / "holiday.jpg")
    pdf = canvas.Canvas(str(share / "blank.pdf"))
    pdf.rect(100, 100, 200, 200)
    pdf.showPage()
    pdf.save()
    out = tmp_path / "out"
    code = main(["sweep", str(share), "--state", str(tmp_path / "state"), "--out", str(out),
                 "--no-progress"])
    assert code == 4                                   # the PDF needs review; nothing controlled
    rows = {Path(r["uri"]).name: r for r in pq.read_table(out / "inventory.parquet").to_pylist()}
    photo, blank = rows["holiday.jpg"], rows["blank.pdf"]
    assert (photo["jurisdiction"], photo["error_code"], photo["review_required"]) == (
        "UNDETERMINED", "E_NO_TEXT", False)
    assert (blank["jurisdiction"], blank["review_required"]) == ("UNDETERMINED", True)
    report = (out / "report.html").read_text()
    assert "No extractable text (1)" in report and "undetermined: E_NO_TEXT" in report
