"""Writing a visit briefing as PDF (A4, running header, page numbers, Qt's PDF writer), as one
self-contained HTML file, or as Markdown; and printing it."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QPagedPaintDevice

from kamdesk.documents.blocks import Document, html, markdown
from kamdesk.documents.briefing import briefing_document, page_label, running_header
from kamdesk.documents.output import scene_image, write_text
from kamdesk.documents.pages import ResourceImages, paint_pages, write_paged_pdf
from kamdesk.documents.stakeholder_map import ON_PAPER, StakeholderScene

if TYPE_CHECKING:
    from kamdesk.services.briefing import PreparedBriefing
    from kamdesk.services.stakeholders import StakeholderMap

FORMATS = (".pdf", ".html", ".md")
MAP_SCALE = 1.5  # sharp enough on paper, small enough for a mail
# A4 portrait at the PDF's 96 dpi: the width between the margins, and what a page's body
# holds below the section's heading.
PAGE_WIDTH_PX, PAGE_HEIGHT_PX = 650, 860


def map_parts(stakeholders: "StakeholderMap", *, paged: bool) -> list[tuple[bytes, int]]:
    """The map laid out for paper, as PNG pictures with their width on the page: shrunk at
    most to the page's width (its text stays at 7 pt or more) and, on pages, cut between
    cards into parts a page holds."""
    scene = StakeholderScene(layout=ON_PAPER)
    scene.show_map(stakeholders)
    whole = scene.sceneRect()
    width = min(whole.width(), PAGE_WIDTH_PX)
    tallest = PAGE_HEIGHT_PX * whole.width() / width if paged else whole.height()
    return [(_png(scene, part), round(width)) for part in _parts(whole, scene.cuts, tallest)]


def _parts(whole: QRectF, cuts: list[float], tallest: float) -> list[QRectF]:
    parts, top = [], whole.top()
    while whole.bottom() - top > tallest:
        fitting = [y for y in cuts if top < y <= top + tallest]
        cut = max(fitting) if fitting else top + tallest  # a card taller than a page: never
        parts.append(QRectF(whole.left(), top, whole.width(), cut - top))
        top = cut
    parts.append(QRectF(whole.left(), top, whole.width(), whole.bottom() - top))
    return parts


def _png(scene: StakeholderScene, part: QRectF) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scene_image(scene, MAP_SCALE, part).save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def document_of(
    prepared: "PreparedBriefing", *, with_map: bool = True, paged: bool = True
) -> Document:
    """Markdown cannot show the map, so it is not drawn for it; a web page shows it whole."""
    parts = None
    if with_map and prepared.briefing.attendees:
        parts = map_parts(prepared.stakeholders, paged=paged)
    return briefing_document(prepared.briefing, parts)


def export_briefing(path: Path, prepared: "PreparedBriefing") -> None:
    """The format follows the file's ending: .pdf, .html or .md."""
    suffix = path.suffix.lower()
    document = document_of(prepared, with_map=suffix != ".md", paged=suffix == ".pdf")
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
