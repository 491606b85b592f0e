"""A built-in strategy's words in the UI's language.

Strategies import nothing of the app (not even desktop.core), so they declare their name,
description (the class docstring) and parameter labels and hints as plain English; the
catalogs carry them under the "Strategies" context (build_scripts/translations.py collects
them from strategies/builtin). A user's own strategy is not in the catalogs and reads as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Strategies"


def strategy_text(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def param_label(spec: dict) -> str:
    """A parameter's label from the strategy listing (its name with spaces if it has none)."""
    return strategy_text(spec.get("label") or spec["name"].replace("_", " "))
