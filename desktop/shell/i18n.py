"""Loading the UI translation for the chosen (or the system's) language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.shell.icons import resources_dir

# Language names are shown in their own language, so they are not translated; the settings
# dialog translates the "" entry ("System default").
LANGUAGES = {"": "", "en": "English", "pt_BR": "Português (Brasil)", "es": "Español"}


def i18n_dir():
    return resources_dir().parent / "i18n"


def install_translators(app: QApplication, language: str = "") -> str:
    """Install Pregão's and Qt's own catalogs; returns the locale name in use."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    name = locale.name()  # e.g. "pt_BR"
    ours = QTranslator(app)
    for candidate in (name, name.split("_")[0]):
        if ours.load(str(i18n_dir() / f"pregao_{candidate}.qm")):
            app.installTranslator(ours)
            break
    qt_base = QTranslator(app)
    if qt_base.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
    return name
