"""Replay through the whole app: a shared Binance file plays into the chart and watchlist;
a malformed file is rejected next to where it was chosen, and nothing is half-loaded."""

from __future__ import annotations

import numpy as np

from desktop.data.candle_files import load_candles
from tests.conftest import shared_file


def replay_panel(window):
    dock = window.docks.open_panel("replay")
    dock.show()
    return dock.widget()


def test_shared_file_replays_into_the_chart_candle_for_candle(qtbot, window, aio):
    path = shared_file("binance_spot_ETH-BTC_5m.parquet")
    expected = load_candles(path)
    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    panel = replay_panel(window)
    panel.path.setText(str(path))
    panel.open_file(str(path))
    qtbot.waitUntil(lambda: (chart.venue, chart.symbol) == ("replay", "ETH/BTC"), timeout=5000)
    qtbot.waitUntil(lambda: chart.chart.timeframe() == "5m", timeout=5000)  # the file's candles
    assert chart.symbol_box.currentText() == "ETH/BTC · replay"
    qtbot.waitUntil(lambda: chart._history_loaded, timeout=5000)
    # The first 10 % of the file is already history, the rest plays live.
    assert abs(len(chart.chart.candles()) - len(expected) // 10) <= 2
    assert panel.error.text() == ""

    # Pause, then step: the first step closes the forming candle, each next one adds exactly
    # the file's next candle.
    aio.run(window.ctx.client.replay_control("pause"))
    qtbot.waitUntil(lambda: panel.paused, timeout=3000)
    aio.sleep(0.2)
    before = len(chart.chart.candles())
    for _ in range(3):
        panel._send("step", 1)
    qtbot.waitUntil(lambda: len(chart.chart.candles()) == before + 2, timeout=5000)
    aio.sleep(0.2)
    assert len(chart.chart.candles()) == before + 2
    shown = chart.chart.candles()
    idx = np.searchsorted(expected.ts, shown.ts[-4:-1])
    assert np.array_equal(expected.ts[idx], shown.ts[-4:-1])
    for col in ("open", "high", "low", "close", "volume"):
        np.testing.assert_allclose(getattr(shown, col)[-4:-1], getattr(expected, col)[idx])

    # The replayed market joined the watchlist with a live price.
    watch = window.docks.dock("watchlist").widget()
    qtbot.waitUntil(lambda: ("replay", "ETH/BTC") in watch.model.symbol_keys(), timeout=3000)
    assert panel.progress.value() > 0 and panel.progress.maximum() == len(expected)


def test_malformed_file_is_rejected_with_row_and_problem(qtbot, window, aio, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "timestamp,open,high,low,close,volume\n"
        "1515560100000,0.09,0.091,0.089,0.0905,12.5\n"
        "1515560400000,0.0905,0.0899,0.0902,0.0901,10.0\n"
    )
    panel = replay_panel(window)
    panel.open_file(str(bad))
    qtbot.waitUntil(lambda: panel.error.text() != "", timeout=5000)
    text = panel.error.text()
    assert "row 3" in text and "below" in text, text
    assert "replay" not in aio.run(window.ctx.client.venues())
    assert not panel.active


def test_the_chart_takes_the_file_s_timeframe_at_once(qtbot, window, tmp_path):
    """At 1× the next progress report of a 5-minute file comes five minutes later: the chart
    must not wait for it (it showed the file in 1m until then)."""
    from tests.widgets.test_replay_paper_trading import eth_btc_file

    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    panel = replay_panel(window)
    panel.speed.setCurrentIndex(panel.speed.findData(1.0))
    panel.open_file(str(eth_btc_file(tmp_path)))
    qtbot.waitUntil(lambda: (chart.venue, chart.symbol) == ("replay", "ETH/BTC"), timeout=5000)
    qtbot.waitUntil(lambda: chart.chart.timeframe() == "5m", timeout=3000)
    assert chart.tf_buttons["5m"].isChecked()
