"""Office Open XML writers (DOCX, XLSX, PPTX) that give the same bytes on every run.

python-docx, openpyxl and python-pptx stamp the current time into the zip entries and into
``docProps/core.xml``; ``normalise_ooxml`` rewrites the package with a fixed timestamp so a
re-run of the generator leaves the committed files untouched.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches
from pptx.util import Pt as PptPt

from .markup import parse

FIXED_TIME = datetime(2026, 3, 2, 9, 30, 0)
ZIP_TIME = (2026, 3, 2, 9, 30, 0)
_W3C_TIME = "2026-03-02T09:30:00Z"


def normalise_ooxml(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and fixed core-property dates, and
    without the template's preview thumbnail."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue        # the libraries' template preview, not part of the document
            blob = src.read(info.filename)
            if info.filename == "_rels/.rels":
                blob = re.sub(rb"<Relationship [^>]*docProps/thumbnail\.jpeg\"/>", b"", blob)
            if info.filename == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + _W3C_TIME + m.group(3), text)
                blob = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, blob)
    return out.getvalue()


def _core(props: object, title: str, author: str) -> None:
    props.title = title  # type: ignore[attr-defined]
    props.author = author  # type: ignore[attr-defined]
    props.last_modified_by = author  # type: ignore[attr-defined]
    props.created = FIXED_TIME  # type: ignore[attr-defined]
    props.modified = FIXED_TIME  # type: ignore[attr-defined]
    props.revision = 1  # type: ignore[attr-defined]


def docx_bytes(title: str, body: str, author: str, header: str | None = None,
               footer: str | None = None) -> bytes:
    """A Word document from a body in the block markup, with optional page header/footer text."""
    document = docx.Document()
    _core(document.core_properties, title, author)
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        para = section.footer.paragraphs[0]
        para.text = footer
        for run in para.runs:
            run.font.size = Pt(7)
    document.add_heading(title, level=0)
    for block in parse(body):
        if block.kind == "h1":
            document.add_heading(block.text, level=1)
        elif block.kind == "h2":
            document.add_heading(block.text, level=2)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "code":
            run = document.add_paragraph().add_run(block.text)
            run.font.name = "Courier New"
            run.font.size = Pt(8)
        elif block.kind == "table":
            _docx_table(document, block.rows)
        else:
            document.add_paragraph(block.text)
    buf = io.BytesIO()
    document.save(buf)
    return normalise_ooxml(buf.getvalue())


def _docx_table(document: docx.document.Document, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell


def xlsx_bytes(sheets: dict[str, list[list[object]]], author: str, title: str,
               header_rows: int = 1) -> bytes:
    """A workbook with one sheet per entry; the first ``header_rows`` rows of each are bold."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    book.properties.creator = author
    book.properties.title = title
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for row in sheet.iter_rows(min_row=1, max_row=header_rows):
            for cell in row:
                cell.font = Font(bold=True)
        for col in sheet.columns:
            longest = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            sheet.column_dimensions[col[0].column_letter].width = min(60, max(8, longest + 2))
    buf = io.BytesIO()
    book.save(buf)
    return normalise_ooxml(buf.getvalue())


Slide = tuple[str, list[str], str]   # title, bullet lines, speaker notes ("" for none)


def pptx_bytes(title: str, subtitle: str, slides: list[Slide], author: str,
               footer: str | None = None) -> bytes:
    """A deck: a title slide, then title-and-content slides with optional notes and footer."""
    deck = Presentation()
    _core(deck.core_properties, title, author)
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = title
    first.placeholders[1].text = subtitle
    _pptx_footer(deck, first, footer)
    for heading, bullets, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        frame = slide.placeholders[1].text_frame
        frame.text = bullets[0] if bullets else ""
        for line in bullets[1:]:
            para = frame.add_paragraph()
            para.text = line.lstrip("> ")
            para.level = 1 if line.startswith(">") else 0
        for para in frame.paragraphs:
            for run in para.runs:
                run.font.size = PptPt(18)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
        _pptx_footer(deck, slide, footer)
    buf = io.BytesIO()
    deck.save(buf)
    return normalise_ooxml(buf.getvalue())


def _pptx_footer(deck: Presentation, slide: object, footer: str | None) -> None:
    if not footer:
        return
    box = slide.shapes.add_textbox(Inches(0.3), deck.slide_height - Inches(0.45),  # type: ignore[attr-defined]
                                   deck.slide_width - Inches(0.6), Inches(0.35))
    box.text_frame.text = footer
    for run in box.text_frame.paragraphs[0].runs:
        run.font.size = PptPt(9)
        run.font.bold = True
