"""Monitors (open orders, history, fills, positions, balances) on the real engine and the
first-launch paper account: live updates, P&L, filter, sort, commands, export."""

from __future__ import annotations

import csv
import math

import pytest
from PySide6.QtCore import Qt

from desktop.core import OrderStatus, OrderType, Side
from tests.widgets.monitor_helpers import last_price, panel, paper_account, place
from widgets.monitors.base import CANCEL, CLOSE, MODIFY, REVERSE
from widgets.monitors.formatting import money_text
from widgets.monitors.record_model import EXPORT_ROLE, RECORD_ROLE, Column, RecordTableModel


def shown(p) -> list:
    return p.visible_records()


def column(p, title: str) -> int:
    return p.model.headers.index(title)


@pytest.fixture
def trading(window, aio, qtbot):
    client = window.ctx.client
    account = paper_account(aio, client)
    for kind in ("open_orders", "order_history", "fills", "positions", "balances"):
        aio.run(panel(window, kind).loaded.wait())
    return window, client, account


def test_paper_order_flows_into_orders_fills_and_positions(trading, aio, qtbot):
    window, client, account = trading
    price = last_price(aio, client)
    resting = place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01,
                    price * 0.8)
    open_orders = panel(window, "open_orders")
    qtbot.waitUntil(lambda: any(o.client_order_id == resting.client_order_id
                                for o in shown(open_orders)), timeout=5000)

    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.02)
    fills, positions = panel(window, "fills"), panel(window, "positions")
    qtbot.waitUntil(lambda: len(shown(fills)) == 1, timeout=5000)
    qtbot.waitUntil(lambda: len(shown(positions)) == 1, timeout=5000)
    fill = shown(fills)[0]
    assert fill.symbol == "BTC/USDT" and fill.side is Side.BUY
    assert fill.amount == pytest.approx(0.02)

    position = shown(positions)[0]
    assert position.amount == pytest.approx(0.02)
    assert position.entry_price == pytest.approx(fill.price)
    # Realised P&L of an opening buy is the fee paid; unrealised is marked to the price.
    fee_quote = fill.fee * (fill.price if fill.fee_currency == "BTC" else 1.0)
    assert position.realized_pnl == pytest.approx(-fee_quote)
    row = 0
    unrealised = positions.proxy.index(row, column(positions, "Unrealised P&L"))
    expected = 0.0 if math.isnan(position.mark_price) else (
        (position.mark_price - position.entry_price) * position.amount)
    assert unrealised.data(EXPORT_ROLE) == pytest.approx(expected)
    assert unrealised.data() == money_text(expected, signed=True)
    realised = positions.proxy.index(row, column(positions, "Realised P&L"))
    assert realised.data() == money_text(-fee_quote, signed=True)
    assert realised.data(Qt.ItemDataRole.ForegroundRole) is not None  # coloured by sign

    # % of equity: the position's value over cash plus positions (10,000 USDT at start).
    balances = panel(window, "balances")
    qtbot.waitUntil(lambda: any(b.currency == "BTC" for b in shown(balances)), timeout=5000)
    share = positions.proxy.index(row, column(positions, "% of equity")).data(EXPORT_ROLE)
    mark = position.entry_price if math.isnan(position.mark_price) else position.mark_price
    assert share == pytest.approx(0.02 * mark / 10_000 * 100, rel=0.01)

    history = panel(window, "order_history")
    qtbot.waitUntil(lambda: any(o.status is OrderStatus.FILLED for o in shown(history)),
                    timeout=5000)

    # Reverse is refused on a spot market (the reason reaches the status bar); close works.
    messages = []
    window.ctx.statusMessage.connect(lambda text, _ms: messages.append(text))
    positions.view.selectRow(0)
    menu = positions.context_menu()
    assert window.actions.action(REVERSE) in menu.actions()
    window.actions.action(REVERSE).trigger()
    qtbot.waitUntil(lambda: any("spot market" in m for m in messages), timeout=5000)
    positions.view.selectRow(0)
    window.actions.action(CLOSE).trigger()
    qtbot.waitUntil(lambda: shown(positions) == [], timeout=5000)
    qtbot.waitUntil(lambda: len(shown(fills)) == 2, timeout=5000)


