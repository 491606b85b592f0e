"""Low-level kernels behind `strategies.indicators`: numba loops for the recursive indicators
and a vectorised rolling max/min.

Everything here works on contiguous float64 arrays that the public functions have already
validated and trimmed of leading NaNs; nothing here checks its arguments. Loops follow the
order of operations TA-Lib documents (seed, then recursion), so the results agree with it to
the last few ulps rather than merely "closely".
"""

from __future__ import annotations

import numpy as np
from numba import njit

# TA-Lib's EMA step, prev + (x - prev) * k, is a fused multiply-add in the build we compare
# with; letting LLVM contract the same expression into an FMA makes ours bit-identical
# (without it the MACD signal line, an EMA of small numbers, drifts by up to ~10 ulps).
_FMA = {"contract"}


@njit(cache=True, fastmath=_FMA)
def ema_from(x: np.ndarray, period: int, k: float, seed_end: int) -> np.ndarray:
    """EMA whose first value, at `seed_end`, is the mean of the `period` values ending there.

    `seed_end` > period-1 reproduces TA-Lib's MACD, where the fast EMA is seeded at the slow
    EMA's first bar instead of at its own.
    """
    n = x.shape[0]
    out = np.full(n, np.nan)
    if seed_end >= n:
        return out
    total = 0.0
    for i in range(seed_end - period + 1, seed_end + 1):
        total += x[i]
    prev = total / period
    out[seed_end] = prev
    for i in range(seed_end + 1, n):
        prev = (x[i] - prev) * k + prev
        out[i] = prev
    return out


@njit(cache=True)
def sma(x: np.ndarray, period: int) -> np.ndarray:
    """Simple moving average by a running sum, added and subtracted in TA-Lib's order.

    Being bit-identical to TA-Lib matters beyond the SMA itself: STOCH smooths a %K that is
    often exactly 0, and the rounding residue a running sum leaves there (~1e-14) then
    agrees with TA-Lib's instead of being different noise of the same size.
    """
    n = x.shape[0]
    out = np.full(n, np.nan)
    if period > n:
        return out
    total = 0.0
    for i in range(period - 1):
        total += x[i]
    for i in range(period - 1, n):
        total += x[i]
        current = total
        total -= x[i - period + 1]
        out[i] = current / period
    return out


@njit(cache=True)
def rsi(x: np.ndarray, period: int) -> np.ndarray:
    """Wilder's RSI; first value at index `period`.

    Average gain/loss: the sum of the first `period` changes, then avg*(period-1) + change,
    both scaled by the reciprocal of `period`. Scaling by the reciprocal (rather than
    dividing) is the rounding of the TA-Lib build the tests compare with, and it makes the
    RSI bit-identical; STOCHRSI needs that, because over a stretch where the RSI is flat its
    %K is a ratio of rounding residues.
    """
    n = x.shape[0]
    out = np.full(n, np.nan)
    if period >= n:
        return out
    inv = 1.0 / period
    gain = 0.0
    loss = 0.0
    for i in range(1, period + 1):
        d = x[i] - x[i - 1]
        if d < 0.0:
            loss -= d
        else:
            gain += d
    gain *= inv
    loss *= inv
    total = gain + loss
    out[period] = 100.0 * (gain / total) if total != 0.0 else 0.0
    for i in range(period + 1, n):
        d = x[i] - x[i - 1]
        gain *= period - 1
        loss *= period - 1
        if d < 0.0:
            loss -= d
        else:
            gain += d
        gain *= inv
        loss *= inv
        total = gain + loss
        out[i] = 100.0 * (gain / total) if total != 0.0 else 0.0
    return out


