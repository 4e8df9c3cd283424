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
import os
import re
import shutil
import sys
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
    props.comments = comments
    if subject:
        props.subject = subject
    if keywords:
        props.keywords = keywords
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
               custom: dict[str, str] | None = None, first_page_only_header: bool = False,
               header_style: str = "") -> bytes:
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
            p = hdr.paragraphs[0] if i == 0 else hdr.add_paragraph(style=hdr.paragraphs[0].style)
            p.text = line
            if header_style:
                p.style = d.styles[header_style]
    if footer is not None:
        for i, line in enumerate(footer.split("\n")):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph(
                style=sec.footer.paragraphs[0].style)
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
               core: dict | None = None, print_header: str = "", print_footer: str = "") -> None:
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
        if print_header:
            ws.oddHeader.center.text = print_header
        if print_footer:
            ws.oddFooter.center.text = print_footer
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
              keywords: str = "", stamp_first: str = "") -> bytes:
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
    def first(canvas, _doc) -> None:
        if stamp_first:
            canvas.saveState()
            canvas.setFont("Helvetica-Bold", 8)
            canvas.translate(30, 140)
            canvas.rotate(90)
            canvas.drawString(0, 0, stamp_first)
            canvas.restoreState()

    doc.build(flow, onFirstPage=first)
    return buf.getvalue()


def write_pdf(name: str, *a, **kw) -> None:
    (OUT / name).write_bytes(pdf_bytes(*a, **kw))


# ----------------------------------------------------------------------------------------------
# DXF

ezdxf.options.write_fixed_meta_data_for_testing = True


def write_dxf(name: str, title: str, dwg_no: str, company: str, notes: list[str],
              block_fields: list[tuple[str, str]], outline: list[tuple[float, float]],
              circles: list[tuple[float, float, float]] = (), mtext: str = "") -> None:
    doc = ezdxf.new("R2010")
    doc.header["$FINGERPRINTGUID"] = "{8C1F0A2E-3B55-4E6B-9F0A-1D2C3B4A5E6F}"
    doc.header["$VERSIONGUID"] = "{2D4E6F80-1A3C-4B5D-8E7F-90A1B2C3D4E5}"
    doc.header["$LASTSAVEDBY"] = "cad"
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
    if mtext:
        doc.layers.add("NOTES-EXPORT")
        msp.add_mtext(mtext, dxfattribs={"char_height": 2.5, "width": 150, "layer": "NOTES-EXPORT"}
                      ).set_location((10, 60))
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


def ear99_note(extra: str = "") -> str:
    return ("Export Classification: EAR99. The items described herein are subject to the Export "
            "Administration Regulations (EAR), 15 CFR Parts 730-774, and are designated EAR99. "
            "Shipment is generally No License Required (NLR) except to embargoed or sanctioned "
            "destinations, prohibited end-users or prohibited end-uses under 15 CFR Part 744. "
            + extra).strip()


# ==============================================================================================
# ITAR-marked items

