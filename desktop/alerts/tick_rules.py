"""Rules decided on every tick, evaluated for all rules at once with numpy.

Price levels and channels, moves by x % within a window, and the spread. Each rule is a row
of flat arrays (its symbol's index, op, level(s), the value it saw last); a batch of ticks
updates per-symbol state (last price, the batch's high and low, spread), then one pass of
array arithmetic over all rows says which conditions became true. There is no Python loop
over rules: the cost of a batch grows with the number of rules only through numpy.

Moves use a ring of per-second low/high prices per symbol (an hour deep): each second's slot
starts at the price then current, so a quiet symbol still has its level in the window.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.alerts.edges import OP_CODES, edge_fires
from desktop.alerts.model import AlertRule, AlertRuleError, ConditionKind

TICK_KINDS = frozenset({ConditionKind.PRICE, ConditionKind.PRICE_MOVE, ConditionKind.SPREAD})
MAX_MOVE_WINDOW_S = 3600
_MINUTES = MAX_MOVE_WINDOW_S // 60 + 2  # the per-minute ring: an hour and the minute forming
_PRICE, _MOVE_UP, _MOVE_DOWN, _SPREAD = range(4)


def check_tick_rule(rule: AlertRule) -> None:
    cond = rule.condition
    if cond.kind is ConditionKind.PRICE_MOVE and not 0 < cond.window_s <= MAX_MOVE_WINDOW_S:
        raise AlertRuleError(
            f"rule {rule.id!r}: a move's window is 1 to {MAX_MOVE_WINDOW_S} seconds"
        )


class SymbolIndex:
    """Symbol name -> row of the per-symbol arrays (grows as symbols appear)."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}

    def __call__(self, symbol: str) -> int:
        row = self.rows.get(symbol)
        if row is None:
            row = self.rows[symbol] = len(self.rows)
        return row

    def __len__(self) -> int:
        return len(self.rows)


