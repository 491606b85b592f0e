"""--smoke-test: report the first painted frame with live data and the moment the app is
usable, optionally save a screenshot, then close. A database that cannot be opened fails it at
once (exit code 2, the problem as a JSON line): the app would start without accounts.

The first frame is the main window's FirstFrameWatch (see desktop/shell/first_frame.py);
"usable" means the order entry shows the paper account with its symbols. Times are taken
from process start. One JSON line each, so benchmarks/startup.py and the tests read them."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer

from desktop.core.events import DatabaseProblemEvent
from desktop.shell.first_frame import OFF_THE_FIRST_FRAME
from desktop.shell.main_window import MainWindow

TIMEOUT_MS = 20_000
DATABASE_FAILED = 2
POLL_MS = 5


class SmokeProbe:
    def __init__(
        self, window: MainWindow, screenshot: str | None, process_age_s: Callable[[], float]
    ) -> None:
        self._window = window
        self._screenshot = screenshot
        self._age = process_age_s
        self.exit_code = 1
        self._elapsed = 0
        self._timer = QTimer(window)
        self._timer.timeout.connect(self._poll_usable)
        window.first_frame.done.connect(self._first_frame)
        self._unsubscribe = window.ctx.bridge.subscribe(DatabaseProblemEvent,
                                                        self._database_problem)

    def _database_problem(self, event: DatabaseProblemEvent) -> None:
        self._timer.stop()
        print(json.dumps({"smoke": "database", "kind": event.kind, "path": event.path,
                          "message": event.message}), flush=True)
        self.exit_code = DATABASE_FAILED
        self._window.quit_without_asking()

    def _first_frame(self, live: bool) -> None:
        if not live:
            print(json.dumps({"smoke": "timeout", "after_ms": TIMEOUT_MS}), flush=True)
            self._window.quit_without_asking()
            return
        watch = self._window.first_frame
        # Taken by the watch at the frame, before the work waiting for it began.
        startup_ms = (self._age() - (time.perf_counter() - watch.shown_at)) * 1000
        print(json.dumps({"smoke": "ok", "startup_ms": round(startup_ms, 1),
                          "cpu_ms": round(watch.cpu_s * 1000, 1),
                          "loaded_before_first_frame": watch.loaded_before}), flush=True)
        self._timer.start(POLL_MS)

    def _usable(self) -> bool:
        """The order entry offers the paper account and its symbols."""
        for panel in self._window.docks.panels("order_entry"):
            account = panel.account()
            if (panel.isVisible() and panel.loaded and account is not None
                    and account.is_paper and panel.form.symbol.count() > 0):
                return True
        return False

    def _poll_usable(self) -> None:
        self._elapsed += POLL_MS
        if self._usable():
            self._timer.stop()
            print(json.dumps({"usable_ms": round(self._age() * 1000, 1),
                              "usable_cpu_ms": round(time.process_time() * 1000, 1)}),
                  flush=True)
            self.exit_code = 0
            # Let the feed fill a few more candles before the screenshot, then leave.
            QTimer.singleShot(1500 if self._screenshot else 0, self._finish)
        elif self._elapsed >= TIMEOUT_MS:
            self._timer.stop()
            print(json.dumps({"smoke": "not usable", "after_ms": TIMEOUT_MS}), flush=True)
            self._window.quit_without_asking()

    def _finish(self) -> None:
        if self._screenshot:
            self._window.grab().save(self._screenshot)
        # What the start loaded in the end (the paper/demo start never needs ccxt).
        print(json.dumps({"loaded_at_exit": [m for m in OFF_THE_FIRST_FRAME
                                             if m in sys.modules]}), flush=True)
        self._window.quit_without_asking()
