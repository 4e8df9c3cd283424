"""Write the labelled sample corpus and its ground truth (labels.csv).

The corpus exercises every format Enclave reads and every decision it makes: ITAR over several
USML categories, EAR over several ECCNs and the residual class, uncontrolled business documents, hard negatives
that talk about export control without being technical data, and unreadable inputs. Document texts
live in ``tests/corpora/sample_texts/docs_*.py``; the writers there give the same bytes on every run.

Run: ``.venv/bin/python tests/corpora/sample_corpus.py`` (from the repository root).
"""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent / "sample_corpus"
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the corpus folder free of caches

from sample_texts import (docs_ear, docs_ear99, docs_general, docs_hardneg,  # noqa: E402
                        docs_itar_a, docs_itar_b)
from sample_texts.legends import Item  # noqa: E402
from sample_texts.media import pdf_bytes  # noqa: E402

OUTPUT_DIRS = ("text", "web", "office", "pdf", "mail", "archives", "drawings", "scans", "broken")
LABEL_FIELDS = ["path", "jurisdiction", "category", "marked", "kind"]

TRUNCATED_BODY = """
# Summary
Monthly facilities report: energy use, maintenance tickets and the roof repair schedule for
buildings 1 to 4. Energy use fell 6 % on last year thanks to the LED retrofit in building 2.
"""


def _truncated_pdf() -> bytes:
    whole = pdf_bytes("Facilities report, October", TRUNCATED_BODY, "Facilities")
    return whole[: len(whole) * 2 // 5]


def broken_items() -> list[Item]:
    """Inputs that cannot be read: they must come out UNDETERMINED."""
    noise = random.Random(20261122).randbytes(6144)
    return [
        Item("broken/facilities_report_oct.pdf", "UNDETERMINED", "", False, "bad_input",
             _truncated_pdf),
        Item("broken/meeting_notes_empty.txt", "UNDETERMINED", "", False, "bad_input",
             lambda: b""),
        Item("broken/Q4_forecast.docx", "UNDETERMINED", "", False, "bad_input", lambda: noise),
    ]


def all_items() -> list[Item]:
    """Every top-level item, in a stable order."""
    modules = (docs_itar_a, docs_itar_b, docs_ear, docs_ear99, docs_hardneg, docs_general)
    items = [item for module in modules for item in module.items()]
    items += broken_items()
    paths = [i.path for i in items]
    duplicates = {p for p in paths if paths.count(p) > 1}
    if duplicates:
        raise SystemExit(f"duplicate paths: {sorted(duplicates)}")
    return sorted(items, key=lambda i: i.path)


def label_rows(items: list[Item]) -> list[dict[str, str]]:
    """One row per top-level item and per archive member or attachment."""
    # The ground-truth file sits in the swept folder, so it is an item too: a plain table.
    rows = [{"path": "labels.csv", "jurisdiction": "UNCONTROLLED", "category": "",
             "marked": "no", "kind": "general"}]
    for item in items:
        rows.append(_row(item.path, item))
        for member in item.members:
            rows.append(_row(f"{item.path}!/{member.path}", member))
    return rows


def _row(path: str, item: Item) -> dict[str, str]:
    return {"path": path, "jurisdiction": item.jurisdiction, "category": item.category,
            "marked": "yes" if item.marked else "no", "kind": item.kind}


def write(items: list[Item]) -> int:
    """Write every item and labels.csv; returns the total number of bytes written."""
    for name in OUTPUT_DIRS:
        shutil.rmtree(ROOT / name, ignore_errors=True)
    total = 0
    for item in items:
        target = ROOT / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        data = item.build()
        target.write_bytes(data)
        total += len(data)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=LABEL_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(label_rows(items))
    (ROOT / "labels.csv").write_text(buf.getvalue(), encoding="utf-8")
    return total


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # ezdxf orders some DXF objects by set iteration; a fixed hash seed keeps DXF bytes stable.
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    items = all_items()
    total = write(items)
    rows = label_rows(items)
    print(f"wrote {len(items)} items ({len(rows)} label rows), {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
