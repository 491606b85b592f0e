"""Indicators on a chart (issue 14, point 4): any indicator of strategies.indicators with its
parameters, several instances of one, edited, removed, refused when a value is bad, and
saved per chart across a restart."""

from __future__ import annotations

import gc

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop.core.candles import Candles
from desktop.core.types import Bar
from strategies import indicator_catalog, indicators
from widgets.chart import CandleChart, warmup
from widgets.chart.indicator_dialog import IndicatorDialog, indicator_names, param_names
from widgets.chart.indicator_set import make_instance


@pytest.fixture(autouse=True)
def _settled():
    """Each test starts with no warm-up thread still compiling and no garbage left by an
    earlier test's charts or window: collected while a new chart was alive, that garbage
    crashed the interpreter (seen on main before this module: a plain CandleChart test after
    tests/widgets/test_chart_grid.py, or two in a row once pyqtgraph's collector runs, which
    collects from a timer in the middle of a test)."""
    from widgets.common import ui_collector

    warmup.join(60)
    _collect()
    timer = ui_collector._collector.timer if ui_collector._collector is not None else None
    if timer is not None:
        timer.stop()  # no collection in the middle of this test: only here, between tests
    yield
    _collect()  # this test's charts, closed by pytest-qt, deleted and collected now
    if timer is not None:
        timer.start()


def _collect() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _candles(n: int) -> Candles:
    rng = np.random.default_rng(3)
    close = 100.0 + np.cumsum(rng.normal(0, 0.3, n))
    ts = np.arange(n, dtype=np.int64) * 60_000 + 1_700_000_040_000 // 60_000 * 60_000
    return Candles(ts=ts, open=close - 0.1, high=close + 0.4, low=close - 0.4, close=close,
                   volume=rng.uniform(1.0, 5.0, n))


def _add(dialog: IndicatorDialog, name: str, **params: str) -> None:
    dialog.choose(name)
    for param, text in params.items():
        dialog.field(param).edit.setText(text)
    dialog.add_button.click()


def test_every_indicator_has_a_form_and_draws_where_its_units_say():
    specs = indicator_catalog.specs()
    assert set(specs) == set(indicators.__all__) - {"crossover", "crossunder"}
    assert set(indicator_names()) == set(specs), "a new indicator needs its name in the form"
    labels = param_names()
    assert all(p.name in labels for s in specs.values() for p in s.params)
    assert [(p.name, p.default, p.integer) for p in specs["bbands"].params] == [
        ("period", 20, True), ("nbdev", 2.0, False)]
    traits = indicator_catalog.traits
    assert traits("sma").overlay and traits("bbands").price_outputs == (True, True, True)
    assert traits("rsi").bounded and not traits("rsi").overlay
    assert traits("macd").histogram == 2 and not traits("macd").bounded
    assert traits("supertrend").price_outputs == (True, False)  # line over price, not +1/-1
    assert not traits("obv").tail_safe and traits("obv").cumulative and traits("ema").tail_safe


def test_instances_added_edited_removed_and_a_bad_value_refused(qtbot):
    chart = CandleChart()
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.set_candles(_candles(600))
    dialog = IndicatorDialog([], chart.set_indicators, "TEST")
    qtbot.addWidget(dialog)
    dialog.show()
    _add(dialog, "sma", period="20")
    _add(dialog, "sma", period="200")
    _add(dialog, "rsi", period="14")
    sma20, sma200, rsi = chart.indicators()
    close = chart.candles().close
    np.testing.assert_array_equal(chart.indicator_values(sma20.uid), indicators.sma(close, 20))
    np.testing.assert_array_equal(chart.indicator_values(sma200.uid), indicators.sma(close, 200))
    np.testing.assert_array_equal(chart.indicator_values(rsi.uid), indicators.rsi(close, 14))
    assert sma20.color != sma200.color
    assert [chart.indicator_pane(i.uid) for i in (sma20, sma200, rsi)] == ["price", "price", "rsi"]
    readout = chart.readout.text().replace("&nbsp;", " ").replace("\xa0", " ")
    assert "SMA 20<" in readout and "SMA 200<" in readout
    assert "RSI 14" in chart._panes["rsi"].legend.toPlainText().replace("\xa0", " ")

    # A period of 0 is refused under its field; nothing changes on the chart.
    dialog.list.setCurrentRow(1)
    dialog.field("period").edit.setText("0")
    dialog.apply_button.click()
    error = dialog.field("period").error
    assert error.isVisibleTo(dialog) and "1" in error.text()
    assert dialog.field("period").edit.property("invalid") is True
    dialog.field("period").edit.setText("abc")
    dialog.add_button.click()
    assert dialog.field("period").error.text() == "Type a number"
    assert [i.title() for i in chart.indicators()] == ["SMA 20", "SMA 200", "RSI 14"]

    # Edit SMA 200's period and colour: recomputed in place, the other instances kept.
    dialog.field("period").edit.setText("100")
    dialog.set_color("#123456")
    dialog.apply_button.click()
    assert not dialog.field("period").error.isVisibleTo(dialog)
    _, sma100, _ = chart.indicators()
    assert (sma100.uid, sma100.params, sma100.color) == (sma200.uid, {"period": 100}, "#123456")
    np.testing.assert_array_equal(chart.indicator_values(sma100.uid), indicators.sma(close, 100))

    # A second RSI gets its own pane; removing the first moves it up.
    _add(dialog, "rsi", period="7")
    rsi7 = chart.indicators()[-1]
    assert chart.indicator_pane(rsi7.uid) == "rsi-2" and chart.pane("rsi-2").isVisible()
    dialog.list.setCurrentRow(2)
    dialog.remove_button.click()
    assert [i.title() for i in chart.indicators()] == ["SMA 20", "SMA 100", "RSI 7"]
    assert chart.indicator_pane(rsi7.uid) == "rsi" and not chart.pane("rsi-2").isVisible()
    np.testing.assert_array_equal(chart.indicator_values(rsi7.uid), indicators.rsi(close, 7))

    # Sub-panes stack in the instances' order.
    chart.set_indicators([make_instance("macd", {}), *chart.indicators()])
    assert chart.subpanes() == ["macd", "rsi"]
    chart.show()
    QApplication.processEvents()
    assert chart.pane("macd").geometry().top() < chart.pane("rsi").geometry().top()


