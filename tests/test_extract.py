"""Extraction against the real Apache Tika jar, the real ezdxf reader and the real tesseract.

Input files are built in a temporary folder with the libraries that write those formats, so
each test states exactly what is inside the file it reads. One Extractor (one JVM worker) is
shared by the whole module; the timeout test kills it on purpose and checks that it recovers.
"""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.errors import ErrorCode, ExtractionError
from pipeline.extract import Extractor, Limits, default_tika_jar
from pipeline.records import Extraction, ItemRef

pytestmark = pytest.mark.skipif(
    not (Path(__file__).resolve().parents[1] / "vendor" / "tika-app-3.3.1.jar").is_file()
    and not os.environ.get("ENCLAVE_TIKA_JAR"),
    reason="Tika jar missing: run `make setup`")

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def ref(path: Path) -> ItemRef:
    return ItemRef(uri=path.as_uri(), path=str(path), size=path.stat().st_size,
                   version="1", source=str(path.parent))


def text_of(extraction: Extraction) -> str:
    return "\n".join(s.text for s in extraction.segments)


def make_docx(path: Path, *lines: str, title: str = "") -> Path:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.core_properties.title = title
    doc.save(str(path))
    return path


def make_pdf(path: Path, pages: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for page in pages:
        pdf.drawString(72, 720, page)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    with Extractor(Limits(timeout_s=60.0)) as ex:
        yield ex


def test_docx_text_title_and_hash(extractor: Extractor, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "spec.docx", "Gyroscope drift test procedure", title="PROPRIETARY")
    results = extractor.extract(ref(path))
    top = results[0]
    assert top.error is None
    assert (top.uri, top.root, top.depth) == (path.as_uri(), path.as_uri(), 0)
    assert top.mime == DOCX_MIME
    assert top.size == path.stat().st_size
    import hashlib
    assert top.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    body = [s for s in top.segments if s.where == "body"]
    assert body and "Gyroscope drift test procedure" in body[0].text
    assert ("metadata:title", "PROPRIETARY") in [(s.where, s.text) for s in top.segments]


def test_pdf_pages_become_page_segments(extractor: Extractor, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "two.pdf", ["First page words", "Second page words"])
    top = extractor.extract(ref(path))[0]
    assert top.error is None and top.mime == "application/pdf"
    pages = {s.where: s.text for s in top.segments if s.where.startswith("page:")}
    assert pages == {"page:1": "First page words", "page:2": "Second page words"}


def test_zip_members_nest_with_bang_slash_uris(extractor: Extractor, tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("c.txt", "deepest words")
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("top.txt", "top words")
        z.writestr("inner/b.zip", inner.getvalue())
    results = extractor.extract(ref(path))
    by_uri = {r.uri: r for r in results}
    root = path.as_uri()
    assert results[0].uri == root
    deep = by_uri[f"{root}!/inner/b.zip!/c.txt"]
    assert (deep.depth, deep.root, deep.error) == (2, root, None)
    assert text_of(deep) == "deepest words"
    import hashlib
    assert deep.sha256 == hashlib.sha256(b"deepest words").hexdigest()
    assert by_uri[f"{root}!/inner/b.zip"].depth == 1
    assert text_of(by_uri[f"{root}!/top.txt"]) == "top words"


def test_eml_attachment_is_a_member_with_its_text(extractor: Extractor, tmp_path: Path) -> None:
    attached = make_docx(tmp_path / "att.docx", "Attached turbine blade cooling data")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.com", "b@example.com", "Blade data"
    msg.set_content("Please see the attachment.")
    msg.add_attachment(attached.read_bytes(), maintype="application",
                       subtype=DOCX_MIME.split("/")[1], filename="blade.docx")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(msg))
    results = extractor.extract(ref(path))
    assert results[0].mime == "message/rfc822"
    assert "Please see the attachment." in text_of(results[0])
    member = next(r for r in results if r.uri == f"{path.as_uri()}!/blade.docx")
    assert member.depth == 1 and member.error is None and member.mime == DOCX_MIME
    assert "turbine blade cooling data" in text_of(member)


def test_dxf_title_block_text_and_mtext(extractor: Extractor, tmp_path: Path) -> None:
    import ezdxf

    doc = ezdxf.new("R2010")
    doc.layers.add("TITLE-ITAR")
    block = doc.blocks.new(name="TITLEBLOCK")
    block.add_attdef("DWGNO", (0, 0))
    block.add_text("CAGE 1ABC5", dxfattribs={"height": 2.5})
    msp = doc.modelspace()
    msp.add_text("NOTE: HEAT TREAT PER SPEC", dxfattribs={"layer": "NOTES"})
    msp.add_mtext("ITAR CONTROLLED\\PSEE SHEET 2")
    insert = msp.add_blockref("TITLEBLOCK", (100, 0))
    insert.add_attrib("DWGNO", "D-4471-02", (100, 0))
    path = tmp_path / "bracket.dxf"
    doc.saveas(path)
    top = extractor.extract(ref(path))[0]
    assert top.error is None and top.mime == "image/vnd.dxf"
    model = next(s.text for s in top.segments if s.where == "layout:Model")
    assert "NOTE: HEAT TREAT PER SPEC" in model
    assert "ITAR CONTROLLED\nSEE SHEET 2" in model
    assert "DWGNO: D-4471-02" in model
    assert "CAGE 1ABC5" in next(s.text for s in top.segments if s.where == "block:TITLEBLOCK")
    assert ("dxf:attrib:DWGNO", "D-4471-02") in top.metadata
    layers = next(s.text for s in top.segments if s.where == "metadata:layers").split("\n")
    assert {"NOTES", "TITLE-ITAR"} <= set(layers)


def test_png_with_text_is_ocred(extractor: Extractor, tmp_path: Path) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (900, 160), "white")
    font = ImageFont.load_default(size=48)
    ImageDraw.Draw(image).text((20, 50), "EXPORT CONTROLLED 3A001", fill="black", font=font)
    path = tmp_path / "scan.png"
    image.save(path)
    top = extractor.extract(ref(path))[0]
    assert top.error is None and top.mime == "image/png"
    assert "EXPORT CONTROLLED" in text_of(top)


