"""Revenue, contribution margin II and the cost of care over the years, as grouped bars.
Imported on first use: QtCharts is not needed to paint the main window."""

from collections.abc import Callable
from decimal import Decimal
from operator import attrgetter

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from kamdesk.domain.contribution_margin import MarginStatement

translate = QCoreApplication.translate
_SERIES: tuple[tuple[str, str, Callable[[MarginStatement], Decimal]], ...] = (
    # label (translated when shown), colour, amount
    (str(QT_TRANSLATE_NOOP("MarginChart", "Revenue")), "#1f4e79", attrgetter("inputs.revenue")),
    (str(QT_TRANSLATE_NOOP("MarginChart", "Contribution margin II")), "#3a9a5b", attrgetter("db2")),
    (str(QT_TRANSLATE_NOOP("MarginChart", "Cost of care")), "#e3a21a", attrgetter("cost_of_care")),
)


class MarginChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)

    def show_statements(self, statements: list[MarginStatement]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.setVisible(bool(statements))  # no years, nothing to draw (and no empty axis)
        if not statements:
            return
        series = QBarSeries()
        heights: list[float] = []
        for label, colour, amount in _SERIES:
            bars = QBarSet(translate("MarginChart", label))
            bars.setColor(QColor(colour))
            values = [float(amount(s)) / 1000 for s in statements]
            bars.append(values)
            series.append(bars)
            heights += values
        chart.addSeries(series)
        years = QBarCategoryAxis()
        years.append([str(s.inputs.year) for s in statements])
        axis = QValueAxis()
        axis.setTitleText(translate("MarginChart", "thousand €"))
        axis.setLabelFormat("%.0f")
        chart.setLocale(QLocale())  # "15.000" in German, "15,000" in English, never "15000"
        chart.setLocalizeNumbers(True)
        chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(years)
        series.attachAxis(axis)
        # An explicit range: all-zero years would otherwise leave the axis without one.
        axis.setRange(min(0.0, *heights), max(1.0, *heights))
        axis.applyNiceNumbers()
