"""The preview before an account import: every row of the list with what will happen to it
(new, update, unchanged, refused with the reason and the column), the user's choice for the
rows that match an account, and the way to another sheet or another column mapping."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.account_import import ImportChoice, PlannedRow, RowKind
from kamdesk.i18n.import_words import kind_label, row_outcome, source_label
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import read_only_view

if TYPE_CHECKING:
    from kamdesk.services.account_import import AccountImportPreview

ROW, WHAT, NAME, CITY, DETAILS = range(5)
KIND_ROLE = Qt.ItemDataRole.UserRole  # the row's RowKind, for the filter
MAPPING_WANTED, SHEET_WANTED = 2, 3  # the dialog's results besides accepted and rejected
_KIND_COLOURS = {RowKind.REFUSED: QColor("#c62828"), RowKind.UNCHANGED: QColor("#757575")}


class ImportPreviewModel(ListTableModel[PlannedRow]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Row"),
            self.tr("What"),
            self.tr("Name"),
            self.tr("City"),
            self.tr("Details"),
        )

    def row_key(self, row: PlannedRow) -> object:
        return row.row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == KIND_ROLE:
            return row.kind.value
        if role == Qt.ItemDataRole.ForegroundRole and column in (WHAT, DETAILS):
            return _KIND_COLOURS.get(row.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    @staticmethod
    def _text(row: PlannedRow, column: int) -> str | int:
        imported, refusal = row.imported, row.refusal
        if column == ROW:
            return row.row
        return {
            WHAT: kind_label(row.kind),
            NAME: imported.name if imported else refusal.name if refusal else "",
            CITY: imported.city if imported else "",
            DETAILS: row_outcome(row),
        }[column]


class AccountImportDialog(QDialog):
    def __init__(self, preview: "AccountImportPreview", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self.chosen_sheet = preview.table.sheet
        self.setWindowTitle(self.tr("Import accounts from {file}").format(file=preview.path.name))
        self.resize(920, 560)
        self.model = ImportPreviewModel(self)
        self.model.set_rows(list(preview.rows))
        self.shown = QSortFilterProxyModel(self)
        self.shown.setSourceModel(self.model)
        self.shown.setFilterRole(KIND_ROLE)
        self.view = read_only_view(self.shown, DETAILS)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
        self.update_option = QRadioButton(self.tr("&Update the accounts that rows match"))
        self.skip_option = QRadioButton(self.tr("&Leave matched accounts as they are"))
        self.update_option.setChecked(True)
        self.all_or_nothing = QCheckBox(self.tr("Import &nothing while a row is refused"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.columns_button = buttons.addButton(
            self.tr("&Columns…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.columns_button.clicked.connect(lambda: self.done(MAPPING_WANTED))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for option in (self.update_option, self.skip_option, self.all_or_nothing):
            option.toggled.connect(self._count_imported)
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._options())
        layout.addWidget(buttons)
        self._count_imported()

    def _heading(self) -> QHBoxLayout:
        preview, count = self._preview, self._preview.count
        self.summary = summary = QLabel(
            self.tr(
                "{source}: {new} new, {update} to update, {same} unchanged, {refused} refused"
            ).format(
                source=source_label(preview.source),
                new=count(RowKind.NEW),
                update=count(RowKind.UPDATE),
                same=count(RowKind.UNCHANGED),
                refused=count(RowKind.REFUSED),
            )
        )
        summary.setWordWrap(True)
        self.kinds = QComboBox()
        self.kinds.addItem(self.tr("All rows"), "")
        for kind in RowKind:
            if count(kind):
                self.kinds.addItem(kind_label(kind), f"^{kind.value}$")
        self.kinds.currentIndexChanged.connect(
            lambda _: self.shown.setFilterRegularExpression(self.kinds.currentData())
        )
        heading = QHBoxLayout()
        heading.addWidget(summary, 1)
        if len(preview.table.sheets) > 1:
            heading.addWidget(self._sheet_box())
        heading.addWidget(self.kinds)
        return heading

    def _sheet_box(self) -> QComboBox:
        sheets = QComboBox()
        sheets.addItems(list(self._preview.table.sheets))
        sheets.setCurrentText(self._preview.table.sheet)
        sheets.setToolTip(self.tr("The workbook's sheet to import"))

        def chosen(title: str) -> None:
            self.chosen_sheet = title
            self.done(SHEET_WANTED)

        sheets.currentTextChanged.connect(chosen)
        return sheets

    def _options(self) -> QHBoxLayout:
        options = QHBoxLayout()
        if self._preview.count(RowKind.UPDATE):
            options.addWidget(self.update_option)
            options.addWidget(self.skip_option)
        if self._preview.count(RowKind.REFUSED):
            options.addWidget(self.all_or_nothing)
        options.addStretch()
        return options

    def choice(self) -> ImportChoice:
        return ImportChoice(
            update_matches=self.update_option.isChecked(),
            all_or_nothing=self.all_or_nothing.isChecked(),
        )

    def _count_imported(self) -> None:
        count, choice = self._preview.count, self.choice()
        accounts = count(RowKind.NEW) + (count(RowKind.UPDATE) if choice.update_matches else 0)
        blocked = choice.all_or_nothing and count(RowKind.REFUSED) > 0
        self.import_button.setText(self.tr("&Import %Ln account(s)", "", accounts))
        self.import_button.setEnabled(accounts > 0 and not blocked)
        self.import_button.setToolTip(
            self.tr("A row is refused: mend the file, or let the other rows be imported.")
            if blocked
            else ""
        )