class TickRules:
    """The tick-decided rules of an evaluator. `rows` are their rows in the evaluator."""

    def __init__(self, rules: Sequence[AlertRule], rows: Sequence[int],
                 symbols: SymbolIndex) -> None:
        self.rows = np.asarray(rows, dtype=np.int64)
        self.symbols = symbols
        self.sym = np.array([symbols(r.symbol) for r in rules], dtype=np.int64)
        self.op = np.array([OP_CODES[r.condition.op] for r in rules], dtype=np.int8)
        self.lo = np.array([r.condition.value for r in rules], dtype=np.float64)
        self.hi = np.array([r.condition.value2 for r in rules], dtype=np.float64)
        kinds = {ConditionKind.PRICE: _PRICE, ConditionKind.SPREAD: _SPREAD}
        self.what = np.array([
            (_MOVE_UP if r.condition.op == "moves_up" else _MOVE_DOWN)
            if r.condition.kind is ConditionKind.PRICE_MOVE else kinds[r.condition.kind]
            for r in rules
        ], dtype=np.int8)
        self.prev = np.full(len(rules), np.nan)
        # moves: which of the distinct windows each move rule uses
        self.windows = sorted({r.condition.window_s for r in rules
                               if r.condition.kind is ConditionKind.PRICE_MOVE})
        where = {w: i for i, w in enumerate(self.windows)}
        self.window_of = np.array([where.get(r.condition.window_s, 0) for r in rules],
                                  dtype=np.int64)
        self.is_move = (self.what == _MOVE_UP) | (self.what == _MOVE_DOWN)
        self._price_rows = np.flatnonzero(self.what == _PRICE)
        self._spread_rows = np.flatnonzero(self.what == _SPREAD)
        self._move_rows = np.flatnonzero(self.is_move)
        self._move_up = self.what[self._move_rows] == _MOVE_UP
        n = max(len(symbols), 1)
        self.last = np.full(n, np.nan)
        self.spread = np.full(n, np.nan)
        self._ring_low = np.full((MAX_MOVE_WINDOW_S, n), np.nan)
        self._ring_high = np.full((MAX_MOVE_WINDOW_S, n), np.nan)
        self._second = -1
        self._min_low = np.full((_MINUTES, n), np.nan)  # per minute: the low of its seconds
        self._min_high = np.full((_MINUTES, n), np.nan)
        self._win_low = np.full((len(self.windows), n), np.nan)
        self._win_high = np.full((len(self.windows), n), np.nan)
        self._prev_last = self.last.copy()  # symbols' prices before the current batch
        self._index_moves()

    def adopt_state(self, last: np.ndarray, spread: np.ndarray) -> None:
        """Carry the symbols' last prices over from the rule set this one replaces, and start
        each rule from the value it sees now (a new level crosses on the next move)."""
        k = min(last.shape[0], self.last.shape[0])
        self.last[:k] = last[:k]
        self.spread[:k] = spread[:k]
        self._prev_last = self.last.copy()
        self.prev = self._values(self.last, self.last, self.last)[0]

    def _grow(self) -> None:
        n = len(self.symbols)
        if n <= self.last.shape[0]:
            return
        extra = n - self.last.shape[0]

        def wider(a: np.ndarray) -> np.ndarray:
            pad = np.full((*a.shape[:-1], extra), np.nan)
            return np.concatenate([a, pad], axis=-1)

        self.last, self.spread = wider(self.last), wider(self.spread)
        self._ring_low, self._ring_high = wider(self._ring_low), wider(self._ring_high)
        self._win_low, self._win_high = wider(self._win_low), wider(self._win_high)
        self._min_low, self._min_high = wider(self._min_low), wider(self._min_high)
        self._prev_last = wider(self._prev_last)
        self._index_moves()

    def _index_moves(self) -> None:
        """Where each move rule's window extremes sit in the flattened (window, symbol) array."""
        n = self.last.shape[0]
        self._move_flat = self.window_of[self._move_rows] * n + self.sym[self._move_rows]

    def on_ticks(self, sym: np.ndarray, price: np.ndarray, bid: np.ndarray, ask: np.ndarray,
                 now_ms: int) -> tuple[np.ndarray, np.ndarray]:
        """A batch of ticks in arrival order (`sym` from the shared SymbolIndex). Returns the
        evaluator rows whose condition became true and the value each saw."""
        self._grow()
        n = self.last.shape[0]
        high = np.full(n, -np.inf)
        low = np.full(n, np.inf)
        np.maximum.at(high, sym, price)
        np.minimum.at(low, sym, price)
        touched = np.isfinite(high)
        # the last tick of each symbol wins: unique() on the reversed batch finds it
        rev_sym, first = np.unique(sym[::-1], return_index=True)
        self.last[rev_sym] = price[::-1][first]
        with np.errstate(invalid="ignore", divide="ignore"):
            spreads = (ask - bid) / ((ask + bid) * 0.5) * 10_000.0
        self.spread[rev_sym] = spreads[::-1][first]
        self._roll(now_ms // 1000, high, low, touched)
        high = np.where(touched, high, self.last)
        low = np.where(touched, low, self.last)
        x, x_high, x_low = self._values(self.last, high, low)
        live = touched[self.sym]
        prev = self.prev
        unknown = np.isnan(prev) & live & (self.what == _PRICE)
        if unknown.any():  # a symbol's first batch: its first tick is where the price came from
            opening = np.full(n, np.nan)
            first_sym, first = np.unique(sym, return_index=True)
            opening[first_sym] = price[first]
            prev = np.where(unknown, opening[self.sym], prev)
        fires = edge_fires(self.op, prev, x, self.lo, self.lo, self.hi, x_high, x_low)
        fires &= live
        self.prev = np.where(live, x, self.prev)
        hit = np.flatnonzero(fires)
        return self.rows[hit], x[hit]

    def _values(self, last: np.ndarray, high: np.ndarray,
                low: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each rule's watched value now (and its batch high/low for crossings); each kind of
        rule is gathered on its own rows only."""
        x = last[self.sym]  # price rules (and the price moves are measured from)
        x_high, x_low = x.copy(), x.copy()
        p, sp = self._price_rows, self._spread_rows
        x_high[p] = high[self.sym[p]]
        x_low[p] = low[self.sym[p]]
        if sp.size:
            x[sp] = x_high[sp] = x_low[sp] = self.spread[self.sym[sp]]
        m = self._move_rows
        if m.size:
            sym = self.sym[m]
            w_low = np.fmin(self._win_low.ravel()[self._move_flat], self._ring_low[self._slot, sym])
            w_high = np.fmax(self._win_high.ravel()[self._move_flat],
                             self._ring_high[self._slot, sym])
            price = x[m]
            with np.errstate(invalid="ignore", divide="ignore"):
                moved = np.where(self._move_up, (price / w_low - 1.0) * 100.0,
                                 (1.0 - price / w_high) * 100.0)
            x[m] = x_high[m] = x_low[m] = moved
        return x, x_high, x_low

    @property
    def _slot(self) -> int:
        return max(self._second, 0) % MAX_MOVE_WINDOW_S

    def _roll(self, second: int, high: np.ndarray, low: np.ndarray, touched: np.ndarray) -> None:
        """Advance the per-second ring to `second` and fold this batch's range into it."""
        if not self.windows:
            return
        if second != self._second:
            if self._second < 0 or second - self._second > MAX_MOVE_WINDOW_S:
                self._ring_low[:] = self._ring_high[:] = self._prev_last
                self._min_low[:] = self._min_high[:] = self._prev_last
            else:
                for s in range(self._second, second):  # each second that is now complete
                    if s != self._second:  # a quiet second: it stayed at the price then
                        self._ring_low[s % MAX_MOVE_WINDOW_S] = self._prev_last
                        self._ring_high[s % MAX_MOVE_WINDOW_S] = self._prev_last
                    self._fold_into_minute(s)
            # a second starts at the price then current (before this batch)
            self._ring_low[second % MAX_MOVE_WINDOW_S] = self._prev_last
            self._ring_high[second % MAX_MOVE_WINDOW_S] = self._prev_last
            self._second = second
            self._window_extremes()
        slot = self._slot
        self._ring_low[slot] = np.fmin(self._ring_low[slot], np.where(touched, low, np.nan))
        self._ring_high[slot] = np.fmax(self._ring_high[slot], np.where(touched, high, np.nan))
        self._prev_last = self.last.copy()

    def _fold_into_minute(self, s: int) -> None:
        m = (s // 60) % _MINUTES
        slot = s % MAX_MOVE_WINDOW_S
        if s % 60 == 0:
            self._min_low[m] = self._ring_low[slot]
            self._min_high[m] = self._ring_high[slot]
        else:
            self._min_low[m] = np.fmin(self._min_low[m], self._ring_low[slot])
            self._min_high[m] = np.fmax(self._min_high[m], self._ring_high[slot])

    def _window_extremes(self) -> None:
        """Low/high of each window's completed seconds, once per second: whole minutes from the
        per-minute ring and the loose seconds at both ends from the per-second ring, so an
        hour's window reads at most ~180 rows, not 3,600."""
        now = self._second
        for i, w in enumerate(self.windows):
            first, last = now - (w - 1), now - 1  # completed seconds in the window
            if last < first:
                self._win_low[i] = self._win_high[i] = np.nan
                continue
            m_first, m_last = -(-first // 60), (last + 1) // 60 - 1  # whole minutes inside
            if m_first <= m_last:
                secs = [*range(first, m_first * 60), *range((m_last + 1) * 60, last + 1)]
                mins = np.arange(m_first, m_last + 1) % _MINUTES
            else:
                secs, mins = list(range(first, last + 1)), np.empty(0, dtype=np.int64)
            rows = np.asarray(secs, dtype=np.int64) % MAX_MOVE_WINDOW_S
            # fmin/fmax skip the NaN of seconds before a symbol's first tick
            self._win_low[i] = np.fmin.reduce(
                np.concatenate([self._ring_low[rows], self._min_low[mins]]), axis=0)
            self._win_high[i] = np.fmax.reduce(
                np.concatenate([self._ring_high[rows], self._min_high[mins]]), axis=0)
