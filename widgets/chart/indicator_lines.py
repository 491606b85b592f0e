"""Indicator lines of the chart: full computation on load, tail-only recomputation live.

Values come from `strategies.indicators` (through `strategies.indicator_catalog`), so the
chart shows exactly what a strategy sees.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from widgets.chart.indicator_set import IndicatorInstance
from widgets.chart.series_store import LineSeries

Columns = Mapping[str, np.ndarray]


def catalog():
    """`strategies.indicator_catalog`, imported on first use: it loads numba (~0.4 s), which
    must not sit between a cold start and the first painted frame."""
    from strategies import indicator_catalog

    return indicator_catalog


class IndicatorLines:
    """Every instance's output lines, kept in step with the chart's candles."""

    def __init__(self) -> None:
        self.lines: dict[str, list[LineSeries]] = {}  # by instance uid, one per output
        self._instances: dict[str, IndicatorInstance] = {}

    def enable(self, instance: IndicatorInstance, columns: Columns) -> list[LineSeries]:
        out = catalog().compute(instance.name, instance.params, columns)
        self._instances[instance.uid] = instance
        self.lines[instance.uid] = [LineSeries(np.asarray(v, dtype=np.float64)) for v in out]
        return self.lines[instance.uid]

    def disable(self, uid: str) -> None:
        self.lines.pop(uid, None)
        self._instances.pop(uid, None)

    def update_tail(self, columns: Callable[[int], Columns], n: int, changed_from: int) -> None:
        """Refresh values from candle `changed_from` on after a live update. `columns(start)`
        gives the candle columns from `start` to the newest. An indicator whose recent
        values follow from recent candles is recomputed on a tail only; one that adds up
        from its start (OBV) on a tail too, shifted onto the value it had where the tail
        starts; any other on the whole history. Only the changed values are written."""
        if not self.lines:
            return  # (the indicator code is not loaded for nothing)
        cat = catalog()
        for uid, series in self.lines.items():
            instance = self._instances[uid]
            traits = cat.traits(instance.name)
            start = 0
            if traits.tail_safe:
                start = min(max(0, n - cat.tail_bars(instance.params)), changed_from)
            elif traits.cumulative and changed_from > 0:
                # The bar before the change keeps its value: the tail starts there.
                start = min(max(0, n - cat.TAIL_MIN), changed_from - 1)
            fresh = cat.compute(instance.name, instance.params, columns(start))
            for line, values in zip(series, fresh, strict=True):
                if start and not traits.tail_safe:
                    values = values + (line.values.values[start] - values[0])
                line.set_tail(changed_from, values[changed_from - start:])
