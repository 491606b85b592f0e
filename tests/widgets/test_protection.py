"""Closing the window while orders that only work while Pregão runs are working asks first,
naming them, and offers to keep running in the tray; an order that could not be resumed after
a restart is named with the reason. The real window on the real engine, with a trailing stop
on the demo paper account."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import OrderRequest, OrderType, ProtectionNotResumedEvent, Side
from tests.widgets.monitor_helpers import paper_account, place
from widgets.protection import ProtectionKeeper

SYMBOL = "BTC/USDT"


def keeper_of(window) -> ProtectionKeeper:
    return window.ctx.findChild(ProtectionKeeper)


def answer_prompt(button: str) -> list[str]:
    """Click `button` in the next modal message box; returns [its text] once it was shown."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)
    return seen


def trailing_stop(aio, client) -> str:
    account = paper_account(aio, client)
    place(aio, client, account, SYMBOL, Side.BUY, OrderType.MARKET, 0.01)
    order = aio.run(client.trade_place(account, OrderRequest(
        SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.01, trail_percent=5.0)))
    return order.id


def test_closing_with_a_trailing_stop_working_asks_and_can_keep_running_in_the_tray(
        window, runtime, aio, qtbot, monkeypatch):
    keeper = keeper_of(window)
    order_id = trailing_stop(aio, runtime.client)
    qtbot.waitUntil(lambda: [o.id for o in keeper.watch.working()] == [order_id], timeout=10000)
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))

    seen = answer_prompt("Cancel")
    assert window.close() is False
    assert window.isVisible() and not closed
    assert "Trailing stop · sell 0.01 BTC/USDT · Paper · stop" in seen[0]

    monkeypatch.setattr(ProtectionKeeper, "tray_available", staticmethod(lambda: True))
    answer_prompt("Keep running in the tray")
    assert window.close() is False
    assert not window.isVisible() and keeper.in_tray and not closed
    # The engine goes on: the trailing stop still works and is still listed.
    assert [o.id for o in aio.run(runtime.client.trade_open_orders()) if o.emulated] == [order_id]
    window.ctx.actions.action("app.show_window").trigger()
    assert window.isVisible() and not keeper.in_tray

    answer_prompt("Quit anyway")
    with qtbot.waitSignal(window.closing, timeout=5000):
        window.close()
    assert closed == [True]


def test_closing_without_such_orders_asks_nothing(window, qtbot):
    assert keeper_of(window).watch.working() == []
    with qtbot.waitSignal(window.closing, timeout=5000):
        assert window.close()


def test_an_order_not_resumed_after_a_restart_is_named_with_the_reason(window, runtime, qtbot):
    keeper = keeper_of(window)
    for symbol in ("BTC/USDT", "ETH/USDT"):
        runtime.bus.publish(ProtectionNotResumedEvent(
            venue="Main", order_id=f"em-{symbol}", symbol=symbol, order_type="trailing_stop",
            side="sell", amount=0.5, reason="its sl order 42 is no longer known to Main"))
    qtbot.waitUntil(lambda: keeper.notice is not None and keeper.notice.isVisible(),
                    timeout=5000)
    text = keeper.notice.text()
    assert "Trailing stop · sell 0.5 BTC/USDT on Main: its sl order 42 is no longer known" in text
    assert "ETH/USDT" in text  # one notice for the whole restart
    keeper.notice.close()


def test_closing_with_a_bot_running_names_it(window, runtime, aio, qtbot):
    from desktop.core.bots import BotSpec, BotState

    client = runtime.client
    account = paper_account(aio, client)
    bot = aio.run(client.bot_create(BotSpec("sma_cross", account, ("BTC/USDT",), "1m",
                                            name="Night SMA")))
    aio.run(client.bot_start(bot.id))
    keeper = keeper_of(window)
    qtbot.waitUntil(lambda: keeper.watch.running_bots() == ["Night SMA"], timeout=30_000)
    seen = answer_prompt("Cancel")
    assert window.close() is False and window.isVisible()
    assert "These bots stop deciding while Pregão is closed: Night SMA" in seen[0]
    aio.run(client.bot_stop(bot.id))
    qtbot.waitUntil(lambda: keeper.watch.running_bots() == [], timeout=10_000)
    assert [b.state for b in aio.run(client.bot_list())] == [BotState.STOPPED]
    with qtbot.waitSignal(window.closing, timeout=5000):
        assert window.close()
