"""The team passphrase in the GUI: the encryption part of the sync settings (encrypt, change
the passphrase, decrypt) and the prompt when a sync needs it. A passphrase is typed hidden,
twice where it is new, and goes to the service only; nothing here keeps it."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.sync.passphrase import MIN_LENGTH, long_enough


def _hidden(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class EncryptionChoice(QWidget):
    """Whether the shared file is (to be) encrypted, and a new passphrase where one is due:
    for a file not encrypted yet, or when the user asks to change it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._encrypted: bool | None = None  # the file as it is; None: no file there yet
        self._changing = False
        self.encrypt = QCheckBox(self.tr("Encrypt the shared file with a team passphrase"))
        self.change = QPushButton(self.tr("Change passphrase…"))
        self.change.setAutoDefault(False)  # Return in the fields means OK
        self.change.clicked.connect(self._start_change)
        self.passphrase = _hidden(
            self.tr("New team passphrase (at least %Ln characters)", "", MIN_LENGTH)
        )
        self.repeated = _hidden(self.tr("The same again"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("secondaryText")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("errorText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.change, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.repeated)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        self.encrypt.toggled.connect(self._show)

    def show_looking(self) -> None:
        """The chosen file is being looked at (on the worker: a share may be slow or gone)."""
        self.setEnabled(False)
        for field in (self.change, self.passphrase, self.repeated, self.problem):
            field.hide()
        self.note.setText(self.tr("Looking at the file…"))

    def show_file(self, encrypted: bool | None) -> None:
        """The chosen file is encrypted (True), plain (False) or not there yet (None): a new
        team file is encrypted unless the user says otherwise."""
        self._encrypted, self._changing = encrypted, False
        self.setEnabled(True)
        self.encrypt.setChecked(encrypted is not False)
        self._show()

    def new_passphrase(self) -> str | None:
        """The passphrase to encrypt the file with, where one is due."""
        return self.passphrase.text() if self._needs_new() else None

    def decrypting(self) -> bool:
        return self._encrypted is True and not self.encrypt.isChecked()

    def check(self) -> bool:
        """Whether the dialog may close; if not, says why beneath the fields."""
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            self.passphrase.setFocus()
        return not problem

    def _problem(self) -> str:
        if not self._needs_new():
            return ""
        typed = self.passphrase.text()
        if not long_enough(typed):
            return self.tr(
                "A team passphrase needs at least %Ln characters; a short sentence is best.",
                "",
                MIN_LENGTH,
            )
        if typed != self.repeated.text():
            return self.tr("The two passphrases differ; please type them again.")
        return ""

    def _needs_new(self) -> bool:
        return self.encrypt.isChecked() and (self._encrypted is not True or self._changing)

    def _start_change(self) -> None:
        self._changing = True
        self._show()
        self.passphrase.setFocus()

    def _show(self) -> None:
        needs_new = self._needs_new()
        for field in (self.passphrase, self.repeated):
            field.setVisible(needs_new)
        self.change.setVisible(
            self._encrypted is True and self.encrypt.isChecked() and not self._changing
        )
        self.note.setText(self._note())
        self.problem.hide()
        QTimer.singleShot(0, self, self._fit_window)  # once the layouts took the change

    def _fit_window(self) -> None:
        """A window already on screen grows to what is shown now: a wrapped note's new lines
        do not raise its minimum size, so it would overlap the lines below."""
        window = self.window()
        if window is not self and window.isVisible():
            window.resize(window.size().expandedTo(window.sizeHint()))

    def _note(self) -> str:
        if not self.encrypt.isChecked():
            return self.tr(
                "Unencrypted, the file can be read by anyone who can open its folder, the "
                "cloud provider included."
            )
        if self._changing:
            return self.tr(
                "Colleagues are asked for the new passphrase at their next sync; tell it to "
                "them in person or by phone, not in an e-mail."
            )
        return self.tr(
            "Every colleague types the passphrase once; kamdesk keeps it in the system's "
            "keyring. Without it nobody can open the file, kamdesk included."
        )


class SecretDialog(QDialog):
    """Asks for a secret a sync needs (the team passphrase, a team server's password),
    saying why (`reason`); more rows go into `form`."""

    def __init__(
        self,
        title: str,
        label: str,
        reason: str,
        parent: QWidget | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        said = QLabel(reason)
        said.setWordWrap(True)
        self.secret = _hidden(placeholder)
        self.secret.setMinimumWidth(360)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("PassphraseDialog", "&Sync"))
        ok.setEnabled(False)
        self.secret.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        self.form = QFormLayout()
        self.form.addRow(label, self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class PassphraseDialog(SecretDialog):
    """Asks for the team passphrase a sync needs, saying why (`reason`)."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            translate("PassphraseDialog", "Team passphrase"),
            translate("PassphraseDialog", "Passphrase:"),
            reason,
            parent,
            placeholder=translate("PassphraseDialog", "Team passphrase"),
        )
        self.passphrase = self.secret
