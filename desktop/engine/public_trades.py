"""Public prints of exchange markets on the bus, for the time and sales dock.

The demo market and replays print on their own (`TradeTape` in each feed). An exchange
account's venue prints only while someone follows a market: `follow` starts one
subscription per (account, symbol) — `Venue.watch_trades`, pushed over the exchange's
socket or polled with `fetch_trades` where it has none (the venue decides) — and publishes
each print as a coalesced `TradeEvent` stamped with the account's label, like its ticks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace

from desktop.core import PregaoError, Trade
from desktop.core.messages import marker
from desktop.engine.bus import EventBus
from desktop.venues.base import Stream, Venue
from desktop.venues.trade_tape import TradeTape

_t = marker("Accounts")

log = logging.getLogger(__name__)


class PublicTrades:
    def __init__(self, bus: EventBus, venue_of: Callable[[str], Venue],
                 label_of: Callable[[str], str]) -> None:
        self._bus = bus
        self._venue_of = venue_of
        self._label_of = label_of
        self._tasks: dict[tuple[str, str], asyncio.Task] = {}
        self._followers: dict[tuple[str, str], int] = {}
        self._tapes: dict[str, TradeTape] = {}

    def follow(self, account_id: str, symbol: str) -> str:
        """Start (or join) the prints of `symbol` on the account's exchange; returns the venue
        name its `TradeEvent`s carry. PregaoError when the exchange has no public trades."""
        venue = self._venue_of(account_id)
        if Stream.TRADES not in venue.capabilities.streams:
            raise PregaoError(_t("“{label}” offers no public trades.",
                                 label=self._label_of(account_id)))
        name = self._label_of(account_id)
        key = (account_id, symbol)
        self._followers[key] = self._followers.get(key, 0) + 1
        task = self._tasks.get(key)
        if task is None or task.done():
            self._tasks[key] = asyncio.create_task(self._pump(venue, name, symbol),
                                                   name=f"trades-{name}-{symbol}")
        return name

    def unfollow(self, account_id: str, symbol: str) -> None:
        """One follower less; the subscription ends with the last."""
        key = (account_id, symbol)
        left = self._followers.get(key, 0) - 1
        if left > 0:
            self._followers[key] = left
            return
        self._followers.pop(key, None)
        task = self._tasks.pop(key, None)
        if task is not None:
            task.cancel()

    def recent(self, name: str, symbol: str) -> list[Trade]:
        tape = self._tapes.get(name)
        return tape.recent(symbol) if tape is not None else []

    async def stop(self) -> None:
        tasks = list(self._tasks.values())
        self._tasks.clear()
        self._followers.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _pump(self, venue: Venue, name: str, symbol: str) -> None:
        tape = self._tapes.setdefault(name, TradeTape(name))
        try:
            async for trade in venue.watch_trades(symbol):
                self._bus.publish(tape.append(replace(trade, symbol=symbol, venue=name)))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the venue closed or refused: the dock stays, the log says
            log.warning("Public trades of %s on %s stopped: %s", symbol, name, exc)
