"""Where an export goes: a save dialog in the folder documents were last saved to, offering
the file types the export writes; a name typed without its ending gets the chosen type's."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.ui.widgets.remembered_folder import DOCUMENTS, remember_folder, remembered_folder

FileType = tuple[str, str]  # ("Excel workbook", ".xlsx")


def export_path(
    parent: QWidget, title: str, suggested_name: str, types: list[FileType]
) -> Path | None:
    """None when the user cancelled; `suggested_name` without an ending."""
    filters = [f"{label} (*{suffix})" for label, suffix in types]
    suggested = Path(remembered_folder(DOCUMENTS)) / (suggested_name + types[0][1])
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(filters)
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffixes = [suffix for _, suffix in types]
    if path.suffix.casefold() not in suffixes:
        picked = filters.index(chosen_filter) if chosen_filter in filters else 0
        path = path.with_name(path.name + suffixes[picked])
    remember_folder(DOCUMENTS, str(path))
    return path
