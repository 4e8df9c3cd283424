"""Builds the held-out marked-document evaluation set into ./x/ with x/labels.csv.

Run from the repository root:  .venv/bin/python models/corpus/marked_test/build.py
Deterministic: fixed timestamps, fixed MIME boundaries, fixed PDF ids, pinned hash seed (DXF).

Legend wording follows the published standard forms and guidance, e.g.
  DoDI 5230.24 distribution statements: https://assist.dla.mil/Online/help/dist_stmt.cfm
  NAVAIR CDRL distribution / export-control warning bulletin:
      http://www.navair.navy.mil/nawctsd/Resources/Library/Acqguide/cdrl-distribution-export.htm
  DoDD 5230.25 export-control notice: https://sgp.fas.org/library/ipshbook/app_d.html
  DoD CUI designation indicator / banner: https://www.dodcui.mil/Training/CUI-Designation-Indicator-Block/
      https://www.dodcui.mil/Training/Banner-Line/
  Destination control statement, 15 CFR 758.6 / 22 CFR 123.9(b): https://ecfr.io/Title-15/Section-758.6
      https://www.aviationsuppliers.org/ASA-Member-Bulletin---January-2017---Destination-Control-Statement
  Export Control Reform Act of 2018 (50 U.S.C. 4801-4852): http://federal.elaws.us/cfr/title32.part117.section117.19
  University footer variant (ITAR/EAR communication notice): http://www.cfa.harvard.edu/spp/cg/ecc/eccfaq.html
  Supplier export clause (Lockheed Martin Space PO clauses): https://docsbay.net/purchase-order-clauses
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import sys
import zipfile
import zlib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
import ezdxf
import openpyxl
import pikepdf
from docx.shared import Pt
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches
from pptx.util import Pt as PPt
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE / "x"
FIXED = datetime(2025, 11, 4, 14, 20, 0)
ZIPT = (2025, 11, 4, 14, 20, 0)
W3C = "2025-11-04T14:20:00Z"
LABELS: list[tuple[str, str, str, str, str, str]] = []


def label(name, jur, cat, marked, kind, pos):
    assert (OUT / name).exists(), name
    LABELS.append((f"x/{name}", jur, cat, marked, kind, pos))


# ----------------------------------------------------------------------------- OOXML helpers
def normalise(data: bytes, custom: dict | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = [i.filename for i in src.infolist()]
        for name in names:
            if name == "docProps/thumbnail.jpeg":
                continue
            blob = src.read(name)
            if name == "_rels/.rels":
                blob = re.sub(rb"<Relationship [^>]*docProps/thumbnail\.jpeg\"/>", b"", blob)
                if custom:
                    blob = blob.replace(
                        b"</Relationships>",
                        b'<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/'
                        b'officeDocument/2006/relationships/custom-properties" '
                        b'Target="docProps/custom.xml"/></Relationships>')
            if name == "[Content_Types].xml" and custom:
                blob = blob.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            if name == "docProps/app.xml":
                blob = re.sub(rb"<Application>[^<]*</Application>", b"<Application>Microsoft Office</Application>", blob)
            if name == "docProps/core.xml":
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                           lambda m: m.group(1) + W3C + m.group(3), t)
                blob = t.encode("utf-8")
            e = zipfile.ZipInfo(name, date_time=ZIPT)
            e.compress_type = zipfile.ZIP_DEFLATED
            e.external_attr = 0o644 << 16
            dst.writestr(e, blob)
        if custom:
            props = "".join(
                f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" '
                f'name="{k}"><vt:lpwstr>{v}</vt:lpwstr></property>'
                for i, (k, v) in enumerate(custom.items()))
            xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
                   f'2006/docPropsVTypes">{props}</Properties>')
            e = zipfile.ZipInfo("docProps/custom.xml", date_time=ZIPT)
            e.compress_type = zipfile.ZIP_DEFLATED
            e.external_attr = 0o644 << 16
            dst.writestr(e, xml.encode("utf-8"))
    return out.getvalue()


def _core(props, title, author, subject=None, keywords=None, comments=None, category=None):
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = FIXED
    props.modified = FIXED
    props.revision = 3
    if subject:
        props.subject = subject
    if keywords:
        props.keywords = keywords
    props.comments = comments or ""
    if category:
        props.category = category


def docx_bytes(title, blocks, author="", header=None, footer=None, subject=None, keywords=None,
               comments=None, custom=None, category=None):
    d = docx.Document()
    _core(d.core_properties, title, author, subject, keywords, comments, category)
    sec = d.sections[0]
    if header:
        for i, line in enumerate(header.split("\n")):
            p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            p.text = line
    if footer:
        for i, line in enumerate(footer.split("\n")):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.text = line
            for r in p.runs:
                r.font.size = Pt(7)
    d.add_heading(title, level=0)
    for b in blocks:
        if isinstance(b, tuple):
            kind = b[0]
            if kind == "h":
                d.add_heading(b[1], level=1)
            elif kind == "li":
                d.add_paragraph(b[1], style="List Bullet")
            elif kind == "code":
                r = d.add_paragraph().add_run(b[1])
                r.font.name = "Courier New"
                r.font.size = Pt(8)
            elif kind == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
                t.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = str(c)
        else:
            d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    return normalise(buf.getvalue(), custom)


def write_docx(name, *a, **k):
    (OUT / name).write_bytes(docx_bytes(*a, **k))


def write_xlsx(name, sheets, author, title, subject=None, keywords=None):
    book = openpyxl.Workbook()
    book.remove(book.active)
    book.properties.creator = author
    book.properties.title = title
    book.properties.created = FIXED
    book.properties.modified = FIXED
    if subject:
        book.properties.subject = subject
    if keywords:
        book.properties.keywords = keywords
    for sname, rows in sheets.items():
        sh = book.create_sheet(sname)
        for r in rows:
            sh.append(r)
        for c in sh[1]:
            c.font = Font(bold=True)
        for col in sh.columns:
            w = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            sh.column_dimensions[col[0].column_letter].width = min(60, max(8, w + 2))
    buf = io.BytesIO()
    book.save(buf)
    (OUT / name).write_bytes(normalise(buf.getvalue()))


def pptx_bytes(title, subtitle, slides, author, first_extra=None, comments=None):
    deck = Presentation()
    _core(deck.core_properties, title, author, comments=comments)
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = title
    first.placeholders[1].text = subtitle
    if first_extra:
        box = first.shapes.add_textbox(Inches(0.4), deck.slide_height - Inches(1.3),
                                       deck.slide_width - Inches(0.8), Inches(1.0))
        box.text_frame.word_wrap = True
        box.text_frame.text = first_extra
        for p in box.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = PPt(9)
    for heading, bullets, notes in slides:
        s = deck.slides.add_slide(deck.slide_layouts[1])
        s.shapes.title.text = heading
        tf = s.placeholders[1].text_frame
        tf.text = bullets[0]
        for line in bullets[1:]:
            p = tf.add_paragraph()
            p.text = line.lstrip("> ")
            p.level = 1 if line.startswith(">") else 0
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = PPt(18)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
    buf = io.BytesIO()
    deck.save(buf)
    return normalise(buf.getvalue())


def write_pptx(name, *a, **k):
    (OUT / name).write_bytes(pptx_bytes(*a, **k))


# ----------------------------------------------------------------------------- PDF helper
def pdf_bytes(pages, title="", author="", subject=None, keywords=None, top=None, bottom=None):
    """pages: list of pages; each page a list of blocks: str paragraph, '# heading', '= big title',
    '| a | b |' monospaced table lines. top/bottom: dict page_index -> banner text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("")
    c.setProducer("")
    if subject:
        c.setSubject(subject)
    if keywords:
        c.setKeywords(keywords)
    W, H = letter
    for pi, page in enumerate(pages):
        y = H - 60
        if top and pi in top:
            for ln in simpleSplit(top[pi], "Helvetica-Bold", 9, W - 100):
                c.setFont("Helvetica-Bold", 9)
                c.drawCentredString(W / 2, y + 25, ln)
                y -= 11
            y -= 10
        for b in page:
            if b.startswith("= "):
                font, size, txt, gap = "Helvetica-Bold", 18, b[2:], 10
            elif b.startswith("# "):
                font, size, txt, gap = "Helvetica-Bold", 12, b[2:], 4
            elif b.startswith("|"):
                font, size, txt, gap = "Courier", 8, b, 0
            else:
                font, size, txt, gap = "Helvetica", 10, b, 6
            lines = [txt] if font == "Courier" else simpleSplit(txt, font, size, W - 120)
            for ln in lines:
                c.setFont(font, size)
                c.drawString(60, y, ln)
                y -= size + 3
                if y < 70:
                    break
            y -= gap
        if bottom and pi in bottom:
            yy = 55
            for ln in reversed(simpleSplit(bottom[pi], "Helvetica", 7, W - 110)):
                c.setFont("Helvetica", 7)
                c.drawString(55, yy - 20, ln)
                yy += 9
        c.setFont("Helvetica", 7)
        c.drawRightString(W - 50, 28, f"Page {pi + 1} of {len(pages)}")
        c.showPage()
    c.save()
    # rewrite through qpdf: drops the generator comment line and producer, fixed document id
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    for key in ("/Producer", "/Creator"):
        if key in pdf.docinfo:
            del pdf.docinfo[key]
    if author:
        pdf.docinfo["/Creator"] = author
    pdf.docinfo["/CreationDate"] = "D:20251104142000Z"
    pdf.docinfo["/ModDate"] = "D:20251104142000Z"
    out = io.BytesIO()
    pdf.save(out, static_id=True, deterministic_id=False)
    return out.getvalue()


def write_pdf(name, *a, **k):
    (OUT / name).write_bytes(pdf_bytes(*a, **k))


# ----------------------------------------------------------------------------- DXF helper
def write_dxf(name, title_attribs=None, border_text=None, notes=None, geometry=None, mtext_notes=False):
    doc = ezdxf.new("R2013", setup=True)
    msp = doc.modelspace()
    # sheet border 420 x 297
    msp.add_lwpolyline([(0, 0), (420, 0), (420, 297), (0, 297)], close=True)
    msp.add_lwpolyline([(10, 10), (410, 10), (410, 287), (10, 287)], close=True)
    for seg in geometry or []:
        kind = seg[0]
        if kind == "line":
            msp.add_line(seg[1], seg[2])
        elif kind == "circle":
            msp.add_circle(seg[1], seg[2])
        elif kind == "rect":
            (x, y), (w, h) = seg[1], seg[2]
            msp.add_lwpolyline([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], close=True)
        elif kind == "dim":
            msp.add_text(seg[2], dxfattribs={"height": 2.5}).set_placement(seg[1])
    if title_attribs:
        blk = doc.blocks.new(name="TITLEBLOCK")
        blk.add_lwpolyline([(0, 0), (180, 0), (180, 60), (0, 60)], close=True)
        for i, tag in enumerate(title_attribs):
            blk.add_attdef(tag, (3, 52 - i * 7), dxfattribs={"height": 2.5})
        ref = msp.add_blockref("TITLEBLOCK", (228, 12))
        ref.add_auto_attribs(title_attribs)
    if border_text:
        for i, t in enumerate(border_text):
            msp.add_text(t, dxfattribs={"height": 3.0}).set_placement((14, 280 - i * 5))
    if notes:
        if mtext_notes:
            m = msp.add_mtext("\\P".join(notes), dxfattribs={"char_height": 2.5})
            m.set_location((14, 150))
            m.dxf.width = 200
        else:
            for i, t in enumerate(notes):
                msp.add_text(t, dxfattribs={"height": 2.5}).set_placement((14, 150 - i * 4.5))
    s = io.StringIO()
    doc.write(s)
    txt = s.getvalue()
    # freeze volatile header values and ezdxf metadata
    lines = txt.split("\n")
    freeze = {"$TDCREATE", "$TDUCREATE", "$TDUPDATE", "$TDUUPDATE", "$TDINDWG", "$TDUSRTIMER"}
    guid = {"$FINGERPRINTGUID", "$VERSIONGUID"}
    i = 0
    while i < len(lines):
        key = lines[i].strip()
        if key in freeze:
            lines[i + 2] = "2460984.097222222"
        elif key in guid:
            lines[i + 2] = "{8C1B2E34-5D6F-4A7B-9C0D-1E2F3A4B5C6D}"
        i += 1
    txt = "\n".join(lines)
    txt = re.sub("ezdxf", "draft", txt)
    txt = re.sub("EZDXF", "DRAFT", txt)
    txt = re.sub("Ezdxf", "Draft", txt)
    txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(\+00:00)?", "2025-11-04T14:20:00+00:00", txt)
    (OUT / name).write_text(txt, encoding="utf-8", newline="\r\n")


# ----------------------------------------------------------------------------- email helper
def eml_bytes(frm, to, subject, date, body, attachments=(), cc=None, msgid="", bnd="b"):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or f"<{zlib.crc32(subject.encode()):08x}.{zlib.crc32(body.encode()):08x}@mail.example.net>"
    m.set_content(body)
    for fname, data, maintype, subtype in attachments:
        if maintype == "message":
            m.add_attachment(data, disposition="attachment")
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if m.is_multipart():
        m.set_boundary(f"=_{bnd}_boundary_7f3a")
    return m.as_bytes()


def write_eml(name, *a, **k):
    (OUT / name).write_bytes(eml_bytes(*a, **k))


def write_text(name, text):
    (OUT / name).write_text(text, encoding="utf-8", newline="\n")


DOCX_MT = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_MT = ("application", "pdf")


# ============================================================================= legend wording
# Standard government forms (DoDI 5230.24 distribution statements, DoDD 5230.25 export-control
# warning, 22 CFR 123.9(b) / 15 CFR 758.6 destination control statement, DoD CUI designation
# indicator) and the company / university legend variants built on them.

def dist(letter_, reason, date, office):
    who = {
        "B": "Distribution authorized to U.S. Government agencies only",
        "C": "Distribution authorized to U.S. Government agencies and their contractors",
        "D": "Distribution authorized to the Department of Defense and U.S. DoD contractors only",
        "E": "Distribution authorized to DoD Components only",
    }
    if letter_ == "F":
        return (f"DISTRIBUTION STATEMENT F. Further dissemination only as directed by {office} "
                f"({date}) or higher DoD authority.")
    return (f"DISTRIBUTION STATEMENT {letter_}. {who[letter_]}; {reason}; {date}. "
            f"Other requests for this document shall be referred to {office}.")


WARN_EAA = ("WARNING - This document contains technical data whose export is restricted by the "
            "Arms Export Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export "
            "Administration Act of 1979, as amended, Title 50, U.S.C., App. 2401 et seq. Violations "
            "of these export laws are subject to severe criminal penalties. Disseminate in "
            "accordance with provisions of DoD Directive 5230.25.")
WARN_ECRA = ("WARNING: This document contains technical data whose export is restricted by the "
             "Arms Export Control Act (Title 22, U.S.C., Sec. 2751 et seq.) or the Export Control "
             "Reform Act of 2018 (Title 50, U.S.C., Chapter 58, Sec. 4801-4852). Violations of these "
             "export laws are subject to severe criminal penalties. Disseminate in accordance with "
             "provisions of DoD Directive 5230.25.")
DESTRUCT = ("DESTRUCTION NOTICE - For unclassified, limited documents, destroy by any method that "
            "will prevent disclosure of contents or reconstruction of the document.")
DCS = ("These items are controlled by the U.S. Government and authorized for export only to the "
       "country of ultimate destination for use by the ultimate consignee or end-user(s) herein "
       "identified. They may not be resold, transferred, or otherwise disposed of, to any other "
       "country or to any person other than the authorized ultimate consignee or end-user(s), "
       "either in their original form or after being incorporated into other items, without first "
       "obtaining approval from the U.S. government or as otherwise authorized by U.S. law and "
       "regulations.")


def itar_long(cat=None, who="the U.S. Department of State"):
    c = f" (USML Category {cat})" if cat else ""
    return ("EXPORT CONTROLLED - ITAR. This document contains technical data as defined in "
            f"22 CFR 120.33 that is subject to the International Traffic in Arms Regulations (ITAR), "
            f"22 CFR Parts 120-130{c}. It may not be exported, reexported, released or disclosed to "
            f"any foreign person, whether in the United States or abroad, without the prior written "
            f"approval of {who}, Directorate of Defense Trade Controls, or an applicable exemption.")


