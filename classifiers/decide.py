"""The decider: evidence + policy -> Decision.

Rules of the trade, in code:

1. Order of review: USML first, then the CCL (an ECCN), then EAR99, then not controlled.
   The first jurisdiction with evidence wins; later ones are kept as reasons.
2. Markings are strong but not final: several independent findings for the same jurisdiction
   raise confidence (noisy-or of the detectors' scores); contradictions force review.
3. An item that could not be read or scored is ``UNDETERMINED``: it fails closed to review.
   An item without extractable text of a type that need not carry any (a photo, a font, an
   executable) is ``UNDETERMINED`` with ``E_NO_TEXT`` and, by default policy, an inventory
   entry rather than a review task; it does not raise its container.
4. The fail-safe rule (``classifiers.failsafe``): a marked item is never decided UNCONTROLLED
   without review; evidence against a marking sends the item to review with a ``CONFLICT``
   reason naming both sides. Policy may add review where the weighing is unsure (controlled
   subject terms under an UNCONTROLLED decision; a small margin between the top two
   jurisdictions; the text classifier confident of another one).
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

from classifiers import failsafe
from classifiers.category import rank
from classifiers.combiner import CLASSES, Combiner
from classifiers.features import features
from pipeline.errors import ErrorCode
from pipeline.records import (
    MARKING_KINDS,
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
# A media type whose items are expected to carry text: when one yields none, something went
# wrong (a scan whose OCR found nothing, a document stripped of its text layer) and a person
# looks. Items of other types (photos, fonts, audio, executables, empty containers) without
# text have nothing to classify: policy routes them (``Policy.no_text``).
TEXT_EXPECTED = ("application/pdf", "application/msword", "application/rtf", "text/",
                 "message/", "application/vnd.openxmlformats", "application/vnd.oasis",
                 "application/vnd.ms-", "application/xhtml", "image/vnd.dxf", "image/vnd.dwg",
                 "application/dxf", "application/acad")


# Read fine, or typed by its bytes as something other than its name says, and no text: for a
# media type (``text_expected`` false) there is nothing to classify.
NO_TEXT_CODES = (ErrorCode.NO_TEXT, ErrorCode.TYPE_MISMATCH)


@dataclass(frozen=True)
class Policy:
    """When a person must look (``enclave.yaml`` ``policy:``; see ``pipeline.config``).

    - ``review_below``: a decision below its jurisdiction's confidence threshold;
    - ``min_margin``: the chosen jurisdiction's probability leads the runner-up's by less;
    - ``review_on_disagreement``: the text classifier, on its own, is confident of another
      jurisdiction than the decision (two evidence families disagree);
    - ``subject_terms``: an UNCONTROLLED decision on an item in which the subject lexicon found
      USML or CCL terms at this score or above (the lexicon disagrees with the decision),
      unless the item is writing about export control; 0 turns it off;
    - ``no_text``: items without extractable text of a type that need not carry any go to the
      ``inventory`` only (default) or to ``review``.
    Markings are never overruled without review whatever the policy (``classifiers.failsafe``).
    """

    review_below: dict[Jurisdiction, float] = field(
        default_factory=lambda: dict(PROFILES["default"]["review_below"]))
    min_margin: float = field(default_factory=lambda: PROFILES["default"]["min_margin"])
    review_on_disagreement: bool = field(
        default_factory=lambda: PROFILES["default"]["review_on_disagreement"])
    disagreement_score: float = 0.6
    subject_terms: float = field(default_factory=lambda: PROFILES["default"]["subject_terms"])
    no_text: str = field(default_factory=lambda: PROFILES["default"]["no_text"])

    @staticmethod
    def profile(name: str) -> "Policy":
        """A named profile (``PROFILES``): ``default`` or ``compliance``."""
        return Policy(**PROFILES[name])


# Documented in the README ("Review required, and which profile"). ``default`` sends to review
# what the calibration split shows to be unsure; ``compliance`` trades more review for fewer
# unreviewed mistakes and also queues items without text.
PROFILES: dict[str, dict] = {
    "default": {"review_below": {Jurisdiction.ITAR: 0.90, Jurisdiction.EAR: 0.85,
                                 Jurisdiction.UNCONTROLLED: 0.60},
                "min_margin": 0.0, "review_on_disagreement": False, "subject_terms": 0.30,
                "no_text": "inventory"},
    "compliance": {"review_below": {Jurisdiction.ITAR: 0.95, Jurisdiction.EAR: 0.95,
                                    Jurisdiction.UNCONTROLLED: 0.90},
                   "min_margin": 0.3, "review_on_disagreement": True, "subject_terms": 0.25,
                   "no_text": "review"},
}


def noisy_or(scores: Iterable[float]) -> float:
    miss = 1.0
    for s in scores:
        miss *= 1.0 - max(0.0, min(1.0, s))
    return min(MAX_CONFIDENCE, 1.0 - miss)


def _reason(code: str, jurisdiction: Jurisdiction | None = None, where: str = "item",
            detector: str = f"{DECIDER_ID}.review") -> Evidence:
    """A review reason of the decider's own (no text, no weight)."""
    return Evidence(code=code, detector=detector, kind="context", jurisdiction=jurisdiction,
                    category=None, where=where, start=0, end=0, score=0.0)


