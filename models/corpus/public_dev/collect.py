#!/usr/bin/env python3
"""Collect the public_dev / public_test corpora of ORDINARY (uncontrolled) files.

Every file is copied verbatim from a snapshot of a public open-source GitHub
repository (its test suite or sample data).  The snapshots were obtained as bare
git directories under /work/.mirror/<owner>+<name>/repo; the commit of HEAD is
recorded for each file in labels.csv (column ``source``) and in PROVENANCE.md.

Split is by project: all files of one project go into the same split.

Selection rules are listed in PROJECTS below: for each project a list of
(regex, n, kind) rules; files matching the regex (full repository path, sorted)
are sampled evenly (n of them, size <= MAX_FILE bytes).  ``kind`` is "ordinary"
or "broken" (deliberately corrupt / encrypted / truncated -> UNDETERMINED).
A rule with ``uu`` decodes a uuencoded test file (libarchive) and stores the
decoded binary under the name without ".uu".

scan.py checks every collected file for export-control marking wording (the
patterns are listed there); a file with a real hit would be listed in
public_dev/excluded.txt (destination paths) and skipped on the next run.  No
file needed this (see PROVENANCE.md).  PROVENANCE.md of both splits is written
by this script.

Usage: python3 collect.py            (re-creates both split folders' files)
"""
import binascii
import csv
import os
import re
import subprocess
import sys

MIRROR = "/work/.mirror"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # models/corpus
MAX_FILE = 3 * 1024 * 1024

