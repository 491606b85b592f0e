"""Follow the focused chart's symbol: the order book and the tape show what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.shell.context import AppContext
from desktop.shell.panel import Panel


class ChartFollower(QObject):
    """Calls `on_symbol(venue, symbol)` when the focused chart changes or changes symbol."""

    def __init__(self, ctx: AppContext, on_symbol: Callable[[str, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_symbol = on_symbol
        self._chart: Panel | None = None
        self._ctx = ctx
        ctx.activeChartChanged.connect(self._follow)

    def start(self) -> bool:
        """Follow the chart focused now; False when there is none."""
        self._follow(self._ctx.active_chart)
        return self._chart is not None

    def stop(self) -> None:
        try:
            self._ctx.activeChartChanged.disconnect(self._follow)
        except (RuntimeError, TypeError):
            pass  # the window is going away
        self._follow(None)

    def _follow(self, chart: Panel | None) -> None:
        previous, self._chart = self._chart, chart
        if previous is not None:
            try:
                previous.titleChanged.disconnect(self._retitled)
            except (RuntimeError, TypeError):
                pass  # the chart is already gone
        if chart is not None and hasattr(chart, "symbol"):
            chart.titleChanged.connect(self._retitled)
            self._retitled("")
        else:
            self._chart = None

    def _retitled(self, _title: str) -> None:
        chart = self._chart
        if chart is not None:
            venue, symbol = getattr(chart, "venue", ""), getattr(chart, "symbol", "")
            if symbol:
                self._on_symbol(venue, symbol)
