"""Label taxonomy and the in-file label writers, on real files.

Office files are made with python-docx, openpyxl and python-pptx and PDFs with reportlab in a
temporary folder; labels are written, then read back with Enclave's extraction-side readers
(``pipeline.extract.labels``, and once through real Apache Tika), with pikepdf and poppler, and
the labelled Office files are converted to PDF by LibreOffice to prove they still open.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pytest
import yaml

from labels.ooxml import (CUSTOM_PART, LABEL_INFO_PART, read_enclave_properties, read_ooxml_labels,
                          write_ooxml_label)
from labels.pdf import read_pdf_labels, write_pdf_label
from labels.taxonomy import (DEFAULT_TAXONOMY, Taxonomy, load_taxonomy, needs_review_to_replace,
                             parse_taxonomy)
from pipeline.errors import ConfigError, LabelError
from pipeline.extract.labels import FoundLabels, label_info, msip_labels, read_xmp, xmp_packet
from pipeline.records import RESTRICTIVENESS, ItemRef, Jurisdiction

REPO = Path(__file__).resolve().parents[1]
TIKA_JAR = REPO / "vendor" / "tika-app-3.3.1.jar"
METADATA_PARTS = {CUSTOM_PART, LABEL_INFO_PART, "[Content_Types].xml", "_rels/.rels"}
FOREIGN_ID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
FOREIGN_SITE = "11111111-2222-3333-4444-555555555555"


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


# --------------------------------------------------------------------------- files to label

def make_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Receiver front-end alignment procedure, rev B.")
    doc.save(str(path))
    return path


def make_xlsx(path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.packaging.custom import StringProperty

    book = Workbook()
    book.active["A1"] = "Part number"
    book.active["B1"] = "PN-4471"
    book.custom_doc_props.append(StringProperty(name="Project", value="Falcon"))
    book.save(str(path))
    return path


def make_pptx(path: Path) -> Path:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Programme review"
    deck.save(str(path))
    return path


def make_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Gyroscope drift test procedure")
    pdf.showPage()
    pdf.save()
    return path


MAKERS = {"docx": make_docx, "xlsx": make_xlsx, "pptx": make_pptx}


def raw_members(path: Path) -> dict[str, tuple[bytes, tuple]]:
    """Each member's stored bytes (local header + compressed data) and its directory metadata."""
    out = {}
    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
            start = info.header_offset + 30 + name_len + extra_len
            meta = (info.compress_type, info.CRC, info.date_time, info.external_attr,
                    info.flag_bits, info.create_system, info.extra, info.comment)
            out[info.filename] = (data[info.header_offset:start + info.compress_size], meta)
    return out


def custom_properties(path: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read(CUSTOM_PART))
    return [(el.get("name", ""), "".join(el.itertext())) for el in root]


# --------------------------------------------------------------------------- taxonomy

def test_default_taxonomy_maps_decisions_to_labels(taxonomy: Taxonomy) -> None:
    keys = {label.key for label in taxonomy.labels}
    assert keys == {"itar", "ear", "ear99", "uncontrolled", "undetermined"}
    assert taxonomy.site_id == "00000000-0000-0000-0000-000000000000"
    assert taxonomy.for_decision(Jurisdiction.ITAR, "XI(a)").key == "itar"
    assert taxonomy.for_decision(Jurisdiction.EAR, "3A001").key == "ear"
    assert taxonomy.for_decision("EAR", "EAR99").key == "ear99"
    assert taxonomy.for_decision(Jurisdiction.EAR, None).key == "ear"     # no ECCN: controlled
    assert taxonomy.for_decision(Jurisdiction.UNCONTROLLED, None).key == "uncontrolled"
    assert taxonomy.for_decision(Jurisdiction.UNDETERMINED, None).key == "undetermined"
    itar = taxonomy.by_key("itar")
    assert taxonomy.by_id("{" + itar.id.upper() + "}") is itar
    assert taxonomy.by_id("not-a-guid") is None
    assert "export_control=itar" in itar.dlp_tags and itar.tag_dict()["export_control"] == "itar"
    ranks = [label.rank for label in sorted(taxonomy.labels, key=lambda l: -l.rank)]
    assert [l.key for l in sorted(taxonomy.labels, key=lambda l: -l.rank)] == \
        ["itar", "undetermined", "ear", "ear99", "uncontrolled"]
    assert ranks == sorted(ranks, reverse=True)
    for a in taxonomy.labels:
        for b in taxonomy.labels:
            if RESTRICTIVENESS[a.jurisdiction] > RESTRICTIVENESS[b.jurisdiction]:
                assert a.rank > b.rank
    assert all(len(label.name) <= 64 and label.marking for label in taxonomy.labels)