def test_live_candles_keep_every_kind_equal_to_a_full_recompute(qtbot):
    chart = CandleChart()
    qtbot.addWidget(chart)
    chart.set_candles(_candles(3000))
    shown = [make_instance(n, p) for n, p in (("obv", {}), ("vwap", {}), ("sma", {"period": 100}),
                                               ("supertrend", {}), ("stoch", {}))]
    chart.set_indicators(shown)
    t = int(chart.candles().ts[-1])
    for k in range(1, 4):
        chart.update_bar(Bar(t + k * 60_000, 100, 101, 99, 100 + k * 0.1, 2.0))
    c = chart.candles()
    cols = {"ts": c.ts, "open": c.open, "high": c.high, "low": c.low, "close": c.close,
            "volume": c.volume}
    for instance in shown:
        full = indicator_catalog.compute(instance.name, instance.params, cols)
        for k, values in enumerate(full):
            np.testing.assert_allclose(chart.indicator_values(instance.uid, k), values,
                                       rtol=1e-9, equal_nan=True, err_msg=instance.title())


def test_each_chart_keeps_its_own_set_across_a_restart(qtbot, make_window):
    first = make_window()
    first.actions.trigger("chart.grid.2")
    left = first.docks.dock("chart-1").widget()
    right = first.docks.dock("chart-2").widget()
    for panel in (left, right):
        qtbot.waitUntil(lambda p=panel: p._indicators_ready, timeout=30_000)
    left.set_indicators([make_instance("sma", {"period": 20}),
                         make_instance("sma", {"period": 200}, "#00ff00")])
    first.ctx.set_active_chart(right)
    first.actions.trigger("chart.indicators")  # the dialog of the focused chart
    dialog = right._indicator_dialog
    assert dialog is not None and dialog.isVisible()
    _add(dialog, "rsi", period="7")
    _add(dialog, "macd", fast="5", slow="35", signal="5")
    assert [i.title() for i in right.chart.indicators()] == ["EMA 50", "RSI 7", "MACD 5, 35, 5"]
    first.close()

    second = make_window()
    left2 = second.docks.dock("chart-1").widget()
    right2 = second.docks.dock("chart-2").widget()
    for panel in (left2, right2):
        qtbot.waitUntil(lambda p=panel: p._indicators_ready, timeout=30_000)
    assert [(i.title(), i.color) for i in left2.chart.indicators()][1] == ("SMA 200", "#00ff00")
    assert [i.title() for i in left2.chart.indicators()] == ["SMA 20", "SMA 200"]
    assert [i.title() for i in right2.chart.indicators()] == ["EMA 50", "RSI 7", "MACD 5, 35, 5"]
    qtbot.waitUntil(lambda: len(right2.chart.candles()) > 100, timeout=10_000)
    macd = right2.chart.indicators()[2]
    np.testing.assert_allclose(right2.chart.indicator_values(macd.uid, 2),
                               indicators.macd(right2.chart.candles().close, 5, 35, 5)[2],
                               rtol=1e-9, atol=1e-12, equal_nan=True)
