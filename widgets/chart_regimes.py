"""Market regimes on the charts: the "Regime band" command toggles a band under the focused
chart, coloured by each candle's regime (engine: client.ml_regimes, past-only fits), and keeps
it in step with the chart's symbol, timeframe and new candles."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.chart.regime_band import RegimeBand

REGIME_ACTION = "chart.regimes"
CHECK_MS = 2000  # how often a shown band looks for a new symbol, timeframe or candle
REFRESH_S = 60.0  # new candles refit at most this often (a fit is tens of milliseconds)


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartRegimes", text)


class ChartRegimes(QObject):
    """One chart panel's band: shown or not, fetched and refreshed."""

    def __init__(self, ctx: AppContext, panel) -> None:
        super().__init__(panel)
        self.ctx = ctx
        self.panel = panel
        self.band: RegimeBand | None = None
        self._key: tuple = ()
        self._fetched_at = 0.0
        self._fetching = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._check)
        ctx.themeChanged.connect(self._on_theme)

    @classmethod
    def of(cls, ctx: AppContext, panel) -> ChartRegimes:
        found = panel.findChild(ChartRegimes)
        return found if found is not None else cls(ctx, panel)

    @property
    def shown(self) -> bool:
        return self.band is not None

    def toggle(self) -> None:
        self.hide() if self.shown else self.show()

    def show(self) -> None:
        if self.band is None:
            self.band = RegimeBand(self.panel.chart, self.ctx.dark)
            self._key = ()
            self._timer.start()
            self._check()

    def hide(self) -> None:
        self._timer.stop()
        if self.band is not None:
            self.band.remove()
            self.band = None

    def _on_theme(self, dark: bool) -> None:
        if self.band is not None:
            self.band.set_theme(dark)

    def _check(self) -> None:
        chart = self.panel.chart
        key = (self.panel.venue, self.panel.symbol, chart.timeframe())
        count = len(chart.candles())
        stale = key != self._key[:3] or (count != (self._key[3] if len(self._key) > 3 else -1)
                                         and time.monotonic() - self._fetched_at > REFRESH_S)
        if stale and count and not self._fetching:
            self._fetching = True
            self.ctx.spawn(self._fetch(key, count), _t("Regime band"))

    async def _fetch(self, key: tuple, count: int) -> None:
        try:
            view = await self.ctx.client.ml_regimes(*key)
        finally:
            self._fetching = False
        self._fetched_at = time.monotonic()
        self._key = (*key, count)
        if self.band is not None:
            self.band.set_view(view)


def install_regime_commands(ctx: AppContext, docks: DockManager) -> None:
    def toggle() -> None:
        panel = ctx.active_chart
        if panel is None:
            charts = docks.panels("chart")
            panel = charts[0] if charts else docks.open_panel("chart").widget()
        ChartRegimes.of(ctx, panel).toggle()

    ctx.actions.register(
        REGIME_ACTION,
        _t("Regime band"),
        toggle,
        shortcut="Ctrl+Alt+G",
        icon_name="chart",
        menu="chart",
        tooltip=_t("Show or hide the market regimes (calm, normal, turbulent) under the "
                   "focused chart"),
    )
