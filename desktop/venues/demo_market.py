"""The embedded demo market: six correlated crypto pairs with history and a live tick stream.

It is what the terminal shows on a machine with no network and no keys. `DemoMarket` builds
`days` of one-minute history per symbol when constructed (vectorised, tens of milliseconds),
ending with the minute before the current one, and `run()` continues the same process tick by
tick in wall-clock time, so the chart's last candle grows seamlessly out of the history.

Everything is a function of the seed: the same seed and `now_ms` give the same history, and
with a `VirtualClock` the same tick sequence. With the real clock the sequence is the same as
long as the loop keeps up; after a long stall (a sleeping laptop) the missed minutes are
generated as whole candles instead of replaying every tick (at most a day of them; an older
stretch stays a gap in the history, as it would for a terminal that was switched off).
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, replace

import numpy as np

from desktop.core import (
    Bar,
    BarEvent,
    BookEvent,
    Candles,
    Market,
    OrderBook,
    Side,
    Tick,
    TickEvent,
    Trade,
)
from desktop.core.timeframes import MINUTE_MS
from desktop.venues.demo_book import BookSizes, quote
from desktop.venues.demo_perpetuals import PerpetualTwin, make_twins
from desktop.venues.demo_process import (
    VOLUME_NOISE_SD,
    ProcessState,
    generate_minutes,
    initial_state,
)
from desktop.venues.demo_rolling import CandleLog, Rolling24h, typical_quote_volume
from desktop.venues.demo_specs import DEMO_SPECS, DemoSymbolSpec
from desktop.venues.demo_ticks import RandomStream, TickProcess
from desktop.venues.feed import Clock, Publish, sleep_on, system_clock
from desktop.venues.trade_tape import TradeTape

MIN_TICK_INTERVAL_MS = 100  # 5 to 10 ticks per second per symbol
MAX_TICK_INTERVAL_MS = 200
TICKS_PER_MINUTE = 2 * MINUTE_MS / (MIN_TICK_INTERVAL_MS + MAX_TICK_INTERVAL_MS)
# Beyond this lag behind the clock, missed minutes are generated whole (see module docstring).
MAX_LAG_MS = MINUTE_MS
# At most this many missed minutes are generated; an older stretch is left as a gap, so a
# feed started with a `now_ms` far in the past cannot stall the loop with months of candles.
MAX_FILL_MINUTES = 1440
# Events handled between two yields to the loop while catching up, so the engine's other
# tasks never wait long behind the feed.
EVENTS_PER_YIELD = 256
WINDOW_24H = 1439  # closed minutes in the 24h window; the forming minute completes it


@dataclass(slots=True)
class _SymbolState:
    spec: DemoSymbolSpec
    market: Market
    log: CandleLog
    rolling: Rolling24h
    sizes: BookSizes
    bar: Bar  # the forming candle; replaced, never mutated, so readers see a consistent bar
    bar_quote: float
    last_tick: Tick
    book: OrderBook
    last_tick_ms: int
    next_tick_ms: int

    def start_bar(self, minute_ms: int, open_price: float) -> None:
        self.bar = Bar(minute_ms, open_price, open_price, open_price, open_price, 0.0)
        self.bar_quote = 0.0


class DemoMarket:
    """A deterministic synthetic market implementing `MarketFeed` (venue "demo")."""

    venue = "demo"

    def __init__(
        self,
        seed: int = 7,
        days: int = 30,
        now_ms: int | None = None,
        clock: Clock | None = None,
    ) -> None:
        if days < 1:
            raise ValueError(f"days must be at least 1, got {days}")
        self._clock: Clock = clock or system_clock
        now_ms = int(self._clock() * 1000) if now_ms is None else int(now_ms)
        minute0 = now_ms - now_ms % MINUTE_MS
        n = int(days) * 1440
        history_seed, live_seed, book_seed = np.random.SeedSequence(seed).spawn(3)
        history_rng = np.random.default_rng(history_seed)
        history, state = generate_minutes(
            DEMO_SPECS,
            initial_state(DEMO_SPECS, history_rng),
            minute0 - n * MINUTE_MS,
            n,
            history_rng,
        )
        self._live_rng = np.random.default_rng(live_seed)
        self._draws = RandomStream(self._live_rng)
        self._process = TickProcess(DEMO_SPECS, state, minute0, now_ms, self._draws)
        self._symbols: list[_SymbolState] = []
        self._index: dict[str, int] = {}
        for j, (spec, candles, rng) in enumerate(
            zip(DEMO_SPECS, history, book_seed.spawn(len(DEMO_SPECS)), strict=True)
        ):
            self._index[spec.symbol] = j
            self._symbols.append(self._new_symbol(j, spec, candles, rng, minute0, now_ms))
        self._running = False
        #: Every tick is a print (a buyer lifting the offer or a seller hitting the bid).
        self.tape = TradeTape(self.venue)
        # Linear perpetual twins of some symbols (demo_perpetuals.py): spot symbol -> twin.
        self._twins = make_twins({s.spec.symbol: s.market for s in self._symbols}, seed)
        self._twin_of = {t.symbol: t for t in self._twins.values()}
        for twin in self._twins.values():
            twin.last_ms = now_ms

    def _new_symbol(
        self,
        j: int,
        spec: DemoSymbolSpec,
        candles: Candles,
        seed: np.random.SeedSequence,
        minute0: int,
        now_ms: int,
    ) -> _SymbolState:
        rolling = Rolling24h(WINDOW_24H)
        recent = candles.slice(max(0, len(candles) - WINDOW_24H), len(candles))
        for open_price, quote_volume in zip(
            recent.open.tolist(), typical_quote_volume(recent).tolist(), strict=True
        ):
            rolling.push(open_price, quote_volume)
        sizes = BookSizes(spec, np.random.default_rng(seed))
        last_close = float(candles.close[-1])
        bid, ask = quote(spec, last_close, self._process.volatility_ratio(j))
        book = sizes.book(bid, ask, now_ms, self.venue)
        tick = Tick(
            symbol=spec.symbol,
            ts=now_ms,
            last=last_close,
            bid=bid,
            ask=ask,
            bid_size=book.bids[0][1],
            ask_size=book.asks[0][1],
            volume_24h=rolling.volume(0.0),
            change_24h_pct=rolling.change_pct(last_close, last_close),
            venue=self.venue,
        )
        return _SymbolState(
            spec=spec,
            market=spec.market(self.venue),
            log=CandleLog(candles),
            rolling=rolling,
            sizes=sizes,
            bar=Bar(minute0, last_close, last_close, last_close, last_close, 0.0),
            bar_quote=0.0,
            last_tick=tick,
            book=book,
            last_tick_ms=now_ms,
            next_tick_ms=now_ms,  # every symbol ticks at once: the minute gets a trade
        )

    # -- snapshots (MarketFeed) -------------------------------------------------------------

    def _symbol(self, symbol: str) -> _SymbolState:
        twin = self._twin_of.get(symbol)
        try:
            return self._symbols[self._index[twin.spot if twin is not None else symbol]]
        except KeyError:
            known = ", ".join([*self._index, *self._twin_of])
            raise KeyError(f"The demo market has no symbol {symbol!r}; it has {known}") from None

    def markets(self) -> list[Market]:
        return [s.market for s in self._symbols] + [t.market for t in self._twins.values()]

    def history_1m(self, symbol: str) -> Candles:
        return self._symbol(symbol).log.view()  # a perpetual twin trades at its index

    def forming_bar(self, symbol: str) -> Bar | None:
        return self._symbol(symbol).bar

    def order_book(self, symbol: str) -> OrderBook:
        book = self._symbol(symbol).book
        twin = self._twin_of.get(symbol)
        return twin.book(book) if twin is not None else book

    def last_tick(self, symbol: str) -> Tick | None:
        tick = self._symbol(symbol).last_tick
        twin = self._twin_of.get(symbol)
        return twin.tick(tick) if twin is not None and tick is not None else tick

    def recent_trades(self, symbol: str) -> list[Trade]:
        """The newest public prints of `symbol`, oldest first (what a tape opens with)."""
        self._symbol(symbol)
        return self.tape.recent(symbol)

    # -- the stream -------------------------------------------------------------------------

    async def run(self, publish: Publish) -> None:
        if self._running:
            raise RuntimeError("DemoMarket.run is already running")
        self._running = True
        try:
            while True:
                now_ms = int(self._clock() * 1000)
                handled = 0
                while True:
                    t_next, j = self._next_event()
                    if t_next > now_ms:
                        break
                    if j < 0:
                        self._close_minute(publish)
                        if now_ms - self._process.minute_ms > MAX_LAG_MS:
                            self._fast_forward(now_ms, publish)
                    else:
                        self._tick(j, t_next, publish)
                    handled += 1
                    if handled % EVENTS_PER_YIELD == 0:
                        await asyncio.sleep(0)
                await sleep_on(self._clock, (t_next - now_ms) / 1000.0)
        finally:
            self._running = False

    def _next_event(self) -> tuple[int, int]:
        """Time of the next event and its symbol index; -1 is the minute boundary, which
        comes first when a tick falls on it (that tick belongs to the new minute)."""
        t, j = self._process.minute_ms + MINUTE_MS, -1
        for i, s in enumerate(self._symbols):
            if s.next_tick_ms < t:
                t, j = s.next_tick_ms, i
        return t, j

    def _tick(self, j: int, t_ms: int, publish: Publish) -> None:
        s = self._symbols[j]
        spec = s.spec
        process = self._process
        draws = self._draws
        change = process.step(j, t_ms)
        mid = process.price(j)
        bid, ask = quote(spec, mid, process.volatility_ratio(j))
        price = ask if change >= 0 else bid  # a rise is a buyer lifting the offer
        dt = max(t_ms - s.last_tick_ms, 1) / MINUTE_MS
        surprise = change / (process.minute_sd(j) * math.sqrt(dt))
        activity = (0.6 + 0.4 * surprise * surprise) * math.exp(
            VOLUME_NOISE_SD * draws.normal() - 0.5 * VOLUME_NOISE_SD**2
        )
        expected = spec.daily_quote_volume / 1440.0 / TICKS_PER_MINUTE / price
        amount = max(spec.amount_step, s.market.round_amount(expected * activity))
        bar = s.bar
        s.bar = Bar(
            bar.ts,
            bar.open,
            max(bar.high, price),
            min(bar.low, price),
            price,
            s.market.round_amount(bar.volume + amount, "nearest"),
        )
        s.bar_quote += amount * price
        s.sizes.evolve()
        s.book = s.sizes.book(bid, ask, t_ms, self.venue)
        s.last_tick = Tick(
            symbol=spec.symbol,
            ts=t_ms,
            last=price,
            bid=bid,
            ask=ask,
            bid_size=s.book.bids[0][1],
            ask_size=s.book.asks[0][1],
            volume_24h=s.rolling.volume(s.bar_quote),
            change_24h_pct=s.rolling.change_pct(price, bar.open),
            venue=self.venue,
        )
        s.last_tick_ms = t_ms
        span = MAX_TICK_INTERVAL_MS - MIN_TICK_INTERVAL_MS
        s.next_tick_ms = t_ms + MIN_TICK_INTERVAL_MS + int(span * draws.uniform())
        publish(TickEvent(s.last_tick))
        publish(BookEvent(s.book))
        side = Side.BUY if change >= 0 else Side.SELL
        trade = Trade(spec.symbol, t_ms, price, amount, side, venue=self.venue)
        publish(self.tape.append(trade))
        publish(BarEvent(spec.symbol, s.bar, False, self.venue))
        twin = self._twins.get(spec.symbol)
        if twin is not None:
            self._tick_twin(twin, s, t_ms, mid, publish)
            publish(self.tape.append(replace(trade, symbol=twin.symbol)))  # it prints there too

    def _tick_twin(self, twin: PerpetualTwin, s: _SymbolState, t_ms: int, index: float,
                   publish: Publish) -> None:
        """The perpetual twin trades where its spot symbol did; its mark and funding rate
        move with its premium."""
        twin.step(t_ms)
        publish(twin.mark_event(t_ms, index, self.venue))
        publish(TickEvent(twin.tick(s.last_tick)))
        publish(BookEvent(twin.book(s.book)))
        publish(BarEvent(twin.symbol, s.bar, False, self.venue))

    def _close_minute(self, publish: Publish) -> None:
        self._process.close_minute()
        minute = self._process.minute_ms
        for s in self._symbols:
            bar = s.bar
            s.log.append(bar)
            s.rolling.push(bar.open, s.bar_quote)
            publish(BarEvent(s.spec.symbol, bar, True, self.venue))
            twin = self._twins.get(s.spec.symbol)
            if twin is not None:
                publish(BarEvent(twin.symbol, bar, True, self.venue))
            s.start_bar(minute, bar.close)

    def _fast_forward(self, now_ms: int, publish: Publish) -> None:
        """Generate the whole minutes between the process and the clock in one go."""
        target = now_ms - now_ms % MINUTE_MS
        first = max(self._process.minute_ms, target - MAX_FILL_MINUTES * MINUTE_MS)
        n = (target - first) // MINUTE_MS
        if n <= 0:
            return
        state: ProcessState = self._process.state([s.bar.open for s in self._symbols])
        candles, state = generate_minutes(DEMO_SPECS, state, first, n, self._live_rng)
        for s, c in zip(self._symbols, candles, strict=True):
            quotes = typical_quote_volume(c).tolist()
            for i, row in enumerate(
                zip(
                    c.ts.tolist(),
                    c.open.tolist(),
                    c.high.tolist(),
                    c.low.tolist(),
                    c.close.tolist(),
                    c.volume.tolist(),
                    strict=True,
                )
            ):
                bar = Bar(*row)
                s.log.append(bar)
                s.rolling.push(bar.open, quotes[i])
                publish(BarEvent(s.spec.symbol, bar, True, self.venue))
                twin = self._twins.get(s.spec.symbol)
                if twin is not None:
                    publish(BarEvent(twin.symbol, bar, True, self.venue))
            s.start_bar(target, float(c.close[-1]))
            s.last_tick_ms = target
            s.next_tick_ms = target  # tick at once: every candle gets at least one trade
        self._process.reset(state, target, target)