@pytest.mark.parametrize(("name", "content", "codes"), [
    ("empty.pdf", b"", {ErrorCode.EMPTY}),
    ("random.docx", bytes(range(256)) * 40, {ErrorCode.TYPE_MISMATCH, ErrorCode.CORRUPT}),
])
def test_unreadable_bytes_get_codes(extractor: Extractor, tmp_path: Path, name: str,
                                    content: bytes, codes: set[ErrorCode]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    results = extractor.extract(ref(path))
    assert len(results) == 1
    assert results[0].error is not None and results[0].error.code in codes
    assert results[0].sha256 is not None


def test_truncated_pdf_is_an_error_not_an_exception(extractor: Extractor, tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", ["Some words"]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    top = extractor.extract(ref(path))[0]
    assert top.error is not None and top.error.code in {ErrorCode.CORRUPT, ErrorCode.NO_TEXT}


def test_password_protected_pdf_is_encrypted(extractor: Extractor, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt="open-sesame")
    pdf.drawString(72, 720, "Locked words")
    pdf.showPage()
    pdf.save()
    top = extractor.extract(ref(path))[0]
    assert top.error is not None and top.error.code == ErrorCode.ENCRYPTED
    assert not top.segments


def test_member_failure_stays_with_the_member(extractor: Extractor, tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", ["Some words"]).read_bytes()
    path = tmp_path / "mixed.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("good.txt", "fine words")
        z.writestr("broken.pdf", whole[:300])
    by_uri = {r.uri: r for r in extractor.extract(ref(path))}
    assert by_uri[path.as_uri()].error is None
    assert by_uri[f"{path.as_uri()}!/good.txt"].error is None
    broken = by_uri[f"{path.as_uri()}!/broken.pdf"].error
    assert broken is not None and broken.code == ErrorCode.CORRUPT


def test_depth_and_text_limits(extractor: Extractor, tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep.txt", "deep words")
    path = tmp_path / "nest.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("long.txt", "abcdefghij" * 10)
        z.writestr("in.zip", inner.getvalue())
    saved = extractor.limits
    extractor.limits = Limits(max_depth=1, max_text_chars=25)
    try:
        results = extractor.extract(ref(path))
    finally:
        extractor.limits = saved
    assert max(r.depth for r in results) == 1
    assert ("enclave:depth_limit_reached", "1") in results[0].metadata
    long = next(r for r in results if r.uri.endswith("!/long.txt"))
    assert text_of(long) == "abcdefghij" * 2 + "abcde"
    assert ("enclave:text_truncated", "true") in long.metadata


def test_blank_image_has_no_text(extractor: Extractor, tmp_path: Path) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")
    from PIL import Image

    path = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(path)
    top = extractor.extract(ref(path))[0]
    assert top.error is not None and top.error.code == ErrorCode.NO_TEXT


def test_size_limit_and_bytes_input(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    saved = extractor.limits
    extractor.limits = Limits(max_bytes=10)
    try:
        [too_large] = extractor.extract(ref(path))
    finally:
        extractor.limits = saved
    assert too_large.error is not None and too_large.error.code == ErrorCode.TOO_LARGE
    from_bytes = extractor.extract(ItemRef("mem://notes.txt", None, 11, "1", "mem"), b"hello bytes")
    assert from_bytes[0].error is None and text_of(from_bytes[0]) == "hello bytes"


def test_worker_is_reused_and_recovers_from_a_timeout(extractor: Extractor, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "t.docx", "Timeout probe")
    first_pid = extractor.pid
    assert extractor.extract(ref(path))[0].error is None
    assert extractor.pid == first_pid                 # same worker across calls

    saved = extractor.limits
    extractor.limits = Limits(timeout_s=0.001)
    try:
        timed_out = extractor.extract(ref(path))
    finally:
        extractor.limits = saved
    assert len(timed_out) == 1 and timed_out[0].error is not None
    assert timed_out[0].error.code == ErrorCode.TIMEOUT
    assert timed_out[0].sha256 is not None
    assert extractor.pid is None                      # killed
    with pytest.raises(ProcessLookupError):
        os.kill(first_pid or -1, 0)

    again = extractor.extract(ref(path))               # a fresh worker starts on demand
    assert again[0].error is None and "Timeout probe" in text_of(again[0])
    assert extractor.pid not in (None, first_pid)


def test_worker_killed_between_items_is_replaced(extractor: Extractor, tmp_path: Path) -> None:
    import signal
    import time

    path = make_docx(tmp_path / "k.docx", "Survivor text")
    assert extractor.extract(ref(path))[0].error is None
    victim = extractor.pid
    assert victim is not None
    os.kill(victim, signal.SIGKILL)
    time.sleep(0.2)
    after = extractor.extract(ref(path))
    assert after[0].error is None and "Survivor text" in text_of(after[0])
    assert extractor.pid not in (None, victim)


def test_missing_jar_says_to_run_setup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ENCLAVE_TIKA_JAR", str(tmp_path / "nope.jar"))
    with pytest.raises(ExtractionError, match="make setup"):
        default_tika_jar()


# -- every place a marking hides, and every format ----------------------------------------------

def where_of(extraction: Extraction, phrase: str) -> list[str]:
    return [s.where for s in extraction.segments if phrase in s.text]


def _rewrite_zip(src: Path, dst: Path, edits: dict, extra: dict[str, str]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in edits:
                data = edits[info.filename](data.decode()).encode()
            zout.writestr(info, data)
        for name, text in extra.items():
            zout.writestr(name, text)
    return dst


LABEL_ID = "3a2b1c0d-1111-2222-3333-444455556666"
_CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.'
           'openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.'
           'openxmlformats.org/officeDocument/2006/docPropsVTypes">' + "".join(
               f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" '
               f'name="MSIP_Label_{LABEL_ID}_{k}"><vt:lpwstr>{v}</vt:lpwstr></property>'
               for i, (k, v) in enumerate([("Enabled", "true"), ("Name", "Export Controlled")], 2))
           + "</Properties>")
_LABEL_INFO = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?><clbl:labelList xmlns:clbl='
               '"http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{'
               + LABEL_ID + '}" enabled="1" method="Privileged" siteId="{00000000-0000-0000-0000-'
               '000000000001}" removed="0" /></clbl:labelList>')
_TRACKED = ('<w:ins w:id="901" w:author="r" w:date="2024-01-01T00:00:00Z"><w:r><w:t>INSERTED ECHO</w:t>'
            '</w:r></w:ins><w:del w:id="902" w:author="r" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>'
            'DELETED FOXTROT</w:delText></w:r></w:del>')


def test_docx_header_footer_comment_tracked_changes_and_labels(extractor: Extractor, tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    para = doc.add_paragraph("Commented words")
    doc.add_comment(para.runs, text="COMMENT DELTA", author="r")
    doc.add_paragraph("Tracked ANCHOR")
    doc.sections[0].header.paragraphs[0].text = "HEADER ALPHA"
    doc.sections[0].footer.paragraphs[0].text = "FOOTER BRAVO"
    doc.save(str(tmp_path / "plain.docx"))
    path = _rewrite_zip(tmp_path / "plain.docx", tmp_path / "marked.docx", {
        "word/document.xml": lambda x: x.replace("<w:t>Tracked ANCHOR</w:t></w:r>",
                                                 "<w:t>Tracked ANCHOR</w:t></w:r>" + _TRACKED),
        "[Content_Types].xml": lambda x: x.replace("</Types>", (
            '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.custom-properties+xml"/></Types>')),
        "_rels/.rels": lambda x: x.replace("</Relationships>", (
            '<Relationship Id="rC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')),
    }, {"docProps/custom.xml": _CUSTOM, "docMetadata/LabelInfo.xml": _LABEL_INFO})
    top = extractor.extract(ref(path))[0]
    assert top.error is None
    assert where_of(top, "HEADER ALPHA") == ["header"]
    assert where_of(top, "FOOTER BRAVO") == ["footer"]
    for phrase in ("COMMENT DELTA", "INSERTED ECHO", "DELETED FOXTROT"):
        assert where_of(top, phrase) == ["body"], phrase
    assert where_of(top, "Export Controlled") == ["metadata:label:msip", "metadata:label:labelinfo"]
    assert (f"label:labelinfo:{LABEL_ID}:method", "Privileged") in top.metadata
    assert (f"label:msip:{LABEL_ID}:Enabled", "true") in top.metadata


def test_pptx_slides_and_speaker_notes(extractor: Extractor, tmp_path: Path) -> None:
    from pptx import Presentation

    deck = Presentation()
    for title, note in (("First slide", ""), ("Second slide", "NOTE CHARLIE")):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        if note:
            slide.notes_slide.notes_text_frame.text = note
    path = tmp_path / "deck.pptx"
    deck.save(str(path))
    top = extractor.extract(ref(path))[0]
    assert where_of(top, "Second slide") == ["slide:2"]
    assert where_of(top, "NOTE CHARLIE") == ["slide:2:notes"]


@pytest.mark.parametrize(("name", "content", "phrase"), [
    ("doc.rtf", r"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard RTF HOTEL words\par}", "RTF HOTEL"),
    ("doc.xml", '<?xml version="1.0"?><spec><title>XML INDIA</title></spec>', "XML INDIA"),
    ("doc.html", "<html><body><p>HTML JULIET</p></body></html>", "HTML JULIET"),
])
def test_text_formats(extractor: Extractor, tmp_path: Path, name: str, content: str, phrase: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    top = extractor.extract(ref(path))[0]
    assert top.error is None and where_of(top, phrase) == ["body"]


def test_odt(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "doc.odt"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", f'<?xml version="1.0"?><office:document-content xmlns:office='
                     f'"{office}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                     '<office:body><office:text><text:p>ODT GOLF words</text:p></office:text>'
                     '</office:body></office:document-content>')
    top = extractor.extract(ref(path))[0]
    assert top.mime == "application/vnd.oasis.opendocument.text"
    assert where_of(top, "ODT GOLF") == ["body"]


def _page_image(text: str, size: tuple[int, int] = (1700, 600),  # noqa: ANN202 (PIL type)
                at: tuple[int, int] = (60, 60)):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", size, 255)
    ImageDraw.Draw(image).text(at, text, fill=0, font=ImageFont.truetype("DejaVuSans.ttf", 44))
    return image


needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")


@needs_tesseract
def test_scanned_pdf_pages_are_ocred_and_text_pages_are_not(extractor: Extractor, tmp_path: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "mixed.pdf"
    pdf = canvas.Canvas(str(path))
    for number in range(1, 5):
        if number in (2, 4):
            pdf.drawImage(ImageReader(_page_image(f"SCANNED PAGE {number} EXPORT CONTROLLED")),
                          30, 500, width=540, height=190)
        else:
            pdf.drawString(72, 720, f"Typed page {number} with a proper text layer on it")
        pdf.showPage()
    pdf.save()
    top = extractor.extract(ref(path))[0]
    assert top.error is None
    assert where_of(top, "SCANNED PAGE 2") == ["ocr:page:2"]
    assert where_of(top, "SCANNED PAGE 4") == ["ocr:page:4"]
    assert where_of(top, "Typed page 3") == ["page:3"]
    meta = dict(top.metadata)
    assert meta["enclave:ocr_pages"] == "2" and meta["enclave:pages"] == "4"   # text pages not OCR'd


@needs_tesseract
def test_rotated_legend_on_a_drawing_is_read(extractor: Extractor, tmp_path: Path) -> None:
    from PIL import Image

    drawing = Image.new("L", (1700, 1400), 255)
    drawing.paste(_page_image("TITLE BRACKET ASSY 4471", (1400, 90), (10, 15)), (200, 1250))
    drawing.paste(_page_image("ITAR CONTROLLED USML CAT XI", (1400, 90), (10, 15)).rotate(90, expand=True), (60, 100))
    path = tmp_path / "drawing.png"
    drawing.save(path)
    top = extractor.extract(ref(path))[0]
    text = text_of(top)
    assert "BRACKET" in text and "CONTROLLED USML" in text
    assert where_of(top, "CONTROLLED USML") == ["ocr:page:1"]
    assert ("enclave:ocr_rotated_pages", "1") in top.metadata


@needs_tesseract
def test_multipage_tiff_pages(extractor: Extractor, tmp_path: Path) -> None:
    pages = [_page_image(f"TIFF PAGE {n} NOVEMBER") for n in (1, 2)]
    path = tmp_path / "scan.tiff"
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_lzw")
    top = extractor.extract(ref(path))[0]
    assert where_of(top, "TIFF PAGE 2") == ["ocr:page:2"]
    assert where_of(top, "TIFF PAGE 1") == ["ocr:page:1"]


def test_dwg_text_and_title_block_fields(extractor: Extractor, tmp_path: Path) -> None:
    import ezdwg

    doc = ezdwg.new()
    doc.modelspace().add_text("CAGE CODE 1ABC5", (0, 0))
    doc.modelspace().add_mtext("DWG NO D-4471-02", (0, 10))
    path = tmp_path / "part.dwg"
    doc.save(str(path))
    top = extractor.extract(ref(path))[0]
    assert top.error is None and top.mime == "image/vnd.dwg"
    assert where_of(top, "CAGE CODE 1ABC5") == ["layout:Model"]
    assert ("titleblock:cage", "1ABC5") in top.metadata
    assert ("titleblock:drawing_number", "D-4471-02") in top.metadata


def test_unreadable_dwg_says_so(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "new.dwg"
    path.write_bytes(b"AC1032" + bytes(range(256)) * 8)
    top = extractor.extract(ref(path))[0]
    assert top.error is not None and top.error.code == ErrorCode.UNSUPPORTED and not top.segments


def test_dxf_in_a_zip_goes_to_the_cad_reader(extractor: Extractor, tmp_path: Path) -> None:
    import ezdxf

    doc = ezdxf.new("R2010")
    doc.modelspace().add_text("DISTRIBUTION STATEMENT D. ZIPPED NOTE")
    text = io.StringIO()
    doc.write(text)
    path = tmp_path / "cad.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("sheets/a.dxf", text.getvalue())
    member = next(r for r in extractor.extract(ref(path)) if r.uri.endswith("!/sheets/a.dxf"))
    assert member.error is None and member.mime == "image/vnd.dxf" and member.depth == 1
    assert where_of(member, "ZIPPED NOTE")[0] == "layout:Model"
    assert dict(member.metadata)["titleblock:distribution"].startswith("DISTRIBUTION STATEMENT D")


def test_archives_tar_gz_and_7z(extractor: Extractor, tmp_path: Path) -> None:
    import tarfile

    import py7zr

    tgz = tmp_path / "a.tar.gz"
    with tarfile.open(tgz, "w:gz") as archive:
        info = tarfile.TarInfo("dir/t.txt")
        info.size = 16
        archive.addfile(info, io.BytesIO(b"tar member words"))
    seven = tmp_path / "a.7z"
    with py7zr.SevenZipFile(seven, "w") as archive:
        archive.writestr(b"seven member words", "s.txt")
    tar_uris = {r.uri: r for r in extractor.extract(ref(tgz))}
    assert text_of(tar_uris[f"{tgz.as_uri()}!/a.tar!/dir/t.txt"]) == "tar member words"
    seven_uris = {r.uri: r for r in extractor.extract(ref(seven))}
    assert text_of(seven_uris[f"{seven.as_uri()}!/s.txt"]) == "seven member words"


def test_pdf_xmp_label(extractor: Extractor, tmp_path: Path) -> None:
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
           'syntax-ns#"><rdf:Description xmlns:acme="http://example.com/ns/acme/" '
           'acme:Classification="ITAR CONTROLLED"/></rdf:RDF></x:xmpmeta>')
    base = make_pdf(tmp_path / "base.pdf", ["A page of words that is long enough"]).read_bytes()
    path = tmp_path / "xmp.pdf"
    path.write_bytes(base.replace(b"%%EOF", b"%" + xmp.encode() + b"\n%%EOF"))
    top = extractor.extract(ref(path))[0]
    assert ("metadata:label:xmp", "Classification: ITAR CONTROLLED") in \
        [(s.where, s.text) for s in top.segments]


def test_zip_bomb_is_refused_before_parsing(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", b"\0" * (40 * 1024**2))
    [top] = extractor.extract(ref(path))
    assert top.error is not None and top.error.code == ErrorCode.DECOMPRESSION_BOMB


def test_source_code_is_text_not_highlighting_css(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "keys.cpp"
    path.write_text("int main() {\n  // link key schedule, 256-bit\n  return 0;\n}\n")
    [top] = extractor.extract(ref(path))
    text = "\n".join(s.text for s in top.segments)
    assert "// link key schedule, 256-bit" in text
    assert "color:" not in text and "\xa0" not in text


def test_source_file_that_tika_mistypes_is_read_as_plain_text(extractor: Extractor,
                                                              tmp_path: Path) -> None:
    """Tika types ``.rs`` as RLS services XML by its name and fails to parse Rust; the bytes
    are plain UTF-8 text, so that text is the item's content (and the fallback is recorded)."""
    path = tmp_path / "eval.rs"
    path.write_text("fn main() {\n    let gimbal_rate = 180; // Hz\n    println!(\"{}\", gimbal_rate);\n}\n")
    top = extractor.extract(ref(path))[0]
    assert top.error is None and "gimbal_rate" in text_of(top)
    assert dict(top.metadata).get("enclave:text_fallback", "").startswith("read as plain text")
