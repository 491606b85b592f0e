"""Candle history downloads into the Parquet cache, on the engine thread.

A download pages through a venue's `fetch_ohlcv` from where the cache ends (and, when the
requested start is earlier than the cache's first candle, from the start up to it): only
missing candles are fetched. Pages are merged into the cache as they arrive (in batches of
`flush_rows`, and always when the job ends, however it ends), so a cancel, a ban or a crash
keeps a consistent prefix of the history and the next download carries on from there.

Rate limits: the venue's resilience layer already waits out a 429's Retry-After and retries;
when it gives up (`RateLimited`) the job waits the asked time itself, says so in its progress
event and tries again, up to `rate_limit_waits` times. A ban (`ExchangeBanned`) stops the job
with the exchange's sentence (until when); what was fetched stays cached.

Sources: the demo market (its generated 1m history, resampled), every connected exchange
account, and public market data of well-known exchanges (a key-less `CcxtVenue` opened for
the job). Qt-free.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from desktop.core import (
    Candles,
    ConnectionState,
    Event,
    ExchangeBanned,
    PregaoError,
    RateLimited,
)
from desktop.core.events import HistoryDoneEvent, HistoryFailedEvent, HistoryProgressEvent
from desktop.core.messages import marker, text_of
from desktop.core.timeframes import MINUTE_MS, TIMEFRAMES, timeframe_ms
from desktop.data.history_store import DatasetInfo, DatasetKey, HistoryStore, merge
from desktop.data.resample import resample

_t = marker("History")

log = logging.getLogger(__name__)

DEMO_SOURCE = "demo"
ACCOUNT_PREFIX = "account:"
PUBLIC_PREFIX = "public:"
RATE_LIMITED = "rate-limited"  # progress message code: "rate-limited:<seconds>"
DEMO_PAGE = 1000
_MAX_PAGES = 100_000  # a bound on one segment's loop, far above any real history


class CandlePages(Protocol):
    """The part of `desktop.venues.base.Venue` a download needs."""

    @property
    def capabilities(self) -> Any: ...  # VenueCapabilities: `max_ohlcv_page`

    async def fetch_ohlcv(
        self,
        symbol: str,
        timeframe: str,
        since_ms: int | None = None,
        until_ms: int | None = None,
        limit: int | None = None,
    ) -> Candles: ...


@dataclass(slots=True, frozen=True)
class HistorySource:
    """Where candles can be downloaded from, as the history panel lists it."""

    id: str  # "demo", "account:<account id>", "public:<ccxt id>"
    kind: str  # "demo", "account", "public"
    label: str  # the account's label, the exchange id
    exchange: str  # the cache's exchange name for its data: "demo", "binance", ...


@dataclass(slots=True, frozen=True)
class DownloadRequest:
    source: str  # a HistorySource id
    symbol: str
    timeframe: str
    start_ms: int  # inclusive
    end_ms: int | None = None  # exclusive; None: up to the last closed candle


@dataclass(slots=True)
class OpenedSource:
    exchange: str
    venue: CandlePages
    close: Callable[[], Awaitable[None]] | None = None  # for a venue opened for the job


@dataclass(slots=True)
class _Job:
    id: str
    request: DownloadRequest
    key: DatasetKey
    done: int = 0
    total: int = 0
    canceled: bool = False
    finished: bool = False
    task: asyncio.Task | None = None
    waiting: asyncio.Future | None = None  # the request or rate-limit wait a cancel interrupts
    buffer: list[Candles] = field(default_factory=list)
    buffered: int = 0


class _Canceled(Exception):
    pass


class DemoCandles:
    """Pages of a market feed's generated 1m history, resampled: the demo market serves
    history the way an exchange does (closed candles only, oldest first)."""

    def __init__(self, history_1m: Callable[[str], Candles], name: str = DEMO_SOURCE) -> None:
        self._history_1m = history_1m
        self.name = name

    @property
    def capabilities(self) -> Any:
        from desktop.venues.base import VenueCapabilities

        return VenueCapabilities(
            self.name, frozenset(), max_ohlcv_page=DEMO_PAGE, timeframes=tuple(TIMEFRAMES)
        )

    async def fetch_ohlcv(
        self,
        symbol: str,
        timeframe: str,
        since_ms: int | None = None,
        until_ms: int | None = None,
        limit: int | None = None,
    ) -> Candles:
        minutes = self._history_1m(symbol)
        if len(minutes) == 0:
            return minutes
        candles = resample(minutes, timeframe)
        # A bucket is closed once its last minute is: drop the one still forming.
        closed_until = int(minutes.ts[-1]) + MINUTE_MS
        stop = int(np.searchsorted(candles.ts + timeframe_ms(timeframe), closed_until, "right"))
        lo = 0 if since_ms is None else int(np.searchsorted(candles.ts, since_ms, "left"))
        if until_ms is not None:
            stop = min(stop, int(np.searchsorted(candles.ts, until_ms, "left")))
        page = min(limit or DEMO_PAGE, DEMO_PAGE)
        return candles.slice(lo, max(lo, min(stop, lo + page)))


class SourceResolver:
    """Turns a source id into a venue to page through (engine thread)."""

    def __init__(
        self,
        feeds: Callable[[], Mapping[str, Any]],
        accounts: Any = None,
        publish: Callable[[Event], None] | None = None,
    ) -> None:
        self._feeds = feeds
        self._accounts = accounts  # desktop.engine.accounts.AccountService
        self._publish = publish
        #: Builds the CcxtVenueConfig of a public-data source (tests: the local exchange).
        self.public_config: Callable[[str], Any] = _public_config

    async def sources(self) -> list[HistorySource]:
        out: list[HistorySource] = []
        if DEMO_SOURCE in self._feeds():
            out.append(HistorySource(DEMO_SOURCE, "demo", DEMO_SOURCE, DEMO_SOURCE))
        for info in await self._connected_accounts():
            out.append(
                HistorySource(
                    f"{ACCOUNT_PREFIX}{info.id}",
                    "account",
                    info.label,
                    _exchange_key(info.exchange, info.sandbox),
                )
            )
        from desktop.venues.ccxt_profiles import MAX_OHLCV_PAGE

        for exchange_id in sorted(MAX_OHLCV_PAGE):
            out.append(
                HistorySource(f"{PUBLIC_PREFIX}{exchange_id}", "public", exchange_id, exchange_id)
            )
        return out

    async def symbols(self, source_id: str) -> list[str]:
        if source_id == DEMO_SOURCE:
            return [m.symbol for m in self._feed(DEMO_SOURCE).markets()]
        opened = await self.open(source_id)
        try:
            markets = await opened.venue.load_markets()  # type: ignore[attr-defined]
            return sorted(m.symbol for m in markets)
        finally:
            if opened.close is not None:
                await opened.close()

    async def open(self, source_id: str) -> OpenedSource:
        if source_id == DEMO_SOURCE:
            return OpenedSource(DEMO_SOURCE, DemoCandles(self._feed(DEMO_SOURCE).history_1m))
        if source_id.startswith(ACCOUNT_PREFIX):
            account_id = source_id.removeprefix(ACCOUNT_PREFIX)
            if self._accounts is None:
                raise PregaoError(_t("Accounts are not available"))
            info = self._accounts.account(account_id)
            return OpenedSource(
                _exchange_key(info.exchange, info.sandbox), self._accounts.venue(account_id)
            )
        if source_id.startswith(PUBLIC_PREFIX):
            from desktop.venues.ccxt_venue import CcxtVenue

            exchange_id = source_id.removeprefix(PUBLIC_PREFIX)
            venue = CcxtVenue(self.public_config(exchange_id), publish=self._publish)
            return OpenedSource(exchange_id, venue, venue.close)
        raise PregaoError(_t("No candle source named {source_id!r}", source_id=source_id))

    def _feed(self, name: str) -> Any:
        feed = self._feeds().get(name)
        if feed is None:
            raise PregaoError(_t("The {name} market is not running", name=name))
        return feed

    async def _connected_accounts(self) -> list[Any]:
        if self._accounts is None:
            return []
        try:
            infos = await self._accounts.accounts()
        except PregaoError:
            return []  # no database: the demo and public sources still work
        return [i for i in infos if not i.is_paper and i.state == ConnectionState.CONNECTED]


class HistoryJobs:
    def __init__(
        self,
        publish: Callable[[Event], None],
        store: HistoryStore | None = None,
        resolver: SourceResolver | None = None,
    ) -> None:
        self._publish = publish
        self._store = store
        self.resolver = resolver
        #: Candles per request; None: the venue's `max_ohlcv_page` (tests use small pages).
        self.page_limit: int | None = None
        #: Fetched candles kept in memory before they are merged into the cache file.
        self.flush_rows = 10_000
        #: How often a job waits out a rate limit the venue gave up on before it fails.
        self.rate_limit_waits = 5
        self._jobs: dict[str, _Job] = {}

    @property
    def store(self) -> HistoryStore:
        if self._store is None:
            self._store = HistoryStore()  # created on first use: reads $PREGAO_CANDLE_CACHE
        return self._store

    # -- sources -----------------------------------------------------------------------------
    async def sources(self) -> list[HistorySource]:
        return await self._resolver().sources()

    async def symbols(self, source_id: str) -> list[str]:
        return await self._resolver().symbols(source_id)

    # -- jobs --------------------------------------------------------------------------------
    async def download(self, request: DownloadRequest, job_id: str = "") -> str:
        """Start downloading what the cache lacks of `request`; returns the job id."""
        _check(request)
        opened = await self._resolver().open(request.source)
        try:
            return self.start(opened.venue, opened.exchange, request, job_id, opened.close)
        except Exception:
            if opened.close is not None:
                await opened.close()
            raise

    def start(
        self,
        venue: CandlePages,
        exchange: str,
        request: DownloadRequest,
        job_id: str = "",
        close: Callable[[], Awaitable[None]] | None = None,
    ) -> str:
        """Start a download from `venue` into the cache's `exchange` datasets."""
        _check(request)
        job = _Job(
            job_id or uuid.uuid4().hex,
            request,
            DatasetKey(exchange, request.symbol, request.timeframe),
        )
        if job.id in self._jobs and not self._jobs[job.id].finished:
            raise PregaoError(_t("A download {job} is already running", job=job.id))
        running = [j for j in self._jobs.values() if not j.finished and j.key == job.key]
        if running:
            raise PregaoError(
                _t("{symbol} {timeframe} of {exchange} is already being downloaded",
                   symbol=request.symbol, timeframe=request.timeframe, exchange=exchange)
            )
        self._jobs[job.id] = job
        job.task = asyncio.get_running_loop().create_task(
            self._run(job, venue, close), name=f"history-{job.id}"
        )
        return job.id

    def cancel(self, job_id: str) -> bool:
        """Stop a download; what it fetched stays cached. False when it had already ended."""
        job = self._jobs.get(job_id)
        if job is None or job.finished or job.canceled:
            return False
        job.canceled = True
        if job.waiting is not None:
            job.waiting.cancel()  # a request in flight or a rate-limit wait ends now
        return True

    async def wait(self, job_id: str) -> None:
        """Until the job has ended (however it ended)."""
        job = self._jobs.get(job_id)
        if job is not None and job.task is not None:
            await asyncio.gather(job.task, return_exceptions=True)

    def active_jobs(self) -> list[str]:
        return [j.id for j in self._jobs.values() if not j.finished]

    async def stop(self) -> None:
        for job_id in self.active_jobs():
            self.cancel(job_id)
        tasks = [j.task for j in self._jobs.values() if j.task is not None]
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- the cache ---------------------------------------------------------------------------
    async def datasets(self) -> list[DatasetInfo]:
        return await _off_loop(self.store.datasets)

    async def info(self, exchange: str, symbol: str, timeframe: str) -> DatasetInfo | None:
        return await _off_loop(self.store.info, DatasetKey(exchange, symbol, timeframe))

    async def read(
        self,
        exchange: str,
        symbol: str,
        timeframe: str,
        start_ms: int | None = None,
        end_ms: int | None = None,
    ) -> Candles:
        key = DatasetKey(exchange, symbol, timeframe)
        return await _off_loop(self.store.read, key, start_ms, end_ms)

    async def delete(self, exchange: str, symbol: str, timeframe: str) -> bool:
        key = DatasetKey(exchange, symbol, timeframe)
        self._refuse_while_downloading(key)
        return await _off_loop(self.store.delete, key)

    async def import_file(
        self, path: str, exchange: str, symbol: str, timeframe: str, replace: bool = False
    ) -> DatasetInfo:
        """A CSV/Parquet file into the cache, whole or not at all (DataFileError names the
        line); merged into a cached dataset of the same key unless `replace`."""
        try:
            key = DatasetKey(exchange.strip(), symbol.strip(), timeframe)
        except ValueError as exc:
            raise PregaoError(str(exc)) from None
        self._refuse_while_downloading(key)
        return await _off_loop(partial(self.store.import_file, Path(path), key, replace=replace))

    # -- internals ---------------------------------------------------------------------------
    def _resolver(self) -> SourceResolver:
        if self.resolver is None:
            raise PregaoError(_t("No candle sources are available"))
        return self.resolver

    def _refuse_while_downloading(self, key: DatasetKey) -> None:
        if any(not j.finished and j.key == key for j in self._jobs.values()):
            raise PregaoError(
                _t("{symbol} {timeframe} of {exchange} is being downloaded; cancel the "
                   "download first",
                   symbol=key.symbol, timeframe=key.timeframe, exchange=key.exchange)
            )

    async def _run(
        self, job: _Job, venue: CandlePages, close: Callable[[], Awaitable[None]] | None
    ) -> None:
        req = job.request
        step = job.key.step_ms
        error: Exception | None = None
        try:
            cached = await _off_loop(self.store.info, job.key)
            segments = _missing(req, cached, step)
            now = int(time.time() * 1000)
            job.total = sum(
                _candles_between(a, b if b is not None else now, step) for a, b in segments
            )
            self._progress(job)
            page = venue.capabilities.max_ohlcv_page
            if self.page_limit:
                page = min(page, self.page_limit)
            for since, until in segments:
                await self._segment(job, venue, since, until, page)
        except _Canceled:
            pass
        except asyncio.CancelledError:
            job.canceled = True  # the engine is stopping: keep what was fetched, then go
            raise
        except Exception as exc:
            error = exc
        finally:
            try:
                await asyncio.shield(self._flush(job))
            except Exception as exc:  # the cache could not be written: that is the failure
                error = error or exc
            if close is not None:
                try:
                    await close()
                except Exception as exc:
                    log.warning("Closing the download venue failed: %s", exc)
            job.finished = True
            self._finish(job, error)

    async def _segment(
        self, job: _Job, venue: CandlePages, since: int, until: int | None, page: int
    ) -> None:
        req = job.request
        step = job.key.step_ms
        cursor = since
        for _ in range(_MAX_PAGES):
            if until is not None and cursor >= until:
                return
            candles = await self._page(job, venue, cursor, until, page)
            if len(candles) == 0:
                return
            job.buffer.append(candles)
            job.buffered += len(candles)
            job.done += len(candles)
            if job.buffered >= self.flush_rows:
                await self._flush(job)
            self._progress(job)
            after = int(candles.ts[-1]) + step
            if after <= cursor:
                return  # the venue keeps answering the same candles: nothing more to get
            cursor = after
            if job.canceled:
                raise _Canceled
        log.warning("Download %s stopped after %d pages of %s", job.id, _MAX_PAGES, req.symbol)

    async def _page(
        self, job: _Job, venue: CandlePages, since: int, until: int | None, page: int
    ) -> Candles:
        req = job.request
        waits = 0
        while True:
            if job.canceled:
                raise _Canceled
            try:
                return await self._interruptible(
                    job, venue.fetch_ohlcv(req.symbol, req.timeframe, since, until, page)
                )
            except RateLimited as exc:
                waits += 1
                if waits > self.rate_limit_waits:
                    raise
                wait_s = exc.retry_after_s if exc.retry_after_s is not None else 2.0**waits
                log.info("Download %s: %s; waiting %.0f s", job.id, exc, wait_s)
                self._progress(job, f"{RATE_LIMITED}:{math.ceil(wait_s)}")
                await self._interruptible(job, asyncio.sleep(wait_s))
                self._progress(job)

    async def _interruptible(self, job: _Job, coro: Awaitable[Any]) -> Any:
        job.waiting = asyncio.ensure_future(coro)
        try:
            return await job.waiting
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if job.canceled and not (task is not None and task.cancelling()):
                raise _Canceled from None
            raise
        finally:
            job.waiting = None

    async def _flush(self, job: _Job) -> None:
        if not job.buffer:
            return
        pages, job.buffer, job.buffered = job.buffer, [], 0
        batch = pages[0]
        for more in pages[1:]:
            batch = merge(batch, more)
        await _off_loop(self.store.append, job.key, batch)

    def _progress(self, job: _Job, message: str = "") -> None:
        if not job.finished:
            total = max(job.total, job.done)
            self._publish(HistoryProgressEvent(job.id, job.done, total, message))

    def _finish(self, job: _Job, error: Exception | None) -> None:
        req = job.request
        if job.canceled:
            self._publish(HistoryFailedEvent(job.id, "canceled", job.done, canceled=True))
        elif error is not None:
            if not isinstance(error, (PregaoError, OSError)):
                log.error("Download %s failed", job.id, exc_info=error)
            elif isinstance(error, ExchangeBanned):
                log.warning("Download %s stopped: %s", job.id, error)
            self._publish(HistoryFailedEvent(job.id, text_of(error) or type(error).__name__,
                                             job.done))
        else:
            self._publish(
                HistoryDoneEvent(job.id, job.key.exchange, req.symbol, req.timeframe, job.done)
            )


