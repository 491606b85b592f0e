"""Every UI string is translated to pt_BR and es, the compiled catalogs load, and the window
speaks the chosen language."""

from __future__ import annotations

import json
import re
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "build_scripts"))
import translations

LANGS = ("pt_BR", "es")


def test_every_ui_string_has_a_translation():
    strings = translations.extract()
    assert sum(len(v) for v in strings.values()) > 100
    for lang in LANGS:
        gaps = translations.missing(strings, translations.load_catalog(lang))
        assert not gaps, f"{lang}: untranslated {gaps[:10]}"


def test_translations_keep_placeholders():
    """Every {field} (with its format spec: "{pct:.1f}") of the source is in the translation:
    engine messages are filled in after the lookup, a lost field would raise or vanish."""
    field = re.compile(r"\{[^{}]*\}")
    for lang in LANGS:
        for ctx, table in translations.load_catalog(lang).items():
            for source, target in table.items():
                assert set(field.findall(source)) == set(field.findall(target)), (
                    lang, ctx, source)


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalog_translates_the_ui(qapp, lang):
    catalog = json.loads((REPO / "i18n" / f"catalog_{lang}.json").read_text(encoding="utf-8"))
    translator = QTranslator()
    assert translator.load(str(REPO / "desktop" / "i18n" / f"pregao_{lang}.qm"))
    qapp.installTranslator(translator)
    try:
        for ctx, source in (
            ("Watchlist", "Watchlist"),
            ("MainWindow", "New chart"),
            ("ReplayPanel", "Open replay file…"),
        ):
            assert QCoreApplication.translate(ctx, source) == catalog[ctx][source]
            assert catalog[ctx][source] != source or lang == "en"
    finally:
        qapp.removeTranslator(translator)


def test_window_menus_in_brazilian_portuguese(qapp, make_window):
    from desktop.shell.i18n import install_translators

    catalog = translations.load_catalog("pt_BR")
    previous_locale = QLocale()
    installed = install_translators(qapp, "pt_BR")
    try:
        assert installed == "pt_BR"
        window = make_window()
        titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        assert catalog["MainWindow"]["&View"] in titles
        assert window.actions.command("view.new_chart").label == (
            catalog["MainWindow"]["New chart"].replace("&", "")
        )
    finally:
        for t in qapp.findChildren(QTranslator):
            qapp.removeTranslator(t)
        QLocale.setDefault(previous_locale)