def itar_items() -> None:
    # I-1 suppressor design note, legend in the docx header only
    n = "suppressor_baffle_stack_design_note_HRD-DN-0412.docx"
    write_docx(n, "Design Note HRD-DN-0412: Baffle Stack Revision C for the 7.62 mm Sound Suppressor",
               [("h", "1. Purpose"),
                "This note records why the baffle stack of the HRD-762S suppressor moved from the "
                "Revision B cone geometry to the Revision C stepped-cone geometry, and what the "
                "qualification firing showed.",
                ("h", "2. Change summary"),
                "The blast baffle is now 17-4PH H1025 instead of Inconel 718 and carries a 0.8 mm "
                "thicker rear wall to absorb first-round flash. Baffles 2 through 7 keep the 52 "
                "degree cone but gain an offset keyhole cut that breaks up the symmetric jet core. "
                "Stack length is unchanged at 148 mm; mass drops 41 g.",
                ("t", [["Baffle", "Material", "Cone angle", "Bore dia (mm)", "Wall (mm)"],
                       ["1 (blast)", "17-4PH H1025", "flat + 30 deg relief", "8.6", "3.2"],
                       ["2-4", "Ti-6Al-4V", "52 deg", "8.4", "1.1"],
                       ["5-7", "Ti-6Al-4V", "52 deg, keyhole", "8.4", "0.9"],
                       ["End cap", "Ti-6Al-4V", "-", "8.6", "2.0"]]),
                ("h", "3. Qualification firing"),
                "Sixty rounds of M80A1 were fired from a 16 inch barrel at 1 round per 2 s. Mean "
                "peak sound pressure at the MIL-STD-1474E left-ear position was 134.1 dBP against "
                "137.8 dBP for Revision B. Outer tube temperature reached 412 C after 60 rounds. "
                "No baffle strike, no erosion beyond 0.05 mm at the blast baffle bore.",
                ("h", "4. Open items"),
                "Point-of-impact shift is 0.6 MOA low; the mount taper will be re-lapped before the "
                "next lot. Owner: P. Danforth."],
               author="Paul Danforth",
               header="ITAR CONTROLLED - USML Cat. I(e) - Contains technical data subject to the "
                      "ITAR, 22 CFR 120-130. Harrow Ridge Dynamics proprietary.")
    label(n, "ITAR", "I(e)", "technical_data", "header")

    # I-2 rocket motor aging report, DoD distribution D + warning on the cover only
    n = "rocket_motor_grain_aging_TR-24-117.pdf"
    write_pdf(n, "Technical Report TR-24-117: Accelerated Aging of HTPB Grains for the 2.75-inch Rocket Motor",
              [[("title", "Accelerated Aging of HTPB Propellant Grains for the 2.75-inch Rocket Motor"),
                "Technical Report TR-24-117",
                "Calder Point Systems, Energetics Division, Huntsville, Alabama",
                "Prepared under contract W31P4Q-23-C-0418",
                "September 2024",
                ("small", dist("D", "Critical Technology", "12 September 2024",
                               "U.S. Army DEVCOM Aviation and Missile Center, Redstone Arsenal, AL 35898")),
                ("small", WARN_AECA_ECRA),
                ("small", DESTRUCTION)],
               [("h", "1. Summary"),
                "Forty-two cartridge-loaded grains from three production lots were aged at 60 C, "
                "71 C and 80 C for up to 26 weeks. Tensile specimens cut from witness cartons were "
                "pulled at 50 mm/min at -45 C, 21 C and 63 C. Strain capability at -45 C dropped "
                "from 38 % to 29 % over the 80 C series, which projects to 14 years at 30 C "
                "storage using an Arrhenius activation energy of 82 kJ/mol.",
                ("h", "2. Test articles"),
                "Grains were 14.6 kg HTPB/AP/Al with a five-point star bore and inhibited forward "
                "face. Lot CP-2207 used the reformulated bonding agent; lots CP-2115 and CP-2203 are "
                "baseline."],
               [("h", "3. Results"),
                "Bore cracking was not observed on any grain after thermal cycling from -54 C to "
                "71 C (10 cycles). Bondline tensile strength decreased 11 % in the 80 C series. "
                "Static firings of six aged motors at -40 C gave a mean action time of 1.08 s and "
                "mean total impulse of 4.71 kN-s, within 2 % of unaged motors.",
                ],
               [("h", "4. Conclusions"),
                "The reformulated bonding agent removes the bondline weakness seen in lot CP-2115. "
                "Service life of 12 years is supported with margin; surveillance at 5 and 10 years "
                "is recommended.",
                "Distribution list: DEVCOM AvMC (2), PEO MS (1), file (1)."]],
              author="R. Okafor")
    label(n, "ITAR", "IV", "technical_data", "cover")

    # I-3 gun barrel erosion report, ITAR notice on the last page only
    n = "barrel_erosion_30mm_test_report.pdf"
    write_pdf(n, "30 mm Barrel Bore Erosion - Endurance Firing Report",
              [[("title", "30 mm Chain Gun Barrel Bore Erosion: Endurance Firing Report"),
                "Document BR-30-ER-006 Rev A", "Bramblecote Ordnance Test Range", "March 2025"],
               [("h", "1. Setup"),
                "Two chrome-plated barrels (S/N 3011, 3014) were fired in 10-round bursts with 90 s "
                "cool-down, to 3,000 rounds each, with M789 HEDP and TP ammunition mixed 1:3. Bore "
                "diameter was star-gauged every 250 rounds at 25, 150 and 600 mm from the origin "
                "of rifling.",
                ("h", "2. Findings"),
                "Origin-of-rifling wear reached 0.31 mm on diameter on S/N 3011 at 3,000 rounds; the "
                "chrome layer was breached at 2,250 rounds where land corners first showed "
                "heat-check networks. Muzzle velocity fell 14 m/s over the life, dispersion grew "
                "from 0.9 to 1.4 mil."],
               [("h", "3. Recommendations"),
                "Condemnation limit of 0.40 mm at origin of rifling is retained. The revised "
                "tantalum-lined barrel should be tested to 6,000 rounds in FY26.",
                ("small", "EXPORT NOTICE: This report contains technical data relating to a defense "
                          "article on the U.S. Munitions List, Category II, and is controlled under "
                          "the International Traffic in Arms Regulations (ITAR), 22 CFR 120-130. "
                          "Transfer to any foreign person requires prior authorization of the U.S. "
                          "Department of State. Re-export or retransfer is prohibited without such "
                          "authorization.")]],
              author="Bramblecote Ordnance")
    label(n, "ITAR", "II", "technical_data", "last_page")

    # I-4 IRST preliminary design review deck, legend only in speaker notes
    n = "irst_pdr_sensor_head.pptx"
    write_pptx(n, "IRST Sensor Head - Preliminary Design Review", "Orrin Vale Optics | PDR | 14 May 2025",
               [("Agenda", ["Requirements flow-down", "Optical design", "FPA and cooler", "Track performance"],
                 itar_agency("XII") + " Presenter: state this at the start of the review and confirm "
                                      "all attendees are U.S. persons."),
                ("Optical design", ["Dual-band MWIR/LWIR, 3.4-4.9 um and 7.8-10.2 um",
                                    "f/2.2, 140 mm aperture, 2.1 x 2.1 deg FOR per step",
                                    "Germanium / ZnSe / chalcogenide triplet, athermal -40 to +70 C"], ""),
                ("FPA and cooler", ["1280 x 1024, 12 um pitch, dual-band HgCdTe",
                                    "Linear Stirling cooler, 110 K, 6.5 min cool-down",
                                    "NETD 22 mK MWIR / 28 mK LWIR"], ""),
                ("Track performance", ["Fighter-size head-on target detected at 72 km (Pd 0.9)",
                                       "Track-while-scan: 200 tracks, 1.2 s revisit over +/-60 deg",
                                       "Passive ranging by triangulation with ownship maneuver"],
                 "Track numbers are from the January sea-trial data set; do not quote outside the team.")],
               author="Meera Castellanos")
    label(n, "ITAR", "XII", "technical_data", "notes")

    # I-5 sonar array ICD, legend on the title slide only
    n = "towed_array_telemetry_icd_title_marked.pptx"
    write_pptx(n, "TB-Series Towed Array Telemetry ICD Walkthrough",
               "ITAR CONTROLLED - USML Cat. XI(a)(1)(i) - 22 CFR 120-130\nSilverbeck Marine Systems | Interface Working Group #7",
               [("Telemetry frame", ["64 hydrophone channels, 24-bit, 12 kHz sample", "Frame: 2 sync words, 64 samples, heading, depth, CRC-32",
                                     "Optical uplink 1.25 Gb/s over 1,600 m tow cable"], ""),
                ("Heading and depth modules", ["3 heading modules, 0.5 deg accuracy", "Depth sensor every 150 m, 0.1 m resolution"], ""),
                ("Open actions", ["AI-7.3: confirm clock recovery margin at 1,600 m", "AI-7.4: CRC polynomial agreed with shipboard processor"], "")],
               author="Silverbeck Marine Systems")
    label(n, "ITAR", "XI(a)(1)(i)", "technical_data", "cover")

    # I-6 mission computer ICD, marking only in document metadata (subject)
    n = "mission_computer_ethernet_icd_draft.docx"
    write_docx(n, "Mission Computer to Display Unit Ethernet ICD (Draft 0.3)",
               ["This draft captures the messages exchanged between the mission computer and the "
                "multifunction display unit over the redundant 100BASE-TX links. Review comments are "
                "due before the 22 July working group.",
                ("t", [["Msg ID", "Name", "Rate (Hz)", "Bytes"],
                       ["0x0101", "Ownship nav state", "50", "96"],
                       ["0x0210", "Weapon inventory", "5", "240"],
                       ["0x0305", "Threat display list", "10", "1024"],
                       ["0x0410", "Sensor cue", "20", "64"]]),
                "All messages are big-endian with a 16-byte common header (sync, ID, length, "
                "sequence, timestamp). Links A and B carry identical traffic; the receiver accepts "
                "the first valid copy by sequence number."],
               author="Halvard Avionics",
               core={"subject": "ITAR Controlled Technical Data - USML Category VIII(h) - 22 CFR 121.1",
                     "keywords": "ICD; mission computer; MFD; export controlled"})
    label(n, "ITAR", "VIII(h)", "technical_data", "metadata")

    # I-7 spacecraft reaction wheel, custom document property only
    n = "reaction_wheel_vibration_test_memo.docx"
    write_docx(n, "Memo: Reaction Wheel Assembly Random Vibration Retest",
               ["To: RWA product team   From: L. Ng   Date: 3 March 2025",
                "The flight spare RWA (S/N 0007) was retested after the bearing preload adjustment. "
                "Random vibration at 14.1 grms for 2 minutes per axis passed with no shift in "
                "low-level sine signature greater than 3 %. Run-down time after test was 211 s "
                "against 214 s before, within the 5 % limit.",
                "Disposition: accept. Ship with the next lot."],
               author="Lena Ng",
               custom={"ExportControl": "ITAR - USML XV(e) - technical data, 22 CFR 120-130",
                       "DocClass": "Company Internal"})
    label(n, "ITAR", "XV(e)", "technical_data", "metadata")

    # I-8 missile fin actuator test, PDF Info subject/keywords only
    n = "fin_actuator_step_response_run_log.pdf"
    write_pdf(n, "Fin Actuator Step Response - Run Log 2025-04",
              [[("h", "Fin Actuator Step Response Run Log"),
                "Unit: CAS-4 electromechanical fin actuator, S/N 112. Bench: load simulator LS-2, "
                "hinge moment 18 N-m, 28 VDC bus.",
                ("mono", "run  cmd(deg)  rise(ms)  overshoot(%)  settle(ms)\n"
                         "01    2.0       11.8       4.1          24\n"
                         "02    5.0       14.2       3.6          29\n"
                         "03   10.0       21.0       2.9          41\n"
                         "04   20.0       35.5       1.8          63")],
               [("h", "Notes"),
                "Bandwidth at 2 deg amplitude is 24 Hz (-3 dB). Backlash measured 0.06 deg. "
                "Runs 05-08 repeat at -40 C next week."],
               [("h", "Sign-off"), "Test conductor: D. Ferro. QA witness: none required."]],
              author="Ostrander Fluid Systems",
              subject="ITAR Controlled - Technical data under 22 CFR 120-130",
              keywords="USML Cat. IV(h); fin actuator; CAS-4")
    label(n, "ITAR", "IV(h)", "technical_data", "metadata")

    # I-9 DXF: helicopter tail rotor gearbox housing, notes + title block
    n = "tail_rotor_gearbox_housing_D42117.dxf"
    write_dxf(n, "HOUSING, TAIL ROTOR GEARBOX, MACHINED", "D42117", "BRAMBLECOTE AEROSPACE",
              ["MATERIAL: MAGNESIUM ALLOY WE43-T6 PER AMS 4427.",
               "FINISH: DOW 17 ANODIZE THEN EPOXY PRIMER PER MIL-PRF-23377.",
               "BEARING BORES TRUE POSITION 0.02 TO DATUM A-B.",
               "PRESSURE TEST OIL GALLERY AT 120 PSI, NO LEAKAGE.",
               "EXPORT CONTROLLED: THIS DRAWING CONTAINS TECHNICAL DATA SUBJECT TO THE ITAR, 22 CFR 120-130.",
               "USML CAT VIII(h). NO RELEASE TO FOREIGN PERSONS WITHOUT DDTC AUTHORIZATION."],
              [("DWG_NO", "D42117"), ("REV", "C"), ("SCALE", "1:2"), ("SHEET", "1 OF 3"),
               ("DRAWN", "T. OKONKWO"), ("CAGE", "7XK21"),
               ("EXPORT", "ITAR - USML VIII(h)")],
              [(0, 0), (420, 0), (420, 297), (0, 297)], [(120, 150, 40), (120, 150, 28), (200, 150, 12)])
    label(n, "ITAR", "VIII(h)", "technical_data", "title_block")

    # I-10 DXF: naval gun mount trunnion bracket, title block field only
    n = "gun_mount_trunnion_bracket_57-2210.dxf"
    write_dxf(n, "BRACKET, TRUNNION, ELEVATING MASS", "57-2210", "PELL & ASHDOWN MACHINING",
              ["MATERIAL: HY-80 STEEL PLATE PER MIL-DTL-16216.",
               "WELD PER NAVSEA TECH PUB 248, UT 100 PERCENT.",
               "BREAK ALL SHARP EDGES 0.5 MAX.",
               "STRESS RELIEVE 595 C FOR 1 HR PER 25 MM THICKNESS."],
              [("DWG_NO", "57-2210"), ("REV", "A"), ("SCALE", "1:4"), ("SHEET", "1 OF 1"),
               ("DRAWN", "R. ASHDOWN"), ("CUSTOMER", "NAVAL GUN SYSTEMS PROGRAM"),
               ("EXPORT_CLASS", "ITAR CONTROLLED / USML II(j) / 22 CFR 121.1")],
              [(0, 0), (300, 0), (300, 180), (0, 180)], [(80, 90, 35), (220, 90, 35)])
    label(n, "ITAR", "II(j)", "technical_data", "title_block")

    # I-11 torpedo: legend only in the forwarded part of a mail thread (Gmail style)
    fwd = (
        "From: Janelle Ortiz <jortiz@calderpoint.example>\n"
        "Date: Tue, Apr 8, 2025 at 4:12 PM\n"
        "Subject: Homing transducer potting voids - lot 25-03\n"
        "To: Torpedo Prod Team <torp-prod@calderpoint.example>\n\n"
        "*** EXPORT CONTROLLED - ITAR (22 CFR 120-130) - USML CAT. IV(h) ***\n"
        "This message contains technical data. Do not forward to foreign persons.\n\n"
        "Team,\n\n"
        "CT of the first six homing array modules from lot 25-03 shows potting voids of 1.5 to "
        "3 mm behind elements 17-22. The transmit voltage response at 30 kHz is down 2.4 dB on "
        "those elements and beam pattern sidelobes rise to -17 dB. Root cause looks like the "
        "degas step being shortened to 10 min after the new mixer went in.\n\n"
        "Proposed fix: restore the 25 min degas at 5 torr, add CT at 100 percent for the next "
        "two lots, then sample 1 in 5.\n\nJanelle")
    write_eml("fwd_homing_array_potting_voids.eml", "Marcus Hale <mhale@calderpoint.example>",
              "Dana Whitcomb <dwhitcomb@calderpoint.example>",
              "Fwd: Homing transducer potting voids - lot 25-03", "Wed, 9 Apr 2025 08:03:11 -0500",
              "Dana - can you get this on Thursday's MRB agenda? I think we need quality to sign "
              "off on the degas change before Monday.\n\nThanks,\nMarcus\n\n"
              "---------- Forwarded message ---------\n" + fwd + "\n")
    label("fwd_homing_array_potting_voids.eml", "ITAR", "IV(h)", "technical_data", "forwarded")

    # I-12 EW test plan: legend only in the header of an attached docx
    att = docx_bytes("Test Plan TP-EW-221: Jammer Techniques Generator Acceptance",
                     [("h", "1. Scope"),
                      "Acceptance of the techniques generator card for the pod-mounted jammer. The "
                      "card synthesizes range-gate pull-off, velocity-gate pull-off and cross-eye "
                      "techniques against pulse-Doppler fire control radars.",
                      ("h", "2. Setup"),
                      "Threat simulator set to PRF 12.5 kHz, PW 1.2 us, 9.6 GHz. DRFM latency measured "
                      "at the RF port with a 4 GHz oscilloscope; limit 180 ns.",
                      ("h", "3. Procedure"),
                      "3.1 Load technique file TQ-14 (RGPO, 150 m/s walk-off). Verify the false target "
                      "separates from skin return within 1.8 s.\n3.2 Load VGPO profile; verify Doppler "
                      "offset ramps to 2.5 kHz without spectral spurs above -45 dBc.",
                      ("h", "4. Pass criteria"),
                      "All steps within limits; no BIT faults after 2 h soak at 71 C."],
                     author="Tessaline Microwave",
                     header="ITAR CONTROLLED TECHNICAL DATA - USML XI(a)(4) - see 22 CFR 120.33")
    write_eml("ew_tp221_for_review.eml", "Greg Ibarra <gibarra@tessaline.example>",
              "Priya Raman <praman@tessaline.example>", "TP-EW-221 for review",
              "Thu, 22 May 2025 14:41:09 -0700",
              "Priya,\n\nAttached is the acceptance test plan for the techniques card. Redlines by "
              "next Wednesday if you can. I left the soak duration at two hours.\n\nGreg\n",
              [("TP-EW-221_techniques_generator_ATP.docx", att)])
    label("ew_tp221_for_review.eml", "ITAR", "XI(a)(4)", "technical_data", "attachment")
    LABELS.append(("m/ew_tp221_for_review.eml!/TP-EW-221_techniques_generator_ATP.docx", "ITAR",
                   "XI(a)(4)", "yes", "technical_data", "header"))

    # I-13 image intensifier: legend on the cover of an attached pdf
    att = pdf_bytes("Image Intensifier Tube Screening Summary Q1",
                    [[("title", "Image Intensifier Tube Screening Summary, Q1 2025"),
                      "Orrin Vale Optics - Night Vision Products",
                      ("small", itar_long("XII(e)"))],
                     [("h", "Screening results"),
                      "312 Gen 3 filmed tubes screened. Figure of merit mean 1,940 (min 1,610). "
                      "Halo mean 0.71 mm. 18 tubes rejected for EBI above 2.5e-11 lm/cm2, 6 for "
                      "blemishes in zone 1."],
                     [("h", "Actions"), "Photocathode bake profile change trial on lot 25-Q2-04."]])
    write_eml("q1_tube_screening_summary.eml", "Oksana Petrenko <opetrenko@orrinvale.example>",
              "NV Ops <nv-ops@orrinvale.example>", "Q1 tube screening summary",
              "Mon, 7 Apr 2025 09:15:00 -0400",
              "All,\n\nQ1 screening summary attached. Yield is up four points over Q4. Let's talk "
              "through the EBI rejects at staff meeting.\n\nOksana\n",
              [("Q1_screening_summary.pdf", att)])
    label("q1_tube_screening_summary.eml", "ITAR", "XII(e)", "technical_data", "attachment")

    # I-14 guidance filter source listing with banners at top and bottom
    write_text("seeker_track_filter_src.txt", r'''
ITAR CONTROLLED // TECHNICAL DATA // USML CAT. XII(d) // 22 CFR 120-130 // NO FOREIGN PERSONS
==========================================================================================

/* trackfilt.c - alpha-beta-gamma line-of-sight rate filter for the strapdown seeker
 * Kestrel Lane Guidance, module TF-3, rev 11
 *
 * The body-rate coupling term removes airframe motion from the measured boresight error;
 * gyro bandwidth is assumed >= 80 Hz. Gains were tuned on the 6-DOF runs of Feb 2025
 * (miss distance 0.42 m median against a 9 g weaving target).
 */
#include "trackfilt.h"

#define ALPHA 0.62f
#define BETA  0.21f
#define GAMMA 0.018f

void tf_update(tf_state_t *s, float meas_err_rad, float body_rate_rps, float dt)
{
    float pred = s->los + dt * s->los_rate + 0.5f * dt * dt * s->los_acc;
    float resid = (meas_err_rad + s->gimbal_angle) - pred;
    s->los      = pred + ALPHA * resid;
    s->los_rate = s->los_rate + dt * s->los_acc + (BETA / dt) * resid - body_rate_rps * s->k_couple;
    s->los_acc  = s->los_acc + (GAMMA / (dt * dt)) * resid;
}

/* proportional navigation command, N' = 4 during terminal phase */
float tf_accel_cmd(const tf_state_t *s, float closing_vel)
{
    return 4.0f * closing_vel * s->los_rate;
}

==========================================================================================
ITAR CONTROLLED // TECHNICAL DATA // USML CAT. XII(d) // 22 CFR 120-130 // NO FOREIGN PERSONS
''')
    label("seeker_track_filter_src.txt", "ITAR", "XII(d)", "technical_data", "banner")

    # I-15 armored vehicle note under CUI//SP-EXPT banner (generic marking)
    write_text("hull_spall_liner_trial_notes.md", """
CUI//SP-EXPT

# Spall liner trial - hull side panels, vehicle demonstrator 2

Controlled by: Harrow Ridge Dynamics, Vehicle Survivability Group
CUI Category: EXPT
Distribution/Dissemination Control: FEDCON
POC: Alan Mbeki, (256) 555-0148

## What we fired
- 14.5 mm AP against the 30 mm RHA side panel with the 19 mm aramid/UHMWPE liner behind it.
- Three shots per panel, 0 and 30 degree obliquity, witness plate 300 mm behind.

## Results
| Shot | Obliquity | Perforation | Behind-armor debris cone (half angle) | Witness plate hits |
|---|---|---|---|---|
| 1 | 0 | yes | 17 deg | 6 |
| 2 | 0 | yes | 15 deg | 4 |
| 3 | 30 | no  | -      | 0 |

Baseline (no liner) cone half-angle was 38 deg with 41 witness plate perforations.

## Next
Crew compartment mock-up with the liner bonded (not bolted) in August.

CUI//SP-EXPT
""")
    label("hull_spall_liner_trial_notes.md", "ITAR", "VII", "technical_data", "banner")

    # I-16 warship hull degaussing, distribution statement D + warning in the docx footer
    write_docx("degaussing_coil_layout_review.docx", "Degaussing Coil Layout Review - Frigate Hull Block 3",
               [("h", "Summary"),
                "The M-coil and FI/QI coil runs in hull block 3 were rerouted around the new "
                "auxiliary machinery space. Modelled residual vertical field at 1.5 beam depth is "
                "18 nT peak against a 25 nT goal after recalibration of coil currents.",
                ("t", [["Coil", "Turns", "Design current (A)", "Routing change"],
                       ["M", "12", "38", "none"], ["FI", "8", "22", "frames 88-96 raised 300 mm"],
                       ["QI", "6", "14", "re-run outboard of AMS bulkhead"]]),
                "Ranging at the magnetic silencing facility is planned after sea trials."],
               author="Silverbeck Marine Systems",
               footer=dist("D", "Critical Technology", "20 February 2025",
                           "PEO Ships, 1333 Isaac Hull Ave SE, Washington Navy Yard, DC 20376")
                      + "\n" + WARN_AECA_ECRA)
    label("degaussing_coil_layout_review.docx", "ITAR", "VI", "technical_data", "footer")

    # I-17 body armor insert test under CUI header (generic)
    write_docx("hard_armor_insert_v50_results.docx", "Hard Armor Insert V50 Results - Lot HA-2504",
               ["Twelve ESAPI-size boron carbide / UHMWPE inserts from lot HA-2504 were tested "
                "against 7.62 x 54R B32 API. V50 was 2,941 ft/s (std. dev. 38 ft/s); back-face "
                "deformation at the 2,880 ft/s reference velocity averaged 34 mm in Roma Plastilina "
                "No.1 clay.",
                "Two inserts cracked on the first shot at the edge margin (25 mm) and are excluded "
                "from the V50 set per the test plan.",
                "Areal density 4.35 lb/ft2, curved single-curve 10 x 12.5 inch."],
               author="Kestrel Lane Composites",
               header="CUI//SP-EXPT\nControlled by: Kestrel Lane Composites, Protective Systems\n"
                      "CUI Category: Export Controlled\nDistribution Statement D\nPOC: Ruth Ellery, 603-555-0119")
    label("hard_armor_insert_v50_results.docx", "ITAR", "X", "technical_data", "header")

    # I-18 HEL beam director report, distribution E + warning on cover only (generic)
    write_pdf("beam_director_jitter_TR-0092.pdf", "Beam Director Jitter Characterization TR-0092",
              [[("title", "Beam Director Jitter Characterization for a 50 kW-class Laser Weapon Demonstrator"),
                "Report TR-0092", "Marrowgate Laboratories", "January 2025",
                ("small", dist("E", "Test and Evaluation", "30 January 2025",
                               "Office of Naval Research, Code 35, 875 N. Randolph St, Arlington, VA 22203")),
                ("small", WARN_AECA_EAA)],
               [("h", "1. Introduction"),
                "Residual line-of-sight jitter sets the achievable irradiance on a target aimpoint. "
                "This report characterizes jitter of the 60 cm beam director on the shipboard "
                "vibration table and with the fast steering mirror loop closed.",
                ("h", "2. Method"),
                "A 1.064 um probe beam was tracked on a position-sensing detector at the focal plane; "
                "disturbance spectra from deck accelerometers were replayed at 1:1."],
               [("h", "3. Results"),
                "Open-loop jitter was 14.8 urad RMS, dominated by a 38 Hz gimbal mode. With the FSM "
                "loop at 480 Hz crossover, closed-loop jitter was 2.1 urad RMS per axis, giving "
                "a 0.21 Strehl-equivalent loss at 2 km.",
                ("h", "4. Recommendations"),
                "Stiffen the elevation yoke; evaluate an inertially stabilized reference source."],
               [("h", "Appendix A. Sensor list"),
                "Accelerometers: 12 triaxial, 5 kHz. PSD: quad-cell InGaAs, 20 kHz bandwidth."]],
              author="Marrowgate Laboratories")
    label("beam_director_jitter_TR-0092.pdf", "ITAR", "XVIII", "technical_data", "cover")

    # I-19 explosive formulation report, bare "Export Controlled" on the last page (generic)
    write_pdf("melt_cast_formulation_trials_r2.pdf", "Melt-Cast Formulation Trials, Round 2",
              [[("title", "Melt-Cast Formulation Trials, Round 2"), "Wrenfield Energetics", "Process Development Memo 25-07"],
               [("h", "Formulations"),
                "Three DNAN-based melt-cast formulations were cast into 105 mm shell bodies: "
                "WE-31 (DNAN/NTO/RDX 40/45/15), WE-32 (DNAN/NTO/HMX 40/48/12) and WE-33 (WE-31 with "
                "2 % MNA). Cast temperature 98 C, controlled cooling over 9 h.",
                ("h", "Results"),
                "Radiography showed base gaps under 0.3 mm for WE-32 and WE-33; WE-31 had pipe "
                "cavities in 2 of 6 bodies. Large-scale gap test: WE-33 at 115 cards (insensitive). "
                "Detonation velocity 7.12 km/s (WE-32)."],
               [("h", "Next steps"),
                "Fast cook-off and bullet impact on WE-33 in the next quarter.",
                ("small", "EXPORT CONTROLLED. Contains technical data whose export is restricted by "
                          "U.S. law. Do not disclose to foreign persons without an export "
                          "authorization.")]],
              author="Wrenfield Energetics")
    label("melt_cast_formulation_trials_r2.pdf", "ITAR", "V", "technical_data", "last_page")

    # I-20 crypto device notes: banner
    write_text("kg_module_key_fill_interface_notes.txt", """
*** ITAR-CONTROLLED TECHNICAL DATA - USML CATEGORY XIII(b) ***
*** Subject to the International Traffic in Arms Regulations, 22 CFR Parts 120-130 ***

Key fill interface notes - inline encryptor module, engineering build 4

1. The DS-101 fill port is sampled at 64 kbit/s; the module accepts key tags only after the
   zeroize-status line reads high for 50 ms.
2. Tamper mesh continuity is checked every 200 ms by the supervisor FPGA; an open mesh
   triggers zeroize of the red-side key store within 4 ms (measured 2.7 ms).
3. Black-side Ethernet remains in bypass-deny until the crypto-ignition key is seated.
4. Known issue: after a power brown-out below 9 V for more than 30 ms the fill state machine
   stays in WAIT_TAG. Workaround: cycle the CIK. Fix scheduled for FPGA image 4.2.

*** ITAR-CONTROLLED TECHNICAL DATA - USML CATEGORY XIII(b) ***
""")
    label("kg_module_key_fill_interface_notes.txt", "ITAR", "XIII(b)", "technical_data", "banner")

    # I-21 engine parts list, ECCN/USML classification column in a spreadsheet
    write_xlsx("hot_section_spares_list.xlsx",
               [("Spares", ["Part number", "Description", "Qty", "Export Jurisdiction", "Classification"],
                 [["HS-40211-03", "HP turbine blade, stage 1, single crystal", 24, "ITAR", "USML XIX(f)(2)"],
                  ["HS-40212-01", "HP turbine vane segment, stage 1", 12, "ITAR", "USML XIX(f)(2)"],
                  ["HS-40330-07", "Combustor liner, outer", 2, "ITAR", "USML XIX(f)(2)"],
                  ["HS-40450-02", "Blade outer air seal", 36, "ITAR", "USML XIX(f)(2)"],
                  ["HS-90001-11", "Shipping container, blade set", 2, "EAR", "EAR99"]],
                 ["Engine program: military turbofan overhaul, customer PO 4500187721",
                  "Prepared by Halvard Avionics Supply Chain, 12 May 2025"])],
               title="Hot section spares list", author="Halvard Avionics")
    label("hot_section_spares_list.xlsx", "ITAR", "XIX(f)(2)", "technical_data", "table")

    # I-22 satellite data sheet with an export classification field
    write_docx("star_tracker_st9_datasheet.docx", "ST-9 Star Tracker - Engineering Data Sheet",
               [("t", [["Field", "Value"],
                       ["Part number", "ST9-100-02"],
                       ["Export classification", "USML XV(e)(11) - ITAR controlled (22 CFR 121.1)"],
                       ["Accuracy (3 sigma)", "2 arcsec cross-boresight, 12 arcsec roll"],
                       ["Update rate", "10 Hz"],
                       ["Sun exclusion angle", "26 deg"],
                       ["Radiation tolerance", "100 krad(Si) TID, SEL immune to 75 MeV-cm2/mg"],
                       ["Mass / power", "1.3 kg / 4.5 W"]]),
                "Mounting: three M5 fasteners on a 120 mm bolt circle. Baffle supplied separately."],
               author="Bramblecote Aerospace")
    label("star_tracker_st9_datasheet.docx", "ITAR", "XV(e)(11)", "technical_data", "field")

    # I-23 nearly empty transmittal cover sheet with ITAR legend on cover only
    write_pdf("drawing_transmittal_TX-2025-0331.pdf", "Drawing Transmittal TX-2025-0331",
              [[("title", "DRAWING TRANSMITTAL"),
                "Transmittal No. TX-2025-0331    Date: 31 March 2025",
                "From: Calder Point Systems Configuration Management   To: Ostrander Fluid Systems",
                "Contents: 14 drawings, torpedo afterbody hydraulic manifold (see list)",
                ("small", itar_long("IV")),
                "Receipt acknowledgment required within 5 working days."],
               [("h", "Drawing list"),
                ("mono", "CPS-7711-001 A  MANIFOLD BODY\nCPS-7711-002 B  END CAP\n"
                         "CPS-7711-003 A  SEAL RETAINER\n... 11 further sheets")],
               [("h", "Acknowledgment"), "Signature: ____________________   Date: __________"]],
              author="Calder Point Systems")
    label("drawing_transmittal_TX-2025-0331.pdf", "ITAR", "IV", "general", "cover")

    # I-24 over-marked mundane docx: ITAR header on a meeting logistics note
    write_docx("offsite_logistics_june.docx", "June Program Offsite - Logistics",
               ["Dates: 17-18 June. Location: Building 4 conference center, rooms B and C.",
                "Parking: use lot 7; visitor badges at the north lobby from 07:30.",
                "Lunch both days is catered; send dietary restrictions to Carla by 10 June.",
                "Dinner on the 17th at the Riverside Grill, 18:30. Carpool sign-up sheet to follow.",
                "Please bring laptops charged; the rooms have only four outlets each."],
               author="Carla Whitfield",
               header="ITAR CONTROLLED - This document may contain technical data subject to "
                      "22 CFR 120-130. Do not release to foreign persons.")
    label("offsite_logistics_june.docx", "ITAR", "", "general", "header")

    # I-25 marketing-like counter-UAS radar deck, ITAR on title slide
    write_pptx("cuas_radar_capability_brief.pptx", "SKYWARD-X Counter-UAS Radar",
               "Capability brief for DoD customers - ITAR Controlled (22 CFR 120-130, USML XI)",
               [("Why SKYWARD-X", ["Detects Group 1-3 UAS out to 10 km", "360 deg coverage, 4 panels",
                                   "Cue-to-effector in under 2 s"], ""),
                ("Architecture", ["X-band AESA, digital beamforming", "Micro-Doppler classifier",
                                  "Open interfaces: SAPIENT, ASTERIX CAT-062"], ""),
                ("Next steps", ["Live demo at the range in Q3", "Rough order of magnitude pricing on request"], "")],
               author="Gantry Hollow Robotics")
    label("cuas_radar_capability_brief.pptx", "ITAR", "XI", "general", "cover")

    # I-26 Outlook-style reply with the legend inside the quoted original message
    orig = (
        "From: Sung-min Park\n"
        "Sent: Friday, March 14, 2025 3:52 PM\n"
        "To: Eli Brandt\n"
        "Subject: Canopy fracture test - data package\n\n"
        "Technical Data - ITAR Controlled. Subject to the export control laws of the United "
        "States (22 CFR 120-130); USML Category VIII(h).\n\n"
        "Eli,\n\nBird strike test on the forward canopy transparency at 450 KEAS with a 4 lb bird: "
        "no penetration, inner ply crack 210 mm long at the arch attachment. Peak arch "
        "deflection 38 mm. Strain gauge SG-14 saturated; we will re-gauge with the 5,000 ue "
        "gauges before the aft canopy shot.\n\nSung-min\n")
    write_eml("re_canopy_fracture_data_package.eml", "Eli Brandt <ebrandt@bramblecote.example>",
              "Sung-min Park <spark@bramblecote.example>",
              "RE: Canopy fracture test - data package", "Mon, 17 Mar 2025 07:48:30 -0400",
              "Thanks Sung-min. Let's hold the aft canopy shot until the gauges arrive; I don't "
              "want another saturated channel.\n\nEli\n\n-----Original Message-----\n" + quote(orig) + "\n")
    label("re_canopy_fracture_data_package.eml", "ITAR", "VIII(h)", "technical_data", "forwarded")

    # I-27 spacecraft report with a long legend paragraph in the footer (regulatory-heavy)
    write_docx("propulsion_module_qualification_summary.docx",
               "Propulsion Module Qualification Summary - Hydrazine Monoprop Module PM-22",
               [("h", "1. Scope"),
                "Qualification of the PM-22 propulsion module for the geostationary bus: four "
                "22 N and eight 1 N thrusters, two 120 L titanium tanks with PMD, latch valves, "
                "filters and pressure transducers.",
                ("h", "2. Tests performed"),
                ("t", [["Test", "Level", "Result"],
                       ["Sine vibration", "20 g, 5-100 Hz", "pass"],
                       ["Random vibration", "12.6 grms", "pass"],
                       ["Pyroshock", "2,000 g SRS at 2 kHz", "pass"],
                       ["Thermal vacuum", "8 cycles, -20 to +60 C", "pass, 1 NCR (heater)"],
                       ["Hot fire (22 N)", "62,000 pulses, 4.1 h steady state", "pass"]]),
                ("h", "3. Nonconformances"),
                "NCR-221: tank heater thermostat set point 3 C above drawing; replaced, retested."],
               author="Bramblecote Aerospace",
               footer=("NOTICE - EXPORT CONTROLLED TECHNICAL DATA. This document contains technical "
                       "data within the definition of 22 CFR 120.33 relating to defense articles "
                       "enumerated in Category XV of the United States Munitions List, 22 CFR "
                       "121.1. Its export, reexport, or retransfer, including by release to foreign "
                       "persons employed by or visiting the recipient, requires a license or other "
                       "approval under 22 CFR Parts 123-126 or an exemption under 22 CFR 125.4. The "
                       "recipient shall include this notice on any reproduction in whole or in part "
                       "and shall comply with 22 CFR 122.5 recordkeeping. Penalties for violation "
                       "are set forth in 22 U.S.C. 2778 and 22 CFR Part 127."))
    label("propulsion_module_qualification_summary.docx", "ITAR", "XV", "technical_data", "footer")

    # I-28 radar design notes (markdown) with short banner
    write_text("airborne_radar_track_file_notes.md", """
**ITAR CONTROLLED** | USML Cat. XI(a)(3)(i) | 22 CFR 120-130

# Track file maintenance - airborne surveillance radar, software build 7.2

- Tracks are initiated on 2-of-3 detections within a 3 x 3 resolution-cell gate.
- Each track carries an IMM filter with constant-velocity and coordinated-turn (3 g) models.
- Track loss after 4 consecutive missed updates; coast at 1.5x gate growth per scan.
- Maximum 1,000 simultaneous air tracks at a 10 s scan; maritime mode 400 tracks, 6 s scan.
- Known problem: track swaps for crossing targets under 300 m separation. Adding
  feature-aided association (RCS, Doppler spread) in build 7.3.

Test reference: flight test FT-33, 2025-02-19, 312 truth tracks, 97.8 % track continuity.

**ITAR CONTROLLED** | USML Cat. XI(a)(3)(i) | 22 CFR 120-130
""")
    label("airborne_radar_track_file_notes.md", "ITAR", "XI(a)(3)(i)", "technical_data", "banner")

    # I-29 supplier certificate of conformance, ammunition component, ITAR on last page only
    write_pdf("coc_cartridge_case_lot_4471.pdf", "Certificate of Conformance - Lot 4471",
              [[("title", "CERTIFICATE OF CONFORMANCE"),
                "Supplier: Pell & Ashdown Machining, 1180 Foundry Road, Erie, PA",
                "Purchase order: 4500193320   Lot: 4471   Quantity: 24,000",
                "Item: Case, cartridge, 25 mm, steel, drawn, per customer drawing 25-C-118 rev F"],
               [("h", "Inspection summary"),
                ("mono", "Characteristic            Requirement     Sample  Result\n"
                         "Mouth wall thickness       0.52-0.58 mm    125     conforming\n"
                         "Primer pocket depth        6.10-6.20 mm    125     conforming\n"
                         "Hardness, head             HRB 85-95       32      conforming\n"
                         "Hydrostatic proof          400 MPa         13      conforming")],
               [("h", "Certification"),
                "We certify that the items above conform to the purchase order and drawing "
                "requirements. Records are retained for 10 years.",
                "Quality Manager: Hannah Sosa    Date: 28 April 2025",
                ("small", "ITAR NOTICE: The drawing and the data in this certificate are technical "
                          "data controlled under the International Traffic in Arms Regulations, "
                          "22 CFR 120-130 (USML Category III). Not for release to foreign persons.")]],
              author="Pell & Ashdown Machining")
    label("coc_cartridge_case_lot_4471.pdf", "ITAR", "III", "technical_data", "last_page")

    # I-30 docx: metadata keywords only
    write_docx("weapon_sight_reticle_alignment_worksheet.docx", "Reticle Alignment Worksheet - Sight Build 31",
               ["Build 31 reticles were aligned on the collimator bench at 20 C. Boresight error "
                "after potting ranged 0.08 to 0.21 mrad (limit 0.25 mrad).",
                ("t", [["Serial", "Az error (mrad)", "El error (mrad)", "Result"],
                       ["31-001", "0.08", "0.05", "pass"], ["31-002", "0.21", "0.11", "pass"],
                       ["31-003", "0.12", "0.19", "pass"], ["31-004", "0.31", "0.02", "rework"]]),
                "Unit 31-004 returned to potting for re-shim."],
               author="Orrin Vale Optics",
               core={"keywords": "ITAR; USML XII(c); 22 CFR 120-130; export controlled; thermal weapon sight",
                     "category": "Manufacturing record"})
    label("weapon_sight_reticle_alignment_worksheet.docx", "ITAR", "XII(c)", "technical_data", "metadata")

    # I-31 unmanned underwater vehicle: CUI designation block on text note (generic)
    write_text("xluuv_ballast_control_test_log.txt", """
CUI//SP-EXPT//FEDCON

Controlled by: Silverbeck Marine Systems, Undersea Vehicles
CUI Category: Export Controlled (EXPT)
Distribution/Dissemination Control: FEDCON
POC: Tomasz Wierzbicki, 401-555-0177

Variable ballast system - pierside test log, 3-5 June 2025

Day 1  Pump skid on shore power. Transfer rate 38 L/min at 600 m equivalent back-pressure.
Day 2  Vehicle in the test pool. Hover at 4 m depth held within 0.15 m for 40 min with trim
       tank cycling every 6 min. Pitch held to 0.4 deg.
Day 3  Simulated pump fault: emergency drop weight released on command in 180 ms; vehicle
       positive buoyancy 42 kg. Recovery by crane.

Issues: VB-07 valve position sensor drifts 2 % per hour when the hull is below 8 C.

CUI//SP-EXPT//FEDCON
""")
    label("xluuv_ballast_control_test_log.txt", "ITAR", "XX", "technical_data", "banner")

    # I-32 DXF: fuze housing with distribution statement D in the title block (generic)
    write_dxf("fuze_housing_FZ-880.dxf", "HOUSING, FUZE, PROXIMITY SENSOR", "FZ-880", "CALDER POINT SYSTEMS",
              ["MATERIAL: 6061-T6 ALUMINUM PER AMS-QQ-A-250/11.",
               "ANODIZE PER MIL-A-8625 TYPE II CLASS 1, BLACK.",
               "THREAD 2.000-12 UNS-2A, GAUGE PER ASME B1.2.",
               "DISTRIBUTION STATEMENT D. DISTRIBUTION AUTHORIZED TO THE DEPARTMENT OF DEFENSE AND U.S. "
               "DOD CONTRACTORS ONLY; CRITICAL TECHNOLOGY; 15 MAY 2025. OTHER REQUESTS SHALL BE REFERRED "
               "TO DEVCOM ARMAMENTS CENTER, PICATINNY ARSENAL, NJ.",
               "WARNING - THIS DOCUMENT CONTAINS TECHNICAL DATA WHOSE EXPORT IS RESTRICTED BY THE ARMS EXPORT "
               "CONTROL ACT (TITLE 22, U.S.C., SEC 2751 ET SEQ.)."],
              [("DWG_NO", "FZ-880"), ("REV", "B"), ("SCALE", "2:1"), ("SHEET", "1 OF 2"),
               ("DRAWN", "J. ORTIZ"), ("DIST", "D")],
              [(0, 0), (297, 0), (297, 210), (0, 210)], [(100, 110, 25), (100, 110, 20)])
    label("fuze_housing_FZ-880.dxf", "ITAR", "IV(h)", "technical_data", "title_block")

    # I-33 attached pdf with distribution statement C on the cover (generic): M-code receiver
    att = pdf_bytes("M-Code GPS Receiver Card Integration Note",
                    [[("title", "M-Code GPS Receiver Card: Platform Integration Note"),
                      "Halvard Avionics Navigation Products, IN-0415", "April 2025",
                      ("small", dist("C", "Export Controlled", "9 April 2025",
                                     "Space Systems Command, Los Angeles AFB, CA")),
                      ("small", WARN_AECA_ECRA)],
                     [("h", "Integration"),
                      "The receiver card requires keying through the DS-101 port before M-code "
                      "acquisition. Anti-jam performance with the 7-element CRPA is 40 dB J/S "
                      "improvement over a fixed reception pattern antenna in the broadband "
                      "barrage case.",
                      "Time to first fix from warm start with valid almanac: 38 s (M-code)."],
                     [("h", "Mechanical"), "SEM-E form factor, conduction-cooled, 0.9 kg."]])
    write_eml("mcode_card_integration_note.eml", "Frank Osei <fosei@halvard.example>",
              "Integration Team <integration@halvard.example>", "IN-0415 M-code card integration note",
              "Thu, 10 Apr 2025 11:20:00 -0500",
              "Team,\n\nThe integration note for the receiver card is attached. Please use it for "
              "the harness and keying-port drawings.\n\nFrank\n",
              [("IN-0415_integration_note.pdf", att)])
    label("mcode_card_integration_note.eml", "ITAR", "XII(d)", "technical_data", "attachment")

    # I-34 fire control deck with distribution statement F only in notes (generic)
    write_pptx("gun_fire_control_ballistic_kernel_tim.pptx", "Ballistic Kernel Update - TIM #4",
               "Marrowgate Laboratories / Naval Surface Fire Control",
               [("Kernel changes", ["Drag tables for the 5-inch extended-range projectile",
                                    "Coriolis and drift terms re-derived", "Solution time 3.1 ms on target CPU"],
                 dist("F", "", "12 June 2025", "NSWC Dahlgren Division, Code G30")),
                ("Validation", ["Compared with 212 range firing points", "Mean range error 0.18 %",
                                "Deflection error 0.4 mil RMS"],
                 "Validation plots are in the backup slides."),
                ("Backup", ["Range error vs quadrant elevation", "Met message sensitivity"], "")],
               author="Marrowgate Laboratories")
    label("gun_fire_control_ballistic_kernel_tim.pptx", "ITAR", "XII", "technical_data", "notes")

    # I-35 aircraft parts list, export classification column
    write_xlsx("rotor_head_parts_classification.xlsx",
               [("Parts", ["Item", "Part number", "Nomenclature", "Export Classification", "Source"],
                 [[1, "RH-11020-5", "Elastomeric bearing, main rotor", "ITAR USML VIII(h)(1)", "make"],
                  [2, "RH-11044-1", "Pitch link assembly", "ITAR USML VIII(h)(1)", "buy"],
                  [3, "RH-11090-3", "Swashplate, rotating", "ITAR USML VIII(h)(1)", "make"],
                  [4, "RH-11201-2", "Blade fold actuator", "ITAR USML VIII(h)(1)", "buy"],
                  [5, "MS21042L4", "Nut, self-locking", "EAR99", "buy"]])],
               title="Rotor head parts", author="Bramblecote Aerospace")
    label("rotor_head_parts_classification.xlsx", "ITAR", "VIII(h)(1)", "technical_data", "table")

    # I-36 university TCP legend in a docx header: scramjet combustor
    write_docx("scramjet_cavity_flameholder_lab_notes.docx",
               "Cavity Flameholder Runs - Direct-Connect Rig, Week 23",
               ["Runs 231-236 at Mach 2.2 combustor entry, 1,600 K total temperature, ethylene fuel "
                "injected 10 mm upstream of a L/D 4 cavity with 22.5 deg aft ramp.",
                "Lean blowout equivalence ratio 0.31 with the pilot injector; 0.44 without. "
                "Combustion efficiency from exit rake 0.83 at phi 0.6.",
                "Wall heat flux at the cavity trailing edge peaked at 3.9 MW/m2; the copper insert "
                "showed erosion after run 235 and was replaced.",
                "Data are on the project share under TCP folder /HX-7/week23."],
               author="Northfold University Propulsion Lab",
               header="EXPORT CONTROLLED - ITAR (22 CFR 120-130). Access limited to U.S. persons "
                      "listed on Technology Control Plan TCP-2024-017, Northfold University.")
    label("scramjet_cavity_flameholder_lab_notes.docx", "ITAR", "IV", "technical_data", "header")

    # I-37 chemical agent detector report, distribution B + export notice on last page (generic)
    write_pdf("agent_detector_field_trial_summary.pdf", "Point Agent Detector Field Trial Summary",
              [[("title", "Point Chemical Agent Detector - Field Trial Summary"), "Quillan Technologies", "Report QT-FT-19"],
               [("h", "Trial"),
                "Twelve detectors were operated for 21 days in a vehicle-mounted configuration. "
                "Simulant challenges (DMMP, MeS) were released at 0.1 to 5 mg/m3; detection time "
                "at 1 mg/m3 DMMP averaged 11 s. False alarm rate from diesel exhaust: 0.3 per "
                "detector-day after the firmware 2.3 interferent filter."],
               [("h", "Conclusions"),
                "Meets the threshold detection time for G-series surrogates. Blister surrogate "
                "sensitivity requires the heated inlet option.",
                ("small", dist("B", "Test and Evaluation", "2 May 2025",
                               "JPEO-CBRND, Aberdeen Proving Ground, MD 21010")),
                ("small", EXPORT_NOTICE_5230)]],
              author="Quillan Technologies")
    label("agent_detector_field_trial_summary.pdf", "ITAR", "XIV", "technical_data", "last_page")


