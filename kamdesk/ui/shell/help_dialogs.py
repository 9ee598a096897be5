"""Help › Getting started (the daily work of a KAM in kamdesk, on one page) and Help ›
Keyboard shortcuts (read from the window's own commands, so that it never goes stale)."""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kamdesk.ui.widgets.list_table_model import Index, ListTableModel
from kamdesk.ui.widgets.spreadsheet_view import read_only_view

translate = QCoreApplication.translate


def getting_started_text() -> str:
    return translate(
        "Help",
        "<h2>Getting started with kamdesk</h2>"
        "<p>kamdesk keeps your key accounts on this computer, offline, and shares them with "
        "your team when you sync.</p>"
        "<h3>1. Bring your accounts in</h3>"
        "<p><b>File › Import accounts…</b> reads an Excel or CSV list: an export of "
        "Salesforce, HubSpot or Dynamics 365, or your own list. kamdesk shows every row "
        "before anything is written; a second import updates instead of duplicating. "
        "Ctrl+Z takes an import back.</p>"
        "<h3>2. Decide who is a key account</h3>"
        "<p>Open an account and its <b>Status</b> page: answer the scorecard's criteria; "
        "the score proposes the status, and the status expires unless it is reviewed. "
        "<b>File › Selection funnel overview…</b> shows where your candidates stand. The "
        "<b>Portfolio</b> (Ctrl+4) places every account by value and potential; its list of "
        "candidates starts the funnel for one.</p>"
        "<h3>3. Plan</h3>"
        "<p>The <b>Plan</b> page holds the key figures by year, the contribution margin, the "
        "annual plan and the penetration plan (which offerings each unit of the customer "
        "buys, and where the potential lies).</p>"
        "<h3>4. Know the people</h3>"
        "<p>The <b>Stakeholders</b> page places the customer's people by hierarchy level "
        "beside your own team, and says who has no counterpart. Import them from vCard or "
        "Outlook, export them to your phone.</p>"
        "<h3>5. Every day</h3>"
        "<p><b>Home</b> (Ctrl+1) shows what needs you: reminders that are due, accounts at "
        "risk, reviews. Before a visit, <b>Prepare visit…</b> writes a briefing to take "
        "along. <b>Sync</b> (F9) exchanges changes with your team.</p>"
        "<h3>6. Nothing is lost</h3>"
        "<p>kamdesk backs your store up every day; <b>File › Back up…</b> makes a copy "
        "whenever you like, and <b>File › Restore from backup…</b> brings one back.</p>",
    )


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(640, 640)
        self.text = QTextBrowser()
        self.text.setHtml(getting_started_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


KeyedCommand = tuple[str, str]  # the command as the menu names it, its keys
COMMAND, KEYS = range(2)


class ShortcutsModel(ListTableModel[KeyedCommand]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Command"), self.tr("Keys"))

    def row_key(self, row: KeyedCommand) -> object:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def keyed_commands(actions: list[QAction]) -> list[KeyedCommand]:
    """The commands that have keys, each once, in the order given."""
    found: dict[str, str] = {}
    for action in actions:
        keys = action.shortcuts()
        if keys and action.text():
            text = action.text().replace("&", "").rstrip("…").strip()
            native = QKeySequence.SequenceFormat.NativeText
            shown = dict.fromkeys(k.toString(native) for k in keys)  # Redo: Ctrl+Y twice
            found.setdefault(text, ", ".join(shown))
    return list(found.items())


class ShortcutsDialog(QDialog):
    """Every command of the window that has a key, in the order of the menus."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.model = ShortcutsModel(self)
        self.model.set_rows(keyed_commands(actions))
        self.view = read_only_view(self.model, COMMAND)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
