"""Pick the UI language (--lang, then the preference, then the system locale) and load it."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kamdesk.i18n import LANGUAGES
from kamdesk.resource_files import resource_path

PREFERENCE_KEY = "ui/language"
_LOCALES = {"de": "de_DE", "en": "en_GB"}


def identify_application() -> None:
    """Name the application so QSettings finds the user's preferences."""
    QCoreApplication.setOrganizationName("kamdesk")
    QCoreApplication.setApplicationName("kamdesk")


def preferred_language() -> str | None:
    value = QSettings().value(PREFERENCE_KEY, "")
    return value if value in LANGUAGES else None


def set_preferred_language(language: str | None) -> None:
    QSettings().setValue(PREFERENCE_KEY, language or "")


def choose_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    preferred = preferred_language()
    if preferred:
        return preferred
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load kamdesk's and Qt's own catalogues (dialog buttons); keep them alive via the app."""
    catalogues = [
        (f"kamdesk_{language}", str(resource_path("translations"))),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(_LOCALES[language]))  # numbers and dates as the user reads them
    return installed


def current_language() -> str:
    """The language the UI runs in, as installed by install_translators()."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"
