"""The team server's connection as the sync settings ask for it: host, port, database, user,
TLS on by default, the password (kept in the system keyring only if asked), and a test of
the connection that runs on the worker and answers in one sentence; and the password asked
for when a sync's login was refused."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.sync.team_server import DEFAULT_PORT, ServerFields, TeamServer
from kamdesk.ui.sync.passphrase_dialogs import SecretDialog
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.domain.sync.team_server import Head

Check = Callable[[TeamServer], "Head"]


class TeamServerForm(QWidget):
    """`check` asks the server whether it is ready (on the worker: it may be far away)."""

    def __init__(
        self, server: TeamServer | None, check: Check, kept: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        fields = server.fields if server is not None else ServerFields("")
        self.host = QLineEdit(fields.host)
        self.host.setPlaceholderText(self.tr("e.g. kamdesk.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(fields.port or DEFAULT_PORT)
        self.database = QLineEdit(fields.database)
        self.user = QLineEdit(fields.user)
        self.user.setPlaceholderText(self.tr("your login on the server"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kept in the keyring") if kept else self.tr("as your IT department gave it")
        )
        self.remember = QCheckBox(self.tr("Remember the password on this computer"))
        self.remember.setChecked(kept)
        self.tls = QCheckBox(self.tr("Encrypted connection (TLS)"))
        self.tls.setChecked(fields.tls or server is None)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setObjectName("secondaryText")
        self.test = QPushButton(self.tr("Test connection"))
        self.test.clicked.connect(self.test_connection)
        place = QHBoxLayout()
        place.addWidget(self.host, 1)
        place.addWidget(QLabel(self.tr("Port:")))
        place.addWidget(self.port)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server:"), place)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.tls)
        form.addRow(self.test, self.answer)
        hint = QLabel(
            self.tr(
                "Everyone in the team enters the same server, each with their own login. Each "
                "of you keeps working on your own store, offline; syncing merges your changes "
                "with the team's. Private notes never leave this computer."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("secondaryText")
        form.addRow(hint)

    def server(self) -> TeamServer | None:
        """The server entered, with the password typed; None until host and database are."""
        host, database = self.host.text().strip(), self.database.text().strip()
        if not host or not database:
            return None
        fields = ServerFields(
            host, self.port.value(), database, self.user.text().strip(), self.tls.isChecked()
        )
        return TeamServer.of(fields, self.password.text())

    def test_connection(self) -> None:
        server = self.server()
        if server is None:
            self.answer.setText(self.tr("Enter the server and the database first."))
            return
        self.test.setEnabled(False)
        self.answer.setText(self.tr("Connecting…"))
        check = self._check
        run_in_background(lambda _: check(server), self._ready, self._refused)

    def _ready(self, head: "Head") -> None:
        self.test.setEnabled(True)
        self.answer.setText(self.tr("Connected: the team server is ready."))

    def _refused(self, error: Exception) -> None:
        from kamdesk.i18n.messages import error_message

        self.test.setEnabled(True)
        if isinstance(error, KamdeskError):
            self.answer.setText(error_message(error))
        else:
            self.answer.setText(self.tr("The connection could not be tested."))


class ServerPasswordDialog(SecretDialog):
    """Asks for the team server's password a sync needs, saying why (`reason`)."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            translate("ServerPasswordDialog", "Team server"),
            translate("ServerPasswordDialog", "Password:"),
            reason,
            parent,
        )
        self.password = self.secret
        self.remember = QCheckBox(self.tr("Remember the password on this computer"))
        self.form.addRow("", self.remember)
