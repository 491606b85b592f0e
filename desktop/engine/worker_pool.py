"""A process pool the engine can stop at once: loky's executor (it arrives with scikit-learn
through joblib), whose `shutdown(kill_workers=True)` is the supported way to end workers that
are computing, their own helper processes included. concurrent.futures has no such call
before Python 3.14, and reaching into its private process table is what this replaces.

Workers are started fresh (loky's fork+exec, the same isolation as 'spawn'): never forked
from a process that holds Qt and the engine's threads. Created on first use. Qt-free."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any


class WorkerLost(Exception):
    """The worker running a task died, or the pool was stopped under it (another task
    was canceled): the task may be retried on a fresh pool."""


class WorkerPool:
    def __init__(
        self,
        max_workers: int,
        initializer: Callable[..., None] | None = None,
        make_initargs: Callable[[Any], tuple[Any, ...]] | None = None,
    ) -> None:
        """`make_initargs(context)` builds the initializer's arguments once per pool (e.g. a
        queue of that pool's multiprocessing context)."""
        self.max_workers = max_workers
        self._initializer = initializer
        self._make_initargs = make_initargs
        self._executor: Any = None
        self.initargs: tuple[Any, ...] = ()

    @property
    def started(self) -> bool:
        return self._executor is not None

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        if self._executor is None:
            from joblib.externals.loky.backend.context import get_context
            from joblib.externals.loky.process_executor import ProcessPoolExecutor

            context = get_context("loky")
            self.initargs = self._make_initargs(context) if self._make_initargs else ()
            self._executor = ProcessPoolExecutor(
                max_workers=self.max_workers,
                context=context,
                initializer=self._initializer,
                initargs=self.initargs,
            )
        return self._executor.submit(fn, *args)

    async def run(self, fn: Callable[..., Any], *args: Any,
                  on_submit: Callable[[Future], None] | None = None) -> Any:
        """Submit and await on the running loop; WorkerLost when the worker went away."""
        future = self.submit(fn, *args)
        executor = self._executor
        if on_submit is not None:
            on_submit(future)
        try:
            return await asyncio.wrap_future(future)
        except (BrokenProcessPool, RuntimeError) as exc:
            # RuntimeError: loky's ShutdownExecutorError, the pool was killed under this task.
            if not isinstance(exc, BrokenProcessPool) and (
                type(exc).__name__ != "ShutdownExecutorError"
            ):
                raise
            if self._executor is executor:  # not yet replaced by a retry of another task
                self.kill()
            raise WorkerLost(str(exc)) from exc

    def kill(self) -> None:
        """End every worker now (and the processes they started); the next submit starts
        a fresh pool."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, kill_workers=True)

    async def close(self, grace_s: float = 1.0) -> None:
        """Let idle workers go politely (their queues and locks released); one still busy
        after `grace_s` (e.g. importing the backtester) is killed."""
        executor = self._executor
        if executor is None:
            return
        try:
            await asyncio.wait_for(asyncio.to_thread(executor.shutdown, wait=True), grace_s)
        except TimeoutError:
            pass
        self._executor = None
        executor.shutdown(wait=False, kill_workers=True)
