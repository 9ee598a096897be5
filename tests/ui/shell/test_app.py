"""Application set-up: the look German text needs."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kamdesk.ui.shell.app import create_application


def test_glyphs_are_not_hinted_so_umlauts_keep_their_dots(qapp: QApplication) -> None:
    font = qapp.font()
    try:
        app = create_application("en")
        assert app.font().hintingPreference() == QFont.HintingPreference.PreferNoHinting
        assert app.windowIcon().isNull() is False
    finally:
        qapp.setFont(font)
        qapp.setStyleSheet("")
