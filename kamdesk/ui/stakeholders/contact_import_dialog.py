"""The preview before a contact import: each card with the level its title suggests (the user
corrects it), duplicates of people the account already has, and the cards that cannot be read."""

import dataclasses
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.contact_import import DuplicatePolicy, ImportRow, RefusedCard
from kamdesk.i18n.labels import hierarchy_label
from kamdesk.i18n.stakeholder_words import refused_card_text
from kamdesk.ui.widgets.choice_delegate import ChoiceDelegate
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import spreadsheet_view

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import ImportPreview

NAME, ORGANISATION, TITLE, LEVEL, DUPLICATE = range(5)
_EDIT = Qt.ItemDataRole.EditRole
translate = QCoreApplication.translate


class ImportRowsModel(ListTableModel[ImportRow]):
    def __init__(self, known: dict[uuid.UUID, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known = known  # names of the account's contacts and of earlier cards, by id

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Title"),
            self.tr("Level"),
            self.tr("Already there"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == LEVEL else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NAME: row.card.name,
                ORGANISATION: row.card.organisation,
                TITLE: row.card.title,
                LEVEL: hierarchy_label(row.level),
                DUPLICATE: self._known.get(row.duplicate_of, "") if row.duplicate_of else "",
            }[column]
        if role == _EDIT and column == LEVEL:
            return row.level.value
        if role == Qt.ItemDataRole.ForegroundRole and row.duplicate_of and column == DUPLICATE:
            return QColor("#ad1457")
        return None

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or index.column() != LEVEL:
            return False
        row = self.rows[index.row()]
        self.rows[index.row()] = dataclasses.replace(row, level=HierarchyLevel(value))
        self.dataChanged.emit(index, index)
        return True


class ContactImportDialog(QDialog):
    def __init__(
        self,
        preview: "ImportPreview",
        known: dict[uuid.UUID, str],
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts from {file}").format(file=file_name))
        self.resize(860, 480)
        names = known | {row.id: row.card.name for row in preview.rows}
        self.model = ImportRowsModel(names, self)
        self.model.set_rows(list(preview.rows))
        self.view = spreadsheet_view(self.model, TITLE)
        self.view.setItemDelegateForColumn(
            LEVEL,
            ChoiceDelegate(lambda: [(hierarchy_label(h), h.value) for h in HierarchyLevel], self),
        )
        hint = QLabel(
            self.tr(
                "The level comes from each title; correct it where it is wrong. "
                "Contacts marked in the last column are already there."
            )
        )
        hint.setWordWrap(True)
        self.merge = QRadioButton(self.tr("&Merge duplicates (the file's details update them)"))
        self.skip = QRadioButton(self.tr("&Skip duplicates"))
        self.skip.setChecked(True)
        duplicates = sum(row.duplicate_of is not None for row in preview.rows)
        policy = QHBoxLayout()
        policy.addWidget(self.merge)
        policy.addWidget(self.skip)
        policy.addStretch()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(bool(preview.rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        if duplicates:
            layout.addLayout(policy)
        if preview.refused:
            layout.addWidget(_refused_label(preview.refused))
        layout.addWidget(buttons)

    def rows(self) -> list[ImportRow]:
        return list(self.model.rows)

    def policy(self) -> DuplicatePolicy:
        return DuplicatePolicy.MERGE if self.merge.isChecked() else DuplicatePolicy.SKIP


def _refused_label(refused: list[RefusedCard]) -> QLabel:
    lines = [refused_card_text(r) for r in refused]
    label = QLabel(
        translate("ContactImportDialog", "These cannot be imported; the others can:")
        + "\n"
        + "\n".join(lines)
    )
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828")
    return label
