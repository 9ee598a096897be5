"""What a new user sees instead of an empty table: what to do next."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("No accounts yet"))
        title.setObjectName("emptyTitle")
        text = QLabel(
            self.tr(
                "Create your first account, import your list of accounts (Excel or CSV, from "
                "Salesforce, HubSpot, Dynamics or your own), or load demo data to look around: "
                "a few hundred European customers with their people and figures."
            )
        )
        text.setWordWrap(True)
        text.setObjectName("secondaryText")
        buttons = QHBoxLayout()
        buttons.addStretch()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName("emptyAction")
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(80, 40, 80, 40)
