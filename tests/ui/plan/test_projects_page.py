"""Joint value projects: added, edited with pickers, undone, removed."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.value_projects import ProjectArea, ProjectStatus
from kamdesk.services.workspace import Workspace
from kamdesk.ui.plan.projects_page import AREA, BENEFIT_CUSTOMER, STATUS, TITLE
from kamdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with Workspace.open(data_dir) as workspace:
        workspace.accounts.create(AccountFields(name="Projekt AG"))
    opened = MainWindow(data_dir)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.accounts_loaded):
        opened.show()
    opened.accounts_page.select_account(opened.accounts_page.model.account_id(0))
    yield opened
    opened.close_store()


def test_a_project_is_planned_with_both_benefits(qtbot: QtBot, window: MainWindow) -> None:
    page = window.accounts_page.details.projects
    page.add_project()
    model = page.model
    model.setData(model.index(0, TITLE), "Konsignationslager im Werk Süd")
    model.setData(model.index(0, AREA), ProjectArea.LOGISTICS.value)
    model.setData(model.index(0, BENEFIT_CUSTOMER), "−30 % Lagerbestand")
    model.setData(model.index(0, STATUS), ProjectStatus.RUNNING.value)
    assert model.index(0, STATUS).data() == "Running"
    stored = window.workspace.plan.projects(window.accounts_page.current_account_id())[0]
    assert (stored.title, stored.status) == (
        "Konsignationslager im Werk Süd",
        ProjectStatus.RUNNING,
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.index(0, STATUS).data() == "Idea"


def test_an_empty_title_is_refused(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    page = window.accounts_page.details.projects
    page.add_project()
    page.model.setData(page.model.index(0, TITLE), "  ")
    assert shown
    assert page.model.index(0, TITLE).data() == "New project"


def test_remove_and_model_contract(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    page = window.accounts_page.details.projects
    page.add_project()
    qtmodeltester.check(page.model)
    page.view.selectRow(0)
    page.remove_selected_project()
    assert page.model.rowCount() == 0
