import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    """In-process CLI runs share the test session's QApplication instead of making their own."""
    return qapp
