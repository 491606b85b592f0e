"""Imports pyqtgraph without copying all of Qt into its shim modules.

pyqtgraph keeps its own mirrors of QtCore, QtGui and QtWidgets (`pyqtgraph.Qt.QtCore`, ...),
filled at import by `_copy_attrs`: `for name in dir(PySide6.QtX): setattr(mirror, name, ...)`.
PySide6 creates its classes and enums lazily, on first attribute access, so that loop makes
all ~720 of them at once: about 100 ms of the start, before the first frame, for classes the
app never uses.

Here the mirrors forward instead: a name not set on a mirror is looked up in the PySide6
module on first use and kept. Names pyqtgraph sets on a mirror itself (its Qt5 shims) are
found first, exactly as after a copy. It works by giving `pyqtgraph.Qt`, while it executes, a
`dir` that returns nothing for the three PySide6 modules (so `_copy_attrs` copies nothing);
nothing else in pyqtgraph changes. If pyqtgraph is already imported, or a later version
fills its mirrors another way, this does nothing and pyqtgraph works as it always does.

Import pyqtgraph through this module: `from widgets.common.pyqtgraph_import import pg`.
"""

from __future__ import annotations

import builtins
import importlib.abc
import importlib.machinery
import os
import sys
import types
from typing import Any

# pyqtgraph and qasync must bind to PySide6 (PyQt6 may be installed for a dev reference).
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

_SHIM = "pyqtgraph.Qt"
_MIRRORED = ("QtCore", "QtGui", "QtWidgets")


class _ForwardingMirror(types.ModuleType):
    """A pyqtgraph Qt mirror whose missing names come from the PySide6 module on first use."""

    _source: types.ModuleType

    def __getattr__(self, name: str) -> Any:
        value = getattr(type(self)._source, name)  # AttributeError passes through
        setattr(self, name, value)
        return value

    def __dir__(self) -> list[str]:
        return sorted(set(self.__dict__) | set(dir(type(self)._source)))


def _lean_dir(*args: Any) -> list[str]:
    """`dir` inside pyqtgraph.Qt: for a mirrored PySide6 module, turn the matching mirror
    into a forwarding one and report no names (nothing to copy); else the builtin."""
    if len(args) == 1 and isinstance(args[0], types.ModuleType):
        source = args[0]
        package, _, leaf = source.__name__.rpartition(".")
        mirror = sys.modules.get(f"{_SHIM}.{leaf}")
        if package == "PySide6" and leaf in _MIRRORED and mirror is not None:
            mirror.__class__ = type(f"{leaf}Mirror", (_ForwardingMirror,), {"_source": source})
            return []
    return builtins.dir(*args)


class _ShimLoader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader) -> None:
        self._inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._inner.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__dict__["dir"] = _lean_dir  # shadows the builtin in that module only
        try:
            self._inner.exec_module(module)
        finally:
            module.__dict__.pop("dir", None)
            module.__loader__ = self._inner
            if module.__spec__ is not None:
                module.__spec__.loader = self._inner


class _ShimFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != _SHIM:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _ShimLoader(spec.loader)
        return spec


def _import_pyqtgraph() -> types.ModuleType:
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    finder = _ShimFinder()
    sys.meta_path.insert(0, finder)
    try:
        import pyqtgraph
    finally:
        sys.meta_path.remove(finder)
    return pyqtgraph


pg = _import_pyqtgraph()
