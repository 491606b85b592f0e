"""Technical indicators on numpy float64 arrays.

Conventions shared by every function:

- Inputs are 1-D arrays (anything `np.asarray` takes: lists, pandas Series) of equal
  length; periods come in TA-Lib's argument order. Outputs are new float64 arrays of the
  input length (crossover/crossunder: bool).
- Warm-up: an output is NaN exactly where TA-Lib's is. Leading NaNs in the inputs (a series
  that starts later) are skipped the way TA-Lib's Python wrapper skips them: computing
  starts at the first bar where every input is a number and the warm-up counts from there.
  A NaN after that point poisons the recursive indicators from there on, as in TA-Lib
  (VWAP instead skips such a bar; see `vwap`).
- A period longer than the data gives all-NaN output; a period below 1 (or not a whole
  number) raises ValueError naming the argument.
- Numerics: SMA, EMA, MACD, RSI, +DI/-DI/ADX, STOCH, STOCHRSI and OBV follow TA-Lib's
  order of operations and agree with the TA-Lib build in the dev environment bit for bit
  on the reference candles; WMA, BBANDS and ATR agree to ~1e-11 relative or better. The
  tests hold every TA-Lib indicator to 1e-9 relative on real Binance candles. Bit for bit
  matters for oscillators of oscillators: over a stretch where the RSI is flat, STOCHRSI's
  %K is a ratio of rounding residues, and only identical residues give identical output.
- Speed: vectorised numpy, and numba loops (`strategies._kernels`, compiled once and cached
  on disk) for the recursive ones; `benchmarks/indicators_speed.py` times each against
  TA-Lib on 10^6 bars.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

from strategies import _kernels

_MS_PER_DAY = 86_400_000
# Relative size below which a high-low range is rounding residue (TA-Lib's TA_EPSILON).
_FLAT_EPS = 1e-14

__all__ = [
    "adx",
    "atr",
    "bbands",
    "crossover",
    "crossunder",
    "donchian",
    "ema",
    "ichimoku",
    "keltner",
    "macd",
    "minus_di",
    "obv",
    "plus_di",
    "rsi",
    "sma",
    "stoch",
    "stochrsi",
    "supertrend",
    "vwap",
    "wma",
]


# ---------------------------------------------------------------------------- helpers


def _series(name: str, values: object) -> np.ndarray:
    # A bot calls these on a short window every candle: the common input (a contiguous
    # float64 vector, e.g. a candle column) is taken as it is, without numpy's conversion.
    if (type(values) is np.ndarray and values.dtype == np.float64 and values.ndim == 1
            and values.flags.c_contiguous):
        return values
    arr = np.ascontiguousarray(values, dtype=np.float64)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be a 1-D array, got shape {arr.shape}")
    return arr


def _inputs(**named: object) -> list[np.ndarray]:
    arrays = [_series(name, values) for name, values in named.items()]
    if len(arrays) == 1:
        return arrays
    lengths = {a.shape[0] for a in arrays}
    if len(lengths) > 1:
        sizes = ", ".join(f"{n}={a.shape[0]}" for n, a in zip(named, arrays, strict=True))
        raise ValueError(f"inputs must have the same length, got {sizes}")
    return arrays


def _period(name: str, value: object, minimum: int = 1) -> int:
    # Whole floats (20.0, as an optimiser grid may produce) are accepted; 20.5 is not.
    if type(value) is int and value >= minimum:
        return value
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if isinstance(value, numbers.Integral):
        whole = int(value)
    elif float(value).is_integer():
        whole = int(float(value))
    else:
        raise ValueError(f"{name} must be a whole number, got {value!r}")
    if whole < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value!r}")
    return whole


def _first_valid(*arrays: np.ndarray) -> int:
    """Index of the first bar where no input is NaN (len if none), like TA-Lib's wrapper."""
    n = arrays[0].shape[0]
    if n == 0 or not any(math.isnan(a[0]) for a in arrays):
        return 0
    ok = np.ones(n, dtype=bool)
    for a in arrays:
        ok &= ~np.isnan(a)
    return int(np.argmax(ok)) if ok.any() else n


def _nan(n: int) -> np.ndarray:
    return np.full(n, np.nan)


def _place(n: int, start: int, values: np.ndarray) -> np.ndarray:
    """Values computed on the trimmed series, put back at their bars."""
    if start == 0:
        return values
    out = _nan(n)
    out[start:] = values
    return out


