"""strategies.indicators: TA-Lib parity on real Binance candles, hand-computed values for
the indicators TA-Lib lacks, invariants, warm-up/NaN/argument handling, and crossover
against backtesting.py's rule."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from strategies import indicators as ind

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CANDLE_FILES = [
    "binance_spot_ETH-BTC_5m.parquet",
    "binance_spot_LTC-BTC_5m.parquet",
    "binance_spot_ADA-BTC_5m.parquet",
    "binance_spot_XRP-ETH_1m.parquet",
    "binance_usdm_XRP-USDT_5m.parquet",
]
PERIODS = [2, 5, 14, 30, 200]


def load(name: str) -> dict[str, np.ndarray]:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"reference candles {path} are absent (they live in ../shared/data)")
    frame = pd.read_parquet(path)
    cols = {k: frame[k].to_numpy(dtype=np.float64) for k in
            ("open", "high", "low", "close", "volume")}
    cols["ts"] = frame["timestamp"].to_numpy(dtype=np.int64)
    return cols


@pytest.fixture(scope="module")
def talib():
    return pytest.importorskip("talib", reason="TA-Lib (dev-only reference) is not installed")


@pytest.fixture(params=CANDLE_FILES, ids=lambda f: f.split("_")[2])
def bars(request) -> dict[str, np.ndarray]:
    return load(request.param)


def same(ours, theirs) -> None:
    """Equal to 1e-9 relative everywhere, NaN exactly where TA-Lib has NaN."""
    ours = ours if isinstance(ours, tuple) else (ours,)
    theirs = theirs if isinstance(theirs, tuple) else (theirs,)
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs, strict=True):
        assert a.shape == b.shape and a.dtype == np.float64
        np.testing.assert_allclose(a, b, rtol=1e-9, atol=0, equal_nan=True)


# ------------------------------------------------------------------ TA-Lib parity, real data


def test_moving_averages_match_talib(bars, talib) -> None:
    c = bars["close"]
    for p in PERIODS:
        same(ind.sma(c, p), talib.SMA(c, p))
        same(ind.ema(c, p), talib.EMA(c, p))
        same(ind.wma(c, p), talib.WMA(c, p))


def test_rsi_matches_talib(bars, talib) -> None:
    c = bars["close"]
    for p in PERIODS:
        same(ind.rsi(c, p), talib.RSI(c, p))
    same(ind.rsi(c), talib.RSI(c))


@pytest.mark.parametrize("fast,slow,signal", [(12, 26, 9), (5, 35, 5), (3, 10, 1), (26, 12, 9)])
def test_macd_matches_talib(bars, talib, fast, slow, signal) -> None:
    c = bars["close"]
    same(ind.macd(c, fast, slow, signal), talib.MACD(c, fast, slow, signal))


def test_bbands_match_talib(bars, talib) -> None:
    c = bars["close"]
    for p in PERIODS:
        for dev in (1.0, 2.0, 2.5):
            same(ind.bbands(c, p, dev), talib.BBANDS(c, p, dev, dev, 0))


def test_atr_matches_talib(bars, talib) -> None:
    h, lo, c = bars["high"], bars["low"], bars["close"]
    for p in [1, *PERIODS]:
        same(ind.atr(h, lo, c, p), talib.ATR(h, lo, c, p))


def test_adx_and_di_match_talib(bars, talib) -> None:
    h, lo, c = bars["high"], bars["low"], bars["close"]
    for p in PERIODS:
        same(ind.adx(h, lo, c, p), talib.ADX(h, lo, c, p))
        same(ind.plus_di(h, lo, c, p), talib.PLUS_DI(h, lo, c, p))
        same(ind.minus_di(h, lo, c, p), talib.MINUS_DI(h, lo, c, p))


@pytest.mark.parametrize("k,sk,sd", [(5, 3, 3), (14, 3, 3), (9, 1, 5), (21, 7, 1)])
def test_stoch_matches_talib(bars, talib, k, sk, sd) -> None:
    h, lo, c = bars["high"], bars["low"], bars["close"]
    same(ind.stoch(h, lo, c, k, sk, sd), talib.STOCH(h, lo, c, k, sk, 0, sd, 0))


@pytest.mark.parametrize("p,k,d", [(14, 5, 3), (14, 14, 3), (5, 3, 3), (30, 10, 1), (2, 2, 2)])
def test_stochrsi_matches_talib(bars, talib, p, k, d) -> None:
    c = bars["close"]
    same(ind.stochrsi(c, p, k, d), talib.STOCHRSI(c, p, k, d, 0))


def test_obv_matches_talib(bars, talib) -> None:
    same(ind.obv(bars["close"], bars["volume"]), talib.OBV(bars["close"], bars["volume"]))


def test_leading_nans_are_skipped_like_talib(talib) -> None:
    """A series that starts late (NaN head, staggered between inputs) warms up from its
    first complete bar, as TA-Lib's wrapper does."""
    b = load(CANDLE_FILES[0])
    h, lo, c, v = (b[k][:800].copy() for k in ("high", "low", "close", "volume"))
    c[:10] = np.nan
    h[:13] = np.nan
    v[:4] = np.nan
    same(ind.sma(c, 20), talib.SMA(c, 20))
    same(ind.ema(c, 20), talib.EMA(c, 20))
    same(ind.rsi(c, 14), talib.RSI(c, 14))
    same(ind.macd(c), talib.MACD(c))
    same(ind.bbands(c, 20), talib.BBANDS(c, 20, 2.0, 2.0, 0))
    same(ind.atr(h, lo, c, 14), talib.ATR(h, lo, c, 14))
    same(ind.adx(h, lo, c, 14), talib.ADX(h, lo, c, 14))
    same(ind.stoch(h, lo, c), talib.STOCH(h, lo, c))
    same(ind.stochrsi(c), talib.STOCHRSI(c))
    same(ind.obv(c, v), talib.OBV(c, v))


