"""Follow the focused chart's symbol: the order book, the tape and the order entry show what
it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.shell.context import AppContext
from desktop.shell.panel import Panel


class ChartFollower(QObject):
    """Calls `on_symbol(venue, symbol)` when the focused chart changes or changes symbol."""

    #: The chart followed changed (None: no chart), after `on_symbol` was told its symbol.
    chartChanged = Signal(object)

    def __init__(self, ctx: AppContext, on_symbol: Callable[[str, str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_symbol = on_symbol
        self._chart: Panel | None = None
        self._ctx = ctx
        ctx.activeChartChanged.connect(self._follow)

    @property
    def chart(self) -> Panel | None:
        """The chart followed now, None when there is none."""
        return self._chart

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
        self.chartChanged.emit(self._chart)

    def _retitled(self, _title: str) -> None:
        chart = self._chart
        if chart is not None:
            venue, symbol = getattr(chart, "venue", ""), getattr(chart, "symbol", "")
            if symbol:
                self._on_symbol(venue, symbol)
