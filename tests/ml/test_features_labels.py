"""Features see only the past; labels know the candles they look at."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from desktop.core.candles import Candles
from desktop.ml.features import build_features, feature_names
from desktop.ml.labels import forward_sign, triple_barrier
from strategies import indicators
from tests.ml.helpers import MINUTE_MS, MONDAY_MS, random_walk


def test_features_of_a_row_use_no_later_candle() -> None:
    candles = random_walk(300, seed=1)
    full = build_features(candles)
    assert list(full.columns) == feature_names()
    for k in (40, 120, 299):
        prefix = build_features(candles.slice(0, k))
        # Row k-1 computed without candles k.. equals row k-1 computed with them.
        np.testing.assert_array_equal(prefix.to_numpy()[-1], full.to_numpy()[k - 1])


def test_feature_values_come_from_the_indicators() -> None:
    candles = random_walk(200, seed=2)
    f = build_features(candles, return_windows=(1, 5))
    c = candles.close
    assert f["ret_5"].iloc[50] == pytest.approx(c[50] / c[45] - 1)
    np.testing.assert_array_equal(f["rsi_14"].to_numpy(), indicators.rsi(c, 14))
    atr = indicators.atr(candles.high, candles.low, c, 14)
    np.testing.assert_allclose(f["atr_pct_14"].to_numpy(), atr / c)
    v = candles.volume[80:100]
    assert f["volume_z_20"].iloc[99] == pytest.approx((v[-1] - v.mean()) / v.std(ddof=1))
    r = np.diff(np.log(c[79:100]))
    assert f["vol_20"].iloc[99] == pytest.approx(r.std(ddof=1))
    assert np.isnan(f["ret_5"].iloc[4]) and np.isnan(f["vol_20"].iloc[19])


def test_time_of_day_and_week_are_cyclic() -> None:
    # Monday 00:00, Monday 06:00 and Thursday 12:00 UTC.
    ts = np.array([MONDAY_MS, MONDAY_MS + 360 * MINUTE_MS, MONDAY_MS + 3.5 * 86_400_000],
                  dtype=np.int64)
    one = np.ones(3)
    f = build_features(Candles.from_arrays(ts, one, one, one, one, one), return_windows=(1,))
    np.testing.assert_allclose(f[["tod_sin", "tod_cos"]].to_numpy(),
                               [[0, 1], [1, 0], [0, -1]], atol=1e-12)
    np.testing.assert_allclose(f["dow_cos"].to_numpy()[[0, 2]], [1, np.cos(np.pi)], atol=1e-12)


def _candles(close, high=None, low=None) -> Candles:
    close = np.asarray(close, dtype=float)
    high = close if high is None else np.asarray(high, dtype=float)
    low = close if low is None else np.asarray(low, dtype=float)
    ts = MONDAY_MS + MINUTE_MS * np.arange(close.shape[0], dtype=np.int64)
    return Candles.from_arrays(ts, close, high, low, close, np.ones_like(close))


def test_forward_sign_label_and_its_span() -> None:
    lab = forward_sign(_candles([10, 11, 9, 12, 12, 8]), horizon=2)
    assert lab.valid.tolist() == [True, True, True, True, False, False]
    assert lab.y[:4].tolist() == [0, 1, 1, 0]  # 9>10? 12>11 12>9 8>12?
    assert lab.start[:4].tolist() == [1, 2, 3, 4]
    assert lab.end[:4].tolist() == [2, 3, 4, 5]


def test_triple_barrier_first_touch_decides_and_the_span_ends_there() -> None:
    close = [100, 100, 100, 100, 100, 100, 100, 100]
    high = [100, 100.5, 102.5, 100, 100, 100, 100, 100]
    low = [100, 99.5, 100, 100, 97, 100, 100, 100]
    lab = triple_barrier(_candles(close, high, low), take_profit=0.02, stop=0.02, time_limit=3)
    # Row 0: the high of candle 2 reaches 102 first -> take-profit, decided at candle 2.
    assert (lab.y[0], lab.end[0]) == (1, 2)
    # Row 1: take-profit at candle 2 as well.
    assert (lab.y[1], lab.end[1]) == (1, 2)
    # Row 2: candle 4's low reaches 98 -> stop at 4.
    assert (lab.y[2], lab.end[2]) == (0, 4)
    # Row 4: nothing within 3 candles -> time limit; flat return counts as "not up".
    assert (lab.y[4], lab.end[4]) == (0, 7)
    assert lab.valid.tolist() == [True] * 5 + [False] * 3
    assert lab.start[:5].tolist() == [1, 2, 3, 4, 5]


def test_a_candle_touching_both_barriers_counts_as_the_stop() -> None:
    lab = triple_barrier(_candles([100, 100, 100], [100, 105, 100], [100, 95, 100]),
                         take_profit=0.01, stop=0.01, time_limit=1)
    assert (lab.y[0], lab.end[0]) == (0, 1)


def test_time_limit_uses_the_sign_of_the_return() -> None:
    lab = triple_barrier(_candles([100, 100.5, 101]), take_profit=0.05, stop=0.05, time_limit=2)
    assert (lab.y[0], lab.end[0], lab.valid[0]) == (1, 2, True)


def test_bad_parameters_are_refused() -> None:
    c = _candles([1, 2, 3])
    with pytest.raises(ValueError, match="horizon"):
        forward_sign(c, 0)
    with pytest.raises(ValueError, match="take_profit"):
        triple_barrier(c, 0.0, 0.01, 2)


def test_features_labels_and_splits_do_not_load_scikit_learn() -> None:
    code = ("import sys, desktop.ml, desktop.ml.features, desktop.ml.labels, desktop.ml.splits;"
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_book_imbalance_uses_the_last_snapshot_inside_each_candle_and_never_a_later_one():
    from desktop.ml.features import BookSnapshots, book_imbalance

    candles = random_walk(4)
    t0 = MONDAY_MS
    book = BookSnapshots(
        ts=np.array([t0 + 10_000, t0 + 50_000, t0 + 2 * MINUTE_MS + 59_999,
                     t0 + 3 * MINUTE_MS + 60_001]),
        bid_amount=np.array([3.0, 1.0, 2.0, 9.0]), ask_amount=np.array([1.0, 3.0, 2.0, 1.0]),
        candle_ms=MINUTE_MS)
    got = book_imbalance(candles.ts, book)
    # candle 0: the 50 s snapshot (the last by its close); candle 1: none inside it; candle 2:
    # the one a millisecond before its close; candle 3: only a snapshot after its close.
    np.testing.assert_array_equal(got, [-0.5, np.nan, 0.0, np.nan])
    frame = build_features(candles, book=book)
    assert frame.columns[-1] == "book_imbalance"
    np.testing.assert_array_equal(frame["book_imbalance"].to_numpy(), got)
