"""Built-in and user strategies described as plain data for the backtest panel's form."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any


def strategy_listing(catalog: Any) -> list[dict[str, Any]]:
    """Built-in and user strategies with their declared parameters; a user file that does
    not load is listed too, with `error` set (its reason, then the traceback)."""
    out: list[dict[str, Any]] = []
    builtin = set(getattr(catalog, "_builtin", {}))
    by_file = {sid: path for path, entry in catalog.entries.items() for sid in entry.strategies}
    for sid, cls in catalog.strategies().items():
        out.append(_strategy_info(cls, "builtin" if sid in builtin else "user", by_file.get(sid)))
    for path, error in sorted(catalog.errors().items()):
        out.append(
            {
                "id": f"file:{path.name}",
                "name": path.name,
                "doc": "",
                "source": "user",
                "file": str(path),
                "error": error,
                "params": [],
            }
        )
    return out


def _strategy_info(cls: type, source: str, path: Path | None) -> dict[str, Any]:
    params = []
    for name, p in cls.param_spec().items():
        params.append(
            {
                "name": name,
                "kind": p.kind.__name__,
                "default": p.default,
                "low": p.low,
                "high": p.high,
                "step": p.step,
                "label": p.label,
                "doc": p.doc,
            }
        )
    return {
        "id": cls.strategy_id(),
        "name": cls.name or cls.__name__,
        "doc": inspect.cleandoc(cls.__doc__ or ""),  # the text the catalogs translate
        "source": source,
        "file": str(path) if path else "",
        "error": None,
        "params": params,
    }
