"""Our team typed as a user types: a new colleague's name, Tab, the function."""

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.demo.data import load_demo_data
from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.stakeholders import TeamMember
from kamdesk.services.workspace import Workspace
from kamdesk.ui.stakeholders.team_dialog import NAME, TeamDialog

TypeText = Callable[[QWidget, str], None]


def _editor(dialog: TeamDialog) -> QLineEdit:
    """The cell editor open now (a closed one lingers hidden until it is deleted)."""
    (editor,) = [e for e in dialog.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def test_typing_a_new_colleague_and_tabbing_on_renames_nobody_else(
    qtbot: QtBot, workspace: Workspace, type_text: TypeText
) -> None:
    for name in ("Anna Zeller", "Dr. Katrin Weiß"):
        workspace.stakeholders.save_member(
            TeamMember(uuid.uuid4(), name, HierarchyLevel.DEPARTMENT_HEAD, "Vertrieb")
        )
    dialog = TeamDialog(workspace.stakeholders, QUndoStack(), lambda error: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QWidget, "add_member"), Qt.MouseButton.LeftButton)
    editor = _editor(dialog)
    editor.selectAll()
    type_text(editor, "Bernd Acker")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = _editor(dialog)
    type_text(editor, "Key Account Manager")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next turn of the loop
    qtbot.waitUntil(lambda: dialog.view.state() != dialog.view.State.EditingState)
    members = {m.name: m for m in workspace.stakeholders.members()}
    assert set(members) == {"Anna Zeller", "Bernd Acker", "Dr. Katrin Weiß"}
    assert members["Bernd Acker"].function == "Key Account Manager"
    assert members["Dr. Katrin Weiß"].function == "Vertrieb"


def test_the_names_show_whole(qtbot: QtBot, workspace: Workspace) -> None:
    load_demo_data(workspace.transactions, 10, seed=3)  # long functions and e-mail addresses
    dialog = TeamDialog(workspace.stakeholders, QUndoStack(), lambda error: None)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [member.name for member in workspace.stakeholders.members()]
    widest = max(dialog.view.fontMetrics().horizontalAdvance(name) for name in names)
    assert dialog.view.horizontalHeader().sectionSize(NAME) > widest  # it was about 25 px