def test_period_longer_than_data_is_all_nan_like_talib(talib) -> None:
    c = load(CANDLE_FILES[4])["close"][:50]
    h, lo = c + 1.0, c - 1.0
    for ours, theirs in [
        (ind.sma(c, 51), talib.SMA(c, 51)),
        (ind.rsi(c, 50), talib.RSI(c, 50)),
        (ind.adx(h, lo, c, 26), talib.ADX(h, lo, c, 26)),
        (ind.macd(c, 12, 40, 20), talib.MACD(c, 12, 40, 20)),
        (ind.stochrsi(c, 30, 20, 5), talib.STOCHRSI(c, 30, 20, 5)),
    ]:
        same(ours, theirs)
        assert all(np.isnan(o).all() for o in (ours if isinstance(ours, tuple) else (ours,)))


# ------------------------------------------------------------------ hand-computed values

# A small bar series used by several hand computations below.
HIGH = np.array([3.0, 5.0, 4.0, 6.0, 2.0, 7.0])
LOW = np.array([1.0, 2.0, 0.0, 3.0, 1.0, 4.0])
NAN = np.nan


def test_bbands_population_std_by_hand_and_exact_zero_when_flat() -> None:
    x = np.array([1.0, 2.0, 3.0, 4.0, 4.0, 4.0, 4.0, 4.0])
    upper, middle, lower = ind.bbands(x, 4, 2.0)
    # windows (1,2,3,4) (2,3,4,4) (3,4,4,4): means 2.5, 3.25, 3.75; population variances
    # 5/4, 2.75/4, 0.75/4 (divided by 4, not 3); then two windows of a repeated price.
    std = np.sqrt([1.25, 0.6875, 0.1875])
    np.testing.assert_allclose(middle[3:6], [2.5, 3.25, 3.75], rtol=1e-15)
    np.testing.assert_allclose(upper[3:6], middle[3:6] + 2 * std, rtol=1e-15)
    np.testing.assert_allclose(lower[3:6], middle[3:6] - 2 * std, rtol=1e-15)
    assert np.isnan(upper[:3]).all()
    assert (upper[6:] == 4.0).all() and (lower[6:] == 4.0).all()


def test_donchian_by_hand() -> None:
    upper, middle, lower = ind.donchian(HIGH, LOW, 3)
    # windows of 3: highs (3,5,4) (5,4,6) (4,6,2) (6,2,7); lows (1,2,0) (2,0,3) (0,3,1) (3,1,4)
    np.testing.assert_array_equal(upper, [NAN, NAN, 5, 6, 6, 7])
    np.testing.assert_array_equal(lower, [NAN, NAN, 0, 0, 0, 1])
    np.testing.assert_array_equal(middle, [NAN, NAN, 2.5, 3, 3, 4])


