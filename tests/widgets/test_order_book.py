"""The order book dock on the real engine, the demo market and the first-launch paper
account: the ladder's numbers, following the focused chart, grouping; DOM trading by click,
drag and keys through the order entry (its amount, checks and confirmation); the panic key."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop.core import Order, OrderBook, OrderStatus, OrderType, Side
from desktop.shell.settings_dialog import CONFIRM_PAPER_KEY
from tests.widgets.test_order_entry import TIMEOUT_MS, ready
from widgets.order_book import OrderBookPanel
from widgets.order_book.ladder import build_ladder


def _order(price: float, side: Side, amount: float, oid: str) -> Order:
    return Order(oid, oid, "BTC/USDT", side, OrderType.LIMIT, OrderStatus.OPEN, amount,
                 price=price, account="paper")


def test_ladder_groups_levels_cumulates_and_marks_own_orders():
    book = OrderBook("BTC/USDT", 0,
                     bids=((100.07, 1.0), (100.03, 2.0), (99.95, 4.0)),
                     asks=((100.12, 3.0), (100.18, 1.0), (100.31, 2.0)))
    own = [_order(100.05, Side.BUY, 0.5, "a"), _order(99.5, Side.BUY, 0.25, "b"),
           _order(100.18, Side.SELL, 0.1, "c")]
    raw = build_ladder(book, 0.01, own)
    assert [lv.price for lv in raw.bids] == [100.07, 100.05, 100.03, 99.95, 99.5]
    assert [lv.size for lv in raw.bids] == [1.0, 0.0, 2.0, 4.0, 0.0]  # own-only levels: 0
    assert [lv.cumulative for lv in raw.bids] == [1.0, 1.0, 3.0, 7.0, 7.0]
    assert raw.bids[1].own == 0.5 and raw.bids[4].own == 0.25 and raw.asks[1].own == 0.1
    assert raw.spread == pytest.approx(0.05) and raw.max_size == 4.0
    assert raw.imbalance == pytest.approx((7 - 6) / 13)
    assert [lv.price for lv in raw.rows()][:3] == [100.31, 100.18, 100.12]  # asks on top
    grouped = build_ladder(book, 0.1, own)
    # Bids group down, asks up: a grouped level never shows a better price than its orders.
    assert [(lv.price, lv.size) for lv in grouped.bids] == [(100.0, 3.0), (99.9, 4.0),
                                                           (99.5, 0.0)]
    assert grouped.bids[0].own == 0.5
    assert [(lv.price, lv.size) for lv in grouped.asks] == [(100.2, 4.0), (100.4, 2.0)]


def book_ready(qtbot, window) -> OrderBookPanel:
    panel = window.docks.show_panel("order_book")
    qtbot.waitUntil(lambda: panel.ladder is not None and panel.rebuilds > 2, timeout=TIMEOUT_MS)
    return panel


def test_the_dock_follows_the_focused_chart_and_groups_by_tick_multiples(qtbot, window):
    panel = book_ready(qtbot, window)
    assert panel.symbol == "BTC/USDT" and len(panel.ladder.bids) >= 20
    ladder = panel.ladder
    assert ladder.best_bid < ladder.best_ask and -1 <= ladder.imbalance <= 1
    assert panel.view.paints > 0 and panel.depth.ladder is ladder
    assert "bp" in panel.stats.spread_text
    seen = panel.rebuilds
    qtbot.waitUntil(lambda: panel.rebuilds > seen + 3, timeout=TIMEOUT_MS)  # it moves live
    chart = window.docks.panels("chart")[0]
    window.ctx.set_active_chart(chart)
    chart.set_symbol("demo", "ETH/USDT")
    qtbot.waitUntil(lambda: panel.ladder is not None and panel.symbol == "ETH/USDT"
                    and panel.book is not None and panel.book.symbol == "ETH/USDT",
                    timeout=TIMEOUT_MS)
    assert "ETH/USDT" in window.docks.dock("order_book").windowTitle()
    tick = panel.market().price_tick
    index = panel.group_box.findData(100)
    panel.group_box.setCurrentIndex(index)
    panel.group_box.activated.emit(index)
    qtbot.waitUntil(lambda: panel.ladder.step == pytest.approx(100 * tick), timeout=TIMEOUT_MS)
    for lv in panel.ladder.bids + panel.ladder.asks:
        assert abs(lv.price / (100 * tick) - round(lv.price / (100 * tick))) < 1e-6
    assert panel.config()["group"] == 100


def _row_point(panel: OrderBookPanel, row: int) -> QPoint:
    view = panel.view
    y = view._row_top(row) + view.row_height() / 2
    return QPoint(int(view.width() * 0.6), int(y))


def _open_orders(aio, window, account: str) -> list[Order]:
    return [o for o in aio.run(window.ctx.client.trade_open_orders(account))
            if o.type is OrderType.LIMIT]


def test_click_places_at_the_level_and_a_drag_moves_the_order(qtbot, window, aio):
    entry = ready(qtbot, window)
    entry.form.amount.setText("0.01")
    panel = book_ready(qtbot, window)
    panel.view.setFocus()
    best_bid_row = len(panel.ladder.asks)
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=_row_point(panel, best_bid_row + 4))
    price = panel.view.cursor_price
    qtbot.waitUntil(lambda: len(_open_orders(aio, window, entry.account_id)) == 1,
                    timeout=TIMEOUT_MS)
    order = _open_orders(aio, window, entry.account_id)[0]
    assert (order.side, order.price, order.amount) == (Side.BUY, price, 0.01)
    # The ladder marks it at its level.
    qtbot.waitUntil(lambda: any(lv.own == 0.01 and lv.price == price for lv in panel.ladder.bids),
                    timeout=TIMEOUT_MS)
    # Drag it three levels deeper.
    dragged: list[float] = []
    panel.view.orderDragged.connect(lambda _o, p: dragged.append(p))
    row = next(i for i, lv in enumerate(panel.view.rows) if lv.own)
    start, end = _row_point(panel, row), _row_point(panel, row + 3)
    QTest.mousePress(panel.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(panel.view, QPoint(start.x(), start.y() + 8))
    QTest.mouseMove(panel.view, end)
    QTest.mouseRelease(panel.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert len(dragged) == 1 and dragged[0] < price
    qtbot.waitUntil(lambda: [o.price for o in _open_orders(aio, window, entry.account_id)]
                    == [dragged[0]], timeout=TIMEOUT_MS)
    assert "open" in entry.result.text() and panel.message.text() == entry.result.text()
    # A click on an ask sells there: a limit sell the paper account cannot fund is refused
    # by the order entry's own check, named under its amount, and nothing is sent.
    sent = entry.sent
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton,
                     pos=_row_point(panel, len(panel.ladder.asks) - 3))
    assert entry.sent == sent and "Nothing was sent" in panel.message.text()
    assert "BTC available" in entry.form.shown_errors()["amount"]
    # A book of another market than the one pricing the account never trades.
    panel.venue = "replay"
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton,
                     pos=_row_point(panel, len(panel.ladder.asks) + 1))
    assert entry.sent == sent and "priced by another market" in panel.message.text()


def focus_ladder(qtbot, window, panel: OrderBookPanel) -> None:
    window.activateWindow()  # the closed confirmation took the activation with it
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus, timeout=TIMEOUT_MS)


def test_keyboard_path_with_confirmation(qtbot, window, aio, settings):
    settings.setValue(CONFIRM_PAPER_KEY, True)  # the same setting as keyboard trading
    entry = ready(qtbot, window)
    entry.form.amount.setText("0.02")
    panel = book_ready(qtbot, window)
    focus_ladder(qtbot, window, panel)
    QTest.keyClick(panel.view, Qt.Key.Key_Home)  # the best bid
    for _ in range(5):
        QTest.keyClick(panel.view, Qt.Key.Key_Down)
    price = panel.view.cursor_price
    assert price == panel.view.rows[len(panel.ladder.asks) + 5].price
    QTest.keyClick(panel.view, Qt.Key.Key_B)
    box = entry.confirmation
    assert isinstance(box, QMessageBox) and "Buy 0.02000 BTC" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_open_orders(aio, window, entry.account_id)) == 1,
                    timeout=TIMEOUT_MS)
    assert _open_orders(aio, window, entry.account_id)[0].price == price
    qtbot.waitUntil(lambda: any(lv.own for lv in panel.view.rows), timeout=TIMEOUT_MS)
    # Pick it (Space on its level), move the cursor two levels up, M moves it there.
    panel.view.cursor_price = price
    focus_ladder(qtbot, window, panel)
    QTest.keyClick(panel.view, Qt.Key.Key_Space)
    assert panel.view.selected is not None and panel.view.selected.price == price
    QTest.keyClick(panel.view, Qt.Key.Key_Up)
    QTest.keyClick(panel.view, Qt.Key.Key_Up)
    target = panel.view.cursor_price
    assert target > price
    QTest.keyClick(panel.view, Qt.Key.Key_M)
    box = entry.confirmation
    assert isinstance(box, QMessageBox) and "Move the Buy order of 0.02000 BTC" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [o.price for o in _open_orders(aio, window, entry.account_id)]
                    == [target], timeout=TIMEOUT_MS)


def test_panic_key_cancels_every_symbol_after_asking(qtbot, window, aio):
    entry = ready(qtbot, window)
    assert not entry.confirmation_required()
    entry.form.amount.setText("0.01")
    assert entry.order_at_price(Side.BUY, math.floor(entry.tick.bid * 0.9))
    entry.set_symbol("ETH/USDT")
    qtbot.waitUntil(lambda: entry.tick is not None, timeout=TIMEOUT_MS)
    entry.form.amount.setText("0.1")
    assert entry.order_at_price(Side.BUY, math.floor(entry.tick.bid * 0.9))
    qtbot.waitUntil(lambda: {o.symbol for o in _open_orders(aio, window, entry.account_id)}
                    == {"BTC/USDT", "ETH/USDT"}, timeout=TIMEOUT_MS)
    action = window.actions.action("trade.cancel_all_symbols")
    assert action.shortcut().toString() == "Alt+Shift+X"
    assert window.actions.conflicts("Alt+Shift+X", exclude="trade.cancel_all_symbols") == []
    action.trigger()
    box = entry.confirmation  # asked although paper confirmation is off
    assert isinstance(box, QMessageBox) and "every symbol" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _open_orders(aio, window, entry.account_id) == [],
                    timeout=TIMEOUT_MS)
    assert "Canceled 2 open orders on all symbols" in entry.result.text()
