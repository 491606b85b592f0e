"""Chart grid: the live charts laid out as 1, 2 (side by side) or 2×2, and optional links
between them: a symbol, a timeframe or the crosshair chosen on one chart shows on the others.

The backtest's own chart (BACKTEST_CHART) is never part of the grid nor linked: it shows past
trades, not the trader's market.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMainWindow

from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager, PanelDock
from widgets.chart_panel import BACKTEST_CHART

LAYOUTS = {1: "Ctrl+Alt+7", 2: "Ctrl+Alt+8", 4: "Ctrl+Alt+9"}
LINKS = {"symbol": "Ctrl+Alt+L", "timeframe": "Ctrl+Alt+F", "crosshair": "Ctrl+Alt+X"}


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartGrid", text)


def live_chart_docks(docks: DockManager) -> list[PanelDock]:
    return [d for d in docks.docks()
            if d.panel_type == "chart" and d.objectName() != BACKTEST_CHART]


def arrange(docks: DockManager, window: QMainWindow, count: int) -> list[PanelDock]:
    """Show `count` charts in a grid (opening charts that are missing); other live charts
    become tabs behind the first cell, so none is closed."""
    charts = [d for d in live_chart_docks(docks) if not d.isFloating()]
    while len(charts) < count:
        charts.append(docks.open_panel("chart"))
    cells, rest = charts[:count], charts[count:]
    for dock in cells:
        dock.show()
    if count >= 2:
        window.splitDockWidget(cells[0], cells[1], Qt.Orientation.Horizontal)
    if count == 4:
        window.splitDockWidget(cells[0], cells[2], Qt.Orientation.Vertical)
        window.splitDockWidget(cells[1], cells[3], Qt.Orientation.Vertical)
    for dock in rest:
        window.tabifyDockWidget(cells[0], dock)
    cells[0].raise_()
    return cells


class ChartLinks(QObject):
    """Passes symbol, timeframe and crosshair between the live charts when linked."""

    def __init__(self, ctx: AppContext, docks: DockManager) -> None:
        super().__init__(docks)
        self.docks = docks
        self.linked = {name: False for name in LINKS}
        self._busy = False
        self._wired: set[int] = set()
        docks.docksChanged.connect(self._wire)
        ctx.activeChartChanged.connect(lambda _panel: self._wire())  # built since (lazily)

    def set_linked(self, what: str, on: bool) -> None:
        self.linked[what] = on
        self._wire()

    def charts(self) -> list:
        return [d.panel for d in live_chart_docks(self.docks) if d.panel is not None]

    def _wire(self) -> None:
        for panel in self.charts():
            if id(panel) in self._wired:
                continue
            self._wired.add(id(panel))
            panel.titleChanged.connect(lambda _t, p=panel: self._changed(p))
            panel.chart.crosshairMoved.connect(lambda ts, p=panel: self._crosshair(p, ts))
            panel.destroyed.connect(lambda _o=None, k=id(panel): self._wired.discard(k))

    def _changed(self, source) -> None:
        if self._busy or not (self.linked["symbol"] or self.linked["timeframe"]):
            return
        self._busy = True  # the others' own titleChanged must not echo back
        try:
            for panel in self.charts():
                if panel is source:
                    continue
                if self.linked["symbol"] and (panel.venue, panel.symbol) != (
                        source.venue, source.symbol):
                    panel.set_symbol(source.venue, source.symbol)
                if self.linked["timeframe"] and panel.chart.timeframe() != source.chart.timeframe():
                    panel.set_timeframe(source.chart.timeframe())
        finally:
            self._busy = False

    def _crosshair(self, source, ts: int | None) -> None:
        if not self.linked["crosshair"]:
            return
        for panel in self.charts():
            if panel is not source:
                panel.chart.show_time_crosshair(ts)


def install_chart_grid(ctx: AppContext, docks: DockManager) -> ChartLinks:
    window = docks.parent()
    names = {1: _t("Chart grid: 1 chart"), 2: _t("Chart grid: 2 charts side by side"),
             4: _t("Chart grid: 2×2 charts")}
    for count, key in LAYOUTS.items():
        ctx.actions.register(
            f"chart.grid.{count}", names[count],
            lambda c=count: arrange(docks, window, c),
            shortcut=key, icon_name="chart", menu="chart",
            tooltip=_t("Lay the live charts out in this grid (opening charts if needed)"),
        )
    links = ChartLinks(ctx, docks)
    labels = {"symbol": _t("Link charts: symbol"), "timeframe": _t("Link charts: timeframe"),
              "crosshair": _t("Link charts: crosshair")}
    tips = {"symbol": _t("A symbol chosen on one live chart shows on every live chart"),
            "timeframe": _t("A timeframe chosen on one live chart applies to every live chart"),
            "crosshair": _t("The crosshair's time shows on every live chart")}
    for what, key in LINKS.items():
        ctx.actions.register(
            f"chart.link.{what}", labels[what],
            lambda on=False, w=what: links.set_linked(w, bool(on)),
            shortcut=key, icon_name="chart", menu="chart", checkable=True, tooltip=tips[what],
        )
    return links
