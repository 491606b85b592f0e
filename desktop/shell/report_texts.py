"""The UI's language and theme for a report: the Report context's words translated, the
locale's decimal and group separators, and the theme's chart colours, packed in a Qt-free
`ReportStyle` for the report builders (a worker process or the command line).

Uses QtCore only, so `pregao backtest --pdf --language pt_BR` works without a display.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.package_data import translations_dir
from desktop.reports.formatting import THEME_COLOURS, ReportStyle
from desktop.reports.labels import CONTEXT, TEXTS


def report_style(language: str = "", theme: str = "light") -> ReportStyle:
    """With `language` ("pt_BR", "es", "en"): that catalog, read directly; without: the
    catalogs the running app installed and its default locale (the UI's language)."""
    if language:
        locale = QLocale(language)
        translator = QTranslator()
        loaded = any(translator.load(str(translations_dir() / f"pregao_{name}.qm"))
                     for name in (locale.name(), locale.name().split("_")[0]))

        def tr(text: str) -> str:
            return (translator.translate(CONTEXT, text) or text) if loaded else text
    else:
        locale = QLocale()

        def tr(text: str) -> str:
            return QCoreApplication.translate(CONTEXT, text)
    return ReportStyle(
        texts={key: tr(text) for key, text in TEXTS.items()},
        decimal=locale.decimalPoint(), group=locale.groupSeparator(),
        language=locale.name(), colours=THEME_COLOURS.get(theme, THEME_COLOURS["light"]))
