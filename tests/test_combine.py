"""The learned decision path: category ranking, the combiner, and the evaluation metrics."""

from __future__ import annotations

import numpy as np
import pytest

from classifiers.category import group_of, rank
from classifiers.combiner import CLASSES, Combiner
from classifiers.features import FEATURE_NAMES, features
from pipeline.evaluate import Scored, expected_calibration_error, metrics
from pipeline.records import Evidence, Jurisdiction

J = Jurisdiction


def ev(code: str, j: Jurisdiction | None, category: str | None, score: float) -> Evidence:
    return Evidence(code=code, detector="t", kind="marking" if code.startswith("MARK_") else "x",
                    jurisdiction=j, category=category,
                    where="body", start=0, end=1, score=score)


@pytest.mark.parametrize("category,group", [
    ("XI(a)(3)(i)", "XI"), ("XV", "XV"), ("IV(h)(4)", "IV"), ("3A001.a.7", "3A001"),
    ("9A610.x", "9A610"), ("5D002", "5D002"), ("EAR99", "EAR99"),
])
def test_group_of(category: str, group: str) -> None:
    assert group_of(category) == group


RANK_CASES = [
    ("marking beats subject evidence",
     [ev("MARK_USML_CATEGORY", J.ITAR, "XI(c)", 0.9), ev("SUBJ_TERM_USML", J.ITAR, "XII(a)", 0.9),
      ev("SUBJ_SEMANTIC_USML", J.ITAR, "XII(c)", 0.8)], J.ITAR, "XI(c)", ("XII(a)",)),
    ("lexicon and semantic agree on a group",
     [ev("SUBJ_TERM_USML", J.ITAR, "XIX(f)(1)", 0.6), ev("SUBJ_SEMANTIC_USML", J.ITAR, "XIX(b)", 0.5),
      ev("SUBJ_TERM_USML", J.ITAR, "VIII(h)", 0.7)], J.ITAR, "XIX(f)(1)", ("VIII(h)",)),
    ("weak ccl evidence means EAR99",
     [ev("SUBJ_TERM_CCL", J.EAR, "3A001.b", 0.1)], J.EAR, "EAR99", ("3A001.b",)),
    ("ear99 marking without an eccn mark",
     [ev("MARK_EAR99", J.EAR, "EAR99", 0.9), ev("SUBJ_TERM_CCL", J.EAR, "5A002.a", 0.9)],
     J.EAR, "EAR99", ("5A002.a",)),
    ("eccn marking wins over ear99 marking",
     [ev("MARK_EAR99", J.EAR, "EAR99", 0.9), ev("MARK_ECCN", J.EAR, "9A610.x", 0.85)],
     J.EAR, "9A610.x", ()),
    ("strong subject evidence names the eccn",
     [ev("SUBJ_SEMANTIC_CCL", J.EAR, "6A003.b.4", 0.7), ev("SUBJ_TERM_CCL", J.EAR, "6A003.b", 0.6),
      ev("SUBJ_SEMANTIC_CCL", J.EAR, "6A002.a", 0.5)], J.EAR, "6A003.b", ("6A002.a",)),
    ("other jurisdictions' evidence is ignored",
     [ev("SUBJ_TERM_CCL", J.EAR, "3A001", 0.9)], J.ITAR, None, ()),
]


@pytest.mark.parametrize("name,evidence,jurisdiction,category,alternatives", RANK_CASES,
                         ids=[c[0] for c in RANK_CASES])
def test_rank(name, evidence, jurisdiction, category, alternatives) -> None:
    r = rank(evidence, jurisdiction)
    assert r.category == category
    assert r.alternatives[:len(alternatives)] == alternatives


def test_features_have_fixed_names_and_range() -> None:
    x = features([ev("MARK_ITAR_WARNING", J.ITAR, None, 0.9), ev("TD_TOLERANCE", None, None, 0.7),
                  ev("MODEL_EAR", J.EAR, None, 0.3)])
    assert len(x) == len(FEATURE_NAMES)
    named = dict(zip(FEATURE_NAMES, x))
    assert named["mark_itar"] == 0.9 and named["techdata"] == 0.7 and named["model_ear"] == 0.3
    assert all(0.0 <= v <= 1.0 for v in x)


