"""Editing the criteria catalogue: changes re-score accounts; broken rules are explained."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.i18n.account_cells import SCORE
from kamdesk.services.workspace import Workspace
from kamdesk.ui.status.catalogue_dialog import CatalogueDialog
from kamdesk.ui.status.catalogue_models import (
    CRITERION_NAME,
    CRITERION_POINTS,
    REVIEW_MONTHS,
    THRESHOLD,
)


def row_of(dialog: CatalogueDialog, key: str) -> int:
    return next(r for r, c in enumerate(dialog.criteria.rows) if c.key == key)


def save(qtbot: QtBot, dialog: CatalogueDialog) -> None:
    """Click Save and wait until the re-scoring on the worker thread is over."""
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.isEnabled)


def test_more_points_for_a_criterion_rescore_the_account(
    qtbot: QtBot, workspace: Workspace
) -> None:
    account = workspace.accounts.create(AccountFields(name="Leuchtturm KG")).id
    workspace.status.set_answer(account, "lighthouse", True)
    dialog = CatalogueDialog(workspace.status)
    qtbot.addWidget(dialog)
    model = dialog.criteria
    assert model.setData(model.index(row_of(dialog, "lighthouse"), CRITERION_POINTS), "35")
    save(qtbot, dialog)
    assert dialog.result() == CatalogueDialog.DialogCode.Accepted
    assert workspace.status.status(account).card.total == 35
    assert workspace.status.status(account).card.level == StatusLevel.ACCOUNT


def test_a_custom_criterion_is_added_and_named(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = CatalogueDialog(workspace.status)
    qtbot.addWidget(dialog)
    dialog._add_criterion()
    model = dialog.criteria
    last = model.rowCount() - 1
    model.setData(model.index(last, CRITERION_NAME), "Innovationspartner")
    save(qtbot, dialog)
    names = [c.name for c in workspace.status.catalogue().criteria]
    assert "Innovationspartner" in names


def test_broken_rules_are_explained_and_nothing_is_saved(
    qtbot: QtBot, workspace: Workspace
) -> None:
    before = workspace.status.catalogue()
    dialog = CatalogueDialog(workspace.status)
    qtbot.addWidget(dialog)
    levels = dialog.levels
    levels.setData(levels.index(1, THRESHOLD), 5)  # Key Account below Account
    save(qtbot, dialog)
    assert dialog.result() != CatalogueDialog.DialogCode.Accepted
    assert "more points than the level below" in dialog.error.text()
    assert workspace.status.catalogue() == before


def test_review_period_beyond_24_months_is_not_taken(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = CatalogueDialog(workspace.status)
    qtbot.addWidget(dialog)
    assert not dialog.levels.setData(dialog.levels.index(0, REVIEW_MONTHS), 30)
    assert dialog.levels.index(0, REVIEW_MONTHS).data() == "24"


def test_unreadable_bands_say_how_to_write_them(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = CatalogueDialog(workspace.status)
    qtbot.addWidget(dialog)
    model = dialog.criteria
    assert not model.setData(model.index(row_of(dialog, "countries"), CRITERION_POINTS), "zwei")
    assert "2: 5; 5: 10" in dialog.error.text()


def test_saving_from_the_menu_reloads_the_scores(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.ui.shell.main_window import MainWindow

    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name="Menü AG")).id
        workspace.status.set_answer(account, "opinion_leader", True)
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()

    def raise_points(dialog: CatalogueDialog) -> int:
        model = dialog.criteria
        model.setData(model.index(row_of(dialog, "opinion_leader"), CRITERION_POINTS), "40")
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.result() == CatalogueDialog.DialogCode.Accepted)
        return 1

    monkeypatch.setattr(CatalogueDialog, "exec", raise_points)
    with qtbot.waitSignal(window.accounts_loaded):
        window.commands.catalogue_action.trigger()
    assert window.accounts_page.model.index(0, SCORE).data() == "40"
    window.close_store()
