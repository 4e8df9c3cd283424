"""PDF, e-mail, zip, DXF and PNG writers, each returning bytes that are the same on every run.

Determinism: reportlab runs in ``invariant`` mode (fixed dates and document id); e-mails carry
fixed Date, Message-ID and MIME boundaries; zip members get a fixed timestamp; ezdxf writes its
fixed test metadata; PNG noise comes from a seeded generator and PNG has no timestamp chunk.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from xml.sax.saxutils import escape

import ezdxf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (ListFlowable, ListItem, Paragraph, Preformatted,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

from .markup import parse, to_lines
from .office import ZIP_TIME

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSansMono", FONT_DIR + "DejaVuSansMono.ttf"))


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="DejaVuSans", fontSize=9.5,
                          leading=12.5)
    return {
        "title": ParagraphStyle("t", parent=body, fontName="DejaVuSans-Bold", fontSize=15,
                                leading=19, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=body, fontName="DejaVuSans-Bold", fontSize=12,
                             leading=15, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName="DejaVuSans-Bold", fontSize=10.5,
                             leading=13, spaceBefore=6, spaceAfter=3),
        "p": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        "code": ParagraphStyle("code", parent=body, fontName="DejaVuSansMono", fontSize=7.5,
                               leading=9.5),
    }


def pdf_bytes(title: str, body: str, author: str, header: str | None = None,
              footer: str | None = None) -> bytes:
    """A text PDF; ``header``/``footer`` are printed on every page (banners, legends)."""
    st = _styles()
    flow: list[object] = [Paragraph(escape(title), st["title"])]
    for block in parse(body):
        if block.kind in ("h1", "h2", "p"):
            flow.append(Paragraph(escape(block.text), st[block.kind]))
        elif block.kind == "bullet":
            flow.append(ListFlowable([ListItem(Paragraph(escape(block.text), st["p"]))],
                                     bulletType="bullet", leftIndent=12))
        elif block.kind == "code":
            flow.append(Preformatted(block.text, st["code"]))
        elif block.kind == "table":
            flow.append(_pdf_table(block.rows, st["cell"]))
            flow.append(Spacer(1, 6))

    def decorate(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("DejaVuSans-Bold", 8)  # type: ignore[attr-defined]
        if header:
            canvas.drawCentredString(letter[0] / 2, letter[1] - 0.45 * inch, header)  # type: ignore[attr-defined]
        if footer:
            _footer_lines(canvas, footer)
        canvas.setFont("DejaVuSans", 7)  # type: ignore[attr-defined]
        canvas.drawRightString(letter[0] - 0.75 * inch, 0.3 * inch, f"Page {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author=author, invariant=1,
                            topMargin=0.8 * inch, bottomMargin=1.0 * inch)
    doc.build(flow, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


def _footer_lines(canvas: object, footer: str) -> None:
    """Wrap a long legend over the bottom margin, small print, left aligned."""
    canvas.setFont("DejaVuSans", 6.5)  # type: ignore[attr-defined]
    words, lines, line = footer.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if pdfmetrics.stringWidth(trial, "DejaVuSans", 6.5) > letter[0] - 1.5 * inch:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    y = 0.45 * inch + 8 * (len(lines) - 1)
    for text in lines:
        canvas.drawString(0.75 * inch, y, text)  # type: ignore[attr-defined]
        y -= 8


def _pdf_table(rows: list[list[str]], style: ParagraphStyle) -> Table:
    data = [[Paragraph(escape(c), style) for c in row] for row in rows]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


@dataclass
class Mail:
    """One RFC 822 message with optional attachments (filename, MIME type, bytes)."""

    sender: str
    to: str
    subject: str
    date: str
    message_id: str
    body: str
    cc: str = ""
    extra_headers: dict[str, str] = field(default_factory=dict)
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)


def eml_bytes(mail: Mail) -> bytes:
    """Serialise a ``Mail`` with the stdlib email package, fixed headers and boundary."""
    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = mail.to
    if mail.cc:
        msg["Cc"] = mail.cc
    msg["Subject"] = mail.subject
    msg["Date"] = mail.date
    msg["Message-ID"] = mail.message_id
    for name, value in mail.extra_headers.items():
        msg[name] = value
    msg.set_content(mail.body)
    for filename, mime, data in mail.attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if msg.is_multipart():
        msg.set_boundary("==sample-boundary-" + mail.message_id.strip("<>").split("@")[0])
    return msg.as_bytes(policy=SMTP)


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """A zip archive with members in the given order and a fixed timestamp."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return out.getvalue()