def _stoch_k(close: np.ndarray, highest: np.ndarray, lowest: np.ndarray) -> np.ndarray:
    """%K = (close - lowest) / (highest - lowest) * 100, in TA-Lib's order of operations.

    A window whose range is within 1e-14 of its own magnitude (|highest| + |lowest|) counts
    as flat and gives 0, TA-Lib's scale-aware zero test: such a range is rounding residue
    (an RSI that stays put drifts by an ulp or two), and dividing by it would turn noise
    into a 0-or-100 swing.
    """
    span = highest - lowest
    flat = np.abs(span) <= _FLAT_EPS * (np.abs(highest) + np.abs(lowest))
    with np.errstate(divide="ignore", invalid="ignore"):
        k = (close - lowest) / span * 100.0
    return np.where(flat, 0.0, k)


# ---------------------------------------------------------------------------- moving averages


def sma(close: np.ndarray, period: int = 30) -> np.ndarray:
    """Simple moving average; first value at index period-1."""
    period = _period("period", period)
    (x,) = _inputs(close=close)
    start = _first_valid(x)
    return _place(x.shape[0], start, _kernels.sma(x[start:], period))


def ema(close: np.ndarray, period: int = 30) -> np.ndarray:
    """Exponential moving average, k = 2/(period+1), seeded as TA-Lib: the first value, at
    index period-1, is the SMA of the first `period` values."""
    period = _period("period", period)
    (x,) = _inputs(close=close)
    start = _first_valid(x)
    xs = x[start:]
    if period > xs.shape[0]:
        return _nan(x.shape[0])
    return _place(x.shape[0], start, _kernels.ema_from(xs, period, 2.0 / (period + 1), period - 1))


def wma(close: np.ndarray, period: int = 30) -> np.ndarray:
    """Weighted moving average, weights 1..period (newest heaviest); first value at period-1."""
    period = _period("period", period)
    (x,) = _inputs(close=close)
    start = _first_valid(x)
    return _place(x.shape[0], start, _kernels.wma(x[start:], period))


# ---------------------------------------------------------------------------- oscillators


def rsi(close: np.ndarray, period: int = 14) -> np.ndarray:
    """Wilder's RSI. Average gain/loss are seeded with the mean of the first `period` changes
    and Wilder-smoothed after; first value at index `period`. 0 where nothing moved, as TA-Lib.
    """
    period = _period("period", period)
    (x,) = _inputs(close=close)
    start = _first_valid(x)
    return _place(x.shape[0], start, _rsi_core(x[start:], period))


def _rsi_core(x: np.ndarray, period: int) -> np.ndarray:
    return _kernels.rsi(x, period)


def macd(close: np.ndarray, fast: int = 12, slow: int = 26,
         signal: int = 9) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """MACD line, signal line and histogram, exactly as TA-Lib's MACD.

    TA-Lib's alignment, reproduced here: both EMAs start at the slow EMA's first bar
    (index slow-1), the fast one seeded with the mean of the `fast` values ending there (not
    at its own bar fast-1); the signal is an EMA of the MACD line seeded with the mean of its
    first `signal` values; all three outputs start at index (slow-1)+(signal-1). If slow <
    fast the two are swapped, as TA-Lib does.
    """
    fast = _period("fast", fast)
    slow = _period("slow", slow)
    signal = _period("signal", signal)
    if slow < fast:
        fast, slow = slow, fast
    (x,) = _inputs(close=close)
    n = x.shape[0]
    start = _first_valid(x)
    line, sig, hist = _kernels.macd(x[start:], fast, slow, signal)
    return _place(n, start, line), _place(n, start, sig), _place(n, start, hist)


