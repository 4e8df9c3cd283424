"""The fail-safe rule: a marked item is never decided UNCONTROLLED without review.

One rule, applied by the decider to every decision it makes, whatever weighed the evidence.

A **marking** is marking evidence that points to ITAR or EAR: AECA / ITAR warnings, USML
category marks, ECCN and EAR99 marks, EAR legends, Distribution Statements B-F with the
export-control reason, CUI//SP-EXPT, "export controlled" banners, existing sensitivity labels of
ours or Purview's. The detectors say where each one sits (``kind``): ``marking`` when it is
printed where markings go (header, footer, properties, title block, legend block, banner,
classification field), ``mention`` when it is quoted in running prose.

Whether the document is writing *about* export control (training, policy, FAQ, classification
pages, job postings) is a property of the whole document: ``CTX_ABOUT_EXPORT_CONTROL`` at or
above ``ABOUT_EXPORT_LIMIT``, measured on its text without its legends. Then:

==============================  ================================  =========================
evidence                         document not about export control  document about it
==============================  ================================  =========================
marking (printed as one)         **binds**: the decision takes the  **flags**
                                 marked regime
mention (quoted in prose)        **flags**                          ignored: a quotation
==============================  ================================  =========================

- **binds**: the decision's jurisdiction is the marked regime, the most restrictive one the
  markings state (ITAR, else EAR). A marking that does not name its regime (CUI//SP-EXPT,
  "EXPORT CONTROLLED", a Distribution Statement with the export-control reason, the
  destination control statement) says only "controlled": it binds to at least EAR and leaves
  ITAR to the content.
- **flags**: the content's jurisdiction stands, but if it is less restrictive than the marked
  regime the item goes to review.

Either way, where the content evidence pointed below the marked regime, the decision carries a
``CONFLICT`` reason that names both sides (``CONFLICT_MARKING_ITAR_VS_CONTENT_UNCONTROLLED``)
and goes to review. Evidence against a marking can send an item to review; it can never clear
it. Binding EAR99 marks on content that reads uncontrolled agree (EAR99 is the residual class
of ordinary commercial items): EAR / EAR99, no conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from pipeline.records import RESTRICTIVENESS, Evidence, Jurisdiction

FAILSAFE_ID = "decide.failsafe.v1"
ABOUT_EXPORT_CODE = "CTX_ABOUT_EXPORT_CONTROL"
# At or above this the document is writing about export control and a classification quoted in
# its prose is a quotation. Measured without legend blocks (``ContextDetector``).
ABOUT_EXPORT_LIMIT = 0.5
# Marking codes that say "export controlled" without naming ITAR or EAR.
REGIME_NOT_STATED = frozenset({"MARK_CUI_EXPT", "MARK_DIST_EXPORT", "MARK_EXPORT_CONTROLLED",
                               "MARK_DESTINATION_CONTROL", "LABEL_EXISTING_EXPORT"})
_CONTROLLED = (Jurisdiction.ITAR, Jurisdiction.EAR)


@dataclass(frozen=True)
class Outcome:
    """The jurisdiction after the rule, the conflict reasons it added, and whether markings
    bound the decision."""

    jurisdiction: Jurisdiction
    conflicts: tuple[Evidence, ...] = ()
    bound: bool = False


def about_export(evidence: Sequence[Evidence]) -> float:
    return max((e.score for e in evidence if e.code == ABOUT_EXPORT_CODE), default=0.0)


def markings(evidence: Sequence[Evidence]) -> tuple[list[Evidence], list[Evidence]]:
    """``(binding, flagging)`` marking evidence (see the module docstring's table)."""
    controlled = [e for e in evidence if e.jurisdiction in _CONTROLLED
                  and e.kind in ("marking", "mention")]
    if about_export(evidence) >= ABOUT_EXPORT_LIMIT:
        return [], [e for e in controlled if e.kind == "marking"]
    return ([e for e in controlled if e.kind == "marking"],
            [e for e in controlled if e.kind == "mention"])


def marked_regime(marks: Sequence[Evidence]) -> tuple[Jurisdiction | None, bool]:
    """The regime the markings state, and whether they name it (False: only "controlled")."""
    if any(e.jurisdiction is Jurisdiction.ITAR for e in marks):
        return Jurisdiction.ITAR, True
    if any(e.code not in REGIME_NOT_STATED for e in marks):
        return Jurisdiction.EAR, True
    if marks:
        return Jurisdiction.EAR, False
    return None, False


def conflict(marked: Jurisdiction, content: Jurisdiction, where: str = "item") -> Evidence:
    return Evidence(code=f"CONFLICT_MARKING_{marked.value}_VS_CONTENT_{content.value}",
                    detector=FAILSAFE_ID, kind="context", jurisdiction=marked, category=None,
                    where=where, start=0, end=0, score=0.0)


def _below(content: Jurisdiction, regime: Jurisdiction, stated: bool) -> bool:
    """The content's answer is less restrictive than what the markings say (for a stated
    regime: other than it)."""
    if content is regime or (not stated and content is Jurisdiction.ITAR):
        return False
    return stated or RESTRICTIVENESS[content] < RESTRICTIVENESS[regime]


def _ear99_only(marks: Sequence[Evidence]) -> bool:
    return all(e.category == "EAR99" for e in marks)


def apply(content: Jurisdiction, evidence: Sequence[Evidence]) -> Outcome:
    """The fail-safe rule over the content's answer ``content`` and the item's evidence."""
    binding, flagging = markings(evidence)
    regime, stated = marked_regime(binding)
    if regime is not None:
        agree = not _below(content, regime, stated) or (
            content is Jurisdiction.UNCONTROLLED and _ear99_only(binding))
        if agree:
            return Outcome(regime if stated else content if content is Jurisdiction.ITAR
                           else regime, bound=True)
        first = max(binding, key=lambda e: (RESTRICTIVENESS[e.jurisdiction], e.score))
        return Outcome(regime, (conflict(regime, content, first.where),), bound=True)
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