def test_needs_review_to_replace(taxonomy: Taxonomy) -> None:
    itar, ear, ear99, none = (taxonomy.by_key(k) for k in ("itar", "ear", "ear99", "uncontrolled"))
    undetermined = taxonomy.by_key("undetermined")
    assert needs_review_to_replace(itar, ear)
    assert needs_review_to_replace(undetermined, none)
    assert needs_review_to_replace(ear, ear99)
    assert not needs_review_to_replace(ear, itar)
    assert not needs_review_to_replace(ear, ear)
    assert not needs_review_to_replace(None, none)


def _doc() -> dict:
    return yaml.safe_load(DEFAULT_TAXONOMY.read_text())


@pytest.mark.parametrize("edit,message", [
    (lambda d: d["labels"][1].update(id=d["labels"][0]["id"]), "`id` .* already used by label 'itar'"),
    (lambda d: d["labels"][0].update(id="not-a-guid"), "label 'itar': `id` 'not-a-guid' is not a GUID"),
    (lambda d: d["labels"][0].update(id="a8374767-ff97-4bfd-bf53-5bc757f1797"), "is not a GUID"),
    (lambda d: d["labels"][2].update(color="#FFC00"), "label 'ear': `color` '#FFC00' is not #RRGGBB"),
    (lambda d: d["labels"][2].update(color="yellow"), "is not #RRGGBB"),
    (lambda d: d["labels"][3].update(name="Export Control - ear"), "`name` .* already used"),
    (lambda d: d["labels"][0].update(name="ITAR <Controlled>"), "`name` .* at most 64 characters"),
    (lambda d: d["labels"][0].update(name="X" * 65), "at most 64 characters"),
    (lambda d: d["labels"][4].update(rank=50), "`rank` .* must be above"),
    (lambda d: d["labels"][0].update(dlp_tags=["itar"]), "key=value"),
    (lambda d: d["labels"][0].update(jurisdiction="CUI"), "`jurisdiction` 'CUI' is not one of"),
    (lambda d: d["labels"][0].pop("marking"), "missing field\\(s\\) marking"),
    (lambda d: d["labels"][0].update(colour="#000000"), "unknown field\\(s\\) colour"),
    (lambda d: d.update(site_id="tenant"), "`site_id` 'tenant' is not a GUID"),
    (lambda d: d["labels"].pop(0), "jurisdiction ITAR needs exactly one label"),
])
def test_taxonomy_validation_errors(edit, message: str) -> None:
    doc = _doc()
    edit(doc)
    with pytest.raises(ConfigError, match=message):
        parse_taxonomy(doc, "custom.yaml")


def test_customer_taxonomy_file(tmp_path: Path) -> None:
    doc = _doc()
    doc["site_id"] = "{" + FOREIGN_SITE.upper() + "}"
    doc["labels"][0]["id"] = FOREIGN_ID.upper()
    path = tmp_path / "tenant.yaml"
    path.write_text(yaml.safe_dump(doc))
    tax = load_taxonomy(path)
    assert tax.site_id == FOREIGN_SITE and tax.by_key("itar").id == FOREIGN_ID
    with pytest.raises(ConfigError, match="cannot read"):
        load_taxonomy(tmp_path / "missing.yaml")
    (tmp_path / "bad.yaml").write_text("labels: [")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_taxonomy(tmp_path / "bad.yaml")


# --------------------------------------------------------------------------- Office files

