"""The Portfolio page: every account placed by value today and potential, the thresholds the
user drags, filters by owner, country, industry and level, and beside the chart the funnel's
candidates (with Start selection funnel…) and the accounts that lack a figure."""

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.portfolio import Placement, Portfolio, PortfolioField, Thresholds, ValueBasis
from kamdesk.i18n.formats import format_money
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.portfolio_words import basis_name, field_meaning, field_plural
from kamdesk.ui.portfolio.chart_drawing import Frame, View, draw, markers
from kamdesk.ui.portfolio.placement_models import CandidatesModel, UnplacedModel
from kamdesk.ui.portfolio.portfolio_chart import PortfolioChart
from kamdesk.ui.widgets.empty_hint import EmptyHint
from kamdesk.ui.widgets.export_path import export_path
from kamdesk.ui.widgets.spreadsheet_view import read_only_view
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.services.portfolio import PortfolioService

EXPORT_SIZE = QSizeF(1100, 720)


class PortfolioPage(QWidget):
    account_requested = Signal(object, object)  # account id, None: no particular tab
    funnel_requested = Signal(object)  # the account whose selection funnel to start
    failed = Signal(object)
    noticed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: PortfolioService | None = None
        self.portfolio: Portfolio | None = None
        self._stale = True
        self.chart = PortfolioChart()
        self.chart.account_opened.connect(self._open)
        self.chart.thresholds_moved.connect(self._thresholds_moved)
        self.basis = QComboBox()
        for basis in ValueBasis:
            self.basis.addItem(basis_name(basis), basis.value)
        self.basis.setToolTip(self.tr("What “value today” means: last year's revenue or margin"))
        self.basis.activated.connect(self._basis_chosen)
        self.filters = {key: QComboBox() for key in ("owner", "country", "industry", "level")}
        for combo in self.filters.values():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _: self._show_filtered(keep_view=True))
        self.reset_button = QPushButton(self.tr("&Medians"))
        self.reset_button.setToolTip(self.tr("Put both lines back on the medians of the figures"))
        self.reset_button.clicked.connect(self.reset_thresholds)
        self.show_all_button = QPushButton(self.tr("Show &all"))
        self.show_all_button.setToolTip(self.tr("Zoom out to every account (0)"))
        self.show_all_button.clicked.connect(self.chart.show_all)
        self.export_button = QPushButton(self.tr("E&xport chart…"))
        self.export_button.clicked.connect(self.export_chart)
        self.lines = QLabel()
        self.lines.setObjectName("secondaryText")
        self.candidates = CandidatesModel(self)
        self.candidates_view = read_only_view(self.candidates, 0, self._open_candidate)
        self.candidates_view.selectionModel().currentRowChanged.connect(self._candidate_chosen)
        self.funnel_button = QPushButton(self.tr("Start selection &funnel…"))
        self.funnel_button.setEnabled(False)
        self.funnel_button.clicked.connect(self.start_funnel)
        self.unplaced = UnplacedModel(self)
        self.unplaced_view = read_only_view(self.unplaced, 1, self._open_unplaced)
        self.meanings = QLabel()
        self.meanings.setWordWrap(True)
        self.meanings.setTextFormat(Qt.TextFormat.RichText)
        self.meanings.setText(
            "<br>".join(f"<b>{field_plural(f)}</b>: {field_meaning(f)}" for f in PortfolioField)
        )
        self._lay_out()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Value:")))
        bar.addWidget(self.basis)
        titles = (self.tr("Owner"), self.tr("Country"), self.tr("Industry"), self.tr("Status"))
        for title, combo in zip(titles, self.filters.values(), strict=True):
            bar.addWidget(QLabel(title + ":"))
            bar.addWidget(combo)
        bar.addStretch()
        for button in (self.reset_button, self.show_all_button, self.export_button):
            bar.addWidget(button)
        side = QTabWidget()
        candidates = QWidget()
        column = QVBoxLayout(candidates)
        column.addWidget(self.candidates_view)
        column.addWidget(self.funnel_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addTab(candidates, self.tr("Candidates for the funnel"))
        side.addTab(self.unplaced_view, self.tr("Not placed"))
        self.side = side
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.meanings)
        right_column.addWidget(side, 1)
        split = QSplitter()
        split.addWidget(self.chart)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 560])  # the candidates' figures readable beside the chart
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.lines)
        self.body = EmptyHint(
            content,
            self.tr(
                "The portfolio places each account by its value last year and its potential. "
                "Enter key figures (revenue, margin, potential) on an account's Plan tab, "
                "or load demo data."
            ),
        )
        outer = QVBoxLayout(self)
        outer.addWidget(self.body)

    # the store

    def attach(self, service: "PortfolioService") -> None:
        self._service = service
        self._stale = True
        if self.isVisible():
            self.refresh()

    def detach(self) -> None:
        self._service = None

    def data_changed(self) -> None:
        """Figures or accounts moved: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, *, keep_view: bool = False) -> None:
        service = self._service
        if service is None:
            return
        self._stale = False
        run_in_background(
            lambda _: service.portfolio(date.today()),
            lambda portfolio: self.show_portfolio(portfolio, keep_view=keep_view),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        if self._service is not None:
            self.failed.emit(error)

    # showing

    def show_portfolio(self, portfolio: Portfolio, *, keep_view: bool = False) -> None:
        if self._service is None:
            return  # the store closed while it was read
        self.portfolio = portfolio
        self.basis.setCurrentIndex(self.basis.findData(portfolio.basis.value))
        self._fill_filters(portfolio.placements)
        self._show_filtered(keep_view=keep_view)
        self.body.show_content(any(p.field is not None for p in portfolio.placements))

    def _fill_filters(self, placements: tuple[Placement, ...]) -> None:
        values = {
            "owner": sorted({p.account.owner for p in placements if p.account.owner}),
            "country": sorted({p.account.country for p in placements if p.account.country}),
            "industry": sorted({p.account.industry for p in placements if p.account.industry}),
        }
        everyone = (self.tr("All owners"), self.tr("All countries"), self.tr("All industries"))
        for (key, found), all_text in zip(values.items(), everyone, strict=True):
            _refill(self.filters[key], [(all_text, None), *[(v, v) for v in found]])
        levels = [(status_level_label(level), level.value) for level in reversed(StatusLevel)]
        key_accounts = (self.tr("Key accounts"), "key_accounts")
        _refill(self.filters["level"], [(self.tr("All levels"), None), key_accounts, *levels])

    def _shown(self) -> list[Placement]:
        assert self.portfolio is not None
        chosen = {key: combo.currentData() for key, combo in self.filters.items()}
        return [p for p in self.portfolio.placements if _passes(p, chosen)]

    def _show_filtered(self, *, keep_view: bool) -> None:
        portfolio = self.portfolio
        if portfolio is None:
            return
        shown = self._shown()
        basis = basis_name(portfolio.basis)
        titles = (
            self.tr("Value today: {basis} {year}").format(basis=basis, year=portfolio.year),
            self.tr("Potential"),
        )
        self.chart.show_markers(markers(shown), portfolio.thresholds, titles, keep_view=keep_view)
        ids = {p.account.id for p in shown}
        self.candidates.set_rows([p for p in portfolio.candidates() if p.account.id in ids])
        unplaced = [p for p in shown if p.field is None]
        self.unplaced.set_context(portfolio.year, basis)
        self.unplaced.set_rows(unplaced)
        self.side.setTabText(1, self.tr("Not placed ({count})").format(count=len(unplaced)))
        self.funnel_button.setEnabled(self.candidates_view.currentIndex().isValid())
        self._describe(portfolio)

    def _describe(self, portfolio: Portfolio) -> None:
        lines = portfolio.thresholds
        chosen = lines != portfolio.defaults
        self.lines.setText(
            self.tr("Lines at {value} value and {potential} potential ({how}).").format(
                value=format_money(lines.value),
                potential=format_money(lines.potential),
                how=self.tr("your choice") if chosen else self.tr("the medians"),
            )
        )
        self.reset_button.setEnabled(chosen)
        self.meanings.setText(
            "<br>".join(f"<b>{field_plural(f)}</b>: {field_meaning(f)}" for f in PortfolioField)
        )

    # what the user does

    def _thresholds_moved(self, thresholds: Thresholds) -> None:
        self._choose(thresholds)

    def reset_thresholds(self) -> None:
        self._choose(None)

    def _basis_chosen(self) -> None:
        self._choose(None)  # amounts of revenue and of margin differ: the medians again

    def _choose(self, thresholds: Thresholds | None) -> None:
        if self._service is None:
            return
        try:
            self._service.choose(ValueBasis(self.basis.currentData()), thresholds)
        except KamdeskError as error:
            self.failed.emit(error)
        self.refresh(keep_view=thresholds is not None)

    def _selected(self, model: CandidatesModel | UnplacedModel, index: int) -> uuid.UUID | None:
        return model.rows[index].account.id if 0 <= index < len(model.rows) else None

    def _candidate_chosen(self) -> None:
        row = self.candidates_view.currentIndex().row()
        self.funnel_button.setEnabled(row >= 0)
        self.chart.highlight(self._selected(self.candidates, row))

    def _open(self, account_id: uuid.UUID) -> None:
        self.account_requested.emit(account_id, None)

    def _open_candidate(self) -> None:
        account = self._selected(self.candidates, self.candidates_view.currentIndex().row())
        if account is not None:
            self.account_requested.emit(account, None)

    def _open_unplaced(self) -> None:
        account = self._selected(self.unplaced, self.unplaced_view.currentIndex().row())
        if account is not None:
            self.account_requested.emit(account, None)

    def start_funnel(self) -> None:
        account = self._selected(self.candidates, self.candidates_view.currentIndex().row())
        if account is not None:
            self.funnel_requested.emit(account)

    def export_chart(self) -> None:
        path = export_path(
            self,
            self.tr("Export portfolio chart"),
            self.tr("Portfolio"),
            [
                (self.tr("PNG image"), ".png"),
                (self.tr("SVG drawing"), ".svg"),
                (self.tr("PDF document"), ".pdf"),
            ],
        )
        if path is None:
            return
        from kamdesk.documents.output import write_drawing  # rarely: on demand

        view, drawing = View(**vars(self.chart.view)), self.chart.drawing

        def paint(painter: QPainter, area: QRectF) -> None:
            draw(painter, area, Frame.inside(area, view), drawing)

        try:
            write_drawing(path, EXPORT_SIZE, paint, self.tr("Portfolio"))
        except KamdeskError as error:
            self.failed.emit(error)
            return
        self.noticed.emit(self.tr("The chart was saved as {path}.").format(path=path))


def _passes(placement: Placement, chosen: dict[str, object]) -> bool:
    account = placement.account
    level = chosen["level"]
    if level == "key_accounts" and not account.status_level.is_key_account:
        return False
    if level not in (None, "key_accounts") and account.status_level.value != level:
        return False
    return all(
        chosen[key] in (None, getattr(account, key)) for key in ("owner", "country", "industry")
    )


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """New choices, keeping the one made where it still exists."""
    kept = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(kept), 0))
