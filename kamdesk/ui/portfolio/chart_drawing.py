"""The portfolio chart as a drawing: the four fields, the threshold lines, one marker per
account (colour: status level, size: contribution margin), labels for the accounts that
matter, axes and legend. One painting serves the screen and the PNG, SVG and PDF exports.

Both axes are logarithmic: customers' revenues span several powers of ten, and on a linear
axis all but the largest would sit in one corner."""

import math
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap, QPolygonF

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.portfolio import Placement, PortfolioField, Thresholds
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.portfolio_words import field_plural

translate = QCoreApplication.translate
FLOOR = 1.0  # amounts below one euro (none, or a negative margin) sit on the axis' edge
LEVEL_COLOURS = {
    StatusLevel.C: "#a7b0ba",
    StatusLevel.B: "#8592a0",
    StatusLevel.A: "#5f6b78",
    StatusLevel.LARGE: "#2b7bb9",
    StatusLevel.ACCOUNT: "#3a9a5b",
    StatusLevel.KEY: "#e3a21a",
    StatusLevel.STRATEGIC: "#d9534f",
    StatusLevel.CORPORATE: "#7b3fa0",
}
_FIELD_TINTS = {
    PortfolioField.TOP: "#e8f4ea",
    PortfolioField.BASE: "#e9f0f8",
    PortfolioField.DEVELOPMENT: "#fdf3e1",
    PortfolioField.CARRIED: "#f3f3f3",
}
MARGINS = (64.0, 46.0, 16.0, 58.0)  # left (amounts), top (legend), right, bottom (axis)
LABELS_MAX = 40
RADIUS_MIN, RADIUS_MAX = 3.0, 14.0


def log_of(amount: Decimal | None) -> float:
    return math.log10(max(float(amount or 0), FLOOR))


@dataclass(frozen=True, slots=True)
class Marker:
    placement: Placement
    x: float  # log10 of the value
    y: float  # log10 of the potential
    radius: float
    colour: str
    labelled: bool

    @property
    def account_id(self) -> uuid.UUID:
        return self.placement.account.id


def markers(placements: Iterable[Placement]) -> list[Marker]:
    """The placed accounts as markers, the largest first (so that small ones stay on top and
    clickable); labels for key accounts and the five largest margins."""
    placed = [p for p in placements if p.field is not None]
    margins = [float(p.margin) for p in placed if p.margin is not None and p.margin > 0]
    largest = max(margins, default=1.0)
    by_margin = sorted(placed, key=lambda p: -(p.margin or 0))
    biggest = {p.account.id for p in by_margin[:5]}
    return [
        Marker(
            p,
            log_of(p.value),
            log_of(p.potential),
            _radius(p.margin, largest),
            LEVEL_COLOURS[p.account.status_level],
            p.account.status_level.is_key_account or p.account.id in biggest,
        )
        for p in by_margin
    ]


def _radius(margin: Decimal | None, largest: float) -> float:
    if margin is None or margin <= 0:
        return RADIUS_MIN
    return RADIUS_MIN + (RADIUS_MAX - RADIUS_MIN) * math.sqrt(float(margin) / largest)


@dataclass
class View:
    """The part of the plane shown, in log10 units of value (x) and potential (y)."""

    x0: float
    x1: float
    y0: float
    y1: float

    @classmethod
    def around(cls, shown: Sequence[Marker], thresholds: Thresholds) -> "View":
        xs = [m.x for m in shown] + [log_of(thresholds.value)]
        ys = [m.y for m in shown] + [log_of(thresholds.potential)]
        # More room on the right: the largest accounts' names go there.
        return cls(min(xs) - 0.25, max(xs) + 0.7, min(ys) - 0.25, max(ys) + 0.25)

    def zoomed(self, factor: float, x: float, y: float) -> "View":
        """Closer in (factor < 1) or further out, keeping the point (x, y) where it is."""
        return View(
            x - (x - self.x0) * factor,
            x + (self.x1 - x) * factor,
            y - (y - self.y0) * factor,
            y + (self.y1 - y) * factor,
        )

    def moved(self, dx: float, dy: float) -> "View":
        return View(self.x0 + dx, self.x1 + dx, self.y0 + dy, self.y1 + dy)


@dataclass
class Frame:
    """Where the plot sits on the canvas, and the mapping between amounts and pixels."""

    plot: QRectF
    view: View

    @classmethod
    def inside(cls, canvas: QRectF, view: View) -> "Frame":
        left, top, right, bottom = MARGINS
        return cls(canvas.adjusted(left, top, -right, -bottom), view)

    def point(self, x: float, y: float) -> QPointF:
        v, p = self.view, self.plot
        return QPointF(
            p.left() + (x - v.x0) / (v.x1 - v.x0) * p.width(),
            p.bottom() - (y - v.y0) / (v.y1 - v.y0) * p.height(),
        )

    def log_at(self, at: QPointF) -> tuple[float, float]:
        v, p = self.view, self.plot
        return (
            v.x0 + (at.x() - p.left()) / p.width() * (v.x1 - v.x0),
            v.y0 + (p.bottom() - at.y()) / p.height() * (v.y1 - v.y0),
        )


