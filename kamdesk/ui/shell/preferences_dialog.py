"""Preferences: who you are (name, initials), the language, how far the calendar looks ahead,
how long daily backups are kept."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kamdesk.domain.backups import DAILY_DAYS_MAX
from kamdesk.domain.calendar_events import DAYS_AHEAD_MAX
from kamdesk.domain.people import INITIALS_MAX, initials_of
from kamdesk.i18n.language import preferred_language, set_preferred_language
from kamdesk.i18n.profile import (
    backup_days,
    calendar_days,
    profile_initials,
    profile_name,
    set_backup_days,
    set_calendar_days,
    set_profile,
)
from kamdesk.services.login import login_name
from kamdesk.ui.widgets.form_width import open_wide_enough


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
        self.backup_days = QSpinBox()
        self.backup_days.setRange(0, DAILY_DAYS_MAX)
        self.backup_days.setValue(backup_days())
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setSpecialValueText(self.tr("No daily backup"))
        self.backup_days.setToolTip(
            self.tr("kamdesk backs your store up once a day and keeps these backups this long")
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
        form.addRow(self.tr("&Daily backups kept:"), self.backup_days)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        set_preferred_language(self.language.currentData())
        set_profile(self.name.text(), self.initials.text())
        set_calendar_days(self.calendar_days.value())
        set_backup_days(self.backup_days.value())
        super().accept()
