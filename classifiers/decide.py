"""The decider: evidence + policy -> Decision.

Rules of the trade, in code:

1. Order of review: USML first, then the CCL (an ECCN), then EAR99, then not controlled.
   The first jurisdiction with evidence wins; later ones are kept as reasons.
2. Markings are strong but not final: several independent findings for the same jurisdiction
   raise confidence (noisy-or of the detectors' scores); contradictions force review.
3. An item that could not be read or scored is ``UNDETERMINED``: it fails closed to review.
4. A container (zip, e-mail, a document with embedded files) takes the most restrictive decision
   of itself and its members: ITAR > UNDETERMINED > EAR > UNCONTROLLED. An unreadable member
   could hold anything, so it outranks a known EAR item.

Confidence is not yet calibrated on a labelled corpus; it is the noisy-or of detector scores,
capped below 1, and a fixed prior when nothing at all was found.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from pipeline.errors import ErrorCode
from pipeline.records import (
    MEMBER_SEPARATOR,
    RESTRICTIVENESS,
    Decision,
    Evidence,
    Extraction,
    ItemError,
    Jurisdiction,
    Versions,
)

DECIDER_ID = "decide.v1"
# With no evidence at all an item is called UNCONTROLLED with this confidence. It is a prior,
# not a measurement: markings alone cannot see unmarked technical data.
NO_EVIDENCE_CONFIDENCE = 0.6
MAX_CONFIDENCE = 0.99


@dataclass(frozen=True)
class Policy:
    """When a person must look: a decision below its jurisdiction's threshold goes to review."""

    review_below: dict[Jurisdiction, float] = field(default_factory=lambda: {
        Jurisdiction.ITAR: 0.90,
        Jurisdiction.EAR: 0.85,
        Jurisdiction.UNCONTROLLED: 0.50,
    })


def noisy_or(scores: Iterable[float]) -> float:
    miss = 1.0
    for s in scores:
        miss *= 1.0 - max(0.0, min(1.0, s))
    return min(MAX_CONFIDENCE, 1.0 - miss)


def _conflict(code: str, where: str = "item") -> Evidence:
    return Evidence(code=code, detector=f"{DECIDER_ID}.conflicts", kind="context",
                    jurisdiction=None, category=None, where=where, start=0, end=0, score=0.0)


def _best_category(evidence: Sequence[Evidence]) -> str | None:
    """The category with the most support; ties go to the more specific paragraph."""
    support: dict[str, float] = defaultdict(float)
    for e in evidence:
        if e.category:
            support[e.category] += e.score
    if not support:
        return None
    return max(support, key=lambda c: (round(support[c], 6), len(c), c))


class Decider:
    """Combines one item's evidence into a Decision. Cheap; one per worker is plenty."""

    def __init__(self, versions: Versions, policy: Policy | None = None) -> None:
        self.versions = versions
        self.policy = policy or Policy()

    def undetermined(self, ex: Extraction, error: ItemError,
                     reasons: tuple[Evidence, ...] = ()) -> Decision:
        return Decision(uri=ex.uri, root=ex.root, size=ex.size, sha256=ex.sha256, mime=ex.mime,
                        jurisdiction=Jurisdiction.UNDETERMINED, category=None, confidence=0.0,
                        review_required=True, reasons=reasons, versions=self.versions,
                        error=error)

    def decide(self, ex: Extraction, evidence: Sequence[Evidence]) -> Decision:
        if ex.error is not None:
            return self.undetermined(ex, ex.error, tuple(evidence))
        itar = [e for e in evidence if e.jurisdiction is Jurisdiction.ITAR]
        ear = [e for e in evidence if e.jurisdiction is Jurisdiction.EAR]
        ear_eccn = [e for e in ear if e.category and e.category != "EAR99"]
        ear99 = [e for e in ear if e.category == "EAR99"]
        public = [e for e in evidence if e.jurisdiction is Jurisdiction.UNCONTROLLED]

        conflicts: list[Evidence] = []
        if public and (itar or ear_eccn):
            conflicts.append(_conflict("CONFLICT_PUBLIC_RELEASE_WITH_CONTROL"))
        if ear99 and ear_eccn:
            conflicts.append(_conflict("CONFLICT_EAR99_WITH_ECCN"))

        if itar:
            jurisdiction, chosen, category = Jurisdiction.ITAR, itar, _best_category(itar)
        elif ear_eccn or (ear and not ear99):
            chosen = ear_eccn or [e for e in ear if e.category != "EAR99"]
            jurisdiction, category = Jurisdiction.EAR, _best_category(ear_eccn)
        elif ear99:
            jurisdiction, chosen, category = Jurisdiction.EAR, ear99, "EAR99"
        else:
            jurisdiction, chosen, category = Jurisdiction.UNCONTROLLED, public, None

        confidence = noisy_or(e.score for e in chosen) if chosen else NO_EVIDENCE_CONFIDENCE
        review = (confidence < self.policy.review_below.get(jurisdiction, 1.0)
                  or bool(conflicts)
                  or (jurisdiction is not Jurisdiction.UNCONTROLLED and category is None))
        reasons = tuple(sorted(evidence, key=lambda e: (-RESTRICTIVENESS.get(
            e.jurisdiction, -1) if e.jurisdiction else 1, -e.score, e.where, e.start)))
        return Decision(uri=ex.uri, root=ex.root, size=ex.size, sha256=ex.sha256, mime=ex.mime,
                        jurisdiction=jurisdiction, category=category,
                        confidence=round(confidence, 4), review_required=review,
                        reasons=reasons + tuple(conflicts), versions=self.versions)

    def rollup(self, decisions: list[Decision]) -> list[Decision]:
        """Give every container the most restrictive decision among itself and its members.

        ``decisions`` are one top-level item and all its members, in any order.
        """
        by_uri = {d.uri: d for d in decisions}
        # Deepest first, so a nested container is settled before its parent looks at it.
        for uri in sorted(by_uri, key=lambda u: -u.count(MEMBER_SEPARATOR)):
            if MEMBER_SEPARATOR not in uri:
                continue
            parent_uri, member = uri.rsplit(MEMBER_SEPARATOR, 1)
            parent, child = by_uri.get(parent_uri), by_uri[uri]
            if parent is None:
                continue
            if RESTRICTIVENESS[child.jurisdiction] > RESTRICTIVENESS[parent.jurisdiction]:
                pointer = Evidence(code=f"MEMBER_{child.jurisdiction.value}",
                                   detector=f"{DECIDER_ID}.rollup", kind="context",
                                   jurisdiction=child.jurisdiction, category=child.category,
                                   where=f"member:{member}", start=0, end=0,
                                   score=child.confidence)
                by_uri[parent_uri] = replace(
                    parent, jurisdiction=child.jurisdiction, category=child.category,
                    confidence=child.confidence,
                    review_required=parent.review_required or child.review_required,
                    reasons=(pointer,) + parent.reasons)
            elif child.review_required and not parent.review_required:
                by_uri[parent_uri] = replace(parent, review_required=True)
        return [by_uri[d.uri] for d in decisions]


def failure_decision(uri: str, root: str, versions: Versions, code: ErrorCode,
                     message: str) -> Decision:
    """The decision for an item whose processing failed outside any extractor's control."""
    return Decision(uri=uri, root=root, size=0, sha256=None, mime=None,
                    jurisdiction=Jurisdiction.UNDETERMINED, category=None, confidence=0.0,
                    review_required=True, reasons=(), versions=versions,
                    error=ItemError(code, message))
