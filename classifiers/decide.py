"""The decider: evidence + policy -> Decision.

Rules of the trade, in code:

1. Order of review: USML first, then the CCL (an ECCN), then EAR99, then not controlled.
   The first jurisdiction with evidence wins; later ones are kept as reasons.
2. Markings are strong but not final: several independent findings for the same jurisdiction
   raise confidence (noisy-or of the detectors' scores); contradictions force review.
3. An item that could not be read or scored is ``UNDETERMINED``: it fails closed to review.
4. With a fitted combiner, a marking that names its USML paragraph or ECCN (score >= 0.85)
   keeps its regime even when the content reads uncontrolled, unless the item is writing about
   export control; the item goes to review.
5. A container (zip, e-mail, a document with embedded files) takes the most restrictive decision
   of itself and its members: ITAR > UNDETERMINED > EAR > UNCONTROLLED. An unreadable member
   could hold anything, so it outranks a known EAR item.

Two ways to weigh the evidence for the jurisdiction:

- with a fitted ``Combiner`` (``models/decider/combiner.json``, the default once trained): a
  calibrated logistic regression over the evidence features — markings, subject-matter lexicon
  and semantic matches, the text classifiers, technical-data signals and "about export control"
  context. Its probability of the chosen jurisdiction is the confidence.
- without one (rules only): the order of review over markings, with the noisy-or of the
  detectors' scores as confidence and a fixed prior when nothing was found.

Either way the category comes from ``classifiers.category.rank`` (markings first, then subject
evidence), with the runners-up as alternatives.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from classifiers.category import rank
from classifiers.combiner import CLASSES, Combiner
from classifiers.features import features
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
# A marking that states its category at this score or above is never overruled into UNCONTROLLED.
STRONG_MARKING = 0.85
# ... unless the item reads as writing *about* export control (training, policy, FAQ): there a
# stated category is an example. Marked technical data in train + dev scores <= 0.45 here,
# hard negatives that cite categories >= 0.52.
ABOUT_EXPORT_LIMIT = 0.5


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


class Decider:
    """Combines one item's evidence into a Decision. Cheap; one per worker is plenty."""

    def __init__(self, versions: Versions, policy: Policy | None = None,
                 combiner: Combiner | None = None) -> None:
        self.versions = versions
        self.policy = policy or Policy()
        self.combiner = combiner

    def undetermined(self, ex: Extraction, error: ItemError,
                     reasons: tuple[Evidence, ...] = ()) -> Decision:
        return Decision(uri=ex.uri, root=ex.root, size=ex.size, sha256=ex.sha256, mime=ex.mime,
                        jurisdiction=Jurisdiction.UNDETERMINED, category=None, confidence=0.0,
                        review_required=True, reasons=reasons, versions=self.versions,
                        error=error)

    def decide(self, ex: Extraction, evidence: Sequence[Evidence]) -> Decision:
        if ex.error is not None:
            return self.undetermined(ex, ex.error, tuple(evidence))
        marks = [e for e in evidence if e.kind == "marking"]   # rules and conflicts: markings only
        itar = [e for e in marks if e.jurisdiction is Jurisdiction.ITAR]
        ear = [e for e in marks if e.jurisdiction is Jurisdiction.EAR]
        ear_eccn = [e for e in ear if e.category and e.category != "EAR99"]
        ear99 = [e for e in ear if e.category == "EAR99"]
        public = [e for e in marks if e.jurisdiction is Jurisdiction.UNCONTROLLED]

        conflicts: list[Evidence] = []
        if public and (itar or ear_eccn):
            conflicts.append(_conflict("CONFLICT_PUBLIC_RELEASE_WITH_CONTROL"))
        if ear99 and ear_eccn:
            conflicts.append(_conflict("CONFLICT_EAR99_WITH_ECCN"))

        if self.combiner is not None:
            probs = self.combiner.probabilities(features(evidence))
            jurisdiction = Jurisdiction(CLASSES[int(probs.argmax())])
            confidence = float(probs.max())
            stated = [e for e in itar + ear_eccn if e.category and e.score >= STRONG_MARKING]
            about = max((e.score for e in evidence if e.code == "CTX_ABOUT_EXPORT_CONTROL"),
                        default=0.0)
            if jurisdiction is Jurisdiction.UNCONTROLLED and stated and about < ABOUT_EXPORT_LIMIT:
                # A marking that names its USML paragraph or ECCN is not overruled into
                # "uncontrolled" by content alone: the marked regime stands, a person decides.
                jurisdiction = (Jurisdiction.ITAR if any(e in itar for e in stated)
                                else Jurisdiction.EAR)
                confidence = float(probs[CLASSES.index(jurisdiction.value)])
                conflicts.append(_conflict("CONFLICT_MARKING_VS_CONTENT"))
        else:
            jurisdiction, confidence = self._by_rules(itar, ear, ear_eccn, ear99, public)
        ranking = (rank(evidence, jurisdiction, self.combiner.category if self.combiner else None)
                   if jurisdiction is not Jurisdiction.UNCONTROLLED else None)
        category = ranking.category if ranking else None
        review = (confidence < self.policy.review_below.get(jurisdiction, 1.0)
                  or bool(conflicts)
                  or (jurisdiction is not Jurisdiction.UNCONTROLLED and category is None))
        reasons = tuple(sorted(evidence, key=lambda e: (e.jurisdiction is not jurisdiction,
                                                        -e.score, e.where, e.start)))
        return Decision(uri=ex.uri, root=ex.root, size=ex.size, sha256=ex.sha256, mime=ex.mime,
                        jurisdiction=jurisdiction, category=category,
                        confidence=round(confidence, 4), review_required=review,
                        reasons=reasons + tuple(conflicts), versions=self.versions,
                        alternatives=ranking.alternatives if ranking else ())

    @staticmethod
    def _by_rules(itar: list[Evidence], ear: list[Evidence], ear_eccn: list[Evidence],
                  ear99: list[Evidence], public: list[Evidence]) -> tuple[Jurisdiction, float]:
        """Order of review over the evidence alone: ITAR, then EAR, then not controlled."""
        if itar:
            return Jurisdiction.ITAR, noisy_or(e.score for e in itar)
        if ear:
            return Jurisdiction.EAR, noisy_or(e.score for e in (ear_eccn or ear))
        if public:
            return Jurisdiction.UNCONTROLLED, noisy_or(e.score for e in public)
        return Jurisdiction.UNCONTROLLED, NO_EVIDENCE_CONFIDENCE

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
