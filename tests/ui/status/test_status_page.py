"""The Status tab driven as a user would: answers, the score, confirming a review."""

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.status_review import Reason
from kamdesk.i18n.account_cells import SCORE
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.status.scorecard_model import ANSWER

OpenWindow = Callable[[], MainWindow]


def select(window: MainWindow, name: str) -> None:
    window.accounts_page.select_account(window.workspace.accounts.find(name).id)


def test_checking_a_criterion_raises_score_and_list(
    qtbot: QtBot, data_dir: Path, open_window: OpenWindow
) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Leuchtturm AG"))
    window = open_window()
    select(window, "Leuchtturm AG")
    model = window.accounts_page.details.status_page.card_model
    row = next(r for r in range(model.rowCount()) if model.line(r).criterion.key == "lighthouse")
    assert model.setData(
        model.index(row, ANSWER), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.line(row).points == 10
    assert "10 points" in window.accounts_page.details.status_page.total.text()
    assert window.accounts_page.model.index(0, SCORE).data() == "10"


def test_counting_criterion_is_edited_as_a_number(
    qtbot: QtBot, data_dir: Path, open_window: OpenWindow
) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Weltweit SE"))
    window = open_window()
    select(window, "Weltweit SE")
    model = window.accounts_page.details.status_page.card_model
    row = next(r for r in range(model.rowCount()) if model.line(r).criterion.key == "countries")
    model.setData(model.index(row, ANSWER), 12, Qt.ItemDataRole.EditRole)
    assert model.index(row, ANSWER).data() == "12"
    assert model.line(row).points == 15


def test_pending_review_is_announced_and_confirmed(
    qtbot: QtBot, overdue_store: dict[str, uuid.UUID], open_window: OpenWindow
) -> None:
    window = open_window()
    assert window.review_notice is not None
    assert "3 key-account statuses" in window.review_notice.text()
    assert "Raus KG" in window.review_notice.informativeText()
    window.review_notice.accept()
    window.accounts_page.select_account(overdue_store["keeps"])
    tab = window.accounts_page.details.status_page
    window.accounts_page.details.setCurrentWidget(tab)
    assert tab.pending.isVisible()
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert not tab.pending.isVisible()
    assert tab.history_model.index(0, 4).data() == "Review confirmed"
    assert window.workspace.status.status(overdue_store["keeps"]).history[0].reason == (
        Reason.REVIEW_CONFIRMED
    )


def test_changing_the_level_by_hand_asks_for_a_reason(
    qtbot: QtBot, data_dir: Path, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Aufsteiger GmbH"))
    window = open_window()
    select(window, "Aufsteiger GmbH")
    form = window.accounts_page.form
    form.status_level.setCurrentIndex(form.status_level.findData(StatusLevel.KEY))
    form.status_level.activated.emit(form.status_level.currentIndex())
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert window.workspace.accounts.find("Aufsteiger GmbH").fields.status_level == StatusLevel.C
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rahmenvertrag", True))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert window.accounts_page.details.status_page.level.text() == "Key Account"
    assert (
        window.accounts_page.details.status_page.history_model.index(0, 4).data() == "Rahmenvertrag"
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.accounts_page.details.status_page.level.text() == "C customer"
    assert (
        window.accounts_page.details.status_page.history_model.index(0, 4).data() == "Change undone"
    )


def test_scorecard_export_from_the_tab(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    open_window: OpenWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Export & Söhne GmbH", notes="GEHEIM"))
    window = open_window()
    select(window, "Export & Söhne GmbH")
    target = tmp_path / "out" / "karte.html"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.accounts_page.details.status_page.exported):
        qtbot.mouseClick(
            window.accounts_page.details.status_page.export_button, Qt.MouseButton.LeftButton
        )
    html = target.read_text(encoding="utf-8")
    assert "Export &amp; Söhne GmbH" in html and "GEHEIM" not in html
    assert "Saved" in window.statusBar().currentMessage() or "saved" in (
        window.statusBar().currentMessage()
    )


def test_review_notice_stays_short_with_many_reviews(qtbot: QtBot) -> None:
    from datetime import date

    from PySide6.QtWidgets import QWidget

    from kamdesk.domain.status_review import ReviewOutcome
    from kamdesk.services.status import ReviewItem
    from kamdesk.ui.status.review_notice import LINES_SHOWN, review_notice

    parent = QWidget()
    qtbot.addWidget(parent)
    items = [
        ReviewItem(
            uuid.uuid4(),
            f"Kunde {n}",
            date(2026, 1, 1),
            ReviewOutcome(StatusLevel.KEY, StatusLevel.ACCOUNT if n % 2 else StatusLevel.KEY, 40),
            pending=not n % 2,
        )
        for n in range(300)
    ]
    box = review_notice(items, parent, lambda: None)
    lines = box.informativeText().splitlines()
    assert len(lines) == LINES_SHOWN + 1
    assert all("→" in line for line in lines[:LINES_SHOWN])  # the drops come first
    assert lines[-1] == "… and 288 more."
    assert box.text() == (
        "300 key-account statuses reached the review date. 150 dropped to a lower level."
    )


def test_the_review_notice_leads_to_the_reviews_waiting_for_confirmation(
    qtbot: QtBot, overdue_store: dict[str, uuid.UUID], open_window: OpenWindow
) -> None:
    window = open_window()
    notice = window.review_notice
    assert notice is not None
    (go,) = [b for b in notice.buttons() if b.text() == "Show in Reminders"]
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert window.workbench.currentWidget() is window.workbench.reminders
