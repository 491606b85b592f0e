"""Indicator lines of the chart: full computation on load, tail-only recomputation live.

Values come from `strategies.indicators` (TA-Lib's definitions), so the chart shows exactly
what a strategy sees.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from widgets.chart.series_store import LineSeries


class _LazyIndicators:
    """`strategies.indicators` imported on first use: it loads numba (~0.4 s), which must
    not sit between a cold start and the first painted frame."""

    def __getattr__(self, name: str):
        from strategies import indicators as module

        return getattr(module, name)


indicators = _LazyIndicators()

SMA_PERIOD = 20
EMA_PERIOD = 50
BB_PERIOD, BB_NBDEV = 20, 2.0
RSI_PERIOD = 14
MACD_FAST, MACD_SLOW, MACD_SIGNAL = 12, 26, 9

# A live update recomputes only this many trailing bars. The recursive indicators (EMA, RSI,
# MACD) forget their seed geometrically, e.g. EMA 50 by (49/51)**2000 ~ 1e-35, so the tail
# value equals the full-history value to float precision.
TAIL_BARS = 2000

Compute = Callable[[np.ndarray], dict[str, np.ndarray]]

COMPUTE: dict[str, Compute] = {
    "sma": lambda c: {"sma": indicators.sma(c, SMA_PERIOD)},
    "ema": lambda c: {"ema": indicators.ema(c, EMA_PERIOD)},
    "bb": lambda c: dict(
        zip(
            ("bb_upper", "bb_middle", "bb_lower"),
            indicators.bbands(c, BB_PERIOD, BB_NBDEV),
            strict=True,
        )
    ),
    "rsi": lambda c: {"rsi": indicators.rsi(c, RSI_PERIOD)},
    "macd": lambda c: dict(
        zip(
            ("macd", "macd_signal", "macd_hist"),
            indicators.macd(c, MACD_FAST, MACD_SLOW, MACD_SIGNAL),
            strict=True,
        )
    ),
}

# What the legend and the notices call each indicator (its periods are part of its name).
TITLES = {
    "sma": f"SMA {SMA_PERIOD}",
    "ema": f"EMA {EMA_PERIOD}",
    "bb": f"BB {BB_PERIOD}, {BB_NBDEV:g}",
    "rsi": f"RSI {RSI_PERIOD}",
    "macd": f"MACD {MACD_FAST}, {MACD_SLOW}, {MACD_SIGNAL}",
}

# Candles a sub-pane indicator needs before its first value (TA-Lib's lookback + 1).
NEEDED_BARS = {"rsi": RSI_PERIOD + 1, "macd": MACD_SLOW + MACD_SIGNAL - 1}

OVERLAYS = frozenset({"sma", "ema", "bb"})
SUBPANES = frozenset({"rsi", "macd"})


class IndicatorLines:
    """The enabled indicators' lines, kept in step with the chart's close prices."""

    def __init__(self) -> None:
        self.lines: dict[str, dict[str, LineSeries]] = {}

    def enable(self, name: str, close: np.ndarray) -> dict[str, LineSeries]:
        self.lines[name] = {
            key: LineSeries(np.asarray(v, dtype=np.float64))
            for key, v in COMPUTE[name](close).items()
        }
        return self.lines[name]

    def disable(self, name: str) -> None:
        self.lines.pop(name, None)

    def update_tail(self, close: np.ndarray, changed_from: int) -> None:
        """Refresh values from index `changed_from` to the end after a live candle update."""
        start = max(0, close.shape[0] - TAIL_BARS)
        start = min(start, changed_from)
        for name, series_by_key in self.lines.items():
            fresh = COMPUTE[name](close[start:])
            for key, series in series_by_key.items():
                series.set_tail(changed_from, fresh[key][changed_from - start :])
