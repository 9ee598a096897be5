"""The selection funnel wizard, gate by gate, as a KAM walks through it."""

import uuid
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSpinBox, QWizard
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.selection_funnel import FunnelOutcome
from kamdesk.domain.status_review import Reason
from kamdesk.services.workspace import Workspace
from kamdesk.store.models import CounterPerformanceRow, KeyFigureRow
from kamdesk.ui.status.funnel_wizard import CONSENT, FIGURES, RESULT, STRATEGIC, FunnelWizard

if TYPE_CHECKING:
    from kamdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def candidate(workspace: Workspace) -> uuid.UUID:
    """Strong figures: revenue 30 + potential 20 = 50 points, no strategic answers yet."""
    account = workspace.accounts.create(AccountFields(name="Kandidat Süd AG")).id
    with workspace.transactions.write() as session:
        session.add(
            KeyFigureRow(
                account_id=account,
                year=2025,
                revenue=Decimal(6_000_000),
                potential=Decimal(6_000_000),
            )
        )
    workspace.status.rescore([account])
    return account


def open_wizard(qtbot: QtBot, workspace: Workspace, account: uuid.UUID) -> FunnelWizard:
    wizard = FunnelWizard(workspace.status, account, "Kandidat Süd AG")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_all_gates_to_a_key_account_level(
    qtbot: QtBot, workspace: Workspace, candidate: uuid.UUID
) -> None:
    wizard = open_wizard(qtbot, workspace, candidate)
    assert wizard.currentId() == STRATEGIC
    lighthouse = wizard.strategic.inputs["lighthouse"]
    assert isinstance(lighthouse, QCheckBox)
    lighthouse.click()
    countries = wizard.strategic.inputs["countries"]
    assert isinstance(countries, QSpinBox)
    countries.setValue(5)  # 10 + 10 strategic points
    assert "20 strategic points" in wizard.strategic.points.text()
    wizard.next()
    assert wizard.currentId() == FIGURES
    wizard.next()
    assert wizard.currentId() == CONSENT
    check, detail = wizard.consent.items["joint_strategy"]
    check.setChecked(True)
    detail.setText("Strategietag im Januar")
    wizard.next()
    assert wizard.currentId() == RESULT
    wizard.button(QWizard.WizardButton.FinishButton).click()
    status = workspace.status.status(candidate)
    assert status.level == StatusLevel.STRATEGIC  # 70 points
    assert status.history[0].reason == Reason.SELECTION_FUNNEL
    assert workspace.status.answers(candidate)["lighthouse"] is True
    with workspace.transactions.write() as session:
        agreed = session.query(CounterPerformanceRow).one()
        assert (agreed.kind, agreed.text) == ("joint_strategy", "Strategietag im Januar")


def test_declining_at_gate_three_gives_grosskunde(
    qtbot: QtBot, workspace: Workspace, candidate: uuid.UUID
) -> None:
    wizard = open_wizard(qtbot, workspace, candidate)
    wizard.strategic.inputs["opinion_leader"].click()
    wizard.next()
    wizard.next()
    wizard.consent.declines.setChecked(True)
    wizard.next()
    assert "Großkunde" in wizard.page(RESULT).findChild(type(wizard.strategic.points)).text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    status = workspace.status.status(candidate)
    assert status.level == StatusLevel.LARGE
    assert (status.history[0].old_level, status.history[0].new_level) == (
        StatusLevel.C,
        StatusLevel.LARGE,
    )
    assert workspace.status.funnel_stages().outcomes[FunnelOutcome.DECLINED] == 1


def test_too_few_strategic_points_end_at_gate_one(
    qtbot: QtBot, workspace: Workspace, candidate: uuid.UUID
) -> None:
    wizard = open_wizard(qtbot, workspace, candidate)
    wizard.next()
    assert wizard.currentId() == RESULT
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert workspace.status.status(candidate).level == StatusLevel.C
    assert workspace.status.funnel_stages().outcomes[FunnelOutcome.NOT_QUALIFIED_STRATEGIC] == 1


