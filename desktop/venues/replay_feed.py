"""Replay of a candle file as a live market: paper trading and strategy practice on real prices.

`ReplayFeed` plays one symbol's candles in file order. Inside each candle it emits a few ticks
along a plausible path (open -> low -> high -> close for a rising candle, open -> high -> low
-> close for a falling one) so the forming candle builds up as it would live, then a closed
`BarEvent` carrying exactly the file's candle (OHLCV identical, timestamps the file's).

The replay's "1m" history is the file's own timeframe: a 5m file replays 5m candles, and
`history_1m` / `BarEvent`s carry them unchanged. Candles play back to back; gaps in the file
(minutes without trades) are not waited out. At speed 1x a candle takes its real duration
(a 1m candle 60 s); speeds up to 1000x are allowed.

Control methods (`pause`, `resume`, `step`, `set_speed`) only set state, so any thread may call
them; the running `run()` picks changes up within `CONTROL_POLL_S` and publishes a
`ReplayStateEvent` whenever position, speed or the paused state change.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from typing import TYPE_CHECKING

import numpy as np

from desktop.core import (
    Bar,
    BarEvent,
    BookEvent,
    Candles,
    Market,
    MarketKind,
    MarkPriceEvent,
    OrderBook,
    ReplayStateEvent,
    Side,
    Tick,
    TickEvent,
    Trade,
)
from desktop.core.timeframes import MINUTE_MS
from desktop.fills import intrabar
from desktop.venues.demo_rolling import Rolling24h, typical_quote_volume
from desktop.venues.feed import Clock, Publish, sleep_on, system_clock
from desktop.venues.trade_tape import TradeTape

if TYPE_CHECKING:  # candle_files loads pandas: a replay of a candle file does not need it
    from desktop.data.candle_files import Trades

MIN_SPEED = 1.0
MAX_SPEED = 1000.0
TICKS_PER_CANDLE = 13  # open, 3 legs of 4 steps: the path's corners fall exactly on ticks
CONTROL_POLL_S = 0.1  # the longest a pause, step or speed change waits to take effect
STEPS_PER_YIELD = 100  # candles stepped between two yields to the loop (a few ms of work)
BOOK_LEVELS = 20
DAY_MS = 86_400_000


class ReplayFeed:
    """A `MarketFeed` (venue "replay") that plays `candles` of one `symbol`."""

    venue = "replay"

    def __init__(
        self,
        candles: Candles,
        symbol: str,
        market: Market | None = None,
        speed: float = 1.0,
        clock: Clock | None = None,
        start_index: int | None = None,
        trades: Trades | None = None,
        funding: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> None:
        if len(candles) == 0:
            raise ValueError(f"Nothing to replay: the candles for {symbol} are empty")
        self._candles = candles
        self._symbol = symbol
        # A perpetual's funding series (times, rates) from the file's funding_rate column:
        # each rate goes out as a MarkPriceEvent just before the first tick at its time.
        self._funding = funding
        self._announced = -1  # the last candle whose funding times went out
        self._total = len(candles)
        self._market = market or infer_market(candles, symbol, self.venue)
        self._clock: Clock = clock or system_clock
        self._timeframe_ms = _timeframe_ms(candles)
        self._speed = _checked_speed(speed)
        # By default a tenth of the file is already "history", so the chart opens with context.
        start = self._total // 10 if start_index is None else int(start_index)
        if not 0 <= start <= self._total:
            raise ValueError(f"start_index must be between 0 and {self._total}, got {start}")
        self._position = start
        self._paused = False
        self._pending_steps = 0
        self._running = False
        self._rng = np.random.default_rng(0)  # book sizes only; prices come from the file
        #: Each tick of the path prints the file's trades of its stretch of the candle (a
        #: trades file), or an equal share of the candle's volume (a candle file).
        self.tape = TradeTape(self.venue)
        self._trades = trades
        window = max(1, DAY_MS // self._timeframe_ms - 1)
        self._rolling = Rolling24h(window)
        played = candles.slice(max(0, start - window), start)
        for open_price, quote in zip(
            played.open.tolist(), typical_quote_volume(played).tolist(), strict=True
        ):
            self._rolling.push(open_price, quote)
        self._path: list[float] = []
        self._ticks_done = 0  # of the candle at `position`
        self._progress_ms = 0.0  # file time elapsed inside the candle at `position`
        self._forming: Bar | None = None
        self._last_price = float(candles.close[start - 1] if start else candles.open[0])
        self._book = self._make_book(self._last_price, True, self._reference_ts())
        self._last_tick: Tick | None = self._make_tick(self._last_price, self._book, 0.0, 0.0)

    # -- state and control ------------------------------------------------------------------

    @property
    def position(self) -> int:
        """Number of candles played (closed) so far; the candle forming now has this index."""
        return self._position

    @property
    def total(self) -> int:
        return self._total

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def timeframe_ms(self) -> int:
        return self._timeframe_ms

    def pause(self) -> None:
        self._paused = True

    def resume(self) -> None:
        if self._position < self._total:
            self._paused = False

    def step(self, n: int = 1) -> None:
        """Pause, then finish the forming candle and play n - 1 more at once."""
        if n < 1:
            raise ValueError(f"step needs a positive number of candles, got {n}")
        self._paused = True
        self._pending_steps += int(n)

    def set_speed(self, speed: float) -> None:
        self._speed = _checked_speed(speed)

    # -- snapshots (MarketFeed) -------------------------------------------------------------

    def _check(self, symbol: str) -> None:
        if symbol != self._symbol:
            raise KeyError(f"This replay plays {self._symbol}, not {symbol!r}")

    def markets(self) -> list[Market]:
        return [self._market]

    def history_1m(self, symbol: str) -> Candles:
        """The candles played so far, in the file's own timeframe."""
        self._check(symbol)
        return self._candles.slice(0, self._position)

    def forming_bar(self, symbol: str) -> Bar | None:
        self._check(symbol)
        return self._forming

    def order_book(self, symbol: str) -> OrderBook:
        self._check(symbol)
        return self._book

    def last_tick(self, symbol: str) -> Tick | None:
        self._check(symbol)
        return self._last_tick

    def recent_trades(self, symbol: str) -> list[Trade]:
        self._check(symbol)
        return self.tape.recent(symbol)

    # -- the stream -------------------------------------------------------------------------

    async def run(self, publish: Publish) -> None:
        if self._running:
            raise RuntimeError("ReplayFeed.run is already running")
        self._running = True
        published_state: tuple | None = None
        try:
            while True:
                if self._pending_steps:
                    self._play_steps(publish, STEPS_PER_YIELD)
                if self._position >= self._total:
                    self._paused = True
                state = (self._position, self._speed, self._paused)
                if state != published_state:
                    publish(self._state_event())
                    published_state = state
                if self._pending_steps:
                    await asyncio.sleep(0)  # a big jump must not freeze the engine's loop
                    continue
                if self._paused:
                    await sleep_on(self._clock, CONTROL_POLL_S)
                    continue
                self._play_due(publish)
                if self._position >= self._total or self._pending_steps:
                    continue
                remaining_ms = self._next_offset_ms() - self._progress_ms
                wait_s = min(CONTROL_POLL_S, max(0.0, remaining_ms) / 1000.0 / self._speed)
                started = self._clock()
                await sleep_on(self._clock, wait_s)
                if not self._paused:
                    self._progress_ms += (self._clock() - started) * 1000.0 * self._speed
        finally:
            self._running = False

    def _next_offset_ms(self) -> float:
        """File time inside the candle of its next tick, or of its close after the last tick."""
        return self._ticks_done * self._timeframe_ms / TICKS_PER_CANDLE

    def _play_due(self, publish: Publish) -> None:
        # A sleep that overran (or a big speed) makes several ticks due at once.
        while self._position < self._total and not self._pending_steps:
            if self._progress_ms + 1e-6 < self._next_offset_ms():
                return
            if self._ticks_done < TICKS_PER_CANDLE:
                self._emit_path_tick(publish)
            else:
                self._close_candle(publish)
                return

    def _play_steps(self, publish: Publish, limit: int) -> None:
        steps = min(self._pending_steps, limit)
        self._pending_steps -= steps
        for n in range(steps):
            if self._position >= self._total:
                break
            if n == steps - 1 or self._position == self._total - 1:
                # Only the last candle of a batch shows its close as a tick: quotes of
                # candles skipped over would be replaced before anyone could see them.
                self._ensure_path()
                self._ticks_done = TICKS_PER_CANDLE - 1
                self._emit_path_tick(publish)
            self._close_candle(publish)
            self._progress_ms = 0.0

    def _ensure_path(self) -> None:
        if self._ticks_done == 0:
            self._path = _intrabar_path(self._candles, self._position, self._market)

    def _emit_path_tick(self, publish: Publish) -> None:
        self._ensure_path()
        k = self._ticks_done
        i = self._position
        c = self._candles
        price = self._path[k]
        if self._funding is not None:
            self._announce_funding(publish, i)
        if k == TICKS_PER_CANDLE - 1:
            bar = self._file_bar(i)
        else:
            seen = self._path[: k + 1]
            volume = float(c.volume[i]) * (k + 1) / TICKS_PER_CANDLE
            bar = Bar(int(c.ts[i]), self._path[0], max(seen), min(seen), price, volume)
        rising = price >= self._last_price
        self._last_price = price
        tick_ts = int(c.ts[i]) + int(k * self._timeframe_ms / TICKS_PER_CANDLE)
        self._forming = bar
        self._book = self._make_book(price, rising, tick_ts)
        self._last_tick = self._make_tick(price, self._book, bar.volume * price, bar.open)
        self._ticks_done = k + 1
        publish(TickEvent(self._last_tick))
        publish(BookEvent(self._book))
        self._print(publish, i, k, price, rising, tick_ts)
        publish(BarEvent(self._symbol, bar, False, self.venue))

    def _print(self, publish: Publish, i: int, k: int, price: float, rising: bool,
               tick_ts: int) -> None:
        c, m = self._candles, self._market
        if self._trades is not None:
            t = self._trades
            start = int(c.ts[i]) + k * self._timeframe_ms // TICKS_PER_CANDLE
            end = int(c.ts[i]) + (k + 1) * self._timeframe_ms // TICKS_PER_CANDLE
            lo, hi = np.searchsorted(t.ts, [start, end], side="left")
            for j in range(int(lo), int(hi)):
                side = Side.BUY if t.side[j] > 0 else Side.SELL
                publish(self.tape.append(Trade(self._symbol, int(t.ts[j]), float(t.price[j]),
                                               float(t.amount[j]), side, venue=self.venue)))
            return
        # Prints share the candle's volume on the amount grid and add up to it exactly.
        volume_i = float(c.volume[i])
        done = m.round_amount(volume_i * k / TICKS_PER_CANDLE, "nearest")
        upto = volume_i if k == TICKS_PER_CANDLE - 1 else m.round_amount(
            volume_i * (k + 1) / TICKS_PER_CANDLE, "nearest")
        share = m.round_amount(upto - done, "nearest")
        if share > 0:
            side = Side.BUY if rising else Side.SELL
            publish(self.tape.append(Trade(self._symbol, tick_ts, price, share, side,
                                           venue=self.venue)))

    def _announce_funding(self, publish: Publish, i: int) -> None:
        """The funding times from the previous candle's open to this one's (the paper venue
        pays each at the first price at or after it)."""
        if self._announced >= i:
            return
        self._announced = i
        times, rates = self._funding
        now = int(self._candles.ts[i])
        before = int(self._candles.ts[i - 1]) if i else now - self._timeframe_ms
        lo, hi = np.searchsorted(times, [before, now], side="right")
        for t, rate in zip(times[lo:hi].tolist(), rates[lo:hi].tolist(), strict=True):
            publish(MarkPriceEvent(self._symbol, now - 1, math.nan, rate, int(t),
                                   venue=self.venue))

    def _close_candle(self, publish: Publish) -> None:
        i = self._position
        if self._funding is not None:
            self._announce_funding(publish, i)  # a candle stepped over without ticks
        bar = self._file_bar(i)
        typical = (bar.open + bar.high + bar.low + bar.close) / 4.0
        self._rolling.push(bar.open, bar.volume * typical)
        self._position = i + 1
        self._ticks_done = 0
        # Time a late wake-up overran into the next candle belongs to it (at most one candle,
        # so a stalled loop does not turn into a burst).
        self._progress_ms = min(
            max(0.0, self._progress_ms - self._timeframe_ms), float(self._timeframe_ms)
        )
        self._forming = None
        publish(BarEvent(self._symbol, bar, True, self.venue))

    def _file_bar(self, i: int) -> Bar:
        c = self._candles
        return Bar(
            int(c.ts[i]),
            float(c.open[i]),
            float(c.high[i]),
            float(c.low[i]),
            float(c.close[i]),
            float(c.volume[i]),
        )

    def _state_event(self) -> ReplayStateEvent:
        return ReplayStateEvent(
            self._symbol,
            self._position,
            self._total,
            self._speed,
            self._paused,
            self._reference_ts(),
            self._timeframe_ms,
        )

    def _reference_ts(self) -> int:
        i = min(self._position, self._total - 1)
        return int(self._candles.ts[i])

    # -- synthetic quotes around the file's prices ------------------------------------------

    def _make_book(self, price: float, rising: bool, ts: int) -> OrderBook:
        """A one-tick spread with the trade at the side it hit, and a book of plausible depth
        scaled to the candle's volume."""
        tick = self._market.price_tick
        bid, ask = (price - tick, price) if rising else (price, price + tick)
        bid, ask = self._market.round_price(bid), self._market.round_price(ask)
        if bid <= 0:
            bid, ask = price, price + tick
        i = min(self._position, self._total - 1)
        typical_level = max(float(self._candles.volume[i]) / TICKS_PER_CANDLE, 0.0)
        depth = np.arange(BOOK_LEVELS)
        sizes = (
            typical_level * (0.3 + 0.1 * depth) * self._rng.lognormal(0.0, 0.4, (2, BOOK_LEVELS))
        )
        step = self._market.amount_step
        sizes = np.maximum(np.round(sizes / step) * step, step).round(12)
        bid_prices = [self._market.round_price(bid - k * tick) for k in range(BOOK_LEVELS)]
        ask_prices = [self._market.round_price(ask + k * tick) for k in range(BOOK_LEVELS)]
        bids = tuple((p, s) for p, s in zip(bid_prices, sizes[0].tolist(), strict=True) if p > 0)
        asks = tuple(zip(ask_prices, sizes[1].tolist(), strict=True))
        return OrderBook(self._symbol, ts, bids, asks, self.venue)

    def _make_tick(
        self, price: float, book: OrderBook, forming_quote: float, forming_open: float
    ) -> Tick:
        return Tick(
            symbol=self._symbol,
            ts=book.ts,
            last=price,
            bid=book.best_bid,
            ask=book.best_ask,
            bid_size=book.bids[0][1] if book.bids else 0.0,
            ask_size=book.asks[0][1],
            volume_24h=self._rolling.volume(forming_quote),
            change_24h_pct=self._rolling.change_pct(price, forming_open or price),
            venue=self.venue,
        )


