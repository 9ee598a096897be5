"""Writing exported documents: PDF through Qt's own PDF writer, the stakeholder map as PNG and
SVG. Qt renders into memory; the one atomic writer (files/atomic_file.py) puts it on disk."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from kamdesk.domain.errors import ExportFailed
from kamdesk.files.atomic_file import replaced_atomically


def save_atomically(path: Path, write: Callable[[QIODevice], object]) -> None:
    """What `write` puts on the device becomes the file; the old file stays whole until the
    new one is complete (full disk, crash)."""
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    write(device)
    device.close()
    with replaced_atomically(path) as temporary:
        temporary.write_bytes(bytes(data.data()))


def write_text(text: str, path: Path) -> None:
    save_atomically(path, lambda file: file.write(text.encode("utf-8")))


def a4_layout(top_bottom_mm: float) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(18, top_bottom_mm, 18, top_bottom_mm),
        QPageLayout.Unit.Millimeter,
    )


def pdf_writer(file: QIODevice, title: str, layout: QPageLayout) -> QPdfWriter:
    """Qt's PDF writer at the resolution QTextDocument lays out in, so that pages fill up."""
    writer = QPdfWriter(file)
    writer.setResolution(96)
    writer.setTitle(title)
    writer.setCreator("kamdesk")
    writer.setPageLayout(layout)
    return writer


def write_pdf(html: str, path: Path, title: str) -> None:
    def render(file: QIODevice) -> None:
        writer = pdf_writer(file, title, a4_layout(16))
        document = QTextDocument()
        document.setHtml(html)
        # With a page size of its own, print_() uses our margins instead of adding 2 cm.
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.setDocumentMargin(0)
        document.print_(writer)

    save_atomically(path, render)


def scene_image(scene: QGraphicsScene, scale: float, part: QRectF | None = None) -> QImage:
    """The scene (or a part of it) on white, `scale` times its size."""
    source = scene.sceneRect() if part is None else part
    image = QImage((source.size() * scale).toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def write_scene_png(scene: QGraphicsScene, path: Path, scale: float = 2.0) -> None:
    """At twice screen resolution so that it prints sharp."""
    image = scene_image(scene, scale)

    def encode(file: QIODevice) -> None:
        if not image.save(file, "PNG"):  # type: ignore[call-overload]  # PySide wants str here
            raise ExportFailed(path, file.errorString())

    save_atomically(path, encode)


def write_scene_svg(scene: QGraphicsScene, path: Path, title: str) -> None:
    source = scene.sceneRect()

    def render(file: QIODevice) -> None:
        generator = QSvgGenerator()
        generator.setOutputDevice(file)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(title)
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("white"))
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()

    save_atomically(path, render)


Paint = Callable[[QPainter, QRectF], None]  # draws into the given rectangle


def write_drawing(path: Path, size: QSizeF, paint: Paint, title: str) -> None:
    """A drawing (the portfolio chart) as PNG at twice its size, SVG or a landscape A4 PDF,
    by the file's ending."""
    suffix = path.suffix.casefold()

    def render(file: QIODevice) -> None:
        if suffix == ".svg":
            generator = QSvgGenerator()
            generator.setOutputDevice(file)
            generator.setSize(size.toSize())
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(title)
            _paint_on(generator, QRectF(0, 0, size.width(), size.height()), paint)
        elif suffix == ".pdf":
            layout = a4_layout(12)
            layout.setOrientation(QPageLayout.Orientation.Landscape)
            writer = pdf_writer(file, title, layout)
            _paint_on(writer, QRectF(0, 0, writer.width(), writer.height()), paint)
        else:
            image = QImage((size * 2).toSize(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.scale(2, 2)
            paint(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            if not image.save(file, "PNG"):  # type: ignore[call-overload]  # PySide wants str
                raise ExportFailed(path, file.errorString())

    save_atomically(path, render)


def _paint_on(device: QSvgGenerator | QPdfWriter, area: QRectF, paint: Paint) -> None:
    painter = QPainter(device)
    paint(painter, area)
    painter.end()
