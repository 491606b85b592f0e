"""Notices the first frame that shows live data, then lets the deferred work begin.

"Live data" means what the running market feed has sent is on screen: a chart showing the
market's candles up to the minute that is forming now, and a watchlist showing prices the feed
has ticked. Until that frame is painted the app keeps everything else off the CPU: the
engine's account services (SQLAlchemy, keyring), the chart's indicator code (numba) and the
panels tabbed away behind others. `AppContext.first_frame_shown` then tells who waits."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

POLL_MS = 5
#: Libraries that must not load before the first frame (each costs 0.1-1 s of imports).
OFF_THE_FIRST_FRAME = ("numba", "scipy", "sklearn", "pandas", "sqlalchemy", "ccxt", "optuna")
#: Past this, deferred work starts anyway (a layout without a chart or watchlist).
GIVE_UP_MS = 20_000
#: A window that has not been shown by then has no first frame to protect.
NOT_SHOWN_MS = 200


class FirstFrameWatch(QObject):
    #: True: live data is on screen (and was painted); False: it never came in time.
    done = Signal(bool)

    def __init__(self, window: QMainWindow, live_data_shown: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._live = live_data_shown
        self._elapsed = 0
        self.finished = False
        #: At the first frame, before anything waiting for it ran: its perf_counter time and
        #: which of OFF_THE_FIRST_FRAME were loaded (the smoke test reports both).
        self.shown_at = 0.0
        self.cpu_s = 0.0
        self.loaded_before: list[str] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._poll)
        self._timer.start(POLL_MS)

    def _poll(self) -> None:
        self._elapsed += POLL_MS
        if self._live():
            self._timer.stop()
            self._window.repaint()  # paint now, synchronously: this frame holds live data
            self.shown_at = time.perf_counter()
            self.cpu_s = time.process_time()  # all threads: what the start cost in CPU
            self.loaded_before = [m for m in OFF_THE_FIRST_FRAME if m in sys.modules]
            self.finished = True
            self.done.emit(True)
        elif self._elapsed >= GIVE_UP_MS or (
            self._elapsed >= NOT_SHOWN_MS and not self._window.isVisible()
        ):
            self._timer.stop()
            self.finished = True
            self.done.emit(False)