# name, repo, split, license, strip-prefix (removed from dest path), rules[, commit]
# (commit defaults to the snapshot's HEAD)
PROJECTS = [
    # ------------------------------------------------------------------ DEV
    ("python-docx", "python-openxml/python-docx", "dev", "MIT", "", [
        (r"^features/steps/test_files/[^/]+\.docx$", 10, "ordinary"),
        (r"^tests/test_files/[^/]+\.docx$", 3, "ordinary"),
        (r"^src/docx/[^/]+\.py$", 2, "ordinary"),
    ]),
    ("python-pptx", "scanny/python-pptx", "dev", "MIT", "", [
        (r"^features/steps/test_files/[^/]+\.pptx$", 10, "ordinary"),
        (r"^features/steps/test_files/[^/]+\.xlsx$", 2, "ordinary"),
        (r"^tests/test_files/[^/]+\.(pptx|eps)$", 2, "ordinary"),
        (r"^src/pptx/[^/]+\.py$", 2, "ordinary"),
    ]),
    ("xlrd", "python-excel/xlrd", "dev", "BSD-3-Clause", "tests/", [
        (r"^tests/samples/(?!corrupted)[^/]+\.(xls|xlsx|xlsb|ods|zip)$", 11, "ordinary"),
    ]),
    ("oletools", "decalage2/oletools", "dev", "BSD-2-Clause", "tests/test-data/", [
        (r"^tests/test-data/oleobj/embedded-simple-2007\.(doc|dot|ppt|pps|pot|xls|xlt|odt|ods|odp|xlsx|pptx|docx)$", 10, "ordinary"),
        (r"^tests/test-data/msodde/harmless-clean\.(doc|docx|xml)$", 3, "ordinary"),
        (r"^tests/test-data/encrypted/encrypted\.(doc|ppt|xlsx)$", 3, "broken"),
    ]),
    ("ruby-msg", "aquasync/ruby-msg", "dev", "MIT", "", [
        (r"^test/[^/]+\.(msg|vcf)$", 7, "ordinary"),
        (r"^test/wmf/(PPTTest|symbols)\.wmf$", 2, "ordinary"),
    ]),
    ("olefile", "decalage2/olefile", "dev", "BSD-2-Clause", "tests/images/", [
        (r"^tests/images/(test-ole-file\.doc|flower\.jpg)$", 2, "ordinary"),
    ]),
    ("pdfminer.six", "pdfminer/pdfminer.six", "dev", "MIT", "samples/", [
        (r"^samples/(?!nonfree/|encryption/)[^ ]+\.pdf$", 29, "ordinary"),
        (r"^samples/encryption/aes-128\.pdf$", 1, "broken"),
    ]),
    ("mail", "mikel/mail", "dev", "MIT", "spec/fixtures/", [
        (r"^spec/fixtures/emails/.+\.eml$", 20, "ordinary"),
        (r"^spec/fixtures/attachments/test\.(gif|jpg|png|tiff|zip|pdf)$", 6, "ordinary"),
    ]),
    ("Pillow", "python-pillow/Pillow", "dev", "MIT-CMU", "Tests/images/", [
        (r"^Tests/images/(?!.*(oob|seek|crash|bomb|broken|trunc|invalid|corrupt|fuzz|timeout|leak|overflow|decompression))[^/]+\.png$", 4, "ordinary"),
        (r"^Tests/images/(?!.*(oob|seek|crash|bomb|broken|trunc|invalid|corrupt|fuzz|timeout|leak|overflow|decompression))[^/]+\.jpg$", 3, "ordinary"),
        (r"^Tests/images/(?!.*(oob|seek|crash|bomb|broken|trunc|invalid|corrupt|fuzz|timeout|leak|overflow|decompression))[^/]+\.(gif|tif|tiff)$", 4, "ordinary"),
        (r"^Tests/images/(?!.*(oob|seek|crash|bomb|broken|trunc|invalid|corrupt|fuzz|timeout|leak|overflow|decompression))[^/]+\.(bmp|webp|ico|psd|tga|eps|pcx|ppm|jp2)$", 4, "ordinary"),
        (r"^Tests/images/broken\.png$", 1, "broken"),
        (r"^src/libImaging/[^/]+\.c$", 2, "ordinary"),
        (r"^src/PIL/[^/]+\.py$", 3, "ordinary"),
    ]),
    ("pydub", "jiaaro/pydub", "dev", "MIT", "test/data/", [
        (r"^test/data/(bach\.ogg|party\.mp3|test1-8bit\.wav|test4\.wav|test5\.webm|format_test\.m4a)$", 6, "ordinary"),
    ]),
    ("pygments", "pygments/pygments", "dev", "BSD-2-Clause", "tests/examplefiles/", [
        (r"^tests/examplefiles/python/[^/]+\.py$", 4, "ordinary"),
        (r"^tests/examplefiles/c/[^/]+\.c$", 4, "ordinary"),
        (r"^tests/examplefiles/js/[^/]+\.js$", 3, "ordinary"),
        (r"^tests/examplefiles/css/[^/]+\.css$", 2, "ordinary"),
        (r"^tests/examplefiles/(html/test\.html|md/example\.md|rst/functional\.rst|java/example\.java|go/generics\.go|rust/eval\.rs|bash/example\.sh|cpp/functions\.cpp|ts/typescript_example\.ts|php/test\.php)$", 10, "ordinary"),
        (r"^tests/examplefiles/(json/json-with-spaces\.json|xml/xml_example\.xml|yaml/example\.yaml|toml/example\.toml|graphviz/graphviz-dot\.gv|bib/test\.bib|ini/test\.ini)$", 5, "ordinary"),
    ]),
    ("pyyaml", "yaml/pyyaml", "dev", "MIT", "", [
        (r"^examples/pygments-lexer/example\.yaml$", 1, "ordinary"),
        (r"^tests/legacy_tests/data/spec-0[2-9]-[0-9]+\.data$", 3, "ordinary"),
    ]),
    ("python-bibtexparser", "sciunto-org/python-bibtexparser", "dev", "MIT", "", [
        (r"\.(bib|bst|aux)$", 5, "ordinary"),
    ]),
    ("pydot", "pydot/pydot", "dev", "MIT", "", [
        (r"^test/graphs/[^/]+\.dot$", 6, "ordinary"),
    ]),
    ("togeojson", "mapbox/togeojson", "dev", "BSD-2-Clause", "test/data/", [
        (r"^test/data/[^/]+\.kml$", 3, "ordinary"),
        (r"^test/data/[^/]+\.gpx$", 2, "ordinary"),
        (r"^test/data/[^/]+\.geojson$", 2, "ordinary"),
    ]),
    ("jszip", "Stuk/jszip", "dev", "MIT", "test/ref/", [
        (r"^test/ref/(all|all\.7zip|nested|zip64|image|utf8|folder|text|deflate|subfolder)\.zip$", 6, "ordinary"),
        (r"^test/ref/complex_files/(AntarcticaTemps\.ods|AntarcticaTemps\.xlsx|Outlook2007_Calendar\.xps)$", 3, "ordinary"),
        (r"^test/ref/encrypted\.zip$", 1, "broken"),
    ]),
    # ----------------------------------------------------------------- TEST
    ("poi", "apache/poi", "test", "Apache-2.0", "test-data/", [
        (r"^test-data/document/(?!clusterfuzz|crash|Password|password|bug53475|truncated|Fuzzed|.*[Pp]rotect)[^/]+\.doc$", 11, "ordinary"),
        (r"^test-data/document/(?!clusterfuzz|crash|truncated|bug53475|.*[Pp]rotect)[^/]+\.docx$", 6, "ordinary"),
        (r"^test-data/spreadsheet/(?!clusterfuzz|crash|.*[Pp]ass|.*[Pp]rotect|.*corrupt|.*encrypt)[^/]+\.xls$", 9, "ordinary"),
        (r"^test-data/spreadsheet/(?!clusterfuzz|crash|.*[Pp]ass|.*[Pp]rotect|.*corrupt|.*encrypt)[^/]+\.xlsx$", 6, "ordinary"),
        (r"^test-data/slideshow/(?!clusterfuzz|crash|.*[Pp]ass|.*[Pp]rotect|.*corrupt|.*crypt)[^/]+\.ppt$", 9, "ordinary"),
        (r"^test-data/slideshow/(?!clusterfuzz|crash|.*[Pp]ass|.*[Pp]rotect|.*corrupt|.*crypt)[^/]+\.pptx$", 5, "ordinary"),
        (r"^test-data/hsmf/(?!clusterfuzz|lots-of)[^/]+\.msg$", 10, "ordinary"),
        (r"^test-data/document/(nature1\.jpg|GaiaTestImg\.png|vector_image\.emf|testException2\.doc-2\.wmf)$", 4, "ordinary"),
        (r"^test-data/document/(PasswordProtected\.doc|bug53475-password-is-pass\.docx)$", 2, "broken"),
        (r"^test-data/document/password_tika_binaryrc4\.doc$", 1, "broken"),  # poifs/protected_agile.docx uses the default password, so it is readable
        (r"^test-data/slideshow/Password_Protected-hello\.ppt$", 1, "broken"),
        (r"^test-data/spreadsheet/password\.xls$", 1, "broken"),
        (r"^poi/src/main/java/org/apache/poi/hssf/usermodel/HSSF(Workbook|Cell)\.java$", 2, "ordinary"),
    ]),
    ("pypdf", "py-pdf/pypdf", "test", "BSD-3-Clause", "resources/", [
        (r"^resources/(?!encrypt|crazyones-encrypted|libreoffice-writer-password)[^/]+\.pdf$", 24, "ordinary"),
        (r"^resources/encryption/r4-user-password\.pdf$", 1, "broken"),
        (r"^pypdf/[^/]+\.py$", 4, "ordinary"),
    ]),
    ("pdf.js", "mozilla/pdf.js", "test", "Apache-2.0", "", [
        (r"^test/pdfs/(?!.*fuzz|.*bomb|bug|issue|bitmap|.*protected|.*encrypt|auth-event|saslprep|pr6531|freeculture|tracemonkey)[a-z][^/]*\.pdf$", 25, "ordinary"),
        (r"^test/pdfs/saslprep-r6\.pdf$", 1, "broken"),
        (r"^src/core/[^/]+\.js$", 5, "ordinary"),
        (r"^web/[^/]+\.css$", 3, "ordinary"),
        (r"^web/viewer\.html$", 1, "ordinary"),
        (r"^web/images/[^/]+\.(svg|png)$", 2, "ordinary"),
    ]),
    ("MimeKit", "jstedfast/MimeKit", "test", "MIT", "UnitTests/TestData/", [
        (r"^UnitTests/TestData/messages/[^/]+\.(txt|eml)$", 22, "ordinary"),
        (r"^UnitTests/TestData/mbox/(simple|unmunged)\.mbox\.txt$", 2, "ordinary"),
        (r"^UnitTests/TestData/tnef/(winmail|christmas|body)/winmail\.tnef$", 2, "ordinary"),
        (r"^UnitTests/TestData/tnef/[^/]+\.tnef$", 2, "ordinary"),
        (r"^MimeKit/[^/]+\.cs$", 3, "ordinary"),
    ]),
    ("fonttools", "fonttools/fonttools", "test", "MIT", "Tests/", [
        (r"^Tests/.+\.ttf$", 6, "ordinary"),
        (r"^Tests/.+\.otf$", 6, "ordinary"),
        (r"^Tests/.+\.(woff|woff2|pfa|ttx|fea)$", 4, "ordinary"),
        (r"^Lib/fontTools/[^/]+\.py$", 4, "ordinary"),
    ]),
    ("python-soundfile", "bastibe/python-soundfile", "test", "BSD-3-Clause", "", [
        (r"^tests/[^/]+\.(wav|raw)$", 3, "ordinary"),
    ]),
    ("libarchive", "libarchive/libarchive", "test", "BSD-2-Clause", "", [
        (r"^libarchive/test/test_(compat_(gzip_1\.tgz|bzip2_1\.tbz|xz_1\.txz|zstd_1\.tar\.zst|lz4_1\.tar\.lz4|lzma_1\.tlz)|read_format_(7zip_lzma2\.7z|7zip_deflate\.7z|cab_1\.cab|ar\.ar|iso\.iso\.Z|rar\.rar|zip\.zip|cpio_bin\.cpio|lha_lh5\.lzh|xar_.*|warc\.warc|mtree\.mtree|gtar_sparse_1_17\.tar|tar_empty_filename\.tar))\.uu$", 13, "uu"),
        (r"^libarchive/test/test_read_format_(7zip_encryption\.7z|rar_encryption_data\.rar)\.uu$", 2, "uu-broken"),
        (r"^libarchive/(archive_read_support_format_(zip|tar|cpio)\.c|archive\.h|archive_entry\.h)$", 4, "ordinary"),
    ]),
    ("yauzl", "thejoshwolfe/yauzl", "test", "MIT", "test/", [
        (r"^test/success/(linux-info-zip|windows-7-zip|unicode|directories|deflate)\.zip$", 5, "ordinary"),
        (r"^test/success/traditional-encryption\.zip$", 1, "broken"),
    ]),
    ("Fiona", "Toblerity/Fiona", "test", "BSD-3-Clause", "tests/data/", [
        (r"^tests/data/(grenada\.geojson|rmnp\.geojson|trio\.geojson|example\.topojson|test_gpx\.gpx|multicurve\.gml|multicurve\.xsd|curves_line\.csv|test_tin\.csv|gre\.shp|coutwildrnp\.zip)$", 10, "ordinary"),
    ]),
    ("netcdf4-python", "Unidata/netcdf4-python", "test", "MIT", "", [
        (r"^test/[^/]+\.nc$", 7, "ordinary"),
        (r"^examples/[^/]+\.py$", 3, "ordinary"),
    ]),
    ("networkx", "networkx/networkx", "test", "BSD-3-Clause", "", [
        (r"^examples/(algorithms/hartford_drug\.edgelist|drawing/unix_email\.mbox|drawing/knuth_miles\.txt\.gz|drawing/sampson_data\.zip|drawing/chess_masters_WCC\.pgn\.bz2|geospatial/rivers\.geojson|graph/football\.zip|external/force/force\.(js|css|html))$", 10, "ordinary"),
        (r"^networkx/readwrite/[^/]+\.py$", 3, "ordinary"),
        (r"^\.github/workflows/[^/]+\.yml$", 1, "ordinary"),
    ]),
    ("sphinxcontrib-bibtex", "mcmtroffaes/sphinxcontrib-bibtex", "test", "BSD-2-Clause", "test/roots/", [
        (r"^test/.+\.bib$", 7, "ordinary"),
        (r"^(README\.rst|CHANGELOG\.rst|doc/usage\.rst)$", 2, "ordinary"),
    ]),
    ("graphlib-dot", "dagrejs/graphlib-dot", "test", "MIT", "test/test-data/", [
        (r"^test/test-data/[^/]+\.dot$", 5, "ordinary"),
    ], "716a0fad32e00c66dae3db6de88250bdd8a946f0"),  # test-data was removed from HEAD in dbff2d5; taken from its parent
]


