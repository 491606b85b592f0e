"""The engine's risk-book service: gathers an account's holdings, prices and history on the
engine loop, and computes the heatmap dock's numbers (book_analytics) on a worker thread.

Holdings are what the account is exposed to: on spot markets the balances of every currency
that trades against the account's quote currency (what a spot account really owns, whoever
bought it), on derivative markets the open positions. Prices come from the account's venue;
history from the market-data feed the account is priced by (the demo market, a replay) or,
for exchange accounts, from the venue's hourly candles, kept for a few minutes.

Several docks asking at once share one computation, and a result is reused for a second:
the dock polls, and a burst of polls must not become a burst of computations.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from desktop.core import Balance, Fill, Market, PregaoError, Side, VenueError
from desktop.core.messages import marker
from desktop.core.risk_book import RiskBook
from desktop.risk.book_analytics import (
    BookInputs,
    Holding,
    PricePanel,
    align_panel,
    analyse_book,
    hourly_closes,
)
from desktop.risk.stress import HOUR_MS

_t = marker("RiskBook")

if TYPE_CHECKING:
    from desktop.engine.engine import Engine
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)

REUSE_S = 1.0  # a result this fresh is handed out again
VENUE_HISTORY_TTL_S = 600.0  # exchange candles are fetched again after this long
VENUE_HISTORY_DAYS = 90  # how far back exchange candles are fetched (stress windows)
MAX_OVERVIEW_SYMBOLS = 12  # with nothing held, the correlation of this many markets
QUOTES = ("USDT", "USDC", "USD", "EUR", "BRL", "BTC")
WINDOWS_DAYS = (1, 7, 30, 90)
LEVELS = (0.95, 0.99)
DAY_MS = 24 * HOUR_MS


class RiskBookService:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._recent: dict[tuple[str, int, float], tuple[float, RiskBook]] = {}
        self._running: dict[tuple[str, int, float], asyncio.Task[RiskBook]] = {}
        self._venue_history: dict[tuple[str, str], tuple[float, np.ndarray, np.ndarray]] = {}

    async def report(self, account_id: str, window_days: int = 30,
                     level: float = 0.99) -> RiskBook:
        if window_days not in WINDOWS_DAYS:
            raise PregaoError(_t("The window must be one of {windows} days",
                                 windows=WINDOWS_DAYS))
        if level not in LEVELS:
            raise PregaoError(_t("The confidence level must be 95 % or 99 %"))
        key = (account_id, window_days, level)
        recent = self._recent.get(key)
        if recent is not None and time.monotonic() - recent[0] < REUSE_S:
            return recent[1]
        task = self._running.get(key)
        if task is None:
            task = asyncio.create_task(self._compute(account_id, window_days, level))
            self._running[key] = task
            task.add_done_callback(lambda _t: self._running.pop(key, None))
        book = await asyncio.shield(task)
        self._recent[key] = (time.monotonic(), book)
        return book

    async def _compute(self, account_id: str, window_days: int, level: float) -> RiskBook:
        inputs = await self.gather(account_id, window_days, level)
        # A few thousand rows of numpy and a Ledoit–Wolf fit: off the loop, which carries
        # every price of the terminal.
        return await asyncio.to_thread(analyse_book, inputs)

    # -- inputs (engine loop) -------------------------------------------------------------------

    async def gather(self, account_id: str, window_days: int, level: float) -> BookInputs:
        accounts = await self._engine.service("accounts")
        orders = await self._engine.service("orders")
        venue: Venue = accounts.venue(account_id)
        markets = {m.symbol: m for m in await venue.load_markets()}
        balances: list[Balance] = await orders.balances(account_id)
        quote = main_quote(balances, markets)
        now = int(time.time() * 1000)
        held = self._held(balances, orders.positions(account_id), markets, quote)
        marks = {symbol: await self._mark(venue, symbol) for symbol in held}
        cash = sum(b.total for b in balances if b.currency == quote)
        equity = cash
        for symbol, (amount, contract, entry) in held.items():
            price = marks[symbol]
            if math.isnan(price):
                continue
            # A spot holding is worth its price; a contract position its unrealised P&L.
            equity += amount * (price - entry) if contract else amount * price
        fills = _fills_today(orders.fills(account_id), now)
        liquidation = await self._liquidation_prices(venue)
        holdings = tuple(
            replace(_holding(symbol, venue.name, amount, marks[symbol], fills.get(symbol, []),
                             markets[symbol]),
                    liquidation_price=liquidation.get(symbol, math.nan))
            for symbol, (amount, _contract, _entry) in held.items()
            if not math.isnan(marks[symbol])
        )
        anchor = f"BTC/{quote}" if f"BTC/{quote}" in markets else ""
        symbols = [h.symbol for h in holdings]
        if not symbols:  # nothing held: the correlation of the account's markets
            # Spot markets only: a perpetual moves with its spot twin (a correlation of 1).
            symbols = [s for s, m in markets.items() if m.quote == quote and not m.contract]
            symbols = symbols[:MAX_OVERVIEW_SYMBOLS]
        if anchor and anchor not in symbols:
            symbols.append(anchor)
        panel = await self._panel(venue, symbols, now)
        return BookInputs(account_id, quote, now, equity, holdings, panel, anchor, level,
                          window_days)

    @staticmethod
    def _held(balances: list[Balance], positions: list, markets: dict[str, Market],
              quote: str) -> dict[str, tuple[float, bool, float]]:
        """symbol -> (signed amount, is a contract, entry price)."""
        held: dict[str, tuple[float, bool, float]] = {}
        for b in balances:
            symbol = f"{b.currency}/{quote}"
            if b.currency != quote and b.total and symbol in markets \
                    and not markets[symbol].contract:
                held[symbol] = (b.total, False, 0.0)
        for p in positions:
            market = markets.get(p.symbol)
            if p.amount and market is not None and market.contract:
                held[p.symbol] = (p.amount, True, p.entry_price)
        return held

    @staticmethod
    async def _liquidation_prices(venue: Venue) -> dict[str, float]:
        """symbol -> liquidation price of the account's margined positions, from a venue
        that reports derivatives positions (`fetch_positions`); empty for the others."""
        fetch = getattr(venue, "fetch_positions", None)
        if fetch is None:
            return {}
        try:
            positions = await fetch()
        except VenueError as err:
            log.info("No positions from %s now: %s", venue.name, err)
            return {}
        return {p.symbol: float(getattr(p, "liquidation_price", math.nan)) for p in positions}

    @staticmethod
    async def _mark(venue: Venue, symbol: str) -> float:
        try:
            return (await venue.fetch_ticker(symbol)).last
        except VenueError as err:
            log.info("No price for %s on %s now: %s", symbol, venue.name, err)
            return math.nan

    async def _panel(self, venue: Venue, symbols: list[str], now: int) -> PricePanel:
        source = getattr(getattr(venue, "config", None), "price_source", "")
        series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for symbol in symbols:
            if source and source in self._engine.venues():
                try:
                    candles = self._engine.history(source, symbol)
                except PregaoError:
                    continue
                series[symbol] = hourly_closes(candles, now)
            else:
                with contextlib.suppress(VenueError):
                    series[symbol] = await self._exchange_hours(venue, symbol, now)
            await asyncio.sleep(0)  # one symbol at a time: the loop keeps its prices flowing
        return align_panel(series)

    async def _exchange_hours(self, venue: Venue, symbol: str,
                              now: int) -> tuple[np.ndarray, np.ndarray]:
        key = (venue.name, symbol)
        cached = self._venue_history.get(key)
        if cached is not None and time.monotonic() - cached[0] < VENUE_HISTORY_TTL_S:
            return cached[1], cached[2]
        since = now - VENUE_HISTORY_DAYS * DAY_MS
        ts: list[np.ndarray] = []
        closes: list[np.ndarray] = []
        while since < now:
            page = await venue.fetch_ohlcv(symbol, "1h", since_ms=since, until_ms=now)
            if len(page) == 0:
                break
            ts.append(np.asarray(page.ts, dtype=np.int64))
            closes.append(np.asarray(page.close, dtype=float))
            since = int(page.ts[-1]) + HOUR_MS
        t = np.concatenate(ts) if ts else np.empty(0, np.int64)
        c = np.concatenate(closes) if closes else np.empty(0)
        t, c = t[t + HOUR_MS <= now], c[t + HOUR_MS <= now]
        self._venue_history[key] = (time.monotonic(), t, c)
        return t, c


def main_quote(balances: list[Balance], markets: dict[str, Market]) -> str:
    """The currency the account's equity is counted in: a stablecoin it holds, or the
    quote currency it holds most of."""
    quotes = {m.quote for m in markets.values()}
    for preferred in QUOTES:
        if preferred in quotes and any(b.currency == preferred for b in balances):
            return preferred
    held = [b for b in balances if b.currency in quotes]
    return max(held, key=lambda b: b.total).currency if held else "USDT"


def _fills_today(fills: list[Fill], now_ms: int) -> dict[str, list[Fill]]:
    midnight = now_ms - now_ms % DAY_MS
    out: dict[str, list[Fill]] = {}
    for f in fills:
        if f.ts >= midnight:
            out.setdefault(f.symbol, []).append(f)
    return out


def _holding(symbol: str, venue: str, amount: float, mark: float, fills: list[Fill],
             market: Market) -> Holding:
    """The holding, and what today's fills changed: the amount held at midnight and the
    money they brought in (a buy pays, a sell receives, fees are paid)."""
    bought = 0.0
    cash = 0.0
    for f in fills:
        sign = 1.0 if f.side is Side.BUY else -1.0
        bought += sign * f.amount
        cash -= sign * f.amount * f.price
        if f.fee_currency == market.base:
            bought -= f.fee  # a spot buy's fee is often taken from what was bought
        else:
            cash -= f.fee
    return Holding(symbol, venue, amount, mark, amount - bought, cash)
