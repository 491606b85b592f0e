"""Properties of the paper matching engine over random orders (every type) and price paths.

Each example runs a random session: orders placed relative to the current price (some
marketable, some resting, some rejected), cancels, and price updates arriving as ticks, order
books or closed bars, under either slippage model. After every step and at every fill the
account must stay sound.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import (
    Bar,
    Event,
    FillEvent,
    InsufficientFunds,
    InvalidOrder,
    Market,
    OrderBook,
    OrderEvent,
    OrderRequest,
    OrderType,
    Side,
    Tick,
    TimeInForce,
)
from desktop.venues.paper import MatchingEngine, PaperConfig, SlippageModel

SYMBOL = "ETH/USDT"
MARKET = Market(SYMBOL, "ETH", "USDT", price_tick=0.01, amount_step=0.001, min_amount=0.001,
                min_notional=1.0, maker_fee=0.001, taker_fee=0.0025)
START = {"USDT": 20_000.0, "ETH": 10.0}
PLACEABLE = [
    (OrderType.MARKET, TimeInForce.GTC),
    (OrderType.LIMIT, TimeInForce.GTC),
    (OrderType.LIMIT, TimeInForce.IOC),
    (OrderType.LIMIT, TimeInForce.FOK),
    (OrderType.LIMIT, TimeInForce.POST_ONLY),
    (OrderType.STOP_MARKET, TimeInForce.GTC),
    (OrderType.STOP_LIMIT, TimeInForce.GTC),
    (OrderType.TAKE_PROFIT, TimeInForce.GTC),
    (OrderType.TRAILING_STOP, TimeInForce.GTC),
    (OrderType.OCO, TimeInForce.GTC),
    (OrderType.ICEBERG, TimeInForce.GTC),
    (OrderType.BRACKET, TimeInForce.GTC),
]


@dataclass(frozen=True)
class Place:
    kind: tuple[OrderType, TimeInForce]
    side: Side
    amount_units: int  # in amount steps
    near_pct: float  # signed offset of the (first) price from the market
    far_pct: float  # size of the second offset (stop legs, limits behind stops)
    with_limit: bool  # optional limit price (take-profit, bracket entry)
    cancel_at_once: bool  # cancel right after placing, before any price moves


@dataclass(frozen=True)
class Move:
    change_pct: float
    spread_bps: float
    depth: tuple[int, ...]  # sizes (in steps) of the levels either side, best first
    as_bar: bool


@dataclass(frozen=True)
class Cancel:
    pick: int


def tenths(n: int) -> float:
    return n / 10  # uniform steps: hypothesis' floats favour 0 and the bounds


places = st.builds(
    Place,
    kind=st.sampled_from(PLACEABLE),
    side=st.sampled_from(list(Side)),
    amount_units=st.integers(1, 12_000),
    near_pct=st.integers(-40, 40).map(tenths),
    far_pct=st.integers(2, 60).map(tenths),
    with_limit=st.booleans(),
    cancel_at_once=st.sampled_from([False, False, False, True]),
)
moves = st.builds(
    Move,
    change_pct=st.integers(-50, 50).map(tenths),
    spread_bps=st.integers(1, 40).map(float),
    depth=st.lists(st.integers(1, 3_000), min_size=1, max_size=4).map(tuple),
    as_bar=st.booleans(),
)
cancels = st.builds(Cancel, pick=st.integers(0, 1_000))
sessions = st.lists(st.one_of(places, moves, moves, cancels), min_size=5, max_size=40)
configs = st.sampled_from([
    PaperConfig(slippage_model=SlippageModel.ORDER_BOOK),
    PaperConfig(slippage_model=SlippageModel.FIXED_BPS, slippage_bps=7.5),
])


def tick_price(value: float) -> float:
    return MARKET.round_price(max(value, 1.0))


class Session:
    """Runs a session and checks the per-fill and per-trigger properties as events arrive."""

    def __init__(self, config: PaperConfig, record: list[Event] | None = None) -> None:
        publish = record.append if record is not None else self.on_event
        self.engine = MatchingEngine([MARKET], dict(START), publish, config)
        self.price = 2_000.0
        self.ts = 0
        self.touch: tuple[float, float] | None = None  # traded price range of the update now
        self.totals = self.account_totals()
        self.triggered: set[str] = set()
        self.fill_count = 0

    # -- properties checked while it runs ----------------------------------------------------

    def on_event(self, event: Event) -> None:
        if isinstance(event, FillEvent):
            self.check_fill(event)
        elif isinstance(event, OrderEvent) and event.order.triggered:
            self.check_trigger(event)

    def check_fill(self, event: FillEvent) -> None:
        fill = event.fill
        self.fill_count += 1
        # Value is conserved except for the fee, valued at the fill's own price.
        quote, base = self.account_totals()
        before_quote, before_base = self.totals
        change = (quote - before_quote) + (base - before_base) * fill.price
        assert math.isclose(change, -fill.fee, rel_tol=1e-9, abs_tol=1e-7), (change, fill)
        assert fill.fee >= 0 and fill.amount > 0
        self.totals = (quote, base)
        # A limit never fills through its price.
        limit = self.engine.order(fill.order_id).price
        if limit is not None:
            if fill.side is Side.BUY:
                assert fill.price <= limit + 1e-9, (fill, limit)
            else:
                assert fill.price >= limit - 1e-9, (fill, limit)

    def check_trigger(self, event: OrderEvent) -> None:
        order = event.order
        if order.id in self.triggered or order.type in (OrderType.OCO, OrderType.BRACKET):
            return  # a group reports its legs' trigger; the leg itself is checked
        self.triggered.add(order.id)
        # Triggers happen only during a price update whose traded prices reached the stop.
        assert self.touch is not None, f"{order.id} triggered without a traded price"
        low, high = self.touch
        stop = order.stop_price
        assert stop is not None
        take_profit = order.type is OrderType.TAKE_PROFIT
        rises_to_it = (order.side is Side.BUY) != take_profit
        if rises_to_it:
            assert high >= stop - 1e-9, (order, self.touch)
        else:
            assert low <= stop + 1e-9, (order, self.touch)

    # -- steps -----------------------------------------------------------------------------

    def account_totals(self) -> tuple[float, float]:
        ledger = self.engine.ledger
        return ledger.total("USDT"), ledger.total("ETH")

    def place(self, step: Place) -> None:
        request = self.request(step)
        free_before = self.free()
        fills_before = self.fill_count
        try:
            order = self.engine.submit(request)
        except (InvalidOrder, InsufficientFunds):
            assert self.free() == free_before  # a rejection holds nothing
            return
        if request.time_in_force is TimeInForce.FOK:
            # Fill-or-kill: all of it at once or nothing at all.
            assert order.filled == 0 or math.isclose(order.filled, order.amount), order
        if request.time_in_force is TimeInForce.POST_ONLY:
            assert order.filled == 0, order  # accepted post-only orders never take
        if step.cancel_at_once:
            self.engine.cancel(order.id)
            if self.fill_count == fills_before:
                # Cancel releases exactly what was reserved.
                assert self.free() == free_before

    def move(self, step: Move) -> None:
        previous = self.price
        self.price = tick_price(self.price * (1 + step.change_pct / 100))
        self.ts += 60_000
        if step.as_bar:
            low, high = sorted((previous, self.price))
            low, high = tick_price(low * 0.995), tick_price(high * 1.005)
            self.touch = (low, high)
            self.engine.on_bar(SYMBOL, Bar(self.ts, previous, high, low, self.price, 10.0))
        else:
            half = self.price * step.spread_bps / 2e4
            bid, ask = tick_price(self.price - half), tick_price(self.price + half)
            if ask <= bid:
                ask = bid + MARKET.price_tick
            sizes = [units * MARKET.amount_step for units in step.depth]
            tick_step = MARKET.price_tick * 5
            book = OrderBook(
                SYMBOL, self.ts,
                bids=tuple((tick_price(bid - i * tick_step), s) for i, s in enumerate(sizes)),
                asks=tuple((tick_price(ask + i * tick_step), s) for i, s in enumerate(sizes)),
            )
            self.touch = (self.price, self.price)
            self.engine.on_tick(Tick(SYMBOL, self.ts, self.price, bid, ask))
            self.touch = None  # a book is not a trade: nothing may trigger on it
            self.engine.on_book(book)
        self.touch = None

    def cancel(self, step: Cancel) -> None:
        open_orders = self.engine.orders(open_only=True)
        if open_orders:
            self.engine.cancel(open_orders[step.pick % len(open_orders)].id)

    def request(self, step: Place) -> OrderRequest:
        order_type, tif = step.kind
        side, p = step.side, self.price
        amount = step.amount_units * MARKET.amount_step
        near = tick_price(p * (1 + step.near_pct / 100))
        # A buy's stop lies above the market and its target below; a sell's the other way.
        stop = tick_price(p * (1 + side.sign * step.far_pct / 100))
        target = tick_price(p * (1 - side.sign * step.far_pct / 100))
        common = dict(time_in_force=tif)
        if order_type is OrderType.MARKET:
            return OrderRequest(SYMBOL, side, order_type, amount)
        if order_type is OrderType.LIMIT:
            return OrderRequest(SYMBOL, side, order_type, amount, price=near, **common)
        if order_type is OrderType.ICEBERG:
            visible = max(1, step.amount_units // 3) * MARKET.amount_step
            return OrderRequest(SYMBOL, side, order_type, amount, price=near,
                                visible_amount=visible)
        if order_type is OrderType.STOP_MARKET:
            return OrderRequest(SYMBOL, side, order_type, amount, stop_price=stop)
        if order_type is OrderType.STOP_LIMIT:
            return OrderRequest(SYMBOL, side, order_type, amount, stop_price=stop,
                                price=tick_price(stop * (1 + step.near_pct / 400)))
        if order_type is OrderType.TAKE_PROFIT:
            return OrderRequest(SYMBOL, side, order_type, amount, stop_price=target,
                                price=target if step.with_limit else None)
        if order_type is OrderType.TRAILING_STOP:
            if step.with_limit:
                return OrderRequest(SYMBOL, side, order_type, amount, trail_percent=step.far_pct)
            return OrderRequest(SYMBOL, side, order_type, amount,
                                trail_amount=tick_price(p * step.far_pct / 100))
        if order_type is OrderType.OCO:
            # An OCO exits: a sell takes profit above and stops out below, a buy the mirror.
            return OrderRequest(SYMBOL, side, order_type, amount, price=target, stop_price=stop)
        entry = near if step.with_limit else p
        up, down = tick_price(entry * (1 + step.far_pct / 100)), tick_price(
            entry * (1 - step.far_pct / 100))
        tp, sl = (up, down) if side is Side.BUY else (down, up)
        return OrderRequest(SYMBOL, side, OrderType.BRACKET, amount,
                            price=near if step.with_limit else None, take_profit=tp, stop_loss=sl)

    def free(self) -> tuple[float, float]:
        return self.engine.ledger.free("USDT"), self.engine.ledger.free("ETH")

    # -- properties checked after every step -------------------------------------------------

    def check_account(self) -> None:
        ledger = self.engine.ledger
        for currency in START:
            assert ledger.free(currency) >= 0, (currency, ledger.free(currency))
            assert ledger.used(currency) >= 0, (currency, ledger.used(currency))
        # Balances change only through fills.
        assert self.account_totals() == self.totals

    def check_oco_legs(self) -> None:
        orders = self.engine.orders()
        for group in orders:
            if group.type not in (OrderType.OCO, OrderType.BRACKET):
                continue
            legs = [o for o in orders if o.parent_id == group.id
                    and not o.client_order_id.endswith("-entry")]
            assert sum(1 for leg in legs if leg.filled > 0) <= 1, legs


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(config=configs, first=moves, steps=sessions)
def test_random_sessions_keep_the_account_sound(config, first, steps):
    session = Session(config)
    session.move(first)
    for step in steps:
        if isinstance(step, Place):
            session.place(step)
        elif isinstance(step, Move):
            session.move(step)
        else:
            session.cancel(step)
        session.check_account()
        session.check_oco_legs()
    # Once every order is canceled nothing may stay reserved.
    for order in session.engine.orders(open_only=True):
        session.engine.cancel(order.id)
    for currency in START:
        assert session.engine.ledger.used(currency) == 0.0
    session.check_account()


@settings(max_examples=150, deadline=None)
@given(config=configs, first=moves, steps=sessions, last=places)
def test_cancel_after_random_history_restores_free_exactly(config, first, steps, last):
    """Whatever happened before, an order canceled before anything filled gives back exactly
    what it held: free balances equal what they were before it was placed."""
    session = Session(config)
    session.move(first)
    for step in steps:
        if isinstance(step, Move):
            session.move(step)
        elif isinstance(step, Place):
            session.place(step)
    session.place(Place(last.kind, last.side, last.amount_units, last.near_pct, last.far_pct,
                        last.with_limit, cancel_at_once=True))
    session.check_account()


@settings(max_examples=150, deadline=None)
@given(
    config=configs,
    grouped=st.lists(
        st.builds(Place, kind=st.sampled_from([(OrderType.OCO, TimeInForce.GTC),
                                               (OrderType.BRACKET, TimeInForce.GTC)]),
                  side=st.sampled_from(list(Side)), amount_units=st.integers(1, 2_000),
                  near_pct=st.integers(-20, 20).map(tenths),
                  far_pct=st.integers(2, 30).map(tenths), with_limit=st.booleans(),
                  cancel_at_once=st.just(False)),
        min_size=1, max_size=4),
    path=st.lists(moves, min_size=3, max_size=30),
)
def test_oco_and_bracket_exits_never_both_fill(config, grouped, path):
    """Price paths that swing through both exits: only one leg of each group ever trades."""
    session = Session(config)
    session.move(Move(0.0, 5.0, (2_000, 2_000), as_bar=False))
    for place in grouped:
        session.place(place)
    for move in path:
        session.move(move)
        session.check_account()
        session.check_oco_legs()


@settings(max_examples=40, deadline=None)
@given(config=configs, first=moves, steps=sessions)
def test_the_same_session_replays_to_the_same_events(config, first, steps):
    """No wall clock, no randomness: ids, timestamps, fills and balances repeat exactly."""

    def run() -> tuple[list[Event], list]:
        events: list[Event] = []
        session = Session(config, record=events)
        session.move(first)
        for step in steps:
            if isinstance(step, Place):
                try:
                    session.engine.submit(session.request(step))
                except (InvalidOrder, InsufficientFunds):
                    pass
            elif isinstance(step, Move):
                session.move(step)
            else:
                session.cancel(step)
        return events, session.engine.balances()

    assert run() == run()
