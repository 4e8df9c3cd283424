"""The fail-safe rule as a property: a marked item is never UNCONTROLLED without review.

Every marking form the recognizers know (the positive rows of ``test_markings``, plus existing
sensitivity labels), placed where real documents carry markings (header, footer, top of the
cover page, bottom of the last page, slide notes, document properties, a drawing's title block,
an e-mail attachment), over bodies of every kind (technical, regulatory prose, marketing,
empty), run through the real detectors and the shipped decider: never UNCONTROLLED without
review. Then the rule's table, case by case, and ``enclave explain`` naming a conflict.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers import failsafe
from classifiers.combiner import Combiner
from classifiers.decide import Decider
from classifiers.features import FEATURE_NAMES
from pipeline.engine import Extracted, build_detectors, current_versions, decide_parts, detect_parts
from pipeline.records import Evidence, Extraction, ItemRef, Jurisdiction, Segment, Versions
from tests.test_markings import ROWS

J = Jurisdiction
FORMS = [r.text for r in ROWS if r.jurisdiction in (J.ITAR, J.EAR) and r.min_score >= 0.5] + [
    "EXPORT CONTROLLED - ITAR. USML Category XII(d). See 22 CFR 120.33; foreign persons may not "
    "access this data without a license.",
    "EAR99 - NLR",
    "Export Classification: 3A001.a.2.c (15 CFR 774 Supp. 1)",
    "WARNING: This document contains technical data as defined in 22 CFR 120.33, subject to the "
    "International Traffic in Arms Regulations. Export or release to foreign persons without "
    "authorization under 22 CFR 120-130 is a violation of U.S. law.",
]
LABELS = ["ITAR Controlled", "Export Controlled - EAR", "CUI//SP-EXPT"]

BODIES = {
    "technical": "The gimbal servo loop closes at 180 Hz; the resolver feeds the rate estimator. "
                 "Torque motor current is limited to 4.2 A and the bearing preload is 35 N. "
                 "Step 4: verify the encoder offset against fixture TF-220 before bonding.",
    "regulatory": "Employees must complete export compliance training every year. The USML "
                  "consists of 21 categories and the CCL is divided into ten categories. A "
                  "deemed export occurs when technology is released to a foreign person in the "
                  "United States. Ask the empowered official before you apply for a license; "
                  "violations carry penalties. See our export compliance policy and FAQ.",
    "marketing": "Our award-winning, industry-leading solutions are trusted by customers "
                 "worldwide. Contact our sales team to request a demo and learn more about the "
                 "next-generation platform.",
    "empty": "",
}


def _body_segments(body: str, pages: int = 1) -> list[Segment]:
    if pages == 1:
        return [Segment("body", body)] if body else []
    sentences = [x.strip() + "." for x in body.split(". ") if x.strip()] or ["Page."]
    step = -(-len(sentences) // pages)
    return [Segment(f"page:{i + 1}", " ".join(sentences[i * step:(i + 1) * step]) or "Page.")
            for i in range(pages)]


def _place(form: str, position: str, body: str) -> list[Extraction]:
    """The item's extraction(s) with ``form`` at ``position``; members follow the item."""
    uri = "file:///share/item"
    segs: list[Segment]
    if position in ("header", "footer"):
        segs = _body_segments(body) + [Segment(position, form)]
    elif position == "cover":
        segs = _body_segments(body, 3)
        segs[0] = Segment("page:1", form + "\n" + segs[0].text)
    elif position == "last_page":
        segs = _body_segments(body, 3)
        segs[-1] = Segment("page:3", segs[-1].text + "\n" + form)
    elif position == "notes":
        segs = [Segment("slide:1", body or "Overview"), Segment("notes", form)]
    elif position == "metadata":
        segs = _body_segments(body) + [Segment("metadata:subject", form)]
    elif position == "title_block":
        segs = ([Segment("layout:Model", body)] if body else []) + [
            Segment("metadata:titleblock:EXPORT_NOTICE", form)]
    elif position == "label":
        segs = _body_segments(body) + [Segment("metadata:label:msip", form)]
    elif position == "attachment":
        mail = Extraction(uri=uri, root=uri, depth=0, size=100, sha256="m", mime="message/rfc822",
                          segments=(Segment("body", "Hi all, the report is attached. Regards, Ann"),))
        member = Extraction(uri=uri + "!/report.docx", root=uri, depth=1, size=100, sha256="a",
                            mime="application/vnd.openxmlformats-officedocument."
                                 "wordprocessingml.document",
                            segments=tuple(_body_segments(body) + [Segment("header", form)]))
        return [mail, member]
    else:
        raise AssertionError(position)
    return [Extraction(uri=uri, root=uri, depth=0, size=100, sha256="s", mime="text/plain",
                       segments=tuple(segs))]


