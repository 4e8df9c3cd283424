"""Tests of the technical-data signals: each code fires on its form and stays quiet on prose
that resembles it (a percentage in a sales deck, a numbered HR checklist, a year next to "T")."""

from __future__ import annotations

import time

import pytest

from classifiers.detectors.techdata import CAP, MAX_HITS, SIGNALS, TechDataDetector, signal_score
from pipeline.records import Extraction, Segment


@pytest.fixture(scope="module")
def detector() -> TechDataDetector:
    return TechDataDetector()


def item(*texts: str) -> Extraction:
    return Extraction(uri="mem://x", root="mem://x", depth=0, size=0, sha256=None, mime="text/plain",
                      segments=tuple(Segment(f"page:{i + 1}", t) for i, t in enumerate(texts)))


def codes(detector: TechDataDetector, text: str) -> set[str]:
    return {e.code for e in detector.detect(item(text))}


CODE_LINES = "\n".join([
    "def rekey(session, peer):",
    "    shared = session.exchange(peer)",
    "    okm = derive(shared, length=64)",
    "    session.load_key(slot=1, key=okm[:32])",
    "    return okm",
])

CASES = [
    # (code, positive, hard negative)
    ("TD_TOLERANCE", "Bore diameter 12.700 +0.025/-0.000, face flatness within 0.02 mm.",
     "Revenue grew 12 percent and margins held within plan."),
    ("TD_TOLERANCE", "Hold the plate at 25.0 ± 0.2 °C during the run.",
     "The meeting is at 10:30 in room 4."),
    ("TD_MATERIAL_SPEC", "Machine from 7075-T73 bar per AMS 4128, chromate conversion per MIL-DTL-5541.",
     "In 2024 our team of 7 won the regional T-ball league."),
    ("TD_MATERIAL_SPEC", "Fan disk forged from Ti-6Al-4V, blades cast in CMSX-4.",
     "The 6 a.m. shuttle to terminal 4 leaves from gate B."),
    ("TD_PART_NUMBER", "Replace seal P/N 7731-4102-03 and nut MS21042-3 at every overhaul.",
     "Part of the team will join the number of guests at the party."),
    ("TD_TEST_PROCEDURE", "Step 3: connect the load.\nStep 4: apply 28 VDC and record the current.",
     "Steps to a happier office: be kind, say thanks."),
    ("TD_TEST_PROCEDURE", "1. Warm-up: power the unit for 20 minutes.\n2. Set gain to high.\n3. Verify the CRC.",
     "1. Bring your badge.\n2. Collect your laptop from IT."),
    ("TD_SOURCE_CODE", CODE_LINES, "Dear all, the code of conduct applies to everyone; thanks."),
    ("TD_PROCESS_PARAMETER", "Solution heat treat at 1,080 °C for 4 h, then age at 870 °C for 32 h.",
     "The office heating is set to 21 degrees in winter."),
    ("TD_DRAWING", "DRAWING NO. KO-5520-110, SHEET 1 OF 2, THIRD ANGLE PROJECTION, "
                   "UNLESS OTHERWISE SPECIFIED DIMENSIONS ARE IN MM.",
     "Our art club is drawing a number of portraits this month."),
    ("TD_PARAMETER_TABLE",
     "Gain 22 dB | Pout 40 W | Vd 28 V | Id 3.2 A | f 9.5 GHz | NF 2.1 dB | Tc 85 °C | mass 120 g | "
     "size 40 mm",
     "We walked 5 km, drank 2 coffees and paid 30 dollars for the taxi."),
]


@pytest.mark.parametrize(("code", "positive", "negative"), CASES)
def test_signal_fires_on_its_form_only(detector: TechDataDetector, code: str, positive: str,
                                       negative: str) -> None:
    assert code in codes(detector, positive)
    assert code not in codes(detector, negative)


def test_one_evidence_per_code_pointing_at_the_first_hit(detector: TechDataDetector) -> None:
    text = "intro\nTolerance ±0.05 mm on A, ±0.10 mm on B, ±0.2 mm on C."
    evidence = [e for e in detector.detect(item("cover", text)) if e.code == "TD_TOLERANCE"]
    assert len(evidence) == 1
    hit = evidence[0]
    assert hit.where == "page:2" and text[hit.start:hit.end].startswith("±0.05")
    assert hit.jurisdiction is None and hit.category is None and hit.kind == "technical_data"
    assert len(hit.excerpt) <= 120


def test_score_grows_with_count_and_is_capped() -> None:
    signal = SIGNALS[0]
    scores = [signal_score(n, signal) for n in (1, 2, 5, MAX_HITS, 10 * MAX_HITS)]
    assert scores == sorted(scores) and scores[0] < scores[2]
    assert scores[-1] == scores[-2] <= CAP


def test_general_prose_has_no_signals(detector: TechDataDetector) -> None:
    prose = ("Our company designs and builds reliable products for customers around the world. "
             "We value teamwork, safety and quality, and we invite you to visit our booth.")
    assert detector.detect(item(prose)) == []


def test_twenty_thousand_characters_fast(detector: TechDataDetector) -> None:
    text = ("\n".join(p for _, p, _ in CASES) + "\n")
    text = (text * (20_000 // len(text) + 1))[:20_000]
    started = time.perf_counter()
    detector.detect(item(text))
    assert time.perf_counter() - started < 0.25