# ==============================================================================================
# EAR-marked items (with ECCN)

def ear_items() -> None:
    # E-1 high-temperature MCU qualification, ECCN in docx header
    write_docx("mcu_hightemp_qualification_report.docx", "CX-420 Microcontroller High-Temperature Qualification",
               [("h", "Summary"),
                "The CX-420 32-bit microcontroller was qualified for operation at 175 C ambient "
                "for downhole and engine-mounted customers. HTOL at 185 C for 2,000 h on 231 units "
                "across three wafer lots produced zero failures.",
                ("t", [["Test", "Condition", "Sample", "Fails"],
                       ["HTOL", "185 C, 5.5 V, 2,000 h", "231", "0"],
                       ["HAST", "130 C/85 %RH, 96 h", "77", "0"],
                       ["Temp cycle", "-65/+175 C, 1,000 cyc", "77", "0"],
                       ["ESD HBM", "4 kV", "3", "0"]]),
                "Flash retention was verified at 10 years at 175 C by extrapolation from 250 C bake."],
               author="Corvane Semiconductor",
               header="EXPORT CONTROLLED - EAR - ECCN 3A001.a.2.c - subject to 15 CFR 730-774")
    label("mcu_hightemp_qualification_report.docx", "EAR", "3A001.a.2.c", "technical_data", "header")

    # E-2 VPN appliance design description, EAR legend on PDF cover only
    write_pdf("vpn_gateway_crypto_design_description.pdf", "VG-5000 Cryptographic Design Description",
              [[("title", "VG-5000 VPN Gateway: Cryptographic Design Description"),
                "Marrowgate Networks, Document CDD-5000 v2.1", "February 2025",
                ("small", ear_long("5A002.a")),
                ("small", "Marrowgate Networks Confidential")],
               [("h", "1. Algorithms"),
                "IKEv2 with ECDH P-384 and ML-KEM-768 hybrid key establishment; AES-256-GCM for ESP; "
                "SHA-384 PRF. Certificates: ECDSA P-384, RSA-3072 fallback.",
                ("h", "2. Key storage"),
                "Long-term keys live in the on-board HSM (FIPS 140-3 Level 3); session keys never "
                "leave the crypto FPGA."],
               [("h", "3. Throughput"),
                "38 Gb/s IMIX AES-256-GCM with 10,000 tunnels; 1,900 tunnel setups per second.",
                ("h", "4. Self tests"),
                "Power-up KATs for every algorithm; continuous RNG health tests per SP 800-90B."],
               [("h", "5. Revision history"), "v2.0 Nov 2024 initial; v2.1 Feb 2025 hybrid KEM added."]],
              author="Marrowgate Networks")
    label("vpn_gateway_crypto_design_description.pdf", "EAR", "5A002.a", "technical_data", "cover")

    # E-3 thermal camera core test report, legend on the last page only
    write_pdf("lwir_core_640_ntd_test_report.pdf", "LWIR Core 640 - NETD and Frame Rate Test Report",
              [[("title", "LWIR Camera Core 640: NETD and Frame Rate Test Report"), "Lumen Sable Imaging", "TR-640-014"],
               [("h", "Unit under test"),
                "Uncooled VOx microbolometer core, 640 x 512, 12 um pitch, f/1.0 19 mm lens.",
                ("h", "Results"),
                "NETD 38 mK at 30 C scene (f/1.0). Full-rate output 60 Hz measured on the "
                "unrestricted firmware build; time constant 9.2 ms. Operability 99.93 %."],
               [("h", "Conclusion"),
                "Meets the datasheet limits. The 60 Hz build must ship only under the export "
                "authorization noted below; commercial catalog cores are locked to 9 Hz.",
                ("small", "Export classification: ECCN 6A003.b.4.b. This document and the "
                          "technology it describes are subject to the U.S. Export Administration "
                          "Regulations (15 CFR Parts 730-774). Export, reexport or transfer "
                          "contrary to U.S. law is prohibited.")]],
              author="Lumen Sable Imaging")
    label("lwir_core_640_ntd_test_report.pdf", "EAR", "6A003.b.4.b", "technical_data", "last_page")

    # E-4 turbine blade cooling technology deck, ECCN in speaker notes
    write_pptx("hp_turbine_blade_cooling_review.pptx", "HP Turbine Blade Cooling - Design Review",
               "Commercial turbofan derivative | Ostrander Propulsion | March 2025",
               [("Cooling scheme", ["Serpentine 3-pass with trip strips", "Shaped film holes, 10-10-10 laidback fan",
                                    "Leading edge showerhead, 5 rows"],
                 "Export note for presenters: the cooling hole geometry and the single-crystal casting "
                 "data are technology controlled under ECCN 9E003.a.2 of the Export Administration "
                 "Regulations (15 CFR 774, Supp. 1). No foreign-person attendees without a license."),
                ("Results", ["Overall cooling effectiveness 0.62 at take-off", "Metal temp margin 28 K at 1,750 K TIT",
                             "Coolant flow 3.1 % of core flow"], ""),
                ("Risks", ["Film hole blockage from coating overspray", "Casting core shift"], "")],
               author="Ostrander Propulsion")
    label("hp_turbine_blade_cooling_review.pptx", "EAR", "9E003.a.2", "technical_data", "notes")

    # E-5 five-axis machine tool deck, ECCN on title slide
    write_pptx("fiveaxis_mill_acceptance_results.pptx", "PA-5X Five-Axis Machining Center - Acceptance Results",
               "Pell & Ashdown Machining | ECCN 2B001.b.2 - EAR controlled (15 CFR 730-774)",
               [("Positioning accuracy", ["X/Y/Z unidirectional repeatability 1.1 / 1.0 / 1.3 um (ISO 230-2)",
                                          "A/C rotary 2.4 / 2.1 arcsec"], ""),
                ("Cutting tests", ["NAS 979 cone-frustum: circularity 6 um", "Surface finish Ra 0.3 um in Ti-6Al-4V"], ""),
                ("Shipment", ["Crate 3 of 3 ships 24 June", "Installation at customer site week 27"], "")],
               author="Pell & Ashdown Machining")
    label("fiveaxis_mill_acceptance_results.pptx", "EAR", "2B001.b.2", "technical_data", "cover")

    # E-6 carbon fiber prepreg process spec, ECCN in docx subject metadata
    write_docx("prepreg_cure_cycle_process_spec.docx", "Process Spec KLC-PS-118: Autoclave Cure of IM Carbon/Epoxy Prepreg",
               [("h", "1. Material"),
                "Intermediate-modulus carbon fiber (tensile strength 6.4 GPa, specific modulus "
                "17.1 x 10^6 m) in toughened epoxy, 190 g/m2 unidirectional tape.",
                ("h", "2. Cure cycle"),
                "Ramp 1.5 C/min to 120 C, hold 60 min; ramp to 180 C, hold 120 min at 0.69 MPa "
                "autoclave pressure with full vacuum. Cool at under 3 C/min to 60 C before venting.",
                ("h", "3. Acceptance"),
                "Void content under 1 % by acid digestion; Tg (DMA onset) at least 195 C."],
               author="Kestrel Lane Composites",
               core={"subject": "EAR controlled technology - ECCN 1C010.b / 1E001 - 15 CFR 730-774"})
    label("prepreg_cure_cycle_process_spec.docx", "EAR", "1C010.b", "technical_data", "metadata")

    # E-7 INS alignment memo, custom property only
    write_docx("ins_gyrocompass_alignment_memo.docx", "Gyrocompass Alignment Time Reduction",
               ["The fiber-optic INS now completes stationary gyrocompass alignment in 4.5 min at "
                "45 deg latitude (was 8 min), with heading accuracy 0.05 deg sec(lat) 1 sigma.",
                "Free-inertial drift over 1 h after the shorter alignment: 0.6 nmi CEP across 30 "
                "runs on the rate table, inside the 0.8 nmi/h specification.",
                "The firmware change (bias observability step during leveling) is in release 5.1."],
               author="Halvard Navigation",
               custom={"ECCN": "7A003.a", "Jurisdiction": "EAR (15 CFR 730-774)"})
    label("ins_gyrocompass_alignment_memo.docx", "EAR", "7A003.a", "technical_data", "metadata")

    # E-8 AI accelerator datasheet, ECCN in PDF keywords only
    write_pdf("inference_accelerator_card_datasheet.pdf", "QX-900 Accelerator Card - Preliminary Datasheet",
              [[("h", "QX-900 Accelerator Card"),
                "PCIe Gen5 x16 full-height, dual-slot, 450 W.",
                ("mono", "Dense FP8 throughput      1,850 TFLOPS\nDense BF16 throughput       925 TFLOPS\n"
                         "HBM3e capacity / bandwidth   144 GB / 4.8 TB/s\nCard-to-card link       900 GB/s"),
                "Total processing performance (TPP) 14,800."],
               [("h", "Software"), "Drivers for Linux kernel 6.x; ONNX runtime execution provider."],
               [("h", "Ordering"), "QX-900-P (passive), QX-900-L (liquid cooled)."]],
              author="Corvane Semiconductor", subject="Preliminary datasheet",
              keywords="ECCN 3A090.a; EAR controlled; license required for D:1, D:4, D:5 destinations; 15 CFR 742.6(a)(6)")
    label("inference_accelerator_card_datasheet.pdf", "EAR", "3A090.a", "technical_data", "metadata")

    # E-9 DXF: chemical plant heat exchanger
    write_dxf("hastelloy_condenser_HX-3340.dxf", "CONDENSER, SHELL AND TUBE, HASTELLOY C-276", "HX-3340",
              "OSTRANDER FLUID SYSTEMS",
              ["ALL WETTED PARTS HASTELLOY C-276 (UNS N10276).",
               "HEAT TRANSFER AREA 2.4 M2; TUBE OD 19.05 MM, 84 TUBES.",
               "HYDROTEST SHELL 15 BAR, TUBES 10 BAR.",
               "EXPORT CONTROL: ECCN 2B350.d.2 - SUBJECT TO THE EAR (15 CFR 730-774). CB AND AT CONTROLS APPLY."],
              [("DWG_NO", "HX-3340"), ("REV", "D"), ("SCALE", "1:10"), ("DRAWN", "M. ROWE"),
               ("ECCN", "2B350.d.2")],
              [(0, 0), (594, 0), (594, 420), (0, 420)], [(150, 210, 60), (450, 210, 60)])
    label("hastelloy_condenser_HX-3340.dxf", "EAR", "2B350.d.2", "technical_data", "title_block")

    # E-10 DXF: 600-series military aircraft part under the EAR
    write_dxf("avionics_tray_bracket_9A610x.dxf", "BRACKET, AVIONICS TRAY, AFT", "AT-5512", "HALVARD AVIONICS",
              ["MATERIAL: 7075-T7351 PLATE.",
               "CHEMICAL CONVERSION COAT PER MIL-DTL-5541 TYPE II.",
               "FOR USE ON MILITARY TRAINER AIRCRAFT ONLY.",
               "ECCN 9A610.x - SUBJECT TO THE EXPORT ADMINISTRATION REGULATIONS. LICENSE REQUIRED FOR MOST DESTINATIONS."],
              [("DWG_NO", "AT-5512"), ("REV", "A"), ("SCALE", "1:1"), ("DRAWN", "S. KUMAR"),
               ("EXPORT", "EAR 9A610.x")],
              [(0, 0), (210, 0), (210, 148), (0, 148)], [(40, 40, 4), (170, 40, 4), (40, 110, 4), (170, 110, 4)])
    label("avionics_tray_bracket_9A610x.dxf", "EAR", "9A610.x", "technical_data", "title_block")

    # E-11 forwarded mail: mass market crypto classification in the forwarded part
    fwd = ("From: Export Compliance <export@quillan.example>\n"
           "Date: Mon, Feb 3, 2025 at 10:02 AM\n"
           "Subject: Classification - SecureSync Mobile 4.x\n"
           "To: Product Management <pm@quillan.example>\n\n"
           "Classification record EC-2025-014\n"
           "Item: SecureSync Mobile app, version 4.x (iOS/Android)\n"
           "Export Classification: ECCN 5D992.c (mass market, 15 CFR 740.17(b)(1))\n"
           "Subject to the EAR, 15 CFR 730-774. Not for export to Country Group E:1/E:2.\n\n"
           "Basis: TLS 1.3 and AES-256 for data in transit and at rest; no user-configurable "
           "cryptography; sold through app stores to the general public.\n")
    write_eml("fw_securesync_classification.eml", "Nadia Ferreira <nferreira@quillan.example>",
              "Reseller Desk <resellers@quillan.example>", "Fwd: Classification - SecureSync Mobile 4.x",
              "Tue, 4 Feb 2025 13:25:44 +0000",
              "Forwarding for the reseller onboarding pack. Please attach this to the partner FAQ.\n\n"
              "Nadia\n\n---------- Forwarded message ---------\n" + fwd)
    label("fw_securesync_classification.eml", "EAR", "5D992.c", "general", "forwarded")

    # E-12 attached docx with ECCN header: MMIC process technology
    att = docx_bytes("GaN-on-SiC 0.15 um Process: Gate Recess Control",
                     ["The gate recess etch depth controls threshold voltage within +/-0.12 V across "
                      "a 100 mm wafer. Endpoint is by optical emission at 417 nm; over-etch 8 s.",
                      "Devices from the revised process reached 5.2 W/mm at 30 GHz with 38 % PAE.",
                      ("t", [["Wafer", "Vth mean (V)", "Vth sigma (V)", "Pout (W/mm)"],
                             ["W14", "-2.41", "0.05", "5.1"], ["W15", "-2.38", "0.04", "5.2"]])],
                     author="Tessaline Microwave",
                     header="EAR CONTROLLED TECHNOLOGY - ECCN 3E001 (for 3A001.b.2) - 15 CFR Parts 730-774")
    write_eml("gan_gate_recess_update.eml", "Wen Zhou <wzhou@tessaline.example>",
              "Fab Engineering <fab-eng@tessaline.example>", "Gate recess control update",
              "Fri, 14 Mar 2025 16:02:10 -0700",
              "Hi all,\n\nSummary of the recess etch work is attached. Short version: the OES "
              "endpoint works and sigma is down by half.\n\nWen\n",
              [("gate_recess_control.docx", att)])
    label("gan_gate_recess_update.eml", "EAR", "3E001", "technical_data", "attachment")

    # E-13 BOM spreadsheet with ECCN column; one controlled MMIC, rest EAR99
    write_xlsx("radio_frontend_bom_rev_c.xlsx",
               [("BOM", ["Ref", "Manufacturer P/N", "Description", "Qty", "ECCN"],
                 [["U1", "TSM-2931", "GaN MMIC power amplifier 27-31 GHz, 10 W", 1, "3A001.b.2.d"],
                  ["U2", "TSM-1120", "LNA 27-31 GHz", 1, "EAR99"],
                  ["U3", "CX-420", "Microcontroller", 1, "EAR99"],
                  ["J1", "SMP-F-02", "Connector, SMP", 2, "EAR99"],
                  ["FL1", "WG-BPF-29", "Waveguide bandpass filter", 1, "EAR99"]])],
               title="Ka-band front end BOM rev C", author="Tessaline Microwave")
    label("radio_frontend_bom_rev_c.xlsx", "EAR", "3A001.b.2.d", "technical_data", "table")

    # E-14 laser product list, Export Classification column
    write_xlsx("fiber_laser_catalog_export_data.xlsx",
               [("Products", ["Model", "Description", "Avg power (W)", "Export Classification", "Notes"],
                 [["YF-2000", "CW ytterbium fiber laser, single mode", 2000, "6A005.b.6.b", "license required CN, RU"],
                  ["YF-3000", "CW ytterbium fiber laser, single mode", 3000, "6A005.b.6.b", ""],
                  ["YF-6000M", "CW multimode fiber laser", 6000, "6A005.b.6.b", ""],
                  ["HD-2", "Processing head", "", "EAR99", ""]])],
               title="Export data - fiber lasers", author="Lumen Sable Photonics")
    label("fiber_laser_catalog_export_data.xlsx", "EAR", "6A005.b.6.b", "technical_data", "table")

    # E-15 crypto library source with EAR banner
    write_text("keyvault_fw_crypto_core_notes.txt", """
EXPORT CONTROLLED - EAR - ECCN 5D002.c.1 - 15 CFR 730-774 - NOT PUBLICLY AVAILABLE
-----------------------------------------------------------------------------------

keyvault-fw crypto core, internal release 3.4 - developer notes

- AES-256-XTS for the storage path is offloaded to the SoC engine; software fallback
  uses the bitsliced implementation in crypto/aes_bs.c (constant time, 11.2 cycles/byte).
- Key wrapping: AES-KW (RFC 3394) with a device-unique KEK derived by HKDF-SHA-384 from
  the fused root secret and the partition label.
- Attestation keys: ECDSA P-384, generated on-device; the private scalar never leaves OTP
  shadow RAM.
- New in 3.4: ML-DSA-65 signature verification for firmware images (FIPS 204).
- Customer builds for distributors outside the U.S. are made under license exception
  ENC 740.17(b)(1) paperwork held by trade compliance; do not push this tree to the public mirror.

-----------------------------------------------------------------------------------
EXPORT CONTROLLED - EAR - ECCN 5D002.c.1 - 15 CFR 730-774 - NOT PUBLICLY AVAILABLE
""")
    label("keyvault_fw_crypto_core_notes.txt", "EAR", "5D002.c.1", "technical_data", "banner")

    # E-16 markdown banner: HPC cluster design note with ECCN 4A994
    write_text("rack_cluster_thermal_design.md", """
> EAR CONTROLLED | ECCN 4A994.b | Subject to the Export Administration Regulations (15 CFR 730-774)

# Rack cluster thermal design - site B

- 24 compute nodes per rack, 2 CPU sockets each, rear-door heat exchangers rated 45 kW.
- Supply water 18 C, return 27 C; flow 4.2 m3/h per rack.
- Measured inlet air 23.5 C at full load (LINPACK), hottest CPU 81 C.
- Adjusted blanking panels on racks 3 and 7; hot spots cleared.

Open item: the interconnect switches in the top 2U run 6 C hotter than modelled; move to
front-to-back airflow SKU.

> EAR CONTROLLED | ECCN 4A994.b | Subject to the Export Administration Regulations (15 CFR 730-774)
""")
    label("rack_cluster_thermal_design.md", "EAR", "4A994.b", "technical_data", "banner")

    # E-17 spacecraft (600-series-like 9E515) agency-style EAR legend in docx footer
    write_docx("cubesat_bus_thermal_model_correlation.docx",
               "CubeSat Bus Thermal Model Correlation - 12U Platform",
               ["The 12U bus thermal model (412 nodes) was correlated to thermal balance test "
                "data. After adjusting the solar array hinge conductance from 0.35 to 0.21 W/K and "
                "the battery box emissivity to 0.82, all 36 sensors are within 3 C of prediction "
                "in the hot and cold cases.",
                ("t", [["Case", "Max error (C)", "RMS error (C)"],
                       ["Hot operational", "2.7", "1.1"], ["Cold safe mode", "2.9", "1.4"]]),
                "Predicted flight battery range: 4 to 31 C."],
               author="Bramblecote Aerospace", footer=ear_agency("9E515.a"))
    label("cubesat_bus_thermal_model_correlation.docx", "EAR", "9E515.a", "technical_data", "footer")

    # E-18 CBRN protective mask test record with export classification field
    write_docx("respirator_filter_canister_test_record.docx", "Filter Canister Test Record - Lot FC-25-118",
               [("t", [["Field", "Entry"],
                       ["Product", "QF-40 CBRN filter canister, 40 mm thread"],
                       ["Export Classification", "ECCN 1A004.a.2 (EAR, 15 CFR 774 Supp. 1)"],
                       ["Standard", "NIOSH CBRN APR / EN 14387"],
                       ["Lot size", "4,800"]]),
                "DMMP breakthrough time at 32 L/min: 88 min (requirement 50 min). Cyanogen "
                "chloride: 41 min (requirement 15 min). Particulate penetration 0.0012 % with "
                "DOP 0.3 um.",
                "Lot accepted."],
               author="Quillan Technologies")
    label("respirator_filter_canister_test_record.docx", "EAR", "1A004.a.2", "technical_data", "field")

    # E-19 DOE-style ECI cover sheet: pressure transducer calibration (generic, body says EAR 2B230)
    write_pdf("capacitance_manometer_calibration_study.pdf", "Capacitance Manometer Calibration Study",
              [[("title", "Corrosion-Resistant Capacitance Manometer Calibration Study"),
                "Halberd Ridge National Laboratory (operated for the U.S. Department of Energy)",
                "HRNL-TM-2025/044", "March 2025",
                ("small", "EXPORT CONTROLLED INFORMATION. Contains technical information whose export "
                          "is restricted by statute. Violations may result in administrative, civil, "
                          "and/or criminal penalties. Limit dissemination to U.S. persons. Reviewing "
                          "official: D. Marsh, Export Control Office. Date: 03/11/2025.")],
               [("h", "1. Instruments"),
                "Six 0-13 kPa full-scale capacitance manometers with Inconel diaphragms and "
                "sensing elements, accuracy better than 0.5 % of full scale, were calibrated "
                "against a piston gauge in UF6-compatible service configuration.",
                ("h", "2. Method"),
                "Ten-point ascending and descending calibration at 45 C controlled sensor "
                "temperature; zero drift logged over 72 h."],
               [("h", "3. Results"),
                "Worst-case deviation 0.11 % FS; hysteresis 0.03 % FS; 72 h zero drift 0.02 % FS.",
                ("h", "4. Conclusion"), "Suitable for the process monitoring upgrade."]],
              author="HRNL")
    label("capacitance_manometer_calibration_study.pdf", "EAR", "2B230", "technical_data", "cover")

    # E-20 GaN MMIC datasheet draft with bare "Export Controlled" on last page (generic)
    write_pdf("ku_band_pa_mmic_datasheet_draft.pdf", "TSM-1412 Ku-band Power Amplifier MMIC - Draft Datasheet",
              [[("title", "TSM-1412 Ku-band GaN Power Amplifier MMIC"), "Draft datasheet rev 0.4", "Tessaline Microwave"],
               [("h", "Key specifications"),
                ("mono", "Frequency          13.5 - 15.5 GHz\nPsat               42.5 dBm (17.8 W)\n"
                         "PAE                 36 %\nSmall-signal gain   27 dB\nVd / Idq            28 V / 600 mA"),
                "Die size 3.8 x 2.9 mm, 100 um SiC substrate."],
               [("h", "Application notes"),
                "Bias sequencing: apply Vg (-3 V) before Vd; remove Vd before Vg.",
                ("small", "EXPORT CONTROLLED - This document contains technical data subject to U.S. "
                          "export controls. Do not disclose to foreign persons without authorization.")]],
              author="Tessaline Microwave")
    label("ku_band_pa_mmic_datasheet_draft.pdf", "EAR", "3A001.b.2", "technical_data", "last_page")

    # E-21 attachment pdf: GNSS receiver, ECCN on cover
    att = pdf_bytes("NR-7 Timing Receiver Export Data Sheet",
                    [[("title", "NR-7 GNSS Timing Receiver"), "Export and Trade Data Sheet",
                      ("small", "ECCN 7A994 - subject to the Export Administration Regulations, "
                                "15 CFR Parts 730-774. HTS 8526.91.0020. Country of origin: USA.")],
                     [("h", "Description"),
                      "Multi-constellation L1/L5 timing receiver, 5 ns RMS to UTC, holdover 1.5 us "
                      "over 24 h with the OCXO option. COCOM limits enforced (515 m/s, 18 km)."],
                     [("h", "Contacts"), "Trade compliance: trade@halvard.example"]])
    write_eml("nr7_export_data_for_distributor.eml", "Trade Compliance <trade@halvard.example>",
              "orders@beaconparts.example", "NR-7 export data sheet",
              "Wed, 30 Apr 2025 10:00:00 -0500",
              "Hello,\n\nAs requested, the export data sheet for the NR-7 is attached for your "
              "customs filing.\n\nRegards,\nTrade Compliance\nHalvard Navigation\n",
              [("NR-7_export_data_sheet.pdf", att)])
    label("nr7_export_data_for_distributor.eml", "EAR", "7A994", "general", "attachment")

    # E-22 commercial UAV flight test notes under Distribution C (generic; body is dual-use UAV)
    write_text("long_endurance_uav_flight_test_07.txt", """
DISTRIBUTION STATEMENT C. Distribution authorized to U.S. Government agencies and their
contractors; Export Controlled; 19 June 2025. Other requests for this document shall be
referred to Gantry Hollow Robotics, Program Office, 55 Mill Race Road, Ogden, UT.

WARNING - This document contains technical data whose export is restricted by the Arms Export
Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export Control Reform Act of 2018
(Title 50, U.S.C., Chapter 58, Sec 4801-4852). Violations of these export laws are subject to
severe criminal penalties.

Flight test 07 - GH-40 long-endurance fixed-wing UAS (civil survey configuration)

Endurance: 27.5 h on the heavy-fuel engine, 11 kg payload, 3,000 m MSL.
Autonomous waypoint navigation with lost-link return; beyond-line-of-sight via satcom.
Fuel burn 0.41 kg/h at cruise; landing weight 38 kg.
Anomaly: alternator output dropped to 180 W for 12 min at hour 19 (icing suspected).

DISTRIBUTION STATEMENT C - Export Controlled
""")
    label("long_endurance_uav_flight_test_07.txt", "EAR", "9A012", "technical_data", "banner")

    # E-23 thermal imaging deck with CUI//SP-EXPT in notes (generic; dual-use thermal camera)
    write_pptx("border_thermal_camera_pilot_results.pptx", "Long-Range Thermal Camera - Pilot Deployment Results",
               "Lumen Sable Imaging | Customer review",
               [("Deployment", ["6 towers, 42 days", "Cooled MWIR, 640 x 512, 15-600 mm continuous zoom",
                                "Human detection at 11 km, vehicle at 19 km"],
                 "CUI//SP-EXPT\nControlled by: Lumen Sable Imaging, Government Programs\n"
                 "CUI Category: EXPT\nLimited Dissemination Control: FEDCON\nPOC: Ines Vaughn, 520-555-0182"),
                ("Findings", ["Detection range met in 38 of 42 nights", "Humidity above 85 % cut range by 30 %"], ""),
                ("Next", ["Firmware 3.2 with turbulence mitigation", "Second pilot in Q4"], "")],
               author="Lumen Sable Imaging")
    label("border_thermal_camera_pilot_results.pptx", "EAR", "6A003.b.4", "technical_data", "notes")

    # E-24 mass market router firmware release notes, ECCN in docx header
    write_docx("router_fw_6_2_release_notes.docx", "HomeMesh Router Firmware 6.2 Release Notes",
               ["New: WPA3-Personal transition mode on by default; WireGuard client for remote access.",
                "Fixed: DHCP lease table lost after reboot on the 3-node kit.",
                "Fixed: guest network isolation bypass when band steering moved a client between radios.",
                "Known issue: the mobile app shows 'offline' for up to 90 s after an update."],
               author="Quillan Consumer",
               header="Export Classification: ECCN 5A992.c / 5D992.c - mass market - EAR 740.17(b)(1)")
    label("router_fw_6_2_release_notes.docx", "EAR", "5A992.c", "general", "header")

    # E-25 over-marking: holiday schedule with an EAR header
    write_docx("plant_holiday_shutdown_schedule.docx", "Plant Holiday Shutdown Schedule 2025",
               ["The plant closes from 24 December at 14:00 through 1 January. Maintenance crews "
                "work 27-30 December on the compressor overhaul.",
                "Badge access during shutdown requires a supervisor-approved list sent to security "
                "by 15 December.",
                "Payroll runs on 23 December. Time sheets are due 22 December at noon."],
               author="Corvane Semiconductor Facilities",
               header="EAR CONTROLLED - ECCN 3A991 - Corvane Semiconductor Fab 2")
    label("plant_holiday_shutdown_schedule.docx", "EAR", "3A991", "general", "header")

    # E-26 machining center export quotation with long legend and DCS on the cover only
    write_pdf("machining_center_export_quotation_Q-88120.pdf", "Quotation Q-88120 - PA-5X Machining Center",
              [[("title", "QUOTATION Q-88120"),
                "Pell & Ashdown Machining, Erie, PA - to: Tessaline Microwave GmbH c/o U.S. purchasing office",
                "Item 1: PA-5X five-axis machining center with 2-axis tilting rotary table",
                ("small", "EXPORT CONTROL CLASSIFICATION: ECCN 2B001.a. The equipment, software and "
                          "technical documentation offered in this quotation are subject to the "
                          "Export Administration Regulations, 15 CFR Parts 730-774. An export license "
                          "from the Bureau of Industry and Security may be required depending on the "
                          "destination, end-user and end-use; the buyer shall provide an end-user "
                          "statement (BIS-711 or equivalent) before order acceptance."),
                ("small", "Destination Control Statement (15 CFR 758.6): " + DCS_758)],
               [("h", "Commercial terms"),
                "Price: USD 1,240,000 FCA Erie. Delivery 34 weeks after receipt of export license. "
                "Payment: 30 % with order, 60 % before shipment, 10 % after acceptance.",
                "Warranty: 12 months from acceptance or 18 months from shipment."],
               [("h", "Technical summary"),
                "Travel 1,000 x 800 x 600 mm; spindle 18,000 rpm, 40 kW; positioning accuracy "
                "4 um (ISO 230-2), repeatability 1.5 um."],
               [("h", "Acceptance"), "Signature and date: ____________________"]],
              author="Pell & Ashdown Machining")
    label("machining_center_export_quotation_Q-88120.pdf", "EAR", "2B001.a", "general", "cover")

    # E-27 600-series military vehicle part in markdown with banner
    write_text("tactical_truck_suspension_arm_change.md", """
EXPORT CONTROLLED - EAR - ECCN 0A606.x - 15 CFR 730-774

# Engineering change EC-3391 - lower control arm, tactical truck independent suspension

Problem: fatigue cracks at the ball joint boss on 3 fleet vehicles after 22,000 km of
cross-country duty cycle.

Change:
- Boss radius increased from 6 mm to 10 mm; forging die re-cut.
- Material stays 4340 at 38-42 HRC; add shot peen 0.010-0.014A to the boss.
- Predicted fatigue life at the durability-course spectrum: 3.1x baseline.

Validation: 2 arms on the 4-poster rig to 250,000 cycles at 1.3x load, then magnetic
particle inspection.

EXPORT CONTROLLED - EAR - ECCN 0A606.x - 15 CFR 730-774
""")
    label("tactical_truck_suspension_arm_change.md", "EAR", "0A606.x", "technical_data", "banner")

    # E-28 encrypted radio source listing with banner at top and bottom
    write_text("pmr_radio_voice_crypto_module_src.txt", r'''
// ============================================================================
// EAR CONTROLLED SOFTWARE - ECCN 5D002.c.1 - 15 CFR 730-774
// Marrowgate Networks - do not distribute outside the radio firmware team
// ============================================================================

#include <stdint.h>
#include "aes256.h"

/* Voice frame protection for the professional mobile radio, 20 ms AMBE frames.
 * AES-256 in counter mode; IV = (talkgroup << 32) | superframe counter.
 * Key IDs 1..255 are loaded over the air (OTAR) and wrapped with the KEK. */

void voice_protect(const aes256_ctx *ctx, uint32_t tg, uint32_t sf, uint8_t *frame, int len)
{
    uint8_t ks[16];
    uint8_t iv[16] = {0};
    iv[0] = tg >> 24; iv[1] = tg >> 16; iv[2] = tg >> 8; iv[3] = tg;
    iv[4] = sf >> 24; iv[5] = sf >> 16; iv[6] = sf >> 8; iv[7] = sf;
    aes256_encrypt_block(ctx, iv, ks);
    for (int i = 0; i < len && i < 16; i++)
        frame[i] ^= ks[i];
}

// ============================================================================
// EAR CONTROLLED SOFTWARE - ECCN 5D002.c.1 - 15 CFR 730-774
// ============================================================================
''')
    label("pmr_radio_voice_crypto_module_src.txt", "EAR", "5D002.c.1", "technical_data", "banner")

    # E-29 lidar docx: marking only in the title metadata
    write_docx("lidar_receiver_timing_jitter.docx", "Lidar receiver timing jitter - bench results",
               ["The 1,550 nm time-of-flight receiver measured 28 ps RMS timing jitter with the new "
                "constant-fraction discriminator, giving 4.2 mm single-shot range precision.",
                "Maximum range on a 10 % target: 310 m at 100 klx sunlight.",
                "Next: repeat with the 32-channel APD array."],
               author="Lumen Sable Photonics",
               core={"subject": "[EAR - ECCN 6A008.j.1] Controlled technology, 15 CFR 730-774",
                     "category": "Engineering"})
    label("lidar_receiver_timing_jitter.docx", "EAR", "6A008.j.1", "technical_data", "metadata")

    # E-30 AUV marketing deck, ECCN on title slide
    write_pptx("survey_auv_product_overview.pptx", "DeepTrace 3000 Survey AUV",
               "Product overview | Silverbeck Marine Systems | Export classification: ECCN 8A001.c (EAR, 15 CFR 774)",
               [("Mission", ["Seabed survey to 3,000 m", "24 h endurance at 3 kn", "Synthetic aperture sonar + MBES"], ""),
                ("Navigation", ["DVL-aided INS, 0.05 % distance travelled", "USBL updates from the support vessel"], ""),
                ("Support", ["Training course, 5 days", "Spares kit and annual service plan"], "")],
               author="Silverbeck Marine Systems")
    label("survey_auv_product_overview.pptx", "EAR", "8A001.c", "general", "cover")

    # E-31 forwarded mail (Outlook) with software ECCN in the quoted part
    orig = ("From: Trade Compliance\nSent: Wednesday, January 15, 2025 9:14 AM\nTo: Support Managers\n"
            "Subject: Export classification - SpectraLink Analyzer software 9.0\n\n"
            "SpectraLink Analyzer 9.0 (network forensics software with decryption of captured "
            "TLS sessions via key import) is classified ECCN 5D002.c.1 under the EAR (15 CFR "
            "730-774). Downloads from the support portal are geo-blocked for E:1 and E:2; all "
            "other destinations ship under ENC 740.17(b)(2) after the customer questionnaire.\n")
    write_eml("fw_spectralink_export_classification.eml", "Rosa Lindqvist <rlindqvist@marrowgate.example>",
              "Support EMEA <support-emea@marrowgate.example>",
              "FW: Export classification - SpectraLink Analyzer software 9.0", "Thu, 16 Jan 2025 08:30:00 +0000",
              "Please use the wording below when partners ask. Do not change the ECCN text.\n\n"
              "Rosa\n\n-----Original Message-----\n" + quote(orig) + "\n")
    label("fw_spectralink_export_classification.eml", "EAR", "5D002.c.1", "general", "forwarded")

    # E-32 composite technology footer
    write_docx("filament_winding_tension_control.docx", "Filament Winding Tension Control Upgrade",
               ["Fiber tension on the 6-axis winder is now closed-loop at 200 Hz with dancer-arm "
                "feedback; tension ripple fell from +/-12 % to +/-3 % at 60 m/min.",
                "Hoop-wound test cylinders (150 mm ID) reached 2.31 GPa hoop stress at burst, "
                "9 % above the open-loop baseline.",
                "The controller uses the same coordinated motion card as the fiber placement cell."],
               author="Kestrel Lane Composites",
               footer="EAR Controlled Technology - ECCN 1E001 (for 1B001.a) - Export, reexport or "
                      "transfer requires authorization under 15 CFR Parts 730-774.")
    label("filament_winding_tension_control.docx", "EAR", "1E001", "technical_data", "footer")