def stoch(high: np.ndarray, low: np.ndarray, close: np.ndarray, fastk_period: int = 5,
          slowk_period: int = 3, slowd_period: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Slow stochastic (slow %K, slow %D) with SMA smoothing, TA-Lib's default.

    fast %K over `fastk_period` bars, slow %K = SMA(fast %K, slowk_period), slow %D =
    SMA(slow %K, slowd_period). Both outputs start at (fastk-1)+(slowk-1)+(slowd-1), as in
    TA-Lib (slow %K is hidden until %D exists).
    """
    fastk_period = _period("fastk_period", fastk_period)
    slowk_period = _period("slowk_period", slowk_period)
    slowd_period = _period("slowd_period", slowd_period)
    h, lo, c = _inputs(high=high, low=low, close=close)
    n = c.shape[0]
    start = _first_valid(h, lo, c)
    hs, ls, cs = h[start:], lo[start:], c[start:]
    lookback = (fastk_period - 1) + (slowk_period - 1) + (slowd_period - 1)
    if lookback >= cs.shape[0]:
        return _nan(n), _nan(n)
    k0 = fastk_period - 1
    fast_k = _stoch_k(cs, _kernels.rolling_max(hs, fastk_period),
                      _kernels.rolling_min(ls, fastk_period))
    slow_k = _nan(cs.shape[0])
    slow_k[k0:] = _kernels.sma(fast_k[k0:], slowk_period)
    k1 = k0 + slowk_period - 1
    slow_d = _nan(cs.shape[0])
    slow_d[k1:] = _kernels.sma(slow_k[k1:], slowd_period)
    slow_k[:lookback] = np.nan
    return _place(n, start, slow_k), _place(n, start, slow_d)


def stochrsi(close: np.ndarray, period: int = 14, fastk_period: int = 5,
             fastd_period: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Stochastic RSI as TA-Lib's STOCHRSI: the fast stochastic (SMA %D) of RSI(period).

    fast %K = 100 (rsi - min) / (max - min) over `fastk_period` RSI values (0 when flat),
    fast %D = SMA(fast %K, fastd_period); both start at period+(fastk-1)+(fastd-1).
    """
    period = _period("period", period)
    fastk_period = _period("fastk_period", fastk_period)
    fastd_period = _period("fastd_period", fastd_period)
    (x,) = _inputs(close=close)
    n = x.shape[0]
    start = _first_valid(x)
    xs = x[start:]
    lookback = period + (fastk_period - 1) + (fastd_period - 1)
    if lookback >= xs.shape[0]:
        return _nan(n), _nan(n)
    r = _rsi_core(xs, period)[period:]
    fast_k = _stoch_k(r, _kernels.rolling_max(r, fastk_period),
                      _kernels.rolling_min(r, fastk_period))
    k0 = fastk_period - 1
    fast_d = _nan(r.shape[0])
    fast_d[k0:] = _kernels.sma(fast_k[k0:], fastd_period)
    fast_k[: k0 + fastd_period - 1] = np.nan
    fk = _nan(xs.shape[0])
    fd = _nan(xs.shape[0])
    fk[period:] = fast_k
    fd[period:] = fast_d
    return _place(n, start, fk), _place(n, start, fd)


# ---------------------------------------------------------------------------- volatility


def bbands(close: np.ndarray, period: int = 20,
           nbdev: float = 2.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bollinger Bands (upper, middle, lower): SMA ± nbdev population standard deviations
    (divide by `period`, as TA-Lib); first value at index period-1."""
    period = _period("period", period)
    (x,) = _inputs(close=close)
    n = x.shape[0]
    start = _first_valid(x)
    xs = x[start:]
    upper, middle, lower = _kernels.bbands(xs, period, float(nbdev))
    return _place(n, start, upper), _place(n, start, middle), _place(n, start, lower)


def atr(high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int = 14) -> np.ndarray:
    """Average true range, Wilder-smoothed. True range starts at bar 1 (it needs the previous
    close); the first ATR, at index `period`, is the mean of TR[1..period]."""
    period = _period("period", period)
    h, lo, c = _inputs(high=high, low=low, close=close)
    start = _first_valid(h, lo, c)
    return _place(c.shape[0], start, _atr_core(h[start:], lo[start:], c[start:], period))


def _atr_core(h: np.ndarray, lo: np.ndarray, c: np.ndarray, period: int) -> np.ndarray:
    return _kernels.atr(h, lo, c, period)


# ---------------------------------------------------------------------------- trend strength


def _directional(high: np.ndarray, low: np.ndarray, close: np.ndarray,
                 period: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(+DI, -DI, ADX) with leading NaNs skipped; see `_kernels.directional`."""
    h, lo, c = _inputs(high=high, low=low, close=close)
    n = c.shape[0]
    start = _first_valid(h, lo, c)
    pdi, mdi, adx_ = _kernels.directional(h[start:], lo[start:], c[start:], period)
    return _place(n, start, pdi), _place(n, start, mdi), _place(n, start, adx_)


def plus_di(high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int = 14) -> np.ndarray:
    """+DI = 100 * Wilder-sum(+DM) / Wilder-sum(TR); first value at index `period`.

    +DM is the up move high[i]-high[i-1] when positive and larger than the down move, else
    0. The Wilder sums are TA-Lib's: the plain sum over bars 1..period-1, then
    s - s/period + v. 0 where the true range sum is 0. (For period 1 TA-Lib returns the
    bare ratio, not a percentage; this function stays in percent for every period.)
    """
    return _directional(high, low, close, _period("period", period))[0]


def minus_di(high: np.ndarray, low: np.ndarray, close: np.ndarray,
             period: int = 14) -> np.ndarray:
    """-DI, the mirror of `plus_di` on down moves (low[i-1] - low[i])."""
    return _directional(high, low, close, _period("period", period))[1]


def adx(high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int = 14) -> np.ndarray:
    """Average directional index; first value at index 2*period-1 (the mean of the first
    `period` DX values), Wilder-smoothed after. DX = 100 |+DI - -DI| / (+DI + -DI); a bar
    whose DX is undefined leaves the ADX unchanged, as in TA-Lib."""
    return _directional(high, low, close, _period("period", period))[2]


# ---------------------------------------------------------------------------- volume


def obv(close: np.ndarray, volume: np.ndarray) -> np.ndarray:
    """On-balance volume: starts at the first bar's volume (as TA-Lib), then adds the volume
    on an up close, subtracts it on a down close, and carries it on an unchanged close."""
    c, v = _inputs(close=close, volume=volume)
    n = c.shape[0]
    start = _first_valid(c, v)
    return _place(n, start, _kernels.obv(c[start:], v[start:]))


def vwap(high: np.ndarray, low: np.ndarray, close: np.ndarray, volume: np.ndarray,
         anchor_ts: np.ndarray | None = None) -> np.ndarray:
    """Volume-weighted average of the typical price (high+low+close)/3.

    Without `anchor_ts` it accumulates from the first bar. With `anchor_ts` (bar open times
    in ms since epoch, UTC) it restarts at the first bar of every UTC day — the session
    VWAP traders watch on crypto. A bar with a NaN input adds nothing; the output is NaN
    until some volume has traded since the last restart.
    """
    h, lo, c, v = _inputs(high=high, low=low, close=close, volume=volume)
    n = c.shape[0]
    reset = np.zeros(n, dtype=np.bool_)
    if anchor_ts is not None:
        ts = np.asarray(anchor_ts)
        if ts.ndim != 1 or ts.shape[0] != n:
            raise ValueError(f"anchor_ts must be 1-D with {n} values, got shape {ts.shape}")
        day = ts.astype(np.int64) // _MS_PER_DAY
        reset[1:] = day[1:] != day[:-1]
    return _kernels.vwap((h + lo + c) / 3.0, v, reset)


# ---------------------------------------------------------------------------- channels, trend


def donchian(high: np.ndarray, low: np.ndarray,
             period: int = 20) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Donchian channel (upper, middle, lower): highest high and lowest low of the last
    `period` bars including the current one, and their midpoint; first value at period-1.
    For a breakout rule compare the close with the *previous* bar's channel."""
    period = _period("period", period)
    h, lo = _inputs(high=high, low=low)
    n = h.shape[0]
    start = _first_valid(h, lo)
    upper = _kernels.rolling_max(h[start:], period)
    lower = _kernels.rolling_min(lo[start:], period)
    return (_place(n, start, upper), _place(n, start, (upper + lower) / 2.0),
            _place(n, start, lower))


def keltner(high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int = 20,
            multiplier: float = 2.0,
            atr_period: int = 10) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keltner channel (upper, middle, lower): middle = EMA(close, period) (TA-Lib seeding),
    bands = middle ± multiplier * ATR(atr_period) (Wilder, as `atr`). Valid once both are:
    from index max(period-1, atr_period)."""
    period = _period("period", period)
    atr_period = _period("atr_period", atr_period)
    h, lo, c = _inputs(high=high, low=low, close=close)
    middle = ema(c, period)
    width = multiplier * atr(h, lo, c, atr_period)
    middle = np.where(np.isnan(width), np.nan, middle)
    return middle + width, middle, middle - width


def supertrend(high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int = 10,
               multiplier: float = 3.0) -> tuple[np.ndarray, np.ndarray]:
    """SuperTrend (line, direction), direction +1 up (line under price) / -1 down.

    Definition (the usual one, as TradingView's ta.supertrend, with +1 meaning up):
    basic bands hl2 ± multiplier * ATR(period), ATR as `atr` (Wilder). The lower band only
    rises while the previous close stays above it (else it resets to the basic band); the
    upper band only falls while the previous close stays below it. In a downtrend the
    direction turns up when the close ends above the upper band; in an uptrend it turns
    down when the close ends below the lower band. The line is the lower band in an uptrend
    and the upper band in a downtrend. The first bar (index `period`, the first ATR) starts
    in a downtrend, as TradingView does. Values before it are NaN in both outputs.
    TradingView's ATR also counts bar 0's high-low, so its first few values differ slightly
    from these; the difference decays away with Wilder smoothing.
    """
    period = _period("period", period)
    h, lo, c = _inputs(high=high, low=low, close=close)
    n = c.shape[0]
    start = _first_valid(h, lo, c)
    hs, ls, cs = h[start:], lo[start:], c[start:]
    if period >= cs.shape[0]:
        return _nan(n), _nan(n)
    line, direction = _kernels.supertrend((hs + ls) / 2.0, cs, _atr_core(hs, ls, cs, period),
                                          float(multiplier), period)
    return _place(n, start, line), _place(n, start, direction)


def ichimoku(high: np.ndarray, low: np.ndarray, tenkan: int = 9, kijun: int = 26,
             senkou_b: int = 52) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Ichimoku (tenkan, kijun, span_a, span_b), all UNSHIFTED: each value sits at the bar
    where it becomes known.

    tenkan/kijun = midpoint of the highest high and lowest low over 9/26 bars, span_a =
    (tenkan + kijun)/2, span_b = midpoint over 52 bars. Charts draw the two spans (the cloud)
    `kijun` bars to the right; to plot them that way shift by `kijun` yourself. Keeping
    them unshifted is what a backtest wants: a rule at bar i that reads span_a[i] uses only
    data up to i, so there is no look-ahead. (The lagging chikou span is close shifted back
    and is left out for the same reason.)
    """
    tenkan = _period("tenkan", tenkan)
    kijun = _period("kijun", kijun)
    senkou_b = _period("senkou_b", senkou_b)
    h, lo = _inputs(high=high, low=low)
    n = h.shape[0]
    start = _first_valid(h, lo)
    hs, ls = h[start:], lo[start:]

    def mid(p: int) -> np.ndarray:
        return (_kernels.rolling_max(hs, p) + _kernels.rolling_min(ls, p)) / 2.0

    t, k, b = mid(tenkan), mid(kijun), mid(senkou_b)
    a = (t + k) / 2.0
    return _place(n, start, t), _place(n, start, k), _place(n, start, a), _place(n, start, b)


# ---------------------------------------------------------------------------- signals


def _pair(a: object, b: object) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(a, dtype=np.float64)
    y = np.asarray(b, dtype=np.float64)
    if x.ndim == 1 and x.shape == y.shape:
        return x, y  # nothing to broadcast (the common case, and a bot's every candle)
    if x.ndim == 0 and y.ndim == 0:
        raise ValueError("crossover needs at least one 1-D series, got two scalars")
    x, y = np.broadcast_arrays(x, y)
    if x.ndim != 1:
        raise ValueError(f"crossover needs 1-D series, got shape {x.shape}")
    return x, y


def crossover(a: np.ndarray | float, b: np.ndarray | float) -> np.ndarray:
    """True at bar i where `a` crosses above `b`: a[i-1] < b[i-1] and a[i] > b[i].

    The rule of backtesting.py's `crossover` (strict on both sides: touching b and then
    moving above is not a cross; any NaN makes it False). Bar 0 is always False. Either
    argument may be a scalar level, e.g. crossover(rsi, 30).
    """
    x, y = _pair(a, b)
    out = np.zeros(x.shape[0], dtype=bool)
    out[1:] = (x[:-1] < y[:-1]) & (x[1:] > y[1:])
    return out


def crossunder(a: np.ndarray | float, b: np.ndarray | float) -> np.ndarray:
    """True at bar i where `a` crosses below `b`: a[i-1] > b[i-1] and a[i] < b[i]
    (crossover with the arguments swapped)."""
    return crossover(b, a)