def funnel_of_a_new_account(
    qtbot: QtBot, data_dir: Path, name: str
) -> tuple["MainWindow", uuid.UUID, FunnelWizard]:
    """The window on a store with one new account, its funnel opened from the Status tab."""
    from kamdesk.ui.shell.main_window import MainWindow

    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name=name)).id
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.accounts_page.select_account(account)
    qtbot.mouseClick(
        window.accounts_page.details.status_page.funnel_button, Qt.MouseButton.LeftButton
    )
    wizard = window.accounts_page.details.status_page.funnel_wizard
    assert wizard is not None
    return window, account, wizard


def test_the_status_tab_opens_the_funnel(qtbot: QtBot, data_dir: Path) -> None:
    window, _, wizard = funnel_of_a_new_account(qtbot, data_dir, "Trichter GmbH")
    assert wizard.isVisible()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert (
        window.accounts_page.details.status_page.history_model.rowCount() == 0
    )  # not qualified: no level change
    window.close_store()


def test_overview_counts_accounts_at_each_gate(
    qtbot: QtBot, workspace: Workspace, candidate: uuid.UUID
) -> None:
    from kamdesk.ui.status.funnel_overview_dialog import FunnelOverviewDialog

    workspace.accounts.create(AccountFields(name="Noch offen GmbH"))
    wizard = open_wizard(qtbot, workspace, candidate)
    wizard.next()  # no strategic points: stops at gate 1
    wizard.button(QWizard.WizardButton.FinishButton).click()
    dialog = FunnelOverviewDialog(workspace.status.funnel_stages())
    qtbot.addWidget(dialog)
    assert dialog.counts["Not yet assessed (A, B and C customers)"] == 1
    assert dialog.counts["Stopped at gate 1: strategic criteria"] == 1
    assert dialog.counts["Key Account"] == 0


def test_cancel_keeps_the_strategic_answers_but_records_no_outcome(
    qtbot: QtBot, workspace: Workspace, candidate: uuid.UUID
) -> None:
    wizard = open_wizard(qtbot, workspace, candidate)
    lighthouse = wizard.strategic.inputs["lighthouse"]
    assert isinstance(lighthouse, QCheckBox)
    lighthouse.click()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert workspace.status.answers(candidate)["lighthouse"] is True
    assert sum(workspace.status.funnel_stages().outcomes.values()) == 0


def test_the_outcome_page_names_the_button_as_it_reads(
    qtbot: QtBot, workspace: Workspace, candidate: uuid.UUID
) -> None:
    wizard = open_wizard(qtbot, workspace, candidate)
    wizard.next()
    assert wizard.currentId() == RESULT
    finish = wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "")
    page = wizard.currentPage()
    assert f"“{finish}” records the outcome" in page.text.text()  # type: ignore[attr-defined]


def test_a_new_account_short_of_hard_figures_is_taken_to_type_them(
    qtbot: QtBot, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    window, account, wizard = funnel_of_a_new_account(qtbot, data_dir, "Neukunde KG")
    wizard.strategic.inputs["lighthouse"].click()
    wizard.strategic.inputs["opinion_leader"].click()
    wizard.next()
    assert wizard.currentId() == FIGURES
    enter = wizard.page(FIGURES).enter_figures  # type: ignore[attr-defined]
    assert enter.isVisible()
    qtbot.mouseClick(enter, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert workspace_answer(data_dir, account, "lighthouse") is True  # kept
    tab = window.accounts_page.details.key_figures
    assert window.accounts_page.details.currentWidget() is window.accounts_page.details.plan_pages
    assert window.accounts_page.details.plan_pages.currentWidget() is tab
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new year's revenue, open for typing
    qtbot.keyClicks(editor, "6000000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState)
    assert tab.model.rows[-1].revenue == Decimal(6_000_000)
    assert "run the selection funnel again" in window.statusBar().currentMessage()
    window.close_store()


def workspace_answer(data_dir: Path, account: uuid.UUID, key: str) -> object:
    with Workspace.open(data_dir) as workspace:
        return workspace.status.answers(account)[key]
