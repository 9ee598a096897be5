"""Looking at and working on the stakeholder map: Ctrl+wheel and Ctrl+plus/minus zoom, Ctrl+0
fits; a click on a contact opens it; dragging a team member onto a contact (or back) assigns
them as counterparts."""

import uuid

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView, QWidget

from kamdesk.documents.stakeholder_map import Person, StakeholderScene

_ZOOM_STEP = 1.15
_CLICK_SLOP = 4  # pixels a press may move and still be a click
_READABLE = 0.7  # the smallest scale at which the cards' names can still be read
_SHOWN = 50  # pixels: a smaller viewport is not laid out yet


class StakeholderView(QGraphicsView):
    contact_clicked = Signal(object)  # the contact's id
    member_clicked = Signal(object)  # the team member's id
    link_dropped = Signal(object, object)  # contact id, member id

    def __init__(
        self, scene: StakeholderScene, parent: QWidget | None = None, *, linking: bool = True
    ) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self._linking = linking  # False: a map to read, whose cards only open on a click
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._fitting = True
        self._pressed: tuple[Person, QPointF] | None = None
        self._rubber: QGraphicsLineItem | None = None
        for keys, action in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1)),
            (QKeySequence("Ctrl+0"), self.fit),
        ):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def zoom(self, steps: float) -> None:
        self._fitting = False  # the user's zoom holds until the next account
        factor = _ZOOM_STEP**steps
        current = self.transform().m11()
        if 0.1 <= current * factor <= 4:
            self.scale(factor, factor)

    def fit(self) -> None:
        """The whole map in view, but never so small that names cannot be read: a larger
        map is shown from its top, to scroll. Kept fitted through resizes until zoomed."""
        self._fitting = True
        self._fit_now()

    def _fit_now(self) -> None:
        if self.viewport().width() < _SHOWN or self.viewport().height() < _SHOWN:
            return  # not laid out yet (a hidden tab): fitted when it is shown
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1 or self.transform().m11() < _READABLE:
            scale = min(1.0, max(_READABLE, self.transform().m11()))
            self.resetTransform()
            self.scale(scale, scale)
            self.ensureVisible(QRectF(self.sceneRect().topLeft(), QSizeF(1, 1)), 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self._fit_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fitting:
            self._fit_now()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(event.angleDelta().y() / 120)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        person = self._person_at(event.position())
        if person is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._pressed = (person, event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or not self._linking:
            super().mouseMoveEvent(event)
            return
        start = self.mapToScene(self._pressed[1].toPoint())
        end = self.mapToScene(event.position().toPoint())
        if self._rubber is None:
            self._rubber = self.map_scene.addLine(
                QLineF(start, end), QPen(Qt.GlobalColor.darkBlue, 2, Qt.PenStyle.DotLine)
            )
        self._rubber.setLine(QLineF(start, end))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            super().mouseReleaseEvent(event)
            return
        pressed, origin = self._pressed
        self._pressed = None
        if self._rubber is not None:
            self.map_scene.removeItem(self._rubber)
            self._rubber = None
        moved = (event.position() - origin).manhattanLength() > _CLICK_SLOP
        target = self._person_at(event.position())
        if not moved and target == pressed:
            signal = self.contact_clicked if pressed.kind == "contact" else self.member_clicked
            signal.emit(pressed.id)
        elif self._linking and target is not None and target.kind != pressed.kind:
            contact, member = (pressed, target) if pressed.kind == "contact" else (target, pressed)
            self.link_dropped.emit(contact.id, member.id)
        event.accept()

    def _person_at(self, position: QPointF) -> Person | None:
        return self.map_scene.person_at(self.itemAt(position.toPoint()))

    def card_position(self, kind: str, person_id: uuid.UUID) -> QPointF:
        """Where a person's card is on screen (for tests and accessibility tools)."""
        cards = self.map_scene.contact_cards if kind == "contact" else self.map_scene.member_cards
        return QPointF(self.mapFromScene(cards[person_id].sceneBoundingRect().center()))
