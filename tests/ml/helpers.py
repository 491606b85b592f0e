"""Small seeded candle series for the ML tests."""

from __future__ import annotations

import numpy as np

from desktop.core.candles import Candles

MONDAY_MS = 1_704_672_000_000  # 2024-01-08 00:00 UTC, a Monday
MINUTE_MS = 60_000


def random_walk(n: int, seed: int = 0, drift: np.ndarray | None = None) -> Candles:
    """1-minute candles of a seeded random walk; `drift` adds a per-candle log return."""
    rng = np.random.default_rng(seed)
    steps = rng.normal(0.0, 0.002, n)
    if drift is not None:
        steps = steps + drift
    close = 100.0 * np.exp(np.cumsum(steps))
    open_ = np.concatenate([[100.0], close[:-1]])
    spread = np.abs(rng.normal(0.0, 0.001, n)) * close
    high = np.maximum(open_, close) + spread
    low = np.minimum(open_, close) - spread
    volume = rng.lognormal(3.0, 0.5, n)
    ts = MONDAY_MS + MINUTE_MS * np.arange(n, dtype=np.int64)
    return Candles.from_arrays(ts, open_, high, low, close, volume)