def itar_short(cat=None):
    return f"ITAR CONTROLLED{' - USML CAT ' + cat if cat else ''} - 22 CFR 120-130 - NO FOREIGN PERSONS WITHOUT DDTC AUTHORIZATION"


def itar_old(cat=None):
    c = f" USML Category {cat}." if cat else ""
    return ("This technical data is controlled under the International Traffic in Arms "
            "Regulations (ITAR), 22 CFR 120-130, and may not be transferred to any foreign person "
            f"or exported from the United States without a license or written authorization issued "
            f"by the U.S. Department of State.{c} Violations are subject to penalties under "
            f"22 U.S.C. 2778.")


def ear_long(eccn):
    return ("EXPORT CONTROLLED - EAR. This technology is subject to the Export Administration "
            f"Regulations (EAR), 15 CFR Parts 730-774, and is classified under ECCN {eccn}. It may "
            "not be exported, reexported, or transferred (in-country), including by release to a "
            "foreign person in the United States (a deemed export, 15 CFR 734.13(b)), except as "
            "authorized by the U.S. Department of Commerce, Bureau of Industry and Security, or by "
            "a license exception.")


def ear_short(eccn):
    return f"EAR CONTROLLED - ECCN {eccn} - 15 CFR 730-774 - Export/deemed export requires BIS authorization"


def ear99(extra=""):
    return ("Export Classification: EAR99. The items and technology described herein are subject "
            "to the Export Administration Regulations (15 CFR Parts 730-774) and are designated "
            "EAR99; no license is required for most destinations, but exports to embargoed "
            "countries, prohibited end uses or restricted parties (15 CFR Part 744) remain "
            f"prohibited.{extra}")


def cui_block(by, cat, dist_letter=None, ldc=None, poc=""):
    lines = [f"Controlled by: {by}", f"CUI Category: {cat}"]
    if dist_letter:
        lines.append(f"Distribution/Dissemination Control: {dist_letter}")
    if ldc:
        lines.append(f"Limited Dissemination Control: {ldc}")
    lines.append(f"POC: {poc}")
    return "\n".join(lines)


# ============================================================================= filler helpers
def data_rows(header, n, fn):
    """Monospaced table lines for PDFs: header + n rows from fn(i) -> tuple of values."""
    cols = [header] + [tuple(str(v) for v in fn(i)) for i in range(n)]
    widths = [max(len(r[j]) for r in cols) for j in range(len(header))]
    return ["| " + " | ".join(v.ljust(widths[j]) for j, v in enumerate(r)) + " |" for r in cols]


def pad_pages(first, body_pages):
    return [first] + body_pages


# ============================================================================= items: header / footer (.docx)
def build_header_footer():
    write_docx(
        "kuband_rex_design_review_minutes.docx",
        "Receiver/Exciter CDR - Action Item Minutes",
        [
            "Meeting: Critical design review, receiver/exciter (REX) line-replaceable unit, airborne fire-control radar upgrade. Location: Kestrel Ridge Systems, building 4 conference room B. Chair: T. Okonkwo.",
            ("h", "Summary"),
            "The REX design was found ready to proceed to fabrication of two engineering development units subject to closure of the actions below. The synthesizer phase-noise budget now meets the -112 dBc/Hz at 10 kHz offset requirement with 2.1 dB margin after replacing the reference oscillator.",
            ("h", "Action items"),
            ("table", [["No.", "Action", "Owner", "Due"],
                       ["AI-14", "Re-run clutter cancellation analysis with revised LO spur table (spur at Fs/4 - 3.2 MHz)", "R. Vance", "wk 47"],
                       ["AI-15", "Confirm waveform generator supports 13-bit Barker and 48:1 LFM pulse compression modes at full PRF", "L. Mbeki", "wk 48"],
                       ["AI-16", "Provide thermal margin for exciter driver at 71 C cold-plate", "J. Sato", "wk 48"],
                       ["AI-17", "Update ECCM mode table (frequency agility over 500 MHz, 1 ms hop interval)", "T. Okonkwo", "wk 50"]]),
            "Next review: integration readiness review after EDU-1 bench test. Distribution of these minutes is limited to the attendee list.",
        ],
        author="Kestrel Ridge Systems",
        header=itar_short("XI(a)(3)"),
    )
    label("kuband_rex_design_review_minutes.docx", "ITAR", "XI(a)(3)", "yes", "technical_data", "header")

    write_docx(
        "lwir_core_integration_guide.docx",
        "LWIR Camera Core - Host Integration Guide, Rev C",
        [
            "This guide describes mechanical, electrical and software integration of the Pellucid Optics PX-640 long-wave infrared camera core into host equipment.",
            ("h", "1 Sensor"),
            "Uncooled vanadium-oxide microbolometer, 640 x 512 pixels, 12 um pitch, spectral response 8-14 um. NETD below 40 mK at f/1.0, 300 K scene. Full frame rate 60 Hz.",
            ("h", "2 Electrical interface"),
            "Supply 3.3 V to 5.5 V, typical power 0.9 W. Video out over MIPI CSI-2 (2 lanes) or 16-bit parallel CMOS. Command and control over UART at 921600 baud.",
            ("h", "3 Shutter and NUC"),
            "Flat-field correction is triggered automatically on a 2 K focal-plane temperature change or every 180 s. Hosts that cannot tolerate the 0.4 s freeze may disable automatic FFC and issue it on command.",
            ("li", "Do not operate the core with the shutter removed."),
            ("li", "Lens mount: M34 x 0.5 thread, 14 mm back focal distance."),
        ],
        author="Pellucid Optics LLC",
        header="Pellucid Optics LLC  |  " + ear_short("6A003.b.4.b"),
    )
    label("lwir_core_integration_guide.docx", "EAR", "6A003.b.4.b", "yes", "technical_data", "header")

    write_docx(
        "seeker_gimbal_torque_budget.docx",
        "Seeker Gimbal Torque Budget and Stabilisation Loop Notes",
        [
            "Scope: two-axis gimbal for the imaging infrared seeker head of the interceptor upgrade program. The pitch and yaw axes use brushless torque motors with resolver feedback.",
            ("table", [["Item", "Pitch", "Yaw"],
                       ["Inertia (kg m^2)", "3.1e-4", "4.4e-4"],
                       ["Friction torque (N m)", "0.012", "0.015"],
                       ["Peak motor torque (N m)", "0.21", "0.24"],
                       ["Max body rate rejected (deg/s)", "400", "400"]]),
            "The rate loop crosses over at 85 Hz with 48 degrees phase margin. Line-of-sight jitter under the flight vibration profile is 28 urad RMS, inside the 40 urad allocation for the track-while-scan guidance law.",
            "Open issue: the slip-ring noise couples into the yaw resolver at the 3rd harmonic of the spin rate; a shielded flex harness is being evaluated.",
        ],
        author="Harrowgate Dynamics",
        header=dist("D", "Export Controlled", "14 August 2025", "PEO Missiles and Space, Redstone Arsenal, AL 35898"),
    )
    label("seeker_gimbal_torque_budget.docx", "ITAR", "IV(h)", "yes", "technical_data", "header")

    write_docx(
        "rooftop_unit_controller_release_notes.docx",
        "RTU-7 Rooftop Unit Controller - Firmware 4.2 Release Notes",
        [
            "Firmware 4.2 for the RTU-7 packaged rooftop HVAC controller adds BACnet/IP trend logging and corrects the economiser damper lockout after a power cycle.",
            ("li", "New: supply-air temperature reset based on zone demand (configurable 55-65 F)."),
            ("li", "Fixed: compressor minimum off-time was 3 min instead of 5 min after brown-out recovery."),
            ("li", "Fixed: occasional loss of Modbus RTU polling at 38400 baud."),
            "Install with the service tool 2.9 or later. Settings are preserved across the upgrade.",
        ],
        author="Ostrander Thermal",
        header="Ostrander Thermal Controls - Export: EAR99 / NLR - Product documentation",
    )
    label("rooftop_unit_controller_release_notes.docx", "EAR", "EAR99", "yes", "general", "header")

    write_docx(
        "uav_main_gear_strut_redesign.docx",
        "Main Landing Gear Strut - Redesign Memo MG-2291",
        [
            "Subject: redesign of the main landing gear oleo strut for the Group 4 unmanned aircraft (carrier-capable variant).",
            "Arrested-landing loads at 3.7 m/s sink rate exceed the legacy strut capacity by 18 percent. The redesign increases the piston diameter from 44 mm to 52 mm, moves to 300M steel (heat treated 280-300 ksi), and adds a second metering pin stage.",
            ("h", "Verification"),
            "Drop tests per MIL-STD-2066 at 110 percent limit sink speed; fatigue test to 4 lifetimes of the catapult spectrum. Corrosion protection: cadmium-free zinc-nickel plate, primer per MIL-PRF-23377.",
            "Weight impact: +1.9 kg per side. The centre of gravity shift is within the existing envelope.",
        ],
        author="Brantwood Aerostructures",
        header="Brantwood Aerostructures - " + itar_old("VIII(h)"),
    )
    label("uav_main_gear_strut_redesign.docx", "ITAR", "VIII(h)", "yes", "technical_data", "header")

    write_docx(
        "hsm_firmware_design_spec.docx",
        "Link Encryptor Module - Firmware Design Specification",
        [
            "The Whitlow LE-400 link encryptor provides layer-2 bulk encryption for 10 GbE links between data centres.",
            ("h", "Cryptographic core"),
            "AES-256 in GCM mode with 96-bit IV, implemented in FPGA fabric at line rate. Key agreement uses ECDH over P-384 with certificates signed by the customer CA; keys are rotated every 2^32 frames or 1 hour, whichever comes first.",
            ("h", "Key storage"),
            "Long-term keys are held in a tamper-responsive enclosure; zeroisation completes in under 30 ms on lid-switch or temperature excursion.",
            ("code", "state KEY_ROTATE:\n  derive k_next = HKDF-SHA384(k_cur, nonce || epoch)\n  swap on next frame boundary\n"),
            "The module is not a mass-market item and is not eligible for 5A992.c treatment.",
        ],
        author="Whitlow Secure Networks",
        header="Export Control Classification Number (ECCN): 5A002.a - Subject to the EAR (15 CFR 730-774). Not for release to foreign persons without BIS authorization.",
    )
    label("hsm_firmware_design_spec.docx", "EAR", "5A002.a", "yes", "technical_data", "header")

    # ---------------- footers
    write_docx(
        "i2_tube_halo_test_procedure.docx",
        "Test Procedure TP-1187: Image Intensifier Halo and Resolution",
        [
            "Purpose: acceptance test of Gen III image intensifier tubes for the helmet-mounted night vision goggle.",
            ("h", "Equipment"),
            ("li", "USAF 1951 resolution target back-illuminated at 2856 K, 1e-4 fc"),
            ("li", "Halo test fixture with 0.25 mm pinhole"),
            ("h", "Steps"),
            "1. Stabilise the tube at 23 C for 30 min. 2. Measure limiting resolution at the centre: accept at 64 lp/mm or better. 3. Measure halo diameter: accept at 0.70 mm or less. 4. Record signal-to-noise at 108 uLux: accept at 25 or better. 5. Record figure of merit (SNR x resolution).",
            "Tubes failing halo by less than 0.05 mm may be re-tested once after a 24 h rest.",
        ],
        author="Vireo Photonics",
        footer=itar_long("XII(c)"),
    )
    label("i2_tube_halo_test_procedure.docx", "ITAR", "XII(c)", "yes", "technical_data", "footer")

    write_docx(
        "hpt_blade_cooling_memo.docx",
        "Technical Memo: HPT Stage 1 Blade Cooling Passage Changes",
        [
            "To: Hot section IPT. From: A. Lindqvist.",
            "Stage 1 high-pressure turbine blades for the 30,000 lbf-class commercial turbofan are moving from a three-pass serpentine to a four-pass serpentine with trip strips at 45 degrees, e/D = 0.1.",
            "Film-cooling rows on the pressure side change from cylindrical to laidback fan-shaped holes (10 degree lateral expansion), raising adiabatic effectiveness by 0.08 at blowing ratio 1.5.",
            "The single-crystal alloy and thermal barrier coating (7YSZ, EB-PVD, 150 um) are unchanged. Predicted metal temperature reduction at take-off: 38 K, giving a 1.8x creep life improvement.",
            "Casting core changes require a new ceramic core die; first articles in Q2.",
        ],
        author="Quillon Propulsion",
        footer=ear_long("9E003.a.1"),
    )
    label("hpt_blade_cooling_memo.docx", "EAR", "9E003.a.1", "yes", "technical_data", "footer")

    write_docx(
        "hull_weld_procedure_wps112.docx",
        "Welding Procedure Specification WPS-112: Hull Floor Plate Joints",
        [
            "Base metal: rolled homogeneous armour plate, 38 mm, MIL-DTL-12560 Class 1. Filler: low-hydrogen austenitic stainless wire ER307.",
            "Process: GMAW, spray transfer, 98Ar-2O2 at 40 cfh. Preheat 120 C minimum; interpass 200 C maximum. Double-V groove, 60 degree included angle, 3 mm root face.",
            "Ballistic shock qualification: weld joint to survive the blast test per the vehicle survivability specification with no through-crack longer than 25 mm.",
            "Post-weld inspection: 100 percent UT per the hull inspection plan; MT of all fillet welds on the floor pan.",
        ],
        author="Sablewood Machine Works",
        footer=WARN_ECRA + "\n" + dist("C", "Critical Technology", "2 May 2025", "PM Armored Fighting Vehicles, Warren, MI 48397"),
    )
    label("hull_weld_procedure_wps112.docx", "ITAR", "VII(g)", "yes", "technical_data", "footer")

    write_docx(
        "five_axis_acceptance_report.docx",
        "Acceptance Report - 5-Axis Machining Centre S/N 41-0077",
        [
            "Machine: Sablewood VX-5 simultaneous five-axis vertical machining centre, trunnion table.",
            ("table", [["Test (ISO 230-2)", "Axis", "Result", "Limit"],
                       ["Positioning accuracy A", "X", "3.1 um", "6 um"],
                       ["Positioning accuracy A", "Y", "2.7 um", "6 um"],
                       ["Positioning accuracy A", "Z", "3.4 um", "6 um"],
                       ["Rotary positioning", "B", "3.2 arcsec", "5 arcsec"],
                       ["Rotary positioning", "C", "2.9 arcsec", "5 arcsec"]]),
            "Ballbar circularity at 1000 mm/min: 4.6 um. Thermal drift over 8 h warm-up cycle: 5.2 um in Z.",
            "Accepted by customer quality on the date above.",
        ],
        author="Sablewood Machine Works",
        footer=ear_short("2B001.b.2"),
    )
    label("five_axis_acceptance_report.docx", "EAR", "2B001.b.2", "yes", "technical_data", "footer")

    write_docx(
        "fan_blade_blend_repair_wi.docx",
        "Work Instruction WI-3310: Fan Blade Leading-Edge Blend Repair",
        [
            "Applies to: first-stage fan blades, augmented turbofan for the fighter aircraft sustainment contract.",
            "1. Inspect leading edge under 10x; map nicks and dents on the blade outline sheet.",
            "2. Damage up to 0.76 mm deep in zone B may be blended; blend ratio length:depth of 8:1 minimum.",
            "3. Polish to 32 Ra or better; no tool marks transverse to the leading edge.",
            "4. Perform fluorescent penetrant inspection (Type I, sensitivity level 3).",
            "5. Record blend locations for the engine health tracking database.",
            "Blades with damage in zone A (root fillet) are not repairable at this level.",
        ],
        author="Harrowgate Dynamics",
        footer=("Harrowgate Dynamics proprietary. Export of this document is controlled under the "
                "International Traffic in Arms Regulations, 22 CFR Parts 120 through 130 - USML "
                "Category XIX(f). Recipients shall not disclose it to foreign persons, including "
                "employees who are foreign persons, without a DDTC license or written approval from "
                "Harrowgate Trade Compliance."),
    )
    label("fan_blade_blend_repair_wi.docx", "ITAR", "XIX(f)", "yes", "technical_data", "footer")

    write_docx(
        "supplier_quality_manual_extract.docx",
        "Supplier Quality Manual - Section 7 Nonconforming Material",
        [
            "7.1 Suppliers shall segregate and tag nonconforming material within one working day of detection.",
            "7.2 A supplier corrective action request (SCAR) is issued for repeat nonconformances; response is due within 30 days with containment within 48 hours.",
            "7.3 Material review board dispositions (use-as-is, rework, repair, scrap) require buyer approval when form, fit or function is affected.",
            "7.4 Records are retained for seven years.",
        ],
        author="Fenwick Castings",
        footer="Fenwick Castings | Supplier Quality Manual | Export classification: EAR99 | Uncontrolled when printed",
    )
    label("supplier_quality_manual_extract.docx", "EAR", "EAR99", "yes", "general", "footer")


