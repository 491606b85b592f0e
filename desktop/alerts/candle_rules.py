"""Rules decided on closed candles (indicators, volume spikes, and price rules that fire once
per bar close), live in the engine: one `CandleRules` per (symbol, timeframe).

It builds its timeframe's candles from the feed's closed 1-minute bars, keeps the last
`KEEP` of them, and on each close computes every distinct series its rules need once (RSI(14)
is computed once however many rules watch it), then decides all rules with one vectorised
edges.edge_fires over their last two values: the same arithmetic as the replay.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.alerts.candle_series import condition_series
from desktop.alerts.edges import OP_CODES, edge_fires
from desktop.alerts.model import AlertRule, Condition, ConditionKind
from desktop.core.candles import Candles
from desktop.core.timeframes import timeframe_ms
from desktop.core.types import Bar
from desktop.data.resample import resample

KEEP = 600  # candles kept per (symbol, timeframe): enough for SMA(200) and slow EMAs to settle
MINUTE_MS = 60_000


def _x_key(cond: Condition) -> tuple:
    """What decides the watched series (rules with equal keys share one computation)."""
    if cond.kind is ConditionKind.INDICATOR:
        return ("ind", cond.indicator, cond.params, cond.output)
    if cond.kind is ConditionKind.PRICE_MOVE:
        return ("move", cond.op, cond.window_s)
    if cond.kind is ConditionKind.VOLUME:
        return ("volume", cond.window_s)
    return ("close",)


class CandleRules:
    def __init__(self, symbol: str, timeframe: str, rules: Sequence[AlertRule],
                 rows: Sequence[int]) -> None:
        self.symbol = symbol
        self.timeframe = timeframe
        self.step = timeframe_ms(timeframe)
        self.rules = list(rules)
        self.rows = np.asarray(rows, dtype=np.int64)
        self.op = np.array([OP_CODES[r.condition.op] for r in rules], dtype=np.int8)
        self.hi = np.array([r.condition.value2 for r in rules], dtype=np.float64)
        self.value = np.array([r.condition.value for r in rules], dtype=np.float64)
        keys = [_x_key(r.condition) for r in rules]
        self.x_keys = list(dict.fromkeys(keys))
        self.x_of = np.array([self.x_keys.index(k) for k in keys], dtype=np.int64)
        self.sample = {k: rules[keys.index(k)].condition for k in self.x_keys}
        # rules comparing with another indicator: that series, per rule (-1: a constant)
        others = [("ind", r.condition.other_indicator, r.condition.other_params, 0)
                  if r.condition.other_indicator else None for r in rules]
        self.lo_keys = list(dict.fromkeys(o for o in others if o is not None))
        self.lo_of = np.array([self.lo_keys.index(o) if o else -1 for o in others],
                              dtype=np.int64)
        self.candles = Candles.empty()
        self._forming: list[float] | None = None  # ts, open, high, low, close, volume

    def seed(self, closed_1m: Candles) -> None:
        """Start from history: closed 1-minute candles up to now."""
        if len(closed_1m) == 0:
            return
        tf = resample(closed_1m, self.timeframe)
        last_end = int(closed_1m.ts[-1]) + MINUTE_MS
        if int(tf.ts[-1]) + self.step > last_end:  # the newest bucket is still forming
            part = closed_1m.slice(int(np.searchsorted(closed_1m.ts, tf.ts[-1])), len(closed_1m))
            self._forming = [float(part.ts[0] // self.step * self.step), float(part.open[0]),
                             float(part.high.max()), float(part.low.min()),
                             float(part.close[-1]), float(part.volume.sum())]
            tf = tf.slice(0, len(tf) - 1)
        self.candles = tf.slice(max(0, len(tf) - KEEP), len(tf))

    def on_bar(self, bar: Bar) -> list[tuple[int, float, np.ndarray, np.ndarray]]:
        """A closed 1-minute bar. Returns, per candle of this timeframe it closed, (open time,
        close, evaluator rows whose condition became true, the value each saw)."""
        out = []
        bucket = bar.ts // self.step * self.step
        f = self._forming
        if f is not None and int(f[0]) != bucket:
            out.append(self._close())  # a gap: the previous candle ended without its last bar
            f = None
        if f is None:
            self._forming = [float(bucket), bar.open, bar.high, bar.low, bar.close, bar.volume]
        else:
            f[2], f[3] = max(f[2], bar.high), min(f[3], bar.low)
            f[4], f[5] = bar.close, f[5] + bar.volume
        if bar.ts + MINUTE_MS >= bucket + self.step:
            out.append(self._close())
        return out

    def _close(self) -> tuple[int, float, np.ndarray, np.ndarray]:
        f = self._forming
        assert f is not None
        self._forming = None
        new = Candles.from_arrays([int(f[0])], [f[1]], [f[2]], [f[3]], [f[4]], [f[5]])
        c = self.candles.concat(new)
        self.candles = c.slice(max(0, len(c) - KEEP), len(c))
        rows, values = self.evaluate()
        return int(f[0]), f[4], rows, values

    def evaluate(self) -> tuple[np.ndarray, np.ndarray]:
        """Decide every rule on the newest closed candle."""
        if len(self.candles) < 2:
            return self.rows[:0], np.empty(0)
        memo: dict = {}
        x_last = np.empty((len(self.x_keys), 2))
        for i, key in enumerate(self.x_keys):  # per distinct series, not per rule
            x, _, _ = condition_series(self.sample[key], self.candles, self.step, memo)
            x_last[i] = x[-2:]
        lo_last = np.empty((len(self.lo_keys), 2))
        for i, key in enumerate(self.lo_keys):
            probe = Condition(ConditionKind.INDICATOR, ">", indicator=key[1], params=key[2])
            lo_last[i] = condition_series(probe, self.candles, self.step, memo)[0][-2:]
        x_prev, x_now = x_last[self.x_of, 0], x_last[self.x_of, 1]
        has_other = self.lo_of >= 0
        if self.lo_keys:
            lo_prev = np.where(has_other, lo_last[self.lo_of, 0], self.value)
            lo_now = np.where(has_other, lo_last[self.lo_of, 1], self.value)
        else:
            lo_prev = lo_now = self.value
        fires = edge_fires(self.op, x_prev, x_now, lo_prev, lo_now, self.hi)
        hit = np.flatnonzero(fires)
        return self.rows[hit], x_now[hit]
