"""The order entry dock on the real engine and the first-launch paper account (demo market):
a market buy fills and the position appears, wrong fields are named and nothing is sent,
keyboard trading with and without confirmation, Ctrl+click on the chart, one-click mode."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.core import OrderStatus, OrderType, Side
from desktop.shell.settings_dialog import CONFIRM_PAPER_KEY, SettingsDialog
from widgets.order_entry import OrderEntryPanel
from widgets.order_entry.numbers import NumberFormat
from widgets.order_entry.panel import ONE_CLICK_KEY
from widgets.order_entry.validation import AMOUNT, PRICE

TIMEOUT_MS = 20_000


class PlaceSpy:
    """Records every order the dock hands to the client, then passes it on to the engine."""

    def __init__(self, client) -> None:
        self.real = client.trade_place
        self.requests: list = []

    def __call__(self, account_id, request, *args, **kwargs):
        self.requests.append(request)
        return self.real(account_id, request, *args, **kwargs)


def ready(qtbot, window) -> OrderEntryPanel:
    panel = window.docks.dock("order_entry").widget()
    qtbot.waitUntil(lambda: panel.loaded and panel.tick is not None
                    and panel.balances is not None, timeout=TIMEOUT_MS)
    # A tick published after the account connected: the paper venue has a price too (the
    # first one the dock shows may be the feed's last, from before the connection).
    primed = panel.tick
    qtbot.waitUntil(lambda: panel.tick is not primed, timeout=TIMEOUT_MS)
    panel.fmt = NumberFormat(".", ",")  # the test machine's locale must not matter
    return panel


def wait_result(qtbot, panel: OrderEntryPanel, *words: str) -> str:
    def shown() -> None:
        assert any(w in panel.result.text() for w in words), panel.result.text()

    qtbot.waitUntil(shown, timeout=TIMEOUT_MS)
    return panel.result.text()


def position(aio, window, panel: OrderEntryPanel, symbol: str = "BTC/USDT") -> float:
    positions = aio.run(window.ctx.client.trade_positions(panel.account_id))
    return sum(p.amount for p in positions if p.symbol == symbol)


def test_market_buy_fills_and_the_position_appears(qtbot, window, aio):
    panel = ready(qtbot, window)
    assert panel.account().is_paper and panel.account().label == "Paper"
    assert panel.symbol == "BTC/USDT"
    types = [panel.form.type.itemText(i) for i in range(panel.form.type.count())]
    assert "Market" in types and "OCO (emulated)" in types and "Bracket (emulated)" in types
    panel.form.set_side(Side.BUY)
    QTest.keyClicks(panel.form.amount, "0.01")
    assert panel.preview.text("cost").endswith("USDT") and "taker" in panel.preview.text("fee")
    assert panel.preview.text("position") == "+0.01000 BTC"
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    text = wait_result(qtbot, panel, "filled", "rejected", "Rejected")
    assert text.startswith("Buy 0.01000 BTC at") and "(filled)" in text
    assert position(aio, window, panel) == pytest.approx(0.01)
    qtbot.waitUntil(lambda: panel.preview.text("position") == "+0.02000 BTC",
                    timeout=TIMEOUT_MS)  # the dock learned the position from the engine
    # Enter in a field sends too.
    panel.result.clear()
    QTest.keyClick(panel.form.amount, Qt.Key.Key_Return)
    wait_result(qtbot, panel, "filled")
    assert position(aio, window, panel) == pytest.approx(0.02)


def test_wrong_fields_are_named_beside_them_and_nothing_is_sent(qtbot, window, aio,
                                                               monkeypatch):
    panel = ready(qtbot, window)
    spy = PlaceSpy(window.ctx.client)
    monkeypatch.setattr(window.ctx.client, "trade_place", spy)
    form = panel.form

    def attempt(**texts) -> dict[str, str]:
        for name, text in texts.items():
            getattr(form, name).setText(text)
        panel.submit()
        assert "Nothing was sent" in panel.result.text()
        return form.shown_errors()

    assert attempt(amount="") == {AMOUNT: "Enter an amount."}
    assert "at most 5" in attempt(amount="0.000001")[AMOUNT]
    assert "below the minimum 5.00 USDT" in attempt(amount="0.00005")[AMOUNT]
    assert "USDT available" in attempt(amount="1")[AMOUNT]
    assert form.rows[AMOUNT].error.isVisible()
    form.set_order_type(OrderType.LIMIT)
    errors = attempt(amount="0.01", price="60000.005")
    assert set(errors) == {PRICE} and "tick 0.01 USDT" in errors[PRICE]
    form.set_side(Side.SELL)
    assert "BTC available" in attempt(amount="0.01", price="90000")[AMOUNT]
    # pt_BR: "0,01" is read, messages come back in the locale's format.
    panel.fmt = NumberFormat.of("pt_BR")
    form.set_side(Side.BUY)
    errors = attempt(amount="1", price="60000,00")
    assert "60.060,00 USDT" in errors[AMOUNT] and "10.000,00" in errors[AMOUNT]
    assert "ambiguous" in attempt(amount="1.234")[AMOUNT]
    assert spy.requests == []
    assert aio.run(window.ctx.client.trade_orders(panel.account_id)) == []
    form.amount.setText("0,01")
    form.price.setText("60000,5")
    assert panel.submit() and len(spy.requests) == 1
    assert (spy.requests[0].amount, spy.requests[0].price) == (0.01, 60000.5)
    wait_result(qtbot, panel, "open", "filled")


def test_keyboard_trading_with_confirmation_off_and_on(qtbot, window, aio, settings):
    panel = ready(qtbot, window)
    panel.form.amount.setText("0.01")
    assert not panel.confirmation_required()  # paper: off by default
    window.actions.trigger("trade.buy_market")
    assert panel.confirmation is None
    wait_result(qtbot, panel, "filled")
    assert position(aio, window, panel) == pytest.approx(0.01)

    qtbot.waitUntil(lambda: panel.balances.get("BTC", 0) >= 0.01, timeout=TIMEOUT_MS)
    settings.setValue(CONFIRM_PAPER_KEY, True)
    panel.result.clear()
    window.actions.trigger("trade.sell_market")
    box = panel.confirmation
    assert isinstance(box, QMessageBox) and "Sell 0.01000 BTC at market" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    aio.sleep(0.2)
    assert panel.result.text() == "" and position(aio, window, panel) == pytest.approx(0.01)

    window.actions.trigger("trade.sell_market")
    qtbot.mouseClick(panel.confirmation.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    wait_result(qtbot, panel, "filled")
    assert position(aio, window, panel) == pytest.approx(0.0, abs=1e-12)

    settings.setValue(CONFIRM_PAPER_KEY, False)
    panel.result.clear()
    # A limit buy well under the market stays open: at the bid it may fill at once.
    window.actions.trigger("trade.buy_bid")
    wait_result(qtbot, panel, "open", "filled")
    window.actions.trigger("trade.cancel_all")
    wait_result(qtbot, panel, "Canceled")
    assert aio.run(window.ctx.client.trade_open_orders(panel.account_id)) == []

    window.actions.trigger("trade.buy_market")
    qtbot.waitUntil(lambda: position(aio, window, panel) > 0, timeout=TIMEOUT_MS)
    panel.result.clear()
    window.actions.trigger("trade.flatten")
    wait_result(qtbot, panel, "filled")
    assert position(aio, window, panel) == pytest.approx(0.0, abs=1e-12)
    panel.result.clear()
    window.actions.trigger("trade.reverse")  # spot: the engine says why not
    text = wait_result(qtbot, panel, "spot", "no BTC/USDT position")
    assert panel.result.property("role") == "error" and text.endswith(".")


def test_ctrl_click_on_the_chart_fills_the_price(qtbot, window):
    panel = ready(qtbot, window)
    chart_panel = window.docks.dock("chart-1").widget()
    qtbot.waitUntil(lambda: chart_panel._history_loaded, timeout=TIMEOUT_MS)
    chart = chart_panel.chart
    QApplication.processEvents()
    chart.grab()
    (x0, x1), (y0, y1) = chart.price_vb.viewRange()
    target = y0 + (y1 - y0) * 0.3
    point = chart._view.mapFromScene(chart.price_vb.mapViewToScene(
        QPointF(x0 + (x1 - x0) * 0.5, target)))
    assert panel.form.order_type() is OrderType.MARKET
    qtbot.mouseClick(chart._view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point)
    assert panel.form.price.text() == ""  # a plain click is a chart gesture only
    qtbot.mouseClick(chart._view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, point)
    assert panel.form.order_type() is OrderType.LIMIT
    price = float(panel.form.price.text())
    assert price == pytest.approx(target, abs=(y1 - y0) * 0.01)
    assert math.isclose(round(price, 2), price)  # on the tick


def test_one_click_mode_sends_without_dialog_and_is_shown(qtbot, window, aio, settings):
    panel = ready(qtbot, window)
    note = window.statusBar().findChild(QLabel, "oneClickNote")
    assert not panel.banner.isVisible() and not note.isVisible()
    settings.setValue(CONFIRM_PAPER_KEY, True)
    window.actions.trigger("trade.one_click")
    assert panel.banner.isVisible() and note.isVisible()
    assert settings.value(ONE_CLICK_KEY, type=bool) is True
    panel.form.amount.setText("0.01")
    panel.submit()
    assert panel.confirmation is None
    wait_result(qtbot, panel, "filled")
    window.actions.trigger("trade.one_click")
    assert not panel.banner.isVisible() and not note.isVisible()
    panel.submit()
    assert panel.confirmation is not None  # confirmation is back
    panel.confirmation.reject()
    orders = aio.run(window.ctx.client.trade_orders(panel.account_id))
    assert [o.status for o in orders] == [OrderStatus.FILLED]


def test_symbol_follows_the_watchlist_and_the_settings_hold_confirmation(qtbot, window,
                                                                       settings):
    panel = ready(qtbot, window)
    window.ctx.symbolActivated.emit("demo", "ETH/USDT")
    assert panel.symbol == "ETH/USDT" and panel.form.unit.text() == "ETH"
    assert panel.submit_button.text() == "Buy ETH"
    qtbot.waitUntil(lambda: panel.tick is not None and panel.tick.symbol == "ETH/USDT",
                    timeout=TIMEOUT_MS)
    panel.form.set_side(Side.SELL)
    assert panel.submit_button.text() == "Sell ETH"
    assert panel.preview.values["cost"].text() == "—"  # no amount yet: unknown, not zero
    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    chart.set_symbol("demo", "SOL/USDT")  # the order entry follows the focused chart
    assert panel.symbol == "SOL/USDT"
    # The slider spends a share of the available balance: half the USDT, as SOL.
    panel.form.set_side(Side.BUY)
    qtbot.waitUntil(lambda: panel.tick is not None and panel.tick.symbol == "SOL/USDT",
                    timeout=TIMEOUT_MS)
    panel.form.slider.setValue(50)
    amount = float(panel.form.amount.text())
    state = panel.state()
    assert amount * state.ask == pytest.approx(5_000, rel=0.01)
    assert panel.check(show_all=True).ok
    dialog = SettingsDialog(window.actions, settings, window)
    assert dialog.confirm_live.isChecked() and not dialog.confirm_paper.isChecked()
    dialog.confirm_paper.setChecked(True)
    assert settings.value(CONFIRM_PAPER_KEY, type=bool) is True
    assert panel.confirmation_required()
    dialog.close()
