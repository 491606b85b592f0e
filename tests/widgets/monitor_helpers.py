"""Shared steps of the monitor and chart-line tests: the first-launch paper account on the
demo market, orders placed through the real client."""

from __future__ import annotations

import asyncio

from desktop.core import (
    ConnectionState,
    InvalidOrder,
    Order,
    OrderRequest,
    OrderType,
    RiskRejected,
    Side,
)


async def _paper_account(client) -> str:
    while True:
        accounts = await client.accounts()
        for account in accounts:
            if account.is_paper and account.state is ConnectionState.CONNECTED:
                return account.id
        await asyncio.sleep(0.05)


def paper_account(aio, client) -> str:
    return aio.run(_paper_account(client), timeout=30)


def last_price(aio, client, symbol: str = "BTC/USDT") -> float:
    tick = aio.run(client.last_tick("demo", symbol))
    return tick.last


def place(aio, client, account: str, symbol: str, side: Side, kind: OrderType,
          amount: float, price: float | None = None, stop: float | None = None) -> Order:
    market = next(m for m in aio.run(client.trade_markets(account)) if m.symbol == symbol)
    request = OrderRequest(
        symbol, side, kind, market.round_amount(amount),
        price=None if price is None else market.round_price(price),
        stop_price=None if stop is None else market.round_price(stop),
    )

    async def send() -> Order:
        # A paper account that has just connected fills market orders once its price
        # source has sent the symbol's first price: wait for that, not for a fixed time.
        for _ in range(500):
            try:
                return await client.trade_place(account, request)
            except (InvalidOrder, RiskRejected) as exc:
                # Before that price the venue says "No price", or the risk guard (when a
                # limit needs the order's value) refuses with code "no_price".
                if "No price" not in str(exc) and getattr(exc, "code", "") != "no_price":
                    raise
                await asyncio.sleep(0.02)
        return await client.trade_place(account, request)

    return aio.run(send(), timeout=30)


def panel(window, kind: str):
    return window.docks.dock(kind).widget()
