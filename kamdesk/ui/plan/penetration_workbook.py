"""Which Excel workbook the penetration plan comes from or goes to: the file dialogs (in the
folder used last), and the question when the workbook has no sheet for the account."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kamdesk.ui.widgets.remembered_folder import remember_folder, remembered_folder

FOLDER_KEY = "penetration/folder"
translate = QCoreApplication.translate


def workbook_to_import(
    parent: QWidget, account: str, foreign_sheet: Callable[[Path], str | None]
) -> Path | None:
    """The workbook chosen, None when the user cancelled. `foreign_sheet` names the sheet a
    workbook without one for `account` would be read from; the user confirms it first."""
    title = translate("PenetrationPage", "Import penetration plan")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        remembered_folder(FOLDER_KEY),
        translate("PenetrationPage", "Excel (*.xlsx);;Older Excel and OpenDocument (*.xls *.ods)"),
    )
    if not path:
        return None
    remember_folder(FOLDER_KEY, path)
    sheet = foreign_sheet(Path(path))
    if sheet is None:
        return Path(path)
    question = translate(
        "PenetrationPage",
        "The workbook has no sheet for “{account}”. Replace this account's plan with "
        "the sheet “{sheet}”?",
    )
    answer = QMessageBox.question(parent, title, question.format(account=account, sheet=sheet))
    return Path(path) if answer == QMessageBox.StandardButton.Yes else None


def workbook_to_export(parent: QWidget, account: str) -> Path | None:
    name = translate("PenetrationPage", "{account} – penetration plan.xlsx")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("PenetrationPage", "Export penetration plan"),
        str(Path(remembered_folder(FOLDER_KEY)) / name.format(account=account)),
        translate("PenetrationPage", "Excel (*.xlsx)"),
    )
    if not path:
        return None
    remember_folder(FOLDER_KEY, path)
    return Path(path)