# ============================================================================= items: cover / last page (.pdf)
def build_cover_last():
    # C1 rocket motor static fire report, legend only on the cover
    cover = ["= Static Fire Test Report SF-24-031",
             "Solid rocket motor, 178 mm boost stage, qualification motor QM-3",
             "Prepared by: Tamsin Energetics, Test Operations, Bay 7",
             "Report date: 19 September 2025",
             "# Export notice",
             itar_long("IV(d)"),
             dist("D", "Export Controlled", "19 September 2025", "Program Executive Office Missiles and Space, Redstone Arsenal, AL 35898"),
             DESTRUCT]
    p2 = ["# 1 Test article", "QM-3 was cast from propellant lot 25-117 (HTPB/AP/Al, 88 percent solids) and conditioned at -32 C for 48 h before firing. Nozzle: carbon-phenolic throat insert, expansion ratio 9.5.",
          "# 2 Results", "Ignition delay 41 ms. Maximum expected operating pressure was not exceeded; peak chamber pressure 12.9 MPa at 0.35 s. Action time 6.42 s; total impulse 214.7 kN s, within 1.1 percent of prediction."]
    p3 = ["# 3 Pressure and thrust trace (10 Hz decimated)"] + data_rows(
        ("t (s)", "Pc (MPa)", "F (kN)"), 40,
        lambda i: (f"{i * 0.16:.2f}", f"{(11.8 + 1.1 * (1 - abs(i - 4) / 36)) if i < 38 else 2.0 - 0.8 * (i - 38):.2f}",
                   f"{(33.0 + 2.6 * (1 - abs(i - 4) / 36)) if i < 38 else 5.5 - 2.2 * (i - 38):.1f}"))
    p4 = ["# 4 Post-test inspection", "Insulation char depth at aft dome averaged 4.1 mm (allowable 6.0 mm). Throat erosion rate 0.11 mm/s, consistent with QM-1 and QM-2.",
          "# 5 Conclusion", "QM-3 met all cold-conditioned qualification requirements. Hot-conditioned firing QM-4 is scheduled for week 44."]
    write_pdf("static_fire_report_SF-24-031.pdf", [cover, p2, p3, p4], title="Static Fire Test Report SF-24-031", author="Tamsin Energetics")
    label("static_fire_report_SF-24-031.pdf", "ITAR", "IV(d)", "yes", "technical_data", "cover")

    # C2 sonar beamforming study, generic Dist B + AECA/EAA warning on cover only
    cover = ["= Towed Array Adaptive Beamforming Study", "Final Technical Report, Contract N00024-24-C-6127 (CDRL A003)",
             "Corvane Marine Acoustics, Groton CT", "October 2025",
             dist("B", "Critical Technology", "3 October 2025", "Naval Sea Systems Command, PEO Undersea Warfare, Washington Navy Yard, DC 20376"),
             WARN_EAA, DESTRUCT]
    body = [["# 1 Introduction", "This report evaluates minimum-variance distortionless response (MVDR) and dominant-mode rejection beamformers for the thin-line towed array against surface interferers and the tow-ship's own noise.",
             "Array: 96 hydrophones at 0.75 m spacing (design frequency 1 kHz), 60 dB dynamic range per channel, 24-bit digitisation at 8 kHz."],
            ["# 2 Method", "Snapshots were drawn from sea-trial recordings at sea state 3. Diagonal loading was swept from -10 dB to +10 dB relative to the white-noise level.", "# 3 Detection performance"] +
            data_rows(("Loading (dB)", "Array gain (dB)", "Pd @ Pfa 1e-4"), 21, lambda i: (i - 10, f"{17.2 + 2.1 * (1 - abs(i - 13) / 13):.1f}", f"{0.52 + 0.3 * (1 - abs(i - 13) / 13):.2f}")),
            ["# 4 Findings", "Dominant-mode rejection with three rejected modes gave 3.4 dB more array gain than conventional beamforming against the tow ship at bearings within 20 degrees of endfire.",
             "Array shape estimation from the heading sensors is needed when the tow ship turns; uncorrected bow of 2 m degrades gain by up to 6 dB."]]
    write_pdf("towed_array_beamforming_final_report.pdf", [cover] + body, title="Towed Array Adaptive Beamforming Study", author="Corvane Marine Acoustics")
    label("towed_array_beamforming_final_report.pdf", "ITAR", "XI(a)(1)", "yes", "technical_data", "cover")

    # C3 GaN MMIC qualification report, EAR legend on cover only
    cover = ["= Qualification Report QR-0412", "X-band GaN-on-SiC MMIC Power Amplifier OMX-2240", "Onyxford Microwave Inc.",
             "# Export Classification", ear_long("3A001.b.2.c")]
    body = [["# 1 Device summary", "Three-stage MMIC power amplifier, 8.5-10.5 GHz, 0.25 um GaN HEMT process. Saturated output power 43.2 dBm (21 W) with 38 percent PAE at Vd = 28 V, pulsed 100 us / 10 percent duty.",
             "# 2 Qualification matrix", "HTOL at Tch = 225 C for 1000 h (77 parts, 0 failures); temperature cycling -65/+150 C, 500 cycles; HAST 96 h; ESD HBM class 1B."],
            ["# 3 RF data at 25 C"] + data_rows(("Freq (GHz)", "Psat (dBm)", "PAE (%)", "Gain (dB)"), 21, lambda i: (f"{8.5 + i * 0.1:.1f}", f"{42.6 + 0.8 * (1 - abs(i - 10) / 10):.1f}", f"{35 + 4 * (1 - abs(i - 9) / 10):.0f}", f"{24.5 + 1.0 * (1 - abs(i - 11) / 11):.1f}")),
            ["# 4 Conclusion", "The OMX-2240 meets the qualification requirements and is released for production. Lot acceptance testing follows the sampling plan in Appendix B."]]
    write_pdf("gan_mmic_qualification_QR-0412.pdf", [cover] + body, title="Qualification Report QR-0412", author="Onyxford Microwave")
    label("gan_mmic_qualification_QR-0412.pdf", "EAR", "3A001.b.2.c", "yes", "technical_data", "cover")

    # C4 commercial satellite bus CUI cover (generic CUI//SP-EXPT)
    cover = ["= CUI//SP-EXPT", "= Small GEO Bus - Power Subsystem Design Description", "Graymoor Space Systems, Document GSS-PWR-0031 Rev B",
             cui_block("Graymoor Space Systems, Power Subsystem Engineering", "SP-EXPT (Export Controlled)", poc="Dana Whitcombe, (303) 555-0148"),
             "CUI//SP-EXPT"]
    body = [["# 1 Overview", "The power subsystem of the commercial communications satellite bus provides a 100 V regulated bus at 14 kW end-of-life. Two deployable solar array wings carry triple-junction GaAs cells (30.7 percent BOL efficiency).",
             "# 2 Energy storage", "Two 144 Ah lithium-ion batteries, 24 cells in series each, sized for 72-minute eclipse at 70 percent depth of discharge."],
            ["# 3 Power budget (EOL, equinox)"] + data_rows(("Load", "Sunlight (W)", "Eclipse (W)"), 12, lambda i: (["Payload TWTAs", "Payload receivers", "TT&C", "ADCS", "Thermal heaters", "Propulsion valves", "OBC", "Battery charge", "Harness loss", "PCU loss", "Margin", "Total"][i], [9800, 620, 140, 210, 450, 60, 95, 1100, 260, 380, 885, 14000][i], [9800, 620, 140, 210, 300, 60, 95, 0, 220, 330, 0, 11775][i])),
            ["# 4 Fault protection", "Under-voltage below 95 V sheds payload in four priority groups. Battery cell bypass switches isolate an open cell; the system tolerates loss of one cell per battery with no mission impact."]]
    write_pdf("geo_bus_power_design_description.pdf", [cover] + body, title="Small GEO Bus - Power Subsystem Design Description", author="Graymoor Space Systems")
    label("geo_bus_power_design_description.pdf", "EAR", "9A515.x", "yes", "technical_data", "cover")

    # C5 spacecraft reaction wheel, "USML Category XV(e)" only on cover
    cover = ["= Reaction Wheel Assembly RWA-60", "Acceptance Data Package, Flight Units FU-01 through FU-04",
             "Larkspur Avionics, Space Products Group",
             "Jurisdiction: ITAR - USML Category XV(e). Controlled under 22 CFR 121.1; transfer to foreign persons requires a DDTC authorization (22 CFR 120.50, 120.56).",
             "Customer: national security space program, prime contract withheld."]
    body = [["# 1 Unit performance", "Momentum capacity 60 N m s at 6000 rpm; reaction torque 0.3 N m. Radiation-tolerant drive electronics rated to 100 krad(Si) total dose with SEL immunity above 75 MeV cm^2/mg.",
             "# 2 Microvibration"] + data_rows(("Unit", "Static imbalance (g cm)", "Dynamic imbalance (g cm^2)"), 4, lambda i: (f"FU-0{i + 1}", f"{0.41 + 0.07 * i:.2f}", f"{11.8 + 1.3 * i:.1f}")),
            ["# 3 Life test", "Bearing life-test unit has accumulated 4.1e9 revolutions with drag torque stable at 6.2 mN m."]]
    write_pdf("rwa60_acceptance_data_package.pdf", [cover] + body, title="Reaction Wheel Assembly RWA-60 ADP", author="Larkspur Avionics")
    label("rwa60_acceptance_data_package.pdf", "ITAR", "XV(e)", "yes", "technical_data", "cover")

    # C6 municipal pump EAR99 cover
    cover = ["= Pump Performance Test Certificate", "Horizontal split-case pump HSC-250, impeller 410 mm", "Alderleigh Instruments - Pump Test Laboratory",
             ear99(" Schedule B 8413.70.2005.")]
    body = [["# 1 Test conditions", "Clean cold water at 18 C, speed 1780 rpm, test per ANSI/HI 14.6 grade 2B."] +
            data_rows(("Flow (m3/h)", "Head (m)", "Eff (%)", "Power (kW)"), 10, lambda i: (100 * i + 100, f"{62 - 0.000018 * (100 * i + 100) ** 2:.1f}", f"{min(86, 40 + 5.2 * i):.0f}", f"{55 + 8.5 * i:.1f}")),
            ["# 2 Vibration", "Overall velocity 2.1 mm/s RMS at the inboard bearing, below the 3.0 mm/s limit."],
            ["# 3 Acceptance", "Pump meets the guaranteed duty point of 700 m3/h at 53 m head with 85.5 percent efficiency."]]
    write_pdf("split_case_pump_test_certificate.pdf", [cover] + body, title="Pump Performance Test Certificate", author="Alderleigh Instruments")
    label("split_case_pump_test_certificate.pdf", "EAR", "EAR99", "yes", "general", "cover")

    # ---------------- last page only
    pages = [["= 30 mm Lot Acceptance Test Summary", "Lot 25-0912, HEI-T cartridge, 30 x 173 mm", "Ebberston Ballistics, Proving Ground 2",
              "# 1 Sample", "125 rounds drawn per the lot sampling plan; conditioned 32 rounds hot (+63 C), 32 cold (-46 C), remainder ambient."],
             ["# 2 Velocity"] + data_rows(("Condition", "Mean V0 (m/s)", "SD (m/s)", "Spec"), 3, lambda i: (["Hot", "Ambient", "Cold"][i], [1096, 1080, 1052][i], [6.1, 5.4, 7.3][i], "1080 +/- 30")),
             ["# 3 Function", "Fuze function at 1500 m graze target: 124 of 125 (one dud recovered, S&A armed, detonator failed). Tracer burn time 3.6 s to 4.1 s.",
              "# 4 Disposition", "Lot accepted subject to the dud failure analysis."],
             ["# Record of distribution", "Copy 1 Program Office; Copy 2 QA; Copy 3 file.", itar_long("III(a)")]]
    write_pdf("30mm_lot_acceptance_summary.pdf", pages, title="30 mm LAT Summary", author="Ebberston Ballistics")
    label("30mm_lot_acceptance_summary.pdf", "ITAR", "III(a)", "yes", "technical_data", "last_page")

    pages = [["= Inertial Navigation Unit Performance Test", "Model LN-G7 ring-laser-gyro INU, S/N 0118", "Larkspur Avionics, Navigation Test Lab",
              "# Summary", "Free-inertial navigation test over 4 h on the land-vehicle test course with GNSS denied after alignment."],
             ["# Position error growth"] + data_rows(("Time (h)", "CEP (nmi)", "Limit"), 9, lambda i: (f"{i * 0.5:.1f}", f"{0.21 * i * 0.5:.2f}", "0.8 nmi/h")),
             ["# Gyro and accelerometer", "Gyro bias stability 0.0022 deg/h (1 sigma, 10 h); angle random walk 0.0009 deg/rt-h. Accelerometer bias stability 18 ug."],
             ["# Sign-off", "Test conductor: M. Duarte. QA witness: K. Hale.",
              "Export control: " + ear_long("7A003.a") + " Items incorporating this unit remain subject to the EAR under the de minimis rules of 15 CFR 734.4."]]
    write_pdf("ins_performance_test_LN-G7.pdf", pages, title="INU Performance Test", author="Larkspur Avionics")
    label("ins_performance_test_LN-G7.pdf", "EAR", "7A003.a", "yes", "technical_data", "last_page")

    pages = [["= Ballistic Insert V50 Test Report", "Hard armour plate HA-7, 10 x 12 in, shooter's cut", "Norrland Composites (US), Ballistics Lab",
              "# 1 Test", "V50 ballistic limit determined per MIL-STD-662F using 7.62 x 51 mm M80 ball and 7.62 x 39 mm PS ball, 6 shot up-down method."],
             ["# 2 Results"] + data_rows(("Threat", "V50 (ft/s)", "Req (ft/s)", "Areal density (psf)"), 2, lambda i: (["M80", "PS"][i], [3210, 3050][i], [2900, 2650][i], "4.6")),
             ["# 3 Backface deformation", "Mean BFD 31 mm in 20 percent gelatin-backed clay, maximum 38 mm (limit 44 mm)."],
             ["# 4 Conclusion", "HA-7 meets the Level IV protection requirement of the program specification.", "EXPORT CONTROLLED",
              dist("E", "Export Controlled", "11 July 2025", "PM Soldier Protection and Individual Equipment, Fort Belvoir, VA 22060")]]
    write_pdf("armor_insert_v50_report.pdf", pages, title="Ballistic Insert V50 Test Report", author="Norrland Composites (US)")
    label("armor_insert_v50_report.pdf", "ITAR", "X(a)(1)", "yes", "technical_data", "last_page")

    pages = [["= Carbon Fibre Lot Properties", "Intermediate-modulus fibre IM-9K, 12K tow, lot range 25A001-25A040", "Norrland Composites (US)",
              "# Tensile properties (impregnated strand, ASTM D4018)"] + data_rows(("Lot", "Strength (MPa)", "Modulus (GPa)", "Density (g/cc)"), 20, lambda i: (f"25A{i + 1:03d}", 6380 + (i * 37) % 170, 296 + (i * 7) % 9, "1.80")),
             ["# Notes", "Specific tensile strength exceeds 3.4e5 m and specific modulus exceeds 1.6e7 m for all lots; sizing level 0.9 percent (epoxy-compatible)."],
             ["# Export", "This fibre and its technical data are subject to the Export Administration Regulations, 15 CFR Parts 730-774; ECCN 1C010.b. Reason for control: NS1, MT1, NP1, AT1. A license is required for export to most destinations outside Country Group A:1; see 15 CFR 738 Supp. 1."]]
    write_pdf("im9k_fibre_lot_properties.pdf", pages, title="Carbon Fibre Lot Properties", author="Norrland Composites (US)")
    label("im9k_fibre_lot_properties.pdf", "EAR", "1C010.b", "yes", "technical_data", "last_page")

    pages = [["= Formulation Notebook Transcript", "Book 14, pages 33-41", "Tamsin Energetics, Formulation Lab 2",
              "Entry 25-06-11: Mixed 500 g batch of pressed explosive PBX-Q7 (HMX 92 / fluoroelastomer binder 6 / wax 2). Slurry coating at 70 C in ethyl acetate / water; granule size 300-850 um."],
             ["Entry 25-06-13: Pressed 12 pellets, 25.4 mm diameter, at 20 kpsi and 100 C. Mean density 1.842 g/cc (97.8 percent TMD).",
              "Entry 25-06-17: Small-scale sensitivity. Impact (ERL Type 12, 2.5 kg): H50 41 cm. Friction (BAM): no reaction at 240 N. ESD: no reaction at 0.25 J."],
             ["Entry 25-06-20: Detonation velocity by rate-stick (4 ionisation pins, 25.4 mm diameter): 8.71 km/s.",
              "Entry 25-06-24: Thermal stability 48 h at 100 C, weight loss 0.06 percent."],
             ["Reviewed by: P. Achterberg.", itar_old("V(a)")]]
    write_pdf("formulation_notebook_book14.pdf", pages, title="Formulation Notebook Transcript", author="Tamsin Energetics")
    label("formulation_notebook_book14.pdf", "ITAR", "V(a)", "yes", "technical_data", "last_page")


