"""User strategies: Python files in a folder, discovered, and reloaded when they change.

Qt-free and poll-based: the UI (or the CLI) calls `refresh()` when it wants fresh news, e.g.
on a timer; nothing watches the disk in the background. A file that fails to import, or
defines no usable strategy, is kept as an entry carrying the error and its traceback for
the user to read; every other file and the built-ins stay available.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from strategies.base import Strategy

_MODULE_PREFIX = "pregao_user_strategies"


def builtin_strategies() -> dict[str, type[Strategy]]:
    """Every strategy that ships with Pregão, by id: `strategies.builtin` plus the machine
    learning ones, which live in `desktop.ml` because they use scikit-learn (the `strategies`
    package imports only itself and numpy/pandas). Importing them does not import sklearn."""
    from desktop.ml.online_strategy import MlOnline
    from desktop.ml.rolling_strategy import MlClassifier
    from strategies.builtin import BUILTIN

    return {**BUILTIN, MlClassifier.id: MlClassifier, MlOnline.id: MlOnline}


def default_strategies_dir() -> Path:
    """<user data dir>/strategies, e.g. ~/.local/share/Pregao/strategies on Linux."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Pregao")) / "strategies"


@dataclass(slots=True)
class CatalogEntry:
    """One strategy file: either its strategy classes by id, or the error that stopped it."""

    path: Path
    stamp: tuple[int, int]  # (mtime_ns, size): a change of either means 'reload'
    strategies: dict[str, type[Strategy]] = field(default_factory=dict)
    error: str | None = None  # one-line reason, a blank line, then the traceback

    @property
    def ok(self) -> bool:
        return self.error is None


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return (st.st_mtime_ns, st.st_size)


def _module_name(path: Path) -> str:
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
    stem = "".join(ch if ch.isalnum() else "_" for ch in path.stem)
    return f"{_MODULE_PREFIX}.{stem}_{digest}"


def _strategy_classes(module: ModuleType) -> dict[str, type[Strategy]]:
    found: dict[str, type[Strategy]] = {}
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, Strategy)
            and value is not Strategy
            and value.__module__ == module.__name__
        ):
            found[value.strategy_id()] = value
    return found


def load_strategy_file(path: Path) -> CatalogEntry:
    """Import one file afresh. Never raises for what is inside the file."""
    path = Path(path)
    stamp = _stamp(path)
    name = _module_name(path)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        # Registered before running so dataclasses/pickle inside the file can find it.
        sys.modules[name] = module
        # The file's folder is importable while it runs: helpers in _name.py files (which
        # discovery skips) can be shared between strategy files. Python imports such a helper
        # once per session; a changed helper takes effect on restart.
        folder = str(path.parent.resolve())
        sys.path.insert(0, folder)
        try:
            spec.loader.exec_module(module)
        finally:
            sys.path.remove(folder)
        classes = _strategy_classes(module)
        if not classes:
            raise LookupError(f"{path.name} defines no subclass of strategies.base.Strategy")
        for cls in classes.values():
            cls()  # defaults must satisfy the parameter ranges and validate()
    except (Exception, SystemExit) as exc:  # a user file must not take the app down
        sys.modules.pop(name, None)
        reason = f"{path.name}: {type(exc).__name__}: {exc}"
        return CatalogEntry(path, stamp, error=f"{reason}\n\n{traceback.format_exc()}")
    return CatalogEntry(path, stamp, strategies=classes)


class StrategyCatalog:
    """Built-in strategies plus the user's files in `folder`, kept current by `refresh()`."""

    def __init__(self, folder: Path | None = None, include_builtin: bool = True) -> None:
        self.folder = Path(folder) if folder is not None else default_strategies_dir()
        self.entries: dict[Path, CatalogEntry] = {}
        self._builtin: dict[str, type[Strategy]] = {}
        if include_builtin:
            self._builtin = builtin_strategies()

    def refresh(self) -> list[Path]:
        """Load new files, reload changed ones, forget deleted ones; returns what changed."""
        changed: list[Path] = []
        present = sorted(self.folder.glob("*.py")) if self.folder.is_dir() else []
        present = [p for p in present if not p.name.startswith(("_", "."))]
        for path in present:
            entry = self.entries.get(path)
            try:
                stamp = _stamp(path)
            except OSError:
                continue  # deleted between listing and stat: the next refresh drops it
            if entry is None or entry.stamp != stamp:
                self.entries[path] = load_strategy_file(path)
                changed.append(path)
        for path in set(self.entries) - set(present):
            del self.entries[path]
            changed.append(path)
        self._mark_duplicates()
        return changed

    def _mark_duplicates(self) -> None:
        seen: dict[str, str] = {sid: "the built-in strategies" for sid in self._builtin}
        for path in sorted(self.entries):
            entry = self.entries[path]
            if not entry.ok:
                continue
            for sid in entry.strategies:
                if sid in seen:
                    entry.error = (
                        f"{path.name}: strategy id {sid!r} is already used by {seen[sid]};"
                        " give it another id"
                    )
                    entry.strategies = {}
                    break
            for sid in entry.strategies:
                seen[sid] = path.name

    def strategies(self) -> dict[str, type[Strategy]]:
        """Every usable strategy by id: built-ins first, then user files."""
        out = dict(self._builtin)
        for entry in self.entries.values():
            out.update(entry.strategies)
        return out

    def errors(self) -> dict[Path, str]:
        return {p: e.error for p, e in self.entries.items() if e.error is not None}

    def get(self, strategy_id: str) -> type[Strategy]:
        found = self.strategies()
        if strategy_id not in found:
            raise KeyError(
                f"unknown strategy {strategy_id!r}; available: {', '.join(sorted(found))}"
            )
        return found[strategy_id]
