"""The reminders centre (Wiedervorlage): one list across accounts, soonest first; done and
snooze from the list (undoable), the account opened at the right tab, and the list exported
to the user's calendar."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.reminders import Shown
from kamdesk.i18n.lifecycle_words import reminder_text
from kamdesk.i18n.profile import calendar_days
from kamdesk.ui.home.attention_models import WHAT, RemindersModel
from kamdesk.ui.widgets.date_edit import DateField, chosen_dates_valid
from kamdesk.ui.widgets.empty_hint import EmptyHint
from kamdesk.ui.widgets.form_width import open_wide_enough
from kamdesk.ui.widgets.remembered_folder import DOCUMENTS, remember_folder, remembered_folder
from kamdesk.ui.widgets.spreadsheet_view import read_only_view
from kamdesk.ui.widgets.undo_step import record_change
from kamdesk.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from kamdesk.services.reminders import Handled, ReminderService


class SnoozeDialog(QDialog):
    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        open_wide_enough(self)
        self.setWindowTitle(self.tr("Snooze"))
        self.until = DateField(max(date.today(), shown.due_on) + timedelta(days=1))
        self.until.set_earliest(date.today() + timedelta(days=1))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"{shown.reminder.account_name}: {reminder_text(shown.reminder)}"))
        form.addRow(self.tr("Remind me again &on:"), self.until)
        form.addRow(buttons)

    def accept(self) -> None:
        if chosen_dates_valid(self, self.until):
            super().accept()

    def chosen(self) -> date:
        return self.until.day()


class RemindersPage(QWidget):
    account_requested = Signal(object, object)  # account id, ReminderKind
    changed = Signal()  # a reminder was done, snoozed, or that was undone
    failed = Signal(object)
    noticed = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._service: ReminderService | None = None
        self.model = RemindersModel(self)
        self.view = read_only_view(self.model, WHAT, self.open_account)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.done_action = self._action(self.tr("&Done"), "Ctrl+D", self.mark_done)
        self.snooze_action = self._action(self.tr("&Snooze…"), "Ctrl+Shift+S", self.snooze)
        self.open_action = self._action(self.tr("&Open account"), None, self.open_account)
        self.export_action = self._action(
            self.tr("Export to &calendar…"), None, self.export_calendar
        )
        toolbar = QToolBar()
        toolbar.addActions([self.done_action, self.snooze_action, self.open_action])
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        self.body = EmptyHint(
            self.view,
            self.tr(
                "Nothing is due. Status reviews, plan actions, jour fixes, contacts to meet "
                "and complaints open too long appear here when their day comes."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.body, 1)
        self._selection_changed()

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def attach(self, service: "ReminderService") -> None:
        self._service = service

    def show_reminders(self, reminders: list[Shown]) -> None:
        selected = self.selected()
        self.model.set_rows(reminders)
        self.body.show_content(bool(reminders))
        self.export_action.setEnabled(bool(reminders))
        if reminders:
            self.view.selectRow(0 if selected is None else _row_of(reminders, selected))
        self._selection_changed()

    def selected(self) -> Shown | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for action in (self.done_action, self.snooze_action, self.open_action):
            action.setEnabled(chosen)

    def open_account(self) -> None:
        shown = self.selected()
        if shown is not None:
            self.account_requested.emit(shown.reminder.account_id, shown.reminder.kind)

    def mark_done(self) -> None:
        shown, service = self.selected(), self._service
        if shown is None or service is None:
            return
        self._record(
            self.tr("Done: {what}").format(what=reminder_text(shown.reminder)),
            lambda: service.mark_done(shown.reminder),
        )

    def snooze(self) -> None:
        shown, service = self.selected(), self._service
        if shown is None or service is None:
            return
        dialog = SnoozeDialog(shown, self)
        if dialog.exec():
            until = dialog.chosen()
            self._record(
                self.tr("Snooze: {what}").format(what=reminder_text(shown.reminder)),
                lambda: service.snooze(shown.reminder, until),
            )

    def _record(self, text: str, change: "Callable[[], Handled]") -> None:
        service = self._service
        assert service is not None
        handled: list[Handled] = []

        def do() -> None:
            handled[:] = [change()]

        def undo() -> None:
            service.undo(handled[0])

        record_change(self._undo_stack, text, do, undo, self.failed.emit, self.changed.emit)

    def export_calendar(self) -> None:
        suggested = Path(remembered_folder(DOCUMENTS)) / self.tr("kamdesk reminders.ics")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to calendar"), str(suggested), self.tr("iCalendar (*.ics)")
        )
        if not path:
            return
        remember_folder(DOCUMENTS, path)
        from kamdesk.documents.calendar import export_calendar  # the calendar library

        service, today, days = self._service, date.today(), calendar_days()
        if service is None:
            return
        self.noticed.emit(self.tr("Exporting to the calendar…"))
        run_in_background(  # thousands of events take icalendar seconds
            lambda _: export_calendar(Path(path), service, today, days),
            lambda count: self.noticed.emit(
                self.tr("%Ln reminder(s) exported to {path}.", "", count).format(path=path)
            ),
            self.failed.emit,
        )


def _row_of(reminders: list[Shown], kept: Shown) -> int:
    """Where the reminder selected before is now; the first row if it is gone (done)."""
    key = kept.reminder.key
    return next((row for row, shown in enumerate(reminders) if shown.reminder.key == key), 0)