# ============================================================================= items: pptx notes / title slide
def build_pptx():
    write_pptx(
        "ew_pod_techniques_review.pptx", "Jammer Pod Techniques Review", "Increment 2 software drop, week 42",
        [("Agenda", ["Threat library status", "Technique performance", "Open issues"], ""),
         ("Technique performance", ["Range-gate pull-off: 94% break-lock vs. emitter set A", "Velocity-gate pull-off: 88%", "Cross-eye: not yet tested"],
          itar_long("XI(a)(4)") + " Speaker: remind attendees that the technique tables are not to be sent to the allied integration team until the TAA amendment is approved."),
         ("DRFM latency", ["Loop latency 180 ns (goal 150 ns)", "FPGA re-timing in progress"], "Latency measured with the bench emitter simulator at 9.4 GHz."),
         ("Open issues", ["Power droop at 95% duty", "Threat file signing"], "")],
        "Kestrel Ridge Systems")
    label("ew_pod_techniques_review.pptx", "ITAR", "XI(a)(4)", "yes", "technical_data", "notes")

    write_pptx(
        "vpn_gateway_crypto_offload.pptx", "Gateway Crypto Offload", "Platform team sync",
        [("Why offload", ["IPsec throughput capped at 12 Gb/s on CPU", "Target 40 Gb/s per appliance"], ""),
         ("Design", ["Inline crypto engine on the NIC", "AES-256-GCM, SHA-384, ECDH P-384", "Key handles never leave the engine"],
          "Note for presenters: the offload driver and the key-management daemon are classified ECCN 5D002.c.1 under the EAR (15 CFR Parts 730-774). Source code must not be posted to the public repository or shared with the contract team abroad until the classification request is closed."),
         ("Schedule", ["Driver alpha: sprint 31", "Interop with third-party peers: sprint 33"], "")],
        "Whitlow Secure Networks")
    label("vpn_gateway_crypto_offload.pptx", "EAR", "5D002.c.1", "yes", "technical_data", "notes")

    write_pptx(
        "heavyweight_torpedo_afterbody.pptx", "Afterbody Propulsion Trade", "Propulsion IPT",
        [("Options", ["Pump-jet, 13 blades", "Contra-rotating propellers", "Shrouded propeller"], ""),
         ("Acoustic signature", ["Pump-jet 6 dB quieter at 40 kt", "Blade-rate tonal shifted below 200 Hz"],
          "CUI//SP-EXPT. Controlled by: Corvane Marine, Undersea Weapons. CUI Category: Export Controlled. POC: R. Ashdown. Presenter notes only - do not leave copies."),
         ("Recommendation", ["Pump-jet", "Closed-cycle thermal engine unchanged"], "")],
        "Corvane Marine")
    label("heavyweight_torpedo_afterbody.pptx", "ITAR", "IV(a)", "yes", "technical_data", "notes")

    write_pptx(
        "fiber_laser_roadmap.pptx", "Fibre Laser Roadmap 2026", "Vireo Photonics product line review",
        [("Today", ["Single-mode CW, 3 kW, M^2 < 1.1", "Wall-plug efficiency 42%"], ""),
         ("2026", ["Coherent beam combining, 4 x 3 kW", "Spectral beam combining trial"],
          "Speaker notes: the 3 kW single-mode line is ECCN 6A005.b.6.b; combining technology is 6E002. EAR controlled - check foreign-national access before showing the backup slides."),
         ("Risks", ["Stimulated Brillouin scattering at >3.5 kW", "Pump diode supply"], "")],
        "Vireo Photonics")
    label("fiber_laser_roadmap.pptx", "EAR", "6A005.b.6.b", "yes", "technical_data", "notes")

    # ---------------- title slide only
    write_pptx(
        "lo_coating_maintenance_brief.pptx", "Edge Treatment Maintenance Brief",
        "Signature control materials - depot repair procedures",
        [("Repair limits", ["Edge gaps > 0.5 mm require fill", "Cure 4 h at 65 C"], ""),
         ("Materials", ["Magnetic radar absorbing sheet, 1.1 mm", "Conductive sealant"], ""),
         ("Inspection", ["Reflectivity check with hand-held probe", "Record on aircraft signature log"], "")],
        "Brantwood Aerostructures",
        first_extra="ITAR CONTROLLED TECHNICAL DATA - USML Category XIII(j). Export or disclosure to foreign persons is prohibited without DDTC authorization (22 CFR 120-130).")
    label("lo_coating_maintenance_brief.pptx", "ITAR", "XIII(j)", "yes", "technical_data", "title_slide")

    write_pptx(
        "hpc_cluster_acceptance.pptx", "Cluster Acceptance Results",
        "Mesa Alta research computing - phase 2",
        [("System", ["412 nodes, 2 x 64-core CPUs each", "Aggregate APP above the 4A003.b threshold"], ""),
         ("Benchmarks", ["HPL: 11.8 PFLOPS", "HPCG: 0.21 PFLOPS"], ""),
         ("Next steps", ["Foreign visitor access plan", "Log retention"], "")],
        "Alderleigh Instruments",
        first_extra="Subject to the Export Administration Regulations (EAR) - ECCN 4A003 - 15 CFR 730-774. Deemed export rules apply.")
    label("hpc_cluster_acceptance.pptx", "EAR", "4A003", "yes", "technical_data", "title_slide")

    write_pptx(
        "rotor_blade_spar_briefing.pptx", "Composite Rotor Blade Spar",
        "Attack helicopter main rotor - production readiness",
        [("Spar layup", ["IM fibre / toughened epoxy, 54 plies at root", "Ballistic tolerance: 23 mm HEI"], ""),
         ("Tooling", ["Matched-die cure", "Autoclave 177 C"], ""),
         ("Readiness", ["First article: March", "Rate: 8 blades/month"], "")],
        "Brantwood Aerostructures",
        first_extra=dist("C", "Critical Technology", "6 June 2025", "PEO Aviation, Redstone Arsenal, AL 35898") + " " + WARN_EAA)
    label("rotor_blade_spar_briefing.pptx", "ITAR", "VIII(h)", "yes", "technical_data", "title_slide")

    write_pptx(
        "trainer_aircraft_wiring_harness.pptx", "Harness Change Board",
        "Military trainer aircraft - WH-44 wiring harness",
        [("Change", ["Reroute harness away from fuel line", "Add chafe sleeve"], ""),
         ("Impact", ["Weight +0.3 kg", "No software change"], ""),
         ("Decision", ["Approved for block 7"], "")],
        "Larkspur Avionics",
        first_extra="EXPORT CONTROLLED: EAR 600 series - ECCN 9A610.x. Subject to 15 CFR 730-774. License required for all destinations except Canada.")
    label("trainer_aircraft_wiring_harness.pptx", "EAR", "9A610.x", "yes", "technical_data", "title_slide")


# ============================================================================= items: metadata only
def build_metadata():
    write_docx(
        "star_tracker_test_schedule.docx", "Star Tracker Environmental Test Schedule",
        [("table", [["Week", "Activity", "Facility"],
                    ["38", "Functional test", "Clean room 2"],
                    ["39", "Random vibration, 3 axes", "Shaker 1"],
                    ["40", "Thermal vacuum, 8 cycles", "TVAC chamber B"],
                    ["41", "EMC (RE102/RS103)", "Chamber 3"],
                    ["42", "Final functional and ship", "Clean room 2"]]),
         "Chamber B booking confirmed. Shipping container calibration due week 40."],
        author="Larkspur Avionics",
        subject="ITAR USML Category XV(e) - spacecraft star tracker",
        keywords="ITAR; export controlled; 22 CFR 121.1")
    label("star_tracker_test_schedule.docx", "ITAR", "XV(e)", "yes", "general", "metadata")

    write_docx(
        "fpga_timing_closure_notes.docx", "Timing Closure Notes - Build 118",
        ["Worst negative slack improved from -0.214 ns to +0.031 ns after floorplanning the SerDes lanes into clock region X1Y3.",
         "Retimed the 64-bit CRC pipeline (3 stages). DSP48 cascades now use the dedicated routing.",
         ("code", "set_max_delay -datapath_only 2.5 -from [get_cells sync_a*] -to [get_cells sync_b*]"),
         "Hold violations remain on the JESD204C link layer; next build adds a multicycle path of 2."],
        author="Onyxford Microwave",
        keywords="ECCN 3E001; EAR; export controlled technology; 15 CFR 774")
    label("fpga_timing_closure_notes.docx", "EAR", "3E001", "yes", "technical_data", "metadata")

    write_docx(
        "lrf_boresight_procedure.docx", "Rangefinder Boresight Procedure",
        ["1. Mount the sight on the collimator bench; warm up 10 min.",
         "2. Fire the eye-safe laser (1.57 um) at the thermal target plate and locate the burn spot on the MWIR channel.",
         "3. Adjust the boresight wedges until the spot is within 0.1 mrad of the reticle centre.",
         "4. Verify range accuracy at 2000 m and 5000 m target boards: +/- 5 m.",
         "5. Torque wedge locks to 1.2 N m and apply witness lacquer."],
        author="Vireo Photonics",
        custom={"ExportClassification": "ITAR - USML XII(b)", "Reviewer": "J. Castellanos"})
    label("lrf_boresight_procedure.docx", "ITAR", "XII(b)", "yes", "technical_data", "metadata")

    write_docx(
        "office_move_furniture_list.docx", "Furniture and Equipment List - Building 2 Move",
        [("table", [["Item", "Qty"], ["Sit-stand desk", "48"], ["Task chair", "52"], ["Lateral file cabinet", "20"], ["Whiteboard 8 ft", "6"]]),
         "Movers arrive Friday 07:00. Label everything with the new room number."],
        author="Fenwick Castings",
        comments="Export classification reviewed: EAR99, NLR. No export licence needed for the Monterrey office transfer.")
    label("office_move_furniture_list.docx", "EAR", "EAR99", "yes", "general", "metadata")

    pages = [["= Barrel Rifling Inspection", "120 mm smoothbore and 105 mm rifled barrels", "Sablewood Machine Works",
              "Bore straightness measured with the laser bore-sighting rig at 250 mm intervals."],
             data_rows(("Station (mm)", "Deviation (mm)"), 24, lambda i: (i * 250, f"{0.02 * ((i * 7) % 5):.2f}")),
             ["Chrome plating thickness 0.13-0.18 mm. Autofrettage pressure 1050 MPa verified from overstrain records.", "All barrels accepted."]]
    write_pdf("barrel_bore_inspection.pdf", pages, title="Barrel Rifling Inspection", author="Sablewood Machine Works",
              subject="ITAR controlled - USML Category II(a) gun barrels", keywords="ITAR, 22 CFR 121.1, Cat II")
    label("barrel_bore_inspection.pdf", "ITAR", "II(a)", "yes", "technical_data", "metadata")

    pages = [["= Accelerometer Characterisation", "Quartz pendulous accelerometer QA-900", "Alderleigh Instruments",
              "Bias stability measured over 12 months on the tilt table."],
             data_rows(("Month", "Bias (ug)", "Scale factor (ppm)"), 12, lambda i: (i + 1, 35 + (i * 3) % 7, 62 + (i * 5) % 11)),
             ["Bias repeatability 22 ug (1 sigma), scale factor stability 78 ppm. Units meet the navigation-grade specification."]]
    write_pdf("quartz_accelerometer_characterisation.pdf", pages, title="Accelerometer Characterisation", author="Alderleigh Instruments",
              subject="EAR controlled technical data", keywords="ECCN 7A001.a.1; EAR; 15 CFR 730-774")
    label("quartz_accelerometer_characterisation.pdf", "EAR", "7A001.a.1", "yes", "technical_data", "metadata")


# ============================================================================= items: DXF
def build_dxf():
    g1 = [("rect", (60, 120), (120, 70)), ("circle", (90, 155), 8), ("circle", (150, 155), 8),
          ("dim", (60, 110), "120.00 +/-0.05"), ("dim", (30, 150), "70.00"), ("dim", (90, 167), "2X 16.00 THRU")]
    write_dxf("fin_actuator_bracket_HD-4471.dxf",
              title_attribs={"TITLE": "BRACKET, FIN ACTUATOR", "DWG_NO": "HD-4471", "REV": "C", "MATERIAL": "TI-6AL-4V PER AMS 4928",
                             "DRAWN": "E. MARSH", "COMPANY": "HARROWGATE DYNAMICS", "EXPORT": "ITAR - USML CAT IV(h) - 22 CFR 120-130"},
              geometry=g1, notes=["NOTES:", "1. BREAK ALL SHARP EDGES .010 MAX.", "2. SURFACE FINISH 63 RA.", "3. PENETRANT INSPECT PER ASTM E1417."])
    label("fin_actuator_bracket_HD-4471.dxf", "ITAR", "IV(h)", "yes", "technical_data", "title_block")

    g2 = [("circle", (120, 160), 40), ("circle", (120, 160), 18), ("line", (60, 160), (180, 160)), ("dim", (100, 205), "DN50 CLASS 300"), ("dim", (100, 110), "BORE 50.8")]
    write_dxf("valve_body_VB-2050.dxf",
              title_attribs={"TITLE": "BODY, DIAPHRAGM VALVE DN50", "DWG_NO": "VB-2050", "REV": "A", "MATERIAL": "HASTELLOY C-276",
                             "COMPANY": "ALDERLEIGH INSTRUMENTS", "ECCN": "ECCN 2B350.g - EAR CONTROLLED (CWC/AG)"},
              geometry=g2, notes=["NOTES:", "1. ALL WETTED SURFACES 20 RA MAX.", "2. HYDROTEST 1.5 X RATED PRESSURE."])
    label("valve_body_VB-2050.dxf", "EAR", "2B350.g", "yes", "technical_data", "title_block")

    g3 = [("rect", (50, 130), (200, 30)), ("circle", (70, 145), 5), ("circle", (230, 145), 5), ("dim", (130, 125), "200.0")]
    write_dxf("conveyor_mount_plate_CM-118.dxf",
              title_attribs={"TITLE": "PLATE, CONVEYOR MOUNT", "DWG_NO": "CM-118", "REV": "B", "MATERIAL": "A36 STEEL, GALV",
                             "COMPANY": "FENWICK CASTINGS", "EXPORT_CLASS": "EAR99"},
              geometry=g3)
    label("conveyor_mount_plate_CM-118.dxf", "EAR", "EAR99", "yes", "general", "title_block")

    g4 = [("rect", (60, 100), (160, 60)), ("circle", (80, 130), 12), ("circle", (200, 130), 20), ("dim", (120, 95), "CTR 120.0")]
    write_dxf("roadwheel_arm_SW-3302.dxf",
              border_text=["WARNING - THIS DOCUMENT CONTAINS TECHNICAL DATA WHOSE EXPORT IS RESTRICTED BY THE ARMS EXPORT CONTROL ACT",
                           "(TITLE 22, U.S.C., SEC 2751, ET SEQ.) OR THE EXPORT ADMINISTRATION ACT OF 1979, AS AMENDED (TITLE 50, U.S.C., APP. 2401 ET SEQ.).",
                           "VIOLATIONS OF THESE EXPORT LAWS ARE SUBJECT TO SEVERE CRIMINAL PENALTIES."],
              title_attribs={"TITLE": "ARM, ROADWHEEL, STATION 3", "DWG_NO": "SW-3302", "REV": "E", "MATERIAL": "4340 FORGING",
                             "COMPANY": "SABLEWOOD MACHINE WORKS", "NEXT_ASSY": "SUSPENSION, TRACKED COMBAT VEHICLE"},
              geometry=g4)
    label("roadwheel_arm_SW-3302.dxf", "ITAR", "VII(g)", "yes", "technical_data", "title_block")

    g5 = [("circle", (140, 160), 50), ("circle", (140, 160), 30), ("dim", (110, 215), "TRAINING RACE DIA 1000")]
    write_dxf("gun_mount_training_race_CV-907.dxf",
              border_text=["ITAR CONTROLLED DRAWING - USML CATEGORY II(j) - 22 CFR 121.1 - NOT RELEASABLE TO FOREIGN PERSONS"],
              title_attribs={"TITLE": "RACE, TRAINING, 57MM NAVAL GUN MOUNT", "DWG_NO": "CV-907", "REV": "B", "COMPANY": "CORVANE MARINE"},
              geometry=g5)
    label("gun_mount_training_race_CV-907.dxf", "ITAR", "II(j)", "yes", "technical_data", "title_block")

    g6 = [("rect", (60, 180), (140, 50)), ("line", (60, 205), (200, 205)), ("dim", (100, 235), "PANEL 1400 X 500")]
    write_dxf("solar_array_hinge_GS-5510.dxf",
              title_attribs={"TITLE": "HINGE, SOLAR ARRAY DEPLOYMENT", "DWG_NO": "GS-5510", "REV": "A", "COMPANY": "GRAYMOOR SPACE SYSTEMS"},
              notes=["GENERAL NOTES:", "1. INTERPRET PER ASME Y14.5-2018.", "2. DRY LUBRICANT MOS2 PER MIL-PRF-46010.",
                     "3. EXPORT CONTROLLED - SUBJECT TO THE EAR, 15 CFR 730-774. ECCN 9A515.x. DO NOT RELEASE TO FOREIGN PERSONS WITHOUT BIS AUTHORIZATION.",
                     "4. SPRING PRELOAD 2.4 N M AT STOWED POSITION."],
              geometry=g6)
    label("solar_array_hinge_GS-5510.dxf", "EAR", "9A515.x", "yes", "technical_data", "notes")

    g7 = [("circle", (140, 180), 45), ("circle", (140, 180), 38), ("dim", (110, 230), "LINER OD 90.0")]
    write_dxf("combustor_liner_QP-7719.dxf",
              title_attribs={"TITLE": "LINER, COMBUSTOR, OUTER", "DWG_NO": "QP-7719", "REV": "D", "COMPANY": "QUILLON PROPULSION"},
              notes=["NOTES:", "1. MATERIAL HAYNES 188 SHEET.", "2. EFFUSION HOLES 0.5 MM AT 20 DEG, LASER DRILLED.",
                     "3. THIS DRAWING CONTAINS TECHNICAL DATA CONTROLLED UNDER THE ITAR (22 CFR 120-130), USML CATEGORY XIX(f). EXPORT WITHOUT A STATE DEPARTMENT LICENSE IS PROHIBITED.",
                     "4. TBC PER PROCESS SPEC QPS-44."],
              mtext_notes=True, geometry=g7)
    label("combustor_liner_QP-7719.dxf", "ITAR", "XIX(f)", "yes", "technical_data", "notes")


