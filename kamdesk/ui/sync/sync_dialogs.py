"""Team sync's dialogs: settings (the shared file, automatic sync), the conflicts waiting for a
decision (mine, theirs, the original; keep one, or open the account to edit), and the log."""

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.sync.team_server import TeamServer
from kamdesk.ui.sync.passphrase_dialogs import EncryptionChoice
from kamdesk.ui.sync.same_names import SameNames
from kamdesk.ui.sync.server_form import Check, TeamServerForm
from kamdesk.ui.sync.sync_models import ConflictTableModel, SyncLogModel
from kamdesk.ui.widgets.empty_hint import EmptyHint
from kamdesk.ui.widgets.spreadsheet_view import read_only_view
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.domain.account import AccountSummary
    from kamdesk.domain.sync.team_server import TeamPlace
    from kamdesk.services.sync_conflicts import ConflictView
    from kamdesk.services.sync_report import LogEntry, SyncSettings

FILE_FILTER = "kamdesk (*.kamdesk);;* (*)"


class SyncSettingsDialog(QDialog):
    """`encrypted` tells whether the file at a path is encrypted (None: no file there); it
    runs on the worker, since the share may be slow to answer or gone. `check` asks a team
    server whether it is ready; `kept`: whether a server's password is in the keyring."""

    def __init__(
        self,
        settings: "SyncSettings",
        encrypted: Callable[[Path], bool | None],
        check: Check,
        kept: Callable[[TeamServer], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync settings"))
        self._encrypted = encrypted
        place = settings.shared_file
        on_server = isinstance(place, TeamServer)
        self.server_form = TeamServerForm(
            place if isinstance(place, TeamServer) else None,
            check,
            isinstance(place, TeamServer) and kept(place),
        )
        self.path = QLineEdit("" if on_server else str(place or ""))
        self.chosen_again = False  # picked with Choose…: joins the file's team, even the same
        self.path.setPlaceholderText(self.tr("A file on the network drive or in a cloud folder"))
        self.path.setMinimumWidth(420)
        self.path.editingFinished.connect(self._show_file)
        self.encryption = EncryptionChoice()
        self._shown: Path | None = None  # the file whose encryption is shown (or looked at)
        self._looking = self._accepting = False
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.auto = QCheckBox(self.tr("Sync automatically at start and at close"))
        self.auto.setChecked(settings.auto_sync)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(self.tr("never in between"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(settings.auto_minutes)
        self.minutes.setEnabled(settings.auto_sync)
        self.auto.toggled.connect(self.minutes.setEnabled)
        hint = QLabel(
            self.tr(
                "Everyone in the team chooses the same file. Each of you keeps working on your "
                "own store, offline; syncing merges your changes with the team's. Private "
                "notes never leave this computer."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("secondaryText")
        file_page = QWidget()
        file_form = QFormLayout(file_page)
        file_form.setContentsMargins(0, 0, 0, 0)
        file_form.addRow(self.tr("Shared file:"), row)
        file_form.addRow(self.tr("Encryption:"), self.encryption)
        file_form.addRow(hint)
        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(self.server_form)
        self.by_file = QRadioButton(self.tr("&Shared file"))
        self.by_server = QRadioButton(self.tr("Team se&rver (PostgreSQL)"))
        self.by_server.setChecked(on_server)
        self.by_file.setChecked(not on_server)
        self.by_server.toggled.connect(self._show_place)
        ways = QHBoxLayout()
        ways.addWidget(QLabel(self.tr("The team syncs through:")))
        ways.addWidget(self.by_file)
        ways.addWidget(self.by_server)
        ways.addStretch(1)
        when = QGroupBox(self.tr("When to sync"))
        when_form = QFormLayout(when)
        when_form.addRow(self.auto)
        when_form.addRow(self.tr("Also every:"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(ways)
        layout.addWidget(self.pages)
        layout.addWidget(when)
        layout.addWidget(buttons)
        self._show_place(on_server)
        self._look_at(self.shared_file())

    def _show_place(self, on_server: bool) -> None:
        self.pages.setCurrentIndex(1 if on_server else 0)
        (self.server_form.host if on_server else self.path).setFocus()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Shared file"),
            self.path.text() or "team.kamdesk",
            FILE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is joined
        )
        if chosen:
            self.choose(Path(chosen))

    def choose(self, shared_file: Path) -> None:
        """The file picked (or opened in the file manager): its team is joined on OK."""
        self.path.setText(str(shared_file))
        self.chosen_again = True
        self._show_file()

    def _show_file(self) -> None:
        """The encryption of the file now named (editing ends on every focus change)."""
        chosen = self.shared_file()
        if chosen != self._shown:
            self._look_at(chosen)

    def _look_at(self, chosen: Path | None) -> None:
        self._shown = chosen
        if chosen is None:
            self._looked_at(chosen, None)
            return
        self._looking = True
        self.encryption.show_looking()
        look = self._encrypted
        run_in_background(
            lambda _: look(chosen),
            lambda encrypted: self._looked_at(chosen, encrypted),
            lambda _error: self._looked_at(chosen, None),
        )

    def _looked_at(self, chosen: Path | None, encrypted: bool | None) -> None:
        if chosen != self._shown:  # another file was named meanwhile: its answer counts
            return
        self._looking = False
        self.encryption.show_file(encrypted)
        if self._accepting:
            self._accepting = False
            self.accept()

    def looked_at(self) -> bool:
        """Whether the named file's encryption is known (not being looked at)."""
        return not self._looking

    def accept(self) -> None:
        self._show_file()  # a path typed and confirmed at once
        if self._looking:  # OK once the file's encryption is known
            self._accepting = True
            return
        if self.by_server.isChecked() or self.shared_file() is None or self.encryption.check():
            super().accept()

    def place(self) -> "TeamPlace | None":
        """Where the team's data lies as chosen: the shared file or the server."""
        return self.server_form.server() if self.by_server.isChecked() else self.shared_file()

    def shared_file(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None


class ConflictsDialog(QDialog):
    """Modeless: the user can look at the account while deciding."""

    keep_requested = Signal(uuid.UUID, bool)  # conflict id, keep mine
    account_requested = Signal(uuid.UUID)
    rename_requested = Signal(uuid.UUID)  # an account sharing its name with another

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(900, 420)
        self.model = ConflictTableModel(self)
        self.view = read_only_view(self.model, ConflictTableModel.SUBJECT, self._open_account)
        self.intro = intro = QLabel(
            self.tr(
                "You and a colleague changed the same thing at once. The bold value is kept "
                "for now; the other one is set aside here. Keep one, or open the account and "
                "type what is right."
            )
        )
        intro.setWordWrap(True)
        self.content = EmptyHint(
            self.view, self.tr("No conflicts. Everything you and your team changed was merged.")
        )
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.open_account = QPushButton(self.tr("&Open account"))
        self.keep_mine.clicked.connect(lambda: self._keep(True))
        self.keep_theirs.clicked.connect(lambda: self._keep(False))
        self.open_account.clicked.connect(self._open_account)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.keep_mine, self.keep_theirs, self.open_account):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.same_names = SameNames()
        self.same_names.rename_requested.connect(self.rename_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.content, 2)
        layout.addWidget(self.same_names, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def show_conflicts(
        self, conflicts: "list[ConflictView]", same_names: "list[AccountSummary]"
    ) -> None:
        self.same_names.show_accounts(same_names)
        # Only accounts sharing a name: "no conflicts, everything merged" would read oddly.
        for part in (self.intro, self.content):
            part.setVisible(bool(conflicts) or not same_names)
        row = max(self.view.currentIndex().row(), 0)
        self.model.set_rows(conflicts)
        self.content.show_content(bool(conflicts))
        if conflicts:
            self.view.selectRow(min(row, len(conflicts) - 1))
        self._enable()

    def current(self) -> "ConflictView | None":
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _enable(self) -> None:
        current = self.current()
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(current is not None)
        self.open_account.setEnabled(current is not None and bool(current.account_id))

    def _keep(self, mine: bool) -> None:
        current = self.current()
        if current is not None:
            self.keep_requested.emit(current.id, mine)

    def _open_account(self) -> None:
        current = self.current()
        if current is not None and current.account_id:
            self.account_requested.emit(uuid.UUID(current.account_id))


class SyncLogDialog(QDialog):
    def __init__(self, entries: "list[LogEntry]", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(760, 400)
        self.model = SyncLogModel(self)
        self.model.set_rows(entries)
        view = read_only_view(self.model, SyncLogModel.RESULT)
        content = EmptyHint(view, self.tr("No sync yet. Choose a shared file and press Sync (F9)."))
        content.show_content(bool(entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(content, 1)
        layout.addWidget(buttons)