def _check(request: DownloadRequest) -> None:
    if not request.symbol.strip():
        raise PregaoError(_t("Choose a symbol to download"))
    if request.timeframe not in TIMEFRAMES:
        raise PregaoError(
            _t("Unknown timeframe {timeframe!r}; expected one of {expected}",
               timeframe=request.timeframe, expected=', '.join(TIMEFRAMES))
        )
    if request.end_ms is not None and request.start_ms >= request.end_ms:
        raise PregaoError(_t("The start date must be before the end date"))


def _missing(
    request: DownloadRequest, cached: DatasetInfo | None, step: int
) -> list[tuple[int, int | None]]:
    """The ranges [since, until) to fetch: before the cache's first candle and after its last
    (gaps inside the cache are the exchange's own: fetching them again gives nothing)."""
    start = -(-request.start_ms // step) * step  # the first candle opening at or after start
    end = request.end_ms
    if cached is None or cached.count == 0:
        return [(start, end)]
    out: list[tuple[int, int | None]] = []
    if start < cached.first_ms:
        head_end = cached.first_ms if end is None else min(end, cached.first_ms)
        if start < head_end:
            out.append((start, head_end))
    tail = max(start, cached.last_ms + step)
    if end is None or tail < end:
        out.append((tail, end))
    return out


def _candles_between(since: int, until: int, step: int) -> int:
    return max(0, -(-(until - since) // step))


def _exchange_key(exchange: str, sandbox: bool) -> str:
    # Testnet candles are not the exchange's: they must not mix with the real ones.
    return f"{exchange}-sandbox" if sandbox else exchange


def _public_config(exchange_id: str) -> Any:
    from desktop.venues.ccxt_venue import CcxtVenueConfig

    return CcxtVenueConfig(exchange_id=exchange_id, name=exchange_id)


async def _off_loop(fn: Callable[..., Any], *args: Any) -> Any:
    # Parquet reads and writes are disk and CPU work: the engine loop keeps serving meanwhile.
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)
