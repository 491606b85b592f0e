"""What each function of `strategies.indicators` takes and gives, read off the functions
themselves: the one source for every form and chart that offers indicators by name.

`specs()` reads the signatures: the candle columns a function takes (by their names high,
low, close, volume), its parameters with their defaults (an int default is a period: a whole
number >= 1; a float default a multiplier: a number >= 0) and how many series it returns
(from its return annotation). Nothing is computed for that, so a form can be built at once.

`traits()` computes each indicator once on a made-up history to learn how it is drawn:
which outputs are prices (SMA, bands, a SuperTrend line: drawn over the candles), whether it
stays within 0..100 (RSI, stochastics, ADX: a fixed scale), which output is the difference of
the first two (MACD's histogram), and whether its last values can be recomputed from the last
few thousand candles (recursive averages forget their seed) or add up from their start (OBV:
a tail computed alone is then off by a constant, its value where the tail starts). It loads
the numba kernels: call it off the UI thread first (the chart's warm-up does).
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np

from strategies import indicators

COLUMNS = ("open", "high", "low", "close", "volume")
SIGNALS = ("crossover", "crossunder")  # take two series, not candles: not indicators to draw
ANCHOR = "anchor_ts"  # VWAP's session restarts: given the candles' open times
# A period recomputed on the last TAIL_PERIODS x period candles (or TAIL_MIN, more) equals the
# whole-history value to float precision for averages that forget their seed geometrically
# (EMA: ((p-1)/(p+1))**(40p) ~ 1e-35).
TAIL_PERIODS = 40
TAIL_MIN = 2000
# Longest period a chart or a form accepts: the chart measures an indicator's lookback on a
# made-up history that long, so it must stay a reasonable size.
MAX_PERIOD = 100_000


@dataclass(frozen=True, slots=True)
class ParamSpec:
    name: str
    default: float
    integer: bool  # a period: a whole number from 1 to MAX_PERIOD; else a number >= 0

    @property
    def minimum(self) -> float:
        return 1 if self.integer else 0.0

    @property
    def maximum(self) -> float:
        return MAX_PERIOD if self.integer else math.inf


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    name: str
    columns: tuple[str, ...]  # the candle columns it reads, in its argument order
    params: tuple[ParamSpec, ...]
    outputs: int
    anchored: bool  # takes the candles' times (VWAP's daily restart)

    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.params}


@dataclass(frozen=True, slots=True)
class Traits:
    price_outputs: tuple[bool, ...]  # per output: in price units (drawn over the candles)
    bounded: bool  # every output within 0..100
    histogram: int | None  # the output that is output 0 minus output 1, drawn as bars
    tail_safe: bool  # the last values follow from the last candles alone
    cumulative: bool  # not tail-safe, but a tail computed alone is off by a constant (OBV)

    @property
    def overlay(self) -> bool:
        return self.price_outputs[0]


@cache
def specs() -> dict[str, IndicatorSpec]:
    """Every indicator of `strategies.indicators.__all__`, in that order."""
    out = {}
    for name in indicators.__all__:
        if name in SIGNALS:
            continue
        sig = inspect.signature(getattr(indicators, name))
        columns = tuple(p.name for p in sig.parameters.values() if p.name in COLUMNS)
        params = tuple(
            ParamSpec(p.name, p.default, isinstance(p.default, int))
            for p in sig.parameters.values()
            if p.name not in COLUMNS and p.name != ANCHOR
        )
        returns = str(sig.return_annotation)
        outputs = returns.count("ndarray") if returns.startswith("tuple") else 1
        out[name] = IndicatorSpec(name, columns, params, max(1, outputs),
                                  ANCHOR in sig.parameters)
    return out


def spec(name: str) -> IndicatorSpec:
    try:
        return specs()[name]
    except KeyError:
        raise ValueError(
            f"unknown indicator {name!r} (known: {', '.join(specs())})") from None


def check_params(name: str, params: Mapping[str, float]) -> dict[str, float]:
    """The parameters in signature order, defaults filled in; ValueError naming the
    parameter that is unknown or out of range."""
    s = spec(name)
    unknown = set(params) - {p.name for p in s.params}
    if unknown:
        raise ValueError(f"{name} has no parameter {sorted(unknown)[0]!r}")
    out: dict[str, float] = {}
    for p in s.params:
        value = params.get(p.name, p.default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value):
            raise ValueError(f"{p.name} must be a number, got {value!r}")
        if p.integer:
            if not float(value).is_integer():
                raise ValueError(f"{p.name} must be a whole number, got {value!r}")
            value = int(value)
        else:
            value = float(value)
        if value < p.minimum:
            raise ValueError(f"{p.name} must be >= {p.minimum:g}, got {value!r}")
        if value > p.maximum:
            raise ValueError(f"{p.name} must be <= {p.maximum:g}, got {value!r}")
        out[p.name] = value
    return out


def compute(name: str, params: Mapping[str, float],
            columns: Mapping[str, np.ndarray]) -> tuple[np.ndarray, ...]:
    """The indicator's outputs (always a tuple) over candle columns given by name (open,
    high, low, close, volume, and "ts" for an anchored one)."""
    s = spec(name)
    kwargs: dict[str, object] = {c: columns[c] for c in s.columns}
    if s.anchored:
        kwargs[ANCHOR] = columns["ts"]
    kwargs.update(params)
    out = getattr(indicators, name)(**kwargs)
    return tuple(out) if isinstance(out, tuple) else (out,)


def check_runs(name: str, params: Mapping[str, float]) -> None:
    """ValueError if the indicator refuses these parameters (checked on a short history)."""
    compute(name, check_params(name, params), _probe_columns(64))


def tail_bars(params: Mapping[str, float]) -> int:
    """How many trailing candles a tail-safe indicator with these parameters is recomputed
    on after a live update."""
    periods = [int(v) for v in params.values() if isinstance(v, int)]
    return max(TAIL_MIN, TAIL_PERIODS * max(periods, default=1))


def needed_bars(name: str, params: Mapping[str, float]) -> int:
    """Candles the indicator needs before its first value (its lookback + 1)."""
    return _needed_bars(name, tuple(params.items()))


@cache
def _needed_bars(name: str, params: tuple[tuple[str, float], ...]) -> int:
    periods = [int(v) for _, v in params if isinstance(v, int)]
    n = sum(periods) + 64  # no lookback is longer than the sum of its periods
    out = compute(name, dict(params), _probe_columns(n))
    finite = np.zeros(n, dtype=bool)
    for values in out:
        finite |= np.isfinite(values)
    return int(np.argmax(finite)) + 1 if finite.any() else n + 1


@cache
def traits(name: str) -> Traits:
    """How the indicator is drawn, learnt from its default parameters (module docstring)."""
    s = spec(name)
    params = s.defaults()
    tail = tail_bars(params)
    cols = _probe_columns(tail + 2000)
    full = compute(name, params, cols)
    close = cols["close"]
    price, bounded = [], True
    for values in full:
        ok = np.isfinite(values)
        price.append(bool(ok.any()) and float(
            np.median(np.abs(values[ok] - close[ok]) / close[ok])) < 0.2)
        # (a ratio of rounding residues may land an ulp outside 0..100)
        bounded &= bool(ok.any()) and bool(np.all((values[ok] >= -1e-6)
                                                  & (values[ok] <= 100 + 1e-6)))
    histogram = None
    for k in range(2, len(full)):
        diff = full[0] - full[1]
        ok = np.isfinite(diff) & np.isfinite(full[k])
        if ok.any() and np.allclose(full[k][ok], diff[ok], rtol=1e-9, atol=1e-9):
            histogram = k
    part = compute(name, params, {k: v[-tail:] for k, v in cols.items()})
    tail_safe = all(
        np.allclose(p[-50:], f[-50:], rtol=1e-9, atol=0.0, equal_nan=True)
        for p, f in zip(part, full, strict=True))
    cumulative = not tail_safe and all(
        np.allclose(p[-50:] + (f[-tail] - p[0]), f[-50:], rtol=1e-9, atol=0.0)
        for p, f in zip(part, full, strict=True))
    return Traits(tuple(price), bounded and not any(price), histogram, tail_safe, cumulative)


@cache
def _probe_columns_cached(n: int) -> tuple[tuple[str, np.ndarray], ...]:
    rng = np.random.default_rng(7)
    close = 50_000.0 * np.exp(np.cumsum(rng.normal(0.0, 0.002, n)))
    spread = close * rng.uniform(0.0005, 0.004, n)
    high = close + spread
    low = close - spread
    open_ = np.concatenate(([close[0]], close[:-1]))
    volume = rng.uniform(500.0, 1500.0, n)
    ts = np.arange(n, dtype=np.int64) * 60_000 + 7 * 3_600_000  # crosses UTC midnights
    return (("open", open_), ("high", high), ("low", low), ("close", close),
            ("volume", volume), ("ts", ts))


def _probe_columns(n: int) -> dict[str, np.ndarray]:
    """A made-up one-minute history around 50,000 (volume ~1,000) of n candles."""
    return dict(_probe_columns_cached(n))
