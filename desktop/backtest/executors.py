"""Where sweep work runs: in this process, on a local process pool, or on a Dask cluster.

One shape for all three: `imap(fn, chunks, shared, cancel)` calls `fn(shared, chunk)` for each
chunk and yields `(chunk_index, result)` as chunks finish. `shared` is the big read-only part
of the work (the candles, the strategy, the config): it is serialised once per sweep and
reaches each worker process once (local pool: a temporary file each worker reads on its
first chunk of the sweep; Dask: `scatter(broadcast=True)`), never once per task, and each
worker deserialises it once. `fn` must be a module-level function.

Cancellation: `cancel` (a threading.Event) is checked each time a chunk finishes; once set,
chunks not yet started are cancelled and the iteration ends. Chunks already running finish
in the background and their results are dropped.

`shared` travels as cloudpickle bytes so that strategy classes loaded from a user's file
(modules a fresh worker cannot import by name) travel by value.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import sys
import tempfile
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

import cloudpickle  # joblib (via scikit-learn) and dask both require it

C = TypeVar("C")
R = TypeVar("R")

# Worker-side cache of deserialised `shared` payloads by sweep token. A worker serves one
# sweep at a time in practice; two entries let back-to-back sweeps overlap briefly.
_SHARED: OrderedDict[str, Any] = OrderedDict()
_SHARED_KEEP = 2
_SHARED_LOCK = threading.Lock()  # Dask workers may run several threads
_MISSING = object()


def _remember(token: str, payload: bytes) -> Any:
    with _SHARED_LOCK:
        if token in _SHARED:
            _SHARED.move_to_end(token)
            return _SHARED[token]
    value = cloudpickle.loads(payload)
    with _SHARED_LOCK:
        _SHARED[token] = value
        while len(_SHARED) > _SHARED_KEEP:
            _SHARED.popitem(last=False)
    return value


def _file_call(fn: Callable[[Any, C], R], token: str, path: str, chunk: C) -> R:
    with _SHARED_LOCK:
        shared = _SHARED.get(token, _MISSING)
    if shared is _MISSING:
        with open(path, "rb") as f:
            shared = _remember(token, f.read())
    return fn(shared, chunk)


def _dask_call(fn: Callable[[Any, C], R], token: str, payload: bytes, chunk: C) -> R:
    # `payload` is the scattered bytes already in this worker's memory; decode it once.
    return fn(_remember(token, payload), chunk)


def _portable(shared: Any) -> bytes:
    """cloudpickle bytes of `shared`; classes from modules a worker cannot import by name
    (user strategy files, `__main__`) are pickled by value."""
    for name, module in list(sys.modules.items()):
        if name.startswith("pregao_user_strategies.") and module is not None:
            try:
                cloudpickle.register_pickle_by_value(module)
            except ValueError:
                pass  # already registered, or not importable as registered
    return cloudpickle.dumps(shared)


class Executor(Protocol):
    """Runs `fn(shared, chunk)` for every chunk; see the module docstring."""

    workers: int

    def imap(
        self,
        fn: Callable[[Any, C], R],
        chunks: Sequence[C],
        shared: Any = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[tuple[int, R]]: ...

    def close(self) -> None: ...


class SerialExecutor:
    """In this process, one chunk after another (no pickling): the reference and the fallback."""

    workers = 1

    def imap(self, fn, chunks, shared=None, cancel=None):
        for k, chunk in enumerate(chunks):
            if cancel is not None and cancel.is_set():
                return
            yield k, fn(shared, chunk)

    def close(self) -> None:
        pass

    def __enter__(self) -> SerialExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


class LocalPoolExecutor:
    """Worker processes on this machine, started on the first sweep and kept until `close()`,
    so a second sweep (a walk-forward after its sweep, the next run from the panel) finds
    them warm.

    Each sweep's `shared` bytes go to a temporary file once; a worker reads it the first
    time it meets that sweep and keeps it, so the candles cross to each worker once, not
    with every chunk. Workers are spawned rather than forked: the desktop app has a Qt
    thread and an engine thread, and forking a threaded process can deadlock the child.
    """

    def __init__(self, workers: int | None = None, start_method: str = "spawn") -> None:
        self.workers = workers or default_workers()
        if self.workers < 1:
            raise ValueError(f"a process pool needs at least 1 worker, got {self.workers}")
        self._context = multiprocessing.get_context(start_method)
        self._pool: cf.ProcessPoolExecutor | None = None

    def _get_pool(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(max_workers=self.workers,
                                                mp_context=self._context)
        return self._pool

    def imap(self, fn, chunks, shared=None, cancel=None):
        if not chunks:
            return
        token = uuid.uuid4().hex
        fd, path = tempfile.mkstemp(prefix="pregao-sweep-", suffix=".pkl")
        futures: dict[cf.Future, int] = {}
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_portable(shared))
            pool = self._get_pool()
            futures = {pool.submit(_file_call, fn, token, path, chunk): k
                       for k, chunk in enumerate(chunks)}
            for fut in cf.as_completed(futures):
                if cancel is not None and cancel.is_set():
                    return
                yield futures[fut], fut.result()
        except BrokenProcessPool:
            self._pool = None  # a worker died (killed, out of memory): start afresh next time
            raise
        finally:
            # Chunks not yet handed to a worker never start; the few already queued run
            # and are ignored (a worker that still needs the file finds it gone and fails
            # a chunk nobody waits for).
            for fut in futures:
                fut.cancel()
            try:
                os.unlink(path)
            except OSError:
                pass

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalPoolExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DaskExecutor:
    """Chunks as tasks on a Dask cluster: `DaskExecutor("tcp://host:8786")`.

    The client connects on first use and stays connected until `close()`. The cluster's
    workers need this project importable (the same install as here).
    """

    def __init__(self, address: str, timeout: float = 10.0) -> None:
        self.address = address
        self.timeout = timeout
        self._client: Any = None
        self._workers = 0

    def client(self) -> Any:
        if self._client is None:
            try:
                from distributed import Client
            except ImportError:
                raise ConnectionError(
                    f"cannot reach the Dask scheduler at {self.address}: dask.distributed "
                    "is not installed (pip install 'dask[distributed]')"
                ) from None
            try:
                self._client = Client(self.address, timeout=self.timeout,
                                      set_as_default=False)
            except OSError as exc:
                raise ConnectionError(
                    f"cannot reach the Dask scheduler at {self.address}: {exc}"
                ) from None
            self._workers = len(self._client.scheduler_info().get("workers", {})) or 1
        return self._client

    @property
    def workers(self) -> int:
        """Workers of the cluster when it was reached (sweeps size their chunks by it)."""
        self.client()
        return self._workers

    def imap(self, fn, chunks, shared=None, cancel=None):
        from distributed import as_completed

        if not chunks:
            return
        client = self.client()
        token = uuid.uuid4().hex
        # One copy of the shared bytes on every worker; tasks refer to it by future.
        payload = client.scatter(_portable(shared), broadcast=True, hash=False)
        futures = [client.submit(_dask_call, fn, token, payload, chunk, pure=False)
                   for chunk in chunks]
        index = {fut.key: k for k, fut in enumerate(futures)}
        try:
            # set_as_default=False above, so the iterator needs the client's loop named
            for fut in as_completed(futures, loop=client.loop):
                if cancel is not None and cancel.is_set():
                    return
                yield index[fut.key], fut.result()
        finally:
            pending = [f for f in futures if not f.done()]
            if pending:
                client.cancel(pending)
            client.cancel([payload])

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_executor(
    scheduler: str | None = None, workers: int | None = None, connect_timeout: float = 10.0
) -> Executor:
    """A Dask executor for a scheduler address, else a local pool (serial for 1 worker)."""
    if scheduler:
        return DaskExecutor(scheduler, timeout=connect_timeout)
    if workers == 1:
        return SerialExecutor()
    return LocalPoolExecutor(workers)
