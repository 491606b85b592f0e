"""How often rules would have fired on a candle history: `pregao alerts` and the dock's
"would have fired" preview. Each closed candle is one evaluation with its close as the price."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.alerts.candle_series import CANDLE_KINDS, condition_series, shifted
from desktop.alerts.edges import OP_CODES, TriggerGate, edge_fires
from desktop.alerts.model import AlertRule
from desktop.core.candles import Candles


@dataclass(slots=True, frozen=True)
class ReplayTrigger:
    rule: str
    time_ms: int  # the candle's open time
    price: float  # its close


def replay_rules(rules: list[AlertRule], candles: Candles,
                 timeframe_ms: int) -> list[ReplayTrigger]:
    """Every trigger, in time order (rules in their given order within one candle). Rules of
    kinds candles cannot decide (orders, bots, spread...) are not part of a replay."""
    rules = [r for r in rules if r.condition.kind in CANDLE_KINDS]
    n = len(candles)
    if not rules or n == 0:
        return []
    memo: dict = {}
    fires = np.zeros((len(rules), n), dtype=bool)
    for row, rule in enumerate(rules):  # per rule: a replay is offline, not the hot path
        x, lo, hi = condition_series(rule.condition, candles, timeframe_ms, memo)
        op = np.full(n, OP_CODES[rule.condition.op], dtype=np.int8)
        fires[row] = edge_fires(op, shifted(x), x, shifted(lo), lo, hi)
    gate = TriggerGate(rules)
    out: list[ReplayTrigger] = []
    for t in np.flatnonzero(fires.any(axis=0)):
        now = int(candles.ts[t])
        admitted = gate.admit(np.flatnonzero(fires[:, t]), now)
        gate.record(admitted, now)
        out.extend(ReplayTrigger(rules[r].id, now, float(candles.close[t])) for r in admitted)
    return out