def _intrabar_path(candles: Candles, i: int, market: Market) -> list[float]:
    o, h, lo, c = (
        float(candles.open[i]),
        float(candles.high[i]),
        float(candles.low[i]),
        float(candles.close[i]),
    )
    corners = intrabar.bar_path(o, h, lo, c)  # the path the paper venue and backtester assume
    legs = len(corners) - 1
    per_leg = (TICKS_PER_CANDLE - 1) // legs
    path = [o]
    for a, b in itertools.pairwise(corners):
        for s in range(1, per_leg + 1):
            if s == per_leg:
                path.append(b)  # corners exact: the forming candle ends equal to the file's
            else:
                p = market.round_price(a + (b - a) * s / per_leg)
                path.append(min(h, max(lo, p)))
    return path


def _checked_speed(speed: float) -> float:
    speed = float(speed)
    if not (MIN_SPEED <= speed <= MAX_SPEED):
        raise ValueError(
            f"Replay speed must be between {MIN_SPEED:g}x and {MAX_SPEED:g}x, got {speed:g}x"
        )
    return speed


def _timeframe_ms(candles: Candles) -> int:
    """The file's candle length: the most common spacing (gaps do not change it)."""
    if len(candles) < 2:
        return MINUTE_MS
    steps, counts = np.unique(np.diff(candles.ts), return_counts=True)
    return int(steps[np.argmax(counts)])


