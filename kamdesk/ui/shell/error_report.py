"""What the user is shown when something fails: a typed error as its one sentence; anything
unexpected as a friendly sentence with the log file's place and details to copy for support,
which name where it happened, never what was in the store."""

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import __version__
from kamdesk.domain.errors import KamdeskError
from kamdesk.i18n.messages import error_message
from kamdesk.services.log_file import log, log_path, log_unexpected, where_raised


class UnexpectedErrorDialog(QDialog):
    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kamdesk"))
        self.details = "\n".join(
            (
                f"kamdesk {__version__}, Python {platform.python_version()}, "
                f"PySide6 {pyside_version}, {platform.platform(terse=True)}",
                where_raised(error),
            )
        )
        sentence = QLabel(
            self.tr(
                "kamdesk ran into an unexpected problem. What was saved is safe; the last step "
                "may not have been carried out. Please try it once more."
            )
        )
        sentence.setWordWrap(True)
        where = QLabel(self.tr("The log file is {path}.").format(path=log_path()))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setObjectName("secondaryText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(sentence)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, KamdeskError):
        log.info("refused: %s", type(error).__name__)
        QMessageBox.critical(parent, "kamdesk", error_message(error))
        return
    log_unexpected(error)
    UnexpectedErrorDialog(error, parent).exec()
