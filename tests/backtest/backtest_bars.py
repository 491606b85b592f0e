"""Hand-written candles for the backtest tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop.core import Candles

# Real exchange candles beside the checkout (see shared/data/README.md); tests skip without.
DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def candles_from_rows(rows: list[tuple[float, float, float, float]], bar_ms: int = 60_000,
                      start_ms: int = 1_700_000_000_000) -> Candles:
    """Hand-written (open, high, low, close) bars, one minute apart."""
    arr = np.array(rows, dtype=np.float64)
    ts = start_ms + bar_ms * np.arange(len(rows), dtype=np.int64)
    return Candles.from_arrays(ts, arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3],
                               np.ones(len(rows)))


def load_reference(name: str) -> Candles:
    path = DATA_DIR / name
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (see shared/data/README.md)")
    df = pd.read_parquet(path)
    return Candles.from_arrays(df.timestamp, df.open, df.high, df.low, df.close, df.volume)
