"""The chart's edges: order labels stack instead of overlapping, lines outside the visible
price range become arrow tags at the edge, the empty future stays a small margin, a short
history fits the width, and a sub-pane without enough data says so."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from desktop.core.candles import Candles
from widgets.chart import CandleChart
from widgets.chart.indicator_set import preset
from widgets.chart.order_lines import OrderLine, OrderLinesOverlay


def candles(n: int, step_ms: int = 60_000, start: float = 100.0) -> Candles:
    rng = np.random.default_rng(7)
    close = start + np.cumsum(rng.normal(0, 0.2, n))
    ts = np.arange(n, dtype=np.int64) * step_ms + 1_600_000_020_000 // step_ms * step_ms
    return Candles(ts=ts, open=close, high=close + 0.3, low=close - 0.3, close=close,
                   volume=np.ones(n))


@pytest.fixture
def chart(qtbot):
    view = CandleChart()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_labels_stack_and_far_lines_become_edge_arrows(chart, qtbot):
    chart.set_candles(candles(300))
    overlay = OrderLinesOverlay(chart)
    _, (y0, y1) = chart.price_vb.viewRange()
    mid = (y0 + y1) / 2
    step = (y1 - y0) / 1000  # a fraction of a pixel apart: the labels would sit on each other
    overlay.set_lines([
        OrderLine(f"o{i}", mid + i * step, "limit", "buy", f"Buy limit {i}", tick=0.01)
        for i in range(4)
    ] + [
        OrderLine("far_up", y1 + 50, "limit", "sell", "Sell limit 9", tick=0.01),
        OrderLine("far_up2", y1 + 80, "stop", "sell", "Sell stop 9", tick=0.01),
        OrderLine("far_down", y0 - 50, "entry", "buy", "Long 1", movable=False),
        # Just inside the top edge: its label (above its line) would sit under the tags.
        OrderLine("near_top", y1 - (y1 - y0) / 500, "entry", "buy", "Long 2", movable=False),
    ])
    qtbot.wait(10)
    rects = [overlay.item(f"o{i}").label.sceneBoundingRect() for i in range(4)]
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b.adjusted(0, 0.5, 0, -0.5))

    tags = overlay.edge_tags()
    assert set(tags) == {"far_up", "far_up2", "far_down"}
    assert tags["far_up"].toPlainText().startswith("▲ Sell limit 9")
    assert tags["far_down"].toPlainText().startswith("▼ Long 1")
    plot = chart.price_vb.sceneBoundingRect()
    for tag in tags.values():
        assert plot.contains(tag.sceneBoundingRect().center())
    assert not tags["far_up"].sceneBoundingRect().intersects(
        tags["far_up2"].sceneBoundingRect().adjusted(0, 0.5, 0, -0.5))
    assert tags["far_up"].sceneBoundingRect().top() < plot.center().y()
    # A readout that does not reach the tags leaves them at the edge (its label is as wide
    # as the chart: only its text counts). Short here whatever the app's font.
    chart.readout.setText("O 1")
    overlay.set_lines(list(overlay._lines.values()))
    assert tags["far_up2"].sceneBoundingRect().top() <= plot.top() + 2  # the farthest first
    near_top = overlay.item("near_top").label.sceneBoundingRect()
    for key in ("far_up", "far_up2"):
        assert not near_top.intersects(tags[key].sceneBoundingRect().adjusted(0, 0.5, 0, -0.5))
    assert tags["far_down"].sceneBoundingRect().bottom() > plot.center().y()

    # On a narrow chart the bar readout reaches the right edge: the top tags sit below it.
    chart.resize(560, 600)
    qtbot.wait(10)
    overlay.set_lines(list(overlay._lines.values()))
    readout = chart.readout.geometry()
    assert readout.right() > chart.width() - 150  # it does reach the tags' corner
    for key in ("far_up", "far_up2"):
        tag = chart._view.mapFromScene(tags[key].sceneBoundingRect()).boundingRect()
        assert not tag.intersects(readout), (key, tag, readout)
    chart.resize(900, 600)

    # Zoomed out far enough to hold every line, the tags give way to the lines' labels.
    chart.price_vb.setYRange(y0 - 100, y1 + 100, padding=0)
    assert overlay.edge_tags() == {}


def drag(qtbot, chart, dx: int) -> None:
    """A real left-button drag across the price pane (pyqtgraph pans the view)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    viewport = chart._view.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() // 4)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 11):
        QTest.mouseMove(viewport, start + QPoint(dx * k // 10, 0))
        qtbot.wait(5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, 0))


def test_empty_future_stays_a_small_margin_when_dragged(chart, qtbot):
    chart.set_candles(candles(1000))
    (x0, x1), _ = chart.price_vb.viewRange()
    n = len(chart.candles())
    assert n - 0.5 < x1 <= n - 0.5 + 0.07 * (x1 - x0)
    drag(qtbot, chart, -600)  # drag the candles left: towards the future
    (x0, x1), _ = chart.price_vb.viewRange()
    assert x1 <= n - 0.5 + 0.07 * (x1 - x0) + 0.3
    drag(qtbot, chart, 400)  # back into the past: free
    (_x0, x1b), _ = chart.price_vb.viewRange()
    assert x1b < x1 - 20


@pytest.mark.parametrize("days", [5, 3])
def test_a_short_daily_history_fills_the_width(chart, days):
    chart.set_candles(candles(days * 1440 + 300))  # a few days of minutes
    chart.set_timeframe("1d")
    n = len(chart.candles())
    assert days + 1 <= n <= days + 2
    (x0, x1), _ = chart.price_vb.viewRange()
    assert x0 == pytest.approx(-0.5) and x1 - (n - 0.5) <= 1.0
    assert chart.visible_count() == n
    # The volume pane and its time axis show the same candles (they were left at the minute
    # view's minimum width of 8 bars: bars beside their candles, wrong dates on the axis).
    assert chart.pane("volume").getViewBox().viewRange()[0] == pytest.approx([x0, x1])


def test_a_sub_pane_without_enough_candles_says_so(chart, qtbot):
    from desktop.core.types import Bar

    chart.set_candles(candles(20))
    chart.set_indicators([preset("rsi"), preset("macd")])
    macd = chart._panes["macd"]
    assert macd.notice is not None and macd.notice.isVisible()
    assert "34" in macd.notice.toPlainText() and "20" in macd.notice.toPlainText()
    assert chart._panes["rsi"].notice is None or not chart._panes["rsi"].notice.isVisible()
    assert chart.pane("macd").getViewBox().sceneBoundingRect().contains(
        macd.notice.sceneBoundingRect().center())
    last = chart.candles()
    for k in range(1, 15):  # live candles arrive: at 34 the MACD has values and the note goes
        ts = int(last.ts[-1]) + k * 60_000
        chart.update_bar(Bar(ts, 100.0, 100.5, 99.5, 100.0 + k * 0.1, 1.0))
    assert len(chart.candles()) == 34 and not macd.notice.isVisible()


def test_heikin_ashi_and_line_types_follow_live_candles(chart):
    from desktop.core.types import Bar
    from widgets.chart.chart_types import heikin_ashi

    chart.set_candles(candles(200))
    chart.set_chart_type("heikin_ashi")
    real = chart.candles()
    ha = heikin_ashi(real)
    assert chart.chart_type.bar(199) == pytest.approx(
        (ha.open[-1], ha.high[-1], ha.low[-1], ha.close[-1]))
    assert ha.open[1] == pytest.approx((ha.open[0] + ha.close[0]) / 2)
    assert chart.candle_item.isVisible() and chart.candle_item.visible_columns().open[-1] == (
        pytest.approx(ha.open[-1]))
    ts = int(real.ts[-1]) + 60_000
    chart.update_bar(Bar(ts, 101.0, 103.0, 100.0, 102.0, 1.0))  # a new live candle
    again = heikin_ashi(chart.candles())
    assert chart.chart_type.bar(200) == pytest.approx(
        (again.open[-1], again.high[-1], again.low[-1], again.close[-1]))

    chart.set_chart_type("line")
    assert not chart.candle_item.isVisible() and chart.chart_type.line_item.isVisible()
    chart.update_bar(Bar(ts + 60_000, 102.0, 104.0, 101.0, 103.5, 1.0))
    _x, y = chart.chart_type.line_item.visible_values()
    assert y[-1] == 103.5
    chart.set_chart_type("candles")
    assert chart.candle_item.isVisible() and not chart.chart_type.line_item.isVisible()
    assert chart.candle_item.visible_columns().close[-1] == 103.5


def test_indicator_legend_shows_values_under_the_crosshair(chart, qtbot):
    from PySide6.QtCore import QPointF

    from desktop.shell.numbers import fmt_number

    chart.set_candles(candles(300))
    ema_, rsi_ = preset("ema"), preset("rsi")
    chart.set_indicators([ema_, rsi_])
    qtbot.wait(10)
    i = 250
    ema, rsi = chart.indicator_values(ema_.uid), chart.indicator_values(rsi_.uid)
    scene = chart.price_vb.mapViewToScene(QPointF(i + 0.1, float(chart.candles().close[i])))
    qtbot.mouseMove(chart._view.viewport(), chart._view.mapFromScene(scene))
    qtbot.waitUntil(lambda: chart._hover_index == i, timeout=2000)
    assert "EMA 50" in chart.readout.text()
    assert fmt_number(ema[i], chart._decimals) in chart.readout.text()
    legend = chart._panes["rsi"].legend
    assert legend is not None and legend.isVisible()
    plain = legend.toPlainText().replace("\xa0", " ")
    assert "RSI 14" in plain and fmt_number(rsi[i], 2) in plain
    assert fmt_number(rsi[-1], 2) not in legend.toPlainText()  # the hovered candle's, not last
    chart.set_indicators([ema_])
    assert not legend.isVisible()
