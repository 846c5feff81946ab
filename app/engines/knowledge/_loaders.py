"""Turn a file's bytes into an ``ExtractedDocument``, or say why it cannot be.

One loader per format: plain text and source code, Markdown, HTML, PDF
(pypdf) and Word .docx (python-docx). Text formats keep the file's own text,
so offsets point into the file itself. Anything a loader cannot read raises
``UnsupportedFile`` with a reason a user understands; no loader lets a
third-party exception escape.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from app.engines.knowledge._document import (
    HEADING_SEPARATOR,
    Block,
    BlockKind,
    DocumentBuilder,
    ExtractedDocument,
    UnsupportedFile,
)

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PLAIN_SUFFIXES = frozenset({".txt", ".text", ".rst", ".log", ".csv", ".tsv", ".org", ".adoc"})
CODE_SUFFIXES = frozenset(
    {
        ".py", ".pyi", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".java", ".kt", ".kts",
        ".scala", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs", ".go", ".rs",
        ".rb", ".php", ".swift", ".m", ".mm", ".sh", ".bash", ".zsh", ".fish", ".ps1",
        ".bat", ".sql", ".r", ".jl", ".lua", ".pl", ".pm", ".dart", ".ex", ".exs", ".erl",
        ".hs", ".ml", ".clj", ".css", ".scss", ".less", ".vue", ".svelte", ".toml",
        ".yaml", ".yml", ".json", ".ini", ".cfg", ".conf", ".xml", ".gradle", ".cmake",
        ".proto", ".graphql", ".tf", ".dockerfile", ".mk",
    }
)  # fmt: skip
# Formats we know hold no indexable text: skipped without reading them.
BINARY_SUFFIXES = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".ico", ".heic",
        ".mp3", ".wav", ".flac", ".ogg", ".m4a", ".mp4", ".mkv", ".mov", ".avi", ".webm",
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst",
        ".exe", ".dll", ".so", ".dylib", ".o", ".a", ".lib", ".class", ".jar", ".pyc",
        ".whl", ".bin", ".dat", ".db", ".sqlite", ".sqlite3", ".gguf", ".onnx", ".pt",
        ".safetensors", ".npy", ".npz", ".pkl", ".parquet", ".iso", ".dmg", ".msi",
        ".ttf", ".otf", ".woff", ".woff2", ".doc", ".xls", ".ppt", ".xlsx", ".pptx",
        ".odt", ".ods", ".odp", ".epub",
    }
)  # fmt: skip

_SNIFF_BYTES = 8192
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
# A paragraph: from a non-space to the last non-space before a blank line.
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=[ \t\r]*\n[ \t\r]*\n|\s*\Z)", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")

Loader = Callable[[Path, bytes], ExtractedDocument]


def load(path: Path, data: bytes) -> ExtractedDocument:
    """Extract ``data`` (the bytes of ``path``); raises ``UnsupportedFile``."""
    suffix = path.suffix.lower()
    if suffix in BINARY_SUFFIXES:
        raise UnsupportedFile(f"binary file type ({suffix}) holds no indexable text")
    if not data.strip():
        raise UnsupportedFile("empty file")
    loader = _LOADERS.get(suffix)
    if loader is None:
        # Unknown suffix (README, Makefile, .env.example...): index it if it is text.
        loader = load_plain
    return loader(path, data)


def decode_text(data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), else Windows-1252.

    Raises ``UnsupportedFile`` for data that looks binary (NUL bytes), which is
    what tells a stray binary with an unknown suffix apart from text.
    """
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise UnsupportedFile("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows documents; never fails, undefined bytes become U+FFFD.
        return data.decode("cp1252", errors="replace")


def _paragraph_blocks(
    text: str,
    start: int,
    end: int,
    heading: str | None,
    kind: BlockKind = BlockKind.PARAGRAPH,
) -> list[Block]:
    """Blocks for the blank-line separated paragraphs of ``text[start:end]``."""
    blocks: list[Block] = []
    for m in _PARAGRAPH.finditer(text, start, end):
        blocks.append(Block(m.start(), m.end(), kind, heading))
    return blocks


def load_plain(path: Path, data: bytes) -> ExtractedDocument:
    """Plain text: paragraphs separated by blank lines."""
    text = decode_text(data)
    if not text.strip():
        raise UnsupportedFile("empty file")
    blocks = _paragraph_blocks(text, 0, len(text), None)
    return ExtractedDocument(text, tuple(blocks), "text")


def load_code(path: Path, data: bytes) -> ExtractedDocument:
    """Source code: blank-line separated blocks, kept whole where they fit."""
    text = decode_text(data)
    if not text.strip():
        raise UnsupportedFile("empty file")
    blocks = _paragraph_blocks(text, 0, len(text), None, BlockKind.CODE)
    return ExtractedDocument(text, tuple(blocks), "code")


def load_markdown(path: Path, data: bytes) -> ExtractedDocument:
    """Markdown: ATX headings open sections; fenced code blocks stay whole."""
    text = decode_text(data)
    if not text.strip():
        raise UnsupportedFile("empty file")
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    offset = 0
    para_start: int | None = None
    fence: str | None = None
    fence_start = 0

    def heading_path() -> str | None:
        return HEADING_SEPARATOR.join(t for _, t in headings) if headings else None

    def close_paragraph(end: int) -> None:
        nonlocal para_start
        if para_start is not None:
            blocks.extend(_paragraph_blocks(text, para_start, end, heading_path()))
            para_start = None

    for line in text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        stripped = line.rstrip("\r\n")
        if fence is not None:
            if stripped.strip().startswith(fence):
                blocks.append(Block(fence_start, offset, BlockKind.CODE, heading_path()))
                fence = None
            continue
        fence_match = _FENCE.match(stripped)
        if fence_match:
            close_paragraph(line_start)
            fence, fence_start = fence_match.group(1), line_start
            continue
        heading_match = _ATX_HEADING.match(stripped)
        if heading_match:
            close_paragraph(line_start)
            level, title = len(heading_match.group(1)), heading_match.group(2).strip()
            while headings and headings[-1][0] >= level:
                headings.pop()
            if title:
                headings.append((level, title))
            blocks.append(
                Block(line_start, line_start + len(stripped), BlockKind.HEADING, heading_path())
            )
            continue
        if not stripped.strip():
            close_paragraph(line_start)
        elif para_start is None:
            para_start = line_start
    if fence is not None:  # unterminated fence runs to the end, as in CommonMark
        blocks.append(Block(fence_start, len(text), BlockKind.CODE, heading_path()))
    close_paragraph(len(text))
    return ExtractedDocument(text, tuple(blocks), "markdown")


class _HtmlExtractor(HTMLParser):
    """Collects visible text by block element; headings open sections."""

    _BLOCK_TAGS = frozenset(
        {"p", "div", "li", "tr", "br", "section", "article", "blockquote", "table",
         "ul", "ol", "dd", "dt", "header", "footer", "main", "nav", "aside", "form"}
    )  # fmt: skip
    _SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = DocumentBuilder("html")
        self._buffer: list[str] = []
        self._skip_depth = 0
        self._heading_level: int | None = None
        self._pre_depth = 0

    def _flush(self) -> None:
        text = "".join(self._buffer)
        self._buffer.clear()
        if self._heading_level is not None:
            self.builder.heading(self._heading_level, text)
        elif self._pre_depth:
            self.builder.add(text, BlockKind.CODE)
        else:
            self.builder.add(" ".join(text.split()))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP_TAGS:
            self._skip_depth += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._heading_level = int(tag[1])
        elif tag == "pre":
            self._flush()
            self._pre_depth += 1
        elif tag in self._BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._heading_level = None
        elif tag == "pre":
            self._flush()
            self._pre_depth = max(0, self._pre_depth - 1)
        elif tag in self._BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._buffer.append(data)

    def finish(self) -> ExtractedDocument:
        self.close()
        self._flush()
        return self.builder.build()


def load_html(path: Path, data: bytes) -> ExtractedDocument:
    """HTML: visible text by block element; scripts and styles dropped."""
    extractor = _HtmlExtractor()
    extractor.feed(decode_text(data))
    document = extractor.finish()
    if not document.text.strip():
        raise UnsupportedFile("no visible text in this HTML page")
    return document


def load_pdf(path: Path, data: bytes) -> ExtractedDocument:
    """PDF through pypdf: one section per page, paragraphs within it."""
    import pypdf
    from pypdf.errors import PyPdfError

    # pypdf logs its repairs of damaged files ("EOF marker not found") to stderr;
    # what matters reaches the user as the skip reason instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise UnsupportedFile("encrypted PDF: save an unprotected copy to index it")
        builder = DocumentBuilder("pdf")
        for number, page in enumerate(reader.pages, start=1):
            builder.page = number
            page_text = page.extract_text() or ""
            for paragraph in re.split(r"\n[ \t]*\n", page_text):
                builder.add(paragraph)
    except UnsupportedFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        # pypdf signals damaged files with a range of exception types.
        raise UnsupportedFile(f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    document = builder.build()
    if not document.text.strip():
        raise UnsupportedFile("PDF has no extractable text (a scanned image? run OCR first)")
    return document


def load_docx(path: Path, data: bytes) -> ExtractedDocument:
    """Word .docx through python-docx: heading styles open sections; tables by row."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        word = docx.Document(io.BytesIO(data))
        builder = DocumentBuilder("docx")
        for item in word.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    cells = [cell.text.strip() for cell in row.cells]
                    builder.add(" | ".join(cell for cell in cells if cell))
                continue
            style = (item.style.name if item.style is not None else "") or ""
            level = _docx_heading_level(style)
            if level is not None:
                builder.heading(level, item.text)
            else:
                builder.add(item.text)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnsupportedFile(f"unreadable Word document ({type(exc).__name__}: {exc})") from exc
    document = builder.build()
    if not document.text.strip():
        raise UnsupportedFile("Word document has no text")
    return document


def _docx_heading_level(style: str) -> int | None:
    if style == "Title":
        return 1
    m = re.fullmatch(r"Heading (\d)", style)
    return int(m.group(1)) if m else None


_LOADERS: dict[str, Loader] = {
    **dict.fromkeys(MARKDOWN_SUFFIXES, load_markdown),
    **dict.fromkeys(HTML_SUFFIXES, load_html),
    **dict.fromkeys(PLAIN_SUFFIXES, load_plain),
    **dict.fromkeys(CODE_SUFFIXES, load_code),
    ".pdf": load_pdf,
    ".docx": load_docx,
}
