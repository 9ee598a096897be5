"""Picking a day: a field to type the date into as one writes it, with a calendar beside.

Qt's QDateEdit types section by section: "15.10.26" typed from the start of the field gives
01.10.26 (its sections swallow the dots and skip ahead), and only the arrow keys work as one
expects. Here the text is read whole (kamdesk.domain.typed_dates) when the field is left."""

import contextlib
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from kamdesk.domain.errors import InvalidDate
from kamdesk.domain.typed_dates import parse_typed_date
from kamdesk.i18n.formats import format_date, to_qdate
from kamdesk.i18n.messages import error_message


class DateField(QWidget):
    editing_finished = Signal()  # the field was left, or a day picked in the calendar

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(format_date(day))
        self.text.editingFinished.connect(self._typed)
        self._earliest: date | None = None
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._calendar_at_typed_day)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose from the calendar"))
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.text)

    def day(self) -> date:
        """The day typed (read now, so nothing typed is lost); InvalidDate for text that
        names no day, or one before the earliest allowed."""
        day = parse_typed_date(self.text.text(), date.today())
        if day is None or (self._earliest is not None and day < self._earliest):
            raise InvalidDate(self.text.text(), self._earliest)
        return day

    def set_date(self, day: date) -> None:
        self.text.setText(format_date(day))
        self._mark(None)

    def set_earliest(self, day: date) -> None:
        self._earliest = day
        self.calendar.setMinimumDate(to_qdate(day))

    def _typed(self) -> None:
        try:
            self.set_date(self.day())  # shown as the user's format: "5.1." becomes 05.01.26
        except InvalidDate as error:
            self._mark(error)
            return
        self.editing_finished.emit()

    def _picked(self, day: QDate) -> None:
        self.set_date(date(day.year(), day.month(), day.day()))
        self.button.menu().hide()
        self.editing_finished.emit()

    def _calendar_at_typed_day(self) -> None:
        with contextlib.suppress(InvalidDate):  # else the calendar stays where it was
            self.calendar.setSelectedDate(to_qdate(self.day()))

    def _mark(self, error: InvalidDate | None) -> None:
        self.text.setProperty("invalid", error is not None)
        self.text.setToolTip("" if error is None else error_message(error))
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)


def chosen_dates_valid(parent: QWidget, *fields: DateField) -> bool:
    """For a dialog's OK: every date field names a day, or the first that does not says so
    (the dialog stays open with what was typed)."""
    for field in fields:
        if field.isEnabled():
            try:
                field.day()
            except InvalidDate as error:
                QMessageBox.warning(parent, "kamdesk", error_message(error))
                field.setFocus()
                return False
    return True
