"""The one door from the engine thread into the UI thread.

`post()` is called on the engine thread. Events with a coalesce key (ticks, books, forming
bars) keep only their newest value per key and are flushed at most `max_rate_hz` times a
second, so a 10,000 msg/s feed costs the UI a bounded amount of work. Events without a key
(orders, fills, alerts, log lines, closed bars) are delivered in order and never dropped.
Each handler runs isolated: an exception is logged and reported, and delivery goes on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.core.events import Event, LogEvent

log = logging.getLogger(__name__)

Handler = Callable[[Event], None]
RECENT_LOG_LINES = 5000  # the Log panel's own limit


class EventBridge(QObject):
    # Emitted (queued) from the engine thread to wake the UI thread; carries nothing.
    _wake = Signal()
    #: After each delivery batch: models commit their batched changes (one dataChanged each).
    flushed = Signal()
    #: A handler raised: a sentence for the status bar.
    handlerFailed = Signal(str)

    def __init__(self, max_rate_hz: float = 30.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._min_interval = 1.0 / max_rate_hz
        self._lock = threading.Lock()
        self._ordered: deque[Event] = deque()
        self._coalesced: dict[tuple, Event] = {}
        self._wake_pending = False
        self._last_flush = 0.0
        self._handlers: dict[type, list[Handler]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._drain)
        self._wake.connect(self._on_wake, Qt.ConnectionType.QueuedConnection)
        self.delivered = 0
        self.flushes = 0
        #: The newest log lines delivered so far: a Log panel built later (panels are built on
        #: first show) starts from them instead of from the moment it was opened.
        self.recent_logs: deque[LogEvent] = deque(maxlen=RECENT_LOG_LINES)

    # -- any thread --------------------------------------------------------------------------
    def post(self, event: Event) -> None:
        key = event.coalesce_key
        with self._lock:
            if key is None:
                stale = event.supersedes_key
                if stale is not None:
                    self._coalesced.pop(stale, None)
                self._ordered.append(event)
            else:
                self._coalesced[key] = event
            if self._wake_pending:
                return
            self._wake_pending = True
        self._wake.emit()

    # -- UI thread ---------------------------------------------------------------------------
    def subscribe(self, event_type: type, handler: Handler) -> Callable[[], None]:
        self._handlers.setdefault(event_type, []).append(handler)

        def unsubscribe() -> None:
            handlers = self._handlers.get(event_type, [])
            if handler in handlers:
                handlers.remove(handler)

        return unsubscribe

    def _on_wake(self) -> None:
        with self._lock:
            has_ordered = bool(self._ordered)
        wait = self._min_interval - (time.perf_counter() - self._last_flush)
        if has_ordered or wait <= 0:
            self._drain()
        elif not self._timer.isActive():
            self._timer.start(max(1, int(wait * 1000)))

    def _drain(self) -> None:
        now = time.perf_counter()
        flush_coalesced = now - self._last_flush >= self._min_interval
        with self._lock:
            ordered = list(self._ordered)
            self._ordered.clear()
            coalesced: list[Event] = []
            if flush_coalesced:
                coalesced = list(self._coalesced.values())
                self._coalesced.clear()
            leftover = bool(self._coalesced)
            self._wake_pending = leftover
        if coalesced:
            self._last_flush = now
            self.flushes += 1
        # Coalesced values are snapshots older than anything ordered that follows them only
        # when they were posted first; delivering them first keeps "newest wins" for charts.
        for event in coalesced:
            self._dispatch(event)
        for event in ordered:
            self._dispatch(event)
        if coalesced or ordered:
            self.flushed.emit()
        if leftover and not self._timer.isActive():
            wait = self._min_interval - (time.perf_counter() - self._last_flush)
            self._timer.start(max(1, int(wait * 1000)))

    def _dispatch(self, event: Event) -> None:
        self.delivered += 1
        if type(event) is LogEvent:  # kept as delivered: a panel built now takes these,
            self.recent_logs.append(event)  # then the ones delivered after, once each
        for handler in tuple(self._handlers.get(type(event), ())):
            try:
                handler(event)
            except Exception as exc:
                self._report_failure(handler, event, exc)

    def _report_failure(self, handler: Handler, event: Event, exc: Exception) -> None:
        name = getattr(handler, "__qualname__", repr(handler))
        if not isinstance(event, LogEvent):
            # Logged through logging -> the log panel; a LogEvent handler failing must not loop.
            log.error("Handler %s failed on %s: %s", name, type(event).__name__, exc, exc_info=exc)
        self.handlerFailed.emit(f"{name}: {exc}")