@dataclass
class Drawing:
    shown: Sequence[Marker]
    thresholds: Thresholds
    counts: dict[PortfolioField, int]
    axis_titles: tuple[str, str]
    highlighted: uuid.UUID | None = None
    amount_text: Callable[[float], str] = field(default=lambda exponent: compact(exponent))


def compact(exponent: float) -> str:
    """An amount 10**exponent, short: "500", "20 k", "1.5 M" (in the user's language)."""
    amount = 10**exponent
    locale = QLocale()
    if amount < 1_000:
        return locale.toString(round(amount))
    if amount < 1_000_000:
        return translate("PortfolioChart", "{amount} k").format(
            amount=locale.toString(round(amount / 1_000))
        )
    millions = amount / 1_000_000
    # Two significant digits below ten: "1 M" at the gridline, "1.5 M" between
    shown = (
        locale.toString(millions, "f", 0) if millions >= 10 else locale.toString(millions, "g", 2)
    )
    return translate("PortfolioChart", "{amount} M").format(amount=shown)


def draw(
    painter: QPainter,
    canvas: QRectF,
    frame: Frame,
    drawing: Drawing,
    marker_layer: QPixmap | None = None,
) -> None:
    """The whole chart. `marker_layer`: the markers and their labels as `draw_markers` drew
    them for this frame (a chart on screen keeps them while a line is dragged)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(canvas, QColor("white"))
    painter.setClipRect(frame.plot)
    _fields(painter, frame, drawing)
    _grid(painter, frame)
    if marker_layer is None:
        draw_markers(painter, frame, drawing.shown, positions(frame, drawing.shown))
    else:
        painter.drawPixmap(0, 0, marker_layer)
    _highlight(painter, frame, drawing)
    _thresholds(painter, frame, drawing.thresholds)
    _field_titles(painter, frame, drawing)
    painter.setClipping(False)
    _axes(painter, frame, drawing)
    _legend(painter, canvas)
    painter.restore()


def _quarters(frame: Frame, thresholds: Thresholds) -> dict[PortfolioField, QRectF]:
    line = frame.point(log_of(thresholds.value), log_of(thresholds.potential))
    plot = frame.plot
    x = min(max(line.x(), plot.left()), plot.right())
    y = min(max(line.y(), plot.top()), plot.bottom())
    return {
        PortfolioField.DEVELOPMENT: QRectF(QPointF(plot.left(), plot.top()), QPointF(x, y)),
        PortfolioField.TOP: QRectF(QPointF(x, plot.top()), QPointF(plot.right(), y)),
        PortfolioField.CARRIED: QRectF(QPointF(plot.left(), y), QPointF(x, plot.bottom())),
        PortfolioField.BASE: QRectF(QPointF(x, y), QPointF(plot.right(), plot.bottom())),
    }


def _fields(painter: QPainter, frame: Frame, drawing: Drawing) -> None:
    for portfolio_field, area in _quarters(frame, drawing.thresholds).items():
        painter.fillRect(area, QColor(_FIELD_TINTS[portfolio_field]))


def _field_titles(painter: QPainter, frame: Frame, drawing: Drawing) -> None:
    """Each field's name and count, over the markers (on a veil, so that they stay legible)."""
    font = QFont(painter.font())
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    for portfolio_field, area in _quarters(frame, drawing.thresholds).items():
        if area.width() < 60 or area.height() < metrics.height() + 12:
            continue  # a field dragged too thin for its name
        count = f" ({drawing.counts.get(portfolio_field, 0)})"  # the count is never cut
        room = area.width() - 20 - metrics.horizontalAdvance(count)
        name = metrics.elidedText(field_plural(portfolio_field), Qt.TextElideMode.ElideRight, room)
        title = name + count
        right = portfolio_field in (PortfolioField.TOP, PortfolioField.BASE)
        box = QRectF(0, area.top() + 6, metrics.horizontalAdvance(title) + 8, metrics.height())
        box.moveLeft(area.right() - 6 - box.width() if right else area.left() + 6)
        painter.fillRect(box, QColor(255, 255, 255, 170))
        painter.setPen(QColor("#5b6570"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
    painter.restore()


def _decades(low: float, high: float) -> range:
    return range(math.floor(low), math.ceil(high) + 1)


def _grid(painter: QPainter, frame: Frame) -> None:
    painter.setPen(QPen(QColor("#d5dae0"), 0.8))
    v, plot = frame.view, frame.plot
    for exponent in _decades(v.x0, v.x1):
        at = frame.point(exponent, v.y0).x()
        painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()))
    for exponent in _decades(v.y0, v.y1):
        at = frame.point(v.x0, exponent).y()
        painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))


