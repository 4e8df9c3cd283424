"""Apache Tika driven in-process through JPype. Runs only inside the extraction worker process.

One ``TikaEngine`` starts the JVM once and builds one parser chain, reused for every item:

    RecursiveParserWrapper( DigestingParser( AutoDetectParser(default config), SHA-256 ) )

``RecursiveParserWrapper`` turns a container (zip, e-mail, Office file with embedded objects)
into a flat list of Tika ``Metadata`` objects, one per document, each with its own XHTML content,
exception keys and embedded-id path; ``DigestingParser`` sits *inside* the wrapper so that every
embedded document gets its own ``X-TIKA:digest:SHA256`` (the item itself is hashed by the
parent process, which must know the hash even when the parse is killed). This module only copies those Java
objects into plain Python (``RawDocument``); deciding what they mean is ``assemble``'s job.

Two JPype pitfalls are handled here: ``AutoDetectParser()`` with no arguments resolves to the
varargs ``AutoDetectParser(Parser...)`` constructor and silently parses nothing, so we pass a
``TikaConfig``; and Java exceptions are reduced to their class-name chain (their messages can
quote document content).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_LOG_CONFIG = Path(__file__).with_name("log4j2-worker.xml")
_DIGEST_KEY = "X-TIKA:digest:SHA256"
_CONTENT_KEY = "X-TIKA:content"
_ID_PATH_KEY = "X-TIKA:embedded_id_path"
_EXCEPTION_PREFIX = "X-TIKA:EXCEPTION:"
_NOT_FAILURES = frozenset({
    "X-TIKA:EXCEPTION:warn", "X-TIKA:EXCEPTION:write_limit_reached",
    "X-TIKA:EXCEPTION:embedded_resource_limit_reached", "X-TIKA:EXCEPTION:truncated_metadata",
})
_DIGEST_MARK_LIMIT = 64 * 1024**2      # bigger members are spooled to disk for hashing

# Tika metadata worth carrying forward (document properties, mail headers, labels).
_KEEP_EXACT = frozenset({
    "dc:title", "dc:subject", "dc:description", "dc:creator", "dc:rights", "dc:format",
    "dcterms:created", "dcterms:modified", "meta:keyword", "cp:category", "cp:contentStatus",
    "extended-properties:Company", "extended-properties:Template", "extended-properties:Application",
    "Message-From", "Message-To", "Message-Cc", "embeddedResourceType", "xmpTPg:NPages",
    "meta:page-count", "resourceName",
})
_KEEP_PREFIXES = ("custom:", "pdf:docinfo:", "xmpRights:")
_MAX_VALUE_CHARS = 4000


@dataclass
class RawDocument:
    """One document of a recursive parse, copied out of Java. ``id_path`` is () for the item itself."""

    id_path: tuple[int, ...]
    name: str | None
    mime: str | None
    sha256: str | None
    xhtml: str
    properties: list[tuple[str, str]]
    exceptions: list[tuple[str, str]]  # (key after "X-TIKA:EXCEPTION:", stack trace)
    resource_type: str | None
    length: int | None
    write_limit_reached: bool = False
    members_limit_reached: bool = False


@dataclass
class RawParse:
    """Everything one parse returned, plus the detection facts needed to explain a failure."""

    documents: list[RawDocument]
    thrown: list[str] = field(default_factory=list)   # class names of the exception chain
    type_by_name: str | None = None
    type_by_magic: str | None = None
    types_related: bool = True
    seconds: float = 0.0


def _class_chain(exc: Any) -> list[str]:
    """Class names of a Java exception and its causes (no messages: they can quote content)."""
    names: list[str] = []
    current = exc
    while current is not None and len(names) < 10:
        names.append(str(current.getClass().getName()))
        nxt = current.getCause()
        current = None if nxt is None or nxt.equals(current) else nxt
    return names


class TikaEngine:
    """The JVM and the parser chain. Heavy: build once per worker process."""

    def __init__(self, jar: str, heap: str, max_members: int, max_text_chars: int) -> None:
        import jpype
        import jpype.imports  # noqa: F401  (enables `from org.apache... import`)

        started = time.perf_counter()
        jpype.startJVM(f"-Xmx{heap}", "-Djava.awt.headless=true",
                       f"-Dlog4j2.configurationFile={_LOG_CONFIG}",
                       classpath=[jar], convertStrings=True)
        from org.apache.tika.config import TikaConfig
        from org.apache.tika.parser import AutoDetectParser, DigestingParser, RecursiveParserWrapper
        from org.apache.tika.parser.digestutils import CommonsDigester

        self._config = TikaConfig.getDefaultConfig()
        self._detector = self._config.getDetector()
        self._registry = self._config.getMediaTypeRegistry()
        digesting = DigestingParser(AutoDetectParser(self._config),
                                    CommonsDigester(_DIGEST_MARK_LIMIT, "sha256"), True)
        self._parser = RecursiveParserWrapper(digesting)
        self._max_members = max_members
        # The XML handler counts markup too; allow for it and cut the plain text later.
        self._write_limit = min(2**31 - 1, max_text_chars * 2 + 65536)
        self.startup_seconds = time.perf_counter() - started
        self.version = str(self._config.getClass().getPackage().getImplementationVersion())

    # -- streams -------------------------------------------------------------------------
    def _stream(self, path: str | None, data: bytes | None) -> Any:
        from java.nio.file import Paths
        from org.apache.tika.io import TikaInputStream

        if data is not None:
            import jpype
            return TikaInputStream.get(jpype.JArray(jpype.JByte)(data))
        return TikaInputStream.get(Paths.get(path))

    # -- parse ---------------------------------------------------------------------------
    def _context(self, tika_ocr: bool) -> Any:
        """Per-parse settings: every Office part that can carry a marking, and who does OCR."""
        from org.apache.tika.parser import ParseContext
        from org.apache.tika.parser.microsoft import OfficeParserConfig
        from org.apache.tika.parser.ocr import TesseractOCRConfig
        from org.apache.tika.parser.pdf import PDFParserConfig

        context = ParseContext()
        office = OfficeParserConfig()
        office.setIncludeHeadersAndFooters(True)
        office.setIncludeDeletedContent(True)       # tracked deletions still carry the text
        office.setIncludeMoveFromContent(True)
        office.setIncludeShapeBasedContent(True)
        office.setIncludeSlideNotes(True)
        office.setIncludeSlideMasterContent(True)
        office.setIncludeMissingRows(False)
        context.set(OfficeParserConfig, office)
        if not tika_ocr:
            # The worker renders and OCRs top-level PDFs and images itself, page by page.
            pdf = PDFParserConfig()
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR)
            context.set(PDFParserConfig, pdf)
            ocr = TesseractOCRConfig()
            ocr.setSkipOcr(True)
            context.set(TesseractOCRConfig, ocr)
        return context

    def parse(self, path: str | None, data: bytes | None, name: str, *,
              tika_ocr: bool = True) -> RawParse:
        """Parse one top-level item recursively. Never raises for a problem with the bytes.

        ``tika_ocr=False`` leaves OCR of the item to the caller (Tika still OCRs nothing then,
        not even embedded images); otherwise Tika OCRs images and text-less PDF pages it meets.
        """
        from jpype import JException
        from org.apache.tika.metadata import Metadata, TikaCoreProperties
        from org.apache.tika.sax import BasicContentHandlerFactory, RecursiveParserWrapperHandler

        started = time.perf_counter()
        context = self._context(tika_ocr)
        factory = BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.XML,
                                             self._write_limit, False, context)
        handler = RecursiveParserWrapperHandler(factory, self._max_members)
        metadata = Metadata()
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name)
        thrown: list[str] = []
        stream = self._stream(path, data)
        try:
            self._parser.parse(stream, handler, metadata, context)
        except JException as exc:
            thrown = _class_chain(exc)
        finally:
            stream.close()
        docs = [self._copy(md) for md in handler.getMetadataList()]
        return RawParse(documents=docs, thrown=thrown, seconds=time.perf_counter() - started)

    def detect_types(self, raw: RawParse, path: str | None, data: bytes | None, name: str) -> None:
        """Fill in what the name alone and the bytes alone say the type is."""
        from org.apache.tika.metadata import Metadata, TikaCoreProperties

        by_name = Metadata()
        by_name.set(TikaCoreProperties.RESOURCE_NAME_KEY, name)
        name_type = self._detector.detect(None, by_name)
        stream = self._stream(path, data)
        try:
            magic_type = self._detector.detect(stream, Metadata())
        finally:
            stream.close()
        raw.type_by_name = str(name_type)
        raw.type_by_magic = str(magic_type)
        # Everything is an instance of octet-stream, so "the bytes say nothing" must not count
        # as agreeing with a name that claims a specific type.
        unknown = "application/octet-stream"
        raw.types_related = bool(
            raw.type_by_name == unknown or raw.type_by_name == raw.type_by_magic
            or (raw.type_by_magic != unknown
                and (self._registry.isInstanceOf(magic_type, name_type)
                     or self._registry.isInstanceOf(name_type, magic_type))))

    # -- copying -------------------------------------------------------------------------
    def _copy(self, md: Any) -> RawDocument:
        names = [str(n) for n in md.names()]
        id_path = str(md.get(_ID_PATH_KEY) or "")
        length = md.get("Content-Length")
        exceptions = [(n[len(_EXCEPTION_PREFIX):], str(v)) for n in names
                      if n.startswith(_EXCEPTION_PREFIX) and n not in _NOT_FAILURES
                      for v in md.getValues(n)]
        properties = [(n, str(v)[:_MAX_VALUE_CHARS]) for n in names
                      if n in _KEEP_EXACT or n.startswith(_KEEP_PREFIXES)
                      for v in md.getValues(n) if v is not None and str(v).strip()]
        return RawDocument(
            id_path=tuple(int(p) for p in id_path.split("/") if p.isdigit()),
            name=str(md.get("resourceName")) if md.get("resourceName") else None,
            mime=str(md.get("Content-Type")) if md.get("Content-Type") else None,
            sha256=str(md.get(_DIGEST_KEY)).lower() if md.get(_DIGEST_KEY) else None,
            xhtml=str(md.get(_CONTENT_KEY) or ""),
            properties=properties,
            exceptions=exceptions,
            resource_type=str(md.get("embeddedResourceType")) if md.get("embeddedResourceType") else None,
            length=int(str(length)) if length is not None and str(length).isdigit() else None,
            write_limit_reached=md.get("X-TIKA:EXCEPTION:write_limit_reached") is not None,
            members_limit_reached=md.get("X-TIKA:EXCEPTION:embedded_resource_limit_reached") is not None,
        )
