"""How wide a small form dialog opens: room for its placeholders and a typical entry in
either language, where Qt would size it to the shortest labels."""

from PySide6.QtWidgets import QWidget

FORM_CHARS = 64  # "0"-widths: a German placeholder and the label column beside it


def open_wide_enough(dialog: QWidget, chars: int = FORM_CHARS) -> None:
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("0") * chars)
