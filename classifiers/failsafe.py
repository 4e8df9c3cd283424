"""The fail-safe rule: a marked item is never decided UNCONTROLLED without review.

One rule, applied by the decider to every decision it makes, whatever weighed the evidence.

A **marking** is marking evidence that points to ITAR or EAR: AECA / ITAR warnings, USML
category marks, ECCN and EAR99 marks, EAR legends, Distribution Statements B-F with the
export-control reason, CUI//SP-EXPT, "export controlled" banners, existing sensitivity labels of
ours or Purview's. The detectors say where each one sits (``kind``): ``marking`` when it is
printed where markings go (header, footer, properties, title block, the top or bottom line of
the cover or last page, a table's ECCN column), ``legend`` for a legend block, banner or
classification field inside the text, ``mention`` when it is quoted in running prose.

Whether the document is writing *about* export control (training, policy, FAQ, classification
pages, job postings) is a property of the whole document: ``CTX_ABOUT_EXPORT_CONTROL`` at or
above ``ABOUT_EXPORT_LIMIT``, measured on its text without its legends. Then:

==========================  ===================================  ==========================
evidence                    document not about export control    document about it
==========================  ===================================  ==========================
marking (marking position)  **binds**                            **binds**
legend inside the text      **binds**                            **flags** (a sample legend)
mention in prose            **flags**                            **flags**; ignored where the
                                                                 marking filters scored it
                                                                 below ``BIND_MIN_SCORE`` (a
                                                                 quoted example, a sentence
                                                                 that teaches)
==========================  ===================================  ==========================

- **binds**: the decision's jurisdiction is the marked regime, the most restrictive one the
  markings state (ITAR, else EAR). A marking that does not name one regime (CUI//SP-EXPT,
  "EXPORT CONTROLLED", a Distribution Statement with the export-control reason, the
  destination control statement, the DoD warning that cites the AECA *or* the EAA) says only
  "controlled": it binds to at least EAR, never to EAR99, and leaves ITAR to the content. A
  marking the marking filters scored below ``BIND_MIN_SCORE`` (a quoted example, a sentence
  that teaches) only flags.
- **flags**: the content's jurisdiction stands, but if it is less restrictive than the marked
  regime the item goes to review.

Where the content evidence points below the marked regime (for a flag: at all; for a binding
marking: with at least ``CONTRADICTS`` confidence), the decision carries a ``CONFLICT`` reason
that names both sides (``CONFLICT_MARKING_ITAR_VS_CONTENT_UNCONTROLLED``)
and goes to review. Evidence against a marking can send an item to review; it can never clear
it. Binding EAR99 marks on content that reads uncontrolled agree (EAR99 is the residual class
of ordinary commercial items): EAR / EAR99, no conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from pipeline.records import MARKING_KINDS, RESTRICTIVENESS, Evidence, Jurisdiction

FAILSAFE_ID = "decide.failsafe.v1"
ABOUT_EXPORT_CODE = "CTX_ABOUT_EXPORT_CONTROL"
# At or above this the document is writing about export control and a classification quoted in
# its prose is a quotation. Measured without legend blocks (``ContextDetector``).
ABOUT_EXPORT_LIMIT = 0.5
# Marking codes that say "export controlled" without naming one regime: CUI//SP-EXPT, a
# Distribution Statement with the export-control reason, "EXPORT CONTROLLED", the destination
# control statement (shared by 22 CFR 123.9 and 15 CFR 758.6), the DoD warning (it names the
# Arms Export Control Act *or* the Export Administration Act), a tenant's "export" label.
REGIME_NOT_STATED = frozenset({"MARK_CUI_EXPT", "MARK_DIST_EXPORT", "MARK_EXPORT_CONTROLLED",
                               "MARK_DESTINATION_CONTROL", "MARK_DOD_EXPORT_WARNING",
                               "LABEL_EXISTING_EXPORT"})
# A marking binds from this score up. Below it the marking filters have judged the hit to be a
# quoted example or a sentence that teaches ("documents must be marked 'ITAR CONTROLLED'"):
# such a hit only flags.
BIND_MIN_SCORE = 0.5
# Content contradicts a binding marking when it points elsewhere with at least this confidence
# (the combiner's calibrated probability); weaker content does not stand against a marking.
CONTRADICTS = 0.95
# A marking that names no regime is read as EAR only when the content says EAR this confidently.
EAR_FROM_CONTENT = 0.6
_CONTROLLED = (Jurisdiction.ITAR, Jurisdiction.EAR)
# Which kinds of marking evidence bind and which flag, by whether the document is about export
# control (the table in the module docstring).
BINDING, FLAGGING = ("marking", "legend"), ("mention",)
BINDING_ABOUT, FLAGGING_ABOUT = ("marking",), ("legend", "mention")


@dataclass(frozen=True)
class Outcome:
    """The jurisdiction after the rule, the conflict reasons it added, and whether markings
    bound the decision."""

    jurisdiction: Jurisdiction
    conflicts: tuple[Evidence, ...] = ()
    bound: bool = False
    # The binding markings say "controlled" (not only EAR99): an EAR decision must not be
    # given the EAR99 category by the ranking.
    controlled: bool = False
    # The strongest binding marking's score: how sure the markings are of the marked regime.
    strength: float = 0.0


def about_export(evidence: Sequence[Evidence]) -> float:
    return max((e.score for e in evidence if e.code == ABOUT_EXPORT_CODE), default=0.0)


def markings(evidence: Sequence[Evidence]) -> tuple[list[Evidence], list[Evidence]]:
    """``(binding, flagging)`` marking evidence (see the module docstring's table)."""
    about = about_export(evidence) >= ABOUT_EXPORT_LIMIT
    binds = BINDING_ABOUT if about else BINDING
    flags = FLAGGING_ABOUT if about else FLAGGING
    binding, flagging = [], []
    for e in evidence:
        if e.jurisdiction not in _CONTROLLED or e.kind not in MARKING_KINDS:
            continue
        if e.kind in binds and e.score >= BIND_MIN_SCORE:
            binding.append(e)
        elif e.kind in binds or (e.kind in flags and not (about and e.kind == "mention"
                                                          and e.score < BIND_MIN_SCORE)):
            flagging.append(e)
    return binding, flagging


def marked_regime(marks: Sequence[Evidence]) -> tuple[Jurisdiction | None, bool]:
    """The regime the markings state, and whether they name it (False: only "controlled")."""
    stated = [e for e in marks if e.code not in REGIME_NOT_STATED]
    if any(e.jurisdiction is Jurisdiction.ITAR for e in stated):
        return Jurisdiction.ITAR, True
    if stated:
        return Jurisdiction.EAR, True
    if marks:
        return Jurisdiction.EAR, False
    return None, False


def review_reason(code: str, jurisdiction: Jurisdiction, where: str = "item") -> Evidence:
    """A reason of this rule that sends the item to review (no text, no weight)."""
    return Evidence(code=code, detector=FAILSAFE_ID, kind="context", jurisdiction=jurisdiction,
                    category=None, where=where, start=0, end=0, score=0.0)


def conflict(marked: Jurisdiction, content: Jurisdiction, where: str = "item") -> Evidence:
    return review_reason(f"CONFLICT_MARKING_{marked.value}_VS_CONTENT_{content.value}", marked,
                         where)


def _below(content: Jurisdiction, regime: Jurisdiction, stated: bool) -> bool:
    """The content's answer is less restrictive than what the markings say (for a stated
    regime: other than it)."""
    if content is regime or (not stated and content is Jurisdiction.ITAR):
        return False
    return stated or RESTRICTIVENESS[content] < RESTRICTIVENESS[regime]


def _unstated_regime(content: Jurisdiction, confidence: float) -> Jurisdiction:
    """The regime for a marking that says only "export controlled": the content's, when it
    reads ITAR or reads EAR with ``EAR_FROM_CONTENT`` confidence; otherwise ITAR. Such markings
    (distribution statements, the DoD warning, CUI//SP-EXPT) sit mostly on defense technical
    data, and the stricter regime is the safe guess while a person confirms it."""
    if content is Jurisdiction.EAR and confidence >= EAR_FROM_CONTENT:
        return Jurisdiction.EAR
    return Jurisdiction.ITAR


def _ear99_only(marks: Sequence[Evidence]) -> bool:
    return all(e.category == "EAR99" for e in marks)


def apply(content: Jurisdiction, evidence: Sequence[Evidence],
          content_confidence: float = 1.0) -> Outcome:
    """The fail-safe rule over the content's answer ``content`` (held with
    ``content_confidence``) and the item's evidence."""
    binding, flagging = markings(evidence)
    regime, stated = marked_regime(binding)
    if regime is not None:
        controlled = not _ear99_only(binding)
        agree = not _below(content, regime, stated) or (
            content is Jurisdiction.UNCONTROLLED and not controlled)
        decided = regime if stated else _unstated_regime(content, content_confidence)
        strength = max(e.score for e in binding)
        first = max(binding, key=lambda e: (RESTRICTIVENESS[e.jurisdiction], e.score))
        if agree or content_confidence < CONTRADICTS:
            # Nothing in the content stands against the marking with any confidence (a thin
            # cover sheet, a terse parts list): the marking decides. Where it names no regime
            # and the content did not name one either, the regime is a guess: review.
            guess = () if stated or decided is content else (
                review_reason("REVIEW_REGIME_NOT_STATED", decided, first.where),)
            return Outcome(decided, guess, bound=True, controlled=controlled, strength=strength)
        return Outcome(decided, (conflict(decided, content, first.where),), bound=True,
                       controlled=controlled, strength=strength)
    regime, stated = marked_regime(flagging)
    if regime is not None and RESTRICTIVENESS[content] < RESTRICTIVENESS[regime]:
        first = max(flagging, key=lambda e: (RESTRICTIVENESS[e.jurisdiction], e.score))
        return Outcome(content, (conflict(regime, content, first.where),))
    return Outcome(content)


def fails_open(jurisdiction: Jurisdiction, review_required: bool,
               evidence: Sequence[Evidence]) -> bool:
    """What the rule forbids: an item with a marking (bound or flagging) decided UNCONTROLLED
    without review."""
    binding, flagging = markings(evidence)
    return (jurisdiction is Jurisdiction.UNCONTROLLED and not review_required
            and bool(binding or flagging))
