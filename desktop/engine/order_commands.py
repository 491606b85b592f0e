"""The trader's commands on top of placing and canceling: modify (cancel/replace), cancel all,
flatten and reverse. A mixin of `OrderManager`, whose place/cancel/journal it uses."""

from __future__ import annotations

import contextlib
import math
from dataclasses import replace

from desktop.core import (
    InvalidOrder,
    Market,
    Order,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
)
from desktop.core.messages import marker
from desktop.engine import order_checks
from desktop.engine.order_ids import new_client_order_id

_t = marker("Orders")

EPS = 1e-12


class OrderCommands:
    async def modify(self, account_id: str, order_id: str, price: float | None = None,
                     amount: float | None = None, *, protective: bool = False) -> Order:
        """A new price and/or amount (the amount still to fill). Venues without a native edit
        (every one today) get cancel/replace: the old order is canceled first, then a new one
        with a new client order id is placed for what the old one left unfilled; the old
        order's reason names its replacement."""
        if price is None and amount is None:
            raise InvalidOrder(_t("Give a new price or a new amount."))
        venue = self._venue(account_id)
        old = self._find(account_id, order_id)
        if old.status.is_final:
            raise InvalidOrder(_t("This order is no longer open."))
        if old.emulated or not old.type.modifiable:
            raise InvalidOrder(_t("A {type} order cannot be modified: cancel it and place a "
                                  "new one.", type=old.type.value.replace("_", " ")))
        market = await self._market(venue, old.symbol)
        new_id = new_client_order_id()
        new_price = price if price is not None else old.price
        new_stop = old.stop_price
        if old.type.needs_stop_price and not old.type.needs_price and price is not None:
            new_price, new_stop = None, price
        request = OrderRequest(old.symbol, old.side, old.type,
                               old.remaining if amount is None else amount, price=new_price,
                               stop_price=new_stop, time_in_force=old.time_in_force,
                               reduce_only=old.reduce_only,
                               client_order_id=new_id, account=account_id)
        # Check the replacement before touching the old order: a refused new price must
        # leave the order working, not canceled. (The balance is checked at placement,
        # once the old order's reservation is released.)
        checked = order_checks.validated(market, request, math.nan, None)
        if self.risk is not None:  # HALTED refuses modifications; limits see the new order
            # `protective`: a position rule moving a stop it protects (passes like an exit leg).
            await self.guard(account_id, venue, market, replace(checked, client_order_id=new_id),
                             math.nan, replacing=True, leg=protective)
        canceled = await self.cancel(account_id, old.client_order_id,
                                     reason=_t("Replaced by order {id}.", id=new_id))
        left = canceled.remaining if amount is None else amount
        if canceled.status is OrderStatus.FILLED or left <= market.amount_step / 2:
            raise InvalidOrder(_t("The order filled before it could be modified."))
        return await self.place(account_id, replace(request, amount=left),
                                risk_checked=True)

    async def cancel_all(self, account_id: str, symbol: str | None = None) -> list[Order]:
        out = []
        for order in list(self.journal.open_orders(account_id)):
            if (symbol and order.symbol != symbol) or order.parent_id:
                continue  # legs go with their parent
            with contextlib.suppress(OrderNotFound):
                out.append(await self.cancel(account_id, order.client_order_id))
        return out

    async def flatten(self, account_id: str, symbol: str, *, protective: bool = False) -> Order:
        """A market order that closes the position in `symbol` (`protective`: sent by a
        position rule, it passes the guard like an exit leg)."""
        venue = self._venue(account_id)
        market = await self._market(venue, symbol)
        amount = await self._closable(account_id, market)
        if amount == 0:
            raise InvalidOrder(_t("There is no {symbol} position to close.", symbol=symbol))
        side = Side.SELL if amount > 0 else Side.BUY
        request = OrderRequest(symbol, side, OrderType.MARKET, abs(amount),
                               reduce_only=market.contract)
        return await self.place(account_id, request,
                                risk_checked="leg" if protective else False)

    async def reverse(self, account_id: str, symbol: str) -> Order:
        """A market order for twice the position: a long becomes an equal short. Spot markets
        cannot be shorted; there it is refused with that reason."""
        venue = self._venue(account_id)
        market = await self._market(venue, symbol)
        if not market.contract:
            raise InvalidOrder(_t("{symbol} is a spot market: a position can be closed but "
                                  "not reversed into a short.", symbol=symbol))
        amount = await self._closable(account_id, market)
        if amount == 0:
            raise InvalidOrder(_t("There is no {symbol} position to reverse.",
                                  symbol=symbol))
        side = Side.SELL if amount > 0 else Side.BUY
        request = OrderRequest(symbol, side, OrderType.MARKET,
                               market.round_amount(abs(amount) * 2))
        return await self.place(account_id, request)

    async def _closable(self, account_id: str, market: Market) -> float:
        """The signed position to close: the journal's, and on spot never more than the base
        currency actually free (a fee in base, or coins moved away)."""
        books = self._books.get(account_id)
        position = books.book(account_id, market.symbol).amount if books else 0.0
        if not market.contract and position > 0:
            free = await self._free(account_id, fresh=True) or {}
            position = min(position, free.get(market.base, 0.0))
        return math.copysign(market.round_amount(abs(position)), position) \
            if abs(position) > EPS else 0.0
