"""Every UI string is translated to pt_BR and es, the compiled catalogs load, and the window
speaks the chosen language."""

from __future__ import annotations

import ast
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


def _error_classes(trees) -> set[str]:
    """PregaoError and every class deriving from it (the errors the UI shows)."""
    classes, grew = {"PregaoError"}, True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in classes and any(
                        getattr(b, "id", getattr(b, "attr", "")) in classes for b in node.bases):
                    classes.add(node.name)
                    grew = True
    return classes


def test_qt_free_code_says_nothing_to_the_trader_unmarked():
    """An error the UI shows, or an order's reason, made in the engine, venues, risk, storage
    or keyring code with a bare string (English for ever) instead of a `_t("…")` marked
    message (desktop.core.messages) fails here, naming where; so does a candle file's per-row
    problem, and a strategy's ParameterError built as an f-string (its template must be a
    literal, the values keywords); then the catalog check above asks for its translations."""
    files = [p for p in sorted((REPO / "desktop").rglob("*.py"))
             if "shell" not in p.parts and p.name != "app.py"]
    files += sorted((REPO / "strategies").rglob("*.py"))
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in files}
    errors = _error_classes(trees.values())

    def bare(node: ast.AST) -> bool:
        """Words in a string (a key such as f"ml:{name}" has no space; a sentence has)."""
        if isinstance(node, ast.JoinedStr):
            return any(isinstance(v, ast.Constant) and " " in str(v.value) for v in node.values)
        return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value

    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            said = node.args[:2] if name in errors else []
            said += [k.value for k in node.keywords if k.arg == "reason"]
            # A candle file's per-row problem: `problems.check(mask, lambda i: <sentence>)`.
            said += [a.body for a in node.args if name == "check" and isinstance(a, ast.Lambda)]
            # A strategy's refusal: a literal template (collected for translation under
            # "Strategies") with its values as keywords, not an f-string, .format() or sum.
            composed = name == "ParameterError" and node.args \
                and not isinstance(node.args[0], ast.Constant | ast.Name)
            if composed or any(bare(a) for a in said):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not found, f"wrap these sentences in _t(...) (desktop.core.messages): {found}"
