"""Conditions evaluated on closed candles, as series over time.

`condition_series` gives, for one condition and a candle history, the watched value `x`, what
it is compared with (`lo`) and a channel's upper edge (`hi`), one value per candle. Both the
replay of `pregao alerts` and the live engine (on each closed candle, see candle_rules.py) use
it, with edges.edge_fires deciding where the condition becomes true.

Indicators are any function of strategies.indicators, called by name with the rule's
parameters: the candle columns it takes (high, low, close, volume) are passed by name.
"""

from __future__ import annotations

import inspect
import math
from functools import cache

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from desktop.alerts.model import AlertRuleError, Condition, ConditionKind
from desktop.core.candles import Candles

# Kinds a candle history can decide (the others need ticks, books or engine events).
CANDLE_KINDS = frozenset({
    ConditionKind.PRICE, ConditionKind.PRICE_MOVE, ConditionKind.INDICATOR, ConditionKind.VOLUME,
})
_COLUMNS = ("open", "high", "low", "close", "volume")
VOLUME_AVERAGE_DEFAULT = 20  # candles in a volume spike's average when the rule names none


def indicator_names() -> list[str]:
    from strategies.indicator_catalog import specs

    return list(specs())


@cache
def indicator_inputs(name: str) -> tuple[tuple[str, ...], tuple[inspect.Parameter, ...], int]:
    """(candle columns it reads, its numeric parameters, how many outputs it returns)."""
    from strategies import indicators

    if name not in indicator_names():
        raise AlertRuleError(
            f"unknown indicator {name!r} (known: {', '.join(indicator_names())})"
        )
    fn = getattr(indicators, name)
    params = inspect.signature(fn).parameters.values()
    columns = tuple(p.name for p in params if p.name in _COLUMNS)
    numeric = tuple(p for p in params if p.name not in _COLUMNS and p.name != "anchor_ts")
    probe = _probe_candles()
    out = fn(**{c: getattr(probe, c) for c in columns})
    return columns, numeric, len(out) if isinstance(out, tuple) else 1


def indicator_series(name: str, params: tuple[float, ...], output: int,
                     candles: Candles) -> np.ndarray:
    from strategies import indicators

    columns, numeric, outputs = indicator_inputs(name)
    if len(params) > len(numeric):
        raise AlertRuleError(
            f"{name} takes at most {len(numeric)} parameters "
            f"({', '.join(p.name for p in numeric)}), got {len(params)}"
        )
    if not 0 <= output < outputs:
        raise AlertRuleError(f"{name} has {outputs} output(s); output {output} does not exist")
    kwargs = {c: getattr(candles, c) for c in columns}
    kwargs.update({p.name: v for p, v in zip(numeric, params, strict=False)})
    if "anchor_ts" in inspect.signature(getattr(indicators, name)).parameters:
        kwargs["anchor_ts"] = candles.ts  # the session VWAP traders watch
    try:
        out = getattr(indicators, name)(**kwargs)
    except ValueError as exc:
        raise AlertRuleError(f"{name}: {exc}") from None
    return np.asarray(out[output] if isinstance(out, tuple) else out, dtype=np.float64)


def check_condition(cond: Condition) -> None:
    """Raise AlertRuleError if the condition's indicator(s) cannot be computed as written."""
    if cond.kind is ConditionKind.INDICATOR:
        indicator_series(cond.indicator, cond.params, cond.output, _probe_candles())
        if cond.other_indicator:
            indicator_series(cond.other_indicator, cond.other_params, 0, _probe_candles())


def condition_series(cond: Condition, candles: Candles, timeframe_ms: int,
                     memo: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, lo, hi) per candle for a candle-decided condition (see the module docstring).
    `memo` shares indicator series between conditions over the same candles."""
    n = len(candles)
    memo = {} if memo is None else memo
    hi = np.full(n, cond.value2)
    if cond.kind is ConditionKind.PRICE:
        return candles.close, np.full(n, cond.value), hi
    if cond.kind is ConditionKind.PRICE_MOVE:
        bars = max(1, math.ceil(cond.window_s * 1000 / timeframe_ms))
        if cond.op == "moves_up":
            low = _rolling(candles.close, bars + 1, np.min)
            x = (candles.close / low - 1.0) * 100.0
        else:
            high = _rolling(candles.close, bars + 1, np.max)
            x = (1.0 - candles.close / high) * 100.0
        return x, np.full(n, cond.value), hi
    if cond.kind is ConditionKind.VOLUME:
        bars = cond.window_s or VOLUME_AVERAGE_DEFAULT
        mean = np.full(n, np.nan)
        mean[1:] = _rolling(candles.volume, bars, np.mean)[:-1]  # the candles before this one
        with np.errstate(divide="ignore", invalid="ignore"):
            x = np.where(mean > 0, candles.volume / mean, np.nan)
        return x, np.full(n, cond.value), hi
    if cond.kind is ConditionKind.INDICATOR:
        x = _memo(memo, (cond.indicator, cond.params, cond.output), candles)
        if cond.other_indicator:
            lo = _memo(memo, (cond.other_indicator, cond.other_params, 0), candles)
        else:
            lo = np.full(n, cond.value)
        return x, lo, hi
    raise AlertRuleError(f"a {cond.kind.value} condition is not decided by candles")


def _memo(memo: dict, key: tuple, candles: Candles) -> np.ndarray:
    if key not in memo:
        memo[key] = indicator_series(key[0], key[1], key[2], candles)
    return memo[key]


def _rolling(values: np.ndarray, window: int, reduce) -> np.ndarray:
    """reduce() over the `window` values ending at each row; NaN until there are that many."""
    out = np.full(values.shape[0], np.nan)
    if values.shape[0] >= window:
        out[window - 1:] = reduce(sliding_window_view(values, window), axis=1)
    return out


def shifted(values: np.ndarray) -> np.ndarray:
    """The previous candle's value (NaN for the first)."""
    out = np.empty_like(values, dtype=np.float64)
    out[0:1] = np.nan
    out[1:] = values[:-1]
    return out


@cache
def _probe_candles() -> Candles:
    """A small made-up history on which an indicator's call is tried before a rule is armed."""
    n = 300
    close = 100.0 + np.sin(np.arange(n) / 7.0) * 5.0 + np.arange(n) * 0.01
    return Candles.from_arrays(
        np.arange(n, dtype=np.int64) * 60_000, close, close + 1.0, close - 1.0, close,
        np.full(n, 10.0),
    )
