"""Export-control markings: legends, ECCN / EAR99 / USML marks, Distribution Statements, CUI.

``MarkingDetector`` runs one Presidio ``AnalyzerEngine`` — built once, holding only the
recognizers of this package (no PII recognizers), on the shipped tokenizer pipeline
(``classifiers/nlp.py``) — over every segment of an ``Extraction``:

    segment text ──chunks──► Presidio (patterns → context words → score threshold)
                 ──► Hit (segment offsets) ──► recognizer FILTERS ──► floor (0.25)
                 ──► Distribution B-F resolution ──► dedupe per code
                 ──► position (``kind``: marking | mention) ──► Evidence

A hit printed where markings go (header, footer, properties, title block, the top or bottom
line of the cover or last page, a legend block, a banner or a classification field) is a
``marking``; one inside running text is a ``mention``
(``position.py``). The decider's fail-safe rule (``classifiers.failsafe``) weighs them.

Each recognizer declares its patterns, context words, jurisdiction, detector id and reason code
(one per file, scale in ``base.py``, filters in ``filters.py``). Context words count within
8 tokens before and 3 after a hit, whole words only: Presidio's default substring matching
would let "ear" match "year" and "nuclear".

In a table (``sheet:*`` segments) a column header such as "ECCN" labels every cell below it,
however far down: context words found anywhere in a table segment are handed to Presidio as
caller context for the whole segment (``table_context``).

Long texts are cut into chunks of ``CHUNK_CHARS`` (well under spaCy's ``max_length``) that
overlap by ``OVERLAP_CHARS`` and end on white space, so no marking is split and offsets are
shifted back into the segment. Hits found twice in an overlap are merged by ``deduplicate``.

``MARKING_RULES_VERSION`` changes whenever a pattern, score, filter or context word changes;
``MarkingDetector.version`` adds the knowledge-base version.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpEngine

from classifiers.kb import load_kb
from classifiers.nlp import LANGUAGE, load_nlp_engine
from pipeline.errors import DetectionError
from pipeline.records import Evidence, Extraction

from .base import CONTEXT_REQUIRED_BELOW, MAX_MARKING_SCORE, MarkingRecognizer
from .cui_expt import CuiExportRecognizer
from .destination_control import DestinationControlRecognizer
from .distribution_a import DistributionARecognizer
from .distribution_limited import DistributionLimitedRecognizer
from .dod_export_warning import DodExportWarningRecognizer
from .ear99 import Ear99Recognizer
from .ear_legend import EarLegendRecognizer
from .eccn import EccnRecognizer
from .export_controlled import ExportControlledRecognizer
from .filters import DROP_BELOW
from .itar_warning import ItarWarningRecognizer
from .position import edge_segments, marking_kind
from .resolve import Hit, deduplicate, resolve_distribution
from .usml import UsmlCategoryRecognizer

MARKING_RULES_VERSION = "1.6.0"
CHUNK_CHARS = 20_000
OVERLAP_CHARS = 2_000
EXCERPT_CHARS = 120
CONTEXT_BEFORE = 8
CONTEXT_AFTER = 3
TABLE_SEGMENT = "sheet:"
CUSTOM_PROPERTY = "metadata:custom:"
_WORD = re.compile(r"[a-z0-9]+")

__all__ = ["MARKING_RULES_VERSION", "MarkingDetector", "build_recognizers"]


def build_recognizers(kb: object) -> list[MarkingRecognizer]:
    """One instance of every marking recognizer, in the order of review (ITAR first)."""
    return [
        ItarWarningRecognizer(),
        DodExportWarningRecognizer(),
        UsmlCategoryRecognizer(kb),
        EarLegendRecognizer(),
        DestinationControlRecognizer(),
        EccnRecognizer(kb),
        Ear99Recognizer(),
        CuiExportRecognizer(),
        ExportControlledRecognizer(),
        DistributionLimitedRecognizer(),
        DistributionARecognizer(),
    ]


class MarkingDetector:
    """Finds export-control markings in an ``Extraction``; build once, call ``detect`` often."""

    id = "marking"

    def __init__(self, kb: object | None = None, nlp_engine: NlpEngine | None = None) -> None:
        self.kb = kb if kb is not None else load_kb()
        self.recognizers = build_recognizers(self.kb)
        self._by_code = {r.CODE: r for r in self.recognizers}
        self._context_words = {w for r in self.recognizers for w in r.context or ()}
        # Presidio builds NLP artifacts (tokens, lemmas, stop words) for every text it analyses,
        # which costs far more than the patterns. A pattern recognizer can only report where one
        # of its patterns matches, so a chunk in which no pattern matches is skipped: the same
        # results, without the artifacts. Compiled exactly as Presidio compiles them.
        self._triggers = [regex.compile(p.regex, flags=r.global_regex_flags)
                          for r in self.recognizers for p in r.patterns]
        self.analyzer = AnalyzerEngine(
            registry=RecognizerRegistry(recognizers=self.recognizers, supported_languages=[LANGUAGE]),
            nlp_engine=nlp_engine or load_nlp_engine(),
            supported_languages=[LANGUAGE],
            default_score_threshold=CONTEXT_REQUIRED_BELOW,
            context_aware_enhancer=LemmaContextAwareEnhancer(
                context_prefix_count=CONTEXT_BEFORE,
                context_suffix_count=CONTEXT_AFTER,
                context_matching_mode="whole_word",
            ),
        )

    @property
    def version(self) -> str:
        return f"markings-{MARKING_RULES_VERSION}+{getattr(self.kb, 'version', 'unknown')}"

    def detect(self, extraction: Extraction) -> list[Evidence]:
        evidence: list[Evidence] = []
        edges = edge_segments([s.where for s in extraction.segments])
        for index, segment in enumerate(extraction.segments):
            try:
                evidence.extend(self._detect_segment(segment.text, segment.where, edges))
            except Exception as exc:  # noqa: BLE001 - re-raised as a typed, text-free error
                # ``from None``: Presidio's own messages may quote the matched text.
                raise DetectionError(
                    f"{self.id}: segment {index} ({segment.where}) failed: {type(exc).__name__}"
                ) from None
        return evidence

    def detect_text(self, text: str, where: str = "body",
                    edges: frozenset[str] = frozenset()) -> list[Evidence]:
        """Evidence for one run of text; offsets are relative to ``text``. ``edges``: the
        segments whose first and last lines are marking positions (``position.edge_segments``)."""
        context = self.table_context(text) if where.startswith(TABLE_SEGMENT) else None
        hits = [h for offset, chunk in _chunks(text)
                for h in self._hits(chunk, offset, text, context)]
        hits = deduplicate(resolve_distribution(hits, text))
        return [self._evidence(h, text, where, marking_kind(where, text, h.start, h.end, edges))
                for h in hits]

    def _detect_segment(self, text: str, where: str, edges: frozenset[str]) -> list[Evidence]:
        """A custom document property is a field: its name labels its value ("ECCN" =
        "7A003.a"), so the value is read as ``name: value``, offsets kept in the value."""
        if not where.startswith(CUSTOM_PROPERTY):
            return self.detect_text(text, where, edges)
        label = where[len(CUSTOM_PROPERTY):].replace("_", " ") + ": "
        found = self.detect_text(label + text, where, edges)
        shift = len(label)
        return [replace(e, start=max(0, e.start - shift), end=max(0, e.end - shift))
                for e in found if e.end > shift]

    def table_context(self, text: str) -> list[str]:
        """The recognizers' context words that occur anywhere in a table (its column headers)."""
        words = set(_WORD.findall(text.lower()))
        return sorted(words & self._context_words)

    def _hits(self, chunk: str, offset: int, text: str,
              context: list[str] | None = None) -> Iterator[Hit]:
        if not any(t.search(chunk) for t in self._triggers):
            return
        results = self.analyzer.analyze(chunk, language=LANGUAGE, context=context or None,
                                        return_decision_process=True)
        for result in results:
            hit = self._hit(result, offset, text)
            if hit is not None:
                yield hit

    def _hit(self, result: RecognizerResult, offset: int, text: str) -> Hit | None:
        recognizer = self._by_code[result.entity_type]
        start, end = result.start + offset, result.end + offset
        score = recognizer.filter_score(text, start, end, min(result.score, MAX_MARKING_SCORE))
        if score is None or score < DROP_BELOW:
            return None
        explanation = result.analysis_explanation
        return Hit(
            code=recognizer.CODE,
            detector=recognizer.DETECTOR_ID,
            jurisdiction=recognizer.JURISDICTION,
            category=recognizer.category_for(text[start:end]),
            start=start,
            end=end,
            score=round(score, 4),
            context_word=explanation.supportive_context_word if explanation else "",
        )

    @staticmethod
    def _evidence(hit: Hit, text: str, where: str, kind: str) -> Evidence:
        return Evidence(
            code=hit.code,
            detector=hit.detector,
            kind=kind,
            jurisdiction=hit.jurisdiction,
            category=hit.category,
            where=where,
            start=hit.start,
            end=hit.end,
            score=hit.score,
            excerpt=excerpt(text, hit.start, hit.end),
        )


def excerpt(text: str, start: int, end: int, limit: int = EXCERPT_CHARS) -> str:
    """The matched text with a little context either side, white space collapsed, <= ``limit``."""
    pad = max(0, (limit - (end - start)) // 2)
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    return " ".join(text[lo:hi].split())[:limit]


def _chunks(text: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, chunk)`` windows of about ``size + overlap`` characters that start and end on
    white space, so no chunk begins or ends inside a word ("XEAR99" must not become "EAR99")."""
    if len(text) <= size + overlap:
        yield 0, text
        return
    start = 0
    while start < len(text):
        stop = _space_before(text, min(len(text), start + size + overlap), start)
        yield start, text[start:stop]
        if stop >= len(text):
            return
        start = _space_before(text, start + size, start)


def _space_before(text: str, at: int, floor: int) -> int:
    """``at`` moved back (at most 200 characters, never to ``floor``) to just after white space."""
    if at >= len(text):
        return len(text)
    for i in range(at, max(floor, at - 200), -1):
        if text[i - 1].isspace():
            return i
    return at