# ==============================================================================================
# EAR99-marked items

def ear99_items() -> None:
    write_docx("pump_seal_replacement_procedure.docx", "Procedure MP-204: Mechanical Seal Replacement, Process Pump P-17",
               ["1. Lock out and tag out the motor; close suction and discharge valves; drain casing.",
                "2. Remove the coupling guard and spacer; mark the shaft position.",
                "3. Withdraw the back pull-out assembly; remove the cartridge seal set screws.",
                "4. Install the new cartridge seal with setting clips; torque gland nuts to 25 N-m.",
                "5. Reassemble, align the coupling to 0.05 mm TIR, remove setting clips, vent and start."],
               author="Ostrander Fluid Systems",
               footer="EAR99 - NLR. Subject to the Export Administration Regulations (15 CFR 730-774).")
    label("pump_seal_replacement_procedure.docx", "EAR", "EAR99", "technical_data", "footer")

    write_pdf("commercial_invoice_INV-20931.pdf", "Commercial Invoice INV-20931",
              [[("title", "COMMERCIAL INVOICE INV-20931"),
                "Seller: Ostrander Fluid Systems, 700 Canal St, Dayton, OH", "Buyer: Aguas del Valle S.A., Monterrey, Mexico",
                ("mono", "Line  Part         Description                       Qty  Unit USD\n"
                         "1     OFS-CP-80    Centrifugal pump, 80 m3/h          2    9,850.00\n"
                         "2     OFS-MS-45    Mechanical seal kit                6      640.00\n"
                         "3     OFS-GK-10    Gasket kit                         6       48.00")],
               [("h", "Shipping"), "Incoterms: DAP Monterrey. Gross weight 612 kg, 2 crates."],
               [("h", "Declaration"),
                "We declare that the information on this invoice is true and correct.",
                ("small", "Export Classification: EAR99 / NLR. " + DCS_758)]],
              author="Ostrander Fluid Systems")
    label("commercial_invoice_INV-20931.pdf", "EAR", "EAR99", "general", "last_page")

    write_xlsx("hvac_spares_export_list.xlsx",
               [("Spares", ["Part", "Description", "HTS", "ECCN", "Country of origin"],
                 [["HV-2210", "Blower wheel 400 mm", "8414.90.1080", "EAR99", "US"],
                  ["HV-3104", "Damper actuator 24 V", "8501.10.4060", "EAR99", "MX"],
                  ["HV-5580", "Pleated filter MERV 13", "8421.39.8015", "EAR99", "US"],
                  ["HV-7002", "Thermostat, programmable", "9032.10.0030", "EAR99", "CN"]])],
               title="HVAC spares export list", author="Quillan Building Products")
    label("hvac_spares_export_list.xlsx", "EAR", "EAR99", "general", "table")

    fwd = ("From: Compliance Desk <compliance@gantryhollow.example>\n"
           "Date: Thu, May 15, 2025 at 2:40 PM\n"
           "Subject: Re: Classification of conveyor controller CC-200\n"
           "To: Sales Ops <salesops@gantryhollow.example>\n\n"
           "CC-200 conveyor controller and its configuration tool are EAR99 (subject to the EAR, "
           "15 CFR 730-774; not listed on the CCL). NLR to Brazil; no end-user concerns with the "
           "named customer after screening.\n")
    write_eml("fwd_cc200_classification_brazil.eml", "Luis Andrade <landrade@gantryhollow.example>",
              "Beatriz Costa <bcosta@distribuidora.example>", "Fwd: Classification of conveyor controller CC-200",
              "Fri, 16 May 2025 09:12:00 -0400",
              "Beatriz,\n\nSee below from our compliance desk. You can proceed with the order.\n\n"
              "Luis\n\n---------- Forwarded message ---------\n" + fwd)
    label("fwd_cc200_classification_brazil.eml", "EAR", "EAR99", "general", "forwarded")

    write_text("coffee_grinder_burr_wear_study.txt", """
EXPORT CLASSIFICATION: EAR99 (NLR) -- Subject to the U.S. Export Administration Regulations

Burr wear study - commercial flat-burr grinder, 75 mm steel burrs

Throughput: 1,200 kg of medium-roast beans over 14 weeks in a cafe setting.
Particle size (laser diffraction, espresso setting): D50 moved from 310 um to 342 um.
Fines (<100 um) rose from 14 % to 19 % by volume; extraction yield dropped 1.2 points.
Recommendation: replace burrs every 900 kg for espresso; 1,500 kg for filter.

EXPORT CLASSIFICATION: EAR99 (NLR)
""")
    label("coffee_grinder_burr_wear_study.txt", "EAR", "EAR99", "technical_data", "banner")

    write_dxf("bicycle_rack_mount_BR-220.dxf", "MOUNT, BICYCLE RACK, HITCH", "BR-220", "KESTREL LANE OUTDOOR",
              ["MATERIAL: 6061-T6 EXTRUSION.", "POWDER COAT BLACK, 60-80 UM.", "BREAK SHARP EDGES."],
              [("DWG_NO", "BR-220"), ("REV", "B"), ("SCALE", "1:2"), ("DRAWN", "K. LANE"),
               ("EXPORT_CLASS", "EAR99 NLR")],
              [(0, 0), (297, 0), (297, 210), (0, 210)], [(60, 100, 6), (230, 100, 6)])
    label("bicycle_rack_mount_BR-220.dxf", "EAR", "EAR99", "technical_data", "title_block")

    write_pptx("dishwasher_line_launch_plan.pptx", "ProClean Dishwasher Line - Export Launch Plan",
               "Export classification: EAR99 - subject to the EAR, 15 CFR 730-774 (NLR for launch markets)",
               [("Markets", ["Canada, Mexico, UK, Germany, Australia", "CE, UKCA, RCM certifications complete"], ""),
                ("Logistics", ["Consolidated containers from the Memphis DC", "Lead time 6 weeks"], ""),
                ("Risks", ["Voltage variants for AU", "Packaging drop test rework"], "")],
               author="Quillan Consumer")
    label("dishwasher_line_launch_plan.pptx", "EAR", "EAR99", "general", "cover")

    write_docx("forklift_battery_charger_manual_excerpt.docx", "Battery Charger BC-48 - Operator Manual Excerpt",
               ["Connect the charger only to a grounded 208-240 VAC outlet.",
                "Charge profile: IUIa, 48 V nominal, 80 A bulk; equalize weekly.",
                "Fault codes: E1 over-temperature, E2 battery not detected, E3 output short."],
               author="Gantry Hollow Robotics",
               core={"keywords": "EAR99; NLR; export classification; charger; BC-48"})
    label("forklift_battery_charger_manual_excerpt.docx", "EAR", "EAR99", "general", "metadata")

    write_pdf("office_chair_durability_report.pdf", "Task Chair TC-9 Durability Test Report",
              [[("title", "Task Chair TC-9: Durability Test Report"), "Bramblecote Furniture Lab",
                ("small", ear99_note("This report accompanies export shipments of the TC-9 product line."))],
               [("h", "Tests"), "Seat cycle test 120,000 cycles at 136 kg per BIFMA X5.1; "
                                "backrest fatigue 120,000 cycles; caster durability 98 km."],
               [("h", "Result"), "All tests passed; one caster replaced at 61 km (not a failure mode)."]],
              author="Bramblecote Furniture Lab")
    label("office_chair_durability_report.pdf", "EAR", "EAR99", "general", "cover")


