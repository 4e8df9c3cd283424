"""``enclave evaluate``: decisions against a labelled folder, measured like a model.

Reports per-class precision / recall / F1 and the confusion matrix over jurisdictions, USML
category (``XI``) and ECCN (``3A001``) exact and top-3 accuracy, accuracy on marked and unmarked
items and on hard negatives, expected calibration error of the confidence, and items/s; and what
fail-safe means in numbers: marked items and controlled items decided UNCONTROLLED without
review (fail-open), the review rate, how often a confident decision taken without review is
right, and a reliability table (confidence bin -> accuracy).
Only top-level items and labelled members are scored; UNDETERMINED counts as a wrong answer
unless the label says UNDETERMINED.
"""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from classifiers.category import group_of
from pipeline.records import Decision, is_controlled

CLASSES = ("ITAR", "EAR", "UNCONTROLLED", "UNDETERMINED")


@dataclass(frozen=True)
class Scored:
    """One labelled item and what Enclave decided for it."""

    path: str
    truth: str
    truth_category: str
    marked: bool
    kind: str
    decided: str
    category: str | None
    alternatives: tuple[str, ...]
    confidence: float
    review: bool = False
    error: str | None = None


def read_label_files(files: Iterable[Path]) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for f in files:
        with open(f, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                rows[row["path"]] = row
    return rows


def score(decisions: dict[str, Decision], labels: dict[str, dict[str, str]]) -> list[Scored]:
    out = []
    for path, row in sorted(labels.items()):
        d = decisions.get(path)
        out.append(Scored(path, row["jurisdiction"], row.get("category") or "",
                          row.get("marked") == "yes", row.get("kind", ""),
                          d.jurisdiction.value if d else "MISSING",
                          d.category if d else None, d.alternatives if d else (),
                          d.confidence if d else 0.0, d.review_required if d else True,
                          d.error.code.value if d and d.error else None))
    return out


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _category_hits(items: Sequence[Scored], jurisdiction: str) -> dict[str, float | None]:
    rows = [s for s in items if s.truth == jurisdiction and s.truth_category
            and s.truth_category != "EAR99"]
    exact = top3 = 0
    for s in rows:
        want = group_of(s.truth_category)
        ranked = [group_of(c) for c in ((s.category,) if s.category else ()) + s.alternatives]
        exact += bool(ranked) and ranked[0] == want and s.decided == jurisdiction
        top3 += want in ranked[:3] and s.decided == jurisdiction
    return {"n": len(rows), "exact": _ratio(exact, len(rows)), "top3": _ratio(top3, len(rows))}


def expected_calibration_error(items: Sequence[Scored], bins: int = 10) -> float | None:
    if not items:
        return None
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [s for s in items if lo <= s.confidence < hi or (b == bins - 1 and s.confidence == 1)]
        if inside:
            acc = sum(s.decided == s.truth for s in inside) / len(inside)
            conf = sum(s.confidence for s in inside) / len(inside)
            total += len(inside) / len(items) * abs(acc - conf)
    return round(total, 4)


CONFIDENT = 0.9
RELIABILITY_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def reliability(items: Sequence[Scored]) -> list[dict]:
    """Confidence bin -> how many, mean confidence, accuracy (and how many went to review)."""
    rows = []
    for lo, hi in zip(RELIABILITY_EDGES, RELIABILITY_EDGES[1:]):
        inside = [s for s in items if lo <= s.confidence < hi and s.decided != "UNDETERMINED"]
        rows.append({"bin": f"{lo:.2f}-{min(hi, 1.0):.2f}", "n": len(inside),
                     "confidence": (round(sum(s.confidence for s in inside) / len(inside), 4)
                                    if inside else None),
                     "accuracy": _ratio(sum(s.decided == s.truth for s in inside), len(inside)),
                     "review": sum(s.review for s in inside)})
    return rows


def fail_safe(items: Sequence[Scored]) -> dict:
    """Fail-open counts, review rate and the precision of confident unreviewed decisions."""
    marked = [s for s in items if s.marked]
    controlled = [s for s in items if is_controlled(s.truth, s.truth_category)]
    confident = [s for s in items if s.confidence >= CONFIDENT and not s.review]
    negatives = [s for s in items if s.truth == "UNCONTROLLED"]
    false_calls = [s for s in negatives if s.decided in ("ITAR", "EAR")]
    return {
        "marked_uncontrolled_no_review": sum(s.decided == "UNCONTROLLED" and not s.review
                                             for s in marked),
        "controlled_uncontrolled_no_review": {
            "count": sum(s.decided == "UNCONTROLLED" and not s.review for s in controlled),
            "n": len(controlled),
            "rate": _ratio(sum(s.decided == "UNCONTROLLED" and not s.review for s in controlled),
                           len(controlled))},
        "review_rate": _ratio(sum(s.review for s in items), len(items)),
        "reviewed": sum(s.review for s in items),
        "no_text_inventory": sum(s.decided == "UNDETERMINED" and not s.review for s in items),
        "confident_no_review": {"n": len(confident), "accuracy": _ratio(
            sum(s.decided == s.truth for s in confident), len(confident))},
        "false_controlled_calls": {"count": len(false_calls), "n": len(negatives),
                                   "without_review": sum(not s.review for s in false_calls)},
    }


def metrics(items: Sequence[Scored]) -> dict:
    labels = [c for c in CLASSES if any(s.truth == c for s in items)]
    per_class, f1s = {}, []
    for c in labels:
        tp = sum(s.truth == c and s.decided == c for s in items)
        fp = sum(s.truth != c and s.decided == c for s in items)
        fn = sum(s.truth == c and s.decided != c for s in items)
        p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_class[c] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                        "support": tp + fn}
        f1s.append(f1)
    confusion = {t: {d: sum(s.truth == t and s.decided == d for s in items)
                     for d in CLASSES + ("MISSING",)} for t in labels}

    def acc(sel: list[Scored]) -> dict:
        return {"n": len(sel), "accuracy": _ratio(sum(s.decided == s.truth for s in sel), len(sel))}

    controlled = [s for s in items if s.truth in ("ITAR", "EAR")]
    return {
        "items": len(items),
        "accuracy": acc(list(items))["accuracy"],
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
        "per_class": per_class,
        "confusion": confusion,
        "marked": acc([s for s in items if s.marked]),
        "unmarked": acc([s for s in items if not s.marked]),
        "unmarked_controlled": acc([s for s in controlled if not s.marked]),
        "hard_negatives": acc([s for s in items if s.kind == "hard_negative"]),
        "usml_category": _category_hits(items, "ITAR"),
        "eccn": _category_hits(items, "EAR"),
        "ear99": acc([s for s in items if s.truth_category == "EAR99"]),
        "ece": expected_calibration_error(items),
        "fail_safe": fail_safe(items),
        "reliability": reliability(items),
    }


