"""Synthetic corpora for the sweep benchmarks: N items with a realistic mix of formats and sizes.

    .venv/bin/python bench/gen_corpus.py 10000 out/bench/c10k [--seed 7]

The mix imitates an engineering file share: mostly small text, notes and Office files, some PDFs
and e-mails, a few archives and drawings; about one item in eight carries technical data with
an export marking, one in eight technical data without one, the rest general business text.
Office and PDF files are written directly as their minimal valid structures (no Office or PDF
library in the loop), so 100,000 items take about a minute to generate. Deterministic for a
seed: the same command gives the same bytes.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

# Share of items per format (sums to 1).
MIX = [("txt", 0.34), ("md", 0.12), ("docx", 0.16), ("xlsx", 0.08), ("pdf", 0.12),
       ("eml", 0.08), ("html", 0.05), ("zip", 0.03), ("dxf", 0.02)]

GENERAL = [
    "The quarterly all-hands meeting moves to the main auditorium on Thursday.",
    "Please submit travel expense reports within ten business days of return.",
    "The cafeteria will serve a vegetarian lunch option every weekday this month.",
    "Parking lot C is closed for resurfacing until the end of the week.",
    "New starters collect their badges from reception on their first morning.",
    "The sales team exceeded its target for the third quarter in a row.",
    "Remember to lock your screen when you step away from your desk.",
    "The holiday party committee is looking for volunteers to help decorate.",
    "Printer toner is stocked in the supply room next to the kitchen.",
    "Annual performance reviews open on the first of next month.",
]
TECHNICAL = [
    "Torque the flange bolts to 42 N·m in a star pattern and verify with a calibrated wrench.",
    "The seeker gimbal rate loop bandwidth is 38 Hz with 52 degrees of phase margin.",
    "Machine the turbine blade root fir-tree to a profile tolerance of 0.008 mm.",
    "Apply the thermal barrier coating by EB-PVD to a thickness of 150 ± 15 µm.",
    "The focal plane array is a 640 x 512 InSb detector cooled to 77 K by a Stirling cooler.",
    "Run the hot-fire acceptance test for 45 s at 2.1 MPa chamber pressure.",
    "The encryption module implements AES-256 in GCM mode with a hardware key store.",
    "Cure the composite skin at 177 °C and 0.59 MPa for 120 minutes in the autoclave.",
    "The radar transmit/receive module delivers 10 W peak at X-band with 25 % efficiency.",
    "Drawing TB-1142 rev C: inspect the cooling holes by CT scan after EDM drilling.",
]
MARKINGS = [
    "ITAR CONTROLLED - USML CATEGORY XI(c). Export requires authorization under 22 CFR 120-130.",
    "EXPORT CONTROLLED - ECCN 9E003.a. Subject to the EAR.",
    "WARNING - This document contains technical data whose export is restricted by the "
    "Arms Export Control Act (22 U.S.C. 2751 et seq.).",
    "ECCN: 5A002.a - Export Administration Regulations apply.",
]


def _paragraphs(rng: random.Random, kind: str, target_bytes: int) -> list[str]:
    pool = TECHNICAL if kind != "general" else GENERAL
    out: list[str] = []
    if kind == "marked":
        out.append(rng.choice(MARKINGS))
    size = sum(len(p) for p in out)
    while size < target_bytes:
        para = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        if kind != "general" and rng.random() < 0.3:
            para += " " + rng.choice(GENERAL)
        out.append(para)
        size += len(para) + 1
    return out


def _size(rng: random.Random) -> int:
    """Mostly small, a long tail: median ~3 KB of text, a few ~60 KB."""
    return int(min(120_000, rng.lognormvariate(8.0, 1.0)))


# -- formats ---------------------------------------------------------------------------------

def _zip(members: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def docx(paras: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>"
                   for p in paras)
    return _zip({
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
    })


def xlsx(paras: list[str]) -> bytes:
    rows = "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{escape(p[:200])}</t></is></c>'
        f'<c r="B{i}"><v>{i * 3.5}</v></c></row>' for i, p in enumerate(paras, start=1))
    return _zip({
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Parts" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml":
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{rows}</sheetData></worksheet>",
    })


def _pdf_text(line: str) -> str:
    safe = line.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(paras: list[str]) -> bytes:
    """A valid text PDF, one page per ~45 lines of 90 characters."""
    lines: list[str] = []
    for p in paras:
        words, cur = p.split(), ""
        for w in words:
            if len(cur) + len(w) > 90:
                lines.append(cur)
                cur = ""
            cur = f"{cur} {w}".strip()
        lines.append(cur)
    pages = [lines[i:i + 45] for i in range(0, len(lines), 45)] or [[""]]
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, page in enumerate(pages):
        text = "BT /F1 10 Tf 50 760 Td 14 TL " + " ".join(
            f"({_pdf_text(ln)}) Tj T*" for ln in page) + " ET"
        stream = text.encode("latin-1", "replace")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Resources << /Font << /F1 {font_id} 0 R >> >> "
                       f"/Contents {4 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def eml(paras: list[str], rng: random.Random) -> bytes:
    body = "\n\n".join(paras)
    return (f"From: engineer{rng.randint(1, 99)}@example.com\nTo: team@example.com\n"
            f"Subject: {paras[0][:60]}\nDate: Mon, 02 Nov 2026 09:{rng.randint(10, 59)}:00 +0000\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
            ).encode("utf-8")


def html(paras: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return f"<!DOCTYPE html><html><head><title>Notes</title></head><body>{body}</body></html>".encode()


def dxf(paras: list[str]) -> bytes:
    """A minimal ASCII DXF with TEXT entities (what drawings' notes and title blocks hold)."""
    parts = ["0", "SECTION", "2", "ENTITIES"]
    for i, p in enumerate(paras[:12]):
        parts += ["0", "TEXT", "8", "NOTES", "10", "10.0", "20", str(10.0 + 5 * i), "30", "0.0",
                  "40", "2.5", "1", p[:240]]
    parts += ["0", "ENDSEC", "0", "EOF"]
    return ("\n".join(parts) + "\n").encode("utf-8")


def make_item(rng: random.Random, fmt: str) -> bytes:
    roll = rng.random()
    kind = "marked" if roll < 0.125 else "technical" if roll < 0.25 else "general"
    paras = _paragraphs(rng, kind, _size(rng))
    if fmt in ("txt", "md"):
        return ("\n\n".join(paras) + "\n").encode("utf-8")
    if fmt == "docx":
        return docx(paras)
    if fmt == "xlsx":
        return xlsx(paras)
    if fmt == "pdf":
        return pdf(paras)
    if fmt == "eml":
        return eml(paras, rng)
    if fmt == "html":
        return html(paras)
    if fmt == "zip":
        half = max(1, len(paras) // 2)
        return _zip({"notes/part1.txt": "\n".join(paras[:half]),
                     "notes/part2.txt": "\n".join(paras[half:]) or "-"})
    if fmt == "dxf":
        return dxf(paras)
    raise ValueError(fmt)


def generate(n: int, out: Path, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    formats = [f for f, _ in MIX]
    weights = [w for _, w in MIX]
    counts: dict[str, int] = {}
    for i in range(n):
        fmt = rng.choices(formats, weights)[0]
        folder = out / f"d{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"item{i:06d}.{fmt}").write_bytes(make_item(rng, fmt))
        counts[fmt] = counts.get(fmt, 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        sys.exit(f"{args.out} is not empty")
    start = time.perf_counter()
    counts = generate(args.n, args.out, args.seed)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"{args.n} items, {size / 1e6:.1f} MB in {time.perf_counter() - start:.1f} s: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
