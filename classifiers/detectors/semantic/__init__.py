"""Subject matter by meaning: which USML paragraphs and ECCNs a text reads like.

The lexicon needs the regulation's words; a design note may say "the seeker's cooled detector"
where the USML says "infrared focal plane array". ``SemanticDetector`` embeds passages of the
text with a static token table distilled from MiniLM (``static.py``) and compares them with the
precomputed descriptions of every USML paragraph and ECCN, embedded with the same table
(``build.py``):

    content segments (never properties, XMP or labels: candidates come from the item's own text)
             ──► chunks of CHUNK_WORDS words (all of them, up to MAX_CHUNKS spread over the item)
             ──► embed ──► cosine with every row ──► per entry: best row per chunk
             ──► entry cosine = mean of its TOP_CHUNKS best chunk scores
             ──► score = clip((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR), 0, 1)
             ──► top TOP_N entries over both lists ──► Evidence at the best chunk

Embedding a chunk is a table look-up per word piece, so the whole text is read (about a
millisecond per item; ``MAX_CHUNKS`` only bounds memory on huge inputs). Score mapping: the best
chunk-to-entry cosine of an item lies between about 0.51 (5th percentile over the training split)
and 0.72 (95th percentile), so ``COSINE_FLOOR`` (0.51) maps to 0 and ``COSINE_FULL`` (0.72) to 1,
linearly in between; entries under ``MIN_SCORE`` are not reported. ``TOP_CHUNKS`` (the best chunk
alone) and ``TOP_N`` were chosen on the training and dev splits for category accuracy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifiers.detectors.semantic.build import INDEX_FILE, VECTORS_FILE
from classifiers.detectors.semantic.static import StaticEncoder
from classifiers.kb import DATA_DIR, KnowledgeBase, load_kb
from pipeline.errors import ConfigError, DetectionError
from pipeline.records import Evidence, Extraction, Jurisdiction

SEMANTIC_RULES_VERSION = "2.0.0"
CHUNK_WORDS = 90
MIN_CHUNK_WORDS = 12
MAX_CHUNKS = 1024        # about 92,000 words; longer texts are sampled evenly (memory bound)
TOP_CHUNKS = 1
TOP_N = 8
COSINE_FLOOR, COSINE_FULL = 0.51, 0.72
MIN_SCORE = 0.05
EXCERPT_CHARS = 120
CODES = {"ITAR": "SUBJ_SEMANTIC_USML", "EAR": "SUBJ_SEMANTIC_CCL"}
_WORD_RE = re.compile(r"\S+")

__all__ = ["Chunk", "SEMANTIC_RULES_VERSION", "SemanticDetector", "chunks", "cosine_to_score"]


@dataclass(frozen=True)
class Chunk:
    """A run of about CHUNK_WORDS words of one segment."""

    where: str
    start: int
    end: int
    text: str


def cosine_to_score(cosine: float) -> float:
    """The documented linear map from cosine to a score in [0, 1]."""
    return float(min(1.0, max(0.0, (cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR))))


def chunks(extraction: Extraction, size: int = CHUNK_WORDS, limit: int = MAX_CHUNKS) -> list[Chunk]:
    """Word windows of every segment; when there are more than ``limit``, an even spread."""
    found = [c for segment in extraction.content_segments
             for c in _windows(segment.where, segment.text, size)]
    if len(found) <= limit:
        return found
    picks = np.linspace(0, len(found) - 1, limit).round().astype(int)
    return [found[i] for i in sorted(set(picks.tolist()))]


def _windows(where: str, text: str, size: int) -> Iterator[Chunk]:
    words = list(_WORD_RE.finditer(text))
    for lo in range(0, len(words), size):
        window = words[lo:lo + size]
        if len(window) < MIN_CHUNK_WORDS and lo > 0:
            break                       # a short tail is already covered by its neighbour
        start, end = window[0].start(), window[-1].end()
        yield Chunk(where, start, end, " ".join(m.group() for m in window))


class SemanticDetector:
    """Ranks USML paragraphs and ECCNs by embedding similarity to the item's text."""

    id = "subject.semantic.v1"

    def __init__(self, encoder: StaticEncoder | None = None, data_dir: Path | None = None,
                 kb: KnowledgeBase | None = None, matrix: np.ndarray | None = None,
                 chunk_words: int = CHUNK_WORDS, max_chunks: int = MAX_CHUNKS) -> None:
        folder = data_dir or DATA_DIR
        self.index = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
        self.encoder = encoder or StaticEncoder()
        if matrix is None:
            matrix = np.load(folder / VECTORS_FILE, allow_pickle=False)
            if self.index["meta"].get("table_sha256") != self.encoder.meta["table_sha256"]:
                raise ConfigError("semantic vectors were built with a different token table; rebuild them")
        self.matrix = np.ascontiguousarray(matrix, dtype=np.float32)
        self.chunk_words, self.max_chunks = chunk_words, max_chunks
        self.kb = kb or load_kb()
        rows = self.index["rows"]
        self.units: list[tuple[str, str]] = []      # (jurisdiction, unit) in row order
        self.starts: list[int] = []                 # each entry's rows are contiguous
        for i, (jurisdiction, unit, _) in enumerate(rows):
            if not self.units or self.units[-1] != (jurisdiction, unit):
                self.units.append((jurisdiction, unit))
                self.starts.append(i)
        if len(set(self.units)) != len(self.units):
            raise ConfigError("semantic vector index is not grouped by entry; rebuild it")
        self.bounds = list(zip(self.starts, self.starts[1:] + [len(rows)]))
        self.designators = [d for _, _, d in rows]

    @property
    def version(self) -> str:
        return f"semantic-{SEMANTIC_RULES_VERSION}+{self.index['meta']['version']}+{self.kb.version}"

    def detect(self, extraction: Extraction) -> list[Evidence]:
        try:
            return self.rank(extraction)
        except Exception as exc:  # noqa: BLE001 - re-raised typed and text-free
            raise DetectionError(f"{self.id}: failed on item: {type(exc).__name__}") from None

    def rank(self, extraction: Extraction) -> list[Evidence]:
        pieces = chunks(extraction, self.chunk_words, self.max_chunks)
        if not pieces:
            return []
        cosines = self.encoder.embed([c.text for c in pieces]) @ self.matrix.T   # chunks x rows
        best_cos = np.maximum.reduceat(cosines, self.starts, axis=1)              # chunks x entries
        top_k = min(TOP_CHUNKS, len(pieces))
        if top_k == 1:
            order = best_cos.argmax(axis=0)[None, :]                              # best chunk per entry
        else:
            order = np.argsort(-best_cos, axis=0, kind="stable")[:top_k]         # best chunks per entry
        unit_cos = np.take_along_axis(best_cos, order, axis=0).mean(axis=0)
        evidence = []
        for unit_index in np.argsort(-unit_cos, kind="stable")[:TOP_N]:
            score = cosine_to_score(float(unit_cos[unit_index]))
            if score < MIN_SCORE:
                break
            chunk_index = int(order[0, unit_index])
            lo, hi = self.bounds[unit_index]
            row = lo + int(np.argmax(cosines[chunk_index, lo:hi]))
            evidence.append(self._evidence(int(unit_index), row, pieces[chunk_index], score))
        return evidence

    def _evidence(self, unit_index: int, row: int, chunk: Chunk, score: float) -> Evidence:
        jurisdiction, unit = self.units[unit_index]
        designator = self.designators[row]
        if jurisdiction == "ITAR":
            category = self.kb.usml_category(unit)
            cite = category.cite(designator) if category else unit
        else:
            cite = unit + ("." + designator if designator else "")
        return Evidence(
            code=CODES[jurisdiction],
            detector=self.id,
            kind="subject",
            jurisdiction=Jurisdiction(jurisdiction),
            category=cite,
            where=chunk.where,
            start=chunk.start,
            end=chunk.end,
            score=round(score, 4),
            excerpt=" ".join(chunk.text.split())[:EXCERPT_CHARS],
        )
