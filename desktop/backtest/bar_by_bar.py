"""Run `on_bar` strategies: a Python loop over the bars that calls numba only when it must.

The fill loop (fill_loop) is numba-compiled; a call into it from Python costs a microsecond
or more, several times a typical `on_bar`. So the loop here only calls `on_bar`, and simulates
lazily: an entry or exit intent is a signal at its bar, which the simulation reads at that
bar's close, so it needs no simulation now. The bars not yet simulated are simulated in one
`simulate_span` call when a strategy reads `self.position` (up to the fills of the bar it is
deciding: what it would see live), when it moves a stop or target (that applies after the
bar's fills), and at the end. A strategy that looks at its position only when it has
something to do (the usual case) costs two calls per trade instead of two per bar. The
simulation is the same whichever bars it covers, so results equal the bar-at-a-time loop's
(tests/backtest/test_engine.py compares on_bar strategies with their vectorised twins;
test_fill_properties compares simulate with fill_bar + close_bar).

`self.data` / `self.ind` end at the current bar, as live: they are windows over the full
arrays that slice a column only when the strategy reads it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np

from desktop.backtest import fill_loop as fl
from desktop.core.candles import Candles
from strategies.base import EntryIntent, ExitIntent, PositionView, ProtectIntent, Strategy


class IndicatorWindow(Mapping):
    """The strategy's indicators up to the current bar, sliced on read."""

    __slots__ = ("_full", "n")

    def __init__(self, full: Mapping[str, np.ndarray]) -> None:
        self._full = dict(full)
        self.n = 0

    def __getitem__(self, key: str) -> np.ndarray:
        return self._full[key][: self.n]

    def __iter__(self) -> Iterator[str]:
        return iter(self._full)

    def __len__(self) -> int:
        return len(self._full)


class HistoryWindow:
    """The candles up to the current bar, columns sliced on read. Its length is its
    indicators' window's `n` (the loop moves one number per bar, not two)."""

    __slots__ = ("_clock", "_full")

    def __init__(self, full: Candles, clock: IndicatorWindow) -> None:
        self._full = full
        self._clock = clock

    def __len__(self) -> int:
        return self._clock.n

    @property
    def ts(self) -> np.ndarray:
        return self._full.ts[: self._clock.n]

    @property
    def open(self) -> np.ndarray:
        return self._full.open[: self._clock.n]

    @property
    def high(self) -> np.ndarray:
        return self._full.high[: self._clock.n]

    @property
    def low(self) -> np.ndarray:
        return self._full.low[: self._clock.n]

    @property
    def close(self) -> np.ndarray:
        return self._full.close[: self._clock.n]

    @property
    def volume(self) -> np.ndarray:
        return self._full.volume[: self._clock.n]

    def __getattr__(self, name: str) -> Any:
        # anything else a Candles offers (slice, concat...), on the visible part only
        return getattr(self._full.slice(0, self._clock.n), name)


