"""A drop-down of labelled values, read back as the value."""

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox


def choice_box(options: Iterable[tuple[str, Any]], current: Any) -> QComboBox:
    box = QComboBox()
    for label, value in options:
        box.addItem(label, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box
