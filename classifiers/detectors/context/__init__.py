"""Context: is a document *about* export control, marketing, or released to the public?

Training decks, compliance policies, vendor FAQs, job postings and regulation summaries are
full of "ITAR", "USML" and "license", yet they are not technical data; brochures and public
papers name controlled subjects without carrying controlled detail. ``ContextDetector`` counts
cue phrases of each kind (``cues.py``) and scores their *density*, so a long design document
with one compliance footer stays low while a one-page FAQ scores high:

    weight  = sum over distinct cues of cue weight + REPEAT_WEIGHT x further hits
    density = weight / max(1, words / WORDS_PER_UNIT)
    score   = (1 - exp(-density / SCALE)) x min(1, distinct cues / FULL_DISTINCT)

and no score at all under ``MIN_DISTINCT`` distinct cues: an export legend on a drawing names
"foreign persons" once, a compliance FAQ names five kinds of thing many times.

One Evidence per code (``CTX_ABOUT_EXPORT_CONTROL``, ``CTX_MARKETING``, ``CTX_PUBLIC_RELEASE``)
when its score reaches ``MIN_SCORE``, pointing at the first cue found; ``jurisdiction`` None.
It lets the decider not cry wolf on hard negatives.

Being *about* export control is a property of the document's own text, so the places where
markings go are left out before counting: header, footer, property and title-block segments,
and legend blocks and classification fields in the text (``markings.position.legend_spans``).
A real legend cites 22 CFR, penalties and foreign persons; that makes it a legend, not a
compliance document.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from classifiers.detectors.context.cues import CUE_SETS, CueSet
from classifiers.detectors.markings.position import is_marking_segment, without_legends
from pipeline.errors import DetectionError
from pipeline.records import Evidence, Extraction

CONTEXT_RULES_VERSION = "1.2.0"
REPEAT_WEIGHT = 0.2
WORDS_PER_UNIT = 300
SCALE = 1.5
MIN_SCORE = 0.15
MIN_DISTINCT = 2
FULL_DISTINCT = 3
MAX_CHARS_PER_ITEM = 2_000_000
EXCERPT_CHARS = 120
_WORD_RE = re.compile(r"\S+")

__all__ = ["CONTEXT_RULES_VERSION", "ContextDetector", "density_score"]


def density_score(weights: dict[str, float], counts: Counter[str], words: int) -> float:
    """The documented density-to-score map (see the module docstring)."""
    if len(counts) < MIN_DISTINCT:
        return 0.0
    weight = sum(weights[cue] + REPEAT_WEIGHT * (n - 1) for cue, n in counts.items())
    density = weight / max(1.0, words / WORDS_PER_UNIT)
    breadth = min(1.0, len(counts) / FULL_DISTINCT)
    return round((1.0 - math.exp(-density / SCALE)) * breadth, 4)


class ContextDetector:
    """Scores how much an item reads like export-control guidance, marketing or public release."""

    id = "context.regulatory.v1"
    version = f"context-{CONTEXT_RULES_VERSION}"

    def __init__(self, cue_sets: tuple[CueSet, ...] = CUE_SETS) -> None:
        self.cue_sets = cue_sets

    def detect(self, extraction: Extraction) -> list[Evidence]:
        try:
            return self._detect(extraction)
        except Exception as exc:  # noqa: BLE001 - re-raised typed and text-free
            raise DetectionError(f"{self.id}: failed on item: {type(exc).__name__}") from None

    def _detect(self, extraction: Extraction) -> list[Evidence]:
        segments, budget = [], MAX_CHARS_PER_ITEM
        for segment in extraction.segments:
            if budget <= 0:
                break
            if is_marking_segment(segment.where):
                continue
            segments.append((segment.where, without_legends(segment.text[:budget])))
            budget -= len(segment.text)
        words = sum(len(_WORD_RE.findall(text)) for _, text in segments)
        evidence = []
        for cue_set in self.cue_sets:
            counts: Counter[str] = Counter()
            first: tuple[str, int, int, str] | None = None
            for where, text in segments:
                hits = list(cue_set.find(text))
                for name, _, _ in hits:
                    counts[name] += 1
                if hits and first is None:
                    _, start, end = min(hits, key=lambda hit: hit[1])
                    first = (where, start, end, text)
            score = density_score(cue_set.weights, counts, words) if counts else 0.0
            if score >= MIN_SCORE and first is not None:
                evidence.append(self._evidence(cue_set.code, score, *first))
        return evidence

    def _evidence(self, code: str, score: float, where: str, start: int, end: int, text: str) -> Evidence:
        pad = max(0, (EXCERPT_CHARS - (end - start)) // 2)
        return Evidence(
            code=code,
            detector=self.id,
            kind="context",
            jurisdiction=None,
            category=None,
            where=where,
            start=start,
            end=end,
            score=score,
            excerpt=" ".join(text[max(0, start - pad):end + pad].split())[:EXCERPT_CHARS],
        )
