"""Loading the UI translation for the chosen (or the system's) language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.package_data import translations_dir

# Language names are shown in their own language, so they are not translated; the settings
# dialog translates the "" entry ("System default").
log = logging.getLogger(__name__)

LANGUAGES = {"": "", "en": "English", "pt_BR": "Português (Brasil)", "es": "Español"}


class _SourceRecordingTranslator(QTranslator):
    """Pregão's catalog, remembering the English text of every string it translated, so the
    command palette can match a command by its English name too."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sources: dict[str, str] = {}

    def translate(self, context, source_text, disambiguation=None, n=-1):
        text = super().translate(context, source_text, disambiguation, n)
        if text and source_text:
            self.sources[text.replace("&", "")] = source_text.replace("&", "")
        return text


_recorder: _SourceRecordingTranslator | None = None


def english_text(text: str) -> str:
    """The English text a translated UI string was made from (`text` itself when it was not
    translated, or in English)."""
    return _recorder.sources.get(text, text) if _recorder is not None else text


def install_translators(app: QApplication, language: str = "") -> str:
    """Install Pregão's and Qt's own catalogs; returns the locale name in use."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    name = locale.name()  # e.g. "pt_BR"
    global _recorder
    ours = _SourceRecordingTranslator(app)
    for candidate in (name, name.split("_")[0]):
        if ours.load(str(translations_dir() / f"pregao_{candidate}.qm")):
            app.installTranslator(ours)
            _recorder = ours
            break
    else:
        if name.split("_")[0] in {lang.split("_")[0] for lang in LANGUAGES if lang} - {"en"}:
            # A language we ship, yet its catalog is missing: a broken install, say so.
            log.warning("No translation catalog pregao_%s.qm in %s", name, translations_dir())
    qt_base = QTranslator(app)
    if qt_base.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
    return name
