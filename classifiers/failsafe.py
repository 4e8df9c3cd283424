"""The fail-safe rule: a marked item is never decided UNCONTROLLED without review.

One rule, applied by the decider to every decision it makes, whatever weighed the evidence:

1. The item's **markings** are its marking evidence (AECA / ITAR warnings, USML category marks,
   ECCN and EAR99 marks, EAR legends, Distribution Statements B-F with the export-control
   reason, CUI//SP-EXPT, "export controlled" banners, existing sensitivity labels of ours or
   Purview's) that point to ITAR or EAR. A hit in a marking position (``kind="marking"``:
   header, footer, properties, title block, a legend at the top or bottom of the text) always
   counts. A hit inside running text (``kind="mention"``) counts unless the document as a
   whole is writing *about* export control (``CTX_ABOUT_EXPORT_CONTROL`` at or above
   ``ABOUT_EXPORT_LIMIT``, measured on the text without its legends): there an ECCN or a
   sample legend is a quotation, not a marking.
2. The **marked regime** is the most restrictive one the markings state: ITAR, else EAR. A
   marking that does not name its regime (CUI//SP-EXPT, "EXPORT CONTROLLED", a Distribution
   Statement with the export-control reason, the destination control statement) says only
   "controlled": it sets a floor of EAR and leaves ITAR to the content.
3. The decision takes the marked regime (or the content's ITAR over a regime-less marking).
   Where the content evidence pointed elsewhere, the item goes to review with a ``CONFLICT``
   reason that names both sides: ``CONFLICT_MARKING_ITAR_VS_CONTENT_UNCONTROLLED``. Evidence
   against a marking can send an item to review; it can never clear it.

EAR99 marks on an item whose content reads uncontrolled agree with each other (EAR99 is the
residual class of ordinary commercial items), so that pair is no conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.records import RESTRICTIVENESS, Evidence, Jurisdiction

FAILSAFE_ID = "decide.failsafe.v1"
ABOUT_EXPORT_CODE = "CTX_ABOUT_EXPORT_CONTROL"
# At or above this the document is writing about export control (training, policy, FAQ,
# classification pages) and mentions in its prose are quotations. Marked technical data in
# train + dev scores below it once legends are left out of the measurement.
ABOUT_EXPORT_LIMIT = 0.5
# Marking codes that say "export controlled" without naming ITAR or EAR.
REGIME_NOT_STATED = frozenset({"MARK_CUI_EXPT", "MARK_DIST_EXPORT", "MARK_EXPORT_CONTROLLED",
                               "MARK_DESTINATION_CONTROL", "LABEL_EXISTING_EXPORT"})
_CONTROLLED = (Jurisdiction.ITAR, Jurisdiction.EAR)


@dataclass(frozen=True)
class Outcome:
    """The jurisdiction after the rule, and the conflict reasons it added (if any)."""

    jurisdiction: Jurisdiction
    conflicts: tuple[Evidence, ...] = ()
    marked: bool = False


def about_export(evidence: list[Evidence] | tuple[Evidence, ...]) -> float:
    return max((e.score for e in evidence if e.code == ABOUT_EXPORT_CODE), default=0.0)


def markings(evidence: list[Evidence] | tuple[Evidence, ...]) -> list[Evidence]:
    """The marking evidence that counts for the rule (see the module docstring, point 1)."""
    prose_counts = about_export(evidence) < ABOUT_EXPORT_LIMIT
    return [e for e in evidence if e.jurisdiction in _CONTROLLED
            and (e.kind == "marking" or (e.kind == "mention" and prose_counts))]


def marked_regime(marks: list[Evidence]) -> tuple[Jurisdiction | None, bool]:
    """The regime the markings state, and whether they state it (False: only "controlled")."""
    stated = [e for e in marks if e.code not in REGIME_NOT_STATED]
    if any(e.jurisdiction is Jurisdiction.ITAR for e in marks):
        return Jurisdiction.ITAR, True
    if stated:
        return Jurisdiction.EAR, True
    if marks:
        return Jurisdiction.EAR, False
    return None, False


def conflict(marked: Jurisdiction, content: Jurisdiction, where: str = "item") -> Evidence:
    return Evidence(code=f"CONFLICT_MARKING_{marked.value}_VS_CONTENT_{content.value}",
                    detector=FAILSAFE_ID, kind="context", jurisdiction=marked, category=None,
                    where=where, start=0, end=0, score=0.0)


def apply(content: Jurisdiction, evidence: list[Evidence] | tuple[Evidence, ...]) -> Outcome:
    """The fail-safe rule over the content's answer ``content`` and the item's evidence."""
    marks = markings(evidence)
    regime, stated = marked_regime(marks)
    if regime is None:
        return Outcome(content)
    if not stated and content is Jurisdiction.ITAR:
        return Outcome(content, marked=True)           # "controlled": the content says which
    if content is regime:
        return Outcome(regime, marked=True)
    ear99_only = all(e.category == "EAR99" for e in marks)
    if content is Jurisdiction.UNCONTROLLED and ear99_only:
        return Outcome(regime, marked=True)
    first = max(marks, key=lambda e: (RESTRICTIVENESS[e.jurisdiction], e.score))
    return Outcome(regime, (conflict(regime, content, first.where),), marked=True)


def fails_open(jurisdiction: Jurisdiction, review_required: bool,
               evidence: list[Evidence] | tuple[Evidence, ...]) -> bool:
    """What the rule forbids: a marked item decided UNCONTROLLED without review."""
    return (jurisdiction is Jurisdiction.UNCONTROLLED and not review_required
            and bool(markings(evidence)))
