"""Resampling real Binance candles to coarser timeframes, checked against hand computation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop.core.candles import Candles
from desktop.data.resample import resample

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def _load(name: str) -> Candles:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (see shared/data/README.md)")
    df = pd.read_parquet(path)
    return Candles.from_arrays(
        df["timestamp"], df["open"], df["high"], df["low"], df["close"], df["volume"]
    )


def _by_hand(src: Candles, start_ms: int, step_ms: int) -> tuple[float, ...]:
    rows = [i for i in range(len(src)) if start_ms <= int(src.ts[i]) < start_ms + step_ms]
    return (
        float(src.open[rows[0]]),
        max(float(src.high[i]) for i in rows),
        min(float(src.low[i]) for i in rows),
        float(src.close[rows[-1]]),
        sum(float(src.volume[i]) for i in rows),
    )


def _row(c: Candles, ts: int) -> tuple[float, ...]:
    i = int(np.searchsorted(c.ts, ts))
    assert c.ts[i] == ts, f"no candle at {ts}"
    return (
        float(c.open[i]),
        float(c.high[i]),
        float(c.low[i]),
        float(c.close[i]),
        float(c.volume[i]),
    )


@pytest.mark.parametrize("timeframe, step_ms", [("15m", 900_000), ("1h", 3_600_000)])
def test_eth_btc_5m_buckets_match_hand_computation(timeframe: str, step_ms: int) -> None:
    src = _load("binance_spot_ETH-BTC_5m.parquet")
    out = resample(src, timeframe)
    assert np.all(out.ts % step_ms == 0), "buckets must be aligned to the UTC epoch"
    assert np.all(np.diff(out.ts) == step_ms), "ETH/BTC has no gaps, so neither may the output"
    # The first candle (04:55) sits alone in its bucket; check it and a few full ones.
    for ts in (int(out.ts[0]), int(out.ts[1]), int(out.ts[len(out) // 2]), int(out.ts[-1])):
        got = _row(out, ts)
        want = _by_hand(src, ts, step_ms)
        assert got == pytest.approx(want, rel=1e-12), f"bucket {ts}"
    assert out.ts[0] == src.ts[0] - src.ts[0] % step_ms
    assert float(out.volume.sum()) == pytest.approx(float(src.volume.sum()), rel=1e-12)


def test_volume_is_the_sum_not_the_last_bar() -> None:
    src = _load("binance_spot_ETH-BTC_5m.parquet")
    out = resample(src, "1h")
    ts = int(out.ts[5])
    i = int(np.searchsorted(src.ts, ts))
    assert out.volume[5] == pytest.approx(src.volume[i : i + 12].sum())
    assert out.volume[5] > src.volume[i + 11]


def test_ada_btc_gaps_stay_gaps_and_partial_buckets_are_right() -> None:
    src = _load("binance_spot_ADA-BTC_5m.parquet")
    gaps = np.flatnonzero(np.diff(src.ts) > 300_000)
    assert gaps.size > 0
    out = resample(src, "15m")
    for g in gaps:
        before, after = int(src.ts[g]), int(src.ts[g + 1])
        for ts in {before - before % 900_000, after - after % 900_000}:
            assert _row(out, ts) == pytest.approx(_by_hand(src, ts, 900_000), rel=1e-12)
        # Any 15m bucket lying wholly inside the gap has no data and must be omitted.
        first_empty = before - before % 900_000 + 900_000
        for empty in range(first_empty, after - after % 900_000, 900_000):
            assert empty not in set(out.ts.tolist()), f"empty bucket {empty} was invented"
    # The big gap (2h50m) means the 15m series has missing buckets too.
    assert np.any(np.diff(out.ts) > 900_000)


def test_identity_when_timeframe_equals_input() -> None:
    src = _load("binance_spot_ETH-BTC_5m.parquet")
    out = resample(src, "5m")
    for a, b in zip(
        (out.ts, out.open, out.high, out.low, out.close, out.volume),
        (src.ts, src.open, src.high, src.low, src.close, src.volume),
        strict=True,
    ):
        np.testing.assert_array_equal(a, b)


def test_1m_to_daily_on_synthetic_minutes_matches_pandas() -> None:
    rng = np.random.default_rng(7)
    n = 10_000
    ts = 1_700_000_000_000 - 1_700_000_000_000 % 60_000 + np.arange(n, dtype=np.int64) * 60_000
    ts = np.delete(ts, rng.choice(n, 500, replace=False))  # sprinkle missing minutes
    close = 100 + np.cumsum(rng.normal(0, 0.1, ts.size))
    open_ = np.r_[100.0, close[:-1]]
    high = np.maximum(open_, close) + 0.05
    low = np.minimum(open_, close) - 0.05
    vol = rng.uniform(0, 5, ts.size)
    src = Candles.from_arrays(ts, open_, high, low, close, vol)
    for tf, rule in (("4h", "4h"), ("1d", "1D")):
        out = resample(src, tf)
        df = pd.DataFrame(
            {"open": open_, "high": high, "low": low, "close": close, "volume": vol},
            index=pd.to_datetime(ts, unit="ms"),  # naive UTC: origin="epoch" applies to 1D too
        )
        ref = (
            df.resample(rule, origin="epoch")
            .agg({"open": "first", "high": "max", "low": "min", "close": "last", "volume": "sum"})
            .dropna()
        )
        np.testing.assert_array_equal(out.ts, ref.index.as_unit("ms").asi8)
        np.testing.assert_allclose(out.volume, ref["volume"].to_numpy(), rtol=1e-12)
        np.testing.assert_array_equal(out.high, ref["high"].to_numpy())
        np.testing.assert_array_equal(out.open, ref["open"].to_numpy())
        np.testing.assert_array_equal(out.close, ref["close"].to_numpy())
