"""Render the Edgewise icon (packaging/linux/edgewise.svg) for every platform.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py

writes ``linux/edgewise.png`` (256 px), ``windows/edgewise.ico`` (16-256 px)
and ``macos/edgewise.icns`` (128-1024 px). Qt's SVG renderer does the
drawing; ICO and ICNS both hold plain PNG images, so no image library is
needed. Run it again after editing the SVG, and commit the outputs.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "linux" / "edgewise.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types that hold PNG data, by pixel size.
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file holding PNG images."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    (HERE / "linux" / "edgewise.png").write_bytes(render_png(256))
    (HERE / "windows" / "edgewise.ico").write_bytes(ico({s: render_png(s) for s in ICO_SIZES}))
    (HERE / "macos" / "edgewise.icns").write_bytes(icns({s: render_png(s) for s in ICNS_TYPES}))
    print("wrote linux/edgewise.png, windows/edgewise.ico, macos/edgewise.icns")


if __name__ == "__main__":
    main()
