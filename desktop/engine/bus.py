"""The engine's event bus: venues and services publish, sinks (the Qt bridge) receive.

`publish` may be called from any thread. A failing sink is logged and never stops delivery to
the others (one broken consumer must not silence order or fill events).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop.core.events import Event

log = logging.getLogger(__name__)

Sink = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._sinks: tuple[Sink, ...] = ()
        self._lock = threading.Lock()
        self.published = 0

    def add_sink(self, sink: Sink) -> Callable[[], None]:
        with self._lock:
            self._sinks = (*self._sinks, sink)

        def remove() -> None:
            with self._lock:
                self._sinks = tuple(s for s in self._sinks if s is not sink)

        return remove

    def publish(self, event: Event) -> None:
        self.published += 1
        # Copy-on-write tuple: iteration needs no lock on the hot path.
        for sink in self._sinks:
            try:
                sink(event)
            except Exception:
                log.exception("Event sink %r failed on %s", sink, type(event).__name__)
