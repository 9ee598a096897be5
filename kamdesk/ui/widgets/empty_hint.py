"""A page that shows its content, or, while there is nothing to show, a sentence saying what
to do."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class EmptyHint(QStackedWidget):
    def __init__(self, content: QWidget, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(content)
        self.addWidget(self.hint)

    def show_content(self, shown: bool) -> None:
        self.setCurrentWidget(self.content if shown else self.hint)
