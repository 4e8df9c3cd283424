"""The run report: ``report.html`` beside the Parquet inventory.

One self-contained HTML page (inline CSS and SVG charts; no script, no web font, nothing fetched
from anywhere) for the people who schedule and audit sweeps:

- counts of items by jurisdiction, by source and by category (bar charts and tables),
- how the sweep came by its decisions: processed, re-decided from stored evidence, carried over,
- items needing review (uri, jurisdiction, category, confidence, error code),
- errors by code, deletions, and throughput (items/s and MB/s of what was actually read).

Like the inventory it is built from, it carries ids, codes and counts, never document text or
evidence excerpts, so it may leave the enclave with the inventory.
"""

from __future__ import annotations

import html
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from pipeline.records import is_controlled

REPORT_FILE = "report.html"
MAX_LISTED = 500                 # review / deletion rows shown; the inventory has them all

COLOURS = {"ITAR": "#b3261e", "EAR": "#c77700", "UNCONTROLLED": "#2e7d32",
           "UNDETERMINED": "#5e35b1"}
JURISDICTIONS = ("ITAR", "EAR", "UNCONTROLLED", "UNDETERMINED")
DEFAULT_BAR = "#37474f"

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:72em;
color:#1c1c1c;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
.meta{color:#555}.cards{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:9em}
.card b{display:block;font-size:1.6em}
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .8em;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:.92em;word-break:break-all}.charts{display:flex;flex-wrap:wrap;gap:2em}
.note{color:#555;font-size:.92em}
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def bar_chart(title: str, counts: Sequence[tuple[str, int]], colours: Mapping[str, str] = {},
              width: int = 420) -> str:
    """A horizontal bar chart as inline SVG."""
    if not counts:
        return f"<figure><figcaption>{_esc(title)}</figcaption><p class=note>none</p></figure>"
    label_w, bar_h, gap = 150, 18, 6
    top = max(n for _, n in counts) or 1
    height = len(counts) * (bar_h + gap) + gap
    rows = []
    for i, (label, n) in enumerate(counts):
        y = gap + i * (bar_h + gap)
        w = max(1, int((width - label_w - 60) * n / top))
        shown = label if len(label) <= 22 else label[:21] + "…"
        rows.append(
            f'<text x="{label_w - 6}" y="{y + bar_h - 4}" text-anchor="end">{_esc(shown)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" '
            f'fill="{colours.get(label, DEFAULT_BAR)}"><title>{_esc(label)}: {n}</title></rect>'
            f'<text x="{label_w + w + 5}" y="{y + bar_h - 4}">{n}</text>')
    return (f'<figure><figcaption>{_esc(title)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'role="img" aria-label="{_esc(title)}" font-size="12" font-family="sans-serif">'
            + "".join(rows) + "</svg></figure>")


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]], numeric: set[int] = set()) -> str:
    head = "".join(f'<th{" class=n" if i in numeric else ""}>{_esc(h)}</th>'
                   for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{_esc(c)}</td>'
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _source_of(rows: list[dict[str, Any]], specs: Sequence[str]) -> dict[str, str]:
    """Each top-level uri's source: from the row, else by uri prefix, else '(unknown)'."""
    from pipeline.config import normalise_source

    prefixes = sorted(((normalise_source(s), s) for s in specs), key=lambda p: -len(p[0]))
    out = {}
    for r in rows:
        if r["is_member"]:
            continue
        src = r.get("source")
        if not src:
            src = next((s for p, s in prefixes if r["uri"] == p or r["uri"].startswith(p + "/")),
                       "(unknown)")
        out[r["uri"]] = src
    return out


def review_reason(row: Mapping[str, Any]) -> str:
    """Why an inventory row needs review, in one stated reason."""
    if row["jurisdiction"] == "UNDETERMINED":
        return f"undetermined: {row.get('error_code') or 'no decision'}"
    stated = [c for c in row.get("reason_codes") or () if c.startswith(("CONFLICT_", "REVIEW_"))]
    if stated:
        return stated[0]
    if row["jurisdiction"] != "UNCONTROLLED" and not row.get("category"):
        return "no category found for a controlled decision"
    return "confidence below the policy threshold"


def summarise(rows: list[dict[str, Any]], *, elapsed: float, specs: Sequence[str],
              deletions: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """The numbers the report shows (also useful to scripts and tests)."""
    top = [r for r in rows if not r["is_member"]]
    sources = _source_of(rows, specs)
    processing = Counter(r.get("processing") or "processed" for r in top)
    read = [r for r in top if (r.get("processing") or "processed") == "processed"]
    read_bytes = sum(r["size"] or 0 for r in read)
    controlled = sum(1 for r in rows if is_controlled(r["jurisdiction"], r["category"]))
    return {
        "items": len(top), "members": len(rows) - len(top),
        "by_jurisdiction": {j: sum(1 for r in top if r["jurisdiction"] == j)
                            for j in JURISDICTIONS},
        "members_by_jurisdiction": {j: sum(1 for r in rows if r["is_member"]
                                           and r["jurisdiction"] == j) for j in JURISDICTIONS},
        "by_source": dict(Counter(sources.values()).most_common()),
        "by_category": dict(Counter(r["category"] for r in rows if r["category"]).most_common()),
        "errors": dict(Counter(r["error_code"] for r in rows if r["error_code"]).most_common()),
        "processing": {k: processing.get(k, 0) for k in ("processed", "redecided", "carried_over")},
        "review": sum(1 for r in rows if r["review_required"]),
        "review_rate": round(sum(1 for r in top if r["review_required"]) / len(top), 4) if top else 0.0,
        "review_reasons": dict(Counter(review_reason(r) for r in rows
                                       if r["review_required"]).most_common()),
        "no_text": sum(1 for r in rows if r["jurisdiction"] == "UNDETERMINED"
                       and not r["review_required"]),
        "controlled": controlled,
        "deleted": len(deletions),
        "elapsed_s": round(elapsed, 3),
        "items_per_s": round(len(read) / elapsed, 2) if elapsed > 0 else None,
        "mb_per_s": round(read_bytes / 1e6 / elapsed, 3) if elapsed > 0 else None,
        "listed_items_per_s": round(len(top) / elapsed, 2) if elapsed > 0 else None,
        "bytes_read": read_bytes,
    }


def render(rows: list[dict[str, Any]], *, elapsed: float, specs: Sequence[str],
           sweep_id: str | None = None, deletions: Sequence[Mapping[str, Any]] = (),
           generated: float | None = None) -> str:
    s = summarise(rows, elapsed=elapsed, specs=specs, deletions=deletions)
    when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(generated or time.time()))
    p = s["processing"]
    cards = [("items", s["items"]), ("archive members", s["members"]),
             ("controlled (ITAR, EAR not EAR99)", s["controlled"]), ("need review", s["review"]),
             ("review rate, items", f"{s['review_rate']:.1%}"),
             ("no extractable text (inventory only)", s["no_text"]),
             ("errors", sum(s["errors"].values())), ("deleted since last sweep", s["deleted"]),
             ("read and decided", p["processed"]), ("re-decided from stored evidence", p["redecided"]),
             ("carried over unchanged", p["carried_over"])]
    out = [f"<!doctype html><html lang=en><head><meta charset=utf-8>"
           f"<title>Enclave sweep report</title><style>{_CSS}</style></head><body>",
           "<h1>Enclave sweep report</h1>",
           f"<p class=meta>{_esc(when)}"
           + (f" · sweep <code>{_esc(sweep_id)}</code>" if sweep_id else "")
           + f" · {s['elapsed_s']:.1f} s · sources: "
           + ", ".join(f"<code>{_esc(x)}</code>" for x in specs) + "</p>",
           "<div class=cards>" + "".join(f"<div class=card><b>{n}</b>{_esc(label)}</div>"
                                         for label, n in cards) + "</div>"]

    out.append("<h2>Counts</h2><div class=charts>")
    out.append(bar_chart("Items by jurisdiction", list(s["by_jurisdiction"].items()), COLOURS))
    out.append(bar_chart("Items by source", list(s["by_source"].items())))
    out.append(bar_chart("Items and members by category", list(s["by_category"].items())[:25]))
    out.append("</div>")
    out.append(_table(["jurisdiction", "items", "members"],
                      [(j, s["by_jurisdiction"][j], s["members_by_jurisdiction"][j])
                       for j in JURISDICTIONS], {1, 2}))
    out.append(_table(["source", "items"], s["by_source"].items(), {1}))
    if s["by_category"]:
        out.append(_table(["category", "items and members"], s["by_category"].items(), {1}))

    out.append("<h2>Throughput</h2>")
    out.append(_table(["measure", "value"], [
        ("items read and decided per second", s["items_per_s"]),
        ("MB read per second", s["mb_per_s"]),
        ("items listed per second (carried over included)", s["listed_items_per_s"]),
        ("bytes read", s["bytes_read"]), ("wall time, s", s["elapsed_s"])], {1}))

    out.append("<h2>Errors by code</h2>")
    out.append(_table(["error code", "items and members"], s["errors"].items(), {1})
               if s["errors"] else "<p class=note>none</p>")

    review = [r for r in rows if r["review_required"]]
    out.append(f"<h2>Items needing review ({len(review)})</h2>")
    if s["review_reasons"]:
        out.append(_table(["why", "items and members"], s["review_reasons"].items(), {1}))
    if review:
        shown = review[:MAX_LISTED]
        out.append(_table(["uri", "jurisdiction", "category", "confidence", "why"],
                          [(r["uri"], r["jurisdiction"], r["category"] or "",
                            f"{r['confidence']:.2f}", review_reason(r)) for r in shown], {3}))
        if len(review) > len(shown):
            out.append(f"<p class=note>… and {len(review) - len(shown)} more: "
                       "see inventory.parquet (review_required = true).</p>")
    else:
        out.append("<p class=note>none</p>")

    no_text = [r for r in rows if r["jurisdiction"] == "UNDETERMINED" and not r["review_required"]]
    if no_text:
        out.append(f"<h2>No extractable text ({len(no_text)})</h2><p class=note>Items of types that "
                   "need not carry text (images, fonts, audio, executables) in which none was "
                   "found, OCR included. Policy keeps them in the inventory and out of the review "
                   "queue (<code>policy.no_text</code>).</p>")
        out.append(_table(["type", "items and members"],
                          Counter(r["mime_type"] or "unknown" for r in no_text).most_common(), {1}))

    if deletions:
        out.append(f"<h2>Deleted since the last sweep ({len(deletions)})</h2>")
        out.append(_table(["uri", "last jurisdiction", "last category"],
                          [(d["uri"], d.get("jurisdiction") or "", d.get("category") or "")
                           for d in list(deletions)[:MAX_LISTED]]))
    out.append("<p class=note>Enclave suggests; export-control staff decide. This report holds "
               "identifiers, codes and counts only, no document content.</p></body></html>")
    return "\n".join(out)


def write_report(out_dir: str | Path, *, elapsed: float, specs: Sequence[str],
                 sweep_id: str | None = None, rows: list[dict[str, Any]] | None = None) -> Path:
    """Write ``report.html`` from ``inventory.parquet`` (and ``deletions.jsonl``) in ``out_dir``."""
    out = Path(out_dir)
    if rows is None:
        import pyarrow.parquet as pq

        rows = pq.read_table(out / "inventory.parquet").to_pylist()
    deletions_path = out / "deletions.jsonl"
    deletions = ([json.loads(x) for x in deletions_path.read_text().splitlines() if x.strip()]
                 if deletions_path.exists() else [])
    path = out / REPORT_FILE
    path.write_text(render(rows, elapsed=elapsed, specs=specs, sweep_id=sweep_id,
                           deletions=deletions), encoding="utf-8")
    return path