def test_filter_sort_cancel_and_modify(trading, aio, qtbot):
    window, client, account = trading
    btc, eth = last_price(aio, client), last_price(aio, client, "ETH/USDT")
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, btc * 0.7)
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, btc * 0.8)
    place(aio, client, account, "ETH/USDT", Side.BUY, OrderType.LIMIT, 0.1, eth * 0.9)
    p = panel(window, "open_orders")
    qtbot.waitUntil(lambda: len(shown(p)) == 3, timeout=5000)

    p.filter_bar.symbol.setText("eth")
    assert [o.symbol for o in shown(p)] == ["ETH/USDT"]
    assert p.count_label.text() == "Rows: 1 of 3"
    p.filter_bar.symbol.setText("BTC")
    p.filter_bar.select(p.filter_bar.side, "sell")
    assert shown(p) == []
    p.filter_bar.select(p.filter_bar.side, "buy")
    p.view.sortByColumn(column(p, "Price"), Qt.SortOrder.AscendingOrder)
    prices = [o.price for o in shown(p)]
    assert len(prices) == 2 and prices == sorted(prices)
    p.view.sortByColumn(column(p, "Price"), Qt.SortOrder.DescendingOrder)
    assert [o.price for o in shown(p)] == sorted(prices, reverse=True)

    # Cancel the top row through the context menu's action.
    p.view.selectRow(0)
    target = shown(p)[0]
    menu = p.context_menu()
    cancel = window.actions.action(CANCEL)
    assert cancel in menu.actions() and window.actions.action(MODIFY) in menu.actions()
    cancel.trigger()
    qtbot.waitUntil(lambda: target.client_order_id not in
                    {o.client_order_id for o in shown(p)}, timeout=5000)
    history = panel(window, "order_history")
    history.filter_bar.select(history.filter_bar.status, "canceled")
    qtbot.waitUntil(lambda: [o.client_order_id for o in shown(history)]
                    == [target.client_order_id], timeout=5000)

    # Modify: bad input is refused beside its field and nothing is sent.
    p.view.selectRow(0)
    order = shown(p)[0]
    dialog = p.modify(order)
    qtbot.waitUntil(lambda: dialog.market is not None, timeout=5000)
    tick = dialog.market.price_tick
    dialog.price.setText("abc")
    assert not aio.run(dialog.submit())
    assert dialog.price_error.isVisibleTo(dialog) and "number" in dialog.price_error.text()
    dialog.price.setText(f"{order.price + tick / 3:.10f}")
    assert not aio.run(dialog.submit())
    assert "multiple of the tick" in dialog.price_error.text()
    dialog.price.setText(str(order.price))
    dialog.amount.setText("0")
    assert not aio.run(dialog.submit())
    assert dialog.amount_error.isVisibleTo(dialog) and "above zero" in dialog.amount_error.text()
    assert not dialog.price_error.isVisibleTo(dialog)
    assert [o.client_order_id for o in shown(p)] == [order.client_order_id]  # nothing sent

    new_price = dialog.market.round_price(order.price * 0.99)
    dialog.amount.setText(str(order.remaining))
    dialog.price.setText(str(new_price))
    assert aio.run(dialog.submit())
    qtbot.waitUntil(lambda: [o.price for o in shown(p)] == [new_price], timeout=5000)
    assert shown(p)[0].client_order_id != order.client_order_id  # replaced by a new order


def test_export_writes_exactly_the_visible_rows(trading, aio, qtbot, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    window, client, account = trading
    btc, eth = last_price(aio, client), last_price(aio, client, "ETH/USDT")
    for factor in (0.7, 0.75, 0.8):
        place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, btc * factor)
    place(aio, client, account, "ETH/USDT", Side.BUY, OrderType.LIMIT, 0.1, eth * 0.9)
    p = panel(window, "open_orders")
    qtbot.waitUntil(lambda: len(shown(p)) == 4, timeout=5000)
    p.filter_bar.symbol.setText("BTC")
    price_col = column(p, "Price")
    p.view.sortByColumn(price_col, Qt.SortOrder.AscendingOrder)
    p.view.setColumnHidden(column(p, "Reason"), True)
    visible = shown(p)
    assert len(visible) == 3

    aio.run(p.export(str(tmp_path / "orders.csv")))
    with (tmp_path / "orders.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    headers = [h for h in p.model.headers if h != "Reason"]
    assert rows[0] == headers
    assert [r[headers.index("Price")] for r in rows[1:]] == [str(o.price) for o in visible]
    assert {r[headers.index("Symbol")] for r in rows[1:]} == {"BTC/USDT"}

    aio.run(p.export(str(tmp_path / "orders.xlsx")))
    sheet = openpyxl.load_workbook(tmp_path / "orders.xlsx").active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0] == headers
    assert [r[headers.index("Price")] for r in cells[1:]] == [o.price for o in visible]
    assert [r[headers.index("Amount")] for r in cells[1:]] == [o.amount for o in visible]
    assert all(r[headers.index("Time")].year >= 2024 for r in cells[1:])  # real dates


