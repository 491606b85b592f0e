"""What the UI benchmarks share: the UI-thread lag probe and a faster demo-market clock.

The probe is a 5 ms QTimer on the UI thread that records how late each timeout fires: that
lateness is what a trader feels as a frozen window, so every UI benchmark measures it the same
way. Import after the QApplication exists (Qt timers need one).
"""

from __future__ import annotations

import asyncio
import time

import numpy as np
from PySide6.QtCore import QElapsedTimer, QTimer


class UiLagProbe:
    """Lateness (ms beyond the interval) of each timeout of a UI-thread timer while started."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.interval_ms = interval_ms
        self.lags: list[float] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = 0
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)

    def _on_timeout(self) -> None:
        now = self._clock.nsecsElapsed()
        if self._last:
            self.lags.append(max(0.0, (now - self._last) / 1e6 - self.interval_ms))
        self._last = now

    def start(self) -> None:
        """Start a fresh measurement (earlier lags are dropped)."""
        self.lags.clear()
        self._last = 0
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return list(self.lags)


def percentile(values: list[float], q: float, empty: float | None = None) -> float | None:
    """The q-th percentile rounded to 0.01, or `empty` when nothing was measured."""
    return round(float(np.percentile(values, q)), 2) if values else empty


class SpeedClock:
    """Wall-clock time since start, `speed` times faster (the demo market's clock)."""

    def __init__(self, speed: float) -> None:
        self.speed = speed
        self._t0 = time.time()
        self._m0 = time.monotonic()

    def __call__(self) -> float:
        return self._t0 + (time.monotonic() - self._m0) * self.speed

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.speed)
