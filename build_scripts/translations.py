"""Extract every translatable string, write the Qt Linguist catalogs, compile them.

Strings are found in the source with Python's ast, because our `_t("...")` helpers (one per
module, bound to that module's context) are invisible to lupdate. The translations
themselves live in `i18n/catalog_<lang>.json` ({context: {source: translation}}); this script
writes `i18n/pregao_<lang>.ts` from them and compiles them with pyside6-lrelease into
`desktop/i18n/pregao_<lang>.qm`, which ships inside the package (the .json and .ts are sources).
Qt-free modules (engine, venues, risk, keyring) mark their sentences with desktop.core.messages'
`marker`, collected here too, so `--check` fails on an untranslated engine message as well.

    python build_scripts/translations.py            # write .ts and .qm
    python build_scripts/translations.py --check    # exit 1 listing untranslated strings
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
COMPILED = ROOT / "desktop" / "i18n"
LANGUAGES = ("pt_BR", "es")
# Qt-free code (engine, venues, risk, keyring, ...) marks its sentences with
# `_t = marker("<ctx>")` (desktop.core.messages); the UI translates them where it shows them.
SOURCES = ("desktop", "widgets")
STRATEGIES = "strategies/builtin"
# Built-in strategies that use scikit-learn live in desktop.ml (strategies/ may not import it).
ML_STRATEGIES = ("desktop/ml/rolling_strategy.py", "desktop/ml/online_strategy.py")
STRATEGY_CONTEXT = "Strategies"


def _module_context(tree: ast.Module) -> str | None:
    """The context of the module's `_t` helper: QCoreApplication.translate("<ctx>", text) in
    UI code, `_t = marker("<ctx>")` in Qt-free code."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "_t" \
                and isinstance(node.value, ast.Call) and _is_marker(node.value) \
                and node.value.args and isinstance(node.value.args[0], ast.Constant):
            return node.value.args[0].value
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _is_translate(call) and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        return first.value
    return None


def _is_marker(call: ast.Call) -> bool:
    f = call.func
    return (isinstance(f, ast.Name) and f.id == "marker") or (
        isinstance(f, ast.Attribute) and f.attr == "marker")


def _is_translate(call: ast.Call) -> bool:
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "translate"


def extract_file(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module_ctx = _module_context(tree)
    found: list[tuple[str, str, int]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                _collect(child, cls)
            visit(child, cls)

    def _collect(call: ast.Call, cls: str | None) -> None:
        f = call.func
        args = call.args
        text = args[0] if args else None
        if isinstance(f, ast.Name) and f.id == "_t" and module_ctx:
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((module_ctx, text.value, call.lineno))
        elif isinstance(f, ast.Attribute) and f.attr == "tr" and cls:
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((cls, text.value, call.lineno))
        elif _is_translate(call) and len(args) >= 2:
            ctx, src = args[0], args[1]
            if all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (ctx, src)):
                found.append((ctx.value, src.value, call.lineno))

    visit(tree, None)
    return found


def extract_strategies(path: Path) -> list[tuple[str, str, int]]:
    """A built-in strategy's words, context "Strategies": the class's `name`, its docstring
    (cleaned as inspect.cleandoc, as the strategy listing sends it) and each Param's `label`
    and `doc`. Strategies import nothing of the app, so they carry plain English strings."""
    found: list[tuple[str, str, int]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        doc = ast.get_docstring(cls, clean=False)
        if doc:
            found.append((STRATEGY_CONTEXT, inspect.cleandoc(doc), cls.lineno))
        for node in cls.body:
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "name" for t in node.targets) \
                    and isinstance(node.value, ast.Constant) and node.value.value:
                found.append((STRATEGY_CONTEXT, node.value.value, node.lineno))
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", "") == "Param":
                for kw in node.value.keywords:
                    if kw.arg in ("label", "doc") and isinstance(kw.value, ast.Constant) \
                            and kw.value.value:
                        found.append((STRATEGY_CONTEXT, kw.value.value, node.lineno))
    return found


def extract_parameter_errors(path: Path) -> list[tuple[str, str, int]]:
    """Every `ParameterError("<template>", ...)`: a strategy's refusal of its parameters,
    shown translated in the context "Strategies" (desktop.core.strategy_messages)."""
    found: list[tuple[str, str, int]] = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(call, ast.Call) and call.args \
                and getattr(call.func, "id", getattr(call.func, "attr", "")) == "ParameterError" \
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            found.append((STRATEGY_CONTEXT, call.args[0].value, call.lineno))
    return found


def extract() -> dict[str, dict[str, list[str]]]:
    """{context: {source: [file:line, ...]}} over every UI source file, every marked
    Qt-free module and the built-in strategies."""
    out: dict[str, dict[str, list[str]]] = {}
    files: list[Path] = []
    for entry in SOURCES:
        p = ROOT / entry
        files.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p])
    for path in files:
        for ctx, src, line in extract_file(path):
            out.setdefault(ctx, {}).setdefault(src, []).append(f"{path.relative_to(ROOT)}:{line}")
    for path in [*sorted((ROOT / STRATEGIES).glob("*.py")), *(ROOT / p for p in ML_STRATEGIES)]:
        for ctx, src, line in extract_strategies(path):
            out.setdefault(ctx, {}).setdefault(src, []).append(f"{path.relative_to(ROOT)}:{line}")
    for path in [*files, *sorted((ROOT / "strategies").rglob("*.py"))]:
        for ctx, src, line in extract_parameter_errors(path):
            out.setdefault(ctx, {}).setdefault(src, []).append(f"{path.relative_to(ROOT)}:{line}")
    return out


def load_catalog(lang: str) -> dict[str, dict[str, str]]:
    path = I18N / f"catalog_{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def missing(strings, catalog) -> list[tuple[str, str]]:
    return [
        (ctx, src)
        for ctx, sources in strings.items()
        for src in sources
        if not catalog.get(ctx, {}).get(src)
    ]


def write_ts(lang: str, strings, catalog) -> Path:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{lang}" sourcelanguage="en">',
    ]
    for ctx in sorted(strings):
        lines.append(f"<context>\n    <name>{escape(ctx)}</name>")
        for src, where in sorted(strings[ctx].items()):
            translation = catalog.get(ctx, {}).get(src, "")
            for loc in where[:1]:
                file, line = loc.rsplit(":", 1)
                lines.append(
                    f'    <message>\n        <location filename="../{file}" line="{line}"/>'
                )
            lines.append(f"        <source>{escape(src)}</source>")
            if translation:
                lines.append(f"        <translation>{escape(translation)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path = I18N / f"pregao_{lang}.ts"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return exe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list untranslated strings")
    args = parser.parse_args(argv)
    strings = extract()
    failed = False
    for lang in LANGUAGES:
        catalog = load_catalog(lang)
        gaps = missing(strings, catalog)
        for ctx, src in gaps:
            print(f"{lang}: untranslated [{ctx}] {src!r}")
        failed |= bool(gaps)
        if not args.check:
            ts = write_ts(lang, strings, catalog)
            subprocess.run(
                [lrelease(), str(ts), "-qm", str(COMPILED / f"pregao_{lang}.qm")],
                check=True,
                stdout=subprocess.DEVNULL,
            )
    return 1 if (failed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
