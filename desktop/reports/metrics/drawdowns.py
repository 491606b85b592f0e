"""Drawdown periods: each stretch under a running peak, with when it started (the peak),
bottomed and recovered.

Conventions: the drawdown at a bar is 1 - equity / running peak (curve.drawdown); a period
starts at the peak bar before equity first falls below it, its bottom is the bar of its
deepest drawdown (the first such bar), and it ends at the first bar back at or above the
peak (`end_ms` None: still under water at the last bar). Its duration runs from the peak to
the recovery, or to the last bar.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.reports.metrics.curve import DAY_MS, drawdown


@dataclass(frozen=True, slots=True)
class DrawdownPeriod:
    depth: float  # fraction below the peak at the bottom (0.25 = 25 %)
    start_ms: int  # the peak
    bottom_ms: int
    end_ms: int | None  # the recovery; None while still under water
    duration_days: float
    start_index: int
    bottom_index: int
    end_index: int | None


def worst_drawdowns(ts: np.ndarray, equity: np.ndarray, count: int = 5,
                    dd: np.ndarray | None = None) -> list[DrawdownPeriod]:
    """The `count` deepest drawdown periods, deepest first (ties: the earlier first)."""
    equity = np.asarray(equity, dtype=np.float64)
    if dd is None:
        dd = drawdown(equity)
    under = dd > 0.0
    if not under.any():
        return []
    edges = np.diff(under.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)  # first bar under water
    ends = np.flatnonzero(edges == -1)  # first bar back at the peak (n: never)
    depths = np.maximum.reduceat(dd, starts)
    # Segments of reduceat run to the next start, through bars at the peak (dd 0): harmless.
    order = np.lexsort((starts, -depths))[:count]
    n = len(equity)
    out = []
    for k in order:
        a, b = int(starts[k]), int(ends[k])
        bottom = a + int(np.argmax(dd[a:b]))
        peak = a - 1
        end = b if b < n else None
        last = b if end is not None else n - 1
        out.append(DrawdownPeriod(
            depth=float(depths[k]), start_ms=int(ts[peak]), bottom_ms=int(ts[bottom]),
            end_ms=None if end is None else int(ts[end]),
            duration_days=(int(ts[last]) - int(ts[peak])) / DAY_MS,
            start_index=peak, bottom_index=bottom, end_index=end))
    return out