@njit(cache=True, fastmath=_FMA)
def macd(x: np.ndarray, fast: int, slow: int,
         signal: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """TA-Lib's MACD in one pass: both EMAs start at bar slow-1 (the fast one seeded with the
    mean of the `fast` values ending there), the signal EMA is seeded with the mean of the
    first `signal` MACD values, and all three outputs start at (slow-1)+(signal-1)."""
    n = x.shape[0]
    line = np.full(n, np.nan)
    sig = np.full(n, np.nan)
    hist = np.full(n, np.nan)
    first = slow - 1
    lookback = first + signal - 1
    if lookback >= n:
        return line, sig, hist
    k_slow = 2.0 / (slow + 1)
    k_fast = 2.0 / (fast + 1)
    k_sig = 2.0 / (signal + 1)
    total = 0.0
    for i in range(first + 1):
        total += x[i]
    slow_ema = total / slow
    total = 0.0
    for i in range(first - fast + 1, first + 1):
        total += x[i]
    fast_ema = total / fast
    sig_total = 0.0
    prev_sig = 0.0
    for i in range(first, n):
        if i > first:
            v = x[i]
            slow_ema = (v - slow_ema) * k_slow + slow_ema
            fast_ema = (v - fast_ema) * k_fast + fast_ema
        m = fast_ema - slow_ema
        if i < lookback:
            sig_total += m
            continue
        if i == lookback:
            sig_total += m
            prev_sig = sig_total / signal
        else:
            prev_sig = (m - prev_sig) * k_sig + prev_sig
        line[i] = m
        sig[i] = prev_sig
        hist[i] = m - prev_sig
    return line, sig, hist


@njit(cache=True)
def _true_range(high: np.ndarray, low: np.ndarray, close: np.ndarray, i: int) -> float:
    """True range of bar i >= 1, compared in TA-Lib's order (high-low first)."""
    prev = close[i - 1]
    greatest = high[i] - low[i]
    up = abs(prev - high[i])
    if up > greatest:
        greatest = up
    down = abs(prev - low[i])
    if down > greatest:
        greatest = down
    return greatest


@njit(cache=True)
def atr(high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int) -> np.ndarray:
    """Wilder's ATR; TR starts at bar 1, the first ATR (bar `period`) is the mean of
    TR[1..period], then atr = (atr*(period-1) + tr) / period."""
    n = close.shape[0]
    out = np.full(n, np.nan)
    if period >= n:
        return out
    # Scaling by the reciprocal takes the division off the loop-carried dependency (twice as
    # fast); it differs from dividing by at most an ulp per step, and the recursion damps it.
    inv = 1.0 / period
    total = 0.0
    for i in range(1, period + 1):
        total += _true_range(high, low, close, i)
    prev = total / period
    out[period] = prev
    for i in range(period + 1, n):
        prev = (prev * (period - 1) + _true_range(high, low, close, i)) * inv
        out[i] = prev
    return out


@njit(cache=True)
def directional(high: np.ndarray, low: np.ndarray, close: np.ndarray,
                period: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(+DI, -DI, ADX) as TA-Lib computes them.

    +DM = up move if it is positive and larger than the down move (else 0), -DM mirrored.
    DM and TR are Wilder *sums*: the plain sum over bars 1..period-1, then
    s = s - s/period + v from bar `period`, the first bar with a DI. DI = 100 * DM sum / TR
    sum (0 when the TR sum is 0). The first ADX, at 2*period-1, is the mean of the first
    `period` DX values; then adx = (adx*(period-1) + dx) / period. A bar whose DX is
    undefined (no range, or both DI 0) counts 0 in that mean and leaves the ADX unchanged.
    """
    n = close.shape[0]
    pdi = np.full(n, np.nan)
    mdi = np.full(n, np.nan)
    adx = np.full(n, np.nan)
    if period >= n:
        return pdi, mdi, adx
    plus_sum = 0.0
    minus_sum = 0.0
    tr_sum = 0.0
    dx_total = 0.0
    prev_adx = 0.0
    adx_first = 2 * period - 1
    for i in range(1, n):
        up = high[i] - high[i - 1]
        down = low[i - 1] - low[i]
        plus_dm = up if (up > 0.0 and up > down) else 0.0
        minus_dm = down if (down > 0.0 and down > up) else 0.0
        tr = _true_range(high, low, close, i)
        if i < period:
            plus_sum += plus_dm
            minus_sum += minus_dm
            tr_sum += tr
            continue
        plus_sum = plus_sum - plus_sum / period + plus_dm
        minus_sum = minus_sum - minus_sum / period + minus_dm
        tr_sum = tr_sum - tr_sum / period + tr
        p = 0.0
        m = 0.0
        has_dx = False
        dx = 0.0
        if tr_sum != 0.0:
            p = 100.0 * (plus_sum / tr_sum)
            m = 100.0 * (minus_sum / tr_sum)
            if m + p != 0.0:
                has_dx = True
                dx = 100.0 * (abs(m - p) / (m + p))
        pdi[i] = p
        mdi[i] = m
        if i < adx_first:
            dx_total += dx
        elif i == adx_first:
            dx_total += dx
            prev_adx = dx_total / period
            adx[i] = prev_adx
        else:
            if has_dx:
                prev_adx = (prev_adx * (period - 1) + dx) / period
            adx[i] = prev_adx
    return pdi, mdi, adx


@njit(cache=True)
def obv(close: np.ndarray, volume: np.ndarray) -> np.ndarray:
    """On-balance volume from the first bar's volume (TA-Lib's start)."""
    n = close.shape[0]
    out = np.empty(n)
    if n == 0:
        return out
    total = volume[0]
    out[0] = total
    for i in range(1, n):
        if close[i] > close[i - 1]:
            total += volume[i]
        elif close[i] < close[i - 1]:
            total -= volume[i]
        out[i] = total
    return out


@njit(cache=True)
def wma(x: np.ndarray, period: int) -> np.ndarray:
    """Linearly weighted moving average (weights 1..period, newest heaviest) in O(n): the
    weighted sum moves by period*new - (plain sum of the previous window)."""
    n = x.shape[0]
    out = np.full(n, np.nan)
    if period > n:
        return out
    divider = period * (period + 1) / 2.0
    weighted = 0.0
    plain = 0.0
    for i in range(period - 1):
        plain += x[i]
        weighted += x[i] * (i + 1)
    trailing = 0.0
    for i in range(period - 1, n):
        v = x[i]
        plain += v
        plain -= trailing
        weighted += v * period
        trailing = x[i - period + 1]
        out[i] = weighted / divider
        weighted -= plain
    return out


@njit(cache=True)
def bbands(x: np.ndarray, period: int,
           nbdev: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bollinger Bands: middle = running-sum SMA (TA-Lib's, bit for bit), width = nbdev times
    the population standard deviation of the window.

    The deviation is updated in O(1) per bar by the sliding-window form of Welford's update
    and recomputed exactly (two passes) every `period` bars, so rounding cannot accumulate.
    Values are taken relative to a reference price from the window (exact for prices within
    a factor of two of it), so the update works at the size of the deviations, not of the
    price. A window of one repeated price (tracked by counting price changes in it) gets a
    deviation of exactly 0 instead of a rounding residue.
    """
    n = x.shape[0]
    upper = np.full(n, np.nan)
    middle = np.full(n, np.nan)
    lower = np.full(n, np.nan)
    if period > n:
        return upper, middle, lower
    total = 0.0
    changes = 0
    for i in range(period - 1):
        total += x[i]
        if i > 0 and x[i] != x[i - 1]:
            changes += 1
    ref = 0.0
    mean = 0.0
    m2 = 0.0
    for i in range(period - 1, n):
        start = i - period + 1
        total += x[i]
        mid = total / period
        total -= x[start]
        if i > 0 and x[i] != x[i - 1]:
            changes += 1
        if start > 0 and x[start] != x[start - 1]:
            changes -= 1
        if start % period == 0:
            ref = x[start]
            acc = 0.0
            for j in range(start, i + 1):
                acc += x[j] - ref
            mean = acc / period
            m2 = 0.0
            for j in range(start, i + 1):
                d = (x[j] - ref) - mean
                m2 += d * d
        else:
            old = x[start - 1] - ref
            new = x[i] - ref
            new_mean = mean + (new - old) / period
            m2 += (new - old) * (new - new_mean + old - mean)
            mean = new_mean
        var = m2 / period
        std = np.sqrt(var) if (var > 0.0 and changes > 0) else 0.0
        width = nbdev * std
        middle[i] = mid
        upper[i] = mid + width
        lower[i] = mid - width
    return upper, middle, lower


@njit(cache=True)
def supertrend(hl2: np.ndarray, close: np.ndarray, atr: np.ndarray, multiplier: float,
               first: int) -> tuple[np.ndarray, np.ndarray]:
    """SuperTrend bands ratchet toward price and flip on a close through the active band.
    See `strategies.indicators.supertrend` for the definition."""
    n = close.shape[0]
    line = np.full(n, np.nan)
    direction = np.full(n, np.nan)
    if first >= n:
        return line, direction
    upper = hl2[first] + multiplier * atr[first]
    lower = hl2[first] - multiplier * atr[first]
    d = -1.0
    line[first] = upper
    direction[first] = d
    for i in range(first + 1, n):
        basic_upper = hl2[i] + multiplier * atr[i]
        basic_lower = hl2[i] - multiplier * atr[i]
        prev_close = close[i - 1]
        if basic_upper < upper or prev_close > upper:
            upper = basic_upper
        if basic_lower > lower or prev_close < lower:
            lower = basic_lower
        if d < 0.0 and close[i] > upper:
            d = 1.0
        elif d > 0.0 and close[i] < lower:
            d = -1.0
        line[i] = lower if d > 0.0 else upper
        direction[i] = d
    return line, direction


@njit(cache=True)
def vwap(tp: np.ndarray, volume: np.ndarray, reset: np.ndarray) -> np.ndarray:
    """Running sum(tp*v)/sum(v), restarting where `reset` is True. A bar with a NaN price or
    volume adds nothing; NaN is reported until some volume has traded since the last reset."""
    n = tp.shape[0]
    out = np.full(n, np.nan)
    pv = 0.0
    vol = 0.0
    for i in range(n):
        if reset[i]:
            pv = 0.0
            vol = 0.0
        v = volume[i]
        p = tp[i]
        if v == v and p == p:
            pv += p * v
            vol += v
        if vol != 0.0:
            out[i] = pv / vol
    return out


def rolling_max(x: np.ndarray, period: int) -> np.ndarray:
    """Max over each window of `period` values ending at i (NaN for i < period-1).

    Vectorised by doubling: after step j every slot holds the max of the 2^j values ending
    there, so ceil(log2(period)) + 1 whole-array np.maximum passes cover any window. A NaN
    in a window makes that window NaN, and only that window.
    """
    return _rolling_extreme(x, period, np.maximum)


def rolling_min(x: np.ndarray, period: int) -> np.ndarray:
    """Min over each window of `period` values ending at i; see `rolling_max`."""
    return _rolling_extreme(x, period, np.minimum)


def _rolling_extreme(x: np.ndarray, period: int, op: np.ufunc) -> np.ndarray:
    n = x.shape[0]
    out = np.full(n, np.nan)
    if period > n:
        return out
    cur = x.copy()
    nxt = np.empty(n)
    covered = 1
    while covered * 2 <= period:
        # cur[i] covers x[i-covered+1 .. i]; fold in the block just before it.
        op(cur[covered:], cur[:-covered], out=nxt[covered:])
        nxt[:covered] = cur[:covered]
        cur, nxt = nxt, cur
        covered *= 2
    rest = period - covered
    if rest == 0:
        out[period - 1:] = cur[period - 1:]
    else:
        # Two overlapping blocks of `covered` values span the window exactly.
        op(cur[period - 1:], cur[covered - 1: n - rest], out=out[period - 1:])
    return out
