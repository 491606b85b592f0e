"""Bottom axis for a chart whose x is the bar index: local-time labels at round times.

Ticks are generated from the visible time span (at most a few dozen candidate times, each
placed by one binary search into the timestamps), so the cost is O(visible ticks * log n)
and never a scan of every timestamp. Gaps in the data simply compress time on the axis.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

import numpy as np
from PySide6.QtCore import QDateTime, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from widgets.chart.lean_axis import LeanAxis

MINUTE = 60_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
# Intraday/daily steps are fixed lengths; month and year steps are calendar steps.
FIXED_STEPS = [
    MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
    HOUR, 2 * HOUR, 3 * HOUR, 4 * HOUR, 6 * HOUR, 12 * HOUR,
    DAY, 2 * DAY, 3 * DAY, 7 * DAY, 14 * DAY,
]  # fmt: skip
MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120]
TICK_SPACING_PX = 110  # a "HH:MM" or "21 Nov" label plus air


class TimeMap:
    """Bar index <-> time for a sorted ts array, extrapolated by the timeframe beyond the data."""

    def __init__(self, ts: Callable[[], np.ndarray], step_ms: Callable[[], int]) -> None:
        self._ts = ts
        self._step = step_ms

    def time_at(self, index: float) -> int:
        ts = self._ts()
        n = ts.shape[0]
        i = round(index)
        if n == 0:
            return 0
        if i < 0:
            return int(ts[0]) + i * self._step()
        if i >= n:
            return int(ts[-1]) + (i - n + 1) * self._step()
        return int(ts[i])

    def index_at(self, t_ms: int) -> float:
        """Position of time `t_ms`: the first bar at or after it (data gaps collapse)."""
        ts = self._ts()
        n = ts.shape[0]
        if n == 0:
            return 0.0
        if t_ms > ts[-1]:
            return n - 1 + (t_ms - int(ts[-1])) / self._step()
        if t_ms < ts[0]:
            return (t_ms - int(ts[0])) / self._step()
        return float(np.searchsorted(ts, t_ms, side="left"))

    def bar_containing(self, t_ms: int) -> int:
        """Index of the bar whose open time is the last at or before `t_ms` (-1: before all)."""
        return int(np.searchsorted(self._ts(), t_ms, side="right")) - 1

    # Continuous positions, for drawings anchored in time: bar i spans x in [i - 0.5, i + 0.5)
    # and time [ts[i], ts[i] + step), so a time maps to the same place in its candle at any
    # zoom, and to the candle holding it at any timeframe.
    def x_of_time(self, t_ms: float) -> float:
        """Continuous x of a time (a time inside a data gap sits at its bar's right edge;
        times before or after the data are extrapolated by the timeframe)."""
        ts = self._ts()
        n = ts.shape[0]
        if n == 0:
            return math.nan
        step = self._step()
        if t_ms < ts[0]:
            return -0.5 + (t_ms - int(ts[0])) / step
        i = int(np.searchsorted(ts, t_ms, side="right")) - 1
        if i == n - 1:
            return n - 1.5 + (t_ms - int(ts[-1])) / step
        return i - 0.5 + min(1.0, (t_ms - int(ts[i])) / step)

    def time_of_x(self, x: float) -> int:
        """The time at a continuous x (the inverse of x_of_time inside the data)."""
        ts = self._ts()
        n = ts.shape[0]
        if n == 0:
            return 0
        step = self._step()
        i = math.floor(x + 0.5)
        if i < 0:
            return round(int(ts[0]) + (x + 0.5) * step)
        if i >= n:
            return round(int(ts[-1]) + (x - (n - 1) + 0.5) * step)
        return round(int(ts[i]) + (x - i + 0.5) * step)


def _local_offset_ms(t_ms: int) -> int:
    offset = datetime.fromtimestamp(t_ms / 1000).astimezone().utcoffset() or timedelta(0)
    return int(offset.total_seconds() * 1000)


def _fixed_step_times(t0: int, t1: int, step: int) -> list[int]:
    """Multiples of `step` in local time (midnights, round hours...) within [t0, t1]."""
    offset = _local_offset_ms(t0)
    if step == 7 * DAY:
        offset += 3 * DAY  # the epoch was a Thursday; weeks start on Monday
    first = -((-(t0 + offset)) // step) * step - offset
    return list(range(first, t1 + 1, step))


def _month_step_times(t0: int, t1: int, months: int) -> list[int]:
    start = datetime.fromtimestamp(t0 / 1000)
    index = start.year * 12 + start.month - 1
    index = -(-index // months) * months  # first month on the grid at or after t0's month
    out = []
    while True:
        dt = datetime(index // 12, index % 12 + 1, 1)
        t = int(dt.timestamp() * 1000)
        if t > t1:
            return out
        if t >= t0:
            out.append(t)
        index += months


def tick_times(t0: int, t1: int, max_ticks: int, min_step: int) -> tuple[str, int, list[int]]:
    """(kind, step, times) of round local times in [t0, t1], at most about `max_ticks`."""
    span = max(1, t1 - t0)
    want = max(span / max(1, max_ticks), min_step)
    for step in FIXED_STEPS:
        if step >= want:
            return "fixed", step, _fixed_step_times(t0, t1, step)
    for months in MONTH_STEPS:
        if months * 30 * DAY >= want:
            return "months", months, _month_step_times(t0, t1, months)
    years = int(np.ceil(want / (365 * DAY)))
    return "months", 12 * years, _month_step_times(t0, t1, 12 * years)


class TimeAxis(LeanAxis):
    def __init__(self, time_map: TimeMap, step_ms: Callable[[], int], **kwargs) -> None:
        super().__init__("bottom", **kwargs)
        self._map = time_map
        self._step_ms = step_ms
        # Panning shows the same round times again and again; formatting them is the costly
        # part of a tick update, so labels are remembered (bounded).
        self._label_cache: dict[tuple[int, str, int], str] = {}
        self._locale = QLocale()
        self._hover: tuple[float, str, QColor, QColor] | None = None

    def set_hover(self, index: float | None, fill: str = "#363a45", ink: str = "#ffffff"):
        """A box with the full date and time of the crosshair's bar (None hides it)."""
        if index is None:
            self._hover = None
        else:
            when = QDateTime.fromMSecsSinceEpoch(self._map.time_at(index)).toLocalTime()
            text = self._locale.toString(when, "ddd d MMM yyyy  HH:mm")
            self._hover = (index, text, QColor(fill), QColor(ink))
        self.update()

    def hover_text(self) -> str | None:
        return None if self._hover is None else self._hover[1]

    def paint_extra(self, p: QPainter) -> None:
        if self._hover is None:
            return
        index, text, fill, ink = self._hover
        x = self._pixel(index)
        metrics = p.fontMetrics()
        w, h = metrics.horizontalAdvance(text) + 12, metrics.height() + 4
        left = min(max(0.0, x - w / 2), self.width() - w)
        rect = QRectF(round(left), 1, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRect(rect)
        p.setPen(ink)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def ticks(self, lo: float, hi: float, length_px: float) -> list[tuple[float, str]]:
        t0, t1 = self._map.time_at(np.ceil(lo)), self._map.time_at(np.floor(hi))
        if t1 <= t0 or length_px <= 0:
            return []
        max_ticks = max(2, int(length_px / TICK_SPACING_PX))
        kind, step, times = tick_times(t0, t1, max_ticks, self._step_ms())
        if len(self._label_cache) > 4096:
            self._label_cache.clear()
        out: list[tuple[float, str]] = []
        min_gap = (hi - lo) / max_ticks * 0.6  # in bars: data gaps may bunch ticks up
        last = -np.inf
        for t in times:
            x = self._map.index_at(t)
            if x - last < min_gap or not (lo <= x <= hi):
                continue
            label = self._label_cache.get((t, kind, step))
            if label is None:
                label = self._label(self._locale, t, kind, step)
                self._label_cache[(t, kind, step)] = label
            out.append((x, label))
            last = x
        return out

    @staticmethod
    def _label(locale: QLocale, t_ms: int, kind: str, step: int) -> str:
        dt = QDateTime.fromMSecsSinceEpoch(t_ms).toLocalTime()
        if kind == "months":
            if dt.date().month() == 1 or step >= 12:
                return dt.toString("yyyy")
            return locale.toString(dt, "MMM")
        midnight = dt.time().hour() == 0 and dt.time().minute() == 0
        if step < DAY and not midnight:
            return dt.toString("HH:mm")
        if dt.date().month() == 1 and dt.date().day() == 1:
            return dt.toString("yyyy")
        return locale.toString(dt, "d MMM")