# ==============================================================================================
# unmarked hard negatives: documents about export control

def negative_items() -> None:
    def neg(name: str) -> None:
        label(name, "UNCONTROLLED", "", "hard_negative", "none")

    write_text("wiki_how_we_mark_documents.md", """
# How we mark documents (Engineering wiki)

Most of our work is commercial, but some programs produce export-controlled data. This page
explains how to pick a marking and where to put it. It is guidance, not a marked document.

## Picking the marking
Ask Trade Compliance for the classification first. Then:

1. If the data relates to a defense article, compliance will give you a USML category and you
   use the ITAR legend. An example of what that legend looks like on a drawing is
   "ITAR CONTROLLED - USML Cat. XI(a)(3) - 22 CFR 120-130" in the title block notes.
2. If it is dual-use, you will get an ECCN. The header would then read something like
   "EXPORT CONTROLLED - EAR - ECCN 3A001.b.2", with the full EAR sentence on the cover page.
3. If it is EAR99, most teams write "EAR99 - NLR" on shipping papers only; engineering
   documents do not need it.

## Where to put it
Header and footer of every page for Word documents; the title slide and the footer of every
slide for decks; the title block for drawings. Do not bury it in the file properties only.

## Common mistakes
- Copying "Distribution Statement D" from a customer document onto our own commercial work.
- Marking everything ITAR "just in case". Over-marking makes people ignore the markings.
- Forgetting to carry the marking into e-mail when pasting excerpts.

Questions: trade-compliance@ on Slack.
""")
    neg("wiki_how_we_mark_documents.md")

    write_pptx("export_awareness_training_2025.pptx", "Export Control Awareness 2025",
               "Annual training for engineering staff",
               [("Why this matters", ["ITAR: 22 CFR 120-130, administered by DDTC",
                                      "EAR: 15 CFR 730-774, administered by BIS",
                                      "Penalties for individuals as well as companies"], ""),
                ("Spot the marking", ["Example: \"ITAR CONTROLLED - USML Category XV(e)\"",
                                      "Example: \"ECCN 5A002.a - subject to the EAR\"",
                                      "Example: \"CUI//SP-EXPT\" banner on a customer document"],
                 "Ask the class where each of these examples would appear on a real document."),
                ("Deemed exports", ["Showing controlled data to a foreign person in the U.S. is an export",
                                    "Includes visitors, interns, and remote colleagues"], ""),
                ("Quiz", ["Is a public conference paper controlled?", "Who decides the classification?"],
                 "Answers: usually not, if published; Trade Compliance decides.")],
               author="Training Office")
    neg("export_awareness_training_2025.pptx")

    write_text("export_compliance_faq.txt", """
Export Compliance - Frequently Asked Questions (internal FAQ, updated May 2025)

Q: A customer drawing arrived with "WARNING - This document contains technical data whose
   export is restricted by the Arms Export Control Act". What do I do?
A: Treat the drawing as controlled, store it on the controlled share, and tell Trade Compliance
   which program it belongs to. The warning text itself comes from DoD Instruction 5230.24.

Q: What is the difference between a USML category and an ECCN?
A: A USML category (for example Category XII) places an item under the ITAR (22 CFR 121.1).
   An ECCN such as 6A003.b.4 places an item on the Commerce Control List under the EAR
   (15 CFR 774, Supplement 1). Items subject to the EAR but not on the CCL are EAR99.

Q: Our product sheet says "EAR99". Can I send it anywhere?
A: Usually, but not to embargoed destinations or denied parties. Always screen the customer.

Q: Can I put "ITAR" in the subject line to be safe?
A: No. Over-marking causes confusion and costs. Ask for a classification instead.
""")
    neg("export_compliance_faq.txt")

    write_text("vendor_export_classification_page.md", """
# Export classification information - Quillan SecureSync

Customers and distributors often ask us for the export classification of our products.

**SecureSync Mobile** is classified under ECCN 5D992.c as mass-market encryption software
according to 15 CFR 740.17(b)(1). **SecureSync Gateway** hardware is classified 5A992.c.
Neither product is subject to the ITAR.

These classifications are provided for informational purposes. Exporters are responsible
for determining license requirements for their own transactions, including screening
against the Entity List and other restricted-party lists.

Last updated: 2 June 2025. Contact: trade@quillan.example
""")
    neg("vendor_export_classification_page.md")

    write_text("issue_eccn_of_this_library.txt", """
Issue #412: What is the ECCN of this library?

opened by dkaminski

Our legal team needs an export classification for every open-source dependency before we can
ship to a customer in the EU. Does this project have an ECCN? It implements AES-GCM and
X25519, so I assume it is 5D002? Is there a TSU notification on file?

---
comment by maintainer-lt

We are not lawyers and cannot give you an ECCN. Publicly available encryption source code is
generally not subject to the EAR once published (15 CFR 734.3(b)(3) and 742.15(b)), but
that is for your counsel to decide. We have no plans to put "ECCN 5D002" anywhere in the repo.

---
comment by dkaminski

Thanks, that helps. Closing.
""")
    neg("issue_eccn_of_this_library.txt")

    write_docx("job_posting_rf_engineer.docx", "Job Posting: Senior RF Design Engineer",
               ["Tessaline Microwave is hiring a senior RF engineer to design GaN power amplifiers "
                "for radar and satellite communication customers.",
                ("h", "Requirements"),
                "BSEE or higher; 7+ years of MMIC or hybrid PA design; experience with load-pull "
                "and EM simulation.",
                "This position requires access to technology and technical data subject to the "
                "International Traffic in Arms Regulations (ITAR) and the Export Administration "
                "Regulations (EAR). Applicants must be U.S. persons as defined in 22 CFR 120.62 "
                "(U.S. citizens, lawful permanent residents, or protected individuals) or be "
                "eligible for an export license.",
                ("h", "Benefits"), "401(k) match, relocation, flexible schedule."],
               author="Tessaline Recruiting")
    neg("job_posting_rf_engineer.docx")

    write_text("itar_part120_plain_language_summary.txt", """
Plain-language summary: ITAR Part 120 after the 2022 reorganization

The Directorate of Defense Trade Controls reorganized Part 120 of the ITAR effective
September 2022. Definitions moved into subpart C. The most-cited ones:

- Technical data is now defined at 22 CFR 120.33 (formerly 120.10).
- Public domain is at 22 CFR 120.34; fundamental research is covered there.
- Export is at 120.50; reexport at 120.51; release at 120.56.
- U.S. person is at 120.62; foreign person at 120.63.

Nothing in the reorganization changed the U.S. Munitions List (22 CFR 121.1) itself, so a
document that says "USML Category XI(a)(3)" means what it meant before. Company procedures
that quote "22 CFR 120.10" in their legends should be updated at their next revision.
""")
    neg("itar_part120_plain_language_summary.txt")

    write_eml("newsletter_bis_rule_roundup.eml", "Trade Law Digest <digest@tradelawdigest.example>",
              "subscribers@tradelawdigest.example", "Rule roundup: advanced computing controls",
              "Tue, 21 Jan 2025 07:00:00 -0500",
              "TRADE LAW DIGEST - weekly roundup\n\n"
              "1. BIS revises advanced computing rules. The interim final rule adjusts ECCN 3A090.a "
              "thresholds and the related 4A090 computers, and expands license requirements under "
              "15 CFR 742.6(a)(6). Companies should re-check classifications of accelerator cards "
              "with a total processing performance above 4,800.\n\n"
              "2. DDTC publishes guidance on marking technical data. The FAQ reminds exporters that "
              "a legend such as \"ITAR Controlled\" is not required by the ITAR but is a best practice.\n\n"
              "3. Webinar: deemed exports in university labs, 12 February.\n\n"
              "You are receiving this because you subscribed at tradelawdigest.example.\n")
    neg("newsletter_bis_rule_roundup.eml")

    write_pdf("university_export_control_manual_excerpt.pdf", "Northfold University Export Control Manual - Chapter 4",
              [[("title", "Export Control Compliance Manual"), "Northfold University, Office of Research Compliance",
                "Chapter 4: Marking and Handling Controlled Information"],
               [("h", "4.1 When marking is needed"),
                "Most university research qualifies as fundamental research and is not subject to "
                "marking. Marking is needed when a sponsor furnishes controlled information or when "
                "a Technology Control Plan (TCP) is in place.",
                ("h", "4.2 Example legends"),
                "For ITAR-controlled information, the Office recommends a legend such as: \"This "
                "document contains technical data subject to the ITAR, 22 CFR 120-130\". For items "
                "subject to the EAR, the ECCN should be stated, e.g. \"ECCN 9E515.a\". DoD sponsors "
                "use distribution statements B through F under DoDI 5230.24, for example "
                "\"Distribution Statement D ... Critical Technology\"."],
               [("h", "4.3 Handling"),
                "Controlled documents are kept in the TCP-approved storage, never on personal "
                "cloud accounts. Contact the Export Control Officer for any question.",
                "Revision 6, approved by the Vice President for Research."]],
              author="Northfold University")
    neg("university_export_control_manual_excerpt.pdf")

    write_docx("report_template_instructions.docx", "Technical Report Template - Instructions",
               ["Replace the bracketed text on the cover page before issuing.",
                "[Insert distribution statement here, e.g. DISTRIBUTION STATEMENT A. Approved for "
                "public release; distribution is unlimited. - or a limited statement B-F with a reason "
                "and date as directed by the contracting officer]",
                "[If the report contains export-controlled technical data, insert the export-control "
                "warning required by DoDI 5230.24 here. Ask Trade Compliance for the USML category or "
                "ECCN; do not guess.]",
                "Section 1 - Introduction: state the objective and the contract number.",
                "Section 2 - Approach; Section 3 - Results; Section 4 - Conclusions."],
               author="Technical Publications")
    neg("report_template_instructions.docx")

    write_xlsx("ccl_categories_training_reference.xlsx",
               [("CCL", ["Category", "Title", "Example ECCN", "Example item"],
                 [["0", "Nuclear materials, facilities and equipment", "0A606", "military vehicle parts (600 series)"],
                  ["1", "Materials, chemicals, microorganisms and toxins", "1C010", "carbon fiber"],
                  ["2", "Materials processing", "2B001", "machine tools"],
                  ["3", "Electronics", "3A001", "integrated circuits"],
                  ["4", "Computers", "4A994", "computers"],
                  ["5", "Telecommunications and information security", "5A002", "encryption items"],
                  ["6", "Sensors and lasers", "6A003", "thermal cameras"],
                  ["7", "Navigation and avionics", "7A003", "inertial navigation"],
                  ["8", "Marine", "8A001", "submersible vehicles"],
                  ["9", "Aerospace and propulsion", "9A012", "unmanned aerial vehicles"]],
                 ["Training reference only. Not a classification of any company product."])],
               title="CCL categories - training reference", author="Training Office")
    neg("ccl_categories_training_reference.xlsx")

    write_text("cui_marking_cheat_sheet.md", """
# CUI marking cheat sheet (for contractor staff)

The banner goes at the top (and usually bottom) of every page. Some examples you will see on
customer documents:

- `CUI` - basic CUI, no category needed in the banner.
- `CUI//SP-CTI` - controlled technical information (specified).
- `CUI//SP-EXPT` - export controlled; the document will normally also carry an ITAR or EAR legend.
- `CUI//SP-EXPT//FEDCON` - with a limited dissemination control.

The designation indicator block on the first page has four lines: "Controlled by", "CUI
Category", "Distribution/Dissemination Control" and "POC".

Do not add a CUI banner to our own commercial documents unless the contract requires it.
""")
    neg("cui_marking_cheat_sheet.md")

    write_text("paper_clearance_policy_announcement.txt", """
Conference paper clearance - reminder to all staff

Before you submit an abstract to an external conference, the paper must go through public
release review. Cleared papers carry the statement "DISTRIBUTION STATEMENT A. Approved for
public release; distribution is unlimited." on the first page. Papers that would need a
limited statement (B through F) or that contain export-controlled technical data cannot be
presented in open sessions.

Allow 20 working days for review. The review form is on the intranet under Publications.
""")
    neg("paper_clearance_policy_announcement.txt")

    write_eml("re_what_eccn_for_our_sensor.eml", "Carmen Diaz <cdiaz@harbourfreight-logistics.example>",
              "Sales <sales@lumensable.example>", "Re: What ECCN for the SX-12 sensor?",
              "Mon, 10 Mar 2025 12:30:00 +0000",
              "Thanks for the quick reply. For our records: you told us the SX-12 humidity sensor is "
              "EAR99 and that your thermal camera cores would be 6A003 items needing a license for some "
              "destinations. We only need the humidity sensors for now.\n\n"
              "Best,\nCarmen\n\n"
              "On Fri, 7 Mar 2025, Sales wrote:\n"
              "> Hi Carmen, the SX-12 is EAR99. If you ever order the LWIR cores, those are\n"
              "> classified under ECCN 6A003 and we would need end-user information.\n")
    neg("re_what_eccn_for_our_sensor.eml")

    write_docx("voluntary_disclosure_lessons_memo.docx", "Memo: Lessons from Published ITAR Consent Agreements",
               ["Privileged and confidential - prepared at the request of counsel.",
                "Recent consent agreements under 22 CFR 128 show three recurring failures: "
                "unauthorized release of technical data to foreign-person employees, missing "
                "markings on technical data sent to foreign suppliers, and inadequate "
                "jurisdiction determinations.",
                "In one matter the company had marked drawings \"ITAR Controlled - USML Category "
                "VIII(h)\" but emailed the same data unmarked to an offshore design house. The "
                "Department of State treated each transfer as a separate violation under 22 CFR 127.1.",
                "Recommendation: require automated scanning of outbound e-mail for USML categories "
                "and ECCNs, and refresh training on 22 CFR 127.12 voluntary disclosures."],
               author="Office of General Counsel")
    neg("voluntary_disclosure_lessons_memo.docx")

    write_text("news_itar_settlement_article.txt", """
Aerospace supplier settles ITAR charges for $3.4 million

A Midwest aerospace parts supplier agreed to pay $3.4 million to resolve alleged violations of
the Arms Export Control Act, the State Department announced on Tuesday. According to the
charging letter, the company exported drawings for military aircraft components controlled
under Category VIII of the U.S. Munitions List to a subcontractor abroad without a license,
and in some cases removed "ITAR CONTROLLED" legends from the drawings before sending them.

The company disclosed the conduct voluntarily and will appoint a special compliance officer
for two years. Half of the penalty is suspended on condition that it be spent on remedial
compliance measures.
""")
    neg("news_itar_settlement_article.txt")

    write_pptx("dlp_product_sales_deck.pptx", "Catch Export Leaks Before They Happen",
               "Data protection for defense and dual-use manufacturers",
               [("The problem", ["Engineers email drawings that say \"ITAR CONTROLLED\" in the title block",
                                 "Legends like \"ECCN 3A001\" are lost when data is copied",
                                 "Audits find unmarked technical data on shared drives"], ""),
                ("Our approach", ["Read every file type, including drawings and scans",
                                  "Recognize distribution statements and CUI banners",
                                  "Quarantine and notify, with an audit trail"], ""),
                ("Pricing", ["Per-seat licensing", "On-premises deployment"], "")],
               author="Sales")
    neg("dlp_product_sales_deck.pptx")

    write_text("compliance_committee_minutes_may.txt", """
Export Compliance Committee - minutes, 14 May 2025

Present: R. Lindqvist (chair), F. Osei, H. Sosa, W. Zhou

1. Classification backlog: 41 open requests. Nine are new 5A002 candidates from the gateway
   team; four possible USML Category XI items from the radar group need commodity
   jurisdiction review. Target: backlog under 20 by July.
2. Marking audit: the quarterly sample found 3 of 60 drawings without the required title
   block legend. Owners notified.
3. Training: completion 94 %. Reminder to managers.
4. Next meeting 11 June.
""")
    neg("compliance_committee_minutes_may.txt")

    write_docx("supplier_export_questionnaire_blank.docx", "Supplier Export Classification Questionnaire",
               ["Please complete for each part number supplied to Bramblecote Aerospace.",
                ("t", [["Question", "Answer"],
                       ["Part number", ""],
                       ["Is the item subject to the ITAR? If yes, USML category (e.g. VIII(h)):", ""],
                       ["If subject to the EAR, ECCN (e.g. 9A610.x) or EAR99:", ""],
                       ["Basis for classification (CJ, CCATS, self-classification):", ""],
                       ["Country of origin:", ""]]),
                "Return to supplierquality@bramblecote.example within 30 days."],
               author="Supplier Quality")
    neg("supplier_export_questionnaire_blank.docx")

    write_pdf("thesis_abstract_export_policy.pdf", "Thesis Abstract: Export Controls and Open Science",
              [[("title", "Export Controls and Open Science: Marking Practices at U.S. Research Universities"),
                "Master's thesis abstract, Northfold University School of Public Policy, 2025"],
               [("h", "Abstract"),
                "This thesis examines how research universities apply export-control markings. "
                "Interviews with 22 export control officers show wide variation: some label any "
                "sponsor-furnished data \"ITAR Controlled\", others rely on distribution "
                "statements such as \"Distribution Statement C\" supplied by the sponsor, and a few "
                "state the ECCN (for example 9E515) on every page. The study finds that "
                "over-marking reduces researchers' trust in markings."],
               [("h", "Keywords"), "export control; fundamental research; ITAR; EAR; marking"]],
              author="Northfold University")
    neg("thesis_abstract_export_policy.pdf")

    write_text("blog_itar_compliant_cloud_marketing.md", """
# "ITAR compliant" cloud: what the label does and does not mean

Cloud vendors love the phrase "ITAR compliant". There is no such certification. The ITAR
(22 CFR 120-130) regulates exports of defense articles and technical data; a hosting service
can only help you avoid an unauthorized export, for example by keeping data in U.S. regions
and limiting administrator access to U.S. persons.

The 2020 rule at 22 CFR 120.54(a)(5) says that sending unclassified technical data through a
foreign server is not an export if the data is encrypted end to end with FIPS 140-2 validated
cryptography. Read the rule, not the brochure.
""")
    neg("blog_itar_compliant_cloud_marketing.md")

    write_text("forum_is_my_drone_itar.txt", """
Forum: Model Aviation > Regulations

Thread: Is my drone ITAR?

skyhopper22: I built a fixed-wing FPV plane with a thermal camera. Is it ITAR? Do I need to put
"ITAR Controlled" on the build log I post online?

regs_nerd: Almost certainly not ITAR. Hobby drones fall under the EAR if anything. A long-range
UAV might be 9A012, and a thermal core could be 6A003 depending on frame rate and resolution,
but a 9 Hz camera is usually 6A993 or EAR99. Nothing you post publicly needs a marking.

skyhopper22: Thanks! No legend then.
""")
    neg("forum_is_my_drone_itar.txt")

    write_eml("onboarding_export_training_reminder.eml", "HR Onboarding <onboarding@calderpoint.example>",
              "New Hires <newhires-june@calderpoint.example>", "Week 1: complete export control training",
              "Mon, 2 Jun 2025 08:00:00 -0500",
              "Welcome to Calder Point Systems!\n\n"
              "Please finish the Export Control Awareness module by Friday. You will learn to recognize "
              "markings such as \"ITAR CONTROLLED\" in document headers, \"EXPORT CONTROLLED - EAR\" "
              "footers, and DoD distribution statements, and what to do when you see them.\n\n"
              "The module takes about 40 minutes.\n\nHR Onboarding\n")
    neg("onboarding_export_training_reminder.eml")

    write_xlsx("federal_register_rule_tracker.xlsx",
               [("Rules", ["Effective date", "Agency", "FR citation", "Topic", "Affected ECCNs / USML"],
                 [["2022-09-06", "DDTC", "87 FR 16396", "ITAR Part 120 reorganization", "definitions only"],
                  ["2023-11-17", "BIS", "88 FR 73458", "Advanced computing", "3A090, 4A090, 5A992"],
                  ["2024-09-06", "BIS", "89 FR 72926", "Quantum and semiconductor items", "3B001, 4A906"],
                  ["2024-12-02", "BIS", "89 FR 96790", "Foundry due diligence, HBM", "3A090.c, 3B993"]])],
               title="Federal Register rule tracker", author="Trade Compliance")
    neg("federal_register_rule_tracker.xlsx")

    write_dxf("public_release_demo_bracket_DEMO-01.dxf", "BRACKET, DEMONSTRATION", "DEMO-01", "NORTHFOLD UNIVERSITY MAKERSPACE",
              ["MATERIAL: PLA OR 6061 ALUMINUM.", "FOR TEACHING USE IN ME 210.",
               "DISTRIBUTION STATEMENT A. APPROVED FOR PUBLIC RELEASE; DISTRIBUTION IS UNLIMITED."],
              [("DWG_NO", "DEMO-01"), ("REV", "-"), ("SCALE", "1:1"), ("DRAWN", "ME 210 STAFF")],
              [(0, 0), (210, 0), (210, 148), (0, 148)], [(50, 70, 5), (160, 70, 5)])
    neg("public_release_demo_bracket_DEMO-01.dxf")

    write_text("regulation_summary_ear_part_734.txt", """
Summary: what is "subject to the EAR" (15 CFR Part 734)

Items are subject to the EAR if they are in the United States, are U.S.-origin wherever
located, or meet the de minimis or foreign direct product rules. Published information,
fundamental research results and educational information are not subject to the EAR
(15 CFR 734.3(b)(3)). Items subject to the EAR that are not listed on the CCL are designated
EAR99; listed items carry an ECCN such as 5A002 or 9A610.x. Items on the USML are subject to
the ITAR instead (15 CFR 734.3(b)(1)).
""")
    neg("regulation_summary_ear_part_734.txt")


