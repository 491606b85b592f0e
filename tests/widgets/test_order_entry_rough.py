"""Order entry rough edges a new user hit: the Buy/Sell button stays in view however short the
dock, "fields marked in red" always has a marked field and the mark survives the next tick,
and the balance slider follows a typed amount."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from desktop.core import OrderType, TimeInForce
from tests.widgets.test_order_entry import TIMEOUT_MS, ready, wait_result
from widgets.order_entry import validation as v


def test_buttons_stay_in_view_marks_stay_and_the_slider_follows(qtbot, window):
    panel = ready(qtbot, window)
    form = panel.form
    # A short dock: the form scrolls, the Buy/Sell button does not.
    dock = panel.parentWidget()
    dock.setFloating(True)
    dock.resize(320, 260)
    qtbot.waitUntil(lambda: panel.height() < 300, timeout=TIMEOUT_MS)
    QTest.qWait(50)
    assert not panel._scroll.isAncestorOf(panel.submit_button)
    button = panel.submit_button
    corner = button.mapTo(panel, QPoint(button.width() - 1, button.height() - 1))
    assert button.isVisible() and panel.rect().contains(corner)

    # An empty amount is marked, and stays marked when the next ticks refresh the form.
    form.set_order_type(OrderType.MARKET)
    form.amount.setText("")
    assert not panel.submit()
    assert "marked in red" in panel.result.text()
    assert form.shown_errors() == {v.AMOUNT: "Enter an amount."}
    tick = panel.tick
    qtbot.waitUntil(lambda: panel.tick is not tick, timeout=TIMEOUT_MS)
    panel.refresh()
    assert form.shown_errors() == {v.AMOUNT: "Enter an amount."}

    # A validity picked for a limit order is hidden for a market order and so not held
    # against it ("marked in red" with no mark was the bug).
    form.set_order_type(OrderType.LIMIT)
    form.tif.setCurrentIndex(form.tif.findData(TimeInForce.IOC))
    form.set_order_type(OrderType.MARKET)
    assert form.values().time_in_force is TimeInForce.GTC
    # The balance slider follows a typed amount.
    QTest.keyClicks(form.amount, "0.01")
    share = v.share_of_balance(panel.check(), form.side(), panel.state())
    assert 0 < share < 100 and form.slider.value() == share
    assert form.slider_label.text() == f"{share} %"
    assert panel.submit()
    wait_result(qtbot, panel, "filled")
    assert form.shown_errors() == {}
    form.amount.setText("")
    panel.refresh()
    assert form.slider.value() == 0


def test_orders_fills_cancels_and_refusals_reach_the_log_panel(qtbot, window, aio):
    import logging

    import pytest

    from desktop.core import OrderRequest, PregaoError, Side
    from desktop.shell.log_bridge import BridgeLogHandler

    panel = ready(qtbot, window)
    log_panel = window.docks.dock("log").widget()
    handler = BridgeLogHandler(window.ctx.bridge)  # the app's own path (main() adds it)
    audit = logging.getLogger("pregao.audit")
    audit.addHandler(handler)
    audit.setLevel(logging.INFO)  # main() sets the root logger to INFO; pytest does not
    try:
        panel.form.set_order_type(OrderType.MARKET)
        panel.form.amount.setText("0.01")
        assert panel.submit()
        wait_result(qtbot, panel, "filled")
        assert panel.market_order(Side.BUY)
        panel.result.clear()
        wait_result(qtbot, panel, "filled")
        client, account = window.ctx.client, panel.account_id
        resting = aio.run(client.trade_place(account, OrderRequest(
            "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)))
        aio.run(client.trade_cancel(account, resting.id))
        with pytest.raises(PregaoError):
            aio.run(client.trade_place(account, OrderRequest(
                "BTC/USDT", Side.BUY, OrderType.MARKET, 50.0)))

        def lines() -> list[str]:
            return [log_panel.proxy.index(r, 3).data() for r in range(log_panel.proxy.rowCount())]

        def logged(*words: str) -> bool:
            return any(all(w in line for w in words) for line in lines())

        label = panel.account().label
        # Records reach the panel through the bridge's batches; wait for the last one sent
        # (the refusal), not only the cancel before it.
        qtbot.waitUntil(lambda: logged("Order canceled", "buy 0.01 BTC/USDT limit at 1000")
                        and logged("Order refused: buy 50 BTC/USDT market"),
                        timeout=TIMEOUT_MS)
        assert logged("Order filled: buy 0.01 BTC/USDT market", f"account {label}",
                      "by manual")
        assert logged("Fill: buy 0.01 BTC/USDT at", "by manual")
        assert logged("Order filled: buy 0.01 BTC/USDT market", "by hotkey")
        assert logged("Fill: buy 0.01 BTC/USDT", "by hotkey")
        assert logged("Order refused: buy 50 BTC/USDT market", f"account {label}",
                      "by manual")
    finally:
        audit.removeHandler(handler)
        audit.setLevel(logging.NOTSET)
