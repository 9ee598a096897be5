"""The account form's Group field: the group account's name, typed with completion from the
account list (thousands of names: a line with a completer, not a drop-down), and the line
that lists a group's members."""

import uuid
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from kamdesk.domain.account import NAME_MAX, AccountSummary

Listed = Callable[[], list[AccountSummary]]  # every account of the list, as it stands


class GroupField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(NAME_MAX)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("No group – type the name of the group account"))
        self.setToolTip(
            self.tr("The Konzern this company belongs to; its page rolls up its members")
        )
        self._listed: Listed = list
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def list_from(self, listed: Listed) -> None:
        self._listed = listed

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The names as the list holds them now (accounts come and go between uses)."""
        self._names.setStringList(sorted({s.name for s in self._listed()}, key=str.casefold))
        super().focusInEvent(event)

    def name_of(self, group_id: uuid.UUID | None) -> str:
        if group_id is None:
            return ""
        return next((s.name for s in self._listed() if s.id == group_id), "")

    def typed_group(self) -> uuid.UUID | str | None:
        """The id of the account named, None for no group, or the text when no account has
        that name."""
        text = self.text().strip()
        if not text:
            return None
        return next((s.id for s in self._listed() if s.name == text), text)

    def members_of(self, account_id: uuid.UUID) -> list[str]:
        return sorted(
            (s.name for s in self._listed() if s.group_id == account_id), key=str.casefold
        )
