"""One strategy bot: decides on each closed candle and turns its intents into orders.

What it does per closed candle of its timeframe (`on_candle`): append the candle to the
symbol's rolling window (warm-up length, see warmup.py), call `Strategy.decide` on that window
with the bot's own position, and act on the intents with the backtester's meaning:

- ExitIntent: cancel its pending entry and protective orders, close the position at market.
- EntryIntent: ignored on the side already held (no pyramiding), reverses a position on the
  other side; market, limit or stop entry, sized by the backtest's sizing rule; skipped while
  entries are paused, and short entries unless the spec allows them.
- Stop-loss / take-profit / trailing distance (from the entry or a ProtectIntent): placed once
  the entry has filled, as one protective order for the whole position: OCO for a stop and a
  target, a stop-market, a limit at the target, or a trailing stop. The account's venue runs
  them natively where it can; the engine emulates the rest (order_emulation.py).

Every order goes through `OrderPort.place`, the order manager's `place`: validated, journaled
before it is sent, tagged with the bot's id, and checked by whatever pre-trade guard the order
manager applies. The bot's position is booked from its own fills only (other bots and the
trader may trade the same symbol on the same account). Whether it holds one is `held`: a
remainder smaller than the market's smallest order (Market.is_flat) is flat for every decision.

An exception raised by the strategy puts this bot, and only this bot, in ERROR with the
traceback in its log; a refused order is logged and the bot goes on.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
import traceback
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from desktop.accounting import PositionBooks
from desktop.backtest.config import Sizing
from desktop.core import (
    Bar,
    Candles,
    Fill,
    Market,
    Order,
    OrderRequest,
    OrderType,
    PregaoError,
    Side,
    timeframe_ms,
)
from desktop.core.bots import BotInfo, BotPosition, BotSpec, BotState
from desktop.core.messages import formatted, marker, text_of
from desktop.core.types import LIQUIDATION_PREFIX
from desktop.engine.bots.candles import RollingCandles
from desktop.engine.bots.port import OrderPort
from desktop.engine.bots.sizing import TradeStats, entry_units
from desktop.engine.bots.symbol_book import Protection, SymbolBook
from desktop.engine.order_ids import new_client_order_id
from strategies.base import EntryIntent, ExitIntent, PositionView, ProtectIntent, Strategy

_t = marker("Bots")


def _side(side: str) -> str:
    return {"long": _t("long"), "short": _t("short")}.get(str(side), str(side))

log = logging.getLogger(__name__)

LOG_LINES = 2000
# Why each exit happened, as the backtester names it (trades in `pregao paper` use these).
PROTECTIVE_REASON = {OrderType.STOP_MARKET: "stop_loss", OrderType.STOP_LIMIT: "stop_loss",
                     OrderType.TRAILING_STOP: "trailing_stop", OrderType.LIMIT: "take_profit",
                     OrderType.TAKE_PROFIT: "take_profit"}


class BotRunner:
    def __init__(self, bot_id: str, spec: BotSpec, strategy: Strategy, port: OrderPort,
                 publish: Callable[[BotRunner], None], *, state: BotState = BotState.STOPPED,
                 created_ts: int = 0) -> None:
        self.id = bot_id
        self.spec = spec
        self.strategy = strategy
        self.port = port
        self._publish = publish
        self.state = state
        self.created_ts = created_ts
        self.sizing = Sizing.parse(spec.sizing)
        self.timeframe_ms = timeframe_ms(spec.timeframe)
        self.warmup = 0
        self.symbols: dict[str, SymbolBook] = {}
        self.books = PositionBooks()
        self.markets: dict[str, Market] = {}  # its symbols' markets (`held` reads them)
        self.stats = TradeStats()
        self.owned: set[str] = set()  # client ids of its orders (legs included)
        self._venue_ids: dict[str, str] = {}  # venue order id -> client id
        self.purpose: dict[str, str] = {}  # client id -> entry/signal/reverse/end/... (exits)
        self.open: dict[str, Order] = {}  # its orders not final yet
        self.log_lines: deque[str] = deque(maxlen=LOG_LINES)
        self.last_signal = ""
        self.last_signal_ts = 0
        self.shorts_skipped = 0
        self._remembered: dict[str, Any] | None = None  # the memory last stored
        self.error = ""
        self.lock = asyncio.Lock()  # one decision or order sequence at a time
        #: Called with (seconds from candle close to the order's acknowledgement) per order
        #: a decision sent (the scale benchmark reads them).
        self.on_latency: Callable[[float], None] | None = None
        #: Called with (seconds from candle close to the decision and its orders done, CPU
        #: seconds of this thread they took: the rest was waiting for the loop or the CPU).
        #: Also given the engine thread's CPU seconds the decision and its orders took.
        self.on_decided: Callable[[float, float], None] | None = None
        #: Called with each new log line (the service publishes it).
        self.on_log: Callable[[str], None] | None = None
        #: Called when a candle only moved the mark of its position (the service publishes
        #: those at a bounded rate); None: published as any other change.
        self.on_mark: Callable[[BotRunner], None] | None = None
        #: Called after the protection or other memory changed (the service stores it).
        self.on_memory: Callable[[BotRunner], None] | None = None

    # -- warm-up and resume ----------------------------------------------------------------

    def start_warmup(self, window: int, history: dict[str, Candles]) -> None:
        self.warmup = window
        for symbol in self.spec.symbols:
            book = self.symbols.get(symbol)
            rolling = RollingCandles(window)
            rolling.extend(history.get(symbol, Candles.empty()))
            if book is None:
                self.symbols[symbol] = SymbolBook(rolling)
            else:
                book.window = rolling

    def adopt(self, orders: list[Order], fills: list[Fill], memory: dict[str, Any]) -> None:
        """Resume from the journal: its orders and fills, and the protection it remembered.
        Its working protective orders are kept; a held position is never entered again
        (the strategy sees it)."""
        for symbol, levels in memory.get("protection", {}).items():
            book = self.symbols.get(symbol)
            if book is not None:
                book.protection = Protection(levels.get("stop_loss"), levels.get("take_profit"),
                                             levels.get("trail"))
        for order in orders:
            self._own(order)
            if not order.status.is_final:
                self.open[order.client_order_id] = order
        for fill in fills:
            self._book_fill(fill)
        for order in self.open.values():
            book = self.symbols.get(order.symbol)
            if book is None:
                continue
            if self._is_protective(order, book):
                book.protective.add(order.client_order_id)
            elif not order.parent_id:
                book.entry_order = book.entry_id = order.client_order_id
                book.entry_booked = sum(f.amount for f in fills
                                        if f.client_order_id == book.entry_id)

    async def load_markets(self) -> None:
        for symbol in self.spec.symbols:
            await self._market(symbol)

    async def _market(self, symbol: str) -> Market:
        market = self.markets.get(symbol)
        if market is None:
            market = self.markets[symbol] = await self.port.market(symbol)
        return market

    def _flat(self, symbol: str, amount: float) -> bool:
        market = self.markets.get(symbol)
        return amount == 0.0 if market is None else market.is_flat(amount)

    def held(self, symbol: str) -> float:
        """The bot's signed position in `symbol` as it trades it: 0.0 when flat, and when
        what is left is less than any order can trade (dust: shown, never acted on)."""
        amount = self.books.book(self.id, symbol).amount
        return 0.0 if self._flat(symbol, amount) else amount

    def memory(self) -> dict[str, Any]:
        return {"protection": {s: b.protection.to_json() for s, b in self.symbols.items()
                               if b.protection.any()}}

    # -- candles -----------------------------------------------------------------------------

    async def on_candle(self, symbol: str, bar: Bar, received: float | None = None) -> None:
        """A closed candle of the bot's timeframe. `received`: perf_counter() when the candle
        closed (latency is measured from it)."""
        book = self.symbols.get(symbol)
        if book is None or not book.window.append(bar):
            return
        self.books.mark(symbol, bar.close, self.id)
        if self.state not in (BotState.RUNNING, BotState.ENTRIES_PAUSED):
            return
        received = time.perf_counter() if received is None else received
        # The thread's CPU clock is a system call (~10 µs): read only when someone measures.
        cpu = time.thread_time() if self.on_decided is not None else 0.0
        async with self.lock:
            window = book.window.window()
            try:
                intents = self.strategy.decide(window, self._position_view(symbol, window))
            except Exception as exc:
                self.fail(exc)
                return
            if intents:
                await self._act(symbol, intents, window, bar, received)
        if self.on_decided is not None:
            self.on_decided(time.perf_counter() - received, time.thread_time() - cpu)
        if intents:
            self._publish(self)  # a signal
        elif self.held(symbol):  # a new mark of its position
            (self.on_mark or self._publish)(self)

    def fail(self, exc: BaseException) -> None:
        """The strategy raised: this bot stops with the traceback in its log."""
        self.state = BotState.ERROR
        self.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
        self.write_log(formatted(
            "{lead}\n{trace}",
            lead=_t("Stopped by an error in the strategy: {error}", error=self.error),
            trace="".join(traceback.format_exception(exc)).rstrip()))
        self._publish(self)

    def _position_view(self, symbol: str, window: Candles) -> PositionView:
        book = self.books.book(self.id, symbol)
        if not self.held(symbol):
            return PositionView()
        sb = self.symbols[symbol]
        index = int(window.ts.searchsorted(sb.entry_ts, side="right")) - 1 if sb.entry_ts else -1
        sl = sb.protection.stop_loss
        tp = sb.protection.take_profit
        return PositionView(book.amount, book.entry_price, index,
                            math.nan if sl is None else sl, math.nan if tp is None else tp)

    async def _act(self, symbol: str, intents: list, window: Candles, bar: Bar,
                   received: float) -> None:
        ts = bar.ts + self.timeframe_ms
        for intent in intents:
            if isinstance(intent, ExitIntent):
                self._signal("exit", ts)
                await self.exit(symbol, "signal", received)
            elif isinstance(intent, EntryIntent):
                self._signal(intent.side, ts)
                await self._enter(symbol, intent, window, received)
            elif isinstance(intent, ProtectIntent):
                self._signal("protect", ts)
                await self._protect(symbol, intent)

    def _signal(self, what: str, ts: int) -> None:
        self.last_signal, self.last_signal_ts = what, ts

    # -- exits -------------------------------------------------------------------------------

    async def exit(self, symbol: str, purpose: str, received: float | None = None) -> None:
        """Cancel the symbol's working orders and close its position at market."""
        book = self.symbols[symbol]
        await self._cancel_all(symbol)
        book.protection = Protection()
        book.pending_protection = Protection()
        self._remember()
        amount = self.held(symbol)
        if amount == 0.0:
            return
        side = Side.SELL if amount > 0 else Side.BUY
        await self._send(symbol, side, OrderType.MARKET, abs(amount), purpose, received=received)

    async def _cancel_all(self, symbol: str) -> None:
        book = self.symbols[symbol]
        ids = [*book.protective, *([book.entry_order] if book.entry_order else [])]
        book.protective.clear()
        book.entry_order = ""
        for client_id in ids:
            order = self.open.get(client_id)
            if order is None or order.status.is_final:
                continue
            try:
                self.open_update(await self.port.cancel(client_id))
            except PregaoError as exc:
                self.write_log(_t("{symbol}: could not cancel order {id}: {why}",
                                  symbol=symbol, id=client_id, why=text_of(exc)))

    # -- entries -----------------------------------------------------------------------------

    async def _enter(self, symbol: str, intent: EntryIntent, window: Candles,
                     received: float) -> None:
        long = intent.side == "long"
        if self.state is BotState.ENTRIES_PAUSED:
            self.write_log(_t("{symbol}: {side} entry skipped (entries are paused)",
                              symbol=symbol, side=_side(intent.side)))
            return
        if not long and not self.spec.allow_short:
            self.shorts_skipped += 1
            self.write_log(_t("{symbol}: short entry skipped (this bot does not sell short)",
                              symbol=symbol))
            return
        held = self.held(symbol)
        if held * (1 if long else -1) > 0:
            return  # already on that side: no pyramiding
        if held != 0.0:
            await self.exit(symbol, "reverse", received)
        book = self.symbols[symbol]
        await self._cancel_all(symbol)
        market = await self._market(symbol)
        price = intent.limit or intent.stop or await self._last_price(symbol)
        if not (price and math.isfinite(price) and price > 0):
            self.write_log(_t("{symbol}: no price to size the entry on; skipped",
                              symbol=symbol))
            return
        cash = await self.port.free(market.quote)
        leverage = await self.port.leverage(symbol) if market.kind.has_margin else 1.0
        units = entry_units(self.sizing, market, cash, price, side=1.0 if long else -1.0,
                            leverage=leverage,
                            stop_loss=intent.stop_loss, size=intent.size, stats=self.stats,
                            window=window, timeframe_ms=self.timeframe_ms)
        if units <= 0.0:
            self.write_log(_t("{symbol}: {side} entry skipped: the sizing rule {sizing!r} "
                              "gives no amount with {cash:g} {quote}", symbol=symbol,
                              side=_side(intent.side), sizing=self.spec.sizing, cash=cash,
                              quote=market.quote))
            return
        book.pending_protection = Protection(intent.stop_loss, intent.take_profit, intent.trail)
        kind = OrderType.MARKET
        if intent.limit is not None:
            kind = OrderType.LIMIT
        elif intent.stop is not None:
            kind = OrderType.STOP_MARKET
        order = await self._send(symbol, Side.BUY if long else Side.SELL, kind, units, "entry",
                                 price=intent.limit, stop=intent.stop, received=received)
        if order is None:
            return
        if order.status.is_final:
            await self.entry_done(symbol, order.filled)
        else:
            book.entry_order = order.client_order_id

    async def entry_done(self, symbol: str, filled: float) -> None:
        """The entry order ended having filled `filled`: protect the position once the bot's
        books hold all of it (a live venue's fills may arrive after the order's final
        state: then `protection_due` says when)."""
        book = self.symbols[symbol]
        book.entry_order = ""
        book.entry_filled = filled
        if filled > 0 and not self.protection_due(symbol):
            return  # its fills are on their way
        book.entry_filled = 0.0
        if self.held(symbol) and book.pending_protection.any():
            book.protection = book.pending_protection
        book.pending_protection = Protection()
        self._remember()
        await self._place_protection(symbol)

    def protection_due(self, symbol: str) -> bool:
        """The fills of an ended entry have all been booked: its protection can be placed.
        (Its fills are counted, not the position: a fee taken in coins leaves less held.)"""
        book = self.symbols.get(symbol)
        if book is None or not book.entry_filled:
            return False
        return book.entry_booked >= book.entry_filled * (1 - 1e-9)

    async def _protect(self, symbol: str, intent: ProtectIntent) -> None:
        book = self.symbols[symbol]
        target = book.protection if self.held(symbol) else (
            book.pending_protection)
        for name in ("stop_loss", "take_profit", "trail"):
            value = getattr(intent, name)
            if value is not None:
                setattr(target, name, value)
        self._remember()
        if self.held(symbol):
            await self._place_protection(symbol)

    async def _place_protection(self, symbol: str) -> None:
        """One protective order for the whole position (replacing the previous one)."""
        book = self.symbols[symbol]
        for client_id in list(book.protective):
            order = self.open.get(client_id)
            if order is not None and not order.status.is_final:
                try:
                    self.open_update(await self.port.cancel(client_id))
                except PregaoError as exc:
                    self.write_log(_t("{symbol}: could not cancel order {id}: {why}",
                                      symbol=symbol, id=client_id, why=text_of(exc)))
        book.protective.clear()
        amount = self.held(symbol)
        p = book.protection
        if amount == 0.0 or not p.any():
            return
        long = amount > 0
        side = Side.SELL if long else Side.BUY
        last = await self._last_price(symbol)
        stop = p.stop_loss
        if stop is not None and math.isfinite(last) and (last <= stop if long else last >= stop):
            # Already through the stop (e.g. the entry filled beyond it): out now.
            self.write_log(_t("{symbol}: price {last:g} is already past the stop {stop:g}",
                              symbol=symbol, last=last, stop=stop))
            await self.exit(symbol, "stop_loss")
            return
        if p.trail is not None:
            market = await self._market(symbol)
            # An exchange takes a trailing distance in whole price ticks.
            trail = max(market.round_price(p.trail), market.price_tick)
            await self._send(symbol, side, OrderType.TRAILING_STOP, abs(amount), "trailing_stop",
                             trail=trail)
        elif stop is not None and p.take_profit is not None:
            await self._send(symbol, side, OrderType.OCO, abs(amount), "protect",
                             price=p.take_profit, stop=stop)
        elif stop is not None:
            await self._send(symbol, side, OrderType.STOP_MARKET, abs(amount), "stop_loss",
                             stop=stop)
        else:
            await self._send(symbol, side, OrderType.LIMIT, abs(amount), "take_profit",
                             price=p.take_profit)

    async def _last_price(self, symbol: str) -> float:
        price = await self.port.last_price(symbol)
        if math.isfinite(price) and price > 0:
            return price
        window = self.symbols[symbol].window
        return float(window.window().close[-1]) if len(window) else math.nan

    # -- sending -----------------------------------------------------------------------------

    async def _send(self, symbol: str, side: Side, kind: OrderType, amount: float, purpose: str,
                    *, price: float | None = None, stop: float | None = None,
                    trail: float | None = None, received: float | None = None) -> Order | None:
        market = await self._market(symbol)
        client_id = new_client_order_id()
        request = OrderRequest(
            symbol=symbol, side=side, type=kind, amount=amount, price=price, stop_price=stop,
            trail_amount=trail, reduce_only=market.contract and purpose != "entry",
            client_order_id=client_id, bot_id=self.id)
        if kind is OrderType.OCO:
            request = OrderRequest(
                symbol=symbol, side=side, type=kind, amount=amount, price=price,
                stop_price=stop, take_profit=price, stop_loss=stop,
                reduce_only=request.reduce_only, client_order_id=client_id, bot_id=self.id)
        self.owned.add(client_id)
        self.purpose[client_id] = purpose
        if purpose == "entry":
            self.symbols[symbol].entry_id, self.symbols[symbol].entry_booked = client_id, 0.0
        if purpose not in ("entry", "signal", "reverse", "end", "flatten"):
            self.symbols[symbol].protective.add(client_id)
        try:
            order = await self.port.place(request)
        except PregaoError as exc:
            self.symbols[symbol].protective.discard(client_id)
            self.write_log(_t("{symbol}: {side} {kind} {amount:g} refused: {why}",
                              symbol=symbol, side=side.value, kind=kind.value, amount=amount,
                              why=text_of(exc)))
            return None
        if received is not None and self.on_latency is not None:
            self.on_latency(time.perf_counter() - received)
        self.write_log(formatted("{symbol}: {purpose} {side} {kind} {amount:g} -> {status}",
                                 symbol=symbol, purpose=purpose, side=side.value,
                                 kind=kind.value, amount=amount, status=order.status.value))
        self.open_update(order)
        return order

    # -- orders and fills from the engine ----------------------------------------------------

    def owns(self, client_order_id: str, venue_id: str = "", parent_id: str = "") -> bool:
        return (client_order_id in self.owned or (venue_id and venue_id in self._venue_ids)
                or bool(parent_id and (parent_id in self.owned or parent_id in self._venue_ids)))

    def _own(self, order: Order) -> None:
        self.owned.add(order.client_order_id)
        if order.id:
            self._venue_ids[order.id] = order.client_order_id

    def open_update(self, order: Order) -> bool:
        """An order of this bot changed; True if it ended an entry (protection is due)."""
        self._own(order)
        if order.client_order_id.startswith(LIQUIDATION_PREFIX):
            self.purpose.setdefault(order.client_order_id, "liquidation")
        if order.parent_id:
            parent = self._venue_ids.get(order.parent_id, order.parent_id)
            self.purpose.setdefault(order.client_order_id,
                                    PROTECTIVE_REASON.get(order.type, self.purpose.get(parent,
                                                                                       "")))
            book = self.symbols.get(order.symbol)
            if book is not None and parent in book.protective:
                book.protective.add(order.client_order_id)
        if order.status.is_final:
            self.open.pop(order.client_order_id, None)
            book = self.symbols.get(order.symbol)
            return book is not None and book.entry_order == order.client_order_id
        self.open[order.client_order_id] = order
        return False

    def on_fill(self, fill: Fill) -> None:
        """A fill of one of its orders (the service checked `owns`)."""
        held = self.held(fill.symbol)
        self._book_fill(fill)
        left = self.books.book(self.id, fill.symbol).amount
        if held and left and not self.held(fill.symbol):
            self.write_log(_t("{symbol}: {left:g} left, less than the smallest order "
                              "({least:g}): counted as flat", symbol=fill.symbol, left=left,
                              least=self.markets[fill.symbol].least_amount))
        self._publish(self)

    def _book_fill(self, fill: Fill) -> None:
        book = self.books.book(self.id, fill.symbol)
        before, realized_before = book.amount, book.realized_pnl
        self.books.apply(fill, self.id)
        book.mark(fill.price)
        sb = self.symbols.get(fill.symbol)
        if sb is None:
            return
        if (fill.client_order_id or self._venue_ids.get(fill.order_id)) == sb.entry_id:
            sb.entry_booked += fill.amount
        was_flat, flat = self._flat(fill.symbol, before), self._flat(fill.symbol, book.amount)
        if was_flat and not flat:
            sb.entry_ts = fill.ts
            # The opening fee was realized by this fill: the trade's P&L counts it.
            sb.open_realized = realized_before
        elif not was_flat and (flat or book.amount * before < 0):
            pnl = book.realized_pnl - sb.open_realized
            self.stats.add(pnl)
            if not flat:  # flipped through zero: a new trade opened at this fill
                sb.entry_ts = fill.ts
                sb.open_realized = book.realized_pnl

    def flat_with_protection(self, symbol: str) -> bool:
        """Its position is closed but protective orders are still working (an exit filled):
        they must go."""
        book = self.symbols.get(symbol)
        return (book is not None and not self.held(symbol)
                and any(c in self.open for c in book.protective))

    async def tidy(self, symbol: str) -> None:
        """After fills: cancel leftover protection of a closed position."""
        async with self.lock:
            if self.flat_with_protection(symbol):
                await self._cancel_all(symbol)
                self.symbols[symbol].protection = Protection()
                self._remember()

    def _is_protective(self, order: Order, book: SymbolBook) -> bool:
        held = self.held(order.symbol)
        closes = (held > 0 and order.side is Side.SELL) or (held < 0 and order.side is Side.BUY)
        return closes and order.type is not OrderType.MARKET

    def _remember(self) -> None:
        memory = self.memory()
        if self.on_memory is not None and memory != self._remembered:
            self._remembered = memory
            self.on_memory(self)

    # -- what the UI sees --------------------------------------------------------------------

    def write_log(self, text: str) -> None:
        """A line of the bot's log (its dock shows it; a Message reads in the UI's language)."""
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
        line = formatted("{stamp} {text}", stamp=stamp, text=text)
        self.log_lines.append(line)
        if self.on_log is not None:
            self.on_log(line)
        log.info("Bot %s: %s", self.spec.name or self.id[:8], text.splitlines()[0])

    def info(self) -> BotInfo:
        positions = []
        realized = unrealized = 0.0
        for symbol, sb in self.symbols.items():
            book = self.books.book(self.id, symbol)
            realized += book.realized_pnl
            unrealized += book.unrealized_pnl()
            if book.amount != 0.0:
                p = sb.protection
                positions.append(BotPosition(symbol, book.amount, book.entry_price,
                                             book.mark_price, p.stop_loss, p.take_profit,
                                             p.trail, dust=not self.held(symbol)))
        trades = self.stats.wins + self.stats.losses
        return BotInfo(
            id=self.id, spec=self.spec, state=self.state, last_signal=self.last_signal,
            last_signal_ts=self.last_signal_ts, positions=tuple(positions),
            open_orders=sum(1 for o in self.open.values() if not o.parent_id),
            realized_pnl=realized, unrealized_pnl=unrealized, trade_count=trades,
            wins=self.stats.wins, warmup_bars=self.warmup, error=self.error,
            created_ts=self.created_ts)

    def exit_reason(self, client_order_id: str) -> str:
        return self.purpose.get(client_order_id, "signal")

