"""Paper accounts in the real window on the real engine (a fresh SQLite file): starting
balances typed in several currencies, judged where they are typed; a reset that asks first,
naming the account, and leaves the monitors with the account's starting balances alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core import OrderStatus, OrderType, Side
from tests.widgets.monitor_helpers import last_price, panel, place
from widgets.accounts_dialog import AccountsDialog

TIMEOUT_MS = 15_000


def shown(monitor, order) -> bool:
    return any(o.client_order_id == order.client_order_id for o in monitor.visible_records())


@pytest.fixture(autouse=True)
def database(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "pregao.db"
    monkeypatch.setenv("PREGAO_DATABASE_URL", f"sqlite:///{path}")
    return path


def test_starting_balances_typed_then_the_account_reset(qtbot, window, aio):
    window.actions.trigger("accounts.open")
    d = window.findChild(AccountsDialog)
    qtbot.waitUntil(lambda: d.loaded, timeout=TIMEOUT_MS)
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    form = d.form
    editor = form.starting_balances
    assert form._form.isRowVisible(editor)  # a new account is a paper account first
    # The engine's default comes in as the first row.
    qtbot.waitUntil(lambda: len(editor.rows) == 1, timeout=TIMEOUT_MS)
    assert editor.rows[0][0].text() == "USDT" and editor.pairs() == (("USDT", 10_000.0),)
    qtbot.keyClicks(form.label, "Practice")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    code, amount, _ = editor.rows[1]
    qtbot.keyClicks(code, "btc")
    assert code.text() == "BTC"  # written as exchanges write it
    qtbot.keyClicks(amount, "0")
    # Judged as typed: the amount is outlined and the sentence is under the rows.
    assert amount.property("invalid") and "more than zero" in editor.error.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()  # nothing was sent
    amount.clear()
    qtbot.keyClicks(amount, "x")
    assert amount.property("invalid") and "not a number" in editor.error.text()
    amount.clear()
    qtbot.keyClicks(amount, "0.5")
    assert not amount.property("invalid") and editor.error.text() == ""
    assert editor.pairs() == (("USDT", 10_000.0), ("BTC", 0.5))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: any(a.label == "Practice" for a in d.accounts), timeout=TIMEOUT_MS)
    practice = next(a for a in d.accounts if a.label == "Practice")
    assert practice.starting_balances == (("USDT", 10_000.0), ("BTC", 0.5))

    # Trade on it: an order rests, one fills.
    client = window.ctx.client
    for kind in ("open_orders", "fills"):
        aio.run(panel(window, kind).loaded.wait())
    price = last_price(aio, client)
    place(aio, client, practice.id, "BTC/USDT", Side.SELL, OrderType.MARKET, 0.1)
    resting = place(aio, client, practice.id, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01,
                    price=price * 0.5)
    orders, fills = panel(window, "open_orders"), panel(window, "fills")
    qtbot.waitUntil(lambda: shown(orders, resting), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: any(r.account == practice.id for r in fills.visible_records()),
                    timeout=TIMEOUT_MS)

    # Reset: the dialog asks first, naming the account and what it goes back to.
    d.select("Practice")
    assert d.reset_button.isEnabled()
    # (a market order the account refused before its first price is journaled too)
    before = aio.run(client.trade_orders(practice.id))
    assert len([o for o in before if o.status is not OrderStatus.REJECTED]) == 2
    qtbot.mouseClick(d.reset_button, Qt.MouseButton.LeftButton)
    box = d.confirm
    assert box is not None and box.isVisible()
    assert "“Practice”" in box.text() and "0.5 BTC" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert aio.run(client.trade_orders(practice.id)) == before  # canceled: nothing happened
    qtbot.mouseClick(d.reset_button, Qt.MouseButton.LeftButton)
    d.confirm.button(QMessageBox.StandardButton.Reset).click()

    qtbot.waitUntil(lambda: not shown(orders, resting), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: aio.run(client.trade_orders(practice.id)) == [],
                    timeout=TIMEOUT_MS)
    balances = {b.currency: b.total for b in aio.run(client.trade_balances(practice.id))
                if b.total}
    assert balances == {"USDT": 10_000.0, "BTC": 0.5}
    qtbot.waitUntil(lambda: not any(r.account == practice.id for r in fills.visible_records()),
                    timeout=TIMEOUT_MS)


def test_the_reset_command_asks_about_the_paper_account(qtbot, window):
    """File › Reset paper account… (a registry action with its shortcut) opens the accounts
    dialog on the paper account and asks, naming it; No leaves everything as it was."""
    action = window.actions.action("accounts.reset_paper")
    assert action.shortcut().toString() == "Ctrl+Alt+Shift+Z"
    window.actions.trigger("accounts.reset_paper")
    d = window.findChild(AccountsDialog)
    qtbot.waitUntil(lambda: d.confirm is not None and d.confirm.isVisible(), timeout=TIMEOUT_MS)
    assert "“Paper”" in d.confirm.text() and "10" in d.confirm.informativeText()
    assert d.selected() is not None and d.selected().label == "Paper"
    d.confirm.button(QMessageBox.StandardButton.Cancel).click()
