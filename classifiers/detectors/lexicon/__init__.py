"""Subject matter by vocabulary: which USML categories and ECCNs a text's terms point to.

Unmarked technical data still names what it is about. ``LexiconDetector`` looks up every
n-gram of the text (up to the lexicon's longest term) in the controlled-term lexicon built from
the regulations (``classifiers/kb/terms.py``) and scores each USML category and each ECCN:

    segment text ──normalize──► word stems ──n-gram lookup (longest first)──► matches
                 ──► per entry: sum over DISTINCT terms of specificity x length x repeat bonus
                 ──► score = 1 - exp(-sum / SCALE) ──► top entries per jurisdiction ──► Evidence

The lookup is a multi-pattern match in one pass: at each word, the hash of the next 1..N words
is looked up (O(words x N)), which is what an Aho-Corasick automaton does for whole-word
patterns, and it lets the lexicon and the text share one normaliser (plural stemming), which
spaCy's ``PhraseMatcher`` on ``LOWER`` cannot.

Weights (documented defaults):

- specificity ``1 / sqrt(entries naming the term)``: a term unique to one entry counts fully,
  one shared by nine entries a third;
- length: one word 0.6, two words 1.0, three or more 1.3 (phrases are more telling);
- repeats: ``1 + 0.25 * ln(count)``, so distinct terms matter more than repetition.

Each Evidence points at the entry's strongest match; its category is the paragraph most of
the entry's matches name, cut to ``XI(a)(3)`` for the USML and ``3A001.b`` for the CCL.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from classifiers.kb import KnowledgeBase, load_kb
from classifiers.kb.terms import TermIndex, load_terms, normalize
from pipeline.errors import DetectionError
from pipeline.records import Evidence, Extraction, Jurisdiction

LEXICON_RULES_VERSION = "1.0.0"
MAX_WORDS_PER_ITEM = 200_000
TOP_PER_JURISDICTION = 5
MIN_SCORE = 0.12
SCALE = 3.0
LENGTH_WEIGHT = {1: 0.6, 2: 1.0}
LONG_TERM_WEIGHT = 1.3
REPEAT_BONUS = 0.25
EXCERPT_CHARS = 120
USML_DEPTH, CCL_DEPTH = 2, 1
CODES = {"ITAR": "SUBJ_TERM_USML", "EAR": "SUBJ_TERM_CCL"}

__all__ = ["LEXICON_RULES_VERSION", "LexiconDetector", "Match"]


@dataclass(frozen=True)
class Match:
    """One term found in one segment."""

    term: str
    where: str
    start: int
    end: int


@dataclass
class _Tally:
    """What one entry (USML category or ECCN) collected from an item."""

    counts: Counter[str] = field(default_factory=Counter)
    first: dict[str, Match] = field(default_factory=dict)


class LexiconDetector:
    """Scores USML categories and ECCNs by the controlled terms a text uses."""

    id = "subject.lexicon.v1"

    def __init__(self, terms: TermIndex | None = None, kb: KnowledgeBase | None = None) -> None:
        self.terms = terms or load_terms()
        self.kb = kb or load_kb()

    @property
    def version(self) -> str:
        return f"lexicon-{LEXICON_RULES_VERSION}+{self.terms.version}+{self.kb.version}"

    def detect(self, extraction: Extraction) -> list[Evidence]:
        try:
            return self.evidence_for(self.matches(extraction))
        except Exception as exc:  # noqa: BLE001 - re-raised typed and text-free
            raise DetectionError(f"{self.id}: failed on item: {type(exc).__name__}") from None

    def matches(self, extraction: Extraction) -> list[tuple[Match, str]]:
        """``(match, segment text)`` pairs, within the per-item word budget."""
        found: list[tuple[Match, str]] = []
        budget = MAX_WORDS_PER_ITEM
        for segment in extraction.content_segments:
            if budget <= 0:
                break
            words = normalize(segment.text)[:budget]
            budget -= len(words)
            found.extend((m, segment.text) for m in self.match_words(words, segment.where))
        return found

    def match_words(self, words: list[tuple[str, int, int]], where: str) -> Iterator[Match]:
        """Longest term starting at each word; a match inside an earlier, longer one is skipped."""
        stems = [w for w, _, _ in words]
        covered_to = 0
        longest = self.terms.max_words
        for i in range(len(stems)):
            for size in range(min(longest, len(stems) - i), 0, -1):
                if i + size <= covered_to:
                    break
                key = " ".join(stems[i:i + size])
                if key in self.terms.postings:
                    covered_to = i + size
                    yield Match(key, where, words[i][1], words[i + size - 1][2])
                    break

    def evidence_for(self, found: list[tuple[Match, str]]) -> list[Evidence]:
        tallies: dict[str, _Tally] = defaultdict(_Tally)
        texts: dict[tuple[str, int], str] = {}
        for match, text in found:
            texts[(match.where, match.start)] = text
            for unit, _ in self.terms.postings[match.term]:
                tally = tallies[unit]
                tally.counts[match.term] += 1
                tally.first.setdefault(match.term, match)
        ranked: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for unit, tally in tallies.items():
            jurisdiction = self.terms.jurisdiction[unit]
            ranked[jurisdiction].append((self.unit_score(tally), unit))
        evidence: list[Evidence] = []
        for jurisdiction in ("ITAR", "EAR"):
            best = sorted(ranked[jurisdiction], key=lambda su: (-su[0], su[1]))[:TOP_PER_JURISDICTION]
            for score, unit in best:
                if score >= MIN_SCORE:
                    evidence.append(self._evidence(jurisdiction, unit, score, tallies[unit], texts))
        return evidence

    def term_weight(self, term: str, count: int) -> float:
        entries = len(self.terms.postings[term])
        words = term.count(" ") + 1
        return (LENGTH_WEIGHT.get(words, LONG_TERM_WEIGHT) / math.sqrt(entries)
                * (1.0 + REPEAT_BONUS * math.log(count)))

    def unit_score(self, tally: _Tally) -> float:
        total = sum(self.term_weight(term, count) for term, count in tally.counts.items())
        return round(1.0 - math.exp(-total / SCALE), 4)

    def _evidence(self, jurisdiction: str, unit: str, score: float, tally: _Tally,
                  texts: dict[tuple[str, int], str]) -> Evidence:
        strongest = max(tally.counts, key=lambda t: (self.term_weight(t, tally.counts[t]), t))
        match = tally.first[strongest]
        text = texts[(match.where, match.start)]
        return Evidence(
            code=CODES[jurisdiction],
            detector=self.id,
            kind="subject",
            jurisdiction=Jurisdiction(jurisdiction),
            category=self._category(jurisdiction, unit, tally),
            where=match.where,
            start=match.start,
            end=match.end,
            score=score,
            excerpt=excerpt(text, match.start, match.end),
        )

    def _category(self, jurisdiction: str, unit: str, tally: _Tally) -> str:
        """The paragraph the entry's matches name most often (weighted), cut to citing depth."""
        votes: Counter[str] = Counter()
        for term, count in tally.counts.items():
            for posting_unit, designator in self.terms.postings[term]:
                if posting_unit == unit:
                    depth = USML_DEPTH if jurisdiction == "ITAR" else CCL_DEPTH
                    cut = ".".join(designator.split(".")[:depth]) if designator else ""
                    votes[cut] += self.term_weight(term, count)
        designator = max(votes, key=lambda d: (votes[d], d)) if votes else ""
        if jurisdiction == "ITAR":
            category = self.kb.usml_category(unit)
            return category.cite(designator) if category else unit
        return unit + ("." + designator if designator else "")


def excerpt(text: str, start: int, end: int, limit: int = EXCERPT_CHARS) -> str:
    """The matched text with context either side, white space collapsed, at most ``limit``."""
    pad = max(0, (limit - (end - start)) // 2)
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    return " ".join(text[lo:hi].split())[:limit]
