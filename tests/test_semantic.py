"""Tests of the semantic subject matcher: real static token table distilled from MiniLM, real
committed vectors.

Positives paraphrase a USML paragraph or ECCN in an engineer's words (few of the regulation's
terms); hard negatives are everyday office prose, which must stay below the positives.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from classifiers.detectors.semantic import (
    CHUNK_WORDS,
    COSINE_FLOOR,
    COSINE_FULL,
    MAX_CHUNKS,
    TOP_N,
    SemanticDetector,
    chunks,
    cosine_to_score,
)
from classifiers.detectors.semantic.encoder import TOKENIZER_PATH
from pipeline.records import Extraction, Jurisdiction, Segment

pytestmark = pytest.mark.skipif(not TOKENIZER_PATH.is_file(), reason="MiniLM tokenizer not set up (make setup)")


@pytest.fixture(scope="module")
def detector() -> SemanticDetector:
    return SemanticDetector()


def item(*texts: str) -> Extraction:
    return Extraction(uri="mem://x", root="mem://x", depth=0, size=0, sha256=None, mime="text/plain",
                      segments=tuple(Segment(f"page:{i + 1}", t) for i, t in enumerate(texts)))


POSITIVES = [
    ("The armour panel is laid up from boron carbide tiles bonded to an aramid backing; areal "
     "density and multi-hit protection against armour piercing rounds are measured per lot.",
     ("XIII", "X", "1A005")),
    ("The satellite's star tracker measures attitude from star fields; the reaction wheels and "
     "the attitude control computer keep the spacecraft pointed during the mission.",
     ("XV", "7A004")),
    ("Ring laser gyros and accelerometers in the inertial navigation unit give position and "
     "heading drift below 0.01 degree per hour without GPS aiding.",
     ("7A003", "7A001", "7A002", "XII")),
]

NEGATIVES = [
    "The cafeteria serves soup and sandwiches on Tuesday; the pastry chef bakes apple pie on Friday.",
    "Parking lot C closes for resurfacing next week. Please use the visitor spaces near gate two.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_paraphrase_finds_its_entry_in_the_top_five(detector: SemanticDetector, text: str,
                                                    expected: tuple[str, ...]) -> None:
    evidence = detector.detect(item(text))
    assert 0 < len(evidence) <= TOP_N
    assert any(e.category.startswith(expected) for e in evidence[:5])
    for e in evidence:
        assert e.code in ("SUBJ_SEMANTIC_USML", "SUBJ_SEMANTIC_CCL") and e.kind == "subject"
        assert (e.jurisdiction is Jurisdiction.ITAR) == (e.code == "SUBJ_SEMANTIC_USML")
        assert 0 <= e.score <= 1 and len(e.excerpt) <= 120 and e.where == "page:1"


@pytest.mark.parametrize("text", NEGATIVES)
def test_everyday_prose_scores_below_technical_text(detector: SemanticDetector, text: str) -> None:
    weakest_positive = min(max(e.score for e in detector.detect(item(t))) for t, _ in POSITIVES)
    negative = detector.detect(item(text))
    assert max((e.score for e in negative), default=0.0) < weakest_positive


def test_empty_item_yields_nothing(detector: SemanticDetector) -> None:
    assert detector.detect(item("")) == [] and detector.detect(item()) == []


def test_chunks_are_capped_spread_and_point_into_segments() -> None:
    text = " ".join(f"w{i}" for i in range(2 * MAX_CHUNKS * CHUNK_WORDS))
    pieces = chunks(item("short cover page text", text))
    assert len(pieces) == MAX_CHUNKS
    assert pieces[0].where == "page:1" and pieces[-1].where == "page:2"
    for piece in pieces[1:]:
        assert text[piece.start:piece.end].split() == piece.text.split()


def test_cosine_to_score_is_the_documented_linear_map() -> None:
    assert cosine_to_score(0.1) == 0.0 and cosine_to_score(0.9) == 1.0
    assert cosine_to_score((COSINE_FLOOR + COSINE_FULL) / 2) == pytest.approx(0.5)


def test_vectors_are_unit_length(detector: SemanticDetector) -> None:
    norms = np.linalg.norm(detector.matrix, axis=1)
    assert np.allclose(norms, 1.0, atol=2e-3)


def test_per_item_time_is_bounded(detector: SemanticDetector) -> None:
    text = " ".join(POSITIVES[0][0] for _ in range(400))    # about 14,000 words
    started = time.perf_counter()
    detector.detect(item(text))
    elapsed = time.perf_counter() - started
    print(f"semantic: {elapsed:.3f} s for about 14,000 words")
    assert elapsed < 1.0


def test_static_table_is_checked_against_its_recorded_sha256(tmp_path) -> None:
    from classifiers.detectors.semantic.static import META_FILE, STATIC_DIR, TABLE_FILE, StaticEncoder
    from pipeline.errors import ConfigError

    (tmp_path / META_FILE).write_text((STATIC_DIR / META_FILE).read_text())
    table = np.load(STATIC_DIR / TABLE_FILE)
    table[1000] += 1
    np.save(tmp_path / TABLE_FILE, table)
    with pytest.raises(ConfigError):
        StaticEncoder(folder=tmp_path)


def test_static_vectors_are_weighted_means_of_token_rows(detector: SemanticDetector) -> None:
    encoder = detector.encoder
    ids = encoder.tokenizer.encode("rocket motor case", add_special_tokens=False).ids
    expected = encoder.table[ids].sum(axis=0)
    expected /= np.linalg.norm(expected)
    got = encoder.embed(["rocket motor case", "", "rocket motor case"])
    assert np.allclose(got[0], expected, atol=1e-5) and np.allclose(got[2], expected, atol=1e-5)
    assert not got[1].any()
