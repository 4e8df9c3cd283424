"""One item's evidence as a fixed-length feature vector for the decision combiner.

Semantic matches are not features: the embedding step runs only for items that may be
controlled (see ``pipeline.engine.needs_subject_match``) and serves the category ranking.

Every feature is a plain function of the evidence list, so training (``models/training``) and
the running decider compute exactly the same thing. Scores are already in [0, 1]; a feature is
the strongest finding of its family (or a count, squashed). Adding a feature changes the
combiner's shape: retrain and bump ``FEATURES_VERSION``.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

from pipeline.records import MARKING_KINDS, Evidence

FEATURES_VERSION = "features-2"

ITAR_MARKS = {"MARK_ITAR_WARNING", "MARK_DOD_EXPORT_WARNING", "MARK_USML_CATEGORY",
              "LABEL_EXISTING_ITAR"}
EAR_LEGENDS = {"MARK_EAR_LEGEND", "MARK_DESTINATION_CONTROL"}
GENERIC_MARKS = {"MARK_CUI_EXPT", "MARK_DIST_EXPORT", "MARK_EXPORT_CONTROLLED",
                 "LABEL_EXISTING_EXPORT"}


def _max(evidence: Sequence[Evidence], test: Callable[[Evidence], bool]) -> float:
    return max((e.score for e in evidence if test(e)), default=0.0)


def _code(*codes: str) -> Callable[[Evidence], bool]:
    wanted = set(codes)
    return lambda e: e.code in wanted


def _prefix(prefix: str) -> Callable[[Evidence], bool]:
    return lambda e: e.code.startswith(prefix)


FEATURES: tuple[tuple[str, Callable[[Sequence[Evidence]], float]], ...] = (
    ("mark_itar", lambda ev: _max(ev, _code(*ITAR_MARKS))),
    ("mark_usml_category", lambda ev: _max(ev, lambda e: e.code == "MARK_USML_CATEGORY"
                                           and bool(e.category))),
    ("mark_eccn", lambda ev: _max(ev, _code("MARK_ECCN"))),
    ("mark_ear_legend", lambda ev: _max(ev, _code(*EAR_LEGENDS))),
    ("mark_ear99", lambda ev: _max(ev, _code("MARK_EAR99"))),
    ("mark_generic", lambda ev: _max(ev, _code(*GENERIC_MARKS))),
    ("mark_public", lambda ev: _max(ev, _code("MARK_DIST_A", "LABEL_EXISTING_PUBLIC"))),
    ("mark_count", lambda ev: math.tanh(sum(e.kind in MARKING_KINDS for e in ev) / 4)),
    ("lex_usml", lambda ev: _max(ev, _code("SUBJ_TERM_USML"))),
    ("lex_ccl", lambda ev: _max(ev, _code("SUBJ_TERM_CCL"))),
    ("model_itar", lambda ev: _max(ev, _code("MODEL_ITAR"))),
    ("model_ear", lambda ev: _max(ev, _code("MODEL_EAR"))),
    ("model_uncontrolled", lambda ev: _max(ev, _code("MODEL_UNCONTROLLED"))),
    ("model_technical", lambda ev: _max(ev, _code("MODEL_TECHNICAL_DATA"))),
    ("techdata", lambda ev: _max(ev, _prefix("TD_"))),
    ("techdata_kinds", lambda ev: math.tanh(len({e.code for e in ev
                                                 if e.code.startswith("TD_")}) / 3)),
    ("ctx_about_export", lambda ev: _max(ev, _code("CTX_ABOUT_EXPORT_CONTROL"))),
    ("ctx_marketing", lambda ev: _max(ev, _code("CTX_MARKETING", "CTX_PUBLIC_RELEASE"))),
)
FEATURE_NAMES = tuple(name for name, _ in FEATURES)


def features(evidence: Sequence[Evidence]) -> list[float]:
    return [float(fn(evidence)) for _, fn in FEATURES]