@pytest.mark.parametrize("kind", ["docx", "xlsx", "pptx"])
def test_ooxml_label_round_trip(kind: str, taxonomy: Taxonomy, tmp_path: Path) -> None:
    path = MAKERS[kind](tmp_path / f"spec.{kind}")
    before = raw_members(path)
    itar = taxonomy.for_decision(Jurisdiction.ITAR, "XI(a)")
    assert write_ooxml_label(path, itar, category="XI(a)", site_id=taxonomy.site_id)

    # Enclave's extraction-side readers see the same label id in both places.
    assert [i["id"] for i in label_info(str(path), None)] == [itar.id]
    assert label_info(None, path.read_bytes())[0]["siteId"] == taxonomy.site_id
    msip = msip_labels(custom_properties(path))
    assert list(msip) == [itar.id]
    assert msip[itar.id]["Name"] == "Export Control - ITAR"
    assert msip[itar.id]["Enabled"] == "true" and msip[itar.id]["ContentBits"] == "0"
    assert msip[itar.id]["Method"] == "Standard" and msip[itar.id]["SiteId"] == taxonomy.site_id
    found = read_ooxml_labels(path)
    assert [(f.id, f.name, f.sources) for f in found] == [(itar.id, itar.name, ("msip", "labelinfo"))]
    assert read_enclave_properties(path) == {"Enclave_Jurisdiction": "ITAR", "Enclave_Category": "XI(a)",
                                             "Enclave_TaxonomyVersion": taxonomy.version,
                                             "Enclave_LabelId": itar.id}

    # Every member Enclave did not need to change keeps its stored bytes and metadata.
    after = raw_members(path)
    for name, stored in before.items():
        if name not in METADATA_PARTS:
            assert after[name] == stored, name
    assert set(after) - set(before) <= {CUSTOM_PART, LABEL_INFO_PART}
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("_rels/.rels").decode()
    assert "application/vnd.ms-office.classificationlabels+xml" in types
    assert "/docProps/custom.xml" in types
    assert "relationships/classificationlabels" in rels and "relationships/custom-properties" in rels

    # The same label again: nothing written, not even a new SetDate.
    labelled = path.read_bytes()
    assert not write_ooxml_label(path, itar, category="XI(a)", site_id=taxonomy.site_id)
    assert path.read_bytes() == labelled
    # A different category is a different label state.
    assert write_ooxml_label(path, itar, category="XI(c)", site_id=taxonomy.site_id)
    assert read_enclave_properties(path)["Enclave_Category"] == "XI(c)"
    assert len(read_ooxml_labels(path)) == 1


def _add_foreign_parts(path: Path) -> None:
    """Label the file as another organisation's tool would: its own MSIP label and LabelInfo."""
    from labels.ooxml import _read_package, _rewrite_package, atomic_write  # the same packager

    with zipfile.ZipFile(path) as archive:
        custom = archive.read(CUSTOM_PART).decode()
        types = archive.read("[Content_Types].xml").decode()
    custom = custom.replace("</Properties>", "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{50 + i}" '
        f'name="MSIP_Label_{FOREIGN_ID}_{k}"><vt:lpwstr>{v}</vt:lpwstr></property>'
        for i, (k, v) in enumerate([("Enabled", "true"), ("Name", "Partner Confidential"),
                                    ("SiteId", FOREIGN_SITE)])) + "</Properties>")
    info = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?><clbl:labelList xmlns:clbl='
            '"http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{'
            f'{FOREIGN_ID}}}" enabled="1" method="Privileged" siteId="{{{FOREIGN_SITE}}}" '
            'removed="0" /></clbl:labelList>')
    types = types.replace("</Types>", '<Override PartName="/docMetadata/LabelInfo.xml" ContentType='
                                      '"application/vnd.ms-office.classificationlabels+xml"/></Types>')
    changed = {CUSTOM_PART: custom.encode(), LABEL_INFO_PART: info.encode(),
               "[Content_Types].xml": types.encode()}
    with open(path, "rb") as src:
        package = _read_package(src, os.fstat(src.fileno()).st_size)
        atomic_write(path, lambda out: _rewrite_package(src, package, out, changed))


def test_label_change_replaces_ours_and_keeps_other_tools(taxonomy: Taxonomy, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "parts.xlsx")
    itar, ear = taxonomy.by_key("itar"), taxonomy.by_key("ear")
    assert write_ooxml_label(path, itar, category="XI(a)", site_id=taxonomy.site_id)
    _add_foreign_parts(path)
    assert {f.id for f in read_ooxml_labels(path)} == {itar.id, FOREIGN_ID}

    assert needs_review_to_replace(itar, ear)      # the caller's decision; the writer just writes
    assert write_ooxml_label(path, ear, category="3A001", site_id=taxonomy.site_id,
                             method="Privileged")
    found = {f.id: f for f in read_ooxml_labels(path)}
    assert set(found) == {ear.id, FOREIGN_ID}
    assert found[ear.id].method == "Privileged" and found[ear.id].name == "Export Control - EAR"
    assert found[FOREIGN_ID].name == "Partner Confidential"
    assert found[FOREIGN_ID].site_id == FOREIGN_SITE and found[FOREIGN_ID].method == "Privileged"
    assert {i["id"] for i in label_info(str(path), None)} == {ear.id, FOREIGN_ID}
    props = dict(custom_properties(path))
    assert props["Project"] == "Falcon"                         # openpyxl's property is untouched
    assert not any(itar.id in name for name in props)
    assert props["Enclave_Category"] == "3A001" and props["Enclave_Jurisdiction"] == "EAR"
    # A decision without a category removes the stale Enclave_Category.
    assert write_ooxml_label(path, taxonomy.by_key("undetermined"), category=None,
                             site_id=taxonomy.site_id, taxonomy=taxonomy)
    assert "Enclave_Category" not in read_enclave_properties(path)
    assert {f.id for f in read_ooxml_labels(path)} == {taxonomy.by_key("undetermined").id, FOREIGN_ID}