POSITIONS = ("header", "footer", "cover", "last_page", "notes", "metadata", "title_block",
             "attachment")


@pytest.fixture(scope="module")
def pipeline():
    from pipeline.engine import load_combiner

    return build_detectors(), Decider(current_versions(), combiner=load_combiner())


def _decide(pipeline, parts: list[Extraction]):
    detectors, decider = pipeline
    item = ItemRef(uri=parts[0].uri, path=None, size=100, version="1", source="file:///share")
    decisions = decide_parts(decider, detect_parts(detectors, Extracted(item, tuple(parts))))
    return decisions[0]


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(form=st.sampled_from(FORMS), position=st.sampled_from(POSITIONS),
       body=st.sampled_from(sorted(BODIES)), repeat=st.integers(1, 3))
def test_a_marking_is_never_cleared_without_review(pipeline, form, position, body, repeat):
    d = _decide(pipeline, _place(form, position, " ".join([BODIES[body]] * repeat)))
    assert not (d.jurisdiction is J.UNCONTROLLED and not d.review_required), (
        form[:60], position, body, [r.code for r in d.reasons])


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("body", sorted(BODIES))
def test_an_existing_label_is_never_cleared_without_review(pipeline, label, body):
    d = _decide(pipeline, _place(label, "label", BODIES[body]))
    assert not (d.jurisdiction is J.UNCONTROLLED and not d.review_required)


# --- the rule's table, with hand-made evidence ------------------------------------------------

def ev(code: str, jurisdiction: J | None, category: str | None = None, kind: str = "marking",
       score: float = 0.9) -> Evidence:
    return Evidence(code=code, detector="t", kind=kind, jurisdiction=jurisdiction,
                    category=category, where="body", start=0, end=1, score=score)


ABOUT = ev("CTX_ABOUT_EXPORT_CONTROL", None, kind="context", score=0.8)
ITAR_MARK = ev("MARK_ITAR_WARNING", J.ITAR)
ECCN_MARK = ev("MARK_ECCN", J.EAR, "3A001.a.2.c")
EAR99_MARK = ev("MARK_EAR99", J.EAR, "EAR99")
CUI = ev("MARK_CUI_EXPT", J.EAR)

TABLE = [
    # (name, content, evidence, jurisdiction, conflict?)
    ("itar marking binds", J.UNCONTROLLED, [ITAR_MARK], J.ITAR, True),
    ("itar marking over EAR content", J.EAR, [ITAR_MARK], J.ITAR, True),
    ("agreeing content: no conflict", J.ITAR, [ITAR_MARK], J.ITAR, False),
    ("eccn marking binds", J.UNCONTROLLED, [ECCN_MARK], J.EAR, True),
    ("eccn marking, ITAR content: marked regime, review", J.ITAR, [ECCN_MARK], J.EAR, True),
    ("EAR99 on ordinary content agrees", J.UNCONTROLLED, [EAR99_MARK], J.EAR, False),
    ("regime not stated, uncontrolled content: the stricter regime", J.UNCONTROLLED, [CUI],
     J.ITAR, True),
    ("regime not stated: content may say ITAR", J.ITAR, [CUI], J.ITAR, False),
    ("regime not stated: EAR content agrees", J.EAR, [CUI], J.EAR, False),
    ("a mention flags", J.UNCONTROLLED, [replace(ITAR_MARK, kind="mention")], J.UNCONTROLLED, True),
    ("a mention never lowers", J.ITAR, [replace(ECCN_MARK, kind="mention")], J.ITAR, False),
    ("about export control: a marking still binds", J.UNCONTROLLED, [ITAR_MARK, ABOUT], J.ITAR,
     True),
    ("a legend inside the text binds", J.UNCONTROLLED, [replace(ITAR_MARK, kind="legend")],
     J.ITAR, True),
    ("about export control: a legend inside the text flags (a sample)", J.UNCONTROLLED,
     [replace(ITAR_MARK, kind="legend"), ABOUT], J.UNCONTROLLED, True),
    ("a quoted example (low score) flags", J.UNCONTROLLED, [replace(ITAR_MARK, score=0.3)],
     J.UNCONTROLLED, True),
    ("the DoD warning names both regimes: EAR content stands", J.EAR,
     [ev("MARK_DOD_EXPORT_WARNING", J.ITAR)], J.EAR, False),
    ("the DoD warning on uncontrolled content: the stricter regime", J.UNCONTROLLED,
     [ev("MARK_DOD_EXPORT_WARNING", J.ITAR)], J.ITAR, True),
    ("about export control: a mention still flags", J.UNCONTROLLED,
     [replace(ITAR_MARK, kind="mention"), ABOUT], J.UNCONTROLLED, True),
    ("about export control: a quoted example is a quotation", J.UNCONTROLLED,
     [replace(ITAR_MARK, kind="mention", score=0.3), ABOUT], J.UNCONTROLLED, False),
    ("no marking: the content stands", J.UNCONTROLLED, [ABOUT], J.UNCONTROLLED, False),
]


