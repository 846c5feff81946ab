from __future__ import annotations

from pathlib import Path

import pytest

from app.engines.knowledge._document import BlockKind, UnsupportedFile
from app.engines.knowledge._loaders import decode_text, load


def block_texts(doc):
    return [(b.kind, doc.text[b.start : b.end], b.heading) for b in doc.blocks]


def test_plain_text_paragraphs_have_exact_offsets() -> None:
    data = b"First para\nstill first.  \n\nSecond para.\r\n\r\nThird.\n"
    doc = load(Path("notes.txt"), data)
    assert doc.kind == "text"
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "First para\nstill first.",
        "Second para.",
        "Third.",
    ]


def test_markdown_headings_build_a_path_and_code_fences_stay_whole() -> None:
    md = (
        "# Guide\n\nIntro.\n\n## Install\n\nRun it.\n\n```sh\nmake\n\nmake test\n```\n\n"
        "# Other\n\nBye.\n"
    )
    doc = load(Path("guide.md"), md.encode())
    blocks = block_texts(doc)
    assert (BlockKind.PARAGRAPH, "Run it.", "Guide › Install") in blocks
    code = [b for b in blocks if b[0] is BlockKind.CODE]
    assert len(code) == 1
    assert "make\n\nmake test" in code[0][1]  # the blank line did not split it
    assert (BlockKind.PARAGRAPH, "Bye.", "Other") in blocks  # level-1 heading resets the path


def test_html_drops_scripts_and_tracks_headings() -> None:
    html = (
        "<html><head><title>t</title><style>p{}</style></head><body>"
        "<h1>Policy</h1><p>Travel &amp; expenses.</p><script>var x=1;</script>"
        "<h2>Hotels</h2><p>Book   early.</p><pre>code  kept</pre></body></html>"
    )
    doc = load(Path("page.html"), html.encode())
    blocks = block_texts(doc)
    assert (BlockKind.PARAGRAPH, "Travel & expenses.", "Policy") in blocks
    assert (BlockKind.PARAGRAPH, "Book early.", "Policy › Hotels") in blocks
    assert (BlockKind.CODE, "code  kept", "Policy › Hotels") in blocks
    assert "var x" not in doc.text


def test_source_code_is_loaded_as_code() -> None:
    doc = load(Path("tool.py"), b"import os\n\n\ndef main():\n    return 1\n")
    assert doc.kind == "code"
    assert {b.kind for b in doc.blocks} == {BlockKind.CODE}


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n ", "empty file"),
        ("photo.png", b"\x89PNG\r\n", "binary file type (.png)"),
        ("blob", b"abc\x00\x01\x02", "binary file (contains NUL bytes)"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "unreadable PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "unreadable Word document"),
    ],
)
def test_unindexable_files_say_why(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(UnsupportedFile) as info:
        load(Path(name), data)
    assert reason in info.value.reason


def test_unknown_suffix_text_is_indexed() -> None:
    doc = load(Path("Makefile"), b"all:\n\techo hi\n")
    assert "echo hi" in doc.text


def test_non_utf8_text_falls_back_to_cp1252() -> None:
    assert decode_text("café".encode("cp1252")) == "café"
    assert decode_text("\ufeffhello".encode()) == "hello"
