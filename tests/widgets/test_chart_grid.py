"""Chart grid: 2 and 2×2 layouts of the live charts, and linked symbol, timeframe and
crosshair between them (the backtest's own chart stays out)."""

from __future__ import annotations

from PySide6.QtCore import QPointF


def test_grid_layouts_and_links(qtbot, window):
    window.show()
    window.actions.trigger("chart.grid.2")
    docks = [d for d in window.docks.docks() if d.panel_type == "chart"]
    assert len(docks) >= 2
    a, b = docks[0].widget(), docks[1].widget()
    qtbot.waitUntil(lambda: a.isVisible() and b.isVisible(), timeout=5000)

    def side_by_side() -> bool:
        ra, rb = docks[0].geometry(), docks[1].geometry()
        return ra.right() < rb.left() and abs(ra.top() - rb.top()) < 5 and rb.height() > 100

    qtbot.waitUntil(side_by_side, timeout=5000)

    window.actions.trigger("chart.link.symbol")
    window.actions.trigger("chart.link.timeframe")
    window.actions.trigger("chart.link.crosshair")
    assert window.actions.action("chart.link.symbol").isChecked()
    a.set_symbol("demo", "ETH/USDT")
    assert (b.venue, b.symbol) == ("demo", "ETH/USDT")
    b.set_timeframe("15m")
    assert a.chart.timeframe() == "15m"

    # Both charts hold ETH/USDT 15m history.
    qtbot.waitUntil(lambda: a.has_live_candles and b.has_live_candles
                    and len(a.chart.candles()) > 50 and len(b.chart.candles()) > 50,
                    timeout=10_000)
    i = len(a.chart.candles()) - 10
    scene = a.chart.price_vb.mapViewToScene(QPointF(i, float(a.chart.candles().close[i])))
    qtbot.mouseMove(a.chart._view.viewport(), a.chart._view.mapFromScene(scene))
    qtbot.waitUntil(lambda: b.chart._panes["price"].crosshair_x.isVisible(), timeout=2000)

    def same_candle() -> bool:  # b's line stands on the candle of the time under a's mouse
        line, hovered = b.chart._panes["price"].crosshair_x, a.chart._hover_index
        if hovered is None or not line.isVisible():
            return False
        j = round(line.value())
        return bool(b.chart.candles().ts[j] == a.chart.candles().ts[hovered])

    # (either chart may still reload its history: the crosshairs stand on times, so both
    # find the same candle again)
    qtbot.waitUntil(same_candle, timeout=5000)

    window.actions.trigger("chart.link.symbol")  # unlinked: each chart its own symbol again
    a.set_symbol("demo", "BTC/USDT")
    assert b.symbol == "ETH/USDT"

    window.actions.trigger("chart.grid.4")
    charts = [d for d in window.docks.docks() if d.panel_type == "chart"]
    assert len(charts) >= 4

    def two_by_two() -> bool:
        tops = {d.geometry().top() // 10 for d in charts[:4]}
        lefts = {d.geometry().left() // 10 for d in charts[:4]}
        return len(tops) == 2 and len(lefts) == 2 and all(d.isVisible() for d in charts[:4])

    qtbot.waitUntil(two_by_two, timeout=5000)  # two rows, two columns