def test_ooxml_refuses_what_it_cannot_label(taxonomy: Taxonomy, tmp_path: Path) -> None:
    itar = taxonomy.by_key("itar")
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(LabelError):
        write_ooxml_label(fake, itar, category=None, site_id=taxonomy.site_id)
    path = make_docx(tmp_path / "a.docx")
    with pytest.raises(LabelError, match="not a GUID"):
        write_ooxml_label(path, itar, category=None, site_id="tenant")
    with pytest.raises(LabelError, match="method"):
        write_ooxml_label(path, itar, category=None, site_id=taxonomy.site_id, method="Auto")
    assert not list(tmp_path.glob(".*enclave-tmp"))


# --------------------------------------------------------------------------- PDF

def test_pdf_label_is_an_incremental_update(taxonomy: Taxonomy, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "drift.pdf")
    original = path.read_bytes()
    itar = taxonomy.by_key("itar")
    assert write_pdf_label(path, itar, category="XI(a)", site_id=taxonomy.site_id)
    labelled = path.read_bytes()
    assert labelled.startswith(original) and len(labelled) > len(original)

    with pikepdf.open(path) as pdf:
        info = pdf.trailer.Info
        assert str(info[f"/MSIP_Label_{itar.id}_Name"]) == itar.name
        assert str(info[f"/MSIP_Label_{itar.id}_Enabled"]) == "true"
        assert str(info["/Enclave_Category"]) == "XI(a)"
        assert str(info["/Producer"]).startswith("ReportLab")          # other entries kept
        assert len(pdf.pages) == 1
    info_out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=30)
    assert info_out.returncode == 0
    assert re.search(r"^Pages:\s+1$", info_out.stdout, re.M)
    # It still renders, and to the same pixels as before it was labelled.
    before = tmp_path / "before.pdf"
    before.write_bytes(original)
    pixels = []
    for pdf_path in (before, path):
        stem = tmp_path / f"page-{pdf_path.stem}"
        done = subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf_path),
                               str(stem)], capture_output=True, timeout=60)
        assert done.returncode == 0, done.stderr
        pixels.append(stem.with_suffix(".png").read_bytes())
    assert pixels[0] == pixels[1]

    # The extraction-side XMP reader finds the label.
    found = FoundLabels()
    read_xmp(xmp_packet(str(path), None), found)
    assert ("Classification", itar.name) in found.xmp_fields
    assert ("LabelId", itar.id) in found.xmp_fields
    assert [(f.id, f.name) for f in read_pdf_labels(path)] == [(itar.id, itar.name)]

    assert not write_pdf_label(path, itar, category="XI(a)", site_id=taxonomy.site_id)
    assert path.read_bytes() == labelled

    ear = taxonomy.by_key("ear")
    assert write_pdf_label(path, ear, category="3A001", site_id=taxonomy.site_id)
    assert path.read_bytes().startswith(labelled)
    assert [(f.id, f.sources) for f in read_pdf_labels(path)] == [(ear.id, ("pdf:info", "xmp"))]
    with pikepdf.open(path) as pdf:
        assert not any(itar.id in str(key) for key in pdf.trailer.Info.keys())


def test_pdf_with_xref_stream(taxonomy: Taxonomy, tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf")
    path = tmp_path / "packed.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    original = path.read_bytes()
    label = taxonomy.by_key("ear99")
    assert write_pdf_label(path, label, category="EAR99", site_id=taxonomy.site_id)
    assert path.read_bytes().startswith(original)
    assert [f.id for f in read_pdf_labels(path)] == [label.id]
    assert subprocess.run(["pdfinfo", str(path)], capture_output=True, timeout=30).returncode == 0


def test_extraction_xmp_reader_sees_a_changed_pdf_label(taxonomy: Taxonomy, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "changed.pdf")
    write_pdf_label(path, taxonomy.by_key("itar"), category="XI(a)", site_id=taxonomy.site_id)
    ear = taxonomy.by_key("ear")
    write_pdf_label(path, ear, category="3A001", site_id=taxonomy.site_id)
    found = FoundLabels()
    read_xmp(xmp_packet(str(path), None), found)
    assert ("LabelId", ear.id) in found.xmp_fields


def test_encrypted_pdf_is_refused(taxonomy: Taxonomy, tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf")
    path = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="o", user=""))
    before = path.read_bytes()
    with pytest.raises(LabelError, match="encrypted"):
        write_pdf_label(path, taxonomy.by_key("itar"), category=None, site_id=taxonomy.site_id)
    assert path.read_bytes() == before


