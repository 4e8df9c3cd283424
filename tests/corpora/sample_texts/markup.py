"""A tiny block markup shared by every writer, so each document text is written once.

Document bodies are kept as plain strings in a Markdown-like form; this module splits them into
blocks that the DOCX, PDF, HTML and PNG writers render in their own way:

- ``# title`` / ``## section`` headings
- ``- item`` bullets
- ``| a | b |`` table rows (consecutive rows form one table, the first row is the header)
- ```` ``` ```` fenced code (kept verbatim, monospace where the format allows)
- anything else: paragraph text; consecutive lines join into one paragraph
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field


@dataclass
class Block:
    """One rendered unit: a heading, a paragraph, a bullet, a table or a code listing."""

    kind: str                       # h1 | h2 | p | bullet | table | code
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def _table_row(line: str) -> list[str]:
    cells = line.strip().strip("|").split("|")
    return [c.strip() for c in cells]


def _is_rule(row: list[str]) -> bool:
    return all(set(c) <= set("-: ") for c in row)


def parse(text: str) -> list[Block]:
    """Split a body into blocks (see the module docstring for the markup)."""
    blocks: list[Block] = []
    para: list[str] = []
    code: list[str] | None = None

    def flush() -> None:
        if para:
            blocks.append(Block("p", " ".join(para)))
            para.clear()

    for raw in text.strip("\n").splitlines():
        line = raw.rstrip()
        if code is not None:
            if line.startswith("```"):
                blocks.append(Block("code", "\n".join(code)))
                code = None
            else:
                code.append(raw)
            continue
        if line.startswith("```"):
            flush()
            code = []
        elif not line.strip():
            flush()
        elif line.startswith("## "):
            flush()
            blocks.append(Block("h2", line[3:]))
        elif line.startswith("# "):
            flush()
            blocks.append(Block("h1", line[2:]))
        elif line.lstrip().startswith("- "):
            flush()
            blocks.append(Block("bullet", line.lstrip()[2:]))
        elif line.startswith("|"):
            flush()
            row = _table_row(line)
            if _is_rule(row):
                continue
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(row)
            else:
                blocks.append(Block("table", rows=[row]))
        else:
            para.append(line.strip())
    flush()
    return blocks


def to_html(title: str, body: str, banner: str | None = None, footer: str | None = None) -> str:
    """A complete, plain HTML page for a body in the block markup."""
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>"]
    if banner:
        out.append(f'<div class="banner"><strong>{html.escape(banner)}</strong></div>')
    bullets_open = False
    for block in parse(body):
        if block.kind != "bullet" and bullets_open:
            out.append("</ul>")
            bullets_open = False
        if block.kind == "h1":
            out.append(f"<h1>{html.escape(block.text)}</h1>")
        elif block.kind == "h2":
            out.append(f"<h2>{html.escape(block.text)}</h2>")
        elif block.kind == "p":
            out.append(f"<p>{html.escape(block.text)}</p>")
        elif block.kind == "code":
            out.append(f"<pre><code>{html.escape(block.text)}</code></pre>")
        elif block.kind == "bullet":
            if not bullets_open:
                out.append("<ul>")
                bullets_open = True
            out.append(f"<li>{html.escape(block.text)}</li>")
        elif block.kind == "table":
            out.append("<table>")
            for i, row in enumerate(block.rows):
                tag = "th" if i == 0 else "td"
                cells = "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row)
                out.append(f"<tr>{cells}</tr>")
            out.append("</table>")
    if bullets_open:
        out.append("</ul>")
    if footer:
        out.append(f'<footer><p>{html.escape(footer)}</p></footer>')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def to_lines(body: str) -> list[str]:
    """Plain text lines of a body, for raster pages and drawing notes."""
    lines: list[str] = []
    for block in parse(body):
        if block.kind in ("h1", "h2"):
            lines += ["", block.text.upper()]
        elif block.kind == "bullet":
            lines.append(f"  - {block.text}")
        elif block.kind == "table":
            lines += ["   ".join(row) for row in block.rows]
        elif block.kind == "code":
            lines += block.text.splitlines()
        else:
            lines += ["", block.text]
    return lines
