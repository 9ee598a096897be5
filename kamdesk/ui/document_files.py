"""Writing exported documents: atomically (QSaveFile), PDF through Qt's own PDF writer."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QSaveFile, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kamdesk.domain.errors import ExportFailed


def _save(path: Path, write: Callable[[QSaveFile], object]) -> None:
    """The old file stays whole until the new one is complete (full disk, crash, cancel)."""
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportFailed(path, file.errorString())
    write(file)
    if not file.commit():
        raise ExportFailed(path, file.errorString())


def write_html(html: str, path: Path) -> None:
    _save(path, lambda file: file.write(html.encode("utf-8")))


def write_pdf(html: str, path: Path, title: str) -> None:
    def render(file: QSaveFile) -> None:
        writer = QPdfWriter(file)
        writer.setResolution(96)  # the resolution QTextDocument lays out in: pages fill up
        writer.setTitle(title)
        writer.setCreator("kamdesk")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 16, 18, 16),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.setHtml(html)
        # With a page size of its own, print_() uses our margins instead of adding 2 cm.
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.setDocumentMargin(0)
        document.print_(writer)

    _save(path, render)
