"""Keyboard trading: buy/sell at market, at the bid/ask, cancel all, flatten, reverse, the
leverage and margin mode of a perpetual, and the one-click mode, as commands of the action
registry (menus, shortcuts, palette).

They act on the order entry dock's account, symbol and amount. Each asks for confirmation
when the Settings say so for the kind of account (live: on by default, paper: off), unless
one-click mode is on; that mode shows itself in the dock and in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.core import Side
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.order_entry.margin_row import step_leverage, switch_margin_mode
from widgets.order_entry.panel import BANNER_STYLE, ONE_CLICK_KEY, OrderEntryPanel

ONE_CLICK_ACTION = "trade.one_click"


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


def install_order_entry_commands(ctx: AppContext, docks: DockManager) -> None:
    def panel() -> OrderEntryPanel:
        dock = docks.open_panel("order_entry", area=Qt.DockWidgetArea.LeftDockWidgetArea)
        return dock.widget()

    commands: tuple[tuple[str, str, str, str, str, Callable[[OrderEntryPanel], object]], ...] = (
        ("trade.buy_market", _t("Buy at market"), "Alt+Shift+B", "buy",
         _t("Buy the order entry's amount of its symbol at market"),
         lambda p: p.market_order(Side.BUY)),
        ("trade.sell_market", _t("Sell at market"), "Alt+Shift+S", "sell",
         _t("Sell the order entry's amount of its symbol at market"),
         lambda p: p.market_order(Side.SELL)),
        ("trade.buy_bid", _t("Buy at the bid"), "Alt+Shift+D", "buy_bid",
         _t("A limit buy of the order entry's amount at the best bid"),
         lambda p: p.order_at_touch(Side.BUY)),
        ("trade.sell_ask", _t("Sell at the ask"), "Alt+Shift+A", "sell_ask",
         _t("A limit sell of the order entry's amount at the best ask"),
         lambda p: p.order_at_touch(Side.SELL)),
        ("trade.cancel_all", _t("Cancel all orders of the symbol"), "Alt+Shift+K", "cancel_all",
         _t("Cancel every open order of the order entry's symbol and account"),
         lambda p: p.cancel_all()),
        ("trade.cancel_all_symbols", _t("Cancel all orders on all symbols"), "Alt+Shift+X",
         "cancel_all", _t("Panic key: cancel every open order of the order entry's account, "
                          "every symbol (always asks first)"),
         lambda p: p.cancel_all_symbols()),
        ("trade.flatten", _t("Flatten the order entry's position"), "Alt+Shift+F", "flatten",
         _t("Close the position in the order entry's symbol at market"),
         lambda p: p.flatten()),
        ("trade.reverse", _t("Reverse the order entry's position"), "Alt+Shift+R", "reverse",
         _t("Turn the position in the order entry's symbol to the other side at market"),
         lambda p: p.reverse()),
        ("trade.leverage_up", _t("Raise the leverage"), "Alt+Shift+Up", "leverage_up",
         _t("One more × of leverage on the order entry's perpetual symbol"),
         lambda p: step_leverage(p, 1)),
        ("trade.leverage_down", _t("Lower the leverage"), "Alt+Shift+Down", "leverage_down",
         _t("One less × of leverage on the order entry's perpetual symbol"),
         lambda p: step_leverage(p, -1)),
        ("trade.margin_mode", _t("Switch cross / isolated margin"), "Alt+Shift+I",
         "margin_mode", _t("Switch the order entry's perpetual symbol between cross and "
                           "isolated margin"),
         lambda p: switch_margin_mode(p)),
    )
    for command_id, label, key, icon_name, tooltip, run in commands:
        ctx.actions.register(command_id, label, lambda r=run: r(panel()), shortcut=key,
                             icon_name=icon_name, menu="trade", tooltip=tooltip)

    note = QLabel(_t("One-click trading"))
    note.setObjectName("oneClickNote")
    note.setStyleSheet(BANNER_STYLE.replace("padding: 5px 8px", "padding: 1px 6px"))
    note.setToolTip(_t("Orders go out without confirmation; the “One-click trading” command "
                       "turns it off"))
    window = docks.parent()
    if isinstance(window, QMainWindow):
        window.statusBar().addPermanentWidget(note)

    def set_one_click(on: bool) -> None:
        ctx.settings.setValue(ONE_CLICK_KEY, bool(on))
        note.setVisible(bool(on))
        for p in docks.panels("order_entry"):
            p.set_one_click(on)
        ctx.statusMessage.emit(_t("One-click trading on: orders go out without confirmation")
                               if on else _t("One-click trading off"), 4000)

    action = ctx.actions.register(
        ONE_CLICK_ACTION, _t("One-click trading"), set_one_click, shortcut="Alt+Shift+O",
        icon_name="one_click", menu="trade", checkable=True,
        tooltip=_t("Send orders from the order entry and the keyboard without confirmation"))
    on = bool(ctx.settings.value(ONE_CLICK_KEY, False, type=bool))
    action.setChecked(on)
    note.setVisible(on)
