"""The paper venue's matching engine: synchronous, deterministic, no wall clock.

It is driven by two things only: order requests (`submit`, `cancel`) and price updates
(`on_tick`, `on_book`, `on_bar`). Its clock is the timestamp of the latest price update; ids
come from counters. Given the same inputs it produces the same events, fills and balances.
A market followed from another feed (`add_markets(..., feed=)`: a replay traded beside the
demo market) keeps that feed's own clock: its orders, fills and funding are stamped and timed
by its feed's prices (a 2021 replay's fills in 2021), never by the account's other prices.

Execution rules (see also liquidity.py, triggers.py, fees.py, ledger.py):
- Market orders and the marketable part of limit orders are takers: they execute against the
  current liquidity (book levels or the fixed-slippage price) at the taker fee.
- A resting limit order fills, at its own price and the maker fee, when the other side of the
  market reaches it: a buy when asks are at or below its price, a sell when bids are at or
  above; with a book, by as much as the book shows there.
- Conditional orders trigger on traded prices (ticks' last, bar paths). A triggered order
  executes at market, or rests as a limit order if it has a limit price.
- A closed bar is walked with the one intrabar rule of desktop.fills.intrabar, which the
  backtester follows too: open -> nearer extreme -> farther extreme -> close, stopping at every
  order level on the way in price order; a stop triggered there executes at its level (at
  the open on a gap), a resting limit fills at its own price.
- Spot markets: buys spend quote, sells need the base currency in hand; funds are reserved
  when an order is accepted and released exactly when it ends. Linear perpetual markets hold
  margin instead, may be short, and pay funding and get liquidated (perpetuals.py).
- OCO and bracket members form a group: canceling any member cancels the whole group.
- A bracket's take-profit and stop-loss appear when its entry first fills, sized to what the
  entry filled, and grow with further entry fills until one of them starts executing; from then
  on the unfilled rest of the entry is canceled (the trade is being closed).
- A bracket is FILLED when its exit has closed everything the entry bought; until its legs are
  done it stays OPEN (or PARTIALLY_FILLED once its entry filled).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Callable, Iterable

from desktop.core import (
    Balance,
    Bar,
    Event,
    Fill,
    InsufficientFunds,
    InvalidOrder,
    Market,
    Order,
    OrderBook,
    OrderEvent,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    Tick,
)
from desktop.core.messages import marker, text_of
from desktop.fills import intrabar
from desktop.venues.paper.config import PaperConfig
from desktop.venues.paper.filling import Filling
from desktop.venues.paper.groups import refresh_group
from desktop.venues.paper.ledger import BalanceLedger
from desktop.venues.paper.liquidity import SymbolLiquidity
from desktop.venues.paper.perpetuals import Perpetuals
from desktop.venues.paper.placement import OrderPlacement
from desktop.venues.paper.validation import check_request
from desktop.venues.paper.working_order import WorkingOrder

_t = marker("PaperVenue")

Publish = Callable[[Event], None]


class MatchingEngine(OrderPlacement, Filling, Perpetuals):
    def __init__(
        self,
        markets: Iterable[Market],
        balances: dict[str, float],
        publish: Publish | None = None,
        config: PaperConfig | None = None,
    ) -> None:
        self.config = config or PaperConfig()
        self._markets = {m.symbol: m for m in markets}
        self.ledger = BalanceLedger(balances, self.config.venue, self.config.account)
        self._publish = publish or (lambda event: None)
        self._orders: dict[str, WorkingOrder] = {}  # insertion order is time priority
        # Orders that may still act, so a price update costs O(live orders), not O(history).
        self._live: dict[str, WorkingOrder] = {}
        self._by_client_id: dict[str, str] = {}
        self._fills: list[Fill] = []
        self._liquidity: dict[str, SymbolLiquidity] = {}
        self._last_emitted: dict[str, Order] = {}
        self._order_seq = 0
        self._fill_seq = 0
        self._now = 0  # the clock of the account's own price source
        # Followed markets: symbol -> its feed, and each feed's clock (see add_markets).
        self._feed_of: dict[str, str] = {}
        self._feed_clocks: dict[str, int] = {}
        self._init_perpetuals()

    # -- queries -------------------------------------------------------------------------

    @property
    def now(self) -> int:
        """The engine's clock: ms timestamp of the latest price update of its own source."""
        return self._now

    def feed_of(self, symbol: str) -> str | None:
        """The feed pricing a followed market; None for the account's own markets."""
        return self._feed_of.get(symbol)

    def time_of(self, symbol: str) -> int:
        """What time it is for `symbol`'s orders: its feed's clock for a followed market
        (the engine's clock until that feed priced anything), else the engine's clock."""
        feed = self._feed_of.get(symbol)
        if feed is None:
            return self._now
        return self._feed_clocks.get(feed) or self._now

    def markets(self) -> list[Market]:
        return list(self._markets.values())

    def add_markets(self, markets: Iterable[Market], feed: str | None = None) -> None:
        """Trade these markets too (a replay opened beside the account's own price source);
        one of the same symbol is replaced (a replay opened again may read its precision
        differently). A first margined market opens the account's margin.

        With `feed`, the markets are priced by that feed and run on its clock, which starts
        again here: a replay opened anew may begin before where the last one stopped."""
        for market in markets:
            self._markets[market.symbol] = market
            if feed is not None:
                self._feed_of[market.symbol] = feed
        if feed is not None:
            self._feed_clocks.pop(feed, None)
        if self.margin is None:
            self._init_margin()

    def last_price(self, symbol: str) -> float:
        return self._liq(symbol).last

    def balances(self) -> list[Balance]:
        return self.ledger.balances()

    def order(self, order_id: str) -> Order:
        wo = self._orders.get(order_id)
        if wo is None:
            raise OrderNotFound(_t("Order {id} is unknown to the paper venue", id=order_id),
                                self._venue)
        return self._snapshot(wo)

    def order_by_client_id(self, client_order_id: str) -> Order:
        order_id = self._by_client_id.get(client_order_id)
        if order_id is None:
            raise OrderNotFound(_t("No order with client id {id} reached the paper venue",
                                   id=client_order_id), self._venue)
        return self.order(order_id)

    def orders(self, symbol: str | None = None, open_only: bool = False) -> list[Order]:
        return [
            self._snapshot(wo)
            for wo in self._orders.values()
            if (symbol is None or wo.symbol == symbol) and (wo.active or not open_only)
        ]

    def fills(self, symbol: str | None = None, since_ms: int | None = None) -> list[Fill]:
        return [
            f for f in self._fills
            if (symbol is None or f.symbol == symbol) and (since_ms is None or f.ts >= since_ms)
        ]

    # -- price updates -------------------------------------------------------------------

    def on_tick(self, tick: Tick) -> None:
        self._advance_clock(tick.symbol, tick.ts)
        liq = self._liq(tick.symbol)
        if math.isfinite(tick.last) and tick.last > 0:
            liq.last = tick.last
        liq.set_top(tick.bid, tick.ask, tick.bid_size, tick.ask_size)
        if math.isfinite(tick.last) and tick.last > 0:
            self._on_traded_price(tick.symbol, tick.last)
            self._check_triggers(tick.symbol, tick.last)
        self._match_resting(tick.symbol)

    def on_book(self, book: OrderBook) -> None:
        self._advance_clock(book.symbol, book.ts)
        self._liq(book.symbol).set_book(book)
        self._match_resting(book.symbol)

    def on_price(self, symbol: str, ts: int, price: float) -> None:
        """A bare traded price (e.g. the close of a still-forming candle): unlimited depth."""
        self._advance_clock(symbol, ts)
        self._liq(symbol).set_point(price)
        self._on_traded_price(symbol, price)
        self._check_triggers(symbol, price)
        self._match_resting(symbol)

    def on_bar(self, symbol: str, bar: Bar) -> None:
        """A *closed* candle: its whole path is replayed (see the module docstring). Feeding a
        forming candle here would replay prices from earlier in the minute; use on_price."""
        self._advance_clock(symbol, bar.ts)
        corners = intrabar.bar_path(bar.open, bar.high, bar.low, bar.close)
        self._visit(symbol, corners[0])
        for start, end in itertools.pairwise(corners):
            here = start
            while here != end:
                here = self._next_stop(symbol, here, end)
                self._visit(symbol, here)

    def _visit(self, symbol: str, price: float) -> None:
        """The bar's path reached `price`: funding due, a liquidation, triggers, then resting
        limits, oldest first."""
        self._liq(symbol).set_point(price)
        self._on_traded_price(symbol, price)
        self._check_triggers(symbol, price)
        self._match_resting(symbol)

    def _next_stop(self, symbol: str, here: float, end: float) -> float:
        """The first price on the leg from `here` to `end` where a live order acts."""
        best = intrabar.next_level(here, end, self._liquidation_level(symbol), end)
        for wo in self._live_orders(symbol):
            if wo.waiting_for_trigger:
                assert wo.trigger is not None
                best = intrabar.next_level(here, end, wo.trigger.stop_price, best)
            elif wo.resting:
                assert wo.limit_price is not None
                best = intrabar.next_level(here, end, wo.limit_price, best)
        return best

    # -- orders --------------------------------------------------------------------------

    def submit(self, req: OrderRequest) -> Order:
        """Accept or reject `req`. Rejections raise InvalidOrder / InsufficientFunds (and are
        recorded and published as REJECTED orders, so a lookup by client id finds them)."""
        if req.client_order_id and req.client_order_id in self._by_client_id:
            # A resend of an order we already have (e.g. after a timeout): never a second order.
            return self.order_by_client_id(req.client_order_id)
        try:
            market = self._market(req.symbol)
            check_request(market, req, self._liq(req.symbol).last, self._venue)
            if market.kind.has_margin:
                self._check_reduce_only(market, req.side, req.reduce_only or req.close_position)
            wo = self._place(req, market)
        except (InvalidOrder, InsufficientFunds) as err:
            self._record_rejection(req, text_of(err))
            raise
        return self._snapshot(wo)

    def cancel(self, order_id: str, reason: str = _t("Canceled by the trader")) -> Order:
        wo = self._orders.get(order_id)
        if wo is None:
            raise OrderNotFound(_t("Order {id} is unknown to the paper venue", id=order_id),
                                self._venue)
        if not wo.active:
            return self._snapshot(wo)
        group = self._orders.get(wo.parent_id) if wo.parent_id else wo
        assert group is not None
        if not group.is_container:
            self._cancel(wo, reason)
            return self._snapshot(wo)
        for child_id in group.children:
            child = self._orders[child_id]
            if child.active:
                self._cancel(child, reason)
        if group.active:
            group.reason = reason
            group.status = OrderStatus.CANCELED
            self._refresh_container(group)
            self._emit(group)
        return self._snapshot(wo)

    # -- records and events --------------------------------------------------------------

    def _new(self, req: OrderRequest, market: Market, order_type: OrderType,
             limit_price: float | None = None,
             parent: WorkingOrder | None = None) -> WorkingOrder:
        order_id = self._next_order_id()
        return WorkingOrder(
            id=order_id,
            client_order_id=req.client_order_id or f"paper-{order_id}",
            symbol=req.symbol, side=req.side, type=order_type, amount=req.amount,
            created_ts=self.time_of(req.symbol), updated_ts=self.time_of(req.symbol),
            reservation_key=order_id,
            limit_price=limit_price, time_in_force=req.time_in_force,
            parent_id=parent.id if parent is not None else "", fee_currency=market.quote,
            reduce_only=req.reduce_only or req.close_position,
            close_position=req.close_position, bot_id=req.bot_id)

    def _register(self, wo: WorkingOrder, parent: WorkingOrder | None) -> None:
        self._orders[wo.id] = wo
        self._live[wo.id] = wo
        self._by_client_id[wo.client_order_id] = wo.id
        if parent is not None:
            parent.children.append(wo.id)
        self._emit(wo)

    def _record_rejection(self, req: OrderRequest, reason: str) -> None:
        order_id = self._next_order_id()
        market = self._markets.get(req.symbol)
        wo = WorkingOrder(
            id=order_id, client_order_id=req.client_order_id or f"paper-{order_id}",
            symbol=req.symbol, side=req.side, type=req.type, amount=req.amount,
            created_ts=self.time_of(req.symbol), updated_ts=self.time_of(req.symbol),
            reservation_key="", limit_price=req.price, time_in_force=req.time_in_force,
            status=OrderStatus.REJECTED, reason=reason,
            fee_currency=market.quote if market else "")
        self._orders[wo.id] = wo
        self._by_client_id[wo.client_order_id] = wo.id
        self._emit(wo)

    def _refresh_parent(self, wo: WorkingOrder) -> None:
        parent = self._orders.get(wo.parent_id)
        if parent is not None:
            self._refresh_container(parent)
            self._emit(parent)

    def _refresh_container(self, parent: WorkingOrder) -> None:
        refresh_group(parent, [self._orders[i] for i in parent.children])

    def _emit(self, wo: WorkingOrder) -> None:
        order = self._snapshot(wo)
        unchanged = dataclasses.replace(order, updated_ts=0)
        if self._last_emitted.get(wo.id) == unchanged:
            return
        self._last_emitted[wo.id] = unchanged
        self._publish(OrderEvent(order))

    def _snapshot(self, wo: WorkingOrder) -> Order:
        return wo.snapshot(self._venue, self.config.account)

    # -- small helpers -------------------------------------------------------------------

    @property
    def _venue(self) -> str:
        return self.config.venue

    def _market(self, symbol: str) -> Market:
        market = self._markets.get(symbol)
        if market is None:
            raise InvalidOrder(_t("{symbol} is not traded on the paper venue", symbol=symbol),
                               self._venue)
        return market

    def _liq(self, symbol: str) -> SymbolLiquidity:
        liq = self._liquidity.get(symbol)
        if liq is None:
            liq = self._liquidity[symbol] = SymbolLiquidity()
        return liq

    def _live_orders(self, symbol: str) -> list[WorkingOrder]:
        """Live orders of `symbol` in time priority; forgets those that have ended."""
        if not self._live:
            return []  # the usual case between a bot's orders: a candle walks 4-13 times here
        ended = [order_id for order_id, wo in self._live.items() if not wo.active]
        for order_id in ended:
            del self._live[order_id]
        return [wo for wo in self._live.values() if wo.symbol == symbol]

    def _advance_clock(self, symbol: str, ts: int) -> None:
        """A price of `symbol` at `ts` moves its clock (its feed's, or the engine's) forward;
        funding times passed are noted for the positions on that clock."""
        feed = self._feed_of.get(symbol)
        if feed is None:
            before = self._now
            self._now = max(before, int(ts))
            after = self._now
        else:
            before = self._feed_clocks.get(feed, 0)
            after = self._feed_clocks[feed] = max(before, int(ts))
        if before:
            self._collect_funding(before, after, feed)

    def _next_order_id(self) -> str:
        self._order_seq += 1
        return f"po-{self._order_seq}"