DESCRIPTIONS = {
    "python-docx": "Word .docx test documents (styles, tables, headers, comments, images) from the behave feature tests, plus two library source modules.",
    "python-pptx": "PowerPoint .pptx test decks (charts, placeholders, shapes, text), an embedded .xlsx, an EPS logo and two library source modules.",
    "xlrd": "Legacy Excel .xls workbooks (BIFF4-BIFF8: formulas, names, formats) plus .xlsx/.xlsb/.ods samples and a non-spreadsheet .zip.",
    "oletools": "Harmless Office samples in many legacy/OOXML/ODF formats (.doc .dot .ppt .pps .pot .xls .xlt .odt .ods .odp .docx ...); three password-encrypted files (broken).",
    "ruby-msg": "Outlook .msg items (mails, contacts, notes), vCards and WMF pictures from the ruby-msg test folder.",
    "olefile": "An OLE2 Word document and a JPEG used by the olefile tests.",
    "pdfminer.six": "PDF samples for text extraction (simple, CMaps, CJK, forms, JBIG2, annotations, a Federal Register FAA airworthiness-directive NPRM); one AES-encrypted PDF with a user password (broken).",
    "mail": "RFC 822/2822 e-mails of all kinds (plain, MIME, multipart reports, bad headers, CJK charsets) and the attachment fixtures (GIF, JPEG, PNG, TIFF, PDF, ZIP).",
    "Pillow": "Test images in many raster formats (PNG, JPEG, GIF, TIFF, BMP, ICO, TGA, JPEG 2000, PSD ...) and a few C/Python sources; one truncated PNG (broken).",
    "pydub": "Short audio/video test clips (OGG, MP3, WAV, M4A, WebM).",
    "pygments": "Lexer example files: Python, C, C++, JS, TS, CSS, HTML, Markdown, reST, Java, Go, Rust, PHP, shell; JSON, XML, YAML, TOML, INI, BibTeX and Graphviz samples.",
    "pyyaml": "YAML documents: spec examples from the test suite and an example file.",
    "python-bibtexparser": "BibTeX database, .bst style and .aux files.",
    "pydot": "Graphviz .dot graphs from the pydot regression suite.",
    "togeojson": "KML and GPX tracks and their GeoJSON conversions.",
    "jszip": "ZIP archives in many variants (deflate, zip64, nested, UTF-8 names, 7-Zip-made) and ODS/XLSX/XPS documents; an encrypted zip (broken).",
    "poi": "Legacy and OOXML Office files from the Apache POI test-data (Word .doc/.docx, Excel .xls/.xlsx, PowerPoint .ppt/.pptx, Outlook .msg), pictures, two Java sources; password-protected documents (broken).",
    "pypdf": "PDFs from the pypdf test resources (forms, outlines, images, attachments, XMP, OCR text) and library source modules; one PDF encrypted with a user password (broken).",
    "pdf.js": "PDFs checked into the pdf.js test suite (annotations, fonts, forms, shadings, CJK), JavaScript/CSS/HTML sources and viewer images; one PDF that needs a (SASLprep) user password (broken).",
    "MimeKit": "MIME messages (DSNs, MDNs, multipart, MHTML, Japanese), mbox files, TNEF (winmail.dat) attachments and C# sources.",
    "fonttools": "TrueType/OpenType fonts, TTX and feature files from the fontTools tests, and Python sources.",
    "python-soundfile": "Tiny WAV / raw PCM test files.",
    "libarchive": "Archives decoded from libarchive's uuencoded test files (tar.gz/bz2/xz/zst/lz4/lzma, 7z, CAB, ar, ISO, RAR, ZIP, cpio, LHA, XAR, WARC, mtree), C sources and headers; an encrypted 7z and a RAR with encrypted data (broken).",
    "yauzl": "Small ZIP archives from yauzl's success cases; a traditional-PKWARE-encrypted zip (broken).",
    "Fiona": "GIS test data: GeoJSON, TopoJSON, GPX, GML/XSD, CSV, a shapefile part and a zipped shapefile.",
    "netcdf4-python": "NetCDF-3/4 (HDF5-based) test files and example Python scripts.",
    "networkx": "Example graph data (edge list, GeoJSON, mbox, gz/bz2/zip data files), a D3 force example (JS/CSS/HTML), Python sources and a CI workflow YAML.",
    "sphinxcontrib-bibtex": "BibTeX databases from the Sphinx extension's test roots and its reStructuredText docs.",
    "graphlib-dot": "Small Graphviz .dot graphs from the graphlib-dot test data (taken from the parent of the commit that removed them).",
}

