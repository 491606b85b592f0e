"""A bot's way to the engine: what it needs (`OrderPort`), the one bound to its account
(`AccountPort`), and the lookup of its strategy class."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Protocol

from desktop.core import Market, Order, OrderRequest, PregaoError, VenueError
from desktop.core.messages import marker
from strategies.base import Strategy

_t = marker("Bots")

if TYPE_CHECKING:
    from desktop.engine.bots.service import BotService


def resolve_strategy(name: str, strategies_dir: str = "") -> type[Strategy]:
    """A strategy class by built-in id, user strategy id or FILE.py[:Class]."""
    from pathlib import Path

    from desktop.backtest.cli import UsageError
    from desktop.backtest.cli import resolve_strategy as resolve

    try:
        return resolve(name, Path(strategies_dir) if strategies_dir else None)
    except UsageError as exc:
        raise PregaoError(str(exc).removeprefix("--strategy: ")) from None


class OrderPort(Protocol):
    """What a bot needs of the engine (the service binds it to the bot's account)."""

    async def place(self, request: OrderRequest) -> Order: ...

    async def cancel(self, order_id: str) -> Order: ...

    async def market(self, symbol: str) -> Market: ...

    async def last_price(self, symbol: str) -> float:
        """The venue's last traded price where asking costs nothing (a paper venue), else
        NaN: the bot then uses its last candle's close (no request on the way to an order)."""
        ...

    async def free(self, currency: str) -> float: ...

    async def leverage(self, symbol: str) -> float:
        """The account's leverage on a margined (perpetual) market; 1.0 elsewhere."""
        ...


class AccountPort:
    """A bot's way to the order manager, bound to its account."""

    def __init__(self, service: BotService, account_id: str) -> None:
        self._service = service
        self._account = account_id
        self._is_paper: bool | None = None

    async def place(self, request: OrderRequest) -> Order:
        return await self._service.orders.place(self._account, request)

    async def cancel(self, order_id: str) -> Order:
        return await self._service.orders.cancel(self._account, order_id,
                                                 reason=_t("Canceled by its bot."))

    async def market(self, symbol: str) -> Market:
        return await self._service.market(self._account, symbol)

    async def last_price(self, symbol: str) -> float:
        if not self._paper():
            return math.nan  # a request to the exchange on every order: the candle will do
        try:
            venue = self._service.accounts.venue(self._account)
            return float((await venue.fetch_ticker(symbol)).last)
        except VenueError:
            return math.nan

    async def free(self, currency: str) -> float:
        """Free balance: a paper venue's own (exact, no request), else the order manager's
        copy (refreshed after every fill and order change)."""
        if self._paper():
            balances = await self._service.accounts.venue(self._account).fetch_balances()
        else:
            balances = await self._service.orders.balances(self._account)
        for balance in balances:
            if balance.currency == currency:
                return float(balance.free)
        return 0.0

    async def leverage(self, symbol: str) -> float:
        """A paper account's own leverage setting; 1.0 where it cannot be asked for free."""
        if self._paper():
            engine = getattr(self._service.accounts.venue(self._account), "engine", None)
            if engine is not None:
                return float(engine.leverage(symbol))
        return 1.0

    def _paper(self) -> bool:
        if self._is_paper is None:
            self._is_paper = self._service.accounts.account(self._account).is_paper
        return self._is_paper
