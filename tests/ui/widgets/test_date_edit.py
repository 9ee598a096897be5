"""A date field typed as one writes the date: the whole date, day first, any separator."""

from datetime import date

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from kamdesk.ui.widgets.date_edit import DateField


def test_typing_15_10_26_gives_the_15th_of_october(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    field = DateField(date(2026, 12, 2))
    qtbot.addWidget(field)
    field.show()
    field.text.selectAll()
    qtbot.keyClicks(field.text, "15.10.26")
    with qtbot.waitSignal(field.editing_finished):
        qtbot.keyClick(field.text, Qt.Key.Key_Return)
    assert field.day() == date(2026, 10, 15)
    assert field.text.text() == "15.10.26"


def test_a_text_that_is_no_date_is_kept_and_said(qtbot: QtBot) -> None:
    field = DateField(date(2026, 12, 2))
    qtbot.addWidget(field)
    field.text.setText("31.2.26")
    field.text.editingFinished.emit()
    assert field.text.text() == "31.2.26"  # nothing typed is lost
    assert "no date" in field.text.toolTip()
    assert field.text.property("invalid") is True
