"""Open orders drawn on the chart of their symbol; dragging a line modifies the order on the
engine, and a refused change puts the line back with the reason."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core import OrderEvent, OrderType, Side
from tests.widgets.monitor_helpers import last_price, paper_account, place
from widgets.chart.order_lines import OrderLine, OrderLinesOverlay, snap


def chart_panel(window):
    return window.docks.dock("chart-1").widget()


def open_price(aio, client, account, client_order_id):
    orders = aio.run(client.trade_open_orders(account))
    return [o.price for o in orders if o.client_order_id == client_order_id]


def test_limit_order_line_drag_modifies_the_order(window, aio, qtbot):
    client = window.ctx.client
    account = paper_account(aio, client)
    panel = chart_panel(window)
    assert panel.symbol == "BTC/USDT"
    link = panel.order_lines
    price = last_price(aio, client)
    order = place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01,
                  price * 0.9)
    key = f"{account}|{order.client_order_id}"
    qtbot.waitUntil(lambda: key in link.overlay.lines(), timeout=5000)
    line = link.overlay.lines()[key]
    assert line.price == order.price and line.side == "buy" and line.movable
    item = link.overlay.item(key)
    assert item.value() == pytest.approx(order.price)
    qtbot.waitUntil(lambda: link.overlay.lines()[key].tick > 0, timeout=5000)
    tick = link.overlay.lines()[key].tick

    # Another symbol's chart does not show it.
    panel.set_symbol("demo", "ETH/USDT")
    assert key not in link.overlay.lines()
    panel.set_symbol("demo", "BTC/USDT")
    assert key in link.overlay.lines()

    # The user drags the line (off the tick grid) and lets go: snapped, sent, replaced.
    item = link.overlay.item(key)
    target = order.price * 0.98 + tick * 0.4
    item.setPos(target)
    item.sigPositionChangeFinished.emit(item)
    expected = snap(target, tick)
    assert item.value() == pytest.approx(expected)

    def moved() -> bool:
        orders = aio.run(client.trade_open_orders(account))
        return [o.price for o in orders if o.symbol == "BTC/USDT"] == [expected]

    qtbot.waitUntil(moved, timeout=5000)
    qtbot.waitUntil(lambda: [ln.price for ln in link.overlay.lines().values()] == [expected],
                    timeout=5000)


def test_refused_drag_jumps_back_and_says_why(window, aio, qtbot):
    client = window.ctx.client
    account = paper_account(aio, client)
    panel = chart_panel(window)
    link = panel.order_lines
    order = place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.001,
                  last_price(aio, client) * 0.8)
    # An order of an account that is not connected: the engine refuses to touch it.
    stranger = dataclasses.replace(order, account="no-such-account",
                                   client_order_id="stranger-1")
    link._on_order(OrderEvent(stranger))
    link.refresh()
    key = "no-such-account|stranger-1"
    item = link.overlay.item(key)
    messages = []
    window.ctx.statusMessage.connect(lambda text, _ms: messages.append(text))
    item.setPos(order.price * 0.95)
    item.sigPositionChangeFinished.emit(item)
    qtbot.waitUntil(lambda: link.last_error != "", timeout=5000)
    assert item.value() == pytest.approx(order.price)  # back where the order is
    assert any("Order not modified" in m for m in messages)


def test_overlay_styles_and_keeps_a_line_being_dragged(qtbot):
    from widgets.chart import CandleChart

    chart = CandleChart()
    qtbot.addWidget(chart)
    overlay = OrderLinesOverlay(chart)
    moved = []
    overlay.lineMoved.connect(lambda k, p: moved.append((k, p)))
    overlay.set_lines([
        OrderLine("a", 100.0, "limit", "buy", "Buy limit 1", tick=0.5),
        OrderLine("p", 90.0, "entry", "sell", "Short 1", movable=False),
    ])
    assert overlay.item("a").movable and not overlay.item("p").movable
    assert "100.0" in overlay.item("a").label.toPlainText()
    overlay.item("a").setPos(101.2)
    overlay.finish_drag("a")
    assert moved == [("a", 101.0)]
    overlay.item("a").setPos(100.1)
    overlay.finish_drag("a")  # snaps back onto the order's own price: nothing to send
    assert moved == [("a", 101.0)] and overlay.item("a").value() == 100.0
    overlay.set_lines([])
    assert overlay.lines() == {}


def test_a_perpetual_position_draws_its_liquidation_price(window, aio, qtbot):
    client = window.ctx.client
    account = paper_account(aio, client)
    panel = chart_panel(window)
    panel.set_symbol("demo", "BTC/USDT:USDT")
    link = panel.order_lines
    place(aio, client, account, "BTC/USDT:USDT", Side.SELL, OrderType.MARKET, 0.01)
    key = f"liquidation|{account}|BTC/USDT:USDT"
    qtbot.waitUntil(lambda: key in link.overlay.lines(), timeout=5000)
    line = link.overlay.lines()[key]
    position = link.positions[(account, "BTC/USDT:USDT")]
    # a short is liquidated above its entry (where the wallet no longer covers the loss)
    assert line.price == pytest.approx(position.liquidation_price)
    assert line.price > position.entry_price
    assert line.kind == "liquidation" and not line.movable
    assert link.overlay.item(key).value() == pytest.approx(line.price)
