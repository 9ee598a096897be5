"""Export the stakeholder map as a PNG picture or an SVG drawing, under a name the user
chooses (in the folder they last saved documents to)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.documents.stakeholder_map import StakeholderScene
from kamdesk.ui.widgets.remembered_folder import DOCUMENTS, remember_folder, remembered_folder

translate = QCoreApplication.translate


def export_map(parent: QWidget, scene: StakeholderScene, account_name: str) -> None:
    """Raises KamdeskError when the file cannot be written; nothing happens when the user
    cancels."""
    name = translate("StakeholdersPage", "{account} – stakeholder map.png")
    suggested = Path(remembered_folder(DOCUMENTS)) / name.format(account=account_name)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("StakeholdersPage", "Export stakeholder map"),
        str(suggested),
        translate("StakeholdersPage", "PNG image (*.png);;SVG drawing (*.svg)"),
    )
    if not path:
        return
    remember_folder(DOCUMENTS, path)
    from kamdesk.documents.output import write_scene_png, write_scene_svg  # rarely: on demand

    if path.lower().endswith(".svg"):
        write_scene_svg(scene, Path(path), account_name)
    else:
        write_scene_png(scene, Path(path))
