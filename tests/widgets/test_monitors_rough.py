"""Monitor rough edges a new user hit: the row count after fills and cancels, a filled
bracket's status, one fee format in every table."""

from __future__ import annotations

from desktop.core import OrderType, Side
from tests.widgets.monitor_helpers import last_price, panel, paper_account, place
from tests.widgets.test_monitors import column, shown, trading  # noqa: F401 (fixture)


def count_is_right(p) -> bool:
    shown_n, total = p.proxy.rowCount(), p.model.rowCount()
    want = f"Rows: {total}" if shown_n == total else f"Rows: {shown_n} of {total}"
    return p.count_label.text() == want


def test_row_counts_follow_fills_and_cancels_and_fees_read_alike(trading, aio, qtbot):  # noqa: F811
    window, client, account = trading
    btc = last_price(aio, client)
    open_orders, history = panel(window, "open_orders"), panel(window, "order_history")
    fills, positions = panel(window, "fills"), panel(window, "positions")
    history.filter_bar.select(history.filter_bar.status, "open")
    resting = [place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01,
                     btc * f) for f in (0.7, 0.8)]
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01)
    qtbot.waitUntil(lambda: len(shown(open_orders)) == 2 and len(shown(fills)) == 1,
                    timeout=5000)
    qtbot.waitUntil(lambda: len(shown(positions)) == 1, timeout=5000)
    for p in (open_orders, history, fills, positions):
        assert count_is_right(p), (p.panel_type, p.count_label.text())
    assert history.count_label.text() == "Rows: 2 of 3"
    # The modify dialog shows the price at the market's tick (not 8 decimals).
    dialog = open_orders.modify(shown(open_orders)[0])
    qtbot.waitUntil(lambda: dialog.market is not None, timeout=5000)
    decimals = len(dialog.hint.text().split()[1].split(".")[-1])  # "Tick 0.01 · …"
    assert len(dialog.price.text().split(".")[-1]) == decimals == 2, dialog.price.text()
    dialog.reject()
    for order in resting:
        aio.run(client.trade_cancel(account, order.id))
    qtbot.waitUntil(lambda: shown(open_orders) == [] and shown(history) == [], timeout=5000)
    assert open_orders.count_label.text() == "Rows: 0"
    assert history.count_label.text() == "Rows: 0 of 3"
    # One fee format: the amount to its last significant decimal and its currency.
    fill = shown(fills)[0]
    texts = [p.proxy.index(0, column(p, title)).data() for p, title in
             ((fills, "Fee"), (positions, "Fees"))]
    assert all(t.endswith(" " + fill.fee_currency) for t in texts), texts
    assert "Fee currency" not in fills.model.headers


def test_a_bracket_whose_entry_filled_is_not_partially_filled(qapp):
    from desktop.core import Order, OrderStatus
    from widgets.monitors.formatting import order_status_text

    parent = Order("1", "c1", "BTC/USDT", Side.BUY, OrderType.BRACKET, OrderStatus.OPEN,
                   0.01, filled=0.01)
    assert order_status_text(parent) == "Entry filled, exits working"


def near_pairs(labels: list[str]) -> list[tuple[str, str]]:
    """Labels that read alike once small words, plurals and synonyms are set aside ("Close
    position" and "Flatten the position" say the same to a trader)."""
    synonyms = {"flatten": "close", "order": "", "position": ""}

    def core(label: str) -> str:
        words = label.casefold().replace("…", "").split()
        words = [synonyms.get(w.rstrip("s"), w.rstrip("s")) for w in words
                 if w not in {"the", "a", "an", "my"}]
        return " ".join(w for w in words if w)

    return [(a, b) for i, a in enumerate(labels) for b in labels[i + 1:] if core(a) == core(b)]


def test_the_trade_menu_has_no_near_identical_commands(window):
    labels = [c.label for c in window.actions.commands() if c.menu == "trade"]
    assert len(labels) > 10
    pairs = near_pairs(labels)
    assert pairs == [], "\n".join(map(str, pairs))


def test_a_monitor_opened_after_trading_fits_its_rows(window, aio, qtbot):
    """A tab first shown after the trades (its panel is built then and loads them) sized its
    columns to nothing: times read "2026-12-06 …", headers "Entrada médi…"."""
    client = window.ctx.client
    account = paper_account(aio, client)
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01)
    for kind in ("fills", "positions"):
        p = window.docks.show_panel(kind)
        aio.run(p.loaded.wait())
        qtbot.waitUntil(lambda p=p: p.proxy.rowCount() == 1, timeout=5000)
        header = p.view.horizontalHeader()
        for c in range(header.count() - 1):  # the last one stretches
            need = max(p.view.sizeHintForColumn(c), header.sectionSizeHint(c))
            assert header.sectionSize(c) >= need, (kind, p.model.headers[c])