def _conflict(code: str, where: str = "item") -> Evidence:
    return _reason(code, where=where, detector=f"{DECIDER_ID}.conflicts")


_SUBJECT_TERMS = ("SUBJ_TERM_USML", "SUBJ_TERM_CCL")
_MODEL_VOTES = {"MODEL_ITAR": Jurisdiction.ITAR, "MODEL_EAR": Jurisdiction.EAR,
                "MODEL_UNCONTROLLED": Jurisdiction.UNCONTROLLED}


def text_expected(mime: str | None) -> bool:
    return mime is None or mime.startswith(TEXT_EXPECTED)


class Decider:
    """Combines one item's evidence into a Decision. Cheap; one per worker is plenty."""

    def __init__(self, versions: Versions, policy: Policy | None = None,
                 combiner: Combiner | None = None) -> None:
        self.versions = versions
        self.policy = policy or Policy()
        self.combiner = combiner

    def undetermined(self, ex: Extraction, error: ItemError,
                     reasons: tuple[Evidence, ...] = ()) -> Decision:
        """An item that could not be scored. One without text of a type that need not carry
        any (``text_expected``) is an inventory entry unless policy sends it to review."""
        review = True
        if error.code in NO_TEXT_CODES and not text_expected(ex.mime):
            review = self.policy.no_text == "review"
            error = ItemError(ErrorCode.NO_TEXT, f"no extractable text ({ex.mime}, {ex.size} "
                              f"bytes): {error.message}")
        return Decision(uri=ex.uri, root=ex.root, size=ex.size, sha256=ex.sha256, mime=ex.mime,
                        jurisdiction=Jurisdiction.UNDETERMINED, category=None, confidence=0.0,
                        review_required=review, reasons=reasons, versions=self.versions,
                        error=error)

    def decide(self, ex: Extraction, evidence: Sequence[Evidence]) -> Decision:
        if ex.error is not None:
            return self.undetermined(ex, ex.error, tuple(evidence))
        marks = [e for e in evidence if e.kind in MARKING_KINDS]
        itar = [e for e in marks if e.jurisdiction is Jurisdiction.ITAR]
        ear_eccn = [e for e in marks if e.jurisdiction is Jurisdiction.EAR
                    and e.category and e.category != "EAR99"]
        ear99 = [e for e in marks if e.jurisdiction is Jurisdiction.EAR and e.category == "EAR99"]
        public = [e for e in marks if e.jurisdiction is Jurisdiction.UNCONTROLLED]

        reasons: list[Evidence] = []
        if public and (itar or ear_eccn):
            reasons.append(_conflict("CONFLICT_PUBLIC_RELEASE_WITH_CONTROL"))
        if ear99 and ear_eccn:
            reasons.append(_conflict("CONFLICT_EAR99_WITH_ECCN"))

        probs = None
        if self.combiner is not None:
            probs = self.combiner.probabilities(features(evidence))
            content = Jurisdiction(CLASSES[int(probs.argmax())])
            confidence = float(probs.max())
        else:
            content, confidence = self._by_rules(failsafe.markings(evidence)[0], public)
        # The fail-safe rule: markings are never overruled without review.
        outcome = failsafe.apply(content, evidence, confidence)
        jurisdiction = outcome.jurisdiction
        reasons.extend(outcome.conflicts)
        if probs is not None and jurisdiction is not content:
            confidence = float(probs[CLASSES.index(jurisdiction.value)])
        if outcome.bound and not outcome.conflicts:
            # A marking the content does not contradict: as sure as the marking itself.
            confidence = max(confidence, outcome.strength)
        reasons.extend(self._uncertain(jurisdiction, probs, evidence, outcome.bound))

        ranking = (rank(evidence, jurisdiction, self.combiner.category if self.combiner else None)
                   if jurisdiction is not Jurisdiction.UNCONTROLLED else None)
        category = ranking.category if ranking else None
        if outcome.controlled and category == "EAR99":
            category = None              # marked controlled: EAR99 is not the marking's answer
        review = (confidence < self.policy.review_below.get(jurisdiction, 1.0)
                  or bool(reasons)
                  or (jurisdiction is not Jurisdiction.UNCONTROLLED and category is None))
        ordered = tuple(sorted(evidence, key=lambda e: (e.jurisdiction is not jurisdiction,
                                                        -e.score, e.where, e.start)))
        return Decision(uri=ex.uri, root=ex.root, size=ex.size, sha256=ex.sha256, mime=ex.mime,
                        jurisdiction=jurisdiction, category=category,
                        confidence=round(confidence, 4), review_required=review,
                        reasons=ordered + tuple(reasons), versions=self.versions,
                        alternatives=ranking.alternatives if ranking else ())

    def _uncertain(self, jurisdiction: Jurisdiction, probs, evidence: Sequence[Evidence],
                   bound: bool) -> list[Evidence]:
        """Review reasons when the weighing itself is unsure: a small margin between the two
        most likely jurisdictions, controlled subject terms under an UNCONTROLLED decision, or
        the text classifier confident of another one."""
        out = []
        if probs is not None and self.policy.min_margin > 0 and not bound:
            top = sorted((float(p) for p in probs), reverse=True)
            if top[0] - top[1] < self.policy.min_margin:
                out.append(_reason("REVIEW_SMALL_MARGIN", jurisdiction))
        if (jurisdiction is Jurisdiction.UNCONTROLLED and self.policy.subject_terms > 0
                and failsafe.about_export(evidence) < failsafe.ABOUT_EXPORT_LIMIT):
            terms = [e for e in evidence if e.code in _SUBJECT_TERMS
                     and e.score >= self.policy.subject_terms]
            if terms:
                top = max(terms, key=lambda e: e.score)
                out.append(_reason(f"REVIEW_SUBJECT_TERMS_{top.jurisdiction.value}",
                                   top.jurisdiction, top.where))
        if self.policy.review_on_disagreement and not bound:
            votes = [e for e in evidence if e.code in _MODEL_VOTES]
            best = max(votes, key=lambda e: e.score, default=None)
            if best is not None and best.score >= self.policy.disagreement_score \
                    and _MODEL_VOTES[best.code] is not jurisdiction:
                out.append(_reason(f"REVIEW_DISAGREEMENT_{_MODEL_VOTES[best.code].value}",
                                   jurisdiction))
        return out

    @staticmethod
    def _by_rules(marks: list[Evidence], public: list[Evidence]) -> tuple[Jurisdiction, float]:
        """Order of review over the markings alone: ITAR, then EAR, then not controlled."""
        itar = [e for e in marks if e.jurisdiction is Jurisdiction.ITAR]
        ear = [e for e in marks if e.jurisdiction is Jurisdiction.EAR]
        ear_eccn = [e for e in ear if e.category and e.category != "EAR99"]
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
            if parent is None or inventory_only(child):
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


def inventory_only(decision: Decision) -> bool:
    """An UNDETERMINED decision that policy keeps out of review (no text where none was
    expected): listed in the inventory and the report, not queued, not rolled up."""
    return decision.jurisdiction is Jurisdiction.UNDETERMINED and not decision.review_required


def failure_decision(uri: str, root: str, versions: Versions, code: ErrorCode,
                     message: str) -> Decision:
    """The decision for an item whose processing failed outside any extractor's control."""
    return Decision(uri=uri, root=root, size=0, sha256=None, mime=None,
                    jurisdiction=Jurisdiction.UNDETERMINED, category=None, confidence=0.0,
                    review_required=True, reasons=(), versions=versions,
                    error=ItemError(code, message))