# ==============================================================================================
# further marking variants: less common wordings and positions

def variant_items() -> None:
    # V-1 legend in the first-page header only (different first page)
    write_docx("radar_processor_fpga_resource_notes.docx", "Signal Processor FPGA - Resource and Timing Notes",
               ["Pulse compression and Doppler filter bank for the ground surveillance radar now fit "
                "in one device: 61 % LUTs, 78 % DSP slices, 54 % block RAM.",
                "The 4,096-point FFT path closes timing at 400 MHz with two extra pipeline stages.",
                "CFAR (OS-CFAR, 32 reference cells) moved from software to fabric; latency 2.3 us.",
                ("pb",),
                "Appendix: build settings. Vivado strategy Performance_ExplorePostRoutePhysOpt; "
                "seed sweep of 8 runs, best WNS +0.041 ns."],
               author="Tessaline Microwave",
               header="Contains ITAR-Restricted Technical Data - USML Category XI(c) - 22 CFR 121.1",
               first_page_only_header=True)
    label("radar_processor_fpga_resource_notes.docx", "ITAR", "XI(c)", "technical_data", "header")

    # V-2 rotated margin stamp on page 1 of a PDF
    write_pdf("crossdrive_transmission_cooling_study.pdf", "Cross-Drive Transmission Oil Cooling Study",
              [[("title", "Cross-Drive Transmission Oil Cooling Study"),
                "Harrow Ridge Dynamics - Tracked Vehicle Powertrain", "Study note PT-118"],
               [("h", "Problem"),
                "Sump temperature exceeded 135 C during the 10 % grade climb with the 1,100 hp "
                "engine at full load on the tracked infantry carrier demonstrator.",
                ("h", "Options"),
                "A: enlarge the oil-to-coolant cooler by 30 %; B: add a dedicated air-oil cooler "
                "in the rear sponson with its own fan; C: reduce steer pump flow at high range."],
               [("h", "Recommendation"),
                "Option B keeps sump below 121 C in all cases at a cost of 9 kW fan power. Mock-up "
                "fit check in the sponson is complete."]],
              author="Harrow Ridge Dynamics",
              stamp_first="EXPORT CONTROLLED - ITAR 22 CFR 120-130 - USML CAT VII(g) - U.S. PERSONS ONLY")
    label("crossdrive_transmission_cooling_study.pdf", "ITAR", "VII(g)", "technical_data", "cover")

    # V-3 spreadsheet with the legend only in the print header/footer
    write_xlsx("engine_module_inspection_intervals.xlsx",
               [("Intervals", ["Module", "Inspection", "Interval (cycles)", "Method"],
                 [["Fan", "Blade root dovetail", 3000, "ECI"],
                  ["HPC", "Stage 3 blisk leading edge", 2500, "borescope"],
                  ["HPT", "Stage 1 blade TBC loss", 1500, "borescope"],
                  ["LPT", "Case hot streak", 4000, "visual"]])],
               title="Engine module inspection intervals", author="Ostrander Propulsion",
               print_header="EAR CONTROLLED - ECCN 9E991 - 15 CFR 730-774",
               print_footer="Export classification 9E991. Not for release to foreign persons without review.")
    label("engine_module_inspection_intervals.xlsx", "EAR", "9E991", "technical_data", "header")

    # V-4 release review form with checkboxes (ITAR ticked)
    write_docx("release_review_form_pm22_paper.docx", "Document Release Review Form",
               [("t", [["Document", "PM-22 propulsion module lessons learned (conference paper draft)"],
                       ["Author", "A. Whitlock"],
                       ["Export control determination",
                        "\u2612 ITAR (USML Category XV)   \u2610 EAR (ECCN: ______)   \u2610 EAR99   \u2610 Not subject / public domain"],
                       ["Releasable to public?", "\u2610 Yes   \u2612 No - revise and resubmit"],
                       ["Reviewer", "M. Castellanos, Export Control Office, 5 May 2025"]]),
                "Comments: section 4 gives thruster pulse-mode performance and tank PMD geometry; "
                "remove before any public release."],
               author="Export Control Office")
    label("release_review_form_pm22_paper.docx", "ITAR", "XV", "general", "field")

    # V-5 same form, EAR ticked with an ECCN
    write_docx("release_review_form_cubesat_radio.docx", "Document Release Review Form",
               [("t", [["Document", "S-band CubeSat radio interface control document, rev B"],
                       ["Author", "J. Park"],
                       ["Export control determination",
                        "\u2610 ITAR (USML Category ___)   \u2612 EAR (ECCN: 9E515.f)   \u2610 EAR99   \u2610 Not subject / public domain"],
                       ["Releasable to public?", "\u2610 Yes   \u2612 No"],
                       ["Reviewer", "M. Castellanos, Export Control Office, 12 May 2025"]]),
                "Comments: share with university partners only after deemed-export review."],
               author="Export Control Office")
    label("release_review_form_cubesat_radio.docx", "EAR", "9E515.f", "general", "field")

    # V-6 marking only in the e-mail subject line; body is thin
    write_eml("itar_subject_canister_vent_numbers.eml", "Gil Navarro <gnavarro@calderpoint.example>",
              "Launcher Team <launcher@calderpoint.example>",
              "ITAR CONTROLLED: canister vent numbers updated",
              "Tue, 10 Jun 2025 11:47:00 -0500",
              "Numbers are updated on the program share under /analysis/vent. Please look before the "
              "2 pm meeting.\n\nGil\n")
    label("itar_subject_canister_vent_numbers.eml", "ITAR", "", "general", "header")

    # V-7 packing list with DSP-5 licence and USML category on the last page
    write_pdf("packing_list_PL-7731.pdf", "Packing List PL-7731",
              [[("title", "PACKING LIST PL-7731"),
                "Shipper: Orrin Vale Optics, 40 Lakeshore Dr, Rochester, NY",
                "Consignee: Ministry of Defence procurement agency (end user per licence)",
                ("mono", "Box  Contents                                   Qty  Net kg\n"
                         "1    Thermal sight module TS-640M                 4    11.2\n"
                         "2    Sight mount kit                              4     3.6\n"
                         "3    Operator manuals and data CD                 4     1.1")],
               [("h", "Marks and numbers"), "OVO/PL-7731/1-3. Dimensions per crate label."],
               [("h", "Export information"),
                ("small", "USML Category XII(e). Exported under DSP-5 License No. 050231117, "
                          "22 CFR 123.1. These commodities are authorized by the U.S. Government for "
                          "export only to the country of ultimate destination for use by the end-user "
                          "herein identified. They may not be resold, diverted, transferred, or "
                          "otherwise be disposed of, to any other country or end-user, either in their "
                          "original form or after being incorporated into other end-items, without "
                          "the prior written approval of the U.S. Department of State.")]],
              author="Orrin Vale Optics")
    label("packing_list_PL-7731.pdf", "ITAR", "XII(e)", "general", "last_page")

    # V-8 European-style datasheet field: AL number next to the ECCN
    write_docx("industrial_firewall_ifw200_datasheet.docx", "IFW-200 Industrial Firewall - Datasheet",
               ["Ruggedized firewall for substations and process plants: 8 x GbE, 2 x SFP, "
                "-40 to +75 C, IEC 61850-3.",
                ("t", [["Specification", "Value"],
                       ["Throughput", "2.4 Gb/s firewall, 900 Mb/s IPsec (AES-256)"],
                       ["VPN", "IPsec IKEv2, 250 tunnels; OpenVPN"],
                       ["Export classification", "AL: 5A002a1 / ECCN: 5A002.a.1"],
                       ["HS code", "8517.62"],
                       ["Origin", "USA"]])],
               author="Quillan Technologies")
    label("industrial_firewall_ifw200_datasheet.docx", "EAR", "5A002.a.1", "general", "field")

    # V-9 commercial pistol slide (now EAR 0A501) with footer legend
    write_docx("pistol_slide_machining_sequence.docx", "Machining Sequence - 9 mm Pistol Slide, OP10-OP60",
               [("t", [["Op", "Machine", "Operation", "Key tolerance"],
                       ["10", "HMC-1", "Rough profile, 416 stainless bar", "+/-0.2 mm"],
                       ["20", "HMC-1", "Breech face and firing pin channel", "0.02 mm position"],
                       ["30", "5-axis", "Serrations, optic cut", "0.05 mm"],
                       ["40", "Heat treat", "Harden to 40-42 HRC", "-"],
                       ["50", "Grinder", "Rails", "0.01 mm parallel"],
                       ["60", "Finish", "Nitride", "-"]]),
                "Cycle time 38 min per slide; scrap target under 2 %."],
               author="Pell & Ashdown Machining",
               footer="Export Control: EAR - ECCN 0A501.c (15 CFR 774, Supp. 1). License required for "
                      "export to all destinations except Canada. Technology: 0E501.")
    label("pistol_slide_machining_sequence.docx", "EAR", "0A501.c", "technical_data", "footer")

    # V-10 ADC eval board deck, vendor-style "Export Control Number" in notes
    write_pptx("adc_eval_board_customer_training.pptx", "AD16-250 Evaluation Board - Customer Training",
               "Corvane Semiconductor Field Applications",
               [("Board overview", ["16-bit, 250 MSPS ADC", "JESD204B, 4 lanes at 5 Gb/s", "On-board clock cleaner"],
                 "Export Control Number: 3A991.c.3. Subject to the Export Administration Regulations. "
                 "Check the customer against the restricted-party lists before shipping boards."),
                ("Performance", ["SNR 76.8 dBFS at 70 MHz", "SFDR 88 dBc"], ""),
                ("Getting started", ["Install the capture software", "Connect the 12 V supply and clock"], "")],
               author="Corvane Semiconductor")
    label("adc_eval_board_customer_training.pptx", "EAR", "3A991.c.3", "general", "notes")

    # V-11 abbreviated distribution statement on the title slide (generic)
    write_pptx("tps_arcjet_test_results.pptx", "TPS Coupon Arc-Jet Results - Series 4",
               "DISTRIBUTION D: DoD and U.S. DoD contractors only; Critical Technology; 3 Apr 2025. "
               "Other requests to AFRL/RQ. Export controlled - see warning in notes.",
               [("Test matrix", ["12 coupons, C/C-SiC and UHTC-coated C/C", "Heat flux 4-9 MW/m2, 60 s exposures",
                                 "Surface temperature to 2,350 C"], WARN_AECA_ECRA),
                ("Results", ["UHTC coating recession 0.08 mm at 9 MW/m2", "C/C-SiC oxidation spalling at 7 MW/m2"], ""),
                ("Next", ["Leading-edge sub-scale article in Series 5"], "")],
               author="Marrowgate Laboratories")
    label("tps_arcjet_test_results.pptx", "ITAR", "IV", "technical_data", "cover")

    # V-12 older-style distribution statement with administrative reason in footer (generic)
    write_docx("satcom_terminal_link_margin_update.docx", "Manpack SATCOM Terminal - Link Margin Update",
               ["With the new 2.2 W power amplifier the UHF manpack terminal closes the WCDMA-based "
                "satellite link with 3.1 dB margin at 10 deg elevation in foliage.",
                "Crypto initialization time after a cold start is unchanged at 42 s.",
                "Battery life at 1:4 transmit duty: 11.5 h with the BB-2590 battery."],
               author="Halvard Communications",
               footer="Distribution authorized to U.S. Government agencies and their contractors; "
                      "Administrative or Operational Use; 14 March 2025. Other requests for this "
                      "document shall be referred to PEO C3T.\n" + WARN_AECA_EAA)
    label("satcom_terminal_link_margin_update.docx", "ITAR", "XI", "technical_data", "footer")

    # V-13 regulation citation only: no word "ITAR", USML paragraph cited
    write_docx("recon_pod_camera_focus_drift.docx", "Reconnaissance Pod Camera - Focus Drift Investigation",
               ["The long-range oblique camera in the pod showed focus drift of 22 um over the "
                "-40 to +20 C descent profile. The invar metering rods were re-bonded and the focus "
                "compensation table re-derived at 5 C steps.",
                "After the fix, MTF at Nyquist stays above 0.18 across the profile."],
               author="Orrin Vale Optics",
               header="Export of this data is controlled under 22 CFR 121.1, Category XIII(a). "
                      "Release to foreign persons requires U.S. Department of State approval.",
               header_style="Normal")
    label("recon_pod_camera_focus_drift.docx", "ITAR", "XIII(a)", "technical_data", "header")

    # V-14 multi-category CUI banner (generic) in markdown
    write_text("ship_signature_trial_summary.md", """
CUI//SP-CTI/SP-EXPT

# Acoustic and magnetic signature trial - summary

Controlled by: Silverbeck Marine Systems, Signatures Group
CUI Categories: CTI, EXPT
Limited Dissemination Control: FEDCON
POC: Henrik Solberg, 401-555-0190

- Radiated noise at 8 kn reduced 6 dB in the 100-400 Hz band after the raft mount change.
- Blade-rate tonal at 12 Hz remains; propeller skew change under study.
- Magnetic signature within limits after deperm at the facility.

CUI//SP-CTI/SP-EXPT
""")
    label("ship_signature_trial_summary.md", "ITAR", "VI", "technical_data", "banner")

    # V-15 Thunderbird-style quoted reply carrying an ECCN
    orig = ("ECCN: 3E002 - technology subject to the EAR (15 CFR 730-774).\n\n"
            "Vector unit timing closure notes: the 512-bit datapath now meets 1.9 GHz at the "
            "slow corner after splitting the shuffle network into two stages. Power at the "
            "nominal voltage is 3.2 W per core. Please keep these notes off the partner portal.\n")
    write_eml("re_vector_unit_timing.eml", "Ana Ribeiro <aribeiro@corvane.example>",
              "Kofi Mensah <kmensah@corvane.example>", "Re: vector unit timing",
              "Wed, 11 Jun 2025 17:05:00 -0700",
              "Great, that matches what I see in the floorplan. Let's freeze on Friday.\n\n"
              "On 6/11/2025 3:22 PM, Kofi Mensah wrote:\n" + quote(orig) + "\n")
    label("re_vector_unit_timing.eml", "EAR", "3E002", "technical_data", "forwarded")

    # V-16 abbreviated "Export Ctrl" column in a spreadsheet
    write_xlsx("ew_pod_lru_list.xlsx",
               [("LRUs", ["LRU", "Name", "Weight (kg)", "Export Ctrl"],
                 [["LRU-1", "Receiver/processor", 18.2, "ITAR-XI(d)"],
                  ["LRU-2", "Transmitter, mid band", 24.5, "ITAR-XI(d)"],
                  ["LRU-3", "Power supply", 9.1, "ITAR-XI(d)"],
                  ["LRU-4", "Pod structure", 41.0, "ITAR-XI(d)"],
                  ["GSE-1", "Handling dolly", 65.0, "EAR-EAR99"]])],
               title="EW pod LRU list", author="Tessaline Microwave")
    label("ew_pod_lru_list.xlsx", "ITAR", "XI(d)", "technical_data", "table")

    # V-17 DXF with the export note as MTEXT on its own layer
    write_dxf("solar_array_hinge_bracket_SA-310.dxf", "BRACKET, SOLAR ARRAY HINGE", "SA-310", "BRAMBLECOTE AEROSPACE",
              ["MATERIAL: TI-6AL-4V PER AMS 4911.", "SURFACE FINISH 1.6 UM RA.", "CLEAN FOR FLIGHT PER PROC CP-7."],
              [("DWG_NO", "SA-310"), ("REV", "A"), ("SCALE", "2:1"), ("DRAWN", "L. NG")],
              [(0, 0), (297, 0), (297, 210), (0, 210)], [(80, 120, 8), (160, 120, 8)],
              mtext="EXPORT CONTROL NOTICE: THIS DRAWING CONTAINS TECHNOLOGY SUBJECT TO THE EXPORT "
                    "ADMINISTRATION REGULATIONS (15 CFR 730-774), ECCN 9E515.a FOR ITEMS IN 9A515.x. "
                    "DO NOT RELEASE TO FOREIGN PERSONS WITHOUT AUTHORIZATION.")
    label("solar_array_hinge_bracket_SA-310.dxf", "EAR", "9E515.a", "technical_data", "title_block")

    # V-18 software release letter, thin body, export field
    write_text("flight_planning_tool_release_letter.txt", """
Software Release Letter SRL-2025-06

Product:         RouteWise flight planning tool
Version:         4.2.0 (build 1187)
Release date:    13 June 2025
Export control:  ECCN 7D994 - subject to the EAR (15 CFR 730-774); NLR to most destinations
Media:           download only, SHA-256 listed on the portal

Changes: performance charts for two new airframes; NOTAM parser fixes.
Approved: Quality Assurance, Halvard Navigation
""")
    label("flight_planning_tool_release_letter.txt", "EAR", "7D994", "general", "field")


