"""Tests of the context detector: writing *about* export control, marketing and public release
score high; technical documents that carry one export legend, and plain office prose, do not."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from classifiers.detectors.context import MIN_DISTINCT, ContextDetector, density_score
from pipeline.records import Extraction, Segment


@pytest.fixture(scope="module")
def detector() -> ContextDetector:
    return ContextDetector()


def item(*texts: str) -> Extraction:
    return Extraction(uri="mem://x", root="mem://x", depth=0, size=0, sha256=None, mime="text/plain",
                      segments=tuple(Segment(f"page:{i + 1}", t) for i, t in enumerate(texts)))


def scores(detector: ContextDetector, text: str) -> dict[str, float]:
    return {e.code: e.score for e in detector.detect(item(text))}


ABOUT = [
    "What is a deemed export? Releasing technology to a foreign person in the United States is an "
    "export. Employees must register visitors with the compliance office before any lab tour.",
    "Reminder: the annual export control training is due by Friday. The empowered official will "
    "answer questions on license exceptions and self-classification.",
    "Senior RF engineer. Responsibilities: design of antennas. Qualifications: BSEE. Applicants must "
    "be a U.S. person as defined by the ITAR. Apply now. We are an equal opportunity employer.",
    "The USML consists of 21 categories. If your item is listed you must apply for a license; "
    "screen every order against the denied parties and the Entity List.",
    "BIS published a final rule in the Federal Register that amends the EAR; our products are "
    "classified under new ECCNs, so check the license exception STA conditions.",
]

TECHNICAL = [
    "Solution heat treat at 1,080 °C for 4 h. Step 4: apply 28 VDC and record current. "
    "WARNING: this document contains technical data whose export to foreign persons is restricted "
    "by the International Traffic in Arms Regulations. " + "Bore 12.700 +0.025/-0.000. " * 30,
    "The beam steering controller turns dwell requests into phase commands for 1,152 channels; "
    "quantisation to 6 bits uses randomised rounding to decorrelate lobes.",
    "Lunch menu: soup, salad and apple pie. The cafeteria closes at 3 pm on Friday.",
]


@pytest.mark.parametrize("text", ABOUT)
def test_writing_about_export_control_scores_high(detector: ContextDetector, text: str) -> None:
    assert scores(detector, text).get("CTX_ABOUT_EXPORT_CONTROL", 0.0) >= 0.5


@pytest.mark.parametrize("text", TECHNICAL)
def test_technical_and_office_text_scores_low(detector: ContextDetector, text: str) -> None:
    assert scores(detector, text).get("CTX_ABOUT_EXPORT_CONTROL", 0.0) < 0.3


def test_marketing_and_public_release(detector: ContextDetector) -> None:
    brochure = ("Industry-leading thermal cores, trusted by our customers worldwide. Request a quote "
                "or visit our booth. Company overview © 2026 All rights reserved.")
    paper = ("Approved for public release; distribution is unlimited. Published in the Journal of "
             "Applied Optics, doi: 10.1000/xyz123.")
    assert scores(detector, brochure).get("CTX_MARKETING", 0.0) >= 0.5
    assert scores(detector, paper).get("CTX_PUBLIC_RELEASE", 0.0) >= 0.5
    assert "CTX_MARKETING" not in scores(detector, TECHNICAL[1])


def test_density_decides_not_the_mere_presence() -> None:
    weights = {"a": 1.0, "b": 1.0, "c": 1.0}
    cues = Counter({"a": 1, "b": 1, "c": 1})
    assert density_score(weights, cues, 200) > density_score(weights, cues, 5_000)
    assert density_score(weights, Counter({"a": 9}), 100) == 0.0 == MIN_DISTINCT - 2


def test_evidence_shape(detector: ContextDetector) -> None:
    evidence = detector.detect(item("cover", ABOUT[0]))
    assert [e.code for e in evidence] == ["CTX_ABOUT_EXPORT_CONTROL"]
    e = evidence[0]
    assert e.where == "page:2" and e.kind == "context" and e.jurisdiction is None
    assert e.start == 0 and ABOUT[0][e.start:e.end] == "What is a" and len(e.excerpt) <= 120


def test_twenty_thousand_characters_fast(detector: ContextDetector) -> None:
    text = (" ".join(ABOUT + TECHNICAL) * 20)[:20_000]
    started = time.perf_counter()
    detector.detect(item(text))
    assert time.perf_counter() - started < 0.25
