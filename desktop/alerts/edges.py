"""The arithmetic every condition shares, elementwise over numpy arrays.

The same functions run along rules (the engine: one value per rule, now and before) and along
time (`pregao alerts`: one value per candle), so a replay and the live engine agree.
`TriggerGate` applies the trigger modes (once, per minute, cooldown, expiry, count, snooze) to
many rules at once.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from desktop.alerts.model import AlertRule, TriggerMode

# Op codes of the vectorised evaluation (the model's op strings map to these).
CROSS_UP, CROSS_DOWN, CROSS, GT, LT, ENTER, EXIT = range(7)
OP_CODES: dict[str, int] = {
    "crosses_above": CROSS_UP, "crosses_below": CROSS_DOWN, "crosses": CROSS,
    ">": GT, "<": LT, "enters_channel": ENTER, "exits_channel": EXIT,
    # a move by x % is "the move's size > x"; volume spike / spread / P&L are comparisons
    "moves_up": GT, "moves_down": GT,
}
MODE_CODES: dict[TriggerMode, int] = {mode: i for i, mode in enumerate(TriggerMode)}
ONCE_CODE = MODE_CODES[TriggerMode.ONCE]
PER_MINUTE_CODE = MODE_CODES[TriggerMode.ONCE_PER_MINUTE]
MINUTE_MS = 60_000
_NEVER = np.iinfo(np.int64).min // 2


def edge_fires(op: np.ndarray, prev_x: np.ndarray, x: np.ndarray, prev_lo: np.ndarray,
               lo: np.ndarray, hi: np.ndarray, x_high: np.ndarray | None = None,
               x_low: np.ndarray | None = None) -> np.ndarray:
    """Where each condition becomes true now.

    `x` is the watched value (price, indicator, move size...), `lo` what it is compared with
    (a constant or another series), `hi` a channel's other edge. A crossing needs the previous
    value on the other side: crosses_above is prev < lo and now >= lo. `>`/`<` fire when the
    comparison is true and was false (or not computable: NaN compares false) before. Crossings
    look at `x_high`/`x_low` (the highest/lowest price of a tick batch) when given, so a touch
    inside a batch is not missed."""
    x_high = x if x_high is None else x_high
    x_low = x if x_low is None else x_low
    with np.errstate(invalid="ignore"):
        up = (prev_x < prev_lo) & (x_high >= lo)
        down = (prev_x > prev_lo) & (x_low <= lo)
        gt = (x > lo) & ~(prev_x > prev_lo)
        lt = (x < lo) & ~(prev_x < prev_lo)
        inside = (x >= lo) & (x <= hi)
        was_inside = (prev_x >= prev_lo) & (prev_x <= hi)
    known = ~np.isnan(prev_x) & ~np.isnan(x)
    return np.select(
        [op == CROSS_UP, op == CROSS_DOWN, op == CROSS, op == GT, op == LT,
         op == ENTER, op == EXIT],
        [up, down, up | down, gt, lt, inside & ~was_inside & known,
         ~inside & was_inside & known],
        default=False,
    )


class TriggerGate:
    """Trigger modes of many rules as arrays: which candidates may fire now, and the record
    of what fired (count, last time; ONCE rules disarm themselves)."""

    def __init__(self, rules: Iterable[AlertRule]) -> None:
        rules = list(rules)
        self.enabled = np.array([r.enabled for r in rules], dtype=bool)
        self.mode = np.array([MODE_CODES[r.trigger] for r in rules], dtype=np.int8)
        self.cooldown_ms = np.array([int(r.cooldown_s * 1000) for r in rules], dtype=np.int64)
        self.expires_ms = np.array([_or(r.expires_ms, _NEVER * -1) for r in rules],
                                   dtype=np.int64)
        self.snoozed_until_ms = np.array([_or(r.snoozed_until_ms, _NEVER) for r in rules],
                                         dtype=np.int64)
        self.max_count = np.array([_or(r.max_count, -1) for r in rules], dtype=np.int64)
        self.fired_count = np.array([r.fired_count for r in rules], dtype=np.int64)
        self.last_fired_ms = np.array([_or(r.last_fired_ms, _NEVER) for r in rules],
                                      dtype=np.int64)

    def admit(self, rows: np.ndarray, now_ms: int) -> np.ndarray:
        """The subset of candidate `rows` allowed to fire at `now_ms` (rows in order)."""
        if rows.size == 0:
            return rows
        since = now_ms - self.last_fired_ms[rows]
        ok = (
            self.enabled[rows]
            & (now_ms < self.expires_ms[rows])
            & (now_ms >= self.snoozed_until_ms[rows])
            & ((self.max_count[rows] < 0) | (self.fired_count[rows] < self.max_count[rows]))
            & (since >= self.cooldown_ms[rows])
            & ((self.mode[rows] != PER_MINUTE_CODE) | (since >= MINUTE_MS))
        )
        return rows[ok]

    def record(self, rows: np.ndarray, now_ms: int) -> None:
        self.fired_count[rows] += 1
        self.last_fired_ms[rows] = now_ms
        once = rows[self.mode[rows] == ONCE_CODE]
        self.enabled[once] = False


def _or(value: int | None, default: int) -> int:
    return default if value is None else int(value)
