"""The context of plural texts said outside a widget: `Plural.tr("%n day(s)", "", n)`.

The lupdate of PySide6 6.11 (the release CPython 3.11 gets, see pyproject) reads a plural
form only from a tr() call; from translate(context, text, "", n) it takes the text as
singular and drops its German plural."""

from PySide6.QtCore import QCoreApplication, QObject


class Plural(QObject):
    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Callable on the class (Qt's stubs type tr() as a method of an object)."""
        return QCoreApplication.translate("Plural", text, disambiguation, n)
