"""Purged walk-forward splits with an embargo (numpy only).

The samples are rows in time order, each with the span of candle indices its label looks at
(`Labels.start`/`end`). The rows are cut into `n_splits + 1` consecutive blocks; fold k tests
on block k+1 and trains on the rows before it, minus:

- purged rows: a training row whose label span meets the test window [first test row's start
  .. last test row's end] learned from prices the test is scored on;
- embargoed rows: rows within `embargo` candles of the test window. Features are computed over
  trailing windows, so rows just before or after the test window share inputs with it. In
  walk-forward the training rows come before the test, so the embargo is the gap in front of
  it; `train_after=True` (purged k-fold) also trains on later rows, and then the embargo also
  drops those within `embargo` candles after the test window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Split:
    train: np.ndarray  # row positions (into the arrays given), ascending
    test: np.ndarray


def purged_walk_forward(start: np.ndarray, end: np.ndarray, n_splits: int, embargo: int = 0,
                        min_train: int = 1, train_after: bool = False) -> Iterator[Split]:
    """Folds over rows 0..len(start)-1. `start`/`end`: candle index span of each row's label
    (inclusive), rows in time order. Folds whose training set would be smaller than
    `min_train` rows are skipped."""
    start = np.asarray(start, dtype=np.int64)
    end = np.asarray(end, dtype=np.int64)
    if start.shape != end.shape or start.ndim != 1:
        raise ValueError("start and end must be 1-D arrays of the same length")
    if n_splits < 1 or embargo < 0:
        raise ValueError("n_splits must be >= 1 and embargo >= 0")
    n = start.shape[0]
    if n < n_splits + 1:
        raise ValueError(f"{n} rows cannot make {n_splits} folds")
    bounds = np.linspace(0, n, n_splits + 2).astype(np.int64)
    rows = np.arange(n)
    for k in range(1, n_splits + 1):
        lo, hi = int(bounds[k]), int(bounds[k + 1])
        test = rows[lo:hi]
        window_lo = int(start[lo:hi].min())
        window_hi = int(end[lo:hi].max())
        candidate = (rows < lo) | ((rows >= hi) if train_after else np.zeros(n, dtype=bool))
        overlaps = (start <= window_hi) & (end >= window_lo)
        # The embargo widens the test window on both sides by `embargo` candles.
        near = ((end >= window_lo - embargo) & (start <= window_lo)) \
            | ((start > window_hi) & (start <= window_hi + embargo))
        train = rows[candidate & ~overlaps & ~near]
        if train.shape[0] >= min_train:
            yield Split(train, test)
