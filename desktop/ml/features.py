"""Model inputs computed from the candles with `strategies.indicators`.

Every feature of row i uses candles 0..i only (the candle i is closed): a model that reads
row i and acts at the next open sees nothing of the future. Where a book stream exists, the
order-book imbalance of row i is the last snapshot taken by candle i's close. Warm-up rows
are NaN; the pipeline's imputer (fitted on the training window) or the caller decides what to
do with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop.core.candles import Candles
from strategies import indicators

_MS_PER_DAY = 86_400_000
_MS_PER_WEEK = 7 * _MS_PER_DAY
# 1970-01-01 was a Thursday; 1970-01-05 00:00 UTC, a Monday, is where the weekly phase starts.
_MONDAY_OFFSET_MS = 4 * _MS_PER_DAY


def feature_names(return_windows: Sequence[int] = (1, 5, 20), vol_window: int = 20,
                  rsi_period: int = 14, atr_period: int = 14,
                  volume_window: int = 20) -> list[str]:
    """The columns `build_features` makes with these parameters, in order."""
    return ([f"ret_{w}" for w in return_windows]
            + [f"vol_{vol_window}", f"rsi_{rsi_period}", "macd_hist_pct",
               f"atr_pct_{atr_period}", f"volume_z_{volume_window}",
               "tod_sin", "tod_cos", "dow_sin", "dow_cos"])


def build_features(candles: Candles, return_windows: Sequence[int] = (1, 5, 20),
                   vol_window: int = 20, rsi_period: int = 14, atr_period: int = 14,
                   volume_window: int = 20, book: BookSnapshots | None = None) -> pd.DataFrame:
    """One row per candle (index: candle open time in ms), columns `feature_names(...)`, then
    "book_imbalance" when a book stream's snapshots are given (`book`)."""
    for name, value in (("vol_window", vol_window), ("volume_window", volume_window),
                        *((f"return_windows[{i}]", w) for i, w in enumerate(return_windows))):
        if int(value) != value or value < 1:
            raise ValueError(f"{name} must be a whole number of candles >= 1, got {value!r}")
    close = candles.close
    n = len(candles)
    cols: dict[str, np.ndarray] = {}
    for w in return_windows:
        cols[f"ret_{w}"] = _lagged_ratio(close, int(w)) - 1.0
    log_ret = np.log(_lagged_ratio(close, 1))
    # ddof=1 and min_periods=window: a full window or NaN, never a shorter estimate.
    cols[f"vol_{vol_window}"] = pd.Series(log_ret).rolling(vol_window).std().to_numpy()
    cols[f"rsi_{rsi_period}"] = indicators.rsi(close, rsi_period)
    _, _, hist = indicators.macd(close)
    # Relative to the price, so that one model serves any price level.
    cols["macd_hist_pct"] = hist / close
    cols[f"atr_pct_{atr_period}"] = indicators.atr(candles.high, candles.low, close,
                                                   atr_period) / close
    vol = pd.Series(candles.volume)
    mean = vol.rolling(volume_window).mean()
    std = vol.rolling(volume_window).std()
    # A window of identical volumes has no spread: z is undefined there, not infinite.
    cols[f"volume_z_{volume_window}"] = ((vol - mean) / std.where(std > 0)).to_numpy()
    ts = candles.ts.astype(np.int64)
    # Cyclic encodings: 23:59 sits next to 00:00, Sunday next to Monday.
    day_phase = 2 * np.pi * (ts % _MS_PER_DAY) / _MS_PER_DAY
    week_phase = 2 * np.pi * ((ts - _MONDAY_OFFSET_MS) % _MS_PER_WEEK) / _MS_PER_WEEK
    cols["tod_sin"], cols["tod_cos"] = np.sin(day_phase), np.cos(day_phase)
    cols["dow_sin"], cols["dow_cos"] = np.sin(week_phase), np.cos(week_phase)
    frame = pd.DataFrame(cols, index=pd.Index(ts, name="ts"))
    assert list(frame.columns) == feature_names(return_windows, vol_window, rsi_period,
                                                atr_period, volume_window)
    assert len(frame) == n
    if book is not None:
        frame["book_imbalance"] = book_imbalance(ts, book)
    return frame


@dataclass(frozen=True, slots=True)
class BookSnapshots:
    """An order-book stream sampled over time: at `ts[k]` (ms, ascending) the summed amount
    of the top levels on each side. `candle_ms`: the candles' length."""

    ts: np.ndarray
    bid_amount: np.ndarray
    ask_amount: np.ndarray
    candle_ms: int


def book_imbalance(candle_ts: np.ndarray, book: BookSnapshots) -> np.ndarray:
    """(bid - ask) / (bid + ask) of the last snapshot taken by each candle's close (open +
    candle_ms), in -1..1. NaN where no snapshot fell inside the candle: an older one describes
    another moment, and a later one would be the future."""
    candle_ts = np.asarray(candle_ts, dtype=np.int64)
    snap_ts = np.asarray(book.ts, dtype=np.int64)
    out = np.full(candle_ts.shape[0], np.nan)
    if snap_ts.size == 0:
        return out
    last = np.searchsorted(snap_ts, candle_ts + book.candle_ms, side="right") - 1
    ok = last >= 0
    ok[ok] = snap_ts[last[ok]] >= candle_ts[ok]
    bid = np.asarray(book.bid_amount, dtype=np.float64)[last[ok]]
    ask = np.asarray(book.ask_amount, dtype=np.float64)[last[ok]]
    total = bid + ask
    with np.errstate(invalid="ignore", divide="ignore"):
        out[ok] = np.where(total > 0, (bid - ask) / total, np.nan)
    return out


def _lagged_ratio(x: np.ndarray, lag: int) -> np.ndarray:
    """x[i] / x[i-lag]; NaN for the first `lag` rows."""
    out = np.full(x.shape[0], np.nan)
    if lag < x.shape[0]:
        out[lag:] = x[lag:] / x[:-lag]
    return out
