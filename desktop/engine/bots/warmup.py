"""How many candles a bot hands its strategy on each decision.

Declared by the strategy (`Strategy.warmup_bars`) or measured: the strategy's indicators (and,
for a vectorised strategy, its signals) are computed over a long sample and over its last `w`
candles for growing `w`; the first `w` whose newest values agree with the long computation to
1e-9 (recursive indicators such as EMA, RSI and ADX forget their start geometrically) is the
warm-up, and the bot keeps twice that as a margin.
"""

from __future__ import annotations

import numpy as np

from desktop.core import Candles
from strategies.base import Strategy

CANDIDATES = (16, 32, 64, 128, 256, 512, 1024, 2048, 4096)
MARGIN = 2
COMPARED_BARS = 8  # the newest bars that must agree
RTOL = 1e-9


def warmup_window(strategy: Strategy, sample: Candles) -> int:
    """Candles per decision for `strategy` (its own parameters), using `sample` (the history
    the bot starts with) to measure when the strategy does not declare it."""
    declared = strategy.warmup_bars()
    if declared is not None:
        return max(2, int(declared))
    n = len(sample)
    if n <= CANDIDATES[0]:
        return max(2, n)
    reference = _outputs(strategy, sample)
    for w in CANDIDATES:
        if w * MARGIN > n:
            break
        if _agree(reference, _outputs(strategy, sample.slice(n - w, n)), min(COMPARED_BARS, w)):
            return w * MARGIN
    return n  # nothing shorter agrees (or the sample is short): the whole sample


def _outputs(strategy: Strategy, data: Candles) -> dict[str, np.ndarray]:
    out = {f"ind.{k}": np.asarray(v) for k, v in strategy.indicators(data).items()}
    if strategy.is_vectorised:
        strategy.bind(data)
        sig = strategy.signals(data)
        if sig is not None:
            for name in sig.__slots__:
                value = getattr(sig, name)
                if value is not None:
                    out[f"sig.{name}"] = np.broadcast_to(np.asarray(value), (len(data),))
    return out


def _agree(full: dict[str, np.ndarray], part: dict[str, np.ndarray], k: int) -> bool:
    for name, a in full.items():
        b = part.get(name)
        if b is None or a.ndim != 1 or b.ndim != 1:
            continue
        x, y = a[-k:], b[-k:]
        if x.dtype.kind == "b" or y.dtype.kind == "b":
            if not np.array_equal(x.astype(bool), y.astype(bool)):
                return False
            continue
        x = x.astype(np.float64)
        y = y.astype(np.float64)
        if not np.allclose(x, y, rtol=RTOL, atol=0.0, equal_nan=True):
            return False
    return True