def positions(frame: Frame, shown: Sequence[Marker]) -> list[tuple[float, float]]:
    """Where each marker's centre is on the canvas (plain floats: 5,000 of them per zoom)."""
    v, plot = frame.view, frame.plot
    scale_x, scale_y = plot.width() / (v.x1 - v.x0), plot.height() / (v.y1 - v.y0)
    left, bottom = plot.left(), plot.bottom()
    return [(left + (m.x - v.x0) * scale_x, bottom - (m.y - v.y0) * scale_y) for m in shown]


def draw_markers(
    painter: QPainter, frame: Frame, shown: Sequence[Marker], placed: Sequence[tuple[float, float]]
) -> None:
    """The markers, largest first, and the labels beside those that matter. Markers of one
    colour and size are drawn in one call, as round points of a wide pen: one call per
    marker would cost a frame's time with thousands."""
    groups: dict[tuple[str, float], list[QPointF]] = {}
    for marker, (x, y) in zip(shown, placed, strict=True):
        key = (marker.colour, round(marker.radius * 2) / 2)
        groups.setdefault(key, []).append(QPointF(x, y))
    outline = QColor(255, 255, 255, 200)
    for (colour, radius), points in sorted(groups.items(), key=lambda group: -group[0][1]):
        polygon = QPolygonF(points)
        painter.setPen(_round_pen(outline, 2 * radius + 2))
        painter.drawPoints(polygon)
        painter.setPen(_round_pen(_translucent(colour), 2 * radius))
        painter.drawPoints(polygon)
    _labels(painter, frame, shown, placed)


def _round_pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)


def _highlight(painter: QPainter, frame: Frame, drawing: Drawing) -> None:
    chosen = next((m for m in drawing.shown if m.account_id == drawing.highlighted), None)
    if chosen is not None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#1b1f23"), 2.0))
        at = frame.point(chosen.x, chosen.y)
        painter.drawEllipse(at, chosen.radius + 3, chosen.radius + 3)


def _translucent(colour: str) -> QColor:
    made = QColor(colour)
    made.setAlpha(210)
    return made


def _thresholds(painter: QPainter, frame: Frame, thresholds: Thresholds) -> None:
    at = frame.point(log_of(thresholds.value), log_of(thresholds.potential))
    plot = frame.plot
    painter.setPen(QPen(QColor("#404850"), 1.6, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(at.x(), plot.top()), QPointF(at.x(), plot.bottom()))
    painter.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()))


def _labels(
    painter: QPainter, frame: Frame, shown: Sequence[Marker], placed: Sequence[tuple[float, float]]
) -> None:
    """Names beside the markers that matter, never over another label."""
    metrics = QFontMetricsF(painter.font())
    taken: list[QRectF] = []
    painter.setPen(QColor("#1b1f23"))
    for marker, (x, y) in zip(shown, placed, strict=True):
        if len(taken) >= LABELS_MAX:
            return
        if not marker.labelled or not frame.plot.contains(QPointF(x, y)):
            continue
        box = QRectF(x + marker.radius + 3, y - metrics.height() / 2, 160, metrics.height())
        if any(box.intersects(other) for other in taken):
            continue
        name = metrics.elidedText(marker.placement.account.name, Qt.TextElideMode.ElideRight, 160)
        box.setWidth(metrics.horizontalAdvance(name))
        taken.append(box)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)


def _axes(painter: QPainter, frame: Frame, drawing: Drawing) -> None:
    v, plot = frame.view, frame.plot
    painter.setPen(QPen(QColor("#404850"), 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    metrics = QFontMetricsF(painter.font())
    for exponent in _decades(v.x0, v.x1):
        at = frame.point(exponent, v.y0).x()
        if plot.left() <= at <= plot.right():
            text = drawing.amount_text(exponent)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(at - width / 2, plot.bottom() + metrics.height()), text)
    for exponent in _decades(v.y0, v.y1):
        at = frame.point(v.x0, exponent).y()
        if plot.top() <= at <= plot.bottom():
            text = drawing.amount_text(exponent)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(plot.left() - width - 6, at + metrics.ascent() / 2), text)
    value_title, potential_title = drawing.axis_titles
    bottom = QRectF(plot.left(), plot.bottom() + metrics.height() + 6, plot.width(), 24)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, value_title)
    painter.save()
    painter.translate(14, plot.center().y())
    painter.rotate(-90)
    side = QRectF(-plot.height() / 2, -10, plot.height(), 20)
    painter.drawText(side, Qt.AlignmentFlag.AlignCenter, potential_title)
    painter.restore()


def _legend(painter: QPainter, canvas: QRectF) -> None:
    """The status levels' colours, along the top (in two rows where one is too short)."""
    metrics = QFontMetricsF(painter.font())
    left, right = canvas.left() + MARGINS[0], canvas.right() - MARGINS[2]
    x, y = left, canvas.top() + 4
    painter.setPen(QColor("#1b1f23"))
    for level, colour in LEVEL_COLOURS.items():
        text = status_level_label(level)
        if x + 14 + metrics.horizontalAdvance(text) > right:
            x, y = left, y + metrics.height() + 2
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(x + 5, y + metrics.height() / 2), 5, 5)
        painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
        x += 14 + metrics.horizontalAdvance(text) + 14