def run_bar_by_bar(
    strategies: list[Strategy],
    rows: list[np.ndarray],
    ohlc: tuple,
    pos: np.ndarray,
    acct: np.ndarray,
    cfg: np.ndarray,
    vol: np.ndarray,
    equity: np.ndarray,
    allow_short: bool,
) -> np.ndarray:
    """Call each strategy's on_bar after every bar; its intents go through the same fills.
    Returns the trade records."""
    n, m = ohlc[0].shape
    if m == 1:
        return _run_one_symbol(strategies[0], ohlc, pos, acct, cfg, vol, equity, allow_short)
    sig = np.zeros((4, n, m), dtype=np.bool_)
    # Order details (limit/stop price, stop-loss, ...) per bar: a placeholder that the fill
    # loop reads as 'none' until a strategy first gives one (a plain market strategy never
    # pays for filling a million rows with NaN).
    orders = np.full((fl.N_ORDER_FIELDS, 1, 1), np.nan)
    recs = np.empty((max(64, n // 8), fl.N_REC_FIELDS), dtype=np.float64)
    # local index of each bar in a symbol's own candles (-1 where it has none)
    local = np.full((n, m), -1, dtype=np.int64)
    for s, idx in enumerate(rows):
        local[idx, s] = np.arange(len(idx))
    local_of = [local[:, s].tolist() for s in range(m)]
    full_data = [strat.data for strat in strategies]
    full_ind = [strat.ind for strat in strategies]
    indicators = [IndicatorWindow(ind) for ind in full_ind]
    history = [HistoryWindow(d, ind) for d, ind in zip(full_data, indicators, strict=True)]
    for strat, h, ind in zip(strategies, history, indicators, strict=True):
        strat.data, strat.ind = h, ind
    # The fill loop runs only when it must: bars [0, done) are simulated (fills and close),
    # and `half` says bar `done` has had its fills too. Intents only write signals at their
    # bar, which the simulation reads at that bar's close, so they need no simulation; a
    # strategy reading its position does (up to the fills of the bar it is deciding), and so
    # does a protective change (it applies after the bar's fills), and the end.
    done = 0
    half = False
    bar = 0  # the bar being decided (several symbols)
    entries = 0  # entry intents since the last simulation: a bound on the trades it books
    views: list[PositionView | None] = [None] * m
    flat = PositionView()

    span = _direct(fl.simulate_span, (0, 0, False, False, ohlc, sig, orders, pos, acct, cfg,
                                       vol, recs, equity))
    booked = 0  # trade records so far (the simulation counts them in acct)

    no_views = [None] * m
    a_nrec = fl.A_NREC

    def simulate(stop: int, fill_stop: bool) -> None:
        nonlocal done, half, recs, entries, span, booked
        if booked + entries + 3 * m + 2 >= len(recs):
            recs = np.concatenate([recs, np.empty_like(recs)])
            span = _direct(fl.simulate_span, (0, 0, False, False, ohlc, sig, orders, pos, acct,
                                              cfg, vol, recs, equity))
        span(done, stop, half, fill_stop, ohlc, sig, orders, pos, acct, cfg, vol, recs, equity)
        booked = int(acct.item(a_nrec))
        done, half, entries = stop, fill_stop and stop < n, 0
        views[:] = no_views

    item = pos.item
    P_SIZE, P_ENTRY, P_ENTRY_BAR, P_SL, P_TP = (
        fl.P_SIZE, fl.P_ENTRY, fl.P_ENTRY_BAR, fl.P_SL, fl.P_TP)

    def view_of(s: int) -> PositionView:
        size = item(s, P_SIZE)
        if size == 0.0:
            return flat
        return _position_view(size, item(s, P_ENTRY), local_of[s][int(item(s, P_ENTRY_BAR))],
                              item(s, P_SL), item(s, P_TP))

    def position_of(s: int) -> PositionView:
        if not (done == bar and half):
            simulate(bar, True)
        view = views[s]
        if view is None:
            view = views[s] = view_of(s)
        return view

    def act(i: int, s: int, intents: list) -> None:
        nonlocal entries, orders, span
        detailed = False  # an intent of this bar has written order details
        fresh = True  # no intent of this bar has written its signals yet
        for intent in intents:
            kind = type(intent)
            if orders.shape[1] == 1 and (kind is ProtectIntent or (kind is EntryIntent and (
                    intent.limit, intent.stop, intent.stop_loss, intent.take_profit,
                    intent.trail, intent.size) != _NO_DETAILS)):
                orders = np.full((fl.N_ORDER_FIELDS, n, m), np.nan)
                span = _direct(fl.simulate_span, (0, 0, False, False, ohlc, sig, orders, pos,
                                                  acct, cfg, vol, recs, equity))
            if kind is ProtectIntent and not (done == i and half):
                simulate(i, True)
            elif kind is EntryIntent:
                entries += 1
            detailed = apply_intent(intent, i, s, sig, orders, pos, allow_short, detailed, fresh)
            fresh = False
        views[s] = None

    for s, strat in enumerate(strategies):
        strat._position_source = functools.partial(position_of, s)
    try:
        for i in range(n):
            bar = i
            for s in range(m):
                li = local_of[s][i]
                if li < 0:
                    continue
                strat = strategies[s]
                indicators[s].n = li + 1
                strat.on_bar(li)
                if strat._intents:
                    act(i, s, strat.drain_intents())
        if done < n:
            simulate(n, False)
    finally:
        for strat, data, ind in zip(strategies, full_data, full_ind, strict=True):
            strat.data, strat.ind = data, ind
            strat.position = flat
    return recs


def _run_one_symbol(strat: Strategy, ohlc: tuple, pos: np.ndarray, acct: np.ndarray,
                    cfg: np.ndarray, vol: np.ndarray, equity: np.ndarray,
                    allow_short: bool) -> np.ndarray:
    """run_bar_by_bar for one symbol, the common case, with the per-bar and per-trade Python
    kept to a minimum: the bar index is the symbol's own, a position read is one numba call
    (when fills are due) and one or five scalar reads, and a bar whose only intent is a plain
    market entry or a close sets its signal flags directly (what apply_intent writes for
    it); anything else goes through apply_intent."""
    n = ohlc[0].shape[0]
    sig = np.zeros((4, n, 1), dtype=np.bool_)
    entry_long, exit_long, entry_short, exit_short = (
        sig[k, :, 0] for k in (fl.S_ENTRY_LONG, fl.S_EXIT_LONG, fl.S_ENTRY_SHORT, fl.S_EXIT_SHORT))
    orders = np.full((fl.N_ORDER_FIELDS, 1, 1), np.nan)  # see run_bar_by_bar
    # Each trade record closes a position some entry opened: entries + slack bound them.
    recs = np.empty((max(64, n // 8), fl.N_REC_FIELDS), dtype=np.float64)
    entries = 0
    full_data, full_ind = strat.data, strat.ind
    ind = IndicatorWindow(full_ind)
    strat.data, strat.ind = HistoryWindow(full_data, ind), ind
    span = _direct(fl.simulate_span, (0, 0, False, False, ohlc, sig, orders, pos, acct, cfg,
                                       vol, recs, equity))
    done, half = 0, False  # bars [0, done) simulated; half: bar `done`'s fills too
    view: PositionView | None = None  # the position as of the last simulation, once built
    flat = PositionView()
    item = pos.item
    P_SIZE, P_ENTRY, P_ENTRY_BAR, P_SL, P_TP = (
        fl.P_SIZE, fl.P_ENTRY, fl.P_ENTRY_BAR, fl.P_SL, fl.P_TP)

    def position() -> PositionView:
        nonlocal done, half, view
        i = ind.n - 1  # the bar being decided
        if done != i or not half:
            span(done, i, half, True, ohlc, sig, orders, pos, acct, cfg, vol, recs, equity)
            done, half, view = i, True, None
        elif view is not None:
            return view
        size = item(0, P_SIZE)
        if size == 0.0:
            view = flat
        else:
            view = _position_view(size, item(0, P_ENTRY), int(item(0, P_ENTRY_BAR)),
                                  item(0, P_SL), item(0, P_TP))
        return view

    def act(i: int, intents: list) -> None:
        nonlocal entries, orders, recs, span, done, half, view
        view = None
        if len(intents) == 1:
            intent = intents[0]
            kind = type(intent)
            if kind is ExitIntent:
                exit_long[i] = True
                exit_short[i] = True
                return
            if kind is EntryIntent and (
                    intent.limit, intent.stop, intent.stop_loss, intent.take_profit,
                    intent.trail, intent.size) == _NO_DETAILS:
                if intent.side == "long":
                    entry_long[i] = True
                elif allow_short:
                    entry_short[i] = True
                else:
                    return
                entries += 1
                if entries + 8 >= len(recs):
                    recs = np.concatenate([recs, np.empty_like(recs)])
                return
        detailed = False  # an intent of this bar has written order details
        fresh = True  # no intent of this bar has written its signals yet
        for intent in intents:
            kind = type(intent)
            if orders.shape[1] == 1 and (kind is ProtectIntent or (kind is EntryIntent and (
                    intent.limit, intent.stop, intent.stop_loss, intent.take_profit,
                    intent.trail, intent.size) != _NO_DETAILS)):
                orders = np.full((fl.N_ORDER_FIELDS, n, 1), np.nan)
                span = _direct(fl.simulate_span, (0, 0, False, False, ohlc, sig, orders, pos,
                                                  acct, cfg, vol, recs, equity))
            if kind is ProtectIntent and not (done == i and half):
                # a protective change applies after the bar's fills
                span(done, i, half, True, ohlc, sig, orders, pos, acct, cfg, vol, recs, equity)
                done, half = i, True
            elif kind is EntryIntent:
                entries += 1
                if entries + 8 >= len(recs):
                    recs = np.concatenate([recs, np.empty_like(recs)])
            detailed = apply_intent(intent, i, 0, sig, orders, pos, allow_short, detailed, fresh)
            fresh = False

    strat._position_source = position
    try:
        on_bar = strat.on_bar
        pending = strat._intents  # the strategy's helpers append to this very list
        for i in range(n):
            ind.n = i + 1
            on_bar(i)
            if pending:
                act(i, pending)
                pending.clear()
        if done < n:
            span(done, n, half, False, ohlc, sig, orders, pos, acct, cfg, vol, recs, equity)
    finally:
        strat.data, strat.ind = full_data, full_ind
        strat.position = flat
    return recs


def _direct(dispatcher, args: tuple):
    """The compiled entry point of a numba function for these argument types, called without
    the dispatcher's type resolution (about half of a call's cost); the dispatcher itself
    where numba does not offer it. The types never change within a run."""
    dispatcher(*args)  # compiled (or loaded from the cache) for these types
    try:
        from numba import typeof

        signature = tuple(typeof(a) for a in args)
        return dispatcher.overloads[signature].entry_point
    except (AttributeError, KeyError, TypeError):
        return dispatcher


def _position_view(size: float, entry: float, index: int, sl: float, tp: float) -> PositionView:
    # PositionView is frozen: its generated __init__ goes through object.__setattr__ per
    # field; this builds the same object in one step.
    view = object.__new__(PositionView)
    setattr_ = object.__setattr__
    setattr_(view, "size", size)
    setattr_(view, "entry_price", entry)
    setattr_(view, "entry_index", index)
    setattr_(view, "stop_loss", sl)
    setattr_(view, "take_profit", tp)
    return view


_NO_DETAILS = (None,) * 6
_DETAIL_FIELDS = (fl.OR_LIMIT, fl.OR_STOP, fl.OR_SL, fl.OR_TP, fl.OR_TRAIL, fl.OR_SIZE)


def _nan_if_none(value: float | None) -> float:
    return math.nan if value is None else float(value)


def apply_intent(intent, i, s, sig, orders, pos, allow_short: bool,
                 detailed: bool = True, fresh: bool = False) -> bool:
    """Write one intent of bar i into the signal and order arrays (and, for a protective
    change, the open position). `detailed`: an earlier intent of this bar may have written
    order details (they start NaN). `fresh`: no intent of this bar has written its signals
    (they start False), so only the flags it sets need writing. Returns whether details may
    now be written."""
    if isinstance(intent, ExitIntent):
        sig[fl.S_EXIT_LONG, i, s] = True
        sig[fl.S_EXIT_SHORT, i, s] = True
        if not fresh:
            sig[fl.S_ENTRY_LONG, i, s] = False
            sig[fl.S_ENTRY_SHORT, i, s] = False
    elif isinstance(intent, EntryIntent):
        long = intent.side == "long"
        if not long and not allow_short:
            return detailed
        mine, other = (
            (fl.S_ENTRY_LONG, fl.S_ENTRY_SHORT) if long else (fl.S_ENTRY_SHORT, fl.S_ENTRY_LONG)
        )
        sig[mine, i, s] = True
        if not fresh:
            sig[other, i, s] = False
            sig[fl.S_EXIT_LONG if long else fl.S_EXIT_SHORT, i, s] = False
        details = (intent.limit, intent.stop, intent.stop_loss, intent.take_profit,
                   intent.trail, intent.size)
        if details != _NO_DETAILS or detailed:
            # the last entry of a bar decides all its details
            for k, value in zip(_DETAIL_FIELDS, details, strict=True):
                orders[k, i, s] = _nan_if_none(value)
            return True
    elif isinstance(intent, ProtectIntent):
        for pos_k, order_k, value in (
            (fl.P_SL, fl.OR_SL, intent.stop_loss),
            (fl.P_TP, fl.OR_TP, intent.take_profit),
            (fl.P_TRAIL, fl.OR_TRAIL, intent.trail),
        ):
            if value is None:
                continue
            if pos[s, fl.P_SIZE] != 0.0:
                pos[s, pos_k] = value
            if math.isnan(orders[order_k, i, s]):
                orders[order_k, i, s] = value
        return True
    else:
        raise TypeError(f"not an order intent: {intent!r}")
    return detailed
