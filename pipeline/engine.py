"""The stage functions, shared by the Beam pipeline and the in-process ``enclave classify``.

Each Beam DoFn in ``pipeline.transforms`` is a thin shell around one function here, so both
paths make exactly the same decisions. The heavy objects (Extractor with its JVM, the Presidio
analyzer) are built once by the caller and passed in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Iterator, Sequence

from classifiers.decide import Decider, Policy, inventory_only
from pipeline.errors import EnclaveError, ErrorCode
from pipeline.extract import Extractor, Limits
from pipeline.records import (Decision, Evidence, Extraction, ItemError, ItemRef, Jurisdiction,
                              Segment, Versions, is_controlled)

TAXONOMY_VERSION = "taxonomy-1"


@dataclass(frozen=True)
class Extracted:
    """One top-level item and everything read out of it (itself first, then its members)."""

    item: ItemRef
    parts: tuple[Extraction, ...]


@dataclass(frozen=True)
class Detected:
    """Extracted, plus each part's evidence (same order as ``parts``)."""

    item: ItemRef
    parts: tuple[Extraction, ...]
    evidence: tuple[tuple[Evidence, ...], ...]


@dataclass(frozen=True)
class Reviewable:
    """A decision bound for the review queue, with the text it was made on.

    ``why`` is ``review_required`` or ``undetermined``; ``None`` for a controlled item from a
    source outside the enclave, kept only in case the Enforce stage quarantines it. The
    segments travel only on the way to the (enclave-side) review store, never to Enforce or
    Record, and stay out of ``repr``.
    """

    decision: Decision
    segments: tuple[Segment, ...] = field(default=(), repr=False)
    why: str | None = None


def build_detectors(textcat: bool = True) -> list:
    """Every detector in the order they run. Heavy: call once per worker.

    ``textcat=False`` leaves out the trained text classifier (the training workflow adds its
    out-of-fold scores itself).
    """
    from classifiers.detectors.context import ContextDetector
    from classifiers.detectors.existing_label import ExistingLabelDetector
    from classifiers.detectors.lexicon import LexiconDetector
    from classifiers.detectors.markings import MarkingDetector
    from classifiers.detectors.semantic import SemanticDetector
    from classifiers.detectors.techdata import TechDataDetector
    from classifiers.detectors.textcat import TextcatDetector

    detectors: list = [MarkingDetector(), ExistingLabelDetector(), LexiconDetector(),
                       TechDataDetector(), ContextDetector()]
    if textcat:
        detectors.append(TextcatDetector())
    # Last, and only where wanted: its evidence serves category ranking, which matters only for
    # items that may be controlled and whose category no marking states.
    detectors.append(ConditionalDetector(SemanticDetector(), needs_subject_match))
    return detectors


_STATED_CATEGORY = {"MARK_USML_CATEGORY", "MARK_ECCN"}


def needs_subject_match(found: Sequence[Evidence]) -> bool:
    """Semantic matching is wanted when the item may be controlled and no marking already
    states the category: the text classifiers lean controlled, or controlled terms
    were found."""
    if any(e.code in _STATED_CATEGORY and e.category for e in found):
        return False
    leaning = sum(e.score for e in found if e.code in ("MODEL_ITAR", "MODEL_EAR"))
    return leaning >= 0.3 or any(e.code.startswith("SUBJ_TERM_") for e in found)


class ConditionalDetector:
    """Runs a detector only when the evidence found so far says it is worth it."""

    def __init__(self, detector, wanted) -> None:
        self.detector, self.wanted = detector, wanted
        self.id = detector.id

    def detect_given(self, extraction: Extraction, found: Sequence[Evidence]) -> list[Evidence]:
        return self.detector.detect(extraction) if self.wanted(found) else []


def load_combiner():
    from classifiers.combiner import Combiner

    return Combiner.load()


def current_versions() -> Versions:
    from classifiers.combiner import COMBINER_PATH
    from classifiers.detectors.context import CONTEXT_RULES_VERSION
    from classifiers.detectors.markings import MARKING_RULES_VERSION
    from classifiers.features import FEATURES_VERSION
    from classifiers.kb import load_kb
    import json

    combiner = json.loads(COMBINER_PATH.read_text())["version"] if COMBINER_PATH.exists() else "none"
    return Versions(rules=f"markings-{MARKING_RULES_VERSION}+context-{CONTEXT_RULES_VERSION}"
                          f"+{load_kb().version}",
                    model=f"{combiner}+textcat-1+{FEATURES_VERSION}",
                    taxonomy=TAXONOMY_VERSION)


def _unreadable(item: ItemRef, message: str) -> Extracted:
    ex = Extraction(uri=item.uri, root=item.uri, depth=0, size=item.size, sha256=None, mime=None,
                    error=ItemError(ErrorCode.UNREADABLE, message))
    return Extracted(item, (ex,))


