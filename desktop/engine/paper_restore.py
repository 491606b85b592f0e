"""A paper account's holdings after a restart: its starting cash moved by every journaled fill.

The paper matching engine keeps its state in memory, so a restarted paper venue would start
from the starting balance again while the journal (and the positions booked from it) remember
every trade. Seeding the venue with the balances the journaled fills leave makes the two agree:
what was bought is still held, what it cost is still spent. Open paper orders come back on top
(paper_keeper.py), holding their funds again.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core import Fill, Side

DUST = 1e-12


def is_derivative(symbol: str) -> bool:
    """ccxt's unified form names a derivative's settlement: "BTC/USDT:USDT"."""
    return ":" in symbol


def balances_after_fills(start: dict[str, float], fills: Iterable[Fill]) -> dict[str, float]:
    """Fees are paid in `fill.fee_currency` (the quote currency when empty). Fills of
    derivatives move no base currency: the paper venue books them again itself
    (`MatchingEngine.restore_positions`)."""
    out = dict(start)
    for fill in fills:
        if is_derivative(fill.symbol):
            continue
        base, _, quote = fill.symbol.partition("/")
        quote = quote.split(":", 1)[0]  # "BTC/USDT:USDT" settles in USDT
        sign = 1.0 if fill.side is Side.BUY else -1.0
        out[base] = out.get(base, 0.0) + sign * fill.amount
        out[quote] = out.get(quote, 0.0) - sign * fill.amount * fill.price
        fee_currency = fill.fee_currency or quote
        out[fee_currency] = out.get(fee_currency, 0.0) - fill.fee
    return {currency: amount for currency, amount in out.items() if abs(amount) > DUST}
