"""Small dialogs: preferences, trash."""

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.calendar_events import DAYS_AHEAD_MAX
from kamdesk.domain.people import INITIALS_MAX, initials_of
from kamdesk.domain.selection_funnel import FunnelOutcome
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.language import preferred_language, set_preferred_language
from kamdesk.i18n.profile import (
    calendar_days,
    profile_initials,
    profile_name,
    set_calendar_days,
    set_profile,
)
from kamdesk.services.login import login_name
from kamdesk.ui.accounts.account_table_model import AccountTableModel
from kamdesk.ui.widgets.form_width import open_wide_enough

if TYPE_CHECKING:
    from kamdesk.services.status import FunnelStages


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        open_wide_enough(self)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), None)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(preferred_language()))
        self.name = QLineEdit(profile_name())
        self.name.setPlaceholderText(login_name())
        self.name.setToolTip(self.tr("Shown in the histories, and to colleagues who sync"))
        self.initials = QLineEdit(profile_initials())
        self.initials.setMaxLength(INITIALS_MAX)
        self.initials.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self.initials.setToolTip(self.tr("Shown to colleagues in the sync log"))
        self.name.textChanged.connect(
            lambda name: self.initials.setPlaceholderText(initials_of(name or login_name()))
        )
        self.initials.setPlaceholderText(initials_of(self.name.text() or login_name()))
        self.calendar_days = QSpinBox()
        self.calendar_days.setRange(1, DAYS_AHEAD_MAX)
        self.calendar_days.setValue(calendar_days())
        self.calendar_days.setSuffix(self.tr(" days ahead"))
        self.calendar_days.setToolTip(
            self.tr("What Export to calendar holds: overdue reminders and those due this soon")
        )
        note = QLabel(self.tr("The language changes at the next start."))
        note.setObjectName("secondaryText")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &initials:"), self.initials)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Calendar export:"), self.calendar_days)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        set_preferred_language(self.language.currentData())
        set_profile(self.name.text(), self.initials.text())
        set_calendar_days(self.calendar_days.value())
        super().accept()


class TrashDialog(QDialog):
    """Deleted accounts, with Restore. Deleted rows stay as tombstones for sync."""

    def __init__(self, deleted: list[AccountSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        self.restored_id: uuid.UUID | None = None
        self.model = AccountTableModel(self)
        self.model.set_summaries(deleted)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.restore_selected)
        empty = QLabel(self.tr("The trash is empty."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QStackedWidget()
        pages.addWidget(self.table)
        pages.addWidget(empty)
        pages.setCurrentIndex(0 if deleted else 1)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.table.selectionModel().hasSelection())
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(pages)
        layout.addWidget(buttons)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restored_id = self.model.account_id(rows[0].row())
            self.accept()


class FunnelOverviewDialog(QDialog):
    """How many accounts stand at each gate of the selection funnel."""

    def __init__(self, stages: "FunnelStages", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selection funnel"))
        form = QFormLayout(self)
        outcomes = stages.outcomes
        rows = [
            (self.tr("Not yet assessed (A, B and C customers)"), stages.unassessed),
            (
                self.tr("Stopped at gate 1: strategic criteria"),
                outcomes[FunnelOutcome.NOT_QUALIFIED_STRATEGIC],
            ),
            (
                self.tr("Stopped at gate 2: hard figures"),
                outcomes[FunnelOutcome.NOT_QUALIFIED_FIGURES],
            ),
            (self.tr("Declined at gate 3: Großkunde"), outcomes[FunnelOutcome.DECLINED]),
        ] + [(status_level_label(level), count) for level, count in stages.key_accounts.items()]
        self.counts: dict[str, int] = {}
        for label, count in rows:
            number = QLabel(str(count))
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            form.addRow(label + ":", number)
            self.counts[label] = count
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
