"""The order entry dock's commands on what is already out there: move an open order (the
order book's drag), cancel all of a symbol or of every symbol (the panic key), flatten and
reverse a position. Each asks first per the confirmation settings (the panic key always).

A mixin of OrderEntryPanel: it uses the panel's account, symbol, markets, `confirm_then`,
`show_result` and the `_await` that shows the engine's answer under the button.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core import Order
from widgets.order_entry.sentences import move_question


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


class AccountCommands:
    """Commands of OrderEntryPanel that act on orders and positions already out there."""

    def move_order(self, order: Order, price: float) -> None:
        """The order book's drag: an open order's limit price moved to `price`, asked
        first per the same setting as every order."""
        market = self.markets.get(order.symbol)
        if market is not None:
            price = market.round_price(price)
        info = self.accounts.get(order.account)
        text = move_question(order, price, market, info.label if info else order.account,
                             self.fmt)
        order_id = order.id or order.client_order_id

        def run() -> None:
            awaitable = self.ctx.client.trade_modify(order.account, order_id, price=price)
            self.sent += 1
            self.show_result(_t("Sending…"))
            self.ctx.spawn(self._await(awaitable, self._order_sentence))

        self.confirm_then(text, run)

    def cancel_all(self) -> None:
        symbol = self.symbol
        self._command(_t("Cancel every open order of {symbol} on “{account}”?"),
                      lambda a: self.ctx.client.trade_cancel_all(a, symbol),
                      lambda orders: _t("Canceled {n} open orders of {symbol}.").format(
                          n=len(orders), symbol=symbol))

    def cancel_all_symbols(self) -> None:
        """The panic key: every open order of the account, every symbol; always asked."""
        self._command(_t("Cancel every open order on every symbol of “{account}”?"),
                      lambda a: self.ctx.client.trade_cancel_all(a, None),
                      lambda orders: _t("Canceled {n} open orders on all symbols.").format(
                          n=len(orders)), always_ask=True)

    def flatten(self) -> None:
        if self.refuse_on_chart_conflict():  # it would close at another feed's price
            return
        symbol = self.symbol
        self._command(_t("Close the whole {symbol} position on “{account}” at market?"),
                      lambda a: self.ctx.client.trade_flatten(a, symbol), self._order_sentence)

    def reverse(self) -> None:
        if self.refuse_on_chart_conflict():
            return
        symbol = self.symbol
        self._command(_t("Reverse the {symbol} position on “{account}” at market?"),
                      lambda a: self.ctx.client.trade_reverse(a, symbol), self._order_sentence)

    def _command(self, question: str, call: Callable[[str], Awaitable[Any]],
                 sentence: Callable[[Any], str], always_ask: bool = False) -> None:
        info = self.account()
        if info is None or not self.loaded:
            self.show_result(_t("Choose an account and a symbol first."), error=True)
            return
        account_id = info.id
        text = question.format(symbol=self.symbol, account=info.label)

        def run() -> None:
            awaitable = call(account_id)
            self.sent += 1
            self.ctx.spawn(self._await(awaitable, sentence))

        self.confirm_then(text, run, always_ask)
