"""The newest public prints of each symbol of a feed, published as coalesced `TradeEvent`s.

A feed appends every print it makes or receives; `event()` is what it publishes. The UI
bridge keeps only the newest event per symbol between two flushes (at most 30 a second),
so each event repeats the last `TAPE_DEPTH` prints: a view takes those after the sequence
number it last saw and misses none unless a symbol prints more than that within one flush
interval (the demo market prints at most 10 a second per symbol).
"""

from __future__ import annotations

from collections import deque

from desktop.core import Trade, TradeEvent

TAPE_DEPTH = 256


class TradeTape:
    """Per-symbol rings of the newest prints with a running count."""

    def __init__(self, venue: str, depth: int = TAPE_DEPTH) -> None:
        self.venue = venue
        self._depth = depth
        self._rings: dict[str, deque[Trade]] = {}
        self._counts: dict[str, int] = {}

    def append(self, trade: Trade) -> TradeEvent:
        """Keep `trade` and return the event that publishes it."""
        symbol = trade.symbol
        ring = self._rings.get(symbol)
        if ring is None:
            ring = self._rings[symbol] = deque(maxlen=self._depth)
        ring.append(trade)
        self._counts[symbol] = self._counts.get(symbol, 0) + 1
        return self.event(symbol)

    def event(self, symbol: str) -> TradeEvent:
        ring = self._rings.get(symbol, ())
        return TradeEvent(self.venue, symbol, self._counts.get(symbol, 0), tuple(ring))

    def recent(self, symbol: str) -> list[Trade]:
        """The kept prints of `symbol`, oldest first."""
        return list(self._rings.get(symbol, ()))
