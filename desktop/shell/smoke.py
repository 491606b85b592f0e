"""--smoke-test: wait for the first painted frame with live data, report, optionally shoot.

"Live data" means what the running market feed has sent is on screen: a chart showing the
market's candles up to the minute that is forming now, and a watchlist showing prices the feed
has ticked. The time is taken from process start to that frame's synchronous paint."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QTimer

from desktop.shell.main_window import MainWindow

TIMEOUT_MS = 20_000


class SmokeProbe:
    def __init__(
        self, window: MainWindow, screenshot: str | None, process_age_s: Callable[[], float]
    ) -> None:
        self._window = window
        self._screenshot = screenshot
        self._age = process_age_s
        self.exit_code = 1
        self._timer = QTimer(window)
        self._timer.timeout.connect(self._poll)
        self._timer.start(5)
        self._elapsed = 0

    def _live_data_shown(self) -> bool:
        charts = [p for p in self._window.docks.panels("chart") if p.isVisible()]
        watchlists = [p for p in self._window.docks.panels("watchlist") if p.isVisible()]
        return (
            any(p.has_live_candles for p in charts)
            and any(p.model.ticked_rows() > 0 for p in watchlists)
        )

    def _poll(self) -> None:
        self._elapsed += 5
        if self._live_data_shown():
            self._timer.stop()
            self._window.repaint()  # paint now, synchronously: this frame holds live data
            startup_ms = self._age() * 1000
            print(json.dumps({"smoke": "ok", "startup_ms": round(startup_ms, 1)}), flush=True)
            self.exit_code = 0
            # Let the feed fill a few more candles before the screenshot, then leave.
            QTimer.singleShot(1500 if self._screenshot else 0, self._finish)
        elif self._elapsed >= TIMEOUT_MS:
            self._timer.stop()
            print(json.dumps({"smoke": "timeout", "after_ms": TIMEOUT_MS}), flush=True)
            self._window.close()

    def _finish(self) -> None:
        if self._screenshot:
            self._window.grab().save(self._screenshot)
        self._window.close()
