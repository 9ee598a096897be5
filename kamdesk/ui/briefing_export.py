"""Writing a visit briefing as PDF (A4, running header, page numbers, Qt's PDF writer), as one
self-contained HTML file, or as Markdown; and printing it."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPagedPaintDevice

from kamdesk.i18n.briefing_document import briefing_document, page_label, running_header
from kamdesk.i18n.document_blocks import Document, html, markdown
from kamdesk.ui.document_files import scene_image, write_text
from kamdesk.ui.paged_document import ResourceImages, paint_pages, write_paged_pdf
from kamdesk.ui.stakeholder_scene import StakeholderScene

if TYPE_CHECKING:
    from kamdesk.services.briefing import PreparedBriefing
    from kamdesk.services.stakeholders import StakeholderMap

FORMATS = (".pdf", ".html", ".md")
MAP_SCALE = 1.5  # sharp enough on paper, small enough for a mail


def map_png(stakeholders: "StakeholderMap") -> bytes:
    scene = StakeholderScene()
    scene.show_map(stakeholders)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scene_image(scene, MAP_SCALE).save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def document_of(prepared: "PreparedBriefing", *, with_map: bool = True) -> Document:
    """Markdown cannot show the map, so it is not drawn for it."""
    drawn = with_map and bool(prepared.briefing.attendees)
    return briefing_document(prepared.briefing, map_png(prepared.stakeholders) if drawn else None)


def export_briefing(path: Path, prepared: "PreparedBriefing") -> None:
    """The format follows the file's ending: .pdf, .html or .md."""
    suffix = path.suffix.lower()
    document = document_of(prepared, with_map=suffix != ".md")
    if suffix == ".md":
        write_text(markdown(document), path)
    elif suffix == ".html":
        write_text(html(document), path)
    else:
        images = ResourceImages()
        page = html(document, images)
        header = running_header(prepared.briefing)
        write_paged_pdf(path, page, images, document.title, header, page_label)


def print_briefing(device: QPagedPaintDevice, prepared: "PreparedBriefing") -> None:
    """The same pages as the PDF, on a printer or in the print preview."""
    images = ResourceImages()
    page = html(document_of(prepared), images)
    paint_pages(device, page, images, running_header(prepared.briefing), page_label)
