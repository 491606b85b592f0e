"""Wires bus, engine, thread and client together; the one object the app starts and stops."""

from __future__ import annotations

from collections.abc import Callable

from desktop.engine.bus import EventBus
from desktop.engine.client import EngineClient
from desktop.engine.engine import Engine
from desktop.engine.loop_thread import LoopThread


class EngineRuntime:
    def __init__(
        self, *, demo_seed: int = 7, demo_days: int = 30, database_url: str | None = None,
        render_text: Callable[[object], str] = str,
    ) -> None:
        self.bus = EventBus()
        self.engine = Engine(
            self.bus, demo_seed=demo_seed, demo_days=demo_days, database_url=database_url,
            render_text=render_text,
        )
        self.thread = LoopThread("engine", setup=self.engine.start, teardown=self.engine.stop)
        self.client = EngineClient(self.thread, self.engine)

    def start(self) -> None:
        self.thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        return self.thread.stop(timeout)