# ============================================================================= items: email
def build_eml():
    write_eml("fwd_trm_thermal_issue.eml",
              "Ruth Vance <rvance@kestrelridge.example>", "Mfg Engineering <mfg-eng@kestrelridge.example>",
              "Fwd: T/R module thermal margin - lot 7", "Mon, 13 Oct 2025 08:12:44 -0500",
              "Team - see Leo's note below, we need the cold plate flow numbers before the MRB tomorrow.\n\nRuth\n\n"
              "---------- Forwarded message ---------\nFrom: Leo Mbeki <lmbeki@kestrelridge.example>\nDate: Fri, 10 Oct 2025 at 17:40\n"
              "Subject: T/R module thermal margin - lot 7\nTo: Ruth Vance <rvance@kestrelridge.example>\n\n"
              "ITAR CONTROLLED - USML XI(c) - This message contains technical data subject to 22 CFR 120-130.\n\n"
              "Ruth,\n\nLot 7 transmit/receive modules for the AESA array are running 9 C hotter at the GaN HPA flange than lot 6. "
              "Junction temperature at 10% duty, 18% bandwidth waveform is estimated at 212 C vs. the 200 C derating limit. "
              "Suspect voiding in the AuSn die attach (X-ray shows 14% voiding on 3 of 10 samples, limit 8%).\n\nLeo\n")
    label("fwd_trm_thermal_issue.eml", "ITAR", "XI(c)", "yes", "technical_data", "forwarded")

    write_eml("re_accelerator_card_shipment.eml",
              "Priya Nair <pnair@mesaalta.example>", "Sam Oduya <soduya@mesaalta.example>",
              "Re: accelerator cards for the Singapore lab", "Tue, 21 Oct 2025 10:03:11 +0000",
              "Sam,\n\nThanks - I'll hold the PO until trade compliance answers. Can you send me the end-user statement template?\n\nPriya\n\n"
              "On Mon, 20 Oct 2025 at 16:55, Sam Oduya <soduya@mesaalta.example> wrote:\n"
              "> Priya, before we ship: the vendor's datasheet lists the cards as ECCN 3A090.a (EAR,\n"
              "> 15 CFR 730-774). Total processing performance is about 4,800 per card.\n"
              "> That needs a licence for the Singapore destination under 15 CFR 742.6(a)(6)\n"
              "> and we'd also need to screen the end user. Don't ship the 8 cards yet.\n>\n> Sam\n")
    label("re_accelerator_card_shipment.eml", "EAR", "3A090.a", "yes", "general", "forwarded")

    write_eml("fwd_sonar_dome_layup.eml",
              "Owen Pryce <opryce@corvane.example>", "Composites Shop <shop@corvane.example>",
              "FW: dome layup change", "Wed, 22 Oct 2025 07:30:00 -0400",
              "Shop - please print the attached schedule change and post at the autoclave.\n\n"
              "-----Original Message-----\nFrom: Hannah Ruiz\nSent: Tuesday, October 21, 2025 4:12 PM\nTo: Owen Pryce\nSubject: dome layup change\n\n"
              "CUI//SP-EXPT\n\n"
              "Owen, the bow dome for the unmanned undersea vehicle moves to the new acoustic window laminate: "
              "glass/vinyl ester, 24 plies, with the rubber-bonded outer layer. Insertion loss target < 1.5 dB from 2-30 kHz. "
              "Cure schedule 2 h at 80 C plus 4 h post-cure at 110 C.\n\nControlled by: Corvane Marine Undersea Programs\nCUI Category: EXPT\nPOC: Hannah Ruiz, 860-555-0193\n\nCUI//SP-EXPT\n")
    label("fwd_sonar_dome_layup.eml", "ITAR", "XX", "yes", "technical_data", "forwarded")

    write_eml("fwd_supplier_classification_reply.eml",
              "Jo Bramwell <jbramwell@fenwickcastings.example>", "Export Desk <export@fenwickcastings.example>",
              "Fwd: classification request - pillow block bearings", "Thu, 23 Oct 2025 13:45:00 +0100",
              "Can someone file this with the PO? Customer in Brazil asked.\n\n"
              "Begin forwarded message:\n\nFrom: Customer Service <cs@sparrowbearings.example>\nSubject: RE: classification request - pillow block bearings\n\n"
              "Dear Jo,\n\nAs requested, the dimension sheet for the pillow block units is pasted below.\n\n"
              "SPARROW BEARINGS - DIMENSION SHEET DS-205\nEXPORT CLASSIFICATION: EAR99 (15 CFR 730-774)\n"
              "P-205: bore 25 mm, shaft height 36.5 mm, bolt centres 127 mm, basic dynamic load 14.0 kN\n"
              "P-208: bore 40 mm, shaft height 49.2 mm, bolt centres 156 mm, basic dynamic load 30.7 kN\n"
              "P-212: bore 60 mm, shaft height 69.8 mm, bolt centres 203 mm, basic dynamic load 52.7 kN\n"
              "Housing: grey cast iron; insert: ABEC-1 ball, set-screw locking.\n\nRegards,\nSparrow Bearings Customer Service\n")
    label("fwd_supplier_classification_reply.eml", "EAR", "EAR99", "yes", "general", "forwarded")

    inner = EmailMessage(policy=SMTP)
    inner["From"] = "Dale Whitford <dwhitford@ebberston.example>"
    inner["To"] = "Armory Team <armory@ebberston.example>"
    inner["Subject"] = "Carbine FCG change - sear engagement"
    inner["Date"] = "Mon, 06 Oct 2025 09:00:00 -0600"
    inner["Message-ID"] = "<fcg-9912@ebberston.example>"
    inner.set_content("EXPORT CONTROLLED - ITAR (22 CFR 121.1, USML Category I(a)).\n\n"
                      "The select-fire carbine fire control group gets the revised auto sear: engagement 0.025-0.030 in, "
                      "trip surface hardness 58-62 HRC. Cyclic rate on the test fixture dropped from 860 to 790 rpm with the H2 buffer.\n\nDale\n")
    write_eml("fwd_attached_message_fcg.eml",
              "Nora Keane <nkeane@ebberston.example>", "QA <qa@ebberston.example>",
              "Fwd: Carbine FCG change - sear engagement", "Tue, 07 Oct 2025 11:20:00 -0600",
              "Forwarding Dale's message for the inspection plan update. See attached.\n\nNora\n",
              attachments=[("message.eml", inner, "message", "rfc822")], bnd="fcg")
    label("fwd_attached_message_fcg.eml", "ITAR", "I(a)", "yes", "technical_data", "forwarded")

    # ---------------- marking only in attachment
    att = docx_bytes("Simulator Visual Database Update", [
        "Visual database for the combat vehicle crew gunnery trainer: terrain tiles re-generated at 0.5 m post spacing for the range complex.",
        "Thermal signature models for threat vehicles updated with the latest measured hot-spot maps; sensor simulation matches the fielded thermal sight's 3-5 um band response.",
        "ITAR: this document contains technical data controlled under USML Category IX(a) (22 CFR 121.1). Export requires DDTC approval."], author="Alderleigh Instruments")
    write_eml("sim_database_update_attachment.eml",
              "Kit Lomax <klomax@alderleigh.example>", "Training Systems <trainsys@alderleigh.example>",
              "Visual database update for review", "Fri, 24 Oct 2025 15:02:00 -0500",
              "Hi all, the database update summary is attached. Please review before Thursday's build.\n\nKit\n",
              attachments=[("visual_database_update.docx", att, *DOCX_MT)], bnd="sim")
    label("sim_database_update_attachment.eml", "ITAR", "IX(a)", "yes", "technical_data", "attachment")

    att = pdf_bytes([["= Lidar Sensor Head LS-12 Datasheet", "Flash lidar, 1550 nm, 256 x 64 SPAD array.",
                      "Range 300 m at 10% reflectivity; range resolution 2 cm; field of view 60 x 15 deg.",
                      "Export: EAR, ECCN 6A008.j.1. 15 CFR 730-774 applies; licence may be required."]], title="LS-12 Datasheet", author="Pellucid Optics")
    write_eml("lidar_datasheet_attachment.eml",
              "Ben Holt <bholt@pellucid.example>", "Tom Reyes <treyes@agtech.example>",
              "LS-12 datasheet as discussed", "Mon, 27 Oct 2025 09:15:00 -0700",
              "Tom,\n\nGood talking today. Datasheet attached; pricing follows once we have your volumes.\n\nBen\n",
              attachments=[("LS-12_datasheet.pdf", att, *PDF_MT)], bnd="lidar")
    label("lidar_datasheet_attachment.eml", "EAR", "6A008.j.1", "yes", "general", "attachment")

    att = docx_bytes("Mortar Baseplate Fatigue Analysis", [
        dist("D", "Export Controlled", "30 September 2025", "PM Towed Artillery Systems, Picatinny Arsenal, NJ 07806"),
        "Baseplate for the 120 mm mortar: 7075-T73 forging. Peak firing load 430 kN at charge 4; 10,000-round fatigue life with a scatter factor of 4.",
        "Critical location: spade root fillet R12; stress concentration 2.3. Recommend increasing to R16."], author="Sablewood Machine Works")
    write_eml("mortar_baseplate_analysis_attachment.eml",
              "Grace Ilori <gilori@sablewood.example>", "Stress Group <stress@sablewood.example>",
              "baseplate analysis v2", "Tue, 28 Oct 2025 17:48:00 -0400",
              "v2 attached with the fillet study. Comments by Monday please.\n",
              attachments=[("baseplate_fatigue_v2.docx", att, *DOCX_MT)], bnd="mortar")
    label("mortar_baseplate_analysis_attachment.eml", "ITAR", "II(j)", "yes", "technical_data", "attachment")

    att = pdf_bytes([["= Safety Data Sheet - Section 14/15 Extract", "Product: Thiodiglycol, 99%", "Supplier: Ostrander Fine Chemicals",
                      "Section 15 - Regulatory information: Chemical Weapons Convention Schedule 2 precursor. U.S. Export Administration Regulations: ECCN 1C350.d (15 CFR 774 Supp. 1); licence required for many destinations (CB, AT reasons for control). End-use certificate required."]],
                    title="SDS extract", author="Ostrander Fine Chemicals")
    write_eml("sds_extract_attachment.eml",
              "Orders <orders@ostranderchem.example>", "Purchasing <purchasing@textilecoat.example>",
              "Quote 88213 - documents", "Wed, 29 Oct 2025 08:05:00 -0500",
              "Please find the SDS extract attached for your quote 88213.\n\nOstrander Fine Chemicals order desk\n",
              attachments=[("SDS_thiodiglycol_extract.pdf", att, *PDF_MT)], bnd="sds")
    label("sds_extract_attachment.eml", "EAR", "1C350.d", "yes", "general", "attachment")

    att = docx_bytes("Certificate of Conformance", [
        "Part: hose clamp assortment HC-100, 500 pcs. Material: 301 stainless band, zinc-plated screw.",
        "We certify the items conform to the purchase order requirements.",
        "Export classification: EAR99. Country of origin: USA."], author="Fenwick Castings")
    write_eml("coc_hose_clamps_attachment.eml",
              "Shipping <shipping@fenwickcastings.example>", "Receiving <receiving@marlowpumps.example>",
              "CoC for PO 44721", "Thu, 30 Oct 2025 11:11:00 -0500",
              "Attached is the CoC for PO 44721, shipped today via ground.\n",
              attachments=[("CoC_PO44721.docx", att, *DOCX_MT)], bnd="coc")
    label("coc_hose_clamps_attachment.eml", "EAR", "EAR99", "yes", "general", "attachment")


