"""Builds the marked development set: documents carrying real-world export-control markings in
many positions and formats, plus unmarked documents that talk about export control.

    cd /work/main && .venv/bin/python models/corpus/marked_dev/build.py

Writes every file into models/corpus/marked_dev/m/ and the truth table m/labels.csv
(path,jurisdiction,category,marked,kind,position). The output is byte-for-byte the same on
every run: fixed dates, fixed zip entry times, fixed MIME boundaries, fixed PDF ids.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import zipfile
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
import ezdxf
import openpyxl
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches
from pptx.util import Pt as PPt
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
OUT = HERE / "m"
FIXED = datetime(2025, 6, 16, 14, 0, 0)
ZIP_TIME = (2025, 6, 16, 14, 0, 0)
W3C = "2025-06-16T14:00:00Z"

LABELS: list[tuple[str, str, str, str, str, str]] = []


def label(name: str, jur: str, cat: str, kind: str, pos: str) -> None:
    marked = "no" if kind == "hard_negative" or pos == "none" else "yes"
    LABELS.append((f"m/{name}", jur, cat, marked, kind, pos))


# ----------------------------------------------------------------------------------------------
# deterministic OOXML

def normalise_ooxml(data: bytes, custom: dict[str, str] | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    names = [i.filename for i in src.infolist()]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        def put(name: str, blob: bytes) -> None:
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, blob)

        for name in names:
            if name == "docProps/thumbnail.jpeg":
                continue
            blob = src.read(name)
            if name == "_rels/.rels":
                blob = re.sub(rb"<Relationship [^>]*docProps/thumbnail\.jpeg\"/>", b"", blob)
                if custom:
                    rel = (b'<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/'
                           b'officeDocument/2006/relationships/custom-properties" '
                           b'Target="docProps/custom.xml"/>')
                    blob = blob.replace(b"</Relationships>", rel + b"</Relationships>")
            if name == "[Content_Types].xml" and custom:
                ov = (b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                      b'vnd.openxmlformats-officedocument.custom-properties+xml"/>')
                blob = blob.replace(b"</Types>", ov + b"</Types>")
            if name == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + W3C + m.group(3), text)
                blob = text.encode("utf-8")
            put(name, blob)
        if custom:
            props = []
            for pid, (k, v) in enumerate(custom.items(), start=2):
                v = v.replace("&", "&amp;").replace("<", "&lt;")
                props.append(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" '
                             f'pid="{pid}" name="{k}"><vt:lpwstr>{v}</vt:lpwstr></property>')
            xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/docPropsVTypes">' + "".join(props) + "</Properties>")
            put("docProps/custom.xml", xml.encode("utf-8"))
    return out.getvalue()


def _core(props, title: str, author: str, subject: str = "", keywords: str = "",
          comments: str = "", category: str = "") -> None:
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = FIXED
    props.modified = FIXED
    props.revision = 1
    if subject:
        props.subject = subject
    if keywords:
        props.keywords = keywords
    if comments:
        props.comments = comments
    if category:
        props.category = category


def _add_block(d, block) -> None:
    """A body block: str paragraph; ('h', text) heading; ('t', rows) table; ('pb',) page break;
    ('mono', text) preformatted."""
    if isinstance(block, str):
        d.add_paragraph(block)
    elif block[0] == "h":
        d.add_heading(block[1], level=block[2] if len(block) > 2 else 2)
    elif block[0] == "t":
        rows = block[1]
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                t.cell(r, c).text = str(val)
    elif block[0] == "pb":
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif block[0] == "mono":
        for line in block[1].split("\n"):
            p = d.add_paragraph()
            run = p.add_run(line)
            run.font.name = "Courier New"
            run.font.size = Pt(9)
    elif block[0] == "small":
        p = d.add_paragraph()
        run = p.add_run(block[1])
        run.font.size = Pt(8)
        run.bold = True


def docx_bytes(title: str, body: list, author: str = "", header: str | None = None,
               footer: str | None = None, core: dict | None = None,
               custom: dict[str, str] | None = None, first_page_only_header: bool = False) -> bytes:
    d = docx.Document()
    _core(d.core_properties, title, author, **(core or {}))
    sec = d.sections[0]
    if header is not None:
        if first_page_only_header:
            sec.different_first_page_header_footer = True
            hdr = sec.first_page_header
        else:
            hdr = sec.header
        for i, line in enumerate(header.split("\n")):
            p = hdr.paragraphs[0] if i == 0 else hdr.add_paragraph()
            p.text = line
    if footer is not None:
        for i, line in enumerate(footer.split("\n")):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.text = line
            for r in p.runs:
                r.font.size = Pt(7)
    d.add_heading(title, level=1)
    for block in body:
        _add_block(d, block)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_ooxml(buf.getvalue(), custom)


def write_docx(name: str, *a, **kw) -> None:
    (OUT / name).write_bytes(docx_bytes(*a, **kw))


def write_pptx(name: str, title: str, subtitle: str, slides: list, author: str = "",
               title_notes: str = "", core: dict | None = None) -> None:
    """slides: list of (title, [bullets], notes)"""
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    _core(prs.core_properties, title, author, **(core or {}))
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = title
    s.placeholders[1].text = subtitle
    if title_notes:
        s.notes_slide.notes_text_frame.text = title_notes
    for stitle, bullets, notes in slides:
        sl = prs.slides.add_slide(prs.slide_layouts[1])
        sl.shapes.title.text = stitle
        tf = sl.placeholders[1].text_frame
        for i, b in enumerate(bullets):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = b
            p.font.size = PPt(18)
        if notes:
            sl.notes_slide.notes_text_frame.text = notes
    buf = io.BytesIO()
    prs.save(buf)
    (OUT / name).write_bytes(normalise_ooxml(buf.getvalue()))


def write_xlsx(name: str, sheets: list, title: str = "", author: str = "",
               core: dict | None = None) -> None:
    """sheets: list of (sheet name, [header], [rows], [notes lines below])"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sname, header, rows, *rest in sheets:
        ws = wb.create_sheet(sname)
        ws.append(header)
        for c in ws[1]:
            c.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        if rest:
            ws.append([])
            for line in rest[0]:
                ws.append([line])
        for col, w in zip("ABCDEFGH", (18, 44, 22, 18, 18, 18, 18, 18)):
            ws.column_dimensions[col].width = w
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    for k, v in (core or {}).items():
        setattr(wb.properties, k, v)
    buf = io.BytesIO()
    wb.save(buf)
    (OUT / name).write_bytes(normalise_ooxml(buf.getvalue()))