def _grid_step(values: np.ndarray, max_decimals: int = 10) -> float:
    """The coarsest power-of-ten grid all `values` lie on, as far as float noise allows.

    The noise is that of a decimal read into a float (about 1e-16 of the value), so the
    tolerance is relative at 1e-9: a looser one took 60000.12 for a multiple of 0.1 and
    0.05123456 (BTC-quoted) for a multiple of 1e-7."""
    sample = values[np.isfinite(values)][:5000]
    for decimals in range(max_decimals + 1):
        scaled = sample * 10.0**decimals
        if np.all(np.abs(scaled - np.round(scaled)) <= 1e-9 * np.maximum(1.0, np.abs(scaled))):
            return 10.0**-decimals
    return 10.0**-max_decimals


def infer_market(candles: Candles, symbol: str, venue: str = "replay") -> Market:
    """A Market for a file that came without one: precision is what the data itself shows."""
    pair = symbol.split(":")[0]
    base, _, quote = pair.partition("/")
    prices = np.concatenate([candles.open, candles.high, candles.low, candles.close])
    amount_step = _grid_step(candles.volume)
    return Market(
        symbol=symbol,
        base=base,
        quote=quote,
        price_tick=_grid_step(prices),
        amount_step=amount_step,
        min_amount=amount_step,
        venue=venue,
        # "XRP/USDT:USDT": ccxt's form of a linear (USDT-settled) perpetual.
        kind=MarketKind.LINEAR_PERPETUAL if ":" in symbol else MarketKind.SPOT,
    )


__all__ = ["MAX_SPEED", "MIN_SPEED", "ReplayFeed", "infer_market"]