@dataclass
class Drawing:
    """A simple engineering drawing: outline geometry, notes and a title block."""

    attribs: dict[str, str]                      # title-block ATTRIB tag -> value
    notes: str                                   # MTEXT general notes (block markup)
    labels: list[tuple[float, float, str]]       # TEXT callouts (x, y, text)
    outline: list[tuple[float, float]]           # closed part profile, mm
    holes: list[tuple[float, float, float]] = field(default_factory=list)  # x, y, radius


TITLE_TAGS = ["DWG_NO", "TITLE", "REV", "CAGE", "COMPANY", "MATERIAL", "SCALE", "DRAWN",
              "CHECKED", "DATE", "SHEET", "EXPORT_NOTICE"]


def dxf_bytes(drawing: Drawing) -> bytes:
    """A DXF R2010 drawing with a TITLEBLOCK block whose ATTRIBs carry the title-block data."""
    ezdxf.options.write_fixed_meta_data_for_testing = True
    doc = ezdxf.new("R2010", setup=True)
    for name, color in (("BORDER", 7), ("PART", 1), ("NOTES", 3), ("TITLE", 5)):
        doc.layers.add(name, color=color)
    msp = doc.modelspace()
    msp.add_lwpolyline([(0, 0), (420, 0), (420, 297), (0, 297)], close=True,
                       dxfattribs={"layer": "BORDER"})
    msp.add_lwpolyline(drawing.outline, close=True, dxfattribs={"layer": "PART"})
    for x, y, r in drawing.holes:
        msp.add_circle((x, y), r, dxfattribs={"layer": "PART"})
    for x, y, text in drawing.labels:
        msp.add_text(text, height=3.0, dxfattribs={"layer": "NOTES"}).set_placement((x, y))
    notes = "\\P".join(line for line in to_lines(drawing.notes) if line)
    msp.add_mtext(notes, dxfattribs={"layer": "NOTES", "char_height": 2.5, "width": 175}
                  ).set_location((10, 120))
    block = doc.blocks.new("TITLEBLOCK")
    block.add_lwpolyline([(0, 0), (180, 0), (180, 60), (0, 60)], close=True)
    for i, tag in enumerate(TITLE_TAGS):
        y = 55 - i * 4.5
        block.add_text(tag.replace("_", " "), height=1.8).set_placement((2, y))
        block.add_attdef(tag, insert=(40, y), height=2.2, dxfattribs={"prompt": tag})
    ref = msp.add_blockref("TITLEBLOCK", (238, 2), dxfattribs={"layer": "TITLE"})
    ref.add_auto_attribs({tag: drawing.attribs.get(tag, "") for tag in TITLE_TAGS})
    stream = io.StringIO()
    doc.write(stream)
    return stream.getvalue().encode("utf-8")


def png_scan_bytes(body: str, seed: int, dpi: int = 200, top_banner: str | None = None,
                   bottom_legend: str | None = None) -> bytes:
    """A letter-size greyscale 'scan' of a typed page (lines kept as written): DejaVu Sans,
    slight skew, light speckle."""
    width, height = int(8.5 * dpi), int(11 * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    size = int(10.5 * dpi / 72)
    font = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", size)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", size)
    margin, y, step = int(0.9 * dpi), int(0.8 * dpi), int(size * 1.35)
    if top_banner:
        draw.text((width // 2, y), top_banner, font=bold, fill=20, anchor="mt")
        y += 2 * step
    for line in _wrap(body.strip("\n").splitlines(), font, width - 2 * margin):
        draw.text((margin, y), line, font=font, fill=25)
        y += step
    if bottom_legend:
        yb = height - int(0.8 * dpi) - step * 4
        for line in _wrap([bottom_legend], font, width - 2 * margin):
            draw.text((margin, yb), line, font=bold, fill=20)
            yb += step
    rng = random.Random(seed)
    pixels = page.load()
    for _ in range(width * height // 900):
        x, yy = rng.randrange(width), rng.randrange(height)
        pixels[x, yy] = rng.choice((90, 140, 180))
    page = page.rotate(0.35, resample=Image.BILINEAR, fillcolor=255)
    out = io.BytesIO()
    page.save(out, format="PNG", dpi=(dpi, dpi), optimize=True)
    return out.getvalue()


def _wrap(lines: list[str], font: ImageFont.FreeTypeFont, max_width: int) -> list[str]:
    wrapped: list[str] = []
    for line in lines:
        words, current = line.split(" "), ""
        for word in words:
            trial = f"{current} {word}" if current else word
            if font.getlength(trial) > max_width and current:
                wrapped.append(current)
                current = word
            else:
                current = trial
        wrapped.append(current)
    return wrapped