# ----------------------------------------------------------------------------------------------
# PDF

_SS = getSampleStyleSheet()


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_bytes(title: str, pages: list[list], author: str = "", subject: str = "",
              keywords: str = "") -> bytes:
    """pages: one list of blocks per page; a block is str (paragraph), ('h', text),
    ('small', text) or ('mono', text)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author=author, subject=subject,
                            keywords=keywords, creator="", producer="", invariant=1,
                            leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    flow = []
    for i, page in enumerate(pages):
        if i:
            flow.append(PageBreak())
        for block in page:
            if isinstance(block, str):
                flow.append(Paragraph(_esc(block), _SS["BodyText"]))
            elif block[0] == "h":
                flow.append(Paragraph(_esc(block[1]), _SS["Heading2"]))
            elif block[0] == "title":
                flow.append(Spacer(1, 90))
                flow.append(Paragraph(_esc(block[1]), _SS["Title"]))
            elif block[0] == "small":
                flow.append(Spacer(1, 12))
                flow.append(Paragraph("<b>" + _esc(block[1]) + "</b>", _SS["BodyText"]))
            elif block[0] == "mono":
                for line in block[1].split("\n"):
                    flow.append(Paragraph(_esc(line) or "&nbsp;", _SS["Code"]))
            flow.append(Spacer(1, 6))
    doc.build(flow)
    return buf.getvalue()


def write_pdf(name: str, *a, **kw) -> None:
    (OUT / name).write_bytes(pdf_bytes(*a, **kw))


# ----------------------------------------------------------------------------------------------
# DXF

ezdxf.options.write_fixed_meta_data_for_testing = True


def write_dxf(name: str, title: str, dwg_no: str, company: str, notes: list[str],
              block_fields: list[tuple[str, str]], outline: list[tuple[float, float]],
              circles: list[tuple[float, float, float]] = ()) -> None:
    doc = ezdxf.new("R2010")
    doc.header["$FINGERPRINTGUID"] = "{8C1F0A2E-3B55-4E6B-9F0A-1D2C3B4A5E6F}"
    doc.header["$VERSIONGUID"] = "{2D4E6F80-1A3C-4B5D-8E7F-90A1B2C3D4E5}"
    msp = doc.modelspace()
    msp.add_lwpolyline(outline, close=True)
    for x, y, r in circles:
        msp.add_circle((x, y), r)
    # general notes, upper left of the sheet
    y = 190.0
    msp.add_text("NOTES:", height=3.5).set_placement((10, y))
    for i, n in enumerate(notes, start=1):
        y -= 6
        msp.add_text(f"{i}. {n}", height=2.5).set_placement((10, y))
    # title block, lower right, as a block reference with attributes
    tb = doc.blocks.new(name="TITLE_BLOCK")
    tb.add_lwpolyline([(0, 0), (170, 0), (170, 8 * (len(block_fields) + 2)),
                       (0, 8 * (len(block_fields) + 2))], close=True)
    tb.add_text(company, height=4).set_placement((4, 8 * (len(block_fields) + 1) + 2))
    tb.add_text(title, height=3.5).set_placement((4, 8 * len(block_fields) + 2))
    for i, (tag, _) in enumerate(block_fields):
        tb.add_attdef(tag, insert=(4, 8 * (len(block_fields) - 1 - i) + 2), height=2.5)
    ref = msp.add_blockref("TITLE_BLOCK", (240, 0))
    ref.add_auto_attribs({tag: val for tag, val in block_fields})
    msp.add_text(f"DWG NO. {dwg_no}", height=5).set_placement((245, 8 * (len(block_fields) + 2) + 4))
    buf = io.StringIO()
    doc.write(buf)
    (OUT / name).write_text(buf.getvalue(), encoding="utf-8", newline="\r\n")


# ----------------------------------------------------------------------------------------------
# mail and text

def write_eml(name: str, frm: str, to: str, subject: str, date: str, body: str,
              attachments: list[tuple[str, bytes]] = (), cc: str = "") -> None:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{abs(hash_str(name))}.{name.split('.')[0]}@mail.example.net>"
    msg["MIME-Version"] = "1.0"
    msg.set_content(body)
    types = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "pdf": ("application", "pdf"),
             "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")}
    for fname, blob in attachments:
        mt, st = types[fname.rsplit(".", 1)[1]]
        msg.add_attachment(blob, maintype=mt, subtype=st, filename=fname)
    if attachments:
        msg.set_boundary(f"==_b_{abs(hash_str(name)) % 10**10}_==")
    (OUT / name).write_bytes(msg.as_bytes(policy=SMTP))


def hash_str(s: str) -> int:
    h = 1469598103934665603
    for ch in s.encode():
        h = ((h ^ ch) * 1099511628211) % (1 << 64)
    return h


def write_text(name: str, text: str) -> None:
    (OUT / name).write_text(text.strip("\n") + "\n", encoding="utf-8")


def quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


# ----------------------------------------------------------------------------------------------
# legend wording: the standard government and industry forms, with their common variants

def dist(letter_: str, reason: str, date: str, office: str) -> str:
    who = {
        "B": "Distribution authorized to U.S. Government agencies only",
        "C": "Distribution authorized to U.S. Government agencies and their contractors",
        "D": "Distribution authorized to the Department of Defense and U.S. DoD contractors only",
        "E": "Distribution authorized to DoD Components only",
    }
    if letter_ == "F":
        return (f"DISTRIBUTION STATEMENT F. Further dissemination only as directed by {office} "
                f"({date}) or higher DoD authority.")
    return (f"DISTRIBUTION STATEMENT {letter_}. {who[letter_]}; {reason}; {date}. Other requests "
            f"for this document shall be referred to {office}.")


WARN_AECA_EAA = (
    "WARNING - This document contains technical data whose export is restricted by the Arms "
    "Export Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export Administration Act "
    "of 1979, as amended, Title 50, U.S.C., App. 2401 et seq. Violations of these export laws "
    "are subject to severe criminal penalties. Disseminate in accordance with provisions of DoD "
    "Directive 5230.25.")

WARN_AECA_ECRA = (
    "WARNING - This document contains technical data whose export is restricted by the Arms "
    "Export Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export Control Reform Act "
    "of 2018 (Title 50, U.S.C., Chapter 58, Sec 4801-4852). Violations of these export laws are "
    "subject to severe criminal penalties. Disseminate in accordance with provisions of DoD "
    "Instruction 5230.25.")

DESTRUCTION = ("DESTRUCTION NOTICE - For unclassified, limited documents, destroy by any method "
               "that will prevent disclosure of contents or reconstruction of the document.")

EXPORT_NOTICE_5230 = (
    "EXPORT CONTROL NOTICE. The export of information contained herein, which includes in some "
    "circumstances release to foreign nationals within the United States, without first "
    "obtaining approval or license from the Department of State for items controlled by the "
    "International Traffic in Arms Regulations (ITAR), or the Department of Commerce for items "
    "controlled by the Export Administration Regulations (EAR), may constitute a violation of "
    "law.")


def itar_long(usml: str = "") -> str:
    cat = f" (USML Category {usml})" if usml else ""
    return ("EXPORT CONTROLLED - ITAR. This document contains technical data as defined in "
            "22 CFR 120.33 and is subject to the International Traffic in Arms Regulations "
            f"(ITAR), 22 CFR Parts 120-130{cat}. It may not be exported, reexported, "
            "retransferred or released to any foreign person, whether in the United States or "
            "abroad, without prior written authorization from the U.S. Department of State, "
            "Directorate of Defense Trade Controls, or an applicable exemption.")


def itar_agency(usml: str = "") -> str:
    cat = f" Category {usml}" if usml else ""
    return ("This document contains information which falls under the purview of the U.S. "
            f"Munitions List (USML){cat}, as defined in the International Traffic in Arms "
            "Regulations (ITAR), 22 CFR 120-130, and is export controlled. It shall not be "
            "transferred to foreign nationals in the U.S. or abroad without specific approval of a "
            "knowledgeable export control official, and/or unless an export license or license "
            "exemption is obtained or available from the United States Department of State. "
            "Violations of these regulations are punishable by fine, imprisonment, or both.")


def ear_agency(eccn: str = "") -> str:
    c = f" (ECCN {eccn})" if eccn else ""
    return ("This document contains information within the purview of the Export Administration "
            f"Regulations (EAR), 15 CFR 730-774{c}, and is export controlled. It may not be "
            "transferred to foreign nationals in the U.S. or abroad without specific approval of a "
            "knowledgeable export control official, and/or unless an export license or license "
            "exception is obtained or available from the Bureau of Industry and Security, United "
            "States Department of Commerce. Violations of these regulations are punishable by "
            "fine, imprisonment, or both.")


def ear_long(eccn: str) -> str:
    return (f"EXPORT CONTROLLED - EAR. ECCN {eccn}. The technology and technical information in "
            "this document are subject to the Export Administration Regulations (EAR), 15 CFR "
            "Parts 730-774, administered by the U.S. Department of Commerce, Bureau of Industry "
            "and Security. Export, reexport or transfer (in-country), including release to a "
            "foreign person in the United States (a deemed export under 15 CFR 734.13(b)), may "
            "require a license. Diversion contrary to U.S. law is prohibited.")


DCS_758 = (
    "These items are controlled by the U.S. Government and authorized for export only to the "
    "country of ultimate destination for use by the ultimate consignee or end-user(s) herein "
    "identified. They may not be resold, transferred, or otherwise disposed of, to any other "
    "country or to any person other than the authorized ultimate consignee or end-user(s), either "
    "in their original form or after being incorporated into other items, without first "
    "obtaining approval from the U.S. government or as otherwise authorized by U.S. law and "
    "regulations.")


def cui_block(controlled_by: str, cat: str, dissem: str, poc: str) -> str:
    return (f"Controlled by: {controlled_by}\nCUI Category: {cat}\n"
            f"Distribution/Dissemination Control: {dissem}\nPOC: {poc}")


def ear99_note(extra: str = "") -> str:
    return ("Export Classification: EAR99. The items described herein are subject to the Export "
            "Administration Regulations (EAR), 15 CFR Parts 730-774, and are designated EAR99. "
            "Shipment is generally No License Required (NLR) except to embargoed or sanctioned "
            "destinations, prohibited end-users or prohibited end-uses under 15 CFR Part 744. "
            + extra).strip()