def test_ichimoku_by_hand_unshifted() -> None:
    tenkan, kijun, span_a, span_b = ind.ichimoku(HIGH, LOW, 2, 3, 4)
    # tenkan(2): (5+1)/2, (5+0)/2, (6+0)/2, (6+1)/2, (7+1)/2
    np.testing.assert_array_equal(tenkan, [NAN, 3, 2.5, 3, 3.5, 4])
    np.testing.assert_array_equal(kijun, [NAN, NAN, 2.5, 3, 3, 4])
    # span_a = (tenkan + kijun) / 2 at the same bar: no forward shift
    np.testing.assert_array_equal(span_a, [NAN, NAN, 2.5, 3, 3.25, 4])
    # span_b(4): (6+0)/2, (6+0)/2, (7+0)/2
    np.testing.assert_array_equal(span_b, [NAN, NAN, NAN, 3, 3, 3.5])


def test_keltner_by_hand() -> None:
    high = np.array([11.0, 12.0, 13.0, 12.0, 14.0])
    low = np.array([9.0, 10.0, 11.0, 9.0, 10.0])
    close = np.array([10.0, 11.0, 12.0, 10.0, 13.0])
    upper, middle, lower = ind.keltner(high, low, close, period=3, multiplier=2.0, atr_period=2)
    # EMA(3), k = 0.5: seed mean(10, 11, 12) = 11, then 10.5, 11.75.
    # TR from bar 1: 2, 2, 3, 4; ATR(2): mean(2, 2) = 2 at bar 2, then 2.5, 3.25.
    np.testing.assert_array_equal(middle, [NAN, NAN, 11, 10.5, 11.75])
    np.testing.assert_array_equal(upper, [NAN, NAN, 15, 15.5, 18.25])
    np.testing.assert_array_equal(lower, [NAN, NAN, 7, 5.5, 5.25])


def test_supertrend_by_hand() -> None:
    high = np.array([10.0, 11.0, 12.0, 14.0, 15.0, 13.0, 10.0])
    low = np.array([8.0, 9.0, 10.0, 12.0, 13.0, 9.0, 8.0])
    close = np.array([9.0, 10.0, 11.0, 13.5, 14.0, 9.5, 8.5])
    line, direction = ind.supertrend(high, low, close, period=2, multiplier=1.0)
    # hl2 = 9, 10, 11, 13, 14, 11, 9; TR = -, 2, 2, 3, 2, 5, 2; ATR(2) from bar 2:
    # 2, 2.5, 2.25, 3.625, 2.8125.
    # bar 2: bands 13 / 9, starts down -> line 13.
    # bar 3: basic 15.5 / 10.5; upper holds 13 (15.5 > 13, prev close 11 < 13), lower rises
    #        to 10.5; close 13.5 > 13 -> up, line 10.5.
    # bar 4: basic 16.25 / 11.75; prev close 13.5 > 13 resets upper to 16.25; lower 11.75.
    # bar 5: basic 14.625 / 7.375; upper falls to 14.625, lower holds 11.75; close 9.5 < 11.75
    #        -> down, line 14.625.
    # bar 6: basic 11.8125 / 6.1875; upper falls to 11.8125; close 8.5 stays below -> down.
    np.testing.assert_array_equal(line, [NAN, NAN, 13, 10.5, 11.75, 14.625, 11.8125])
    np.testing.assert_array_equal(direction, [NAN, NAN, -1, 1, 1, -1, -1])


def test_vwap_by_hand_cumulative_and_daily() -> None:
    high = np.array([12.0, 14.0, 10.0, 22.0])
    low = np.array([6.0, 8.0, 4.0, 16.0])
    close = np.array([9.0, 11.0, 7.0, 19.0])  # typical prices 9, 11, 7, 19
    volume = np.array([1.0, 3.0, 0.0, 2.0])
    # cumulative: 9, (9 + 33)/4, unchanged by a zero-volume bar, (42 + 38)/6
    np.testing.assert_allclose(ind.vwap(high, low, close, volume), [9, 10.5, 10.5, 80 / 6],
                               rtol=1e-15)
    day = int(datetime(2024, 1, 1, tzinfo=UTC).timestamp() * 1000)
    minute = 60_000
    ts = np.array([day + 1430 * minute, day + 1435 * minute, day + 1440 * minute,
                   day + 1445 * minute], dtype=np.int64)
    # restarts at 00:00 UTC; the new day's first bar has no volume -> nothing to average yet
    np.testing.assert_array_equal(ind.vwap(high, low, close, volume, ts), [9, 10.5, NAN, 19])


