"""Regimes in the app: the Regime band command draws each candle's regime under the focused
chart (the engine's past-only fit, matched by candle time) and goes away again; the ML view's
Regimes page lists each ticked market's regimes with the current one marked."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.data.resample import resample
from desktop.ml.regimes import detect
from widgets.chart.regime_band import runs
from widgets.chart_regimes import REGIME_ACTION, ChartRegimes


def test_regime_band_follows_the_chart_and_matches_a_direct_fit(qtbot, window, runtime, aio):
    chart_panel = window.docks.panels("chart")[0]
    window.ctx.set_active_chart(chart_panel)
    qtbot.waitUntil(lambda: chart_panel.has_live_candles, timeout=20_000)
    chart_panel.set_timeframe("5m")
    window.ctx.actions.action(REGIME_ACTION).trigger()
    regimes = ChartRegimes.of(window.ctx, chart_panel)
    assert regimes.shown
    qtbot.waitUntil(lambda: regimes.band.view is not None, timeout=30_000)
    band = regimes.band
    view = band.view
    history = aio.run(runtime.client.history(chart_panel.venue, chart_panel.symbol))
    direct = detect(resample(history, "5m"))
    # The band's candles carry the direct fit's regimes wherever the times match.
    shown_ts = chart_panel.chart.candles().ts
    at = np.searchsorted(direct.ts, shown_ts)
    both = (at < direct.ts.size)
    both[both] = direct.ts[at[both]] == shown_ts[both]
    assert both.sum() > 100
    np.testing.assert_array_equal(band.labels[both], direct.labels[at[both]])
    assert view.current == direct.labels[-1] or view.ts[-1] != direct.ts[-1]
    assert (band.labels >= 0).any()
    assert len(band.bars.opts["x0"]) == len(runs(band.labels))
    assert sum(s.share for s in view.stats) == pytest.approx(1.0)
    # Another timeframe: fetched again for it.
    chart_panel.set_timeframe("15m")
    qtbot.waitUntil(lambda: band.view is not None and band.view.timeframe == "15m",
                    timeout=30_000)
    window.ctx.actions.action(REGIME_ACTION).trigger()
    assert not regimes.shown and band.plot.scene() is None


def test_ml_view_lists_the_regimes_of_every_ticked_market(qtbot, window, runtime, aio):
    dock = window.docks.open_panel("backtest")
    dock.show()
    panel = dock.widget()
    aio.run(panel.wait_loaded(), 30)
    panel.setup.check_symbols(["BTC/USDT", "ETH/USDT"])
    panel.setup.timeframe.setCurrentIndex(panel.setup.timeframe.findData("5m"))
    view = panel.show_ml()
    view.tabs.setCurrentWidget(view.regimes)
    view.regimes.detect_button.click()
    qtbot.waitUntil(lambda: view.regimes.table.rowCount() == 6, timeout=30_000)
    table = view.regimes.table
    markets = {table.item(r, 0).text() for r in range(6)}
    assert markets == {"BTC/USDT 5m", "ETH/USDT 5m"}
    assert sum(table.item(r, 2).text() == "●" for r in range(6)) == 2  # one current each
