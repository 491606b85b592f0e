"""Funding series of perpetual futures for backtests and paper replays: (times in ms, rates),
each rate paid by longs (received by shorts) on the notional at that time.

A candle file may carry a `funding_rate` column (any letter case): the rate of the funding
time at that candle's open time, empty (NaN) on candles without one — Binance's funding
history laid over its klines. A fixed rate instead applies at every funding time (00:00,
08:00 and 16:00 UTC) inside the candles' span.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from desktop.core import Candles, DataFileError
from desktop.core.messages import marker
from desktop.data import parquet_io
from desktop.margin.formulas import FUNDING_INTERVAL_MS

_t = marker("DataFiles")

FUNDING_COLUMN = "funding_rate"
FundingSeries = tuple[np.ndarray, np.ndarray]


def file_funding(path: str | Path, candles: Candles) -> FundingSeries | None:
    """The file's funding column, row by row against `candles` as loaded from the same file
    (before any resampling); None when the file has none."""
    path = Path(path)
    if path.suffix.lower() in (".parquet", ".pq"):
        names = {n.lower(): n for n in parquet_io.open_file(path).columns}
        if FUNDING_COLUMN not in names:
            return None
        column = names[FUNDING_COLUMN]
        values = parquet_io.read_columns(path, [column])[column]
    else:
        header = pd.read_csv(path, nrows=0)
        names = {str(n).lower(): n for n in header.columns}
        if FUNDING_COLUMN not in names:
            return None
        values = pd.read_csv(path, usecols=[names[FUNDING_COLUMN]]).iloc[:, 0].to_numpy()
    rates = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=np.float64)
    if len(rates) != len(candles):
        raise DataFileError(str(path), _t("the {column} column has {rows} rows for {candles} "
                                          "candles", column=FUNDING_COLUMN, rows=len(rates),
                                          candles=len(candles)))
    mask = np.isfinite(rates)
    return candles.ts[mask].astype(np.int64), rates[mask]


def fixed_funding(candles: Candles, rate: float) -> FundingSeries:
    """`rate` at every funding time after the first candle and up to the last one."""
    first = int(candles.ts[0]) // FUNDING_INTERVAL_MS + 1
    last = int(candles.ts[-1]) // FUNDING_INTERVAL_MS
    times = np.arange(first, last + 1, dtype=np.int64) * FUNDING_INTERVAL_MS
    return times, np.full(len(times), float(rate))


def funding_series(path: str | Path, candles: Candles, fixed_rate: float | None
                   ) -> FundingSeries | None:
    """A fixed rate when one is given, else the file's column, else None (no funding)."""
    if fixed_rate is not None:
        return fixed_funding(candles, fixed_rate)
    return file_funding(path, candles)
