"""The trader's risk controls on the real engine and the first-launch paper account: the
trading state in the order entry and the status bar, the Risk page of the Settings (limits
saved and enforced, a refusal shown where the order was placed), and the kill switch dialog
that names what it will do and reports what it did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core import (
    OrderType,
    PositionRules,
    RiskLimits,
    RiskRejected,
    Side,
    TradingState,
)
from desktop.shell.settings_dialog import SettingsDialog
from tests.widgets.monitor_helpers import paper_account, place
from tests.widgets.test_order_entry import ready, wait_result
from widgets.risk_controls import KILL_SWITCH_ACTION
from widgets.risk_controls.kill_switch import KillSwitchDialog
from widgets.risk_controls.limits_page import RiskLimitsPage

TIMEOUT_MS = 20_000


def test_a_halt_shows_in_the_order_entry_and_status_bar_and_refusals_are_shown(
        qtbot, window, aio):
    panel = ready(qtbot, window)
    client = window.ctx.client
    account = panel.account_id
    assert panel.trading_state.isHidden()
    aio.run(client.risk_set_state(account, TradingState.HALTED, "Lunch break"))
    qtbot.waitUntil(lambda: panel.trading_state.isVisible(), timeout=TIMEOUT_MS)
    assert panel.trading_state.text() == "Trading halted until you resume it: Lunch break"
    label = window.status.trading_label(account)
    qtbot.waitUntil(lambda: label is not None or window.status.trading_label(account),
                    timeout=TIMEOUT_MS)
    label = window.status.trading_label(account)
    assert label.text().endswith("Trading halted: Paper")
    assert "Lunch break" in label.toolTip()
    # An order from the dock is refused with the guard's sentence, right there.
    panel.form.set_side(Side.BUY)
    QTest.keyClicks(panel.form.amount, "0.01")
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert wait_result(qtbot, panel, "Lunch") == \
        "Lunch break; trading halted until you resume it"
    aio.run(client.risk_resume(account))
    qtbot.waitUntil(lambda: panel.trading_state.isHidden(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.status.trading_label(account) is None, timeout=TIMEOUT_MS)


def test_limits_saved_on_the_risk_page_are_enforced(qtbot, window, aio):
    client = window.ctx.client
    account = paper_account(aio, client)
    dialog = SettingsDialog(window.actions, window.settings, window, window.ctx.settings_pages)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.tabs.widget(dialog.tabs.count() - 1)
    assert isinstance(page, RiskLimitsPage) and dialog.tabs.tabText(dialog.tabs.count() - 1) \
        == "Risk"
    dialog.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.account.count() > 1, timeout=TIMEOUT_MS)
    page.account.setCurrentIndex(page.account.findData(account))
    qtbot.waitUntil(lambda: page.inherit.isVisible() and page.inherit.isChecked(),
                    timeout=TIMEOUT_MS)
    page.inherit.setChecked(False)
    page.switches["max_order_notional"].setChecked(True)
    page.values["max_order_notional"].setValue(50.0)
    page.rule_switches["break_even_at_r"].setChecked(True)
    page.rule_values["break_even_at_r"].setValue(1.5)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.saved.text() != "", timeout=TIMEOUT_MS)
    assert aio.run(client.risk_limits(account)) == RiskLimits(max_order_notional=50.0)
    assert aio.run(client.risk_rules(account)) == PositionRules(break_even_at_r=1.5)
    assert aio.run(client.risk_has_own_limits(account))
    with pytest.raises(RiskRejected, match=r"above the max order notional of 50\.00 USDT"):
        place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01)
    page.halt_button.click()
    qtbot.waitUntil(lambda: "Trading halted" in page.state.text(), timeout=TIMEOUT_MS)
    page.resume_button.click()
    qtbot.waitUntil(lambda: "Trading active" in page.state.text(), timeout=TIMEOUT_MS)


def test_the_kill_switch_names_what_it_will_do_then_reports(qtbot, window, aio):
    client = window.ctx.client
    account = paper_account(aio, client)
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01)
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)
    assert window.actions.action(KILL_SWITCH_ACTION).shortcut().toString() == "Ctrl+Alt+K"
    window.actions.action(KILL_SWITCH_ACTION).trigger()
    dialog = window.findChild(KillSwitchDialog)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=TIMEOUT_MS)
    assert ("cancels 1 open order(s) and closes 1 position(s) at market on “Paper”, then "
            "halts trading") in dialog.summary.text()
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT_MS)
    assert dialog.report.done and dialog.table.rowCount() == 2
    assert {dialog.table.item(r, 3).text() for r in range(2)} == {"yes"}
    assert dialog.summary.text().startswith("Done: every order canceled")
    assert aio.run(client.risk_status(account)).state is TradingState.HALTED
    dialog.close()


def test_order_entry_sizes_by_percent_of_equity_and_by_risk_to_the_stop(qtbot, window, aio):
    panel = ready(qtbot, window)
    panel.form.set_side(Side.BUY)
    panel.sizing.set_mode("pct", 10.0)
    panel.sizing.button.click()
    qtbot.waitUntil(lambda: panel.form.amount.text() != "", timeout=TIMEOUT_MS)
    units = float(panel.form.amount.text().replace(",", ""))
    price = panel.tick.last
    assert 0.9 * 1000 / price < units <= 1000 / price  # 10 % of 10,000 USDT
    assert "Amount set to" in panel.sizing.message.text()
    # Risk sizing without a stop is refused beside the sizing row.
    panel.sizing.set_mode("risk", 1.0)
    panel.sizing.button.click()
    qtbot.waitUntil(lambda: "needs the stop-loss as a price" in panel.sizing.message.text(),
                    timeout=TIMEOUT_MS)
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert "filled" in wait_result(qtbot, panel, "filled", "Rejected")
