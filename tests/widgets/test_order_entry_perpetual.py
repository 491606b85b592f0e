"""The order entry on a perpetual of the first-launch paper account (the demo market's
BTC/USDT:USDT): leverage and margin mode shown and sent to the venue, the preview's margin used
and liquidation price from desktop.margin, a refused change said and undone, the keyboard
commands; a spot symbol shows none of it."""

from __future__ import annotations

import pytest

from desktop.core import MarginMode, OrderType, Side
from desktop.margin import brackets_for, initial_margin, liquidation_price
from tests.widgets.test_order_entry import TIMEOUT_MS, ready, wait_result

PERP = "BTC/USDT:USDT"


def settings(aio, window, panel):
    return aio.run(window.ctx.client.trade_margin_settings(panel.account_id, PERP))


def test_leverage_margin_mode_and_the_margin_preview(window, aio, qtbot):
    panel = ready(qtbot, window)
    assert panel.margin_row.isHidden() and panel.preview.values["margin"].isHidden()
    assert panel.set_symbol(PERP)
    assert not panel.margin_row.isHidden()
    assert not panel.preview.values["liquidation"].isHidden()
    qtbot.waitUntil(lambda: panel.margin_row.shown_for == PERP, timeout=TIMEOUT_MS)
    assert panel.margin_row.value() == (1.0, MarginMode.CROSS)

    panel.margin_row.leverage.setValue(10)  # as typed: sent to the paper venue
    qtbot.waitUntil(lambda: settings(aio, window, panel)[0] == 10.0, timeout=TIMEOUT_MS)
    wait_result(qtbot, panel, "10×")
    panel.margin_row.mode.setCurrentIndex(1)
    panel.margin_row.modeChosen.emit(MarginMode.ISOLATED.value)
    qtbot.waitUntil(lambda: settings(aio, window, panel)[1] is MarginMode.ISOLATED,
                    timeout=TIMEOUT_MS)

    panel.form.set_side(Side.SELL)
    panel.form.type.setCurrentIndex(panel.form.type.findData(OrderType.LIMIT))
    panel.form.amount.setText("0.02")
    panel.form.price.setText("50000")
    panel.refresh()
    margin = initial_margin(0.02, 50_000.0, 10.0)
    liquidation = liquidation_price(brackets_for(PERP), -0.02, 50_000.0, margin)
    assert panel.preview.text("margin") == f"{margin:.2f} USDT"
    tick = panel.market().price_tick
    shown = float(panel.preview.text("liquidation").replace(",", ""))
    assert shown == pytest.approx(liquidation, abs=tick) and shown > 50_000.0

    # the keyboard command: one more ×
    window.ctx.actions.trigger("trade.leverage_up")
    qtbot.waitUntil(lambda: settings(aio, window, panel)[0] == 11.0, timeout=TIMEOUT_MS)
    assert panel.margin_row.leverage.maximum() == 125
    panel.set_symbol("BTC/USDT")
    assert panel.margin_row.isHidden() and panel.preview.values["margin"].isHidden()
    window.ctx.actions.trigger("trade.margin_mode")
    wait_result(qtbot, panel, "not a perpetual")
