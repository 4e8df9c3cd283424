"""Builds the held-out marked-document evaluation set into ./x/ with x/labels.csv.

Run from the repository root:  .venv/bin/python models/corpus/marked_test/build.py
Deterministic: fixed timestamps, fixed MIME boundaries, reportlab invariant mode.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
import zlib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
import ezdxf
import openpyxl
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
    if comments:
        props.comments = comments
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
    return buf.getvalue()


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
