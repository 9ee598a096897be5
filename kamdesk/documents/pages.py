"""Laying an HTML document out on A4 pages with a running header and page numbers, for the
PDF writer and for the printer alike."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QIODevice, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QTextDocument,
    QTextOption,
)

from kamdesk.documents.blocks import ImageSource
from kamdesk.documents.output import a4_layout, pdf_writer, save_atomically

PageLabel = Callable[[int, int], str]  # page, pages → "Page 1 of 3"
PAGE_MARGIN_MM = 14  # top and bottom; the running header and page number sit inside


class ResourceImages(ImageSource):
    """Images handed to Qt's text layout as named resources instead of inline data."""

    def __init__(self) -> None:
        self.images: dict[str, bytes] = {}

    def __call__(self, png: bytes) -> str:
        name = f"kamdesk-image:{len(self.images)}"
        self.images[name] = png
        return name


def paint_pages(
    device: QPagedPaintDevice, html: str, images: ResourceImages, header: str, label: PageLabel
) -> None:
    """Header line and page number on every page; the body flows between them, wrapping even
    inside overlong words so that nothing is cut off at the margin."""
    painter = QPainter(device)
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    small = QFont(painter.font())
    small.setPointSizeF(8)
    band = painter.fontMetrics().height() * 2
    body = QRectF(0, 0, area.width(), area.height() - 2 * band)
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    for name, png in images.images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png)
        )
    document.setHtml(html)
    document.setDocumentMargin(0)
    document.setPageSize(body.size())
    pages = document.pageCount()
    for page in range(pages):
        if page:
            device.newPage()
        painter.setFont(small)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawText(QRectF(0, 0, area.width(), band), Qt.AlignmentFlag.AlignLeft, header)
        footer = QRectF(0, area.height() - band / 2, area.width(), band / 2)
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight, label(page + 1, pages))
        painter.save()
        painter.translate(0, band - page * body.height())
        document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
        painter.restore()
    painter.end()


def write_paged_pdf(
    path: Path, html: str, images: ResourceImages, title: str, header: str, label: PageLabel
) -> None:
    def render(file: QIODevice) -> None:
        paint_pages(pdf_writer(file, title, a4_layout(PAGE_MARGIN_MM)), html, images, header, label)

    save_atomically(path, render)
