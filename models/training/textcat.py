"""Train the spaCy text classifier: jurisdiction (ITAR / EAR / UNCONTROLLED) and technical data
vs. general or regulatory text (TECHNICAL / GENERAL).

One ``textcat_multilabel`` component over all five labels (two exclusive components cannot share
``doc.cats`` in spaCy 3), a bag-of-n-gram model (``spacy.TextCatBOW.v3``): fast on CPU, small on
disk, and good at the vocabulary that separates subject matter. Saved to
``models/textcat/model``. ``out_of_fold`` trains k models on k-1 folds each so
the decision combiner is fitted on predictions the classifier did not see in training.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.training import Example as SpacyExample
from spacy.util import fix_random_seed, minibatch

from classifiers.category import group_of
from classifiers.detectors.textcat import CCL_LABELS, COMPONENT, JURISDICTION_LABELS, \
    MAX_CHARS, TECHDATA_LABELS, USML_LABELS
from models.training.corpus import Example

EPOCHS = 14
BATCH = 16
DROPOUT = 0.2
SEED = 20261122


BOW = {"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                 "ngram_size": 2, "no_output_layer": False, "length": 32768}}
LABELS = JURISDICTION_LABELS + TECHDATA_LABELS + USML_LABELS + CCL_LABELS


def blank_pipeline() -> Language:
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", name=COMPONENT, config=BOW)
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def cats(example: Example) -> dict[str, float]:
    label = example.label
    out = {j: float(label.jurisdiction == j) for j in JURISDICTION_LABELS}
    technical = label.kind == "technical_data"
    out.update({"TECHNICAL": float(technical), "GENERAL": float(not technical)})
    out.update({lab: 0.0 for lab in USML_LABELS + CCL_LABELS})
    if label.category and label.category != "EAR99":
        if label.jurisdiction == "ITAR":
            out[f"USML_{group_of(label.category)}"] = 1.0
        elif label.jurisdiction == "EAR":
            out[f"CCL_{label.category[:2]}"] = 1.0
    return out


def train(examples: Sequence[Example], epochs: int = EPOCHS, seed: int = SEED) -> Language:
    fix_random_seed(seed)
    nlp = blank_pipeline()
    data = [SpacyExample.from_dict(nlp.make_doc(e.text[:MAX_CHARS]), {"cats": cats(e)})
            for e in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for batch in minibatch(data, size=BATCH):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT)
    return nlp


def predict(nlp: Language, texts: Sequence[str]) -> list[dict[str, float]]:
    return [dict(doc.cats) for doc in nlp.pipe(t[:MAX_CHARS] for t in texts)]


def out_of_fold(examples: Sequence[Example], folds: int = 4) -> list[dict[str, float]]:
    """Each example's prediction from a model that was trained without it."""
    order = list(range(len(examples)))
    random.Random(SEED).shuffle(order)
    preds: list[dict[str, float] | None] = [None] * len(examples)
    for k in range(folds):
        held = set(order[k::folds])
        model = train([e for i, e in enumerate(examples) if i not in held])
        held_idx = sorted(held)
        for i, p in zip(held_idx, predict(model, [examples[i].text for i in held_idx])):
            preds[i] = p
    return [p for p in preds if p is not None]


def save(nlp: Language, path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "enclave_textcat", "version": "1.0.0",
                     "description": "Jurisdiction and technical-data text classifiers"})
    nlp.to_disk(path)
