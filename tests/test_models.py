"""The shipped models are the ones the card describes, and the declared training command
rebuilds an equivalent text classifier on this machine.

Bit identity of a retrained model is not a promise spaCy / thinc make across CPUs (floating
point summation order differs with the instruction set), so the rebuild is compared by what it
does: its predictions on the dev split, within a stated tolerance. The shipped artefact itself
is checked by its sha256.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from classifiers.combiner import COMBINER_PATH
from classifiers.detectors.textcat import JURISDICTION_LABELS, MODEL_PATH
from models.training import corpus, textcat
from models.training.workflow import CARD_PATH, _sha256, training_examples

# A rebuild may differ from the shipped model by float noise: the jurisdiction it prefers on dev
# items agrees at least this often, and no label score moves by more than MAX_SCORE_DRIFT.
MIN_AGREEMENT = 0.97
MAX_SCORE_DRIFT = 0.10


def test_shipped_models_are_the_ones_the_card_records() -> None:
    card = CARD_PATH.read_text()
    assert f"sha256 of the folder: `{_sha256(MODEL_PATH)}`" in card
    assert f"sha256: `{_sha256(COMBINER_PATH)}`" in card


@pytest.mark.slow
def test_textcat_rebuild_from_the_corpus_predicts_like_the_shipped_model(tmp_path: Path) -> None:
    """Extract the training data afresh (no cache), train with the declared command's function
    and settings, and compare predictions on the dev split with the shipped model's."""
    train = training_examples(build=tmp_path / "build")
    assert len(train) > 300
    rebuilt = textcat.train(train)
    shipped = spacy.load(MODEL_PATH)
    dev = [e.text for e in corpus.extract_split("dev", build=tmp_path / "build")]
    new, old = textcat.predict(rebuilt, dev), textcat.predict(shipped, dev)
    top = lambda cats: max(JURISDICTION_LABELS, key=cats.get)  # noqa: E731
    agreement = sum(top(a) == top(b) for a, b in zip(new, old)) / len(dev)
    drift = max(abs(a[k] - b[k]) for a, b in zip(new, old) for k in a)
    assert agreement >= MIN_AGREEMENT, (
        f"the rebuilt text classifier agrees with the shipped one on {agreement:.1%} of dev "
        "items: models/textcat/model is not what `python -m models.training.workflow textcat` "
        "builds now")
    assert drift <= MAX_SCORE_DRIFT, f"a label score moved by {drift:.3f}"