def more_negative_items() -> None:
    def neg(name: str) -> None:
        label(name, "UNCONTROLLED", "", "hard_negative", "none")

    write_pdf("public_release_uuv_autonomy_paper.pdf", "Cooperative Autonomy for Survey UUVs",
              [[("title", "Cooperative Autonomy for Survey Unmanned Underwater Vehicles"),
                "Northfold University Ocean Robotics Lab", "Conference paper, 2025",
                ("small", "DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited. "
                          "Cleared for open publication by the sponsor, case number 25-0614.")],
               [("h", "Abstract"),
                "We present a market-based task allocation scheme for three survey UUVs sharing an "
                "acoustic channel of 80 bit/s. Simulations and a lake trial show 23 % faster area "
                "coverage than independent lawnmower patterns."],
               [("h", "Conclusion"), "Future work will add opportunistic USBL fixes from a surface vehicle."]],
              author="Northfold University")
    neg("public_release_uuv_autonomy_paper.pdf")

    write_docx("marking_procedure_figure_examples.docx", "Procedure EC-04: Marking Technical Data",
               ["1. Purpose. This procedure tells authors how to apply export-control markings.",
                "2. Figure 1 shows an example of a correctly marked cover page. The example text is "
                "for illustration and is not a marking of this procedure.",
                ("t", [["Figure 1 - example cover page (illustration only)"],
                       ["EXAMPLE: ITAR CONTROLLED - USML Category XI(a)(3)(i) - 22 CFR 120-130"],
                       ["EXAMPLE: EXPORT CONTROLLED - EAR - ECCN 3A001.b.2"]]),
                "3. The legend goes on the cover and in the header of each page. Ask Trade "
                "Compliance for the category; never copy an example."],
               author="Trade Compliance")
    neg("marking_procedure_figure_examples.docx")

    write_text("po_terms_export_flowdown_clause.txt", """
Purchase Order Terms and Conditions - Section 22: Export Control

22.1 Seller shall comply with the International Traffic in Arms Regulations (22 CFR 120-130)
     and the Export Administration Regulations (15 CFR 730-774), and with DFARS 252.225-7048,
     Export-Controlled Items.
22.2 Where Buyer furnishes technical data marked with an export-control legend, Seller shall
     retain the legend on all copies. Example legend: "This document contains technical data
     subject to the ITAR. Export without a license is prohibited."
22.3 Seller shall notify Buyer in writing of the USML category or ECCN of any item Seller
     delivers, and shall not employ foreign persons on work involving controlled technical data
     without an authorization.
22.4 Seller shall flow down this Section to its subcontractors.
""")
    neg("po_terms_export_flowdown_clause.txt")

    write_eml("re_poster_needs_itar_marking.eml", "Export Control Office <export@northfold.example>",
              "Sam Whitlock <swhitlock@northfold.example>", "Re: Does my poster need an ITAR marking?",
              "Thu, 5 Jun 2025 10:20:00 -0400",
              "Hi Sam,\n\nNo. Your poster reports fundamental research that will be published, so it "
              "is not subject to the ITAR or the EAR and should not carry \"ITAR CONTROLLED\" or an "
              "ECCN. Please do not add a legend just in case.\n\nExport Control Office\n\n"
              "On Wed, 4 Jun 2025, Sam Whitlock wrote:\n"
              "> Should I put an ITAR or EAR marking on my conference poster about wind tunnel\n"
              "> flow visualization? My advisor has a DoD grant.\n")
    neg("re_poster_needs_itar_marking.eml")

    write_xlsx("marking_audit_q2_results.xlsx",
               [("Audit", ["Document", "Owner", "Legend found", "Expected legend", "Finding"],
                 [["DWG 57-2210", "R. Ashdown", "none", "ITAR / USML II(j)", "missing legend"],
                  ["TR-24-117", "R. Okafor", "Dist D + warning", "Dist D + warning", "ok"],
                  ["KLC-PS-118", "Kestrel Lane", "ECCN 1C010.b in properties only", "ECCN on cover and footer", "legend not visible"],
                  ["Release notes 6.2", "Quillan", "5A992.c header", "5A992.c header", "ok"]],
                 ["Audit record only. The documents listed are held in the document control system."])],
               title="Q2 marking audit", author="Internal Audit")
    neg("marking_audit_q2_results.xlsx")