# ============================================================================= items: banners (txt / md / html / source)
def build_banners():
    b = "ITAR CONTROLLED - USML Category XII(a) - 22 CFR 120-130 - Export without DDTC authorization prohibited"
    write_text("ballistic_solver.c", f"""/* {b} */
/*
 * ballistic_solver.c - fire control ballistic solution for the remote weapon station
 * Kestrel Ridge Systems, FC software group
 */
#include <math.h>
#include "bsolve.h"

/* point-mass trajectory with drag table G7, 4th-order Runge-Kutta, dt = 1 ms */
int bs_solve(const bs_inputs *in, bs_solution *out)
{{
    double v = in->muzzle_velocity_mps * (1.0 + in->propellant_temp_coeff * (in->propellant_temp_c - 21.0));
    double rho = air_density(in->pressure_pa, in->air_temp_c, in->humidity);
    double t = 0.0, x = 0.0, y = 0.0, vx = v * cos(in->elevation_rad), vy = v * sin(in->elevation_rad);
    while (x < in->target_range_m && t < BS_TMAX) {{
        rk4_step(&x, &y, &vx, &vy, rho, in->bc_g7, BS_DT);
        t += BS_DT;
    }}
    out->time_of_flight_s = t;
    out->superelevation_mrad = (in->target_height_m - y) / in->target_range_m * 1000.0;
    out->lead_mrad = in->target_crossing_mps * t / in->target_range_m * 1000.0;
    return BS_OK;
}}
/* {b} */
""")
    label("ballistic_solver.c", "ITAR", "XII(a)", "yes", "technical_data", "banner")

    eb = "**EAR CONTROLLED - ECCN 5D002 - Subject to 15 CFR Parts 730-774. Not eligible for the publicly available exclusion; do not mirror.**"
    write_text("libsealcore_README.md", f"""{eb}

# libsealcore

Internal cryptographic library used by the Whitlow link encryptors and the management plane.

## Features

- AES-256-GCM and AES-256-XTS with AES-NI and ARMv8 crypto extensions
- ECDH and ECDSA on P-384; ML-KEM-768 hybrid key exchange (experimental)
- Key wrapping per RFC 5649; HKDF-SHA384
- Hardware key store abstraction (PKCS#11, vendor HSM)

## Building

```
cmake -B build -DSEALCORE_FIPS=ON
cmake --build build -j
ctest --test-dir build
```

## Licence

Proprietary. Internal distribution only.

{eb}
""")
    label("libsealcore_README.md", "EAR", "5D002", "yes", "technical_data", "banner")

    write_text("fiber_amp_lab_notebook.txt", """EXPORT CONTROLLED INFORMATION -- Do not release to foreign nationals without export review
============================================================================================

Lab notebook transcript - High-power fibre amplifier bench, Vireo Photonics R&D
Operator: S. Halvorsen

2025-09-02  Spliced 25/400 um LMA Yb-doped gain fibre (3.9 m) to pump combiner (6+1x1).
            Splice loss 0.08 dB measured with cut-back.
2025-09-03  Ramped 976 nm pumps to 4.1 kW. Signal out 3.02 kW at 1070 nm, M^2 1.08.
            Slope efficiency 78%. No TMI observed below 3.0 kW.
2025-09-04  TMI onset at 3.15 kW. Reduced coil diameter to 9 cm -> onset moved to 3.4 kW.
2025-09-05  Linewidth broadened by phase modulation (PRBS 2^9-1, 3 GHz) to suppress SBS.
            SBS threshold now > 3.5 kW.  Ready for 4 kW attempt next week.

============================================================================================
EXPORT CONTROLLED INFORMATION -- Do not release to foreign nationals without export review
""")
    label("fiber_amp_lab_notebook.txt", "EAR", "6E001", "yes", "technical_data", "banner")

    write_text("tps_materials_wiki.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TPS Materials - Program Wiki</title>
<style>.cui{background:#502b85;color:#fff;text-align:center;font-weight:bold;padding:4px}</style></head>
<body>
<div class="cui">CUI</div>
<h1>Thermal Protection System - Leading Edge Materials</h1>
<p>The nose cap and leading edges of the hypersonic glide body use a carbon/carbon substrate with a
hafnium carbide / silicon carbide oxidation protection coating. Design point: Mach 8 glide at 30 km,
stagnation heat flux 4.5 MW/m<sup>2</sup>, surface temperature 2200 C for 600 s.</p>
<table border="1"><tr><th>Coupon</th><th>Arc-jet heat flux (MW/m2)</th><th>Recession (mm)</th></tr>
<tr><td>C-11</td><td>4.0</td><td>0.21</td></tr><tr><td>C-12</td><td>4.6</td><td>0.34</td></tr></table>
<p>Next arc-jet series scheduled at the test facility in January.</p>
<div class="cui-block">Controlled by: Harrowgate Dynamics, Advanced Programs<br>CUI Category: EXPT<br>
Limited Dissemination Control: FEDCON<br>POC: Ines Carvalho, 256-555-0177</div>
<div class="cui">CUI</div>
</body></html>
""")
    label("tps_materials_wiki.html", "ITAR", "IV(h)", "yes", "technical_data", "banner")

    write_text("mmic_design_rules_wiki.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>GaN Process Design Rules</title></head>
<body>
<div id="export-banner" style="background:#c00;color:#fff;padding:6px;text-align:center">
EXPORT CONTROLLED TECHNOLOGY - EAR - ECCN 3E001 (for 3A001.b.2 MMICs) - 15 CFR 730-774. Deemed-export licence required for foreign-national access.
</div>
<h1>GaN-on-SiC 0.15 um Process - Design Rules Summary</h1>
<ul>
<li>Gate length 0.15 um, T-gate; minimum gate-gate pitch 24 um for thermal reasons.</li>
<li>Substrate thinned to 50 um; source vias 30 x 60 um, minimum spacing 80 um.</li>
<li>MIM capacitor 300 pF/mm<sup>2</sup>, breakdown &gt; 100 V.</li>
<li>Power density derate: 4.5 W/mm at 28 V for channel temperature below 225 C.</li>
</ul>
<p>Questions to the process engineering list.</p>
</body></html>
""")
    label("mmic_design_rules_wiki.html", "EAR", "3E001", "yes", "technical_data", "banner")

    write_text("cb_detector_calibration.txt", """*** ITAR CONTROLLED TECHNICAL DATA - USML CATEGORY XIV(f) - 22 CFR 120-130 ***

Calibration record - point chemical agent detector, military variant (CAD-M2)
Unit S/N 2207, Alderleigh Instruments defence products

Ion mobility cell temperature: 60.0 C
Reactant ion peak drift time: 6.71 ms (spec 6.6-6.8)
Simulant challenge (DMMP, 0.1 mg/m3): alarm in 8 s, bar 3 of 6
Simulant challenge (methyl salicylate, 0.5 mg/m3): alarm in 11 s, bar 2 of 6
False alarm check (diesel exhaust, JP-8 vapour, AFFF): no alarm
Dopant reservoir: 61% remaining

Passed. Technician: R. Oyelaran.

*** ITAR CONTROLLED TECHNICAL DATA - USML CATEGORY XIV(f) - 22 CFR 120-130 ***
""")
    label("cb_detector_calibration.txt", "ITAR", "XIV(f)", "yes", "technical_data", "banner")

    pb = "# Export Control: EAR / ECCN 4D001 / 15 CFR 730-774 - do not transfer to foreign persons or offshore repositories without trade compliance approval"
    write_text("partition_scheduler.py", f"""{pb}
\"\"\"Partition scheduler for the Mesa Alta cluster: packs jobs onto node groups by interconnect topology.\"\"\"

from dataclasses import dataclass


@dataclass
class Job:
    name: str
    nodes: int
    walltime_h: float
    needs_gpu: bool = False


def pack(jobs, groups):
    \"\"\"First-fit decreasing by node count; keeps each job inside one dragonfly group.\"\"\"
    free = dict(groups)
    plan = {{}}
    for job in sorted(jobs, key=lambda j: j.nodes, reverse=True):
        for g, n in free.items():
            if n >= job.nodes:
                plan[job.name] = g
                free[g] = n - job.nodes
                break
    return plan

{pb}
""")
    label("partition_scheduler.py", "EAR", "4D001", "yes", "technical_data", "banner")

    write_text("weather_station_setup.md", """> Export classification: EAR99 (No License Required) - Alderleigh Instruments product documentation

# WS-20 Home Weather Station - Setup

1. Mount the sensor array at least 1.5 m above ground, away from walls and paving.
2. Insert 2 x AA batteries in the sensor array, then 3 x AAA in the display console.
3. Hold SYNC on the console for 3 s; the outdoor temperature appears within 2 minutes.
4. Connect the console to Wi-Fi from the app to upload readings every 5 minutes.

Rain gauge resolution 0.25 mm; wind speed range 0-50 m/s; transmission 868/915 MHz, range 100 m line of sight.

> Export classification: EAR99 (No License Required) - Alderleigh Instruments product documentation
""")
    label("weather_station_setup.md", "EAR", "EAR99", "yes", "general", "banner")

    write_text("select_fire_armorer_notes.txt", """EXPORT CONTROLLED - ITAR - USML CAT I(a) -- DO NOT DISCLOSE TO FOREIGN PERSONS (22 CFR 120.56)
----------------------------------------------------------------------------------------------
Armorer notes - 5.56 mm select-fire carbine, depot level

- Auto sear pin hole location from receiver datum A: 0.512 in, +/- .002.
- Disconnector to auto sear timing: hammer must be released by the auto sear only after the
  bolt carrier is within 0.040 in of full battery.
- Bolt carrier key staking: 3 stakes per screw, 0.015 in min displacement.
- Replace auto sear spring every 5,000 rounds or at annual inspection.
- Headspace: GO 1.4636 in, NO-GO 1.4666 in, FIELD 1.4696 in.
----------------------------------------------------------------------------------------------
EXPORT CONTROLLED - ITAR - USML CAT I(a) -- DO NOT DISCLOSE TO FOREIGN PERSONS (22 CFR 120.56)
""")
    label("select_fire_armorer_notes.txt", "ITAR", "I(a)", "yes", "technical_data", "banner")

    write_text("tanker_boom_program_page.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Refuelling Boom Control Laws</title></head>
<body>
<div class="banner" style="border:2px solid #000;padding:5px;font-weight:bold">EXPORT CONTROLLED -
WARNING: This document contains technical data whose export is restricted by the Arms Export Control Act
(Title 22, U.S.C., Sec 2751, et seq.) or the Export Control Reform Act of 2018 (50 U.S.C. 4801-4852).
Violations of these export laws are subject to severe criminal penalties.</div>
<h1>Aerial Refuelling Boom - Control Law Update 3.2</h1>
<p>The military tanker's boom flight control computer gains were rescheduled with dynamic pressure to
remove the 0.8 Hz pilot-induced oscillation observed during receiver contact at 310 KCAS.</p>
<p>Telescope extension rate limit raised to 10 ft/s; ruddevator authority +/- 25 deg. Disconnect envelope
unchanged. Flight test: 14 sorties, 212 contacts, zero inadvertent disconnects.</p>
</body></html>
""")
    label("tanker_boom_program_page.html", "ITAR", "VIII(h)", "yes", "technical_data", "banner")


# ============================================================================= items: tables (.xlsx / .docx)
def build_tables():
    write_xlsx("radhard_bom_rev4.xlsx", {"BOM": [
        ["Line", "Part number", "Description", "Qty", "Manufacturer", "ECCN"],
        [1, "OX-RH1280", "Rad-hard SRAM 4 Mbit, 300 krad(Si)", 4, "Onyxford Microwave", "3A001.a.1.a"],
        [2, "OX-RH7705", "Rad-hard voltage supervisor", 2, "Onyxford Microwave", "3A001.a.1.a"],
        [3, "CAP-0603-104", "Ceramic capacitor 100 nF X7R", 120, "generic", "EAR99"],
        [4, "RES-0402-10K", "Thick film resistor 10 kOhm", 80, "generic", "EAR99"],
        [5, "CONN-MDM-25", "Micro-D connector 25 way", 3, "Fenwick Interconnect", "EAR99"],
        [6, "OX-RH3311", "Rad-hard 12-bit ADC, SEL immune > 80 MeV cm2/mg", 2, "Onyxford Microwave", "3A001.a.1.a"]]},
        "Graymoor Space Systems", "Payload controller BOM")
    label("radhard_bom_rev4.xlsx", "EAR", "3A001.a.1.a", "yes", "technical_data", "table")

    write_xlsx("aesa_spares_list.xlsx", {"Spares": [
        ["NSN / P/N", "Nomenclature", "Qty", "Unit price", "Export Classification"],
        ["KR-TRM-0440", "Transmit/receive module, quad channel", 24, 18400, "ITAR USML XI(c)"],
        ["KR-PSU-0112", "Array power supply, 270 VDC", 4, 22150, "ITAR USML XI(c)"],
        ["KR-CLP-0090", "Coolant quick-disconnect", 40, 310, "ITAR USML XI(c)"],
        ["KR-BEAM-0021", "Beam steering computer card", 6, 40800, "ITAR USML XI(c)"]]},
        "Kestrel Ridge Systems", "AESA initial spares")
    label("aesa_spares_list.xlsx", "ITAR", "XI(c)", "yes", "general", "table")

    write_xlsx("catalog_export_data.xlsx", {"Catalog": [
        ["SKU", "Product", "HTS", "Country of origin", "ECCN"],
        ["WS-20", "Home weather station", "9015.80.2000", "US", "EAR99"],
        ["WS-20-RG", "Replacement rain gauge", "9015.90.0190", "US", "EAR99"],
        ["TH-5", "Indoor thermo-hygrometer", "9025.19.8085", "MX", "EAR99"],
        ["AN-1", "Cup anemometer", "9015.80.2000", "US", "EAR99"],
        ["MNT-3", "Mounting pole kit", "7308.90.9590", "US", "EAR99"]]},
        "Alderleigh Instruments", "Catalogue export data")
    label("catalog_export_data.xlsx", "EAR", "EAR99", "yes", "general", "table")

    write_docx("router_bom_extract.docx", "Edge Router ER-8 - Bill of Materials Extract", [
        "Extract for the contract manufacturer; full BOM in PLM.",
        ("table", [["Ref", "Part", "Description", "ECCN"],
                   ["U1", "NP-4400", "Network processor, 8 x 10 GbE", "5A991.b"],
                   ["U7", "PHY-10G", "10GBASE-KR PHY", "5A991.b"],
                   ["J1-J8", "SFP-CAGE", "SFP+ cage", "EAR99"],
                   ["PS1", "PSU-150", "150 W power supply", "EAR99"],
                   ["--", "ER-8 assembly", "Complete router (no encryption beyond 5A992 mass market)", "5A991.b"]]),
        "Labels per the packaging specification."], author="Whitlow Secure Networks")
    label("router_bom_extract.docx", "EAR", "5A991.b", "yes", "technical_data", "table")

    write_xlsx("rifle_parts_inventory.xlsx", {"Inventory": [
        ["Bin", "Part", "Description", "On hand", "Jurisdiction", "ECCN"],
        ["A-01", "RCV-308-L", "Lower receiver, semi-automatic .308", 40, "EAR", "0A501.a"],
        ["A-02", "BBL-308-20", "Barrel 20 in, 1:10 twist", 55, "EAR", "0A501.c"],
        ["A-03", "BCG-308", "Bolt carrier group, semi-auto", 60, "EAR", "0A501.c"],
        ["B-11", "GRP-STD", "Pistol grip", 200, "EAR", "EAR99"],
        ["B-12", "BTS-STD", "Buttstock", 150, "EAR", "0A501.y.1"]]},
        "Ebberston Ballistics", "Commercial rifle parts")
    label("rifle_parts_inventory.xlsx", "EAR", "0A501.a", "yes", "technical_data", "table")

    write_docx("payload_equipment_list.docx", "Payload Equipment List - Block II", [
        ("table", [["Unit", "Mass (kg)", "Power (W)", "Jurisdiction / Classification"],
                   ["Crosslink transceiver", "11.2", "95", "ITAR - USML XV(e)"],
                   ["Anti-jam antenna controller", "6.8", "40", "ITAR - USML XV(e)"],
                   ["Nuclear detonation sensor interface", "4.1", "22", "ITAR - USML XV(e)"],
                   ["Payload processor", "9.5", "140", "ITAR - USML XV(e)"]]),
        "Masses are current best estimates with 10% growth allowance."], author="Graymoor Space Systems")
    label("payload_equipment_list.docx", "ITAR", "XV(e)", "yes", "technical_data", "table")

    write_xlsx("optics_price_list.xlsx", {"Prices": [
        ["Model", "Detector", "Pixels", "Price USD", "Lead time (wk)", "ECCN"],
        ["VP-SW640", "InGaAs SWIR focal plane array, 0.9-1.7 um", "640x512", 18900, 8, "6A002.a.3.f"],
        ["VP-SW1280", "InGaAs SWIR focal plane array, 0.9-1.7 um", "1280x1024", 41500, 12, "6A002.a.3.f"],
        ["VP-LENS-25", "25 mm SWIR lens", "-", 1450, 2, "EAR99"]]},
        "Vireo Photonics", "Price list Q4")
    label("optics_price_list.xlsx", "EAR", "6A002.a.3.f", "yes", "general", "table")

    write_xlsx("aircraft_spares_quote.xlsx", {"Quote": [
        ["Item", "Part number", "Description", "Condition", "Qty", "ECCN", "Price"],
        [1, "BA-3317-04", "Flap track roller, regional jet", "OH", 4, "9A991.d", 2380],
        [2, "BA-2280-11", "Main gear brake assembly", "SV", 2, "9A991.d", 21400],
        [3, "BA-0091-02", "Cabin reading light", "NE", 30, "EAR99", 115],
        [4, "BA-5120-07", "Hydraulic pump, engine driven", "OH", 1, "9A991.d", 16750]]},
        "Brantwood Aerostructures", "Quote Q-25-1187")
    label("aircraft_spares_quote.xlsx", "EAR", "9A991.d", "yes", "general", "table")


# ============================================================================= items: fields (invoices, packing lists, records)
def build_fields():
    page = ["= COMMERCIAL INVOICE", "Invoice No. INV-25-3391     Date: 31 Oct 2025",
            "Exporter: Larkspur Avionics, 1400 Meridian Way, Wichita KS 67209, USA",
            "Ultimate consignee: Aerotaller Andino S.A., Bogota, Colombia   Country of ultimate destination: Colombia",
            "| Line | Description                          | Qty | ECCN  | HTS        | Value USD |",
            "| 1    | Attitude heading reference unit AH-3 | 2   | 7A994 | 9014.20.40 | 31,400    |",
            "| 2    | Installation kit                     | 2   | EAR99 | 8302.42.30 | 860       |",
            "Licence: NLR.  Incoterms: FCA Wichita.",
            "Destination Control Statement: " + DCS]
    write_pdf("commercial_invoice_INV-25-3391.pdf", [page], title="Commercial Invoice INV-25-3391", author="Larkspur Avionics")
    label("commercial_invoice_INV-25-3391.pdf", "EAR", "7A994", "yes", "general", "field")

    page = ["= PACKING LIST", "Packing list PL-7720   Shipment date: 29 Oct 2025",
            "Shipper: Brantwood Aerostructures, Tulsa OK, USA",
            "Consignee: Royal Air Force Support Unit (end user), United Kingdom",
            "Export authorization: DSP-5 license 050123456    USML Category: VIII(h)",
            "| Box | Part number    | Description                        | Qty | Gross kg |",
            "| 1   | BA-MLG-2291-01 | Strut assembly, main landing gear  | 1   | 96       |",
            "| 2   | BA-MLG-2291-02 | Strut assembly, main landing gear  | 1   | 96       |",
            DCS,
            "Country of ultimate destination: United Kingdom. End-user: as named above. Items exported pursuant to 22 CFR 123.9(b)."]
    write_pdf("packing_list_PL-7720.pdf", [page], title="Packing List PL-7720", author="Brantwood Aerostructures")
    label("packing_list_PL-7720.pdf", "ITAR", "VIII(h)", "yes", "general", "field")

    write_text("part_record_FC-10044.json", """{
  "part_number": "FC-10044",
  "description": "Flange coupling, cast iron, 4 in",
  "revision": "D",
  "material": "ASTM A48 Class 30",
  "weight_kg": 7.9,
  "supplier": "Fenwick Castings",
  "export_classification": "EAR99",
  "export_jurisdiction": "EAR",
  "schedule_b": "7307.11.0000",
  "country_of_origin": "US",
  "lifecycle": "active"
}
""")
    label("part_record_FC-10044.json", "EAR", "EAR99", "yes", "general", "field")

    write_text("shipping_request_SR-5512.txt", """SHIPPING REQUEST SR-5512
------------------------
Requester ........... L. Mbeki, Radar Products
Ship to ............. Kestrel Ridge Systems, Huntsville AL (domestic transfer)
Item ................ Receiver/exciter EDU-1, P/N KR-REX-0001, S/N 001
Export jurisdiction . ITAR
USML category ....... XI(a)(3)
Licence/exemption ... N/A - domestic, U.S. persons only
Hazmat .............. No
Special handling .... ESD sensitive; ship in the reusable container KR-CNT-12
Approved ............ Trade compliance, 30 Oct 2025
""")
    label("shipping_request_SR-5512.txt", "ITAR", "XI(a)(3)", "yes", "general", "field")

    page = ["= PRO FORMA INVOICE", "Pro forma PF-25-0419   Date: 3 Nov 2025",
            "Seller: Alderleigh Instruments, Boulder CO, USA", "Buyer: Instituto Geofisico del Sur, Santiago, Chile",
            "| Item | Description                               | Qty | ECCN  | Unit USD |",
            "| 1    | Rack server, 2 x 32-core CPU, 512 GB RAM  | 6   | 4A994 | 14,900   |",
            "| 2    | Rail kit                                  | 6   | EAR99 | 90       |",
            "Export: items subject to the EAR (15 CFR 730-774). NLR for Chile.",
            "These commodities were exported from the United States in accordance with the Export Administration Regulations. Diversion contrary to U.S. law is prohibited."]
    write_pdf("proforma_invoice_PF-25-0419.pdf", [page], title="Pro Forma Invoice PF-25-0419", author="Alderleigh Instruments")
    label("proforma_invoice_PF-25-0419.pdf", "EAR", "4A994", "yes", "general", "field")

    write_docx("purchase_order_PO-88120.docx", "Purchase Order PO-88120", [
        ("table", [["Field", "Value"], ["Buyer", "Marlow Pumps Inc."], ["Supplier", "Fenwick Castings"],
                   ["Item", "Impeller blank, bronze C95400, 410 mm"], ["Quantity", "12"],
                   ["Export Classification", "EAR99"], ["Delivery", "FOB Origin, 6 weeks ARO"]]),
        "Supplier shall comply with the terms and conditions on the reverse."], author="Marlow Pumps")
    label("purchase_order_PO-88120.docx", "EAR", "EAR99", "yes", "general", "field")


# ============================================================================= hard negatives (writing ABOUT export control)
def hn(name):
    label(name, "UNCONTROLLED", "", "no", "hard_negative", "none")


def build_hard_negatives():
    write_docx("records_marking_guide.docx", "Records Management Guide - Marking Controlled Technical Information", [
        "This guide helps document owners choose the right marking before a file is filed in the records system. It does not itself contain any controlled information.",
        ("h", "1 Distribution statements"),
        "DoD Instruction 5230.24 defines statements A through F. A sample of the wording for statement C reads: \"Distribution authorized to U.S. Government agencies and their contractors (reason) (date of determination). Other requests for this document shall be referred to (controlling DoD office).\" Fill in the reason from the approved list, such as Critical Technology or Export Controlled.",
        ("h", "2 Export-control warning"),
        "Where a document contains export-controlled technical data, the owner adds the export-control warning that begins \"WARNING - This document contains technical data whose export is restricted by the Arms Export Control Act (Title 22, U.S.C., Sec 2751, et seq.)...\" together with a destruction notice.",
        ("h", "3 CUI"),
        "Documents with Controlled Unclassified Information carry the banner CUI at top and bottom of each page and a designation indicator block (Controlled by, CUI Category, Distribution/Dissemination Control, POC). The export-controlled category abbreviation is EXPT.",
        ("h", "4 Records retention"),
        "Marked records follow the same retention schedule as unmarked ones; the marking only changes access. Ask the records office before applying any marking you are unsure of.",
    ], author="Records Office")
    hn("records_marking_guide.docx")

    write_text("compliance_newsletter_q3.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Trade Compliance Newsletter - Q3</title></head>
<body><h1>Trade Compliance Newsletter - Third Quarter</h1>
<h2>Reminder: the destination control statement</h2>
<p>Since the 2016 harmonization, the EAR (15 CFR 758.6) and the ITAR (22 CFR 123.9(b)) use the same destination control
statement on commercial invoices. It begins "These items are controlled by the U.S. Government and authorized for export only
to the country of ultimate destination..." Shipping staff should not paraphrase it. For 600-series and 9x515 items, the ECCN must
also appear on the invoice.</p>
<h2>Classification corner</h2>
<p>This quarter we reviewed the difference between ECCN 5A992.c (mass-market encryption) and 5A002.a. A product does not move
to 5A992.c just because it is sold online; the mass-market criteria in Note 3 to Category 5 Part 2 must be met.</p>
<h2>Training</h2><p>Annual ITAR/EAR awareness training closes on 15 December. Completion is currently 82 percent.</p>
</body></html>
""")
    hn("compliance_newsletter_q3.html")

    pages = [["= Export Control Awareness - Participant Handout", "Module 2: Recognising controlled information",
              "# What a marking looks like", "You may see banners such as \"ITAR CONTROLLED\" or \"CUI\", distribution statements B through F, or a line stating an ECCN such as 3A001 or the designation EAR99. A marking tells you how the originator classified the content; it is not a substitute for your own judgment if the content has changed.",
              "# Exercise", "Read the three short scenarios on the next page and decide whether each involves a defense article (USML), a dual-use item (CCL), or neither."],
             ["# Scenarios", "1. A colleague wants to e-mail a bracket drawing for a commercial airliner seat to a supplier in Mexico.",
              "2. A visiting researcher asks to see the thermal camera test results from a program funded by the Army.",
              "3. A vendor asks for your company's ECCN for an off-the-shelf office printer.",
              "# Answers", "Discuss with your trainer. Hints: 22 CFR 120.11 (order of review), 15 CFR 734.3 (items subject to the EAR), and Supplement No. 1 to Part 774 (the CCL)."]]
    write_pdf("export_awareness_handout.pdf", pages, title="Export Control Awareness Handout", author="Training Department")
    hn("export_awareness_handout.pdf")

    write_text("supplier_faq_export.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>FAQ - Export and Trade</title></head>
<body><h1>Frequently asked questions: export and trade</h1>
<h3>What is the export classification of your products?</h3>
<p>Our standard product family of garden irrigation timers and valves is EAR99 under the U.S. Export Administration Regulations.
EAR99 items generally do not need a licence, except to embargoed destinations or prohibited end users.</p>
<h3>Are any of your products ITAR controlled?</h3>
<p>No. We do not manufacture defense articles listed on the U.S. Munitions List (22 CFR 121.1).</p>
<h3>Can you provide HTS codes and certificates of origin?</h3>
<p>Yes - contact our order desk. Certificates of origin are issued under USMCA where the rules of origin are met.</p>
</body></html>
""")
    hn("supplier_faq_export.html")

    write_text("distributor_eccn_lookup.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Export Classification Lookup - Help</title></head>
<body><h1>About the export classification data on our product pages</h1>
<p>Each product page shows the manufacturer's Export Control Classification Number (ECCN) as provided to us. We publish it for
convenience only; the exporter remains responsible for its own classification under 15 CFR 758.</p>
<table border="1"><tr><th>Example family</th><th>Typical ECCN shown</th><th>What it means</th></tr>
<tr><td>Microcontrollers with AES engines</td><td>5A992.c</td><td>Mass-market encryption; usually NLR after self-classification.</td></tr>
<tr><td>High-speed ADCs</td><td>3A001.a.5.a or 3A991</td><td>Depends on sample rate and resolution thresholds.</td></tr>
<tr><td>FPGAs</td><td>3A001.a.7 or 3A991.d</td><td>Depends on user-configurable I/O count and transceiver speed.</td></tr>
<tr><td>Passive components</td><td>EAR99</td><td>Subject to the EAR but not on the Commerce Control List.</td></tr></table>
<p>If a field shows "Not available", we have not received a classification from the manufacturer.</p>
</body></html>
""")
    hn("distributor_eccn_lookup.html")

    write_eml("mailing_list_eccn_question.eml",
              "Matteo R. <matteo.r@unimail.example>", "users@tinytls.example",
              "[tinytls-users] ECCN for tinytls?", "Tue, 14 Oct 2025 06:40:00 +0200",
              "Hello all,\n\nOur procurement department asks for the ECCN of tinytls before we can ship a product that embeds it to customers outside the EU. "
              "Is there an official statement from the project, e.g. 5D002 with a TSU notification, or does the project consider the source publicly available "
              "and not subject to the EAR under 15 CFR 734.7?\n\nAny pointer appreciated.\n\nMatteo\n")
    hn("mailing_list_eccn_question.eml")

    write_text("job_posting_systems_engineer.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Careers - Systems Engineer II</title></head>
<body><h1>Systems Engineer II - Guidance and Control</h1>
<p>Location: Huntsville, AL. Full time.</p>
<h2>Responsibilities</h2><ul><li>Develop requirements and verification plans for flight software.</li><li>Support hardware-in-the-loop testing.</li></ul>
<h2>Requirements</h2><ul><li>BS in engineering or physics; 3+ years experience.</li>
<li>This position requires access to technical data subject to the International Traffic in Arms Regulations (ITAR). Applicants must be
U.S. persons as defined in 22 CFR 120.62 (U.S. citizen, lawful permanent resident, or protected individual).</li>
<li>Ability to obtain a security clearance.</li></ul>
<p>We are an equal opportunity employer.</p></body></html>
""")
    hn("job_posting_systems_engineer.html")

    write_text("federal_register_rule_summary.md", """# Summary: BIS rule revising License Exception ENC and mass-market encryption

**Source:** Federal Register, Bureau of Industry and Security, final rule (summary prepared for the compliance team)

## What changed

- Removes the self-classification reporting requirement for most mass-market items classified under ECCN 5A992.c and 5D992.c,
  except certain items described in 740.17(b)(1).
- Eliminates the email notification requirement for publicly available encryption source code (ECCN 5D002) that is not
  "open cryptographic interface", when the source code is published.
- Updates Note 3 to Category 5, Part 2.

## What it means for us

Nothing in our product line moves between ECCNs. We can stop filing the annual self-classification report for the two router
models. Engineering should continue to route new products through the classification request form.

## Effective date

Effective on publication; no comment period.
""")
    hn("federal_register_rule_summary.md")

    write_pptx("itar_ear_quiz_training.pptx", "Export Control Refresher", "Ten-minute quiz for engineering staff",
               [("Question 1", ["A document header reads \"ITAR CONTROLLED - USML Category XI\". Who administers the rule it cites?", "> A: Commerce / BIS", "> B: State / DDTC", "> C: Treasury / OFAC"], "Answer: B."),
                ("Question 2", ["What does EAR99 mean?", "> Subject to the EAR but not listed on the CCL"], "Remind people EAR99 is not 'uncontrolled' for embargoed destinations."),
                ("Question 3", ["Which distribution statement allows public release?", "> Statement A"], "")],
               "Training Department")
    hn("itar_ear_quiz_training.pptx")

    write_text("university_export_faq.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Export Controls Office - FAQ</title></head>
<body><h1>Export Controls Office: Frequently Asked Questions</h1>
<h3>My sponsor wants me to put a footer on my slides. What wording should I use?</h3>
<p>If - and only if - the material has been determined to be controlled, a common footer reads: "This presentation contains
information subject to the International Traffic in Arms Regulations (22 CFR 120-130) or the Export Administration Regulations
(15 CFR 730-774). Export to foreign persons requires prior authorization." Please contact us first; most fundamental research
results are not subject to these regulations (15 CFR 734.8, 22 CFR 120.34(a)(8)).</p>
<h3>Do I need a licence to present at a conference abroad?</h3>
<p>Usually not, if the content is published or arises from fundamental research. Laptops and lab equipment you carry may still
need review.</p>
</body></html>
""")
    hn("university_export_faq.html")

    write_text("dcs_harmonization_blog.md", """# The harmonized destination control statement, nine years on

When BIS and DDTC aligned their destination control statements in 2016, the goal was simple: one sentence on the commercial
invoice, whichever regulation applies. In practice I still see invoices carrying the pre-2016 EAR wording ("These commodities,
technology or software were exported from the United States in accordance with the Export Administration Regulations.
Diversion contrary to U.S. law is prohibited.") next to the new text.

Three tips:

1. Keep the statement in your invoice template, not typed by hand.
2. Add the ECCN only where 15 CFR 758.6(a)(2) requires it (600 series and 9x515), unless your customer asks.
3. For ITAR shipments, remember 22 CFR 123.9(b) also requires the end-user and the licence number.

The statement is a notice to foreign parties, not a classification. An invoice with the statement and an EAR99 line item is
perfectly normal.
""")
    hn("dcs_harmonization_blog.md")

    pages = [["= Client Alert: Record Civil Penalty Under the ITAR", "Prepared by the trade practice group of a law firm (fictional client alert)",
              "# The settlement", "The Department of State concluded a consent agreement with an aerospace manufacturer for unauthorized exports of technical data, including engineering drawings marked with ITAR legends that were shared with overseas suppliers without a license.",
              "# Lessons", "Marking is not enough: the company's drawings carried legends citing 22 CFR 120-130, but the supplier portal granted foreign persons access regardless. Training, access control and audit must work together."],
             ["# Penalty amounts", "Civil penalties under the AECA are adjusted annually for inflation. Criminal penalties under 22 U.S.C. 2778(c) reach USD 1,000,000 and 20 years imprisonment per violation.",
              "# Our view", "Companies should review supplier portals and confirm that export jurisdiction metadata (ITAR / EAR / ECCN) controls access, rather than being a label only."],
             ["# Contact", "For questions, contact the trade practice group. This alert is for general information and is not legal advice."]]
    write_pdf("client_alert_itar_penalty.pdf", pages, title="Client Alert", author="Trade Practice Group")
    hn("client_alert_itar_penalty.pdf")

    pages = [["= Call for Papers - Aerospace Structures Symposium", "Abstracts due 15 January",
              "Topics: composite damage tolerance, additive manufacturing qualification, structural health monitoring.",
              "# Public release", "All papers must be approved for public release. Authors from U.S. government laboratories and contractors should obtain clearance and show \"DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited.\" on the title page. Papers containing ITAR- or EAR-controlled technical data, or carrying distribution statements B through F, cannot be accepted."],
             ["# Format", "Six to ten pages, two-column template, 10 pt font.", "# Dates", "Notification of acceptance 1 March; final papers 15 April."]]
    write_pdf("symposium_call_for_papers.pdf", pages, title="Call for Papers", author="Symposium Committee")
    hn("symposium_call_for_papers.pdf")

    pages = [["= Corrosion of Aluminium Alloy Fasteners in Marine Air",
              "DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited.",
              "Technical Report TR-25-117, Calder State University Materials Laboratory",
              "# Abstract", "Galvanic corrosion of 7075-T73 fasteners in 6061 structure was measured over 18 months at a coastal exposure site. Sealant-installed fasteners showed 70 percent less pitting depth than dry-installed fasteners."],
             ["# Results"] + data_rows(("Condition", "Max pit depth (um)", "Mass loss (mg)"), 4, lambda i: (["Dry", "Wet sealant", "Primer only", "Sealant + primer"][i], [410, 120, 260, 95][i], [38, 11, 22, 8][i])),
             ["# Conclusion", "Wet installation with polysulfide sealant remains the most effective low-cost measure."]]
    write_pdf("public_release_corrosion_report.pdf", pages, title="TR-25-117", author="Calder State University")
    hn("public_release_corrosion_report.pdf")

    write_docx("export_committee_minutes.docx", "Export Compliance Committee - Minutes", [
        "Attendees: trade compliance, engineering, sales operations, legal.",
        ("h", "1 Classification backlog"),
        "Fourteen open classification requests. The committee agreed the new handheld gas meter is likely EAR99 pending engineering confirmation that no 2B351 sensitivity thresholds are met.",
        ("h", "2 Marking practice"),
        "Audit found inconsistent footers on drawings. The committee will publish a single template; until then engineers should not invent wording such as \"ITAR/EAR controlled\" on documents that have not been classified.",
        ("h", "3 Training"), "Completion 91 percent. Reminder to be sent to the field service group.",
    ], author="Trade Compliance")
    hn("export_committee_minutes.docx")

    write_docx("email_footer_template_policy.docx", "Policy: E-mail Footers and Export Notices", [
        "Purpose: to stop the habit of adding export legends to every outgoing e-mail.",
        "Employees must not use a blanket footer such as \"This e-mail may contain ITAR or EAR controlled data\". Blanket footers dilute real markings and do not satisfy any regulatory requirement.",
        "When a message actually contains controlled technical data, use the subject-line tag approved by trade compliance and apply the full legend in the attached document itself.",
        "Questions: trade compliance office.",
    ], author="Trade Compliance")
    hn("email_footer_template_policy.docx")

    write_text("ccl_structure_primer.txt", """Reading an ECCN - a primer
==========================

An Export Control Classification Number has five characters. Take 3A001 as an example:

  3   the CCL category (0 nuclear & misc., 1 materials, 2 materials processing, 3 electronics,
      4 computers, 5 telecom & information security, 6 sensors & lasers, 7 navigation & avionics,
      8 marine, 9 aerospace & propulsion)
  A   the product group (A equipment, B test/production equipment, C materials, D software, E technology)
  001 the entry; 0xx entries are usually Wassenaar, 1xx MTCR, 2xx NSG, 3xx Australia Group,
      5xx/6xx the "600 series" and "515" entries moved from the USML, 9xx unilateral or anti-terrorism

Sub-paragraphs narrow the entry, e.g. 3A001.b.2 for certain MMIC amplifiers. Items subject to the EAR but
not listed anywhere on the CCL are designated EAR99. Items on the U.S. Munitions List (22 CFR 121.1) are
not on the CCL at all; they are controlled by the ITAR.
""")
    hn("ccl_structure_primer.txt")

    write_text("enforcement_news_article.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Settlement over shipments of controlled sensors</title></head>
<body><article><h1>Firm pays penalty over unlicensed sensor exports</h1>
<p>A Midwest distributor has agreed to pay a civil penalty to the Commerce Department's Bureau of Industry and Security to settle
charges that it shipped thermal imaging cameras classified under ECCN 6A003.b.4.b to a freight forwarder in a third country
without the required licences. According to the settlement documents, invoices omitted the destination control statement and
listed the cameras as EAR99.</p>
<p>The company cooperated with the investigation and has since hired a full-time compliance manager, a spokesperson said.</p>
</article></body></html>
""")
    hn("enforcement_news_article.html")

    pages = [["= Request for Proposal - Section L Excerpt", "Instructions to offerors: export compliance",
              "L.7.1 Offerors who will have access to technical data controlled under the ITAR shall be registered with the Directorate of Defense Trade Controls under 22 CFR Part 122 and shall describe their technology control plan.",
              "L.7.2 Offerors shall state whether any proposed foreign-person personnel require a DSP-5 or TAA, and the expected approval timeline.",
              "L.7.3 Offerors shall identify any commercial items to be delivered and their ECCNs under the EAR, or state that they are EAR99."],
             ["L.7.4 The Government will furnish technical data packages marked with the appropriate distribution statement after award and receipt of a DD Form 2345.",
              "L.8 Page limits: Volume I technical, 40 pages; Volume II management, 20 pages."],
             ["L.9 Proposal due date: see block 9 of the SF 33."]]
    write_pdf("rfp_section_l_excerpt.pdf", pages, title="RFP Section L Excerpt", author="Contracting Office")
    hn("rfp_section_l_excerpt.pdf")

    write_xlsx("classification_quiz_answer_key.xlsx", {"Answer key": [
        ["#", "Scenario", "Correct answer", "Explanation"],
        [1, "Commercial GPS receiver for hikers", "7A994 or EAR99", "Check speed/altitude limits; not USML."],
        [2, "Night vision tube, Gen III, military specification", "USML XII(c)", "Listed on the USML."],
        [3, "Office laser printer", "EAR99 / 5A992.c", "Depends on encryption features."],
        [4, "Satellite bus for commercial GEO", "9A515.a", "Moved from USML XV in 2014."],
        [5, "Technical paper already published in a journal", "Not subject", "Published information, 15 CFR 734.7."]]},
        "Training Department", "Quiz answer key")
    hn("classification_quiz_answer_key.xlsx")

    write_text("podcast_transcript_deemed_exports.txt", """Transcript - "Trade Talk" podcast, episode 48: deemed exports in the lab

HOST: Today we're talking deemed exports. Dana, what's the one thing researchers get wrong?

GUEST: That a "deemed export" needs a shipment. It doesn't. Under 15 CFR 734.13(b), releasing technology subject to the
EAR to a foreign person in the United States is deemed an export to that person's most recent country of citizenship
or permanent residency. The ITAR has the same idea for technical data, even if it doesn't use the phrase.

HOST: And markings?

GUEST: People over-rely on them. A slide that says "EAR controlled - ECCN 3E001" helps, but an unmarked whiteboard
can be just as controlled. Marking tells you what someone decided; it doesn't decide for you.

HOST: Thanks, Dana.
""")
    hn("podcast_transcript_deemed_exports.txt")

    write_text("github_issue_itar_question.md", """### Is this library ITAR or EAR controlled?

**Opened by** kwan-lee

Our legal team wants to know whether the orbit propagation library in this repository is export controlled before we
can use it in a product. Is there an ECCN? Some aerospace software is USML Category XV, so they are nervous.

---

**Maintainer reply:**

The library is published openly on a public repository and implements textbook SGP4 and numerical propagators. Published
software and technology are not subject to the EAR (15 CFR 734.3(b)(3), 734.7) and are not ITAR technical data
(22 CFR 120.34). We can't give legal advice, but we have never classified it and there is no ECCN.
""")
    hn("github_issue_itar_question.md")

    write_text("security_awareness_poster.txt", """SECURITY AWARENESS - OCTOBER

Before you share a file, look at it.

  * Does the header or footer say ITAR, EAR, ECCN, "Export Controlled" or CUI?
  * Is there a distribution statement (B, C, D, E or F) on the cover?
  * Is it a drawing with an export block in the title block?

If yes: do not upload it to a personal cloud account, do not forward it to a foreign person, and ask
trade compliance if you are unsure. If no marking but the content is technical, ask anyway.

Report suspected incidents to the security desk, extension 4400.
""")
    hn("security_awareness_poster.txt")

    write_docx("trade_compliance_course_syllabus.docx", "Course Syllabus: International Trade Compliance (Evening Programme)", [
        ("h", "Week 1"), "Overview of U.S. export controls: AECA and the ITAR (22 CFR 120-130); ECRA and the EAR (15 CFR 730-774); OFAC sanctions.",
        ("h", "Week 2"), "Jurisdiction and classification: the order of review, USML categories, the CCL and ECCNs, EAR99.",
        ("h", "Week 3"), "Licensing: DSP-5, TAAs, BIS licence applications, licence exceptions such as STA and TMP.",
        ("h", "Week 4"), "Recordkeeping, markings, the destination control statement, voluntary disclosures.",
        "Assessment: case study report (50%), final exam (50%).",
    ], author="Continuing Education")
    hn("trade_compliance_course_syllabus.docx")

    write_eml("sales_reply_classification.eml",
              "Sales Support <support@gardenflow.example>", "Aiko Tanaka <aiko@importer.example>",
              "Re: export documents for order 5521", "Fri, 17 Oct 2025 16:20:00 -0700",
              "Dear Aiko,\n\nThanks for your question. Our company does not sell any ITAR items, and our compliance team's general guidance is that irrigation "
              "timers like the ones you ordered are normally EAR99, but please note that we cannot give you a formal classification by e-mail; "
              "the formal classification will appear on the commercial invoice that accompanies the shipment.\n\nKind regards,\nSales Support\n")
    hn("sales_reply_classification.eml")


# ============================================================================= extras: bare cover sheet, regulatory-heavy, marketing, E:1/E:2 legend
def build_extras():
    page = ["= TECHNICAL DATA COVER SHEET", "Document: TR-88, Infrared Search and Track Sensor - Qualification Data Volume 2",
            "Originator: Pellucid Optics LLC, Defense Products", "Date of determination: 12 September 2025",
            dist("D", "Export Controlled", "12 September 2025", "Naval Air Systems Command (PMA-265), Patuxent River, MD 20670"),
            WARN_ECRA, DESTRUCT,
            "This cover sheet must remain attached to the document. Handle in accordance with the contract DD Form 254 and the technology control plan."]
    write_pdf("cover_sheet_TR-88.pdf", [page], title="Technical Data Cover Sheet TR-88", author="Pellucid Optics LLC")
    label("cover_sheet_TR-88.pdf", "ITAR", "", "yes", "general", "cover")

    write_docx("technical_data_transmittal_letter.docx", "Transmittal of Technical Data - Exemption Record", [
        "To: Program Manager, Kestrel Ridge Systems UK Ltd (wholly owned subsidiary).",
        "Subject: Transmittal of radar signal processor interface control document ICD-2207 Rev D.",
        "1. The enclosed technical data is a defense article under the International Traffic in Arms Regulations (ITAR), 22 CFR Parts 120-130, and is described in USML Category XI(d) as technical data directly related to the airborne fire-control radar identified in Category XI(a)(3).",
        "2. The transfer is made under the authority of DDTC license DSP-5 050987654, provisos 1 through 6, and recordkeeping under 22 CFR 122.5 and 123.26 applies. No retransfer or reexport to any third party, including dual or third-country nationals employed by the recipient, is authorized without prior written approval of the U.S. Department of State (22 CFR 123.9).",
        "3. The recipient acknowledges that the data is subject to the Arms Export Control Act (22 U.S.C. 2778) and that violations may result in criminal penalties and debarment under 22 CFR Part 127.",
        "4. Enclosure: ICD-2207 Rev D (84 pages), message formats between the radar signal processor and the mission computer: track file message (ID 0x41), 50 Hz; mode command (ID 0x12); built-in-test summary (ID 0x7E).",
        "Acknowledgement of receipt is required within 5 business days.",
    ], author="Kestrel Ridge Systems", header=itar_short("XI(d)"))
    label("technical_data_transmittal_letter.docx", "ITAR", "XI(d)", "yes", "general", "header")

    write_docx("secure_router_brochure.docx", "SR-100 Secure Branch Router", [
        "Fast, simple, secure. The SR-100 brings enterprise-grade VPN to every branch office in minutes.",
        ("li", "Up to 2 Gb/s IPsec throughput"),
        ("li", "Zero-touch provisioning from the cloud portal"),
        ("li", "Wi-Fi 6, 4G/5G failover, 8 GbE ports"),
        "Available now through our channel partners in over 40 countries. Ask your reseller for a demo.",
    ], author="Whitlow Secure Networks",
        footer="Whitlow Secure Networks. Export: ECCN 5A992.c (mass market encryption, 15 CFR 740.17(b)(1)); subject to the EAR, 15 CFR Parts 730-774. Not for export to embargoed destinations.")
    label("secure_router_brochure.docx", "EAR", "5A992.c", "yes", "general", "footer")

    pages = [["= Cabin Sidewall Panel Repair Manual Supplement", "Regional jet, sidewall panel P/N BA-7712 series", "Brantwood Aerostructures, Commercial Support",
              "# 1 Damage limits", "Facesheet dents up to 1.5 mm deep and 25 mm diameter are allowable without repair. Punctures up to 10 mm may be filled with potting compound per the structural repair manual."],
             ["# 2 Repair procedure", "Clean with isopropyl alcohol; abrade 150 grit; apply two-part epoxy filler; cure 24 h at room temperature or 1 h at 65 C; sand flush; apply decorative laminate patch."],
             ["# 3 Flammability", "Repairs larger than 100 cm2 require a flammability test per 14 CFR 25.853 on a representative coupon.",
              "EXPORT CONTROLLED: This technology is subject to the U.S. Export Administration Regulations (EAR), 15 C.F.R. Parts 730-774, ECCN 9E991. No authorization from the U.S. Department of Commerce is required for export, reexport, in-country transfer, or access EXCEPT to Country Group E:1 or E:2 countries or persons per Supplement No. 1 to Part 740 of the EAR."]]
    write_pdf("sidewall_panel_repair_supplement.pdf", pages, title="Sidewall Panel Repair Supplement", author="Brantwood Aerostructures")
    label("sidewall_panel_repair_supplement.pdf", "EAR", "9E991", "yes", "technical_data", "last_page")

    write_docx("marketing_datasheet_not_controlled.docx", "FlowSense FS-2 Ultrasonic Flow Meter", [
        "Clamp-on ultrasonic flow meter for water and HVAC lines from DN15 to DN300. Accuracy +/-1% of reading, IP67 transducers.",
        "Outputs: 4-20 mA, Modbus RTU, pulse. Data logging to SD card.",
        "This document does not contain technology or technical data controlled under either the U.S. International Traffic in Arms Regulations or the U.S. Export Administration Regulations.",
    ], author="Alderleigh Instruments")
    hn("marketing_datasheet_not_controlled.docx")


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # ezdxf orders some DXF objects by set iteration; pin the hash seed for byte-stable output
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    build_header_footer()
    build_cover_last()
    build_pptx()
    build_metadata()
    build_dxf()
    build_eml()
    build_banners()
    build_tables()
    build_fields()
    build_hard_negatives()
    build_extras()
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "jurisdiction", "category", "marked", "kind", "position"])
        for row in sorted(LABELS):
            w.writerow(row)
    print(f"wrote {len(LABELS)} items to {OUT}")


if __name__ == "__main__":
    main()
