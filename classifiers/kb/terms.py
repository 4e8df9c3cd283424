"""Controlled-term lexicons for the USML and the CCL, derived from the regulation texts.

Why: a document that nobody marked still names what it is about ("traveling wave tube",
"focal plane array", "rocket motor case"). The regulations use the same vocabulary, so the key
terms of every USML paragraph and every CCL entry, taken from the texts themselves, let a
detector say which categories a document's subject matter points to.

    python -m classifiers.kb.terms --reference <folder with ear/ and itar/> [--vocab tokenizer.json]

reads the USML markdown (full paragraph lines) and ``ear/ccl.jsonl`` (headings and the items text
of every entry, notes left out: notes mostly say what is *not* controlled), cuts each passage
into runs of content words between function words and punctuation, and keeps the n-grams of
those runs that can be terms (``candidate_terms``). The curated file ``data/terms_curated.yaml``
adds hand-picked terms (common words such as "torpedo" that the rules below drop) and removes
generic ones. A single word is kept only when it is uncommon English, i.e. not one whole token in
the MiniLM WordPiece vocabulary ("magnetometer" is split, "water" is not), or when curated.
Terms found in too many entries are dropped: they say nothing about the category.

Words are normalised by ``normalize``: lower case, split on anything that is not a letter or a
digit, and a light plural stemmer, so "Traveling-wave tubes" and "traveling wave tube" meet.
The output ``data/terms.json`` is deterministic (sorted, no timestamps); ``load_terms`` reads it.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from classifiers.kb import DATA_DIR, KnowledgeBaseError, load_kb

TERMS_FILE = "terms.json"
CURATED_FILE = "terms_curated.yaml"
TERMS_VERSION = "terms-1.0.0"
MAX_TERM_WORDS = 4
MAX_UNITS_MULTI = 12      # a phrase in more entries than this is not specific
MAX_UNITS_SINGLE = 6
MIN_SINGLE_CHARS = 4
USML_SOURCE = "itar/22cfr121.1_usml.md"
CCL_SOURCE = "ear/ccl.jsonl"
DEFAULT_VOCAB = Path(__file__).resolve().parents[2] / "vendor" / "minilm" / "tokenizer.json"

_WORD_RE = re.compile(r"[^\W_]+")
_BREAK_RE = re.compile(r"[,;:.()\[\]{}!?\"“”‘’/]|\s[-–—]\s|\band/or\b")
_CCL_LINE_RE = re.compile(r"^([a-z](?:\.(?:[0-9]+|[a-z]))*)\.\s+(.*)$")
_NOTE_RE = re.compile(r"^(?:Notes?\b|Technical Notes?\b|N\.\s?B\.|Nota\b|—|-)", re.IGNORECASE)

FUNCTION_WORDS = frozenset("""
a an the and or nor but if then than that this these those which who whom whose what when where
while of in on at by for from to into onto with within without via per as is are was were be
been being has have had having do does did not no any all each every either neither both some
such other another same its it their they them there here so also only more most less least
very can could may might must shall should will would above below under over between among
through throughout during before after about against upon up down out off e g i ie eg etc
""".split())
SINGULAR_OF = {"lens": "lens", "lenses": "lens", "gases": "gas", "biases": "bias", "radii": "radius",
               "apparatuses": "apparatus", "analyses": "analysis", "axes": "axis"}


def stem(word: str) -> str:
    """Light plural stemmer, applied alike to the lexicon and to documents."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word in SINGULAR_OF:
        return SINGULAR_OF[word]
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalize(text: str) -> list[tuple[str, int, int]]:
    """``(stem, start, end)`` for every word of ``text``; offsets point into ``text``."""
    return [(stem(m.group().lower()), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def phrase_key(text: str) -> str:
    """The lookup key of a phrase: its normalised words joined by one space."""
    return " ".join(word for word, _, _ in normalize(text))


@dataclass(frozen=True)
class Passage:
    """One paragraph of a regulation text: where it sits and what it says."""

    jurisdiction: str   # "ITAR" | "EAR"
    unit: str           # "XI" or "3A001": the ranking unit
    designator: str     # dotted paragraph, "" for the heading or title
    text: str


@dataclass(frozen=True)
class Curated:
    """The hand-written part of the lexicon (``data/terms_curated.yaml``)."""

    break_words: frozenset[str]
    generic_words: frozenset[str]
    stop_terms: frozenset[str]
    additions: dict[tuple[str, str], tuple[str, ...]]   # (unit, designator) -> phrases


def load_curated(path: Path | None = None) -> Curated:
    raw = yaml.safe_load((path or DATA_DIR / CURATED_FILE).read_text(encoding="utf-8"))
    additions = {_split_cite(cite): tuple(phrases) for cite, phrases in (raw.get("add") or {}).items()}
    return Curated(
        break_words=frozenset(stem(w) for w in raw["break_words"]),
        generic_words=frozenset(stem(w) for w in raw["generic_words"]),
        stop_terms=frozenset(phrase_key(t) for t in raw["stop_terms"]),
        additions=additions,
    )


def _split_cite(cite: str) -> tuple[str, str]:
    """``"XI(a)(3)"`` -> ``("XI", "a.3")``; ``"5A002.a"`` -> ``("5A002", "a")``."""
    if "(" in cite:
        unit, rest = cite.split("(", 1)
        return unit, ".".join(re.findall(r"\(([A-Za-z0-9]+)\)", "(" + rest))
    unit, _, designator = cite.partition(".")
    return unit, designator


def candidate_terms(text: str, curated: Curated, vocab: frozenset[str]) -> set[str]:
    """Normalised phrase keys that may be terms of a passage."""
    found: set[str] = set()
    for piece in _BREAK_RE.split(text):
        run: list[tuple[str, str]] = []
        for match in _WORD_RE.finditer(piece):
            raw = match.group().lower()
            word = stem(raw)
            if (len(raw) < 2 or raw in FUNCTION_WORDS or word in curated.break_words
                    or any(c.isdigit() for c in raw)):
                found.update(_ngrams(run, curated, vocab))
                run = []
            else:
                run.append((word, raw))
        found.update(_ngrams(run, curated, vocab))
    return found - curated.stop_terms


def _ngrams(run: list[tuple[str, str]], curated: Curated, vocab: frozenset[str]) -> Iterator[str]:
    for size in range(1, MAX_TERM_WORDS + 1):
        for i in range(len(run) - size + 1):
            gram = run[i:i + size]
            words = [w for w, _ in gram]
            if all(w in curated.generic_words for w in words):
                continue
            if size == 1:
                word, raw = gram[0]
                if not _uncommon_word(raw, word, vocab):
                    continue
            elif words[0] in curated.generic_words:
                continue          # "system acoustic" style fragments
            yield " ".join(words)


def _uncommon_word(raw: str, word: str, vocab: frozenset[str]) -> bool:
    """A single word is a term only when it is rare English and not an adverb."""
    return (len(word) >= MIN_SINGLE_CHARS and raw.isalpha() and not raw.endswith("ly")
            and raw not in vocab and word not in vocab)


def read_passages(reference: Path) -> list[Passage]:
    """Every USML paragraph and every CCL heading and paragraph, in regulation order."""
    return list(_usml_passages(reference / USML_SOURCE)) + list(_ccl_passages(reference / CCL_SOURCE))


def _usml_passages(path: Path) -> Iterator[Passage]:
    from classifiers.kb import parse_usml

    saved = parse_usml.HEADING_LIMIT
    parse_usml.HEADING_LIMIT = 100_000   # keep whole paragraph lines, not the 120-char labels
    try:
        categories, _, _ = parse_usml.read_usml(path)
    finally:
        parse_usml.HEADING_LIMIT = saved
    for category in categories:
        yield Passage("ITAR", category.numeral, "", category.title)
        for designator in category.paragraphs:
            yield Passage("ITAR", category.numeral, designator, category.headings[designator])


def _ccl_passages(path: Path) -> Iterator[Passage]:
    kb = load_kb()
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    for record in records:
        entry = kb.eccn(record["eccn"])
        if entry is None:
            raise KnowledgeBaseError("terms build: an ECCN of the reference is not in the knowledge base")
        yield Passage("EAR", entry.eccn, "", record["heading"])
        yield from _ccl_items(entry.eccn, record.get("items") or "", entry.paragraphs)


def _ccl_items(eccn: str, items: str, paragraphs: frozenset[str]) -> Iterator[Passage]:
    designator, lines, in_note = "", [], False
    for line in (raw.strip() for raw in items.splitlines()):
        match = _CCL_LINE_RE.match(line)
        if match and match.group(1) in paragraphs:
            if lines:
                yield Passage("EAR", eccn, designator, " ".join(lines))
            designator, lines, in_note = match.group(1), [match.group(2)], False
        elif _NOTE_RE.match(line):
            in_note = True
        elif line and not in_note and designator:
            lines.append(line)
    if lines:
        yield Passage("EAR", eccn, designator, " ".join(lines))


def build_terms(passages: Sequence[Passage], curated: Curated, vocab: frozenset[str]) -> dict[str, Any]:
    """The content of ``terms.json``: per term, the (unit, designator) places it names."""
    places: dict[str, dict[str, str]] = {}
    jurisdiction_of: dict[str, str] = {}
    for passage in passages:
        jurisdiction_of[passage.unit] = passage.jurisdiction
        for term in candidate_terms(passage.text, curated, vocab):
            units = places.setdefault(term, {})
            if passage.unit not in units or len(passage.designator) < len(units[passage.unit]):
                units[passage.unit] = passage.designator
    terms = {
        term: sorted([unit, designator] for unit, designator in units.items())
        for term, units in places.items()
        if len(units) <= (MAX_UNITS_SINGLE if " " not in term else MAX_UNITS_MULTI)
    }
    for (unit, designator), phrases in sorted(curated.additions.items()):
        for phrase in phrases:
            postings = {u: d for u, d in terms.get(phrase_key(phrase), [])}
            postings.setdefault(unit, designator)   # one place per entry; the derived one wins
            terms[phrase_key(phrase)] = sorted([u, d] for u, d in postings.items())
    return {"terms": dict(sorted(terms.items())), "units": dict(sorted(jurisdiction_of.items()))}


def read_vocab(path: Path) -> frozenset[str]:
    """Whole-word entries of a WordPiece vocabulary (``tokenizer.json``)."""
    vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha())


@dataclass(frozen=True)
class TermIndex:
    """The loaded lexicon: phrase key -> places, and each unit's jurisdiction."""

    version: str
    postings: dict[str, tuple[tuple[str, str], ...]]
    jurisdiction: dict[str, str]
    max_words: int


@functools.lru_cache(maxsize=1)
def load_terms(path: Path | None = None) -> TermIndex:
    """The committed lexicon, loaded once per process."""
    target = path or DATA_DIR / TERMS_FILE
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
        postings = {t: tuple((u, d) for u, d in places) for t, places in raw["terms"].items()}
        return TermIndex(raw["meta"]["version"], postings, dict(raw["units"]),
                         max(len(t.split()) for t in postings))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KnowledgeBaseError(f"cannot read lexicon file {target.name}: {type(exc).__name__}") from exc


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(reference: Path, vocab_path: Path, out: Path) -> dict[str, Any]:
    curated = load_curated()
    data = build_terms(read_passages(reference), curated, read_vocab(vocab_path))
    data["meta"] = {
        "version": TERMS_VERSION,
        "kb_version": load_kb().version,
        "counts": {"terms": len(data["terms"]), "units": len(data["units"])},
        "sources": [{"path": p, "sha256": _sha256(reference / p)} for p in (USML_SOURCE, CCL_SOURCE)],
        "curated_sha256": _sha256(DATA_DIR / CURATED_FILE),
    }
    out.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    return data


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.kb.terms", description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=os.environ.get("ENCLAVE_REFERENCE"),
                        help="folder with ear/ and itar/ (default: $ENCLAVE_REFERENCE)")
    parser.add_argument("--vocab", type=Path, default=DEFAULT_VOCAB, help="MiniLM tokenizer.json")
    parser.add_argument("--out", type=Path, default=DATA_DIR / TERMS_FILE)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.reference is None or not (args.reference / CCL_SOURCE).is_file():
        print("error: --reference (or ENCLAVE_REFERENCE) must name the reference folder", file=sys.stderr)
        return 2
    if not args.vocab.is_file():
        print("error: tokenizer vocabulary missing; run `make setup`", file=sys.stderr)
        return 2
    data = build(Path(args.reference), args.vocab, args.out)
    print(f"wrote {args.out}: {data['meta']['counts']['terms']} terms over {len(data['units'])} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
