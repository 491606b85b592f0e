"""CandleChart behaviour a trader sees: candles, timeframes, live bars, indicators, mouse."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QDateTime, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.core.candles import Candles
from desktop.core.types import Bar
from desktop.data.resample import resample
from strategies import indicators
from widgets.chart import CandleChart
from widgets.chart.chart_items import IndicatorLineItem, skyline_rects
from widgets.chart.indicator_set import IndicatorInstance, preset


def show(chart: CandleChart, *keys: str) -> dict[str, IndicatorInstance]:
    """Show the quick-toggle presets ("sma", "ema", "bb", "rsi", "macd"), by key."""
    shown = {k: preset(k) for k in keys}
    chart.set_indicators(list(shown.values()))
    return shown

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
T0 = 1_700_000_000_000 - 1_700_000_000_000 % 3_600_000


def eth_btc_5m() -> Candles:
    path = DATA / "binance_spot_ETH-BTC_5m.parquet"
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (see shared/data/README.md)")
    df = pd.read_parquet(path)
    return Candles.from_arrays(
        df["timestamp"], df["open"], df["high"], df["low"], df["close"], df["volume"]
    )


def walk(n: int, seed: int = 1) -> Candles:
    """A seeded random walk of one-minute candles starting on a round hour."""
    rng = np.random.default_rng(seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.002, n)))
    open_ = np.r_[100.0, close[:-1]]
    high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.001, n)))
    low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.001, n)))
    ts = T0 + np.arange(n, dtype=np.int64) * 60_000
    return Candles.from_arrays(ts, open_, high, low, close, rng.uniform(1, 10, n))


@pytest.fixture
def chart(qtbot):
    widget = CandleChart()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def paint(chart: CandleChart) -> None:
    QApplication.processEvents()  # pending layout requests (axis width follows the quote)
    chart.grab()  # forces every item to paint, which is when geometry is built


def test_chart_shows_the_candles_given(chart: CandleChart) -> None:
    src = eth_btc_5m()
    chart.set_timeframe("5m")
    chart.set_candles(src)
    shown = chart.candles()
    np.testing.assert_array_equal(shown.ts, src.ts)
    np.testing.assert_array_equal(shown.close, src.close)
    paint(chart)
    i0, i1 = chart.visible_range()
    assert i1 == len(src) and 100 <= chart.visible_count() <= 200, "opens on the latest candles"
    up = int(np.sum(src.close[i0:i1] >= src.open[i0:i1]))
    item = chart.candle_item
    assert item.drew_candles
    assert len(item._up_bodies) == up and len(item._down_bodies) == (i1 - i0) - up
    # The tallest drawn wick belongs to the candle with the widest high-low range.
    wicks = item.wick_lines()
    assert len(wicks) == i1 - i0
    assert chart.readout_values().close == pytest.approx(src.close[-1])


def test_timeframe_switch_aggregates_with_summed_volume(chart: CandleChart) -> None:
    src = eth_btc_5m()
    chart.set_candles(src)
    chart.set_timeframe("1h")
    assert chart.timeframe() == "1h"
    shown = chart.candles()
    ref = resample(src, "1h")
    np.testing.assert_array_equal(shown.ts, ref.ts)
    k = len(shown) // 2
    rows = (src.ts >= shown.ts[k]) & (src.ts < shown.ts[k] + 3_600_000)
    assert rows.sum() == 12
    assert shown.volume[k] == pytest.approx(src.volume[rows].sum())
    assert shown.high[k] == src.high[rows].max() and shown.low[k] == src.low[rows].min()
    assert shown.open[k] == src.open[rows][0] and shown.close[k] == src.close[rows][-1]
    chart.set_timeframe("5m")
    assert len(chart.candles()) == len(src)
    with pytest.raises(ValueError, match="Unknown timeframe"):
        chart.set_timeframe("7m")


def test_update_bar_updates_and_extends_the_last_candle(chart: CandleChart) -> None:
    base = walk(600)  # ten hours of minutes, ending on a round 5-minute boundary
    chart.set_timeframe("5m")
    chart.set_candles(base)
    n = len(chart.candles())
    series = chart._series
    assert chart.visible_range()[1] == n, "the view shows the latest candle"
    last_ts = int(base.ts[-1]) + 60_000  # opens a new 5m bucket
    bucket = last_ts - last_ts % 300_000
    chart.update_bar(Bar(last_ts, 100.0, 101.0, 99.5, 100.5, 3.0))
    assert len(chart.candles()) == n + 1
    # The forming minute is revised: the aggregate replaces its volume, never adds it twice.
    chart.update_bar(Bar(last_ts, 100.0, 102.0, 99.5, 101.5, 4.0))
    chart.update_bar(Bar(last_ts + 60_000, 101.5, 101.8, 98.0, 98.5, 2.5))
    c = chart.candles()
    assert len(c) == n + 1
    assert chart._series is series, "live updates patch the series, never rebuild it"
    assert chart.visible_range()[1] == n + 1, "the view follows the new candle"
    assert c.ts[-1] == bucket
    assert (c.open[-1], c.high[-1], c.low[-1], c.close[-1]) == (100.0, 102.0, 98.0, 98.5)
    assert c.volume[-1] == pytest.approx(6.5)
    assert chart.last_price_line.value() == pytest.approx(98.5)
    assert chart.price_axis().tag_text() == "98.50"
    assert chart.last_price_color() == chart._theme.down  # closed below its open
    chart.update_bar(Bar(last_ts + 120_000, 98.5, 103.0, 98.5, 103.0, 1.0))
    assert chart.last_price_color() == chart._theme.up
    # The candle that was live before is left alone.
    np.testing.assert_array_equal(c.close[:-1], chart.candles().close[:-1])
    with pytest.raises(ValueError):
        chart.update_bar(Bar(int(base.ts[0]), 1, 1, 1, 1, 1))


def test_live_update_keeps_indicators_equal_to_a_full_recompute(chart: CandleChart) -> None:
    chart.set_candles(walk(3000))
    shown = show(chart, "ema", "macd")
    t = int(chart.candles().ts[-1])
    for k in range(1, 4):
        chart.update_bar(Bar(t + k * 60_000, 100, 101, 99, 100 + k, 1.0))
    close = chart.candles().close
    np.testing.assert_allclose(
        chart.indicator_values(shown["ema"].uid), indicators.ema(close, 50), rtol=1e-12,
        equal_nan=True,
    )
    _, _, hist = indicators.macd(close, 12, 26, 9)
    np.testing.assert_allclose(
        chart.indicator_values(shown["macd"].uid, 2), hist, rtol=1e-9, atol=1e-12, equal_nan=True
    )


def test_visible_panes_share_the_whole_height(chart: CandleChart) -> None:
    chart.set_candles(walk(500))
    for subpanes in (set(), {"rsi"}, {"rsi", "macd"}, set()):
        show(chart, *sorted(subpanes, key=["rsi", "macd"].index))
        QApplication.processEvents()
        names = ["price", "volume", *sorted(subpanes, key=["rsi", "macd"].index)]
        plots = [chart.pane(name) for name in names]
        used = sum(p.geometry().height() for p in plots)
        assert used >= chart._view.height() - 10, (subpanes, used)
        price_h = plots[0].geometry().height()
        assert all(price_h > p.geometry().height() for p in plots[1:]), "price pane is largest"


def test_overlays_and_subpanes_toggle(chart: CandleChart) -> None:
    src = eth_btc_5m()
    chart.set_timeframe("5m")
    chart.set_candles(src)
    shown = show(chart, "sma", "bb")
    lines = [i for i in chart.price_plot.items if isinstance(i, IndicatorLineItem)]
    assert len(lines) == 4  # the SMA and three bands
    np.testing.assert_allclose(
        chart.indicator_values(shown["sma"].uid), indicators.sma(src.close, 20), equal_nan=True
    )
    upper, _, _ = indicators.bbands(src.close, 20, 2.0)
    np.testing.assert_allclose(chart.indicator_values(shown["bb"].uid), upper, equal_nan=True)
    paint(chart)
    chart.set_indicators([])
    assert not [i for i in chart.price_plot.items if isinstance(i, IndicatorLineItem)]
    assert not chart.pane("rsi").isVisible() and not chart.pane("macd").isVisible()
    shown = show(chart, "rsi")
    assert chart.pane("rsi").isVisible() and not chart.pane("macd").isVisible()
    assert chart.time_axis() is chart.pane("rsi").getAxis("bottom"), "time axis at the bottom"
    np.testing.assert_allclose(
        chart.indicator_values(shown["rsi"].uid), indicators.rsi(src.close, 14), equal_nan=True
    )
    show(chart, "macd")
    assert chart.pane("macd").isVisible() and not chart.pane("rsi").isVisible()
    with pytest.raises(KeyError):
        chart.indicator_values(shown["rsi"].uid)


def _widget_point(chart: CandleChart, x: float, y: float) -> QPoint:
    scene = chart.price_vb.mapViewToScene(QPointF(x, y))
    return chart._view.mapFromScene(scene)


def test_crosshair_readout_shows_the_bar_under_the_mouse(chart: CandleChart, qtbot) -> None:
    src = eth_btc_5m()
    chart.set_timeframe("5m")
    chart.set_candles(src)
    paint(chart)
    i = len(src) - 40
    point = _widget_point(chart, i + 0.2, float(src.close[i]))
    qtbot.mouseMove(chart._view.viewport(), point)
    qtbot.waitUntil(lambda: chart.readout_values().index == i, timeout=2000)
    values = chart.readout_values()
    assert values.ts == src.ts[i]
    assert values.high == src.high[i] and values.volume == src.volume[i]
    assert values.change_pct == pytest.approx((src.close[i] / src.close[i - 1] - 1) * 100)
    text = chart.readout.text()
    for price in (src.open[i], src.high[i], src.low[i], src.close[i]):
        assert f"{price:.8f}" in text  # the data quotes 8 decimals; the readout keeps them
    assert chart.pane("price").items  # crosshair line follows the bar
    assert chart._panes["price"].crosshair_x.value() == i
    # The axes show where the crosshair is: its price on the right, its bar's time below.
    hover_price = float(chart.price_axis().hover_text())
    assert hover_price == pytest.approx(src.close[i], rel=2e-3)
    when = QDateTime.fromMSecsSinceEpoch(int(src.ts[i])).toLocalTime().toString("HH:mm")
    assert chart.time_axis().hover_text().endswith(when)
    chart._hide_crosshair()
    assert chart.price_axis().hover_text() is None


def _tail(src: Candles, start: int) -> Candles:
    return Candles.from_arrays(src.ts[start:], src.open[start:], src.high[start:],
                               src.low[start:], src.close[start:], src.volume[start:])


def test_a_linked_crosshair_stays_on_its_time_when_history_loads(chart: CandleChart) -> None:
    full = walk(400, seed=5)
    chart.set_candles(_tail(full, 100))  # the newest 300 minutes first
    ts = int(full.ts[350])
    chart.show_time_crosshair(ts)
    line = chart._panes["price"].crosshair_x
    assert line.isVisible() and line.value() == 250
    chart.set_candles(full)  # older history arrives: every index moves by 100
    assert line.isVisible() and line.value() == 350
    chart.set_timeframe("15m")  # another timeframe: the candle that holds that time
    assert line.isVisible()
    j = int(line.value())
    assert chart.candles().ts[j] <= ts < chart.candles().ts[j] + 15 * 60_000
    chart.show_time_crosshair(None)
    chart.set_candles(full)
    assert not line.isVisible()


def test_the_mouse_crosshair_follows_a_reload_and_tells_the_linked_charts(
        chart: CandleChart, qtbot) -> None:
    full = walk(400, seed=6)
    chart.set_candles(_tail(full, 100))
    paint(chart)
    sent: list[int | None] = []
    chart.crosshairMoved.connect(sent.append)
    i = 280
    qtbot.mouseMove(chart._view.viewport(), _widget_point(chart, i, float(full.close[100 + i])))
    qtbot.waitUntil(lambda: chart._hover_index == i, timeout=2000)
    assert sent[-1] == int(full.ts[100 + i])
    chart.set_candles(full)  # the mouse has not moved; the candles under it have
    line = chart._panes["price"].crosshair_x
    k = chart._hover_index
    assert k is not None and line.isVisible() and line.value() == k
    assert sent[-1] == int(chart.candles().ts[k])  # the linked charts hear the new time
    assert chart.readout_values().index == k


def test_zoomed_out_million_candles_draw_one_column_per_pixel(chart: CandleChart) -> None:
    src = walk(1_000_000, seed=3)
    chart.set_candles(src)
    chart.show_all()
    paint(chart)
    item = chart.candle_item
    width = int(chart.price_vb.width())
    assert chart.visible_count() == len(src)
    assert not item.drew_candles
    assert 0 < item.primitive_count() <= width + 2
    # Zoomed-out volume is one histogram of block sums, in merged bands (see the test below).
    assert chart.volume_item.aggregated and 0 < len(chart.volume_item.bars()) <= 2 * width
    cols = chart._visible_columns()
    # Aggregation keeps the extremes and sums the volume of every candle.
    assert cols.high.max() == src.high.max() and cols.low.min() == src.low.min()
    assert cols.volume.sum() == pytest.approx(src.volume.sum(), rel=1e-9)
    assert cols.open[0] == src.open[0] and cols.close[-1] == src.close[-1]
    # Zooming into a middle slice still stays within the pixel budget.
    chart.show_range(int(src.ts[400_000]), int(src.ts[700_000]))
    paint(chart)
    assert 0 < item.primitive_count() <= width + 2


def test_every_wick_is_vertical_at_any_pan_offset(chart: CandleChart) -> None:
    src = walk(5000, seed=5)
    chart.set_candles(src)
    for start in (101, 102, 333, 1001, 4000):
        chart.price_vb.setXRange(start + 0.37, start + 120.37, padding=0)
        paint(chart)
        wicks = chart.candle_item.wick_lines()
        assert chart.candle_item.drew_candles and len(wicks) >= 119
        assert np.all(wicks[:, 0] == wicks[:, 2]), "a wick must not lean"
        assert np.all(wicks[:, 1] <= wicks[:, 3])


def test_click_in_price_pane_emits_price_with_modifiers(chart: CandleChart, qtbot) -> None:
    src = eth_btc_5m()
    chart.set_timeframe("5m")
    chart.set_candles(src)
    paint(chart)
    _, (y0, y1) = chart.price_vb.viewRange()
    target = y0 + (y1 - y0) * 0.3
    point = _widget_point(chart, len(src) - 50, target)
    with qtbot.waitSignal(chart.priceClicked, timeout=2000) as blocker:
        qtbot.mouseClick(
            chart._view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            point,
        )
    price, modifiers = blocker.args
    assert price == pytest.approx(target, abs=(y1 - y0) * 0.01)
    assert modifiers & Qt.KeyboardModifier.ControlModifier


def test_show_range_autoscales_y_and_markers_land_on_bars(chart: CandleChart) -> None:
    src = eth_btc_5m()
    chart.set_timeframe("5m")
    chart.set_candles(src)
    chart.show_range(int(src.ts[1000]), int(src.ts[1099]))
    i0, i1 = chart.visible_range()
    assert i0 <= 1000 and i1 >= 1100 and chart.visible_count() < 120
    _, (y0, y1) = chart.price_vb.viewRange()
    lo, hi = src.low[i0:i1].min(), src.high[i0:i1].max()
    assert y0 <= lo and hi <= y1, "every visible candle fits"
    assert (y1 - y0) < 2 * (hi - lo), "and the candles fill the pane"
    chart.add_markers(
        [
            (int(src.ts[1010]) + 60_000, float(src.low[1010]), "buy"),
            (int(src.ts[1050]), float(src.high[1050]), "exit"),
        ]
    )
    xs, ys = chart.marker_item.getData()
    assert list(xs) == [1010, 1050] and ys[0] == src.low[1010]
    chart.set_timeframe("1h")
    hourly = chart.candles().ts
    xs, _ = chart.marker_item.getData()
    expected = [int(np.searchsorted(hourly, src.ts[i], side="right")) - 1 for i in (1010, 1050)]
    assert list(xs) == expected, "markers move to the hourly candle that contains them"
    chart.clear_markers()
    assert len(chart.marker_item.getData()[0]) == 0


def test_time_axis_labels_follow_zoom(chart: CandleChart) -> None:
    src = eth_btc_5m()
    chart.set_timeframe("5m")
    chart.set_candles(src)
    chart.show_last(60)  # five hours
    paint(chart)
    labels = [label for _, label in chart.time_axis().current_ticks()]
    assert len(labels) >= 3
    assert all(re.fullmatch(r"\d\d:\d\d|\d{1,2} \w+\.?", s) for s in labels), labels
    assert any(re.fullmatch(r"\d\d:\d\d", s) for s in labels)
    chart.show_all()  # twenty days: dates, no clock times
    paint(chart)
    labels = [label for _, label in chart.time_axis().current_ticks()]
    assert len(labels) >= 3 and not any(":" in s for s in labels), labels


def test_theme_switch_changes_background(chart: CandleChart) -> None:
    chart.set_candles(walk(500))
    chart.set_theme(False)
    light = chart.grab().toImage().pixelColor(20, 200).lightness()
    chart.set_theme(True)
    dark = chart.grab().toImage().pixelColor(20, 200).lightness()
    assert light > 200 > 60 > dark


def test_volume_skyline_covers_each_column_pixel_exactly_once() -> None:
    rng = np.random.default_rng(9)
    edges = np.cumsum(rng.integers(1, 3, 301)).astype(float)
    left, right = edges[:-1], edges[1:]
    # Block sums of many candles: a steady floor with spikes, as zoomed-out volume looks.
    heights = np.round(np.minimum(60 + rng.normal(0, 8, 300) + 80 * (rng.random(300) < 0.05), 190))
    base = 200.0
    canvas = np.zeros((int(base), int(right[-1])), dtype=int)
    for x, y, w, h in zip(*skyline_rects(left, right, base, heights), strict=True):
        canvas[int(y) : int(y + h), int(x) : int(x + w)] += 1
    expected = np.zeros_like(canvas)
    for lo, hi, h in zip(left, right, heights, strict=True):
        expected[int(base - h) :, int(lo) : int(hi)] = 1
    np.testing.assert_array_equal(canvas, expected)
    # What it saves: filling costs one span per pixel row of a rectangle.
    rows_filled = skyline_rects(left, right, base, heights)[3].sum()
    assert rows_filled < 0.4 * heights.sum()


def test_wheel_zooms_and_drag_pans_time_only(chart: CandleChart, qtbot) -> None:
    src = walk(3000, seed=11)
    chart.set_candles(src)
    paint(chart)
    before = chart.visible_count()
    centre = _widget_point(chart, len(src) - 60, float(src.close[-60]))
    wheel = QWheelEvent(
        QPointF(centre),
        QPointF(chart._view.viewport().mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(chart._view.viewport(), wheel)
    assert chart.visible_count() < before * 0.9, "wheel up zooms in on time"
    i0, i1 = chart.visible_range()
    viewport = chart._view.viewport()
    start = _widget_point(chart, (i0 + i1) / 2, float(src.close[(i0 + i1) // 2]))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(40 * step, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    j0, j1 = chart.visible_range()
    assert j0 < i0, "dragging right shows earlier candles"
    lo, hi = src.low[j0:j1].min(), src.high[j0:j1].max()
    _, (y0, y1) = chart.price_vb.viewRange()
    assert y0 <= lo and hi <= y1, "y follows the candles now visible"