EXCLUDED_NOTE = {
    "dev": "No file was dropped for export-control wording: scan.py (patterns listed there) found no export-control marking or regulation wording in any selected file (raw bytes, UTF-16 text, ZIP members, gzip/bz2/xz streams, pdftotext output; legacy Office files were also rendered to text with LibreOffice and checked).",
    "test": "No file was dropped for export-control wording (same checks as public_dev). Note: poi/slideshow/23884_defense_FINAL_OOimport_edit.ppt is a public academic thesis-defence deck on satellite navigation augmentation for civil aviation; it carries no markings and is kept as an ordinary (uncontrolled) file, but it is technical navigation content that a classifier may find hard.",
}


def write_provenance(split, rows, commits):
    import collections
    counts = collections.Counter(r["path"].split("/")[0] for r in rows)
    broken = collections.Counter(r["path"].split("/")[0] for r in rows if r["kind"] == "broken")
    lines = [f"# public_{split}: ordinary public files (provenance)", "",
             "Files copied verbatim from the test suites / sample data of public open-source",
             "projects on GitHub, collected by `public_dev/collect.py` from repository snapshots.",
             "Every file is labelled in `labels.csv` (jurisdiction UNCONTROLLED, or UNDETERMINED",
             "for the deliberately encrypted/corrupt files with kind `broken`, which a reader cannot open); the `source`",
             "column gives `github:owner/repo@commit:path` for each file.",
             "The split is by project: no project contributes to both public_dev and public_test.",
             "", "| project | repository | commit | licence | files | broken | what |",
             "| --- | --- | --- | --- | ---: | ---: | --- |"]
    for name, repo, sp, lic, *_ in PROJECTS:
        if sp != split or not counts[name]:
            continue
        lines.append(f"| {name} | [{repo}](https://github.com/{repo}) | `{commits[name][:12]}` | {lic} | "
                     f"{counts[name]} | {broken[name]} | {DESCRIPTIONS[name]} |")
    lines += ["", f"Total: {len(rows)} files, {sum(broken.values())} of them broken (encrypted / corrupt / truncated).",
              "", "Notes:", "",
              "- libarchive files are stored uuencoded upstream (`*.uu`); they were uudecoded and saved",
              "  without the `.uu` suffix (the `source` column names the `.uu` file).",
              "- `labels.csv`, `PROVENANCE.md` and (in public_dev) `collect.py` / `scan.py` / `excluded.txt`",
              "  are metadata, not corpus items: leave them out of any sweep of these folders",
              "  (scan.py and this file name the marking patterns themselves).",
              "- Some ordinary files are unusual on purpose, as test files are: a lexer sample that is",
              "  not well-formed XML, NetCDF-4 files that are HDF5 containers, an Ogg file holding FLAC,",
              "  raw PCM without a header, image-only PDFs with no text layer.",
              "", "## Files left out", "", EXCLUDED_NOTE[split], "",
              "Also deliberately not used: apache/tika test documents (reserved for an independent",
              "evaluation); GPL-licensed sources (e.g. msg-extractor, pandoc); pdfminer.six `samples/nonfree/`;",
              "decompression-bomb and fuzzer-crash files; pdf.js's freeculture.pdf (CC BY-NC book) and tracemonkey PDFs (ACM-copyright paper).", ""]
    with open(os.path.join(ROOT, f"public_{split}", "PROVENANCE.md"), "w") as fh:
        fh.write("\n".join(lines))


