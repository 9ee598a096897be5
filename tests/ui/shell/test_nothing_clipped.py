"""Every page of the main window and every dialog, in German and English at 1280×720 and
1440×900: no heading, label, button or choice shows less than its text (the issue's clipped
Reason column, Offering column, Phase column, "Betreut von" list and complaint dialog)."""

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.complaints import Complaint
from kamdesk.domain.lifecycle import Phase
from kamdesk.i18n.language import install_translators
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.widgets.worker import wait_for_background_work

pytestmark = pytest.mark.slow
SIZES = [(1280, 720), (1440, 900)]


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")  # the session's language again, numbers included


@pytest.fixture
def demo_store(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 40, seed=5)
    return data_dir


SLACK = 2  # pixels of rounding between a size hint and the size given


def _cut_text(widget: QWidget) -> str | None:
    width = widget.width() + SLACK
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            taller = widget.heightForWidth(widget.width()) > widget.height() + SLACK
            return widget.text() if taller else None
        rich = widget.textFormat() == Qt.TextFormat.RichText
        return widget.text() if not rich and widget.sizeHint().width() > width else None
    if isinstance(widget, QAbstractButton) and widget.text():
        if isinstance(widget.parentWidget(), QHeaderView):
            return None
        return widget.text() if widget.sizeHint().width() > width else None
    if isinstance(widget, QComboBox) and widget.currentText():
        return widget.currentText() if widget.sizeHint().width() > width else None
    return None


def _cut_headings(table: QTableView) -> list[str]:
    header, model = table.horizontalHeader(), table.model()
    if model is None or not header.isVisible():
        return []
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
        if not header.isSectionHidden(column)
        and header.sectionSizeHint(column) > header.sectionSize(column) + 1
    ]


def clipped(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        text = _cut_text(widget)
        if text is not None:
            found.append(f"{type(widget).__name__}: {text}")
        if isinstance(widget, QTableView):
            found += [f"heading: {h}" for h in _cut_headings(widget)]
    return found


def walk(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    """Every page and tab, as the user clicks through them; yields where it is."""
    for number, name in enumerate(("home", "accounts", "reminders", "portfolio")):
        window.window_actions.page_actions[number].trigger()
        wait_for_background_work()  # what the page asked for arrives, then its layout settles
        qtbot.wait(10)
        yield name
    window.window_actions.page_actions[1].trigger()
    window.accounts_page.select_account(window.accounts_page.model.account_id(3))
    details = window.accounts_page.details
    for tab in range(details.count()):
        details.setCurrentIndex(tab)
        qtbot.wait(10)
        yield details.tabText(tab)
        page = details.currentWidget()
        inner_tabs = page.findChildren(QTabWidget)
        for inner in [page] if isinstance(page, QTabWidget) else inner_tabs:
            for page in range(inner.count()):
                inner.setCurrentIndex(page)
                qtbot.wait(10)
                yield f"{details.tabText(tab)} › {inner.tabText(page)}"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_page_of_the_window_cuts_a_text(
    qtbot: QtBot, language: str, demo_store: Path, size: tuple[int, int]
) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitSignal(window.accounts_loaded, timeout=20_000):
        window.show()
    try:
        problems = {where: clipped(window) for where in walk(window, qtbot)}
        assert {where: found for where, found in problems.items() if found} == {}
    finally:
        window.close_store()


def dialogs(workspace: Workspace) -> Iterator[tuple[str, QWidget]]:
    from kamdesk.domain.sync.team_server import TeamServer
    from kamdesk.domain.warning_signals import SignalRules
    from kamdesk.services.sync_report import SyncSettings
    from kamdesk.ui.briefing.visit_dialog import VisitDialog
    from kamdesk.ui.lifecycle.complaint_dialog import ComplaintDialog
    from kamdesk.ui.lifecycle.phase_dialog import PhaseDialog
    from kamdesk.ui.lifecycle.signal_rules_dialog import SignalRulesDialog
    from kamdesk.ui.shell.preferences_dialog import PreferencesDialog
    from kamdesk.ui.stakeholders.contact_dialog import ContactDialog
    from kamdesk.ui.stakeholders.team_dialog import TeamDialog
    from kamdesk.ui.status.funnel_overview_dialog import FunnelOverviewDialog
    from kamdesk.ui.status.funnel_wizard import FunnelWizard
    from kamdesk.ui.sync.server_form import ServerPasswordDialog
    from kamdesk.ui.sync.sync_dialogs import SyncLogDialog, SyncSettingsDialog

    account = max(
        workspace.accounts.all(),
        key=lambda a: len(workspace.stakeholders.stakeholder_map(a.id, date.today()).contacts),
    )
    people = workspace.stakeholders.stakeholder_map(account.id, date.today())
    yield "preferences", PreferencesDialog()
    yield "funnel overview", FunnelOverviewDialog(workspace.status.funnel_stages())
    yield "contact", ContactDialog(people.contacts[0], list(people.members), set(), [])
    yield "complaint", ComplaintDialog(Complaint(uuid.uuid4(), date.today(), ""))
    yield "phase", PhaseDialog(Phase.RETENTION)
    yield "team", TeamDialog(workspace.stakeholders, QUndoStack(), lambda _: None)
    sync = workspace.sync
    yield (
        "sync settings",
        SyncSettingsDialog(sync.settings(), sync.encrypted, sync.check_server, sync.passwords.kept),
    )
    on_server = SyncSettings(
        TeamServer.named("postgresql://anna@kamdesk.example.com/team"), True, 0
    )
    yield (
        "team server settings",
        SyncSettingsDialog(on_server, sync.encrypted, sync.check_server, sync.passwords.kept),
    )
    yield "sync log", SyncLogDialog(workspace.sync.log())
    yield "team server password", ServerPasswordDialog("The team server refused the login.")
    yield "warning signals", SignalRulesDialog(SignalRules())
    yield (
        "visit",
        VisitDialog(workspace.briefing, workspace.stakeholders, account.id, account.fields.name),
    )
    yield "funnel", FunnelWizard(workspace.status, account.id, account.fields.name)


def test_no_dialog_cuts_a_text(qtbot: QtBot, language: str, demo_store: Path) -> None:
    with Workspace.open(demo_store) as workspace:
        problems = {}
        for name, dialog in dialogs(workspace):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(10)
            problems[name] = clipped(dialog)
            dialog.close()
    assert {name: found for name, found in problems.items() if found} == {}
