"""A thread that owns an asyncio loop, and the clean way to stop it."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class LoopThread:
    """Runs an asyncio loop forever in a named thread, `setup()` as its first task (so a slow
    setup never holds up the caller of `start()`); `stop()` awaits `teardown()`, cancels every
    remaining task, shuts down async generators and the default executor, closes the loop and
    joins the thread."""

    def __init__(
        self,
        name: str,
        setup: Callable[[], Awaitable[None]] | None = None,
        teardown: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._name = name
        self._setup = setup
        self._teardown = teardown
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.setup_task: asyncio.Task | None = None

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise RuntimeError(f"{self._name} thread is not running")
        return self._loop

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> None:
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError(f"{self._name} thread did not start within {timeout} s")

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> None:
        self.loop.call_soon_threadsafe(fn, *args)

    def stop(self, timeout: float = 2.0) -> bool:
        """Stop the loop; True when the thread ended within `timeout` seconds."""
        if self._thread is None or self._loop is None or self._loop.is_closed():
            return True
        if self._teardown is not None and self._loop.is_running():
            try:
                self.submit(self._teardown()).result(timeout)
            except Exception:
                log.exception("%s teardown failed", self._name)
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        loop.call_soon(self._ready.set)  # before setup's first step: start() returns at once
        if self._setup is not None:
            self.setup_task = loop.create_task(self._run_setup(), name=f"{self._name}-setup")
        try:
            loop.run_forever()
        finally:
            self._close(loop)

    async def _run_setup(self) -> None:
        assert self._setup is not None
        try:
            await self._setup()
        except Exception:
            log.exception("%s setup failed", self._name)
            raise

    @staticmethod
    def _close(loop: asyncio.AbstractEventLoop) -> None:
        tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