def extract_item(extractor: Extractor, item: ItemRef, fetch=None) -> Extracted:
    """Extract one item. Items without a local path (cloud objects, repository blobs) are
    first copied into a private spool file by ``fetch`` (``pipeline.sources.fetch``)."""
    if item.path is None and fetch is not None:
        try:
            with fetch(item) as local:
                return extract_item(extractor, replace(item, path=local))
        except (OSError, EnclaveError) as exc:
            return _unreadable(item, f"could not be fetched from its source ({type(exc).__name__})")
    if item.path is not None:
        if os.path.isdir(item.path):
            return _unreadable(item, "folder could not be listed")
        if not os.access(item.path, os.R_OK):
            return _unreadable(item, "file is not readable by this process")
    parts = tuple(extractor.extract(item))
    if not parts:  # an extractor must always describe the item itself; fail closed if not
        return _unreadable(item, "extractor returned nothing for this item")
    return Extracted(item, parts)


def detect_parts(detectors: Sequence, extracted: Extracted) -> Detected:
    """Run every detector on every readable part. A detector failure fails only that part."""
    parts: list[Extraction] = []
    evidence: list[tuple[Evidence, ...]] = []
    for part in extracted.parts:
        found: list[Evidence] = []
        if part.error is None:
            for detector in detectors:
                try:
                    if isinstance(detector, ConditionalDetector):
                        found.extend(detector.detect_given(part, found))
                    else:
                        found.extend(detector.detect(part))
                except Exception as exc:  # fail closed: this part goes to review
                    part = replace(part, error=ItemError(
                        ErrorCode.DETECTOR_FAILED, f"{detector.id}: {type(exc).__name__}"))
                    break
        parts.append(part)
        evidence.append(tuple(found))
    return Detected(extracted.item, tuple(parts), tuple(evidence))


def decide_parts(decider: Decider, detected: Detected, recall=None) -> list[Decision]:
    """Decide every part and roll members up into their containers.

    ``recall`` (sha256 -> reviewed decision or None, e.g. ``ReviewStore.reviewed``) applies
    reviewers' decisions to archive members and attachments before the roll-up, so a container
    takes its members' reviewed answers. The top-level item's own reviewed decision is applied
    after the roll-up, by the sweep's Recall stage: a decision on the whole item is final."""
    own = [decider.decide(p, ev) for p, ev in zip(detected.parts, detected.evidence)]
    item = detected.item
    if recall is not None:
        own = [apply_review(d, r) if d.uri != item.uri and d.sha256 and
               (r := recall(d.sha256)) is not None else d for d in own]
    return [replace(d, item_version=item.version, source=item.source) if d.uri == item.uri else d
            for d in decider.rollup(own)]


def queue_reason(decision: Decision) -> str | None:
    """Why a decision goes to a person: ``undetermined``, ``review_required``, or ``None``."""
    if decision.jurisdiction is Jurisdiction.UNDETERMINED:
        return None if inventory_only(decision) else "undetermined"
    return "review_required" if decision.review_required else None


def may_be_quarantined(decision: Decision, outside: frozenset[str]) -> bool:
    """A controlled top-level item (ITAR; EAR other than EAR99) from a source outside."""
    if decision.uri != decision.root or decision.source not in outside:
        return False
    return is_controlled(decision.jurisdiction, decision.category)


def reviewables(detected: Detected, decisions: Sequence[Decision],
                outside: frozenset[str] = frozenset()) -> list[Reviewable]:
    """The decisions of one item that may enter the review queue, each with its part's text."""
    text = {p.uri: p.segments for p in detected.parts}
    out = []
    for d in decisions:
        why = queue_reason(d)
        if why is not None or may_be_quarantined(d, outside):
            out.append(Reviewable(d, text.get(d.uri, ()), why))
    return out


REVIEWED = "REVIEWED"


def apply_review(decision: Decision, reviewed) -> Decision:
    """The reviewer's decision for this content (``review.store.ReviewedDecision``) replaces
    the machine's: their jurisdiction and category, full confidence, no review; the machine's
    evidence stays behind a ``REVIEWED`` reason."""
    jurisdiction = Jurisdiction(reviewed.jurisdiction)
    reason = Evidence(code=REVIEWED, detector=f"review.{reviewed.kind}", kind="review",
                      jurisdiction=jurisdiction, category=reviewed.category, where="item",
                      start=0, end=0, score=1.0)
    return replace(decision, jurisdiction=jurisdiction, category=reviewed.category,
                   confidence=1.0, review_required=False, alternatives=(),
                   reasons=(reason,) + tuple(r for r in decision.reasons if r.code != REVIEWED))


class Engine:
    """Extract -> detect -> decide in this process, for ``enclave classify`` and ``explain``."""

    def __init__(self, limits: Limits | None = None, policy: Policy | None = None) -> None:
        self.extractor = Extractor(limits or Limits())
        self.detectors = build_detectors()
        self.decider = Decider(current_versions(), policy, load_combiner())

    def classify(self, item: ItemRef) -> list[Decision]:
        extracted = extract_item(self.extractor, item)
        return decide_parts(self.decider, detect_parts(self.detectors, extracted))

    def classify_all(self, items: Iterator[ItemRef]) -> Iterator[Decision]:
        for item in items:
            yield from self.classify(item)

    def close(self) -> None:
        self.extractor.close()

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
