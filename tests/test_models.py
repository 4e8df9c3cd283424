"""The shipped text classifier is what its declared training command produces."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.training import corpus, textcat
from models.training.workflow import CARD_PATH, _sha256


@pytest.mark.slow
def test_textcat_rebuild_from_the_corpus_matches_the_model_card(tmp_path: Path) -> None:
    """Extract the train split afresh (no cache), train, and compare the folder hash with the
    one the model card records for the shipped model."""
    train = corpus.extract_split("train", build=tmp_path / "build")
    assert len(train) > 300
    out = tmp_path / "model"
    textcat.save(textcat.train(train), out)
    rebuilt = _sha256(out)
    assert f"sha256 of the folder: `{rebuilt}`" in CARD_PATH.read_text(), (
        "the shipped models/textcat/model is not what `python -m models.training.workflow "
        f"textcat` builds now (rebuilt folder sha256 {rebuilt})")
