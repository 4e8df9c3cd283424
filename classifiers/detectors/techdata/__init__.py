"""Technical-data signals: does a text *look like* design or production information?

Subject matter says what a document is about; these signals say what *kind* of text it is. A
brochure about radar and a radar's test procedure share vocabulary; only the second carries
tolerances, material and process specifications, part numbers, stepwise procedures, source code
or tables of values with units (the forms 22 CFR 120.33 and the EAR's "technology" describe).
The decider uses them to tell technical data from general prose.

Each signal is declared in ``signals.py`` (code, patterns, how many hits make it certain);
``TechDataDetector`` counts hits per signal over the item and emits one Evidence per code:

    score = CAP * (1 - exp(-count / signal.saturation)),  count capped at MAX_HITS

pointing at the first hit (``jurisdiction`` None: a signal says nothing about which regime).
Signals with ``min_count`` > 1 (source-code lines, unit-bearing values) need that many hits
before they say anything: one line ending in ``;`` is not a program.
"""

from __future__ import annotations

import math

from classifiers.detectors.techdata.signals import SIGNALS, Signal
from pipeline.errors import DetectionError
from pipeline.records import Evidence, Extraction

TECHDATA_RULES_VERSION = "1.0.0"
CAP = 0.95
MAX_HITS = 50
MAX_CHARS_PER_ITEM = 2_000_000
EXCERPT_CHARS = 120

__all__ = ["SIGNALS", "TECHDATA_RULES_VERSION", "TechDataDetector", "signal_score"]


def signal_score(count: int, signal: Signal) -> float:
    """The documented count-to-score curve, saturating at ``CAP``."""
    if count < signal.min_count:
        return 0.0
    return round(CAP * (1.0 - math.exp(-min(count, MAX_HITS) / signal.saturation)), 4)


class TechDataDetector:
    """Counts technical-data forms per item; one Evidence per signal that fires."""

    id = "signal.techdata.v1"
    version = f"techdata-{TECHDATA_RULES_VERSION}"

    def __init__(self, signals: tuple[Signal, ...] = SIGNALS) -> None:
        self.signals = signals

    def detect(self, extraction: Extraction) -> list[Evidence]:
        try:
            return self._detect(extraction)
        except Exception as exc:  # noqa: BLE001 - re-raised typed and text-free
            raise DetectionError(f"{self.id}: failed on item: {type(exc).__name__}") from None

    def _detect(self, extraction: Extraction) -> list[Evidence]:
        evidence = []
        for signal in self.signals:
            count, first = 0, None
            budget = MAX_CHARS_PER_ITEM
            for segment in extraction.segments:
                text = segment.text[:budget]
                budget -= len(text)
                for start, end in signal.find(text):
                    count += 1
                    if first is None:
                        first = (segment.where, start, end, text)
                    if count >= MAX_HITS:
                        break
                if count >= MAX_HITS or budget <= 0:
                    break
            score = signal_score(count, signal)
            if score > 0 and first is not None:
                evidence.append(self._evidence(signal, score, *first))
        return evidence

    def _evidence(self, signal: Signal, score: float, where: str, start: int, end: int,
                  text: str) -> Evidence:
        return Evidence(
            code=signal.code,
            detector=self.id,
            kind="technical_data",
            jurisdiction=None,
            category=None,
            where=where,
            start=start,
            end=end,
            score=score,
            excerpt=" ".join(text[start:start + EXCERPT_CHARS].split())[:EXCERPT_CHARS],
        )
