"""Settings › Scorecard criteria: the catalogue every account is scored against."""

import dataclasses
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.scorecard import Catalogue
from kamdesk.i18n.messages import error_message
from kamdesk.ui.shell.error_report import show_error
from kamdesk.ui.status.catalogue_models import (
    BENEFITS,
    CRITERION_NAME,
    CRITERION_POINTS,
    CriteriaModel,
    LevelsModel,
)
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.services.status import StatusService


def _table(model: CriteriaModel | LevelsModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _spin(value: int, maximum: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    return spin


class CatalogueDialog(QDialog):
    def __init__(self, service: "StatusService", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scorecard criteria"))
        self.resize(860, 520)
        self.service = service
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.tabs = QTabWidget()
        self._build(service.catalogue())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self._build(DEFAULT_CATALOGUE))
        note = QLabel(
            self.tr(
                "Saving re-scores every account. Key-account levels change only "
                "at their review or by hand."
            )
        )
        note.setObjectName("secondaryText")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _build(self, catalogue: Catalogue) -> None:
        self.tabs.clear()
        self.criteria = CriteriaModel(catalogue.criteria, self)
        self.criteria.edit_refused.connect(lambda e: self.error.setText(error_message(e)))
        self.criteria_view = _table(self.criteria, CRITERION_POINTS)
        add = QPushButton(self.tr("Add yes/no criterion"))
        add.clicked.connect(self._add_criterion)
        remove = QPushButton(self.tr("Remove criterion"))
        remove.clicked.connect(self._remove_criterion)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.criteria_view)
        column.addLayout(row)
        self.tabs.addTab(page, self.tr("Criteria"))
        self.levels = LevelsModel(dict(catalogue.levels), self)
        self.tabs.addTab(_table(self.levels, BENEFITS), self.tr("Levels"))
        self.strategic_minimum = _spin(catalogue.strategic_minimum, 1000)
        self.hard_figure_minimum = _spin(catalogue.hard_figure_minimum, 1000)
        self.a_customer_revenue = _spin(int(catalogue.a_customer_revenue), 2_000_000_000, " €")
        gates = QWidget()
        form = QFormLayout(gates)
        form.addRow(self.tr("Gate 1 needs strategic points:"), self.strategic_minimum)
        form.addRow(self.tr("Gate 2 needs points from figures:"), self.hard_figure_minimum)
        form.addRow(
            self.tr("A dropped key account stays an A customer from a revenue of:"),
            self.a_customer_revenue,
        )
        self.tabs.addTab(gates, self.tr("Gates"))

    def _add_criterion(self) -> None:
        self.criteria.add_yes_no(self.tr("New criterion"))
        index = self.criteria.index(self.criteria.rowCount() - 1, CRITERION_NAME)
        self.criteria_view.setCurrentIndex(index)
        self.criteria_view.edit(index)

    def _remove_criterion(self) -> None:
        rows = self.criteria_view.selectionModel().selectedRows()
        if rows:
            self.criteria.remove(rows[0].row())

    def catalogue(self) -> Catalogue:
        """The edited catalogue; raises InvalidCatalogue when it breaks a rule."""
        return dataclasses.replace(
            DEFAULT_CATALOGUE,
            criteria=tuple(self.criteria.rows),
            levels=self.levels.levels,
            strategic_minimum=self.strategic_minimum.value(),
            hard_figure_minimum=self.hard_figure_minimum.value(),
            a_customer_revenue=Decimal(self.a_customer_revenue.value()),
        )

    def accept(self) -> None:
        """Check the catalogue here, then store and re-score on the worker thread: with tens of
        thousands of accounts that takes seconds, and the window stays responsive meanwhile."""
        try:
            catalogue = self.catalogue()
        except KamdeskError as error:
            self.error.setText(error_message(error))
            return
        self.setEnabled(False)
        self.error.setText(self.tr("Re-scoring every account…"))
        service = self.service
        run_in_background(
            lambda _: service.save_catalogue(catalogue), lambda _: self._saved(), self._failed
        )

    def _saved(self) -> None:
        self.setEnabled(True)
        super().accept()

    def _failed(self, error: Exception) -> None:
        self.setEnabled(True)
        if isinstance(error, KamdeskError):
            self.error.setText(error_message(error))
        else:
            self.error.clear()
            show_error(self, error)
