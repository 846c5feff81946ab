"""Real sample documents for the knowledge-base integration tests and benchmarks."""

from __future__ import annotations

from pathlib import Path


def make_pdf(pages: list[str]) -> bytes:
    """A valid PDF with one line of Helvetica text per page (no library needed)."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids = []
    for i, text in enumerate(pages):
        page, content = 4 + 2 * i, 5 + 2 * i
        kids.append(f"{page} 0 R")
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1")
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        objects[content] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def make_docx(path: Path, sections: list[tuple[str, str]]) -> None:
    """A Word document with one Heading 1 and one paragraph per section."""
    import docx

    document = docx.Document()
    for heading, text in sections:
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
    document.save(str(path))


def mixed_folder(root: Path) -> Path:
    """Markdown, text, HTML, code, PDF, Word, plus a corrupt PDF, a binary and an empty file."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "handbook.md").write_text(
        "# Employee handbook\n\n## Remote work\n\n"
        "Employees may work from home up to three days per week after approval "
        "from their manager.\n\n## Expenses\n\nSubmit receipts within thirty days.\n"
    )
    (root / "faq.html").write_text(
        "<html><body><h1>IT FAQ</h1><h2>Printers</h2>"
        "<p>The third-floor printer is reset by holding the power button for ten seconds.</p>"
        "<script>track()</script></body></html>"
    )
    (root / "util.py").write_text("def fahrenheit_to_celsius(f):\n    return (f - 32) * 5 / 9\n")
    (root / "board.txt").write_text(
        "CONFIDENTIAL\n\nThe board approved the acquisition of Initech for 40 million.\n"
    )
    (root / "report.pdf").write_bytes(
        make_pdf(
            [
                "Quarterly report introduction and overview.",
                "The warehouse in Rotterdam shipped twelve thousand pallets in June.",
            ]
        )
    )
    make_docx(
        root / "onboarding.docx",
        [
            ("First day", "Collect your badge at the reception desk on the ground floor."),
            ("Parking", "Visitor parking is behind building C."),
        ],
    )
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj garbage without end")
    (root / "logo.bin").write_bytes(bytes(range(256)) * 8)
    (root / "empty.md").write_text("")
    return root
