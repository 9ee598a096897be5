"""Say what the columns of an account list mean, where kamdesk cannot tell by their names:
each column with an example from the file and its meaning, picked from a list."""

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kamdesk.domain.account_columns import (
    FIGURES,
    ColumnMap,
    Meaning,
    Target,
    header_key,
    meaning_from_text,
    meaning_text,
)
from kamdesk.i18n.import_words import meaning_label
from kamdesk.ui.widgets.choice_delegate import ChoiceDelegate
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view

if TYPE_CHECKING:
    from kamdesk.files.account_table import AccountTable

COLUMN, EXAMPLE, MEANING = range(3)
_EDIT = Qt.ItemDataRole.EditRole
FIGURE_YEARS = 6  # the years offered for revenue, margin and potential: up to the current one


@dataclass(frozen=True)
class MappedColumn:
    header: str
    example: str
    meaning: Meaning | None


class ColumnMappingModel(ListTableModel[MappedColumn]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Column of the file"), self.tr("Example"), self.tr("Imported as"))

    def row_key(self, row: MappedColumn) -> object:
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == MEANING else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.header, row.example, meaning_label(row.meaning))[column]
        if role == _EDIT and column == MEANING:
            return meaning_text(row.meaning) if row.meaning else ""
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or index.column() != MEANING:
            return False
        meaning = meaning_from_text(value) if value else None
        self.rows[index.row()] = dataclasses.replace(self.rows[index.row()], meaning=meaning)
        self.dataChanged.emit(index, index)
        return True


def meaning_choices(last_year: int) -> list[tuple[str, str]]:
    """(label, meaning as text): nothing, each field, each figure for the recent years."""
    choices = [(meaning_label(None), "")]
    choices += [(meaning_label(Meaning(t)), t.value) for t in Target if t not in FIGURES]
    for target in FIGURES:
        for year in range(last_year + 1, last_year + 1 - FIGURE_YEARS, -1):
            meaning = Meaning(target, year)
            choices.append((meaning_label(meaning), meaning_text(meaning)))
    return choices


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        table: "AccountTable",
        columns: ColumnMap,
        last_year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What the columns mean"))
        self.resize(720, 520)
        self.model = ColumnMappingModel(self)
        self.model.set_rows(
            [
                MappedColumn(header, _example(table, position), columns.get(position))
                for position, header in enumerate(table.headers)
            ]
        )
        self.view = spreadsheet_view(self.model, EXAMPLE)
        self.view.setItemDelegateForColumn(
            MEANING, ChoiceDelegate(lambda: meaning_choices(last_year), self)
        )
        hint = QLabel(
            self.tr(
                "Say what each column holds; one column must hold the account's name. "
                "kamdesk remembers this for lists with the same columns."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.preview_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setText(self.tr("&Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._name_needed)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._name_needed()

    def mapping(self) -> dict[str, Meaning]:
        """The meanings by header key, as the import's preview takes them."""
        return {header_key(r.header): r.meaning for r in self.model.rows if r.meaning is not None}

    def _name_needed(self) -> None:
        named = any(r.meaning == Meaning(Target.NAME) for r in self.model.rows)
        self.preview_button.setEnabled(named)


def _example(table: "AccountTable", position: int) -> str:
    """The first value the column has, for the user to tell what it holds."""
    for _, cells in table.rows[:50]:
        if position < len(cells) and cells[position] not in (None, ""):
            return " ".join(str(cells[position]).split())[:60]
    return ""
