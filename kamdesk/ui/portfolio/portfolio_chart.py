"""The portfolio chart on screen: hover names an account, a click opens it, the threshold
lines can be dragged (the fields' counts follow while dragging), the wheel zooms around the
pointer, dragging the background pans, and 0 or a double click shows everything again."""

import uuid
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kamdesk.domain.portfolio import PortfolioField, Thresholds, field_for
from kamdesk.i18n.formats import format_money
from kamdesk.i18n.portfolio_words import field_name
from kamdesk.ui.portfolio.chart_drawing import (
    Drawing,
    Frame,
    Marker,
    View,
    draw,
    draw_markers,
    log_of,
    positions,
)

GRAB_PIXELS = 6  # how near a threshold line a press takes hold of it
ZOOM_STEP = 0.8
_HORIZONTAL, _VERTICAL = "potential", "value"


class PortfolioChart(QWidget):
    account_opened = Signal(object)  # the id of the account whose marker was clicked
    thresholds_moved = Signal(object)  # Thresholds, once a line is let go

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 300)
        self.drawing = Drawing([], Thresholds(Decimal(0), Decimal(0)), {}, ("", ""))
        self.view = View(0, 7, 0, 7)
        self._dragging: str | None = None  # "value", "potential" or "pan"
        self._pressed_at: QPointF | None = None
        self._generation = 0  # counts the sets of markers shown: the layer follows
        self._layer_key: tuple[object, ...] | None = None
        self._layer = QPixmap()
        self._placed: list[tuple[float, float]] = []

    def sizeHint(self) -> QSize:
        return QSize(760, 520)

    def show_markers(
        self,
        shown: Sequence[Marker],
        thresholds: Thresholds,
        axis_titles: tuple[str, str],
        *,
        keep_view: bool,
    ) -> None:
        self.drawing.shown, self.drawing.thresholds = shown, thresholds
        self.drawing.axis_titles = axis_titles
        self._generation += 1
        self._count()
        if not keep_view:
            self.show_all()
        self.update()

    def show_all(self) -> None:
        self.view = View.around(self.drawing.shown, self.drawing.thresholds)
        self.update()

    def highlight(self, account_id: uuid.UUID | None) -> None:
        self.drawing.highlighted = account_id
        self.update()

    def frame(self) -> Frame:
        return Frame.inside(QRectF(self.rect()), self.view)

    def _count(self) -> None:
        counts = dict.fromkeys(PortfolioField, 0)
        thresholds = self.drawing.thresholds
        for marker in self.drawing.shown:
            p = marker.placement
            if p.value is not None and p.potential is not None:
                counts[field_for(p.value, p.potential, thresholds)] += 1
        self.drawing.counts = counts

    # painting

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self.frame()
        layer = self._marker_layer(frame)
        painter = QPainter(self)
        draw(painter, QRectF(self.rect()), frame, self.drawing, layer)
        painter.end()

    def _marker_layer(self, frame: Frame) -> QPixmap:
        """The markers and labels as last drawn for this view and size: dragging a line,
        hovering or highlighting repaints the chart without them being drawn again."""
        view = frame.view
        key = (self._generation, self.size(), view.x0, view.x1, view.y0, view.y1)
        if key != self._layer_key:
            self._layer_key = key
            self._placed = positions(frame, self.drawing.shown)
            ratio = self.devicePixelRatioF()
            self._layer = QPixmap(self.size() * ratio)
            self._layer.setDevicePixelRatio(ratio)
            self._layer.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._layer)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self.font())
            painter.setClipRect(frame.plot)
            draw_markers(painter, frame, self.drawing.shown, self._placed)
            painter.end()
        return self._layer

    # the pointer

    def marker_at(self, at: QPointF) -> Marker | None:
        """The top-most marker under the pointer (drawn last: the smaller ones)."""
        self._marker_layer(self.frame())  # the positions of this view
        px, py = at.x(), at.y()
        shown = self.drawing.shown
        for index in range(len(shown) - 1, -1, -1):
            x, y = self._placed[index]
            reach = shown[index].radius + 2
            if (x - px) ** 2 + (y - py) ** 2 <= reach * reach:
                return shown[index]
        return None

    def _line_at(self, at: QPointF) -> str | None:
        frame = self.frame()
        if not frame.plot.contains(at):
            return None
        lines = frame.point(
            log_of(self.drawing.thresholds.value), log_of(self.drawing.thresholds.potential)
        )
        if abs(lines.x() - at.x()) <= GRAB_PIXELS:
            return _VERTICAL
        if abs(lines.y() - at.y()) <= GRAB_PIXELS:
            return _HORIZONTAL
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        at = event.position()
        self._pressed_at = at
        line = self._line_at(at)
        if line is not None:
            self._dragging = line
        elif self.marker_at(at) is None:
            self._dragging = "pan"

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        at = event.position()
        if self._dragging in (_VERTICAL, _HORIZONTAL):
            self._move_line(at)
        elif self._dragging == "pan" and self._pressed_at is not None:
            self._pan(at)
        else:
            self._hover(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._dragging = self._dragging, None
        pressed, self._pressed_at = self._pressed_at, None
        if dragged in (_VERTICAL, _HORIZONTAL):
            self.thresholds_moved.emit(self.drawing.thresholds)
        elif dragged is None and pressed is not None:
            marker = self.marker_at(event.position())
            if marker is not None:
                self.account_opened.emit(marker.account_id)
        self.unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.marker_at(event.position()) is None:
            self.show_all()

    def _move_line(self, at: QPointF) -> None:
        x, y = self.frame().log_at(at)
        old = self.drawing.thresholds
        if self._dragging == _VERTICAL:
            self.drawing.thresholds = Thresholds(_rounded(x), old.potential)
        else:
            self.drawing.thresholds = Thresholds(old.value, _rounded(y))
        self._count()
        self.update()
        line = self.drawing.thresholds
        amount = line.value if self._dragging == _VERTICAL else line.potential
        QToolTip.showText(self.mapToGlobal(at.toPoint()), format_money(amount), self)

    def _pan(self, at: QPointF) -> None:
        assert self._pressed_at is not None
        frame = self.frame()
        start, now = frame.log_at(self._pressed_at), frame.log_at(at)
        self.view = self.view.moved(start[0] - now[0], start[1] - now[1])
        self._pressed_at = at
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def _hover(self, event: QMouseEvent) -> None:
        at = event.position()
        line = self._line_at(at)
        if line is not None:
            shape = Qt.CursorShape
            self.setCursor(shape.SplitHCursor if line == _VERTICAL else shape.SplitVCursor)
        else:
            self.unsetCursor()
        marker = self.marker_at(at)
        if marker is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self._tip(marker), self)

    def _tip(self, marker: Marker) -> str:
        p = marker.placement
        return "\n".join(
            [
                p.account.name,
                field_name(p.field),
                self.tr("Value: {amount}").format(amount=format_money(p.value)),
                self.tr("Potential: {amount}").format(amount=format_money(p.potential)),
                self.tr("Contribution margin: {amount}").format(
                    amount=format_money(p.margin) or "–"
                ),
            ]
        )

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps, event.position())

    def zoom(self, factor: float, at: QPointF | None = None) -> None:
        frame = self.frame()
        x, y = frame.log_at(at if at is not None else frame.plot.center())
        self.view = self.view.zoomed(factor, x, y)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.show_all()
        else:
            super().keyPressEvent(event)


def _rounded(exponent: float) -> Decimal:
    """A threshold dragged to 10**exponent, kept to two significant digits: 250 000, not
    249 371.88."""
    amount = Decimal(10**exponent)
    if amount < 1:
        return Decimal(1)
    digits = amount.adjusted() - 1
    return amount.scaleb(-digits).quantize(Decimal(1)).scaleb(digits).quantize(Decimal(1))
