"""Picking a day: a date field with a calendar, read back as a Python date."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setCalendarPopup(True)
    return edit


def chosen_date(edit: QDateEdit) -> date:
    chosen = edit.date().toPython()
    assert isinstance(chosen, date)  # the stubs type toPython() as object
    return chosen
