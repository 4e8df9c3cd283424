"""Extraction speed per format, against `pdftotext` and a raw read of the same bytes.

Builds a small corpus per format in a temporary folder (text PDF, scanned PDF, docx, xlsx,
pptx, DXF), warms the worker up on one file of each, then times `Extractor.extract` over every
file of the format. Reports pages/s and MB/s, the ratio to a raw read of the same bytes, for
PDF the ratio to poppler's `pdftotext`, and the OCR seconds per page the worker recorded.

    .venv/bin/python bench/bench_extract.py [--copies N]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.extract import Extractor, Limits
from pipeline.records import ItemRef

LINE = "Turbine blade cooling passage inspection per procedure {n}, tolerance 0.05 mm, rev C."


def text_pdf(path: Path, pages: int = 40) -> int:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for page in range(pages):
        for row in range(45):
            pdf.drawString(50, 780 - row * 16, LINE.format(n=page * 100 + row))
        pdf.showPage()
    pdf.save()
    return pages


def scanned_pdf(path: Path, pages: int = 3) -> int:
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    font = ImageFont.truetype("DejaVuSans.ttf", 36)
    pdf = canvas.Canvas(str(path))
    for page in range(pages):
        image = Image.new("L", (2480, 3508), 255)     # A4 at 300 dpi
        draw = ImageDraw.Draw(image)
        for row in range(40):
            draw.text((150, 200 + row * 75), LINE.format(n=page * 100 + row)[:60], fill=0, font=font)
        pdf.drawImage(ImageReader(image), 0, 0, width=595, height=842)
        pdf.showPage()
    pdf.save()
    return pages


def docx(path: Path) -> int:
    from docx import Document

    doc = Document()
    for n in range(400):
        doc.add_paragraph(LINE.format(n=n))
    doc.save(str(path))
    return 1


def xlsx(path: Path) -> int:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for n in range(2000):
        sheet.append([n, LINE.format(n=n), n * 0.5])
    book.save(str(path))
    return 1


def pptx(path: Path) -> int:
    from pptx import Presentation

    deck = Presentation()
    for n in range(20):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"Slide {n}"
        slide.placeholders[1].text = LINE.format(n=n)
    deck.save(str(path))
    return 20


def dxf(path: Path) -> int:
    import ezdxf

    doc = ezdxf.new("R2010")
    for n in range(500):
        doc.modelspace().add_text(LINE.format(n=n), dxfattribs={"insert": (0, n * 5)})
    doc.saveas(path)
    return 1


FORMATS: dict[str, tuple[str, Callable[[Path], int]]] = {
    "pdf-text": (".pdf", text_pdf), "pdf-scan": (".pdf", scanned_pdf), "docx": (".docx", docx),
    "xlsx": (".xlsx", xlsx), "pptx": (".pptx", pptx), "dxf": (".dxf", dxf),
}


def ref(path: Path) -> ItemRef:
    return ItemRef(path.as_uri(), str(path), path.stat().st_size, "1", str(path.parent))


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run(copies: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, Extractor(Limits(timeout_s=600)) as extractor:
        folder = Path(tmp)
        print(f"{'format':<9} {'files':>5} {'pages':>6} {'MB':>7} {'pages/s':>8} {'MB/s':>8} "
              f"{'raw MB/s':>9} {'x raw':>8} {'pdftotext':>10} {'OCR s/page':>10}")
        for name, (suffix, build) in FORMATS.items():
            files = [folder / f"{name}-{i}{suffix}" for i in range(copies)]
            pages = sum(build(f) for f in files)
            extractor.extract(ref(files[0]))                       # warm-up: JIT, parser classes
            mb = sum(f.stat().st_size for f in files) / 1e6
            results: list = []
            seconds = timed(lambda: results.extend(extractor.extract(ref(f))[0] for f in files))
            raw = timed(lambda: [f.read_bytes() for f in files])
            ocr_pages = sum(int(dict(r.metadata).get("enclave:ocr_pages", 0)) for r in results)
            ocr_s = sum(float(dict(r.metadata).get("enclave:ocr_seconds", 0)) for r in results)
            poppler = "-"
            if suffix == ".pdf":
                p = timed(lambda: [subprocess.run(["pdftotext", str(f), "-"], capture_output=True,
                                                  check=True) for f in files])
                poppler = f"{seconds / p:.1f}x"
            per_page = f"{ocr_s / ocr_pages:.2f}" if ocr_pages else "-"
            print(f"{name:<9} {len(files):>5} {pages:>6} {mb:>7.2f} {pages / seconds:>8.1f} "
                  f"{mb / seconds:>8.2f} {mb / raw:>9.0f} {seconds / raw:>7.0f}x {poppler:>10} "
                  f"{per_page:>10}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3, help="files per format (default 3)")
    run(parser.parse_args().copies)


if __name__ == "__main__":
    main()