# ==============================================================================================
# legends heavy with regulation citations on thin or administrative bodies

def regulatory_legend_items() -> None:
    # R-1 TAA data transmittal letter, legend on the cover page only
    write_pdf("taa_data_transmittal_letter_TL-0447.pdf", "Transmittal Letter TL-0447",
              [[("title", "TRANSMITTAL LETTER TL-0447"),
                "To: Aldersgate Defence Systems Ltd (foreign licensee), Programme Office",
                "From: Harrow Ridge Dynamics, International Programs",
                "Subject: Release 3 of build-to-print data under Technical Assistance Agreement TA 1187-23",
                ("small", "NOTICE. The enclosed technical data, as defined at 22 CFR 120.33, are "
                          "exported under the authority of Technical Assistance Agreement TA 1187-23 "
                          "approved by the U.S. Department of State pursuant to 22 CFR Part 124, and "
                          "are subject to the International Traffic in Arms Regulations, 22 CFR "
                          "Parts 120-130. The recipient shall use these data only for the purposes "
                          "stated in the agreement and shall not reexport or retransfer them, or "
                          "release them to any person not authorized under the agreement, without "
                          "the prior written approval of the Directorate of Defense Trade Controls "
                          "(22 CFR 123.9, 124.8(5)). Violations are subject to 22 U.S.C. 2778 and "
                          "22 CFR Part 127.")],
               [("h", "Enclosures"),
                ("mono", "1. Drawing tree DT-40 rev D (PDF)\n2. 212 drawings, native CAD\n3. Process specifications PS-1 to PS-14")],
               [("h", "Acknowledgment"),
                "Please acknowledge receipt by returning a signed copy within ten working days.",
                "Signed: E. Marlowe, Empowered Official"]],
              author="Harrow Ridge Dynamics")
    label("taa_data_transmittal_letter_TL-0447.pdf", "ITAR", "", "general", "cover")

    # R-2 monthly status report with the export notice only on the last page
    write_pdf("program_monthly_status_may.pdf", "Monthly Program Status - May",
              [[("title", "Monthly Program Status Report - May 2025"), "Contract N00024-24-C-5512", "Calder Point Systems"],
               [("h", "Schedule"),
                "Critical design review held 14 May; 41 action items opened, 12 closed. Qualification "
                "test start moved two weeks right because of the late thermal chamber.",
                ("h", "Cost"), "CPI 0.97, SPI 0.94. Estimate at completion unchanged."],
               [("h", "Staffing"), "Two systems engineers hired; one open test-engineer requisition."],
               [("h", "Export Control Notice"),
                ("small", "This report contains technical data within the meaning of 22 CFR 120.33 "
                          "and is subject to the International Traffic in Arms Regulations (22 CFR "
                          "120-130). Its release to a foreign person, in the United States or abroad, "
                          "is an export (22 CFR 120.50, 120.56) requiring authorization from the "
                          "Department of State. Unauthorized export may result in criminal and civil "
                          "penalties under 22 U.S.C. 2778 and 22 CFR 127.3.")]],
              author="Calder Point Systems")
    label("program_monthly_status_may.pdf", "ITAR", "", "general", "last_page")

    # R-3 EAR legend dense with citations on meeting minutes, header
    write_docx("supplier_kickoff_minutes_mmic_foundry.docx", "Supplier Kick-off Minutes - MMIC Foundry Run 7",
               ["Attendees: Tessaline Microwave (4), foundry partner (3).",
                "1. Mask set delivery confirmed for 30 June; tape-out review 23 June.",
                "2. Wafer acceptance per the agreed PCM limits; foundry to send lot travelers weekly.",
                "3. Next meeting 7 July."],
               author="Tessaline Microwave",
               header="EXPORT CONTROLLED - ECCN 3E001. Technology subject to the Export Administration "
                      "Regulations, 15 CFR 730-774. Release to foreign nationals is a deemed export "
                      "(15 CFR 734.13(b)) and may require a license under 15 CFR 742.4 and 736.2(b)(2).")
    label("supplier_kickoff_minutes_mmic_foundry.docx", "EAR", "3E001", "general", "header")

    # R-4 one-page docx cover sheet (no other body) with a long ITAR legend as its first text
    write_docx("technical_data_package_cover_sheet_TDP-5512.docx", "Technical Data Package Cover Sheet",
               ["TDP number: TDP-5512    Revision: C    Date: 2 June 2025",
                "Item: Launcher rail assembly, shoulder-fired missile trainer",
                "WARNING: This technical data package is subject to the International Traffic in "
                "Arms Regulations (ITAR), 22 CFR Parts 120 through 130, and contains technical data "
                "as defined in 22 CFR 120.33 relating to defense articles in USML Category IX. It "
                "may not be exported, released or disclosed to foreign persons (22 CFR 120.63), "
                "whether in the United States or abroad, without a license or other approval "
                "issued by the U.S. Department of State under 22 CFR Part 125, or an exemption "
                "under 22 CFR 125.4. Include this notice with any reproduced portion.",
                "Contents: 37 sheets. Custodian: configuration management."],
               author="Gantry Hollow Robotics")
    label("technical_data_package_cover_sheet_TDP-5512.docx", "ITAR", "IX", "general", "cover")

    # R-5 university data transfer log (markdown), banner with the legend
    write_text("tcp_data_transfer_log_hx7.md", """
EXPORT CONTROLLED INFORMATION - ITAR (22 CFR 120-130) - TCP-2024-017 - U.S. PERSONS ONLY

# HX-7 project data transfer log, June 2025

| Date | From | To | Item | Method |
|---|---|---|---|---|
| 06-02 | Sponsor | PI | Inlet geometry model v4 | sponsor SAFE transfer |
| 06-09 | PI | Grad student (U.S. person, on TCP) | Week 23 run data | TCP share |
| 06-13 | PI | Sponsor | Interim report draft | sponsor SAFE transfer |

No transfers to persons outside the TCP roster this month. Log reviewed by the Export Control
Officer, 16 June 2025.

EXPORT CONTROLLED INFORMATION - ITAR (22 CFR 120-130) - TCP-2024-017 - U.S. PERSONS ONLY
""")
    label("tcp_data_transfer_log_hx7.md", "ITAR", "", "general", "banner")

    # R-6 foreign-partner style wording on a PDF whose marking is only in the Info keywords
    write_pdf("partner_review_comments_rev2.pdf", "Partner Review Comments - Interface Specification Rev 2",
              [[("h", "Review comments on ISPEC-220 revision 2"),
                "C-1 para 3.2.4: connector keying differs from the harness drawing.",
                "C-2 para 3.4: message 0x0410 latency budget not traceable to the system requirement.",
                "C-3 table 7: power-up sequence contradicts the PSU datasheet."],
               [("h", "Disposition requested"), "Please respond by 27 June."],
               [("h", "Reviewer"), "N. Thorsen, partner programme office"]],
              author="Bramblecote Aerospace",
              subject="U.S.-origin technical data: ITAR controlled, 22 CFR 120.33; exported under DSP-5 050229871",
              keywords="ITAR; USML VIII(h); DSP-5; no retransfer without DDTC approval")
    label("partner_review_comments_rev2.pdf", "ITAR", "VIII(h)", "general", "metadata")

    # R-7 EAR: export compliance statement on a quotation, xlsx "Export Classification" column
    write_xlsx("spectrometer_quote_lines.xlsx",
               [("Quote", ["Line", "Item", "Description", "Price USD", "Export Classification"],
                 [[1, "MS-900", "Triple quadrupole mass spectrometer", 412000, "EAR99"],
                  [2, "MS-900-ION", "Ion source, ESI", 18500, "EAR99"],
                  [3, "FLX-2", "Chemical process flow reactor, Hastelloy, 20 L", 96000, "2B350.b"],
                  [4, "SVC-3Y", "Service contract, 3 years", 45000, "n/a"]],
                 ["Items are subject to the EAR (15 CFR 730-774). Line 3 requires an export license "
                  "for destinations subject to CB controls (15 CFR 742.2)."])],
               title="Quote lines", author="Ostrander Fluid Systems")
    label("spectrometer_quote_lines.xlsx", "EAR", "2B350.b", "general", "table")


# ==============================================================================================

def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    itar_items()
    ear_items()
    ear99_items()
    variant_items()
    regulatory_legend_items()
    negative_items()
    more_negative_items()
    names = [p.name for p in OUT.iterdir()]
    labelled = {row[0].split("!")[0][2:] for row in LABELS}
    missing = sorted(set(names) - labelled)
    assert not missing, f"unlabelled files: {missing}"
    assert len({row[0] for row in LABELS}) == len(LABELS), "duplicate label rows"
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "jurisdiction", "category", "marked", "kind", "position"])
        for row in sorted(LABELS):
            w.writerow(row)
    print(f"wrote {len(names)} files and {len(LABELS)} label rows to {OUT}")


if __name__ == "__main__":
    # ezdxf orders some DXF objects by set iteration; fix string hashing so drawings are stable.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    main()
