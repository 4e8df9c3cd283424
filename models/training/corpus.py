"""The labelled corpus: label files, and extractions cached once per split.

Layout: ``models/corpus/<split>/<writer>/...`` with one ``labels.csv`` per writer folder whose
paths are relative to ``models/corpus/<split>/``. Extraction (real Tika) is the slow part of
training, so each split is extracted once into ``models/build/<split>.pkl``.
"""

from __future__ import annotations

import csv
import pickle
from dataclasses import dataclass
from pathlib import Path

from pipeline.engine import Extracted, extract_item
from pipeline.extract import Extractor, Limits
from pipeline.sources.local import LocalSource

MODELS = Path(__file__).resolve().parent.parent
CORPUS = MODELS / "corpus"
BUILD = MODELS / "build"
# Fitted on: the house-voice training split and the real-voice documents (``real/``, facts from
# public products and programs, each with its source). Tuned on ``dev``; confidence calibrated
# on ``calib``, written by other writers in other voices. Held out, only ever scored:
# ``test``, ``marked_test``, ``public_test``.
TRAIN_SPLITS = ("train", "real")
CALIBRATION_SPLIT = "calib"
TRAINING_SPLITS = TRAIN_SPLITS + ("dev", CALIBRATION_SPLIT)
LABELS = ("ITAR", "EAR", "UNCONTROLLED")


@dataclass(frozen=True)
class Label:
    path: str                 # relative to the split (or labels file) folder
    jurisdiction: str
    category: str
    marked: bool
    kind: str


def read_labels(labels_csv: Path) -> list[Label]:
    with open(labels_csv, newline="", encoding="utf-8") as f:
        return [Label(r["path"], r["jurisdiction"], r["category"] or "", r["marked"] == "yes",
                      r["kind"]) for r in csv.DictReader(f)]


def split_labels(split: str, corpus: Path = CORPUS) -> list[Label]:
    """Every label of a split, from all writer folders, in a stable order."""
    labels = [lab for f in sorted((corpus / split).rglob("labels.csv")) for lab in read_labels(f)]
    return sorted(labels, key=lambda lab: lab.path)


@dataclass(frozen=True)
class Example:
    label: Label
    extracted: Extracted

    @property
    def text(self) -> str:
        from classifiers.detectors.textcat import subject_text

        return subject_text(self.extracted.parts[0])


def extract_split(split: str, corpus: Path = CORPUS, build: Path = BUILD) -> list[Example]:
    """Extract (or load the cached extraction of) every labelled top-level item of a split."""
    cache = build / f"{split}.pkl"
    labels = [lab for lab in split_labels(split, corpus) if "!/" not in lab.path]
    key = _extractor_fingerprint()
    if cache.exists():
        loaded = pickle.loads(cache.read_bytes())
        if isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == key \
                and [e.label for e in loaded[1]] == labels:
            return loaded[1]
    build.mkdir(parents=True, exist_ok=True)
    examples = []
    with Extractor(Limits(timeout_s=120)) as extractor:
        for lab in labels:
            item = next(LocalSource(str(corpus / split / lab.path)).list())
            examples.append(Example(lab, extract_item(extractor, item)))
    cache.write_bytes(pickle.dumps((key, examples)))
    return examples


def _extractor_fingerprint() -> str:
    """Changes whenever the extraction code changes, so a cached extraction is never stale."""
    import hashlib

    folder = Path(__file__).resolve().parents[2] / "pipeline" / "extract"
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".xml"):
            h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()
