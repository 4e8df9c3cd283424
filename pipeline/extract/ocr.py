"""OCR of scans and raster drawings, one page at a time, inside the extraction worker.

Why here and not Tika's OCR: we want a decision per page (a 40-page text PDF must not be OCR'd,
one scanned page inside it must), a bound on pages and pixels, the seconds each page cost, and
rotated text. Engineering drawings carry legends written up the border; tesseract reads a
page with only vertical text, but on a page of mostly horizontal text it reads a vertical legend
as confident-looking garbage. So when the upright pass leaves low-confidence words (or almost
no text), the page is read again turned 90° and 270°, and the confident words of those passes
that the upright pass did not have are added as their own lines.

Pages are rendered with pypdfium2 and read with pytesseract (the ``tesseract`` binary, started
in the worker's process group so a kill reaches it; ``OMP_THREAD_LIMIT=1`` is set by the worker).
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.extract.xhtml import tidy

RENDER_DPI = 300
MAX_PIXELS = 40_000_000          # a page or frame is scaled down to at most this many pixels
MIN_PAGE_CHARS = 24              # a PDF page with fewer non-blank text-layer characters is OCR'd
_LOW_CONFIDENCE = 60.0           # over 10 % of upright words below this suggests rotated text
_KEEP_CONFIDENCE = 80.0          # words of a rotated pass are kept only above this
_CONFIG = "--psm 3"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".jp2")


@dataclass
class OcrResult:
    """Text per page number (1-based), plus what it cost and what was left out."""

    pages: dict[int, str] = field(default_factory=dict)
    seconds: dict[int, float] = field(default_factory=dict)
    rotated: list[int] = field(default_factory=list)     # pages where a rotated pass added text
    skipped: int = 0                                      # pages over the OCR page limit
    error: str | None = None                              # exception type name, no text


def is_image(name: str, head: bytes) -> bool:
    """An image we OCR: by magic number first, by name when the bytes are not recognised."""
    magics = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")
    if head.startswith(magics) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return True
    return name.lower().endswith(IMAGE_SUFFIXES) and not head.startswith(b"%PDF")


def _words(image: Any) -> list[tuple[int, str, float]]:
    """(line key, word, confidence) for each word tesseract reads."""
    import pytesseract

    data = pytesseract.image_to_data(image, config=_CONFIG, output_type=pytesseract.Output.DICT)
    out = []
    for i, word in enumerate(data["text"]):
        if word and word.strip():
            line = data["block_num"][i] * 10_000 + data["par_num"][i] * 100 + data["line_num"][i]
            out.append((line, word.strip(), float(data["conf"][i])))
    return out


def _lines(words: list[tuple[int, str, float]]) -> list[str]:
    lines: dict[int, list[str]] = {}
    for line, word, _conf in words:
        lines.setdefault(line, []).append(word)
    return [" ".join(ws) for ws in lines.values()]


def _needs_rotation(words: list[tuple[int, str, float]]) -> bool:
    chars = sum(len(w) for _l, w, _c in words)
    doubtful = [w for _l, w, c in words if c < _LOW_CONFIDENCE and len(w) >= 3]
    return chars < 4 or len(doubtful) > 0.1 * len(words)


def read_image(image: Any) -> tuple[str, bool]:
    """OCR one page image; returns the text and whether a rotated pass added to it."""
    image = _fit(image)
    upright = _words(image)
    text = "\n".join(_lines(upright))
    if not _needs_rotation(upright):
        return tidy(text), False
    known = {w.upper() for _l, w, c in upright if c >= _LOW_CONFIDENCE}
    extra: list[str] = []
    for angle in (90, 270):
        turned = [(ln, w, c) for ln, w, c in _words(image.rotate(angle, expand=True))
                  if c >= _KEEP_CONFIDENCE and w.upper() not in known]
        known.update(w.upper() for _l, w, _c in turned)
        extra.extend(_lines(turned))
    if extra:
        text = text + "\n\n" + "\n".join(extra)
    return tidy(text), bool(extra)


def _fit(image: Any) -> Any:
    """Greyscale, and no bigger than MAX_PIXELS (huge drawings would stall tesseract)."""
    if image.mode not in ("L", "1"):
        image = image.convert("L")
    pixels = image.width * image.height
    if pixels > MAX_PIXELS:
        scale = (MAX_PIXELS / pixels) ** 0.5
        image = image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    return image


def _image_frames(path: str | None, data: bytes | None) -> Iterator[Any]:
    from PIL import Image, ImageSequence

    Image.MAX_IMAGE_PIXELS = 4 * MAX_PIXELS * 10     # refuse absurd sizes before decoding
    with Image.open(io.BytesIO(data) if data is not None else path or "") as img:
        for frame in ImageSequence.Iterator(img):    # multi-page TIFF: one frame per page
            yield frame.copy()


def _run(pages: Iterator[tuple[int, Any]], limit: int, total: int) -> OcrResult:
    result = OcrResult()
    done = 0
    try:
        for number, image in pages:
            if done >= limit:
                result.skipped = total - done if total else 1
                break
            started = time.perf_counter()
            text, rotated = read_image(image)
            result.seconds[number] = time.perf_counter() - started
            done += 1
            if text:
                result.pages[number] = text
            if rotated:
                result.rotated.append(number)
    except Exception as exc:  # PIL / pdfium / tesseract raise many types on bad input
        result.error = type(exc).__name__
    return result


def ocr_image(path: str | None, data: bytes | None, max_pages: int) -> OcrResult:
    """OCR every frame of an image file (several for a multi-page TIFF), up to ``max_pages``."""
    frames = ((n, frame) for n, frame in enumerate(_image_frames(path, data), start=1))
    return _run(frames, max_pages, 0)


def _renders(pdf: Any, numbers: list[int]) -> Iterator[tuple[int, Any]]:
    for number in numbers:
        page = pdf[number - 1]
        width, height = page.get_size()
        scale = RENDER_DPI / 72
        pixels = width * scale * height * scale
        if pixels > MAX_PIXELS:
            scale *= (MAX_PIXELS / pixels) ** 0.5
        yield number, page.render(scale=scale, grayscale=True).to_pil()


def ocr_pdf_pages(path: str | None, data: bytes | None, text_chars: dict[int, int],
                  max_pages: int) -> tuple[OcrResult, int]:
    """OCR the pages whose text layer has fewer than MIN_PAGE_CHARS characters.

    ``text_chars`` maps page number to non-blank characters Tika found on it. Returns the
    result and the number of pages the document has.
    """
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data if data is not None else path)
    try:
        count = len(pdf)
        wanted = [n for n in range(1, count + 1) if text_chars.get(n, 0) < MIN_PAGE_CHARS]
        return _run(_renders(pdf, wanted), max_pages, len(wanted)), count
    finally:
        pdf.close()
