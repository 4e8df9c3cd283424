"""Tests of the controlled-term lexicon (``classifiers/kb/terms.py``) and its detector.

Positives name what they are about in the regulation's own vocabulary, sometimes inflected
differently; hard negatives use the generic words of the regulations ("system", "equipment",
"components") or everyday prose, and must yield nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from classifiers.detectors.lexicon import TOP_PER_JURISDICTION, LexiconDetector
from classifiers.kb.terms import DATA_DIR, build, load_terms, normalize, phrase_key, stem
from pipeline.records import Extraction, Jurisdiction, Segment

REFERENCE = Path(os.environ.get("ENCLAVE_REFERENCE", "/nonexistent"))


@pytest.fixture(scope="module")
def detector() -> LexiconDetector:
    return LexiconDetector()


def item(*texts: str) -> Extraction:
    segments = tuple(Segment(f"page:{i + 1}", t) for i, t in enumerate(texts))
    return Extraction(uri="mem://x", root="mem://x", depth=0, size=0, sha256=None, mime="text/plain",
                      segments=segments)


def units(evidence: list, jurisdiction: Jurisdiction) -> list[str]:
    return [e.category for e in evidence if e.jurisdiction is jurisdiction]


POSITIVES = [
    ("solid rocket motor case with an aft dome, rocket motor liner and nozzle throat insert",
     Jurisdiction.ITAR, "IV"),
    ("Active electronically scanned array with beam steering and ECCM modes; revisit time per track",
     Jurisdiction.ITAR, "XI"),
    ("Reaction wheels and the star tracker of the spacecraft attitude control; space qualified",
     Jurisdiction.ITAR, "XV"),
    ("Single crystal turbine blades, directionally solidified, with thermal barrier coating and "
     "film cooling holes", Jurisdiction.EAR, "9E003"),
    ("The traveling-wave tubes and crossed-field amplifiers of the transmitter; MMIC drivers",
     Jurisdiction.EAR, "3A001"),
    ("Symmetric algorithm AES-256 with a key length of 256 bits and an asymmetric algorithm for the "
     "key exchange", Jurisdiction.EAR, "5A002"),
]

NEGATIVES = [
    "The system, equipment and components listed here are parts and accessories of the unit.",
    "Lunch menu: tomato soup, grilled cheese, apple pie. Coffee and tea in the kitchen.",
    "Please submit your timesheet by Friday and book the meeting room for the quarterly review.",
    "Welcome aboard! Your badge, laptop and parking permit are ready at reception on Monday.",
    "",
]


@pytest.mark.parametrize(("text", "jurisdiction", "unit"), POSITIVES)
def test_positive_points_to_its_entry_first(detector: LexiconDetector, text: str,
                                            jurisdiction: Jurisdiction, unit: str) -> None:
    evidence = detector.detect(item(text))
    found = units(evidence, jurisdiction)
    assert found, "no evidence"
    assert found[0].startswith(unit)
    top = next(e for e in evidence if e.jurisdiction is jurisdiction)
    assert top.code == ("SUBJ_TERM_USML" if jurisdiction is Jurisdiction.ITAR else "SUBJ_TERM_CCL")
    assert top.kind == "subject" and top.detector == "subject.lexicon.v1"


@pytest.mark.parametrize("text", NEGATIVES)
def test_generic_and_everyday_text_yields_nothing(detector: LexiconDetector, text: str) -> None:
    assert detector.detect(item(text)) == []


def test_plural_hyphen_and_case_meet_the_lexicon() -> None:
    assert phrase_key("Traveling-Wave Tubes") == phrase_key("traveling wave tube")
    assert stem("batteries") == "battery" and stem("gas") == "gas" and stem("lenses") == "lens"
    assert phrase_key("traveling wave tube") in load_terms().postings


def test_generic_words_are_not_terms() -> None:
    postings = load_terms().postings
    for word in ("system", "equipment", "component", "parts", "accessories", "specially designed"):
        assert phrase_key(word) not in postings


def test_evidence_points_into_its_segment(detector: LexiconDetector) -> None:
    text = "Bench notes.\n" + POSITIVES[0][0]
    evidence = detector.detect(item("cover page", text))
    assert evidence
    for e in evidence:
        assert e.where == "page:2"
        assert normalize(text[e.start:e.end])
        assert len(e.excerpt) <= 120 and 0 < e.score <= 1


def test_distinct_terms_outweigh_repeats(detector: LexiconDetector) -> None:
    repeated = detector.detect(item("rocket motor case. " * 6))
    distinct = detector.detect(item("rocket motor case, rocket motor liner, nozzle throat, motor insulation"))
    assert units(distinct, Jurisdiction.ITAR)[0].startswith("IV")
    best_repeated = max(e.score for e in repeated if e.jurisdiction is Jurisdiction.ITAR)
    best_distinct = max(e.score for e in distinct if e.jurisdiction is Jurisdiction.ITAR)
    assert best_distinct > best_repeated


def test_at_most_five_per_jurisdiction(detector: LexiconDetector) -> None:
    text = " ".join(t for t, _, _ in POSITIVES) * 3
    evidence = detector.detect(item(text))
    for jurisdiction in (Jurisdiction.ITAR, Jurisdiction.EAR):
        assert 0 < len(units(evidence, jurisdiction)) <= TOP_PER_JURISDICTION


def test_twenty_thousand_characters_well_under_a_second(detector: LexiconDetector) -> None:
    text = (" ".join(t for t, _, _ in POSITIVES) + " " + NEGATIVES[1] + "\n") * 40
    text = text[:20_000]
    started = time.perf_counter()
    detector.detect(item(text))
    assert time.perf_counter() - started < 0.25


@pytest.mark.skipif(not (REFERENCE / "ear" / "ccl.jsonl").is_file(), reason="reference texts not available")
def test_build_reproduces_the_committed_lexicon(tmp_path: Path) -> None:
    out = tmp_path / "terms.json"
    build(REFERENCE, Path(__file__).resolve().parents[1] / "vendor" / "minilm" / "tokenizer.json", out)
    assert out.read_bytes() == (DATA_DIR / "terms.json").read_bytes()
