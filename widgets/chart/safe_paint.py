"""Guard for QGraphicsItem.paint overrides.

An exception escaping a Python paint() override under PySide6 can take the whole process
down (a segfault inside QGraphicsView's paint loop). A chart glitch must not close a trading
terminal, so a failing paint is logged once per item type and skipped instead.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)
_reported: set[str] = set()


def safe_paint(paint: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(paint)
    def guarded(self: Any, painter: Any, *args: Any) -> None:
        try:
            paint(self, painter, *args)
        except Exception:
            name = type(self).__name__
            if name not in _reported:
                _reported.add(name)
                log.exception("Chart item %s failed to paint; skipping it", name)

    return guarded
