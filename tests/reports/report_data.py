"""A small deterministic market for the report tests: hourly candles over ~10 weeks."""

from __future__ import annotations

from pathlib import Path

import numpy as np

HOUR = 3_600_000
T0 = 1_704_067_200_000  # 2024-01-01 00:00 UTC


def write_candles(path: Path, n: int = 1700, seed: int = 7, drift: float = 0.0) -> Path:
    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(drift, 0.01, n)))
    open_ = np.concatenate(([100.0], close[:-1]))
    high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.003, n)))
    low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.003, n)))
    ts = T0 + HOUR * np.arange(n)
    lines = ["timestamp,open,high,low,close,volume"]
    lines += [f"{t},{o!r},{h!r},{lo!r},{c!r},1.0"
              for t, o, h, lo, c in zip(ts.tolist(), open_.tolist(), high.tolist(),
                                        low.tolist(), close.tolist(), strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
