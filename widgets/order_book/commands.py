"""DOM trading commands: buy or sell at the ladder's cursor, pick an own order, move it to
the cursor. A click or a drag in the ladder runs the same commands.

Each hands the level to the order entry dock (`order_at_price`, `move_order`): the order
uses its account and amount, and goes through its validation, the engine's risk guard and
the confirmation setting of keyboard trading; nothing here builds an order of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core import Side
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.order_book.panel import (
    BUY_AT_CURSOR,
    DOM_COMMANDS,
    MOVE_ORDER,
    SELECT_ORDER,
    SELL_AT_CURSOR,
    OrderBookPanel,
)
from widgets.order_entry import OrderEntryPanel


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderBook", text)


def install_order_book_commands(ctx: AppContext, docks: DockManager) -> None:
    linked: set[int] = set()  # order entry panels whose answers the book repeats

    def book() -> OrderBookPanel:
        return docks.show_panel("order_book")

    def entry(panel: OrderBookPanel) -> OrderEntryPanel | None:
        built = docks.panels("order_entry")
        target: OrderEntryPanel = built[0] if built else docks.open_panel(
            "order_entry", area=Qt.DockWidgetArea.LeftDockWidgetArea).widget()
        if id(target) not in linked:
            linked.add(id(target))
            target.resultShown.connect(
                lambda text, error: [p.show_message(text, error)
                                     for p in docks.panels("order_book")])
        if target.loaded and not target.priced_by(panel.venue, panel.symbol):
            panel.show_message(_t("The order entry's account is priced by another market than "
                                  "this book ({venue}): nothing was sent.").format(
                                      venue=panel.venue), error=True)
            return None
        if not target.set_symbol(panel.symbol):
            panel.show_message(_t("The order entry's account does not trade {symbol}: "
                                  "nothing was sent.").format(symbol=panel.symbol), error=True)
            return None
        return target

    def at_cursor(side: Side) -> None:
        panel = book()
        level = panel.view.cursor_level()
        if level is None:
            panel.show_message(_t("Put the cursor on a level first (click it, or ↑/↓)."),
                               error=True)
            return
        target = entry(panel)
        if target is not None:
            target.order_at_price(side, level.price)

    def select_order() -> None:
        panel = book()
        if panel.view.select_at_cursor() is None:
            panel.show_message(_t("None of your orders is at the cursor's level."),
                               error=True)
        else:
            panel.show_message(_t("Order picked: move the cursor and press M to move it."))

    def move_order() -> None:
        panel = book()
        order, level = panel.view.selected, panel.view.cursor_level()
        if order is None or level is None:
            panel.show_message(_t("Pick one of your orders first (Space on its level)."),
                               error=True)
            return
        if order.price is not None and abs(level.price - order.price) < 1e-12:
            return
        target = entry(panel)
        if target is not None:
            target.move_order(order, level.price)

    reg = ctx.actions.register
    reg(BUY_AT_CURSOR, _t("Buy at the order book's cursor"), lambda: at_cursor(Side.BUY),
        shortcut="B", icon_name="buy", menu="trade",
        tooltip=_t("A limit buy of the order entry's amount at the ladder's cursor level"))
    reg(SELL_AT_CURSOR, _t("Sell at the order book's cursor"), lambda: at_cursor(Side.SELL),
        shortcut="S", icon_name="sell", menu="trade",
        tooltip=_t("A limit sell of the order entry's amount at the ladder's cursor level"))
    reg(SELECT_ORDER, _t("Pick my order at the order book's cursor"), select_order,
        shortcut="Space", icon_name="modify_order", menu="trade",
        tooltip=_t("Pick your open order at the cursor's level, to move it with the keyboard"))
    reg(MOVE_ORDER, _t("Move the picked order to the order book's cursor"), move_order,
        shortcut="M", icon_name="modify_order", menu="trade",
        tooltip=_t("Move the picked order's limit price to the cursor's level"))
    for command_id in DOM_COMMANDS:
        # Plain keys: they must act only in the ladder (the dock adds them to it), never
        # while the trader types or works elsewhere.
        ctx.actions.action(command_id).setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
