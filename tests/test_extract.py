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