def _synthetic(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, len(CLASSES), n)
    x = rng.random((n, len(FEATURE_NAMES))) * 0.3
    x[np.arange(n), y] += 0.6            # one informative feature per class, with noise
    return x, y


def test_combiner_learns_calibrates_and_round_trips(tmp_path) -> None:
    x, y = _synthetic(300, 1)
    xd, yd = _synthetic(200, 2)
    c = Combiner.fit(x, y)
    acc = (np.array([c.probabilities(v).argmax() for v in xd]) == yd).mean()
    assert acc > 0.9

    def nll(model: Combiner) -> float:
        return -np.mean([np.log(model.probabilities(v)[t]) for v, t in zip(xd, yd)])

    before = nll(c)
    c.calibrate(xd, yd)
    assert nll(c) <= before + 1e-9
    c.save(tmp_path / "c.json")
    back = Combiner.load(tmp_path / "c.json")
    assert np.allclose(back.probabilities(xd[0]), c.probabilities(xd[0]), atol=1e-4)


def s(truth: str, decided: str, conf: float = 0.9, category: str = "", got: str | None = None,
      alts: tuple[str, ...] = (), marked: bool = False, kind: str = "technical_data") -> Scored:
    return Scored("p", truth, category, marked, kind, decided, got, alts, conf)


def test_metrics_on_a_known_table() -> None:
    items = [s("ITAR", "ITAR", category="XI(c)", got="XI(a)"),
             s("ITAR", "EAR", category="XV(e)", got="3A001", alts=("XV(a)",)),
             s("EAR", "EAR", category="3A001.a.7", got="3A002", alts=("4A003", "3A001.b")),
             s("UNCONTROLLED", "UNCONTROLLED", kind="hard_negative"),
             s("UNCONTROLLED", "ITAR", kind="hard_negative")]
    m = metrics(items)
    assert m["per_class"]["ITAR"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert m["confusion"]["ITAR"]["EAR"] == 1
    assert m["hard_negatives"]["accuracy"] == 0.5
    assert m["usml_category"] == {"n": 2, "exact": 0.5, "top3": 0.5}
    assert m["eccn"] == {"n": 1, "exact": 0.0, "top3": 1.0}


def test_ece_is_zero_when_confidence_matches_accuracy() -> None:
    items = [s("ITAR", "ITAR", conf=0.75)] * 3 + [s("ITAR", "EAR", conf=0.75)]
    assert expected_calibration_error(items) == 0.0
    assert expected_calibration_error([s("ITAR", "EAR", conf=0.95)]) == 0.95


def test_stated_marking_is_not_overruled_into_uncontrolled() -> None:
    from classifiers.decide import Decider
    from pipeline.records import Extraction, Versions

    always_uncontrolled = Combiner(np.zeros((3, len(FEATURE_NAMES))), np.array([0.0, 0.0, 5.0]))
    decider = Decider(Versions("r", "m", "t"), combiner=always_uncontrolled)
    part = Extraction(uri="file:///m.eml", root="file:///m.eml", depth=0, size=1, sha256=None,
                      mime=None)
    d = decider.decide(part, [ev("MARK_USML_CATEGORY", J.ITAR, "XI(c)(2)", 0.95)])
    assert (d.jurisdiction, d.category, d.review_required) == (J.ITAR, "XI(c)(2)", True)
    assert "CONFLICT_MARKING_ITAR_VS_CONTENT_UNCONTROLLED" in [r.code for r in d.reasons]
    # a legend without a category and a weak ECCN count too: ITAR, never cleared without review
    d = decider.decide(part, [ev("MARK_ITAR_WARNING", J.ITAR, None, 0.9),
                              ev("MARK_ECCN", J.EAR, "5A992.c", 0.6)])
    assert d.jurisdiction is J.ITAR and d.review_required
