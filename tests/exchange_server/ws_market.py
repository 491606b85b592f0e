"""Binance's public market streams for the test peer: diff depth, partial depth and trades.

Binance keeps a book update id per symbol. The REST snapshot (/api/v3/depth) carries it as
`lastUpdateId`; each `depthUpdate` event names the ids it covers (`U` first, `u` last), so a
client applies only what follows its snapshot: events with `u <= lastUpdateId` are dropped, the
first one applied has `U <= lastUpdateId + 1 <= u`, every later one `U == previous u + 1`.
ccxt.pro binance checks exactly these rules and resynchronises on a gap. Binance batches the
changes of 100 ms (`@100ms`) or 1 s into one event; here each change is one event at once, which
a client cannot tell apart from a quiet market.

Stream names: `<symbol>@depth[@100ms|@1000ms]` (diff), `<symbol>@depth<5|10|20>[@100ms]`
(partial book: the top levels with `lastUpdateId`, on subscribing and on every change) and
`<symbol>@trade`. Public trades are also served over REST as /api/v3/aggTrades (ccxt's
fetch_trades), the polling fallback of the trades stream.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.core import OrderBook
from tests.exchange_server.market_data import SymbolSpec, fmt

FIRST_UPDATE_ID = 1000
PARTIAL_LEVELS = (5, 10, 20)
TRADES_KEPT = 1000


@dataclass(slots=True, frozen=True)
class StreamName:
    symbol_id: str  # "BTCUSDT"
    kind: str  # "ticker", "diff_depth", "partial_depth", "trade" or "" (unknown)
    levels: int = 0  # partial depth only


def parse_stream(name: str) -> StreamName:
    symbol, _, rest = name.partition("@")
    parts = rest.split("@")
    head = parts[0]
    speed_ok = len(parts) == 1 or (len(parts) == 2 and parts[1] in ("100ms", "1000ms"))
    if head == "depth" and speed_ok:
        return StreamName(symbol.upper(), "diff_depth")
    if head.startswith("depth") and head[5:].isdigit() and speed_ok \
            and int(head[5:]) in PARTIAL_LEVELS:
        return StreamName(symbol.upper(), "partial_depth", int(head[5:]))
    if rest in ("ticker", "trade"):
        return StreamName(symbol.upper(), rest)
    return StreamName(symbol.upper(), "")


class MarketFeed:
    """Book update ids and diffs, and the public trade tape, per symbol."""

    def __init__(self, specs: dict[str, SymbolSpec], book: Callable[[str], OrderBook]) -> None:
        self._specs = specs
        self._book_of = book  # symbol id -> the server's whole book now
        self._books = {symbol_id: book(symbol_id) for symbol_id in specs}
        self._update_ids = dict.fromkeys(specs, FIRST_UPDATE_ID)
        self._trades: dict[str, list[dict]] = {symbol_id: [] for symbol_id in specs}
        self._trade_seq = 0

    def update_id(self, symbol_id: str) -> int:
        return self._update_ids[symbol_id]

    def book_changed(self, symbol_id: str, now_ms: int) -> dict | None:
        """The `depthUpdate` event from the last published book to the current one; None when
        nothing changed (Binance sends no empty diffs)."""
        before, after = self._books[symbol_id], self._book_of(symbol_id)
        bids = _diff(before.bids, after.bids)
        asks = _diff(before.asks, after.asks)
        if not bids and not asks:
            return None
        self._books[symbol_id] = after
        first = self._update_ids[symbol_id] + 1
        # One id per changed level, as Binance counts them: U..u spans the event.
        last = first + len(bids) + len(asks) - 1
        self._update_ids[symbol_id] = last
        tick = self._specs[symbol_id].tick
        return {"e": "depthUpdate", "E": now_ms, "s": symbol_id, "U": first, "u": last,
                "b": [[fmt(p, tick), fmt(q)] for p, q in bids],
                "a": [[fmt(p, tick), fmt(q)] for p, q in asks]}

    def snapshot(self, symbol_id: str, levels: int) -> dict:
        """REST /api/v3/depth and the partial depth stream: the top levels and their id."""
        book, tick = self._books[symbol_id], self._specs[symbol_id].tick
        return {"lastUpdateId": self._update_ids[symbol_id],
                "bids": [[fmt(p, tick), fmt(q)] for p, q in book.bids[:levels]],
                "asks": [[fmt(p, tick), fmt(q)] for p, q in book.asks[:levels]]}

    def record_trade(self, symbol_id: str, price: float, amount: float, buyer_maker: bool,
                     ts: int) -> dict:
        """A print on the public tape; returns its `trade` stream event."""
        self._trade_seq += 1
        spec = self._specs[symbol_id]
        event = {"e": "trade", "E": ts, "s": symbol_id, "t": self._trade_seq,
                 "p": fmt(price, spec.tick), "q": fmt(amount, spec.step), "T": ts,
                 "m": buyer_maker, "M": True}
        tape = self._trades[symbol_id]
        tape.append(event)
        del tape[:-TRADES_KEPT]
        return event

    def agg_trades(self, symbol_id: str, limit: int) -> list[dict]:
        """REST /api/v3/aggTrades: the newest prints, oldest first (one print per aggregate)."""
        return [{"a": t["t"], "p": t["p"], "q": t["q"], "f": t["t"], "l": t["t"], "T": t["T"],
                 "m": t["m"], "M": True} for t in self._trades[symbol_id][-limit:]]


def _diff(before: tuple[tuple[float, float], ...],
          after: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
    """Changed levels; a level that is gone is sent with quantity 0, as Binance does."""
    old, new = dict(before), dict(after)
    changed = [(price, qty) for price, qty in after if old.get(price) != qty]
    changed += [(price, 0.0) for price in old if price not in new]
    return changed