BROKEN_KINDS = {"broken", "uu-broken"}


def git(gitdir, *args, binary=False):
    out = subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                         capture_output=True)
    return out.stdout if binary else out.stdout.decode("utf-8", "surrogateescape")


def gitdir_for(repo):
    d = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return d + "/.git" if os.path.isdir(d + "/.git") else d


def listing(gitdir, commit="HEAD"):
    raw = git(gitdir, "ls-tree", "-r", "-l", "-z", commit, binary=True)
    files = []
    for rec in raw.split(b"\0"):
        if not rec:
            continue
        meta, path = rec.split(b"\t", 1)
        mode, typ, sha, size = meta.split()
        if typ != b"blob" or not size.isdigit() or mode == b"120000":
            continue
        files.append((path.decode("utf-8", "surrogateescape"), int(size)))
    return sorted(files)


def sample(items, n):
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def uudecode(data):
    out = bytearray()
    inside = False
    for line in data.splitlines():
        if line.startswith(b"begin "):
            inside = True
            continue
        if not inside:
            continue
        if line.strip() == b"end":
            break
        if not line.strip():
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
            out += binascii.a2b_uu(line[:nbytes])
    return bytes(out)


def main(exclude=()):
    exclude = set(exclude)
    rows = {"dev": [], "test": []}
    commits = {}
    for name, repo, split, lic, strip, rules, *ref in PROJECTS:
        gd = gitdir_for(repo)
        commit = git(gd, "rev-parse", ref[0] if ref else "HEAD").strip()
        commits[name] = commit
        files = listing(gd, commit)
        taken = set()
        for regex, n, kind in rules:
            rx = re.compile(regex)
            cands = [(p, s) for p, s in files
                     if rx.search(p) and 0 < s <= MAX_FILE and p not in taken
                     and "\\" not in p]
            for p, s in sample(cands, n):
                taken.add(p)
                rel = p[len(strip):] if strip and p.startswith(strip) else p
                data = git(gd, "show", f"{commit}:{p}", binary=True)
                if kind.startswith("uu"):
                    data = uudecode(data)
                    rel = rel[:-3]
                    rel = rel.replace("libarchive/test/test_", "test/")
                dest_rel = f"{name}/{rel}"
                if dest_rel in exclude:
                    continue
                dest = os.path.join(ROOT, f"public_{split}", dest_rel)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "wb") as fh:
                    fh.write(data)
                broken = kind in BROKEN_KINDS
                src = f"github:{repo}@{commit}:{p}"
                rows[split].append({
                    "path": dest_rel,
                    "jurisdiction": "UNDETERMINED" if broken else "UNCONTROLLED",
                    "category": "",
                    "marked": "no",
                    "kind": "broken" if broken else "ordinary",
                    "source": src,
                    "license": lic,
                })
    for split, rs in rows.items():
        out = os.path.join(ROOT, f"public_{split}", "labels.csv")
        with open(out, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["path", "jurisdiction", "category",
                                               "marked", "kind", "source", "license"])
            w.writeheader()
            w.writerows(sorted(rs, key=lambda r: r["path"]))
        write_provenance(split, rs, commits)
        print(split, len(rs), file=sys.stderr)


if __name__ == "__main__":
    excl_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "excluded.txt")
    excl = []
    if os.path.exists(excl_file):
        excl = [l.split("#")[0].strip() for l in open(excl_file) if l.split("#")[0].strip()]
    main(excl)
