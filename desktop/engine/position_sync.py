"""Derivatives positions as the exchange holds them, brought into the engine.

The journal's fills give every account a position book (desktop.accounting): amount, entry and
realised P&L. An exchange's margined position carries more — leverage, margin mode, initial and
maintenance margin, margin ratio, liquidation price — and only the exchange knows it for sure
(a liquidation or a change made on its website happened there first). So after every
reconciliation (on connect and on every reconnect) and after each burst of fills, a live
account whose venue reports positions (`fetch_positions`, `fetch_margin`: CcxtVenue on Binance
USDⓈ-M) publishes them as `PositionEvent`s, with the book's realised P&L and fees, and its
margin state as a `MarginEvent`. A position the books hold that the exchange no longer has is
published flat, and the difference is logged: the exchange is right about what is held.
Paper perpetual accounts are read the same way from the paper venue (desktop/venues/paper).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core import DerivativePosition, Event, MarginEvent, PositionEvent

if TYPE_CHECKING:
    from desktop.accounting import PositionBooks
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)


async def margined(venue: Venue) -> bool:
    """The venue reports positions and trades a margined market."""
    if getattr(venue, "fetch_positions", None) is None:
        return False
    return any(m.kind.has_margin for m in await venue.load_markets())


async def sync_positions(venue: Venue, account_id: str, books: PositionBooks,
                         publish: Callable[[Event], None]) -> list[DerivativePosition]:
    """Publish the exchange's positions and margin of `account_id`; returns the positions."""
    positions = await venue.fetch_positions()  # type: ignore[attr-defined]
    held = {p.symbol for p in positions}
    out = []
    for position in positions:
        book = books.book(account_id, position.symbol, venue.name)
        if not math.isclose(book.amount, position.amount, rel_tol=1e-9, abs_tol=1e-12):
            log.warning("%s %s: the exchange holds %g, the journal's fills %g; showing the "
                        "exchange's", venue.name, position.symbol, position.amount, book.amount)
        position = replace(position, account=account_id, realized_pnl=book.realized_pnl,
                           fees=book.fees)
        out.append(position)
        publish(PositionEvent(position))
    markets = {m.symbol: m for m in await venue.load_markets()}
    for symbol, amount in books.amounts(account_id).items():
        market = markets.get(symbol)
        if symbol in held or market is None or not market.kind.has_margin:
            continue
        log.warning("%s %s: the journal's fills hold %g, the exchange nothing; shown flat",
                    venue.name, symbol, amount)
        book = books.book(account_id, symbol, venue.name)
        publish(PositionEvent(DerivativePosition(
            symbol, 0.0, math.nan, realized_pnl=book.realized_pnl, fees=book.fees,
            venue=venue.name, account=account_id)))
    margin = await venue.fetch_margin()  # type: ignore[attr-defined]
    if margin is not None:
        publish(MarginEvent(replace(margin, account=account_id)))
    return out