def test_model_batches_one_insert_and_one_data_changed_per_commit(qtbot):
    model = RecordTableModel(
        [Column("Key", lambda r: r[0]), Column("Value", lambda r: r[1], numeric=True)],
        key=lambda r: r[0],
    )
    inserts, changes = [], []
    model.rowsInserted.connect(lambda _p, a, b: inserts.append((a, b)))
    model.dataChanged.connect(lambda a, b, _r=(): changes.append((a.row(), b.row())))
    for i in range(5):
        model.stage((f"k{i}", float(i)))
    model.commit()
    assert inserts == [(0, 4)] and changes == []
    model.stage(("k1", 10.0))
    model.stage(("k3", 30.0))
    model.stage(("k5", 5.0))
    model.commit()
    assert inserts == [(0, 4), (5, 5)] and changes == [(1, 3)]
    assert model.index(1, 1).data() == "10.0" and model.index(3, 1).data(RECORD_ROLE)[1] == 30
    model.stage_remove("k0")
    model.commit()
    assert [r[0] for r in model.records] == ["k1", "k2", "k3", "k4", "k5"]


def test_orders_being_checked_or_set_aside_say_so_in_the_trader_s_language(trading, runtime,
                                                                           aio, qtbot):
    from dataclasses import replace

    from desktop.core import OrderAttention, OrderEvent

    window, client, account = trading
    price = last_price(aio, client)
    order = place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01,
                  price=price * 0.8)
    orders = panel(window, "open_orders")
    qtbot.waitUntil(lambda: any(o.id == order.id for o in shown(orders)), timeout=10_000)
    checking = replace(order, attention=OrderAttention.CHECKING,
                       reason="Binance did not answer within 10 s.")
    runtime.bus.publish(OrderEvent(checking))
    status, reason = column(orders, "Status"), column(orders, "Reason")

    def cells() -> tuple[str, str]:
        row = next(i for i, o in enumerate(orders.model.records) if o.id == order.id)
        return (orders.model.index(row, status).data(), orders.model.index(row, reason).data())

    qtbot.waitUntil(lambda: cells()[0] == "Checking…", timeout=10_000)
    assert cells()[1].startswith("Outcome unknown") and "Do not send it again" in cells()[1]
    assert cells()[1].endswith("(Binance did not answer within 10 s.)")
    runtime.bus.publish(OrderEvent(replace(order, attention=OrderAttention.SET_ASIDE,
                                           reason="Set aside: delisted.")))
    qtbot.waitUntil(lambda: cells()[0] == "Set aside", timeout=10_000)
    assert "cannot be asked about this order" in cells()[1]


def test_a_paper_perpetual_short_shows_its_leverage_margin_and_liquidation(trading, aio, qtbot):
    from desktop.core import DerivativePosition

    window, client, account = trading
    place(aio, client, account, "BTC/USDT:USDT", Side.SELL, OrderType.MARKET, 0.01)
    positions = panel(window, "positions")
    qtbot.waitUntil(lambda: any(isinstance(p, DerivativePosition) for p in shown(positions)),
                    timeout=5000)
    [short] = [p for p in shown(positions) if p.symbol == "BTC/USDT:USDT"]
    assert short.amount == pytest.approx(-0.01) and short.liquidation_price > short.entry_price
    row = shown(positions).index(short)

    def cell(title: str):
        return positions.proxy.index(row, column(positions, title))
    assert cell("Leverage").data() == "1× cross"
    assert cell("Margin").data() == money_text(short.initial_margin)
    assert cell("Liq. price").data(EXPORT_ROLE) == pytest.approx(short.liquidation_price)
    assert cell("Margin ratio").data(EXPORT_ROLE) == pytest.approx(short.margin_ratio * 100)
    # the status bar shows the account's margin use, from the paper venue's MarginEvent
    qtbot.waitUntil(lambda: window.status.margin_label(account) is not None, timeout=5000)
    margin = window.status._margin_summary[account]
    assert margin.initial_margin == pytest.approx(short.initial_margin, rel=1e-2)
    expected = f"{margin.margin_use * 100:.1f}"
    qtbot.waitUntil(lambda: expected in window.status.margin_label(account).text().replace(
        ",", "."), timeout=5000)
