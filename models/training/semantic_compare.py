"""Category quality of a semantic matcher on train + dev, with every other detector fixed.

    python -m models.training.semantic_compare [--chunk-words N] [--max-chunks N] [--table ...]

Evidence of the other detectors (and the text classifier's out-of-fold scores on train, the
final classifier's on dev, as ``workflow combiner`` computes them) is cached once in
``models/build/base_evidence.pkl``; each run adds only the semantic matcher's evidence where a
sweep would run it, then reports, per split and together:

  usml / eccn exact and top-3   the ranking's category at group level (``XI``, ``3A001``) against
                                the label, with the label's jurisdiction (the combiner does not see
                                semantic evidence), under the shipped ranking weights
  tuned                         hits on train + dev after the workflow's grid search of the
                                ranking weights (what ``workflow combiner`` would ship)
  s/item                        semantic matcher time per item it ran on

Reads train and dev only; the test split is never touched here.
"""

from __future__ import annotations

import argparse
import json
import pickle
import time

from classifiers.category import group_of, rank
from classifiers.combiner import Combiner
from models.training import corpus
from pipeline.records import Jurisdiction

CACHE = corpus.BUILD / "base_evidence.pkl"


def base_evidence():
    train, dev = corpus.extract_split("train"), corpus.extract_split("dev")
    if CACHE.exists():
        cached = pickle.loads(CACHE.read_bytes())
        if cached["labels"] == [e.label for e in train + dev]:
            return train, dev, cached["evidence"]
    from models.training import textcat
    from models.training.workflow import _evidence
    from pipeline.engine import build_detectors

    plain = [d for d in build_detectors(textcat=False) if not hasattr(d, "detect_given")]
    oof = textcat.out_of_fold(train)
    final = textcat.train(train)
    evidence = (_evidence(train, plain, oof)
                + _evidence(dev, plain, textcat.predict(final, [e.text for e in dev])))
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(pickle.dumps({"labels": [e.label for e in train + dev], "evidence": evidence}))
    return train, dev, evidence


def with_semantic(detector, examples, evidence):
    from pipeline.engine import needs_subject_match

    out, spent, runs = [], 0.0, 0
    for e, found in zip(examples, evidence):
        found = list(found)
        part = e.extracted.parts[0]
        if part.error is None and needs_subject_match(found):
            start = time.perf_counter()
            found.extend(detector.detect(part))
            spent += time.perf_counter() - start
            runs += 1
        out.append(found)
    return out, spent / max(runs, 1), runs


def category_scores(evidence, examples, params) -> dict:
    out = {}
    for jurisdiction in ("ITAR", "EAR"):
        rows = [(ev, e.label) for ev, e in zip(evidence, examples)
                if e.label.jurisdiction == jurisdiction and e.label.category
                and e.label.category != "EAR99"]
        exact = top3 = 0
        for ev, lab in rows:
            r = rank(ev, Jurisdiction(jurisdiction), params)
            ranked = [group_of(c) for c in ((r.category,) if r.category else ()) + r.alternatives]
            want = group_of(lab.category)
            exact += bool(ranked) and ranked[0] == want
            top3 += want in ranked[:3]
        out["usml" if jurisdiction == "ITAR" else "eccn"] = {"n": len(rows), "exact": exact, "top3": top3}
    return out


def compare(detector, tune: bool = True) -> dict:
    from models.training.workflow import _tune_category

    train, dev, evidence = base_evidence()
    ev, per_item, runs = with_semantic(detector, train + dev, evidence)
    params = Combiner.load().category
    report = {"s_per_item": round(per_item, 4), "runs": runs,
              "train": category_scores(ev[:len(train)], train, params),
              "dev": category_scores(ev[len(train):], dev, params)}
    if tune:
        tuned = _tune_category(ev, train + dev)
        report["tuned_params"] = tuned
        report["tuned_dev"] = category_scores(ev[len(train):], dev, tuned)
        report["tuned_train"] = category_scores(ev[:len(train)], train, tuned)
    return report


def main(argv: list[str] | None = None) -> int:
    from classifiers.detectors.semantic import SemanticDetector

    parser = argparse.ArgumentParser(prog="python -m models.training.semantic_compare")
    parser.add_argument("--no-tune", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(compare(SemanticDetector(), tune=not args.no_tune), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