# --------------------------------------------------------------------------- real consumers

def test_labelled_office_files_open_in_libreoffice(taxonomy: Taxonomy, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is not installed: run make setup")
    ear = taxonomy.by_key("ear")
    files = []
    for kind, make in MAKERS.items():
        path = make(tmp_path / f"labelled_{kind}.{kind}")
        assert write_ooxml_label(path, ear, category="5A002", site_id=taxonomy.site_id)
        files.append(path)
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    run = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                          "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    for path in files:
        pdf = out / (path.stem + ".pdf")
        assert pdf.is_file() and pdf.stat().st_size > 0, (path.name, run.stdout, run.stderr)
        assert subprocess.run(["pdfinfo", str(pdf)], capture_output=True, timeout=30).returncode == 0


@pytest.mark.skipif(not TIKA_JAR.is_file() and not os.environ.get("ENCLAVE_TIKA_JAR"),
                    reason="Tika jar missing: run `make setup`")
def test_extraction_reads_written_labels(taxonomy: Taxonomy, tmp_path: Path) -> None:
    from pipeline.extract import Extractor, Limits

    itar, ear = taxonomy.by_key("itar"), taxonomy.by_key("ear")
    docx = make_docx(tmp_path / "spec.docx")
    write_ooxml_label(docx, itar, category="XI(a)", site_id=taxonomy.site_id)
    pdf = make_pdf(tmp_path / "spec.pdf")
    write_pdf_label(pdf, ear, category="3A001", site_id=taxonomy.site_id)
    with Extractor(Limits(timeout_s=60.0)) as extractor:
        tops = {}
        for path in (docx, pdf):
            ref = ItemRef(uri=path.as_uri(), path=str(path), size=path.stat().st_size,
                          version="1", source=str(tmp_path))
            tops[path.suffix] = extractor.extract(ref)[0]
    segments = {(s.where, s.text) for s in tops[".docx"].segments}
    assert ("metadata:label:msip", itar.name) in segments
    assert ("metadata:label:labelinfo", itar.name) in segments
    assert (f"label:msip:{itar.id}:Enabled", "true") in tops[".docx"].metadata
    assert (f"label:labelinfo:{itar.id}:method", "Standard") in tops[".docx"].metadata
    segments = {(s.where, s.text) for s in tops[".pdf"].segments}
    assert ("metadata:label:msip", ear.name) in segments
    assert (f"label:msip:{ear.id}:SiteId", taxonomy.site_id) in tops[".pdf"].metadata
    assert any(w == "metadata:label:xmp" and f"Classification: {ear.name}" in t for w, t in segments)


def test_msip_properties_read_back_with_the_office_libraries(taxonomy: Taxonomy,
                                                             tmp_path: Path) -> None:
    """What DLP tools see: the custom properties through python-docx's package and openpyxl."""
    from docx import Document
    from openpyxl import load_workbook

    itar = taxonomy.by_key("itar")
    docx_path = make_docx(tmp_path / "spec.docx")
    xlsx_path = make_xlsx(tmp_path / "bom.xlsx")
    for path in (docx_path, xlsx_path):
        assert write_ooxml_label(path, itar, category="XI(c)", site_id=taxonomy.site_id)
    prefix = f"MSIP_Label_{itar.id}_"

    book = load_workbook(xlsx_path)
    props = {p.name: p.value for p in book.custom_doc_props}
    assert props[prefix + "Enabled"] in ("true", True)
    assert props[prefix + "Name"] == itar.name
    assert props[prefix + "SiteId"] == taxonomy.site_id
    assert props["Project"] == "Falcon"                 # the workbook's own property kept

    package = Document(str(docx_path)).part.package
    [custom] = [p for p in package.iter_parts() if str(p.partname) == "/docProps/custom.xml"]
    root = ElementTree.fromstring(custom.blob)
    values = {el.get("name"): "".join(el.itertext()) for el in root}
    assert values[prefix + "Enabled"] == "true"
    assert values[prefix + "Method"] == "Standard"
    assert values["Enclave_Category"] == "XI(c)"
