"""Enclave against a keyword-and-regex classifier, on the same items, in one run.

    .venv/bin/python bench/bench_baseline.py models/corpus/test [more labelled folders ...]

Each labelled item is extracted once; Enclave's detectors and decider and the keyword baseline
both read that extraction. Both are scored by ``pipeline.evaluate.metrics`` (jurisdiction
macro-F1 and accuracy, marked items, hard negatives) and the difference is printed. The
baseline is what a careful analyst would write in half an hour: a list of regime words and the
ECCN shape, counted over the whole text. A classifier that cannot beat it by a clear margin on
documents it was not built from has learned the corpus, not the subject.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from pipeline.engine import Engine, decide_parts, detect_parts, extract_item  # noqa: E402
from pipeline.evaluate import metrics, read_label_files, score  # noqa: E402
from pipeline.records import Decision, Jurisdiction  # noqa: E402
from pipeline.sources.local import LocalSource  # noqa: E402

ITAR_WORDS = re.compile(r"(?i)\b(?:ITAR|USML|International Traffic in Arms|22 CFR|munitions?|"
                        r"defen[cs]e articles?|missiles?|warheads?|weapons?|fire control|"
                        r"military|DoD|Army|Navy|Air Force|Marine Corps|ordnance|"
                        r"explosives?|propellants?|armou?r|torpedo|submarine|fighter|"
                        r"M-code|SAASM|electronic warfare|jamm(?:er|ing)|night vision|"
                        r"seeker|targeting|classified)\b")
EAR_WORDS = re.compile(r"(?i)\b(?:ECCN|EAR99|EAR|Export Administration Regulations|15 CFR|"
                       r"Commerce Control List|dual[- ]use|encrypt\w*|cryptograph\w*|AES-?\d*|"
                       r"TLS|infrared|thermal camera|lasers?|machine tools?|gyro\w*|"
                       r"accelerometers?|GNSS|GPS|composites?|semiconductors?|"
                       r"microcontrollers?|oscilloscopes?)\b")
ECCN_SHAPE = re.compile(r"\b[0-9][A-E][0-9]{3}\b")


def keyword_jurisdiction(text: str) -> Jurisdiction:
    """ITAR on two distinct ITAR words that outnumber the EAR words; EAR on one EAR word or an
    ECCN shape; otherwise UNCONTROLLED."""
    itar = {m.group().lower() for m in ITAR_WORDS.finditer(text)}
    ear = {m.group().lower() for m in EAR_WORDS.finditer(text)} | set(ECCN_SHAPE.findall(text))
    if len(itar) >= 2 and len(itar) >= len(ear):
        return Jurisdiction.ITAR
    if ear:
        return Jurisdiction.EAR
    return Jurisdiction.UNCONTROLLED


def _summary(m: dict) -> dict:
    return {"macro_f1": m["macro_f1"], "accuracy": m["accuracy"],
            "marked": m["marked"]["accuracy"], "hard_negatives": m["hard_negatives"]["accuracy"]}


def run(folder: Path, engine: Engine) -> dict:
    labels = read_label_files(sorted(folder.rglob("labels.csv")))
    ours: dict[str, Decision] = {}
    keywords: dict[str, Decision] = {}
    for rel in sorted(labels):
        if "!/" in rel or not (folder / rel).is_file():
            continue
        for item in LocalSource(str(folder / rel)).list():
            extracted = extract_item(engine.extractor, item)
            top = decide_parts(engine.decider, detect_parts(engine.detectors, extracted))[0]
            ours[rel] = top
            text = "\n".join(s.text for p in extracted.parts for s in p.segments)
            keywords[rel] = replace(top, jurisdiction=keyword_jurisdiction(text), category=None,
                                    alternatives=(), review_required=False)
    top_labels = {k: v for k, v in labels.items() if k in ours}
    a, b = metrics(score(ours, top_labels)), metrics(score(keywords, top_labels))
    return {"items": len(ours), "enclave": _summary(a), "keywords": _summary(b),
            "macro_f1_gain": round((a["macro_f1"] or 0) - (b["macro_f1"] or 0), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", metavar="FOLDER")
    args = parser.parse_args()
    with Engine() as engine:
        results = {f: run(Path(f), engine) for f in args.folders}
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