@pytest.mark.parametrize("name,content,evidence,jurisdiction,conflicted", TABLE,
                         ids=[t[0] for t in TABLE])
def test_rule_table(name, content, evidence, jurisdiction, conflicted):
    out = failsafe.apply(content, evidence)
    assert out.jurisdiction is jurisdiction
    assert bool(out.conflicts) is conflicted
    if conflicted:
        code = out.conflicts[0].code
        assert code.startswith("CONFLICT_MARKING_") and code.endswith(f"_VS_CONTENT_{content.value}")


@settings(max_examples=500, deadline=None, derandomize=True)
@given(content=st.sampled_from(list(J)[:3]),
       marks=st.lists(st.sampled_from([ITAR_MARK, ECCN_MARK, EAR99_MARK, CUI,
                                       ev("LABEL_EXISTING_ITAR", J.ITAR),
                                       ev("MARK_DIST_EXPORT", J.EAR)]), min_size=1, max_size=4),
       kinds=st.lists(st.sampled_from(["marking", "legend", "mention"]), min_size=4, max_size=4),
       about=st.floats(0, 1), margin=st.floats(0, 0.5))
def test_decider_never_fails_open_whatever_the_combiner_says(content, marks, kinds, about, margin):
    """Any combiner (one that always answers ``content``), any policy margin, any about-export
    score, any position: a marking is never UNCONTROLLED without review."""
    from classifiers.decide import Policy

    marks = [replace(m, kind=k) for m, k in zip(marks, kinds)]
    bias = np.full(3, -5.0)
    bias[list(J).index(content)] = 5.0
    combiner = Combiner(np.zeros((3, len(FEATURE_NAMES))), bias)
    decider = Decider(Versions("r", "m", "t"), Policy(min_margin=margin), combiner)
    part = Extraction(uri="file:///x", root="file:///x", depth=0, size=1, sha256=None, mime=None)
    evidence = marks + [ev("CTX_ABOUT_EXPORT_CONTROL", None, kind="context", score=about)]
    d = decider.decide(part, evidence)
    # every generated marking scores 0.9: none is a quoted example, so none may be cleared
    assert not (d.jurisdiction is J.UNCONTROLLED and not d.review_required)
    assert not failsafe.fails_open(d.jurisdiction, d.review_required, evidence)


def test_explain_names_both_sides_of_a_conflict(tmp_path):
    """A compliance FAQ that carries a real ITAR banner: the content reads uncontrolled, the
    banner says ITAR. `enclave explain` shows the CONFLICT reason and that review is required."""
    faq = tmp_path / "export_faq.txt"
    faq.write_text("EXPORT CONTROLLED - ITAR\n\n" + (BODIES["regulatory"] + "\n\n") * 3)
    enclave = Path(sys.executable).with_name("enclave")
    out = subprocess.run([str(enclave), "explain", str(faq)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode in (0, 3, 4), out.stderr[-2000:]
    assert "CONFLICT_MARKING_ITAR_VS_CONTENT_" in out.stdout
    assert "REVIEW REQUIRED" in out.stdout


def test_content_that_does_not_contradict_with_confidence_leaves_the_marking_to_decide():
    """A thin cover sheet under an ITAR legend: content leaning uncontrolled at 0.7 does not
    contradict the marking (no conflict, ITAR); at 0.99 it does (ITAR, conflict, review)."""
    weak = failsafe.apply(J.UNCONTROLLED, [ITAR_MARK], content_confidence=0.7)
    assert weak.jurisdiction is J.ITAR and not weak.conflicts and weak.bound
    strong = failsafe.apply(J.UNCONTROLLED, [ITAR_MARK], content_confidence=0.99)
    assert strong.jurisdiction is J.ITAR and strong.conflicts


def test_a_marking_that_names_no_regime_guesses_the_stricter_one_and_says_so():
    """CUI//SP-EXPT over content that leans EAR without conviction: ITAR, reviewed, with the
    reason; over content that is surely EAR: EAR, no review reason."""
    unsure = failsafe.apply(J.EAR, [CUI], content_confidence=0.4)
    assert unsure.jurisdiction is J.ITAR
    assert [c.code for c in unsure.conflicts] == ["REVIEW_REGIME_NOT_STATED"]
    sure = failsafe.apply(J.EAR, [CUI], content_confidence=0.9)
    assert sure.jurisdiction is J.EAR and not sure.conflicts
