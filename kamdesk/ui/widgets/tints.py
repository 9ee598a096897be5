"""Background tints that mean the same on every page."""

from PySide6.QtGui import QColor

WARNING = QColor("#fde2e1")  # the background of what needs attention
