"""The engine's event bus: venues and services publish, sinks (the Qt bridge) receive.

`publish` may be called from any thread. A failing sink is logged and never stops delivery to
the others (one broken consumer must not silence order or fill events). Until the first sink
is added, events are kept (up to a bound) and handed to it: the engine starts before the UI
exists, and nothing it says in the meantime is lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop.core.events import Event

log = logging.getLogger(__name__)

Sink = Callable[[Event], None]


EARLY_EVENTS_MAX = 100_000


class EventBus:
    def __init__(self) -> None:
        self._sinks: tuple[Sink, ...] = ()
        self._lock = threading.Lock()
        self._early: list[Event] | None = []
        self.published = 0

    def add_sink(self, sink: Sink, *, takes_early_events: bool = True) -> Callable[[], None]:
        """`takes_early_events` False: an engine service listening from now on (the alert
        evaluator); the events kept so far stay for the first sink that takes them (the UI)."""
        with self._lock:
            if takes_early_events:
                early, self._early = self._early, None
                if early:
                    for event in early:
                        self._deliver(sink, event)
            self._sinks = (*self._sinks, sink)

        def remove() -> None:
            with self._lock:
                self._sinks = tuple(s for s in self._sinks if s is not sink)

        return remove

    def publish(self, event: Event) -> None:
        self.published += 1
        sinks = self._sinks  # copy-on-write tuple: no lock on the hot path
        if self._early is not None:
            with self._lock:
                if self._early is not None:
                    if len(self._early) < EARLY_EVENTS_MAX:
                        self._early.append(event)
                    if not self._sinks:
                        return
                sinks = self._sinks
        for sink in sinks:
            self._deliver(sink, event)

    @staticmethod
    def _deliver(sink: Sink, event: Event) -> None:
        try:
            sink(event)
        except Exception:
            log.exception("Event sink %r failed on %s", sink, type(event).__name__)
