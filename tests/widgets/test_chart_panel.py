"""A chart dock on the live demo market: history, live bars, timeframe switching."""

from __future__ import annotations

import numpy as np


def test_chart_shows_history_then_live_bars(qtbot, window):
    chart = window.docks.dock("chart-1").widget()
    qtbot.waitUntil(lambda: len(chart.chart.candles()) > 1000, timeout=8000)
    candles = chart.chart.candles()
    assert np.all(np.diff(candles.ts) > 0)
    assert np.all(candles.low <= candles.high)
    before = chart.live_bars
    qtbot.waitUntil(lambda: chart.live_bars > before, timeout=5000)
    assert chart.chart.last_price() is not None


def test_timeframe_switch_aggregates_the_1m_history(qtbot, window):
    chart = window.docks.dock("chart-1").widget()
    qtbot.waitUntil(lambda: len(chart.chart.candles()) > 1000, timeout=8000)
    n1 = len(chart.chart.candles())
    chart.set_timeframe("5m")
    n5 = len(chart.chart.candles())
    assert chart.chart.timeframe() == "5m"
    assert abs(n5 - n1 / 5) <= 2
    assert np.all(chart.chart.candles().ts % (5 * 60_000) == 0)
    chart.set_timeframe("1h")
    assert abs(len(chart.chart.candles()) - n1 / 60) <= 2
    assert chart.title().endswith("1h")
    assert chart.config()["timeframe"] == "1h"


def test_symbol_change_loads_the_new_history(qtbot, window):
    chart = window.docks.dock("chart-1").widget()
    qtbot.waitUntil(lambda: len(chart.chart.candles()) > 1000, timeout=8000)
    btc_close = chart.chart.candles().close[-1]
    chart.set_symbol("demo", "ETH/USDT")
    qtbot.waitUntil(lambda: chart.chart.candles().close[-1] < btc_close / 5, timeout=5000)
    assert chart.title().startswith("ETH/USDT")


def test_indicator_toggles_reach_the_chart(qtbot, window):
    chart = window.docks.dock("chart-1").widget()
    # Indicators switch on once candles are drawn and the indicator code has loaded.
    qtbot.waitUntil(lambda: chart._indicators_ready, timeout=30000)
    assert [i.title() for i in chart.chart.indicators()] == ["EMA 50"]
    chart.toggle_indicator("rsi")
    assert "rsi" in chart.chart.subpanes()
    chart.toggle_indicator("bb")
    assert [i.title() for i in chart.chart.indicators()] == ["EMA 50", "RSI 14", "BBANDS 20, 2"]
    assert {"name": "bbands", "params": {"period": 20, "nbdev": 2.0},
            "color": chart.indicator_set[2].color} in chart.config()["indicators"]
    window.actions.trigger("chart.indicator.rsi")
    assert "rsi" not in chart.chart.subpanes()


def test_chart_type_by_shortcut_and_box_is_saved(qtbot, window):
    from PySide6.QtCore import Qt

    chart = window.docks.dock("chart-1").widget()
    qtbot.waitUntil(lambda: len(chart.chart.candles()) > 100, timeout=8000)
    window.ctx.set_active_chart(chart)
    window.activateWindow()
    window.actions.trigger("chart.type.heikin_ashi")
    assert chart.chart.chart_type.kind == "heikin_ashi"
    assert chart.config()["chart_type"] == "heikin_ashi"
    # The box by keyboard: focus it and step to the next type (Line comes before Heikin-Ashi).
    chart.type_box.setFocus()
    qtbot.keyClick(chart.type_box, Qt.Key.Key_Up)
    assert chart.chart.chart_type.kind == "line" and chart.chart.chart_type.line_item.isVisible()


def test_a_bar_older_than_the_history_is_dropped_not_an_error(qtbot, window):
    # The history's answer can overtake bar events still queued on the bridge: a bar for a
    # minute before the last one shown is stale and must neither fail nor rewrite history.
    from desktop.core import Bar
    from desktop.core.events import BarEvent

    chart = window.docks.dock("chart-1").widget()
    qtbot.waitUntil(lambda: len(chart.chart.candles()) > 1000, timeout=8000)
    candles = chart.chart.candles()
    old_ts, old_close = int(candles.ts[-3]), float(candles.close[-3])
    stale = Bar(ts=old_ts, open=1.0, high=2.0, low=0.5, close=1.5, volume=1.0)
    chart._on_bar(BarEvent(symbol=chart.symbol, bar=stale, closed=True, venue=chart.venue))
    after = chart.chart.candles()
    i = int(np.searchsorted(after.ts, old_ts))
    assert after.close[i] == old_close
