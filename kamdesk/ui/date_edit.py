"""Picking a day: a date field with a calendar, read back as a Python date."""

from datetime import date

from PySide6.QtWidgets import QDateEdit

from kamdesk.i18n.formats import to_qdate


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    return edit


def chosen_date(edit: QDateEdit) -> date:
    chosen = edit.date().toPython()
    assert isinstance(chosen, date)  # the stubs type toPython() as object
    return chosen