def test_vwap_daily_matches_pandas_groupby_on_real_bars() -> None:
    b = load(CANDLE_FILES[0])
    tp = (b["high"] + b["low"] + b["close"]) / 3.0
    frame = pd.DataFrame({"pv": tp * b["volume"], "v": b["volume"],
                          "day": b["ts"] // 86_400_000})
    grouped = frame.groupby("day")
    expected = (grouped["pv"].cumsum() / grouped["v"].cumsum()).to_numpy()
    got = ind.vwap(b["high"], b["low"], b["close"], b["volume"], b["ts"])
    np.testing.assert_allclose(got, expected, rtol=1e-12)
    first_of_day = np.flatnonzero(np.diff(frame["day"].to_numpy())) + 1
    np.testing.assert_allclose(got[first_of_day], tp[first_of_day], rtol=1e-15)


# ------------------------------------------------------------------ invariants, real data


def test_donchian_and_ichimoku_invariants(bars) -> None:
    h, lo, c = bars["high"], bars["low"], bars["close"]
    upper, middle, lower = ind.donchian(h, lo, 20)
    valid = slice(19, None)
    assert np.isnan(upper[:19]).all() and not np.isnan(upper[valid]).any()
    roll_hi = pd.Series(h).rolling(20).max().to_numpy()
    roll_lo = pd.Series(lo).rolling(20).min().to_numpy()
    np.testing.assert_array_equal(upper, roll_hi)
    np.testing.assert_array_equal(lower, roll_lo)
    close_max = pd.Series(c).rolling(20).max().to_numpy()
    close_min = pd.Series(c).rolling(20).min().to_numpy()
    assert (upper[valid] >= close_max[valid]).all() and (lower[valid] <= close_min[valid]).all()
    assert (lower[valid] <= middle[valid]).all() and (middle[valid] <= upper[valid]).all()

    tenkan, kijun, span_a, span_b = ind.ichimoku(h, lo)
    np.testing.assert_array_equal(tenkan, ind.donchian(h, lo, 9)[1])
    np.testing.assert_array_equal(kijun, ind.donchian(h, lo, 26)[1])
    np.testing.assert_array_equal(span_b, ind.donchian(h, lo, 52)[1])
    np.testing.assert_array_equal(span_a, (tenkan + kijun) / 2.0)


def test_keltner_and_supertrend_invariants(bars) -> None:
    h, lo, c = bars["high"], bars["low"], bars["close"]
    upper, middle, lower = ind.keltner(h, lo, c, 20, 2.0, 10)
    a = ind.atr(h, lo, c, 10)
    valid = ~np.isnan(middle)
    assert np.flatnonzero(valid)[0] == 19
    np.testing.assert_array_equal(middle[valid], ind.ema(c, 20)[valid])
    np.testing.assert_allclose((upper - middle)[valid], 2.0 * a[valid], rtol=1e-9)
    np.testing.assert_allclose((middle - lower)[valid], 2.0 * a[valid], rtol=1e-9)

    line, direction = ind.supertrend(h, lo, c, 10, 3.0)
    valid = ~np.isnan(line)
    assert np.flatnonzero(valid)[0] == 10
    assert set(np.unique(direction[valid])) <= {-1.0, 1.0}
    up, down = direction == 1.0, direction == -1.0
    assert (line[up] <= c[up]).all() and (line[down] >= c[down]).all()
    assert up.any() and down.any()  # a real market trends both ways over weeks


def test_no_look_ahead_every_indicator(bars) -> None:
    """A value at bar i never changes when later bars arrive: compute on a prefix and on
    the whole history, compare the overlap exactly."""
    h, lo, c, v, ts = (bars[k] for k in ("high", "low", "close", "volume", "ts"))
    m = len(c) // 2

    def all_outputs(h, lo, c, v, ts):
        outs = [ind.sma(c, 20), ind.ema(c, 20), ind.wma(c, 20), ind.rsi(c), *ind.macd(c),
                *ind.bbands(c), ind.atr(h, lo, c), ind.adx(h, lo, c), ind.plus_di(h, lo, c),
                ind.minus_di(h, lo, c), *ind.stoch(h, lo, c), *ind.stochrsi(c),
                ind.obv(c, v), *ind.supertrend(h, lo, c), *ind.ichimoku(h, lo),
                ind.vwap(h, lo, c, v, ts), *ind.donchian(h, lo), *ind.keltner(h, lo, c)]
        return outs

    whole = all_outputs(h, lo, c, v, ts)
    head = all_outputs(h[:m], lo[:m], c[:m], v[:m], ts[:m])
    for full, part in zip(whole, head, strict=True):
        np.testing.assert_array_equal(full[:m], part)


# ------------------------------------------------------------------ crossover


def test_crossover_matches_backtesting_rule_on_sma_cross() -> None:
    lib = pytest.importorskip("backtesting.lib", reason="backtesting.py is not installed")
    close = load(CANDLE_FILES[0])["close"]
    fast, slow = ind.sma(close, 10), ind.sma(close, 20)
    up, down = ind.crossover(fast, slow), ind.crossunder(fast, slow)
    expected_up = np.array([lib.crossover(fast[: i + 1], slow[: i + 1])
                            for i in range(len(close))])
    expected_down = np.array([lib.crossover(slow[: i + 1], fast[: i + 1])
                              for i in range(len(close))])
    np.testing.assert_array_equal(up, expected_up)
    np.testing.assert_array_equal(down, expected_down)
    assert up.sum() > 10 and down.sum() > 10
    assert not (up & down).any()


def test_crossover_rule_is_strict_and_takes_scalars() -> None:
    a = np.array([1.0, 2.0, 3.0, 3.0, 4.0, 2.0, NAN, 5.0])
    b = np.array([2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 3.0, 3.0])
    # bar 1 touches (2 == 2) so bar 2 is no cross; bar 4 comes from an equal bar 3; NaN -> no
    np.testing.assert_array_equal(ind.crossover(a, b), [0, 0, 0, 0, 0, 0, 0, 0])
    np.testing.assert_array_equal(ind.crossunder(a, b), [0, 0, 0, 0, 0, 1, 0, 0])
    np.testing.assert_array_equal(ind.crossover(a, 1.5), [0, 1, 0, 0, 0, 0, 0, 0])
    np.testing.assert_array_equal(ind.crossunder(a, 2.5), [0, 0, 0, 0, 0, 1, 0, 0])


# ------------------------------------------------------------------ arguments


@pytest.mark.parametrize("call", [
    lambda x: ind.sma(x, 0),
    lambda x: ind.ema(x, -3),
    lambda x: ind.wma(x, 2.5),
    lambda x: ind.rsi(x, 0),
    lambda x: ind.macd(x, 12, 0, 9),
    lambda x: ind.bbands(x, 0),
    lambda x: ind.atr(x, x, x, 0),
    lambda x: ind.adx(x, x, x, 0),
    lambda x: ind.stoch(x, x, x, 5, 0, 3),
    lambda x: ind.stochrsi(x, 14, 5, 0),
    lambda x: ind.supertrend(x, x, x, 0),
    lambda x: ind.ichimoku(x, x, 9, 0),
    lambda x: ind.donchian(x, x, -1),
    lambda x: ind.keltner(x, x, x, 20, 2.0, 0),
    lambda x: ind.sma(x, "5"),
])
def test_bad_period_raises_a_clear_error(call) -> None:
    with pytest.raises(ValueError, match=r"must be (>=|an integer|a whole number)"):
        call(np.arange(50.0))


def test_shape_errors_and_whole_float_periods() -> None:
    x = np.arange(50.0)
    with pytest.raises(ValueError, match="same length"):
        ind.atr(x, x[:-1], x)
    with pytest.raises(ValueError, match="1-D"):
        ind.sma(x.reshape(5, 10), 3)
    with pytest.raises(ValueError, match="anchor_ts"):
        ind.vwap(x, x, x, x, np.arange(3))
    with pytest.raises(ValueError, match="two scalars"):
        ind.crossover(1.0, 2.0)
    np.testing.assert_array_equal(ind.sma(x, 4.0), ind.sma(x, 4))
    np.testing.assert_array_equal(ind.sma(list(x), 4), ind.sma(x, 4))


def test_empty_and_all_nan_inputs() -> None:
    empty = np.array([])
    assert ind.sma(empty, 3).shape == (0,)
    assert all(o.shape == (0,) for o in ind.macd(empty))
    assert ind.obv(empty, empty).shape == (0,)
    nan = np.full(30, np.nan)
    for out in (ind.sma(nan, 3), ind.rsi(nan), *ind.bbands(nan, 5), ind.atr(nan, nan, nan),
                ind.adx(nan, nan, nan, 3), *ind.supertrend(nan, nan, nan, 3),
                ind.obv(nan, nan), ind.vwap(nan, nan, nan, nan), *ind.donchian(nan, nan, 3)):
        assert out.shape == (30,) and np.isnan(out).all()
