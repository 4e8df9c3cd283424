"""Which USML category or ECCN: ranking the candidates that the detectors point to.

Candidates are grouped at the level we report confidently — the USML category (``XI``) or the
5-character ECCN (``3A001``) — and scored as

    score(group) = w_mark · marking + w_lex · lexicon + w_sem · semantic + w_model · classifier

where each term is the strongest finding of that detector family for the group, and the
classifier term is the text classifier's probability of the group's USML category or of its
CCL category + product group ("3A"). A USML category the classifier favours is a candidate even
when no detector named a paragraph in it. The reported
category is the group's most specific supported paragraph (a marking's, else the lexicon's, else
the semantic matcher's); the runners-up are the alternatives. Within EAR, an ECCN needs either a
marking or subject evidence above ``ear99_threshold``; otherwise the item is ``EAR99``. The
weights and the threshold are tuned on the training and dev splits (``models/training``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from pipeline.records import Evidence, Jurisdiction

DEFAULTS = {"w_mark": 3.0, "w_lex": 1.0, "w_sem": 1.0, "w_model": 0.0, "ear99_threshold": 0.35,
            "sibling_discount": 0.9}
_FAMILY = {"MARK_USML_CATEGORY": "mark", "MARK_ECCN": "mark",
           "SUBJ_TERM_USML": "lex", "SUBJ_TERM_CCL": "lex",
           "SUBJ_SEMANTIC_USML": "sem", "SUBJ_SEMANTIC_CCL": "sem"}
_USML_NUMERAL = re.compile(r"^([IVX]+)")


def group_of(category: str) -> str:
    """``XI(a)(3)`` -> ``XI``; ``3A001.a.7`` -> ``3A001``; ``EAR99`` -> ``EAR99``."""
    m = _USML_NUMERAL.match(category)
    return m.group(1) if m and not category[:1].isdigit() else category[:5]


def _add_siblings(best: dict[str, dict[str, Evidence]], model: dict[str, float],
                  discount: float) -> None:
    """Subject detectors name the hardware entry (3A001); the document may be its software
    (3D001) or technology (3E001). Where the classifier favours another product group, the
    sibling entry of that group becomes a candidate with the hardware's evidence, discounted."""
    from dataclasses import replace

    from classifiers.kb import load_kb

    kb = load_kb()
    for group in list(best):
        if len(group) != 5 or not group[:1].isdigit():
            continue
        carried = {f: e for f, e in best[group].items() if f != "mark"}
        for prefix in model:
            sibling = prefix + group[2:]
            if carried and prefix[0] == group[0] and sibling not in best \
                    and kb.eccn(sibling) is not None:
                best[sibling] = {f: replace(e, category=sibling, score=e.score * discount)
                                 for f, e in carried.items()}


@dataclass(frozen=True)
class Ranking:
    category: str | None
    alternatives: tuple[str, ...]
    score: float


def rank(evidence: Sequence[Evidence], jurisdiction: Jurisdiction,
         params: dict[str, float] | None = None) -> Ranking:
    p = {**DEFAULTS, **(params or {})}
    best: dict[str, dict[str, Evidence]] = defaultdict(dict)
    for e in evidence:
        family = _FAMILY.get(e.code)
        if family is None or e.jurisdiction is not jurisdiction or not e.category \
                or e.category == "EAR99":
            continue
        group = group_of(e.category)
        held = best[group].get(family)
        if held is None or (e.score, len(e.category)) > (held.score, len(held.category or "")):
            best[group][family] = e
    model = {e.category: e.score for e in evidence
             if e.code in ("MODEL_CATEGORY_USML", "MODEL_CATEGORY_CCL")
             and e.jurisdiction is jurisdiction and e.category}
    if jurisdiction is Jurisdiction.ITAR:
        for numeral in model:
            best.setdefault(numeral, {})
    elif model and p["w_model"]:
        _add_siblings(best, model, p["sibling_discount"])
    scored = []
    for group, fams in best.items():
        score = sum(p[f"w_{f}"] * fams[f].score for f in fams)
        score += p["w_model"] * model.get(group if jurisdiction is Jurisdiction.ITAR else group[:2], 0.0)
        paragraph = next((fams[f].category for f in ("mark", "lex", "sem") if f in fams), group)
        scored.append((score, group, paragraph, "mark" in fams))
    scored.sort(key=lambda s: (-s[0], s[1]))
    if jurisdiction is Jurisdiction.EAR:
        marked_ear99 = any(e.code == "MARK_EAR99" for e in evidence)
        top_marked = bool(scored) and scored[0][3]
        if not top_marked and (marked_ear99 or not scored or scored[0][0] < p["ear99_threshold"]):
            alts = tuple(s[2] for s in scored[:2])
            return Ranking("EAR99", alts, 1.0 if marked_ear99 else 0.0)
    if not scored:
        return Ranking(None, (), 0.0)
    return Ranking(scored[0][2], tuple(s[2] for s in scored[1:3]), scored[0][0])
