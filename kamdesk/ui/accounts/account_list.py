"""The account list pane: the table, or a note when the search matches nothing."""

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QWidget,
)

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.i18n.account_cells import (
    COUNTRY,
    NAME,
    OWNER,
    PHASE,
    REVENUE,
    SCOPE,
    SCORE,
    SEGMENT,
    STATUS,
    column_header,
)
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.lifecycle_words import phase_label
from kamdesk.ui.accounts.account_table_model import AccountTableModel

_COLUMN_WIDTHS = {
    NAME: 220,
    SCORE: 55,
    SCOPE: 80,
    SEGMENT: 65,
    OWNER: 110,
    COUNTRY: 100,
    REVENUE: 105,
}


class AccountList(QStackedWidget):
    def __init__(self, model: AccountTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows, columns = self.table.verticalHeader(), self.table.horizontalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 50,000 rows, no measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(False)
        for column, width in _COLUMN_WIDTHS.items():
            # Never narrower than the heading with its sort arrow, in either language.
            columns.resizeSection(column, max(width, columns.sectionSizeHint(column)))
        # Status and phase as wide as their longest word in this language ("Durchdringung/
        # Bindung", "Corporate Key Account"): measured on the labels, not on 50,000 rows.
        padding = self.fontMetrics().horizontalAdvance("00")
        for column, labels in (
            (STATUS, [status_level_label(level) for level in StatusLevel]),
            (PHASE, [phase_label(phase) for phase in Phase]),
        ):
            widest = max(self.fontMetrics().horizontalAdvance(label) for label in labels)
            columns.resizeSection(column, widest + padding)
        self._offer_columns(columns)
        self.no_match = QLabel()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.addWidget(self.table)
        self.addWidget(self.no_match)

    def _offer_columns(self, columns: QHeaderView) -> None:
        """The header's context menu shows and hides columns (the name stays); the window
        remembers the choice with the header's state, and exports take the columns shown."""
        columns.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns.customContextMenuRequested.connect(
            lambda at: self.column_menu().exec(columns.mapToGlobal(at))
        )

    def column_menu(self) -> QMenu:
        columns = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(NAME + 1, self.model.columnCount()):
            action = menu.addAction(column_header(column))
            action.setCheckable(True)
            action.setChecked(not columns.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: columns.setSectionHidden(c, not shown))
        return menu

    def shown_columns(self) -> list[int]:
        """The columns the list shows, in the order the user sees them."""
        columns = self.table.horizontalHeader()
        order = [columns.logicalIndex(visual) for visual in range(columns.count())]
        return [column for column in order if not columns.isSectionHidden(column)]

    def show_matches(self, search_text: str) -> None:
        """The table while it has rows (or the store is empty), else what matched nothing."""
        empty_result = self.model.rowCount() == 0 and self.model.total_count() > 0
        self.setCurrentWidget(self.no_match if empty_result else self.table)
        self.no_match.setText(self.tr("No account matches “{text}”.").format(text=search_text))

    def current_account_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.account_id(index.row()) if index.isValid() else None

    def select_account(self, account_id: uuid.UUID) -> None:
        row = self.model.row_of(account_id)
        if row is None:
            return
        index = self.model.index(row, NAME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