def format_report(m: dict) -> str:
    lines = [f"items {m['items']}   accuracy {m['accuracy']}   macro-F1 {m['macro_f1']}   "
             f"ECE {m['ece']}", "",
             f"{'class':<14}{'precision':>10}{'recall':>8}{'f1':>8}{'n':>6}"]
    for c, v in m["per_class"].items():
        lines.append(f"{c:<14}{v['precision']:>10.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}"
                     f"{v['support']:>6}")
    cols = [c for c in CLASSES if c in m["per_class"]] + ["UNDETERMINED", "MISSING"]
    cols = list(dict.fromkeys(cols))
    lines += ["", "confusion (rows truth, columns decided)",
              " " * 14 + "".join(f"{c[:6]:>8}" for c in cols)]
    for t, row in m["confusion"].items():
        lines.append(f"{t:<14}" + "".join(f"{row[c]:>8}" for c in cols))
    lines.append("")
    for key in ("marked", "unmarked", "unmarked_controlled", "hard_negatives", "ear99"):
        lines.append(f"{key:<22}accuracy {m[key]['accuracy']}  (n={m[key]['n']})")
    for key in ("usml_category", "eccn"):
        v = m[key]
        lines.append(f"{key:<22}exact {v['exact']}  top-3 {v['top3']}  (n={v['n']})")
    f = m["fail_safe"]
    c = f["controlled_uncontrolled_no_review"]
    lines += ["", "fail-safe",
              f"  marked items UNCONTROLLED without review    {f['marked_uncontrolled_no_review']}"
              f"  (of {m['marked']['n']})",
              f"  controlled (ITAR, EAR not EAR99) UNCONTROLLED without review  {c['count']}  (of {c['n']}, "
              f"rate {c['rate']})",
              f"  uncontrolled called ITAR/EAR                {f['false_controlled_calls']['count']}"
              f"  (of {f['false_controlled_calls']['n']}, "
              f"{f['false_controlled_calls']['without_review']} without review)",
              f"  review rate                                 {f['review_rate']}  "
              f"({f['reviewed']} of {m['items']}; no-text inventory entries "
              f"{f['no_text_inventory']})",
              f"  confidence >= {CONFIDENT} without review: accuracy "
              f"{f['confident_no_review']['accuracy']}  (n={f['confident_no_review']['n']})",
              "", "reliability (confidence bin: n, mean confidence, accuracy, to review)"]
    for r in m["reliability"]:
        lines.append(f"  {r['bin']}  n={r['n']:<4} conf {r['confidence']}  "
                     f"acc {r['accuracy']}  review {r['review']}")
    if "items_per_s" in m:
        lines.append(f"{'speed':<22}{m['items_per_s']} items/s")
    return "\n".join(lines)


def evaluate_folder(folder: Path, label_files: Sequence[Path], engine_factory) -> dict:
    """Classify every file under ``folder`` in-process and score against the labels."""
    from pipeline.sources.local import LocalSource

    labels = read_label_files(label_files)
    base = folder.resolve().as_uri() + "/"
    decisions: dict[str, Decision] = {}
    with engine_factory() as engine:
        items = [i for i in LocalSource(str(folder)).list()
                 if i.uri[len(base):] in labels or any(k.startswith(i.uri[len(base):] + "!/")
                                                       for k in labels)]
        start = time.perf_counter()
        for item in items:
            for d in engine.classify(item):
                decisions[d.uri[len(base):]] = d
        elapsed = time.perf_counter() - start
    result = metrics(score(decisions, labels))
    result["items_per_s"] = round(len(items) / elapsed, 2) if elapsed else None
    return result
