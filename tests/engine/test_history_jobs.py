"""History downloads from the local Binance peer through a real CcxtVenue into real Parquet
files: pages, progress, cancel, incremental resume, rate limits and bans. What was requested is
read from the server's request log; waits are judged by the server's own stamps."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from desktop.core import Candles
from desktop.core.events import HistoryDoneEvent, HistoryFailedEvent, HistoryProgressEvent
from desktop.core.timeframes import MINUTE_MS
from desktop.data.history_store import DatasetKey, HistoryStore
from desktop.engine.history_jobs import (
    RATE_LIMITED,
    DemoCandles,
    DownloadRequest,
    HistoryJobs,
    SourceResolver,
)
from tests.exchange_server import running_server
from tests.exchange_server.harness import venue_config, venue_on

KLINES = "/api/v3/klines"
KEY = DatasetKey("binance", "BTC/USDT", "1m")


def run(coro, timeout: float = 30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def server_rows(server) -> np.ndarray:
    return server.prices.candles("BTCUSDT", "1m")


def start_times(server, after: int = 0) -> list[int]:
    return [int(r.params["startTime"]) for r in server.log.to(KLINES)[after:]]


def jobs_for(tmp_path, events: list) -> HistoryJobs:
    jobs = HistoryJobs(events.append, HistoryStore(tmp_path / "candles"))
    jobs.page_limit = 500
    jobs.flush_rows = 500  # every page reaches the file: a cancel shows what was kept
    return jobs


async def download(jobs: HistoryJobs, venue, request: DownloadRequest) -> str:
    job_id = jobs.start(venue, "binance", request)
    await jobs.wait(job_id)
    return job_id


def test_pages_into_the_cache_with_progress_then_fetches_only_new_candles(tmp_path):
    events: list = []

    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            rows = server_rows(server)
            jobs = jobs_for(tmp_path, events)
            first = DownloadRequest("x", "BTC/USDT", "1m", int(rows[0, 0]), int(rows[2000, 0]))
            job_id = await download(jobs, venue, first)
            paged = start_times(server)
            cached = jobs.store.read(KEY)
            assert len(cached) == 2000
            np.testing.assert_array_equal(cached.ts, rows[:2000, 0].astype(np.int64))
            np.testing.assert_allclose(cached.close, rows[:2000, 4])
            assert paged == [int(rows[i, 0]) for i in (0, 500, 1000, 1500)]
            progress = [e for e in events if isinstance(e, HistoryProgressEvent)]
            assert [e.done for e in progress] == [0, 500, 1000, 1500, 2000]
            assert all(e.total == 2000 and e.job_id == job_id for e in progress)
            done = events[-1]
            assert isinstance(done, HistoryDoneEvent) and done.fetched == 2000

            # Up to now from the same start: only what follows the cache is asked for.
            before = len(server.log.to(KLINES))
            await download(jobs, venue, DownloadRequest("x", "BTC/USDT", "1m", int(rows[0, 0])))
            again = start_times(server, before)
            assert again[0] == int(rows[2000, 0]) and all(t >= rows[2000, 0] for t in again)
            info = jobs.store.info(KEY)
            closed = int(np.sum(rows[:, 0] + MINUTE_MS <= server.now_ms()))
            assert closed - 1 <= info.count <= closed  # a minute may have closed meanwhile
            np.testing.assert_array_equal(
                jobs.store.read(KEY).ts, rows[: info.count, 0].astype(np.int64)
            )
            assert info.gaps == ()
            assert events[-1].fetched == info.count - 2000

    run(scenario())


def test_cancel_keeps_a_consistent_prefix_and_the_next_download_resumes_there(tmp_path):
    events: list = []

    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            rows = server_rows(server)
            jobs = jobs_for(tmp_path, events)

            def cancel_after_two_pages(event) -> None:
                events.append(event)
                if isinstance(event, HistoryProgressEvent) and event.done >= 1000:
                    jobs.cancel(event.job_id)

            jobs._publish = cancel_after_two_pages
            request = DownloadRequest("x", "BTC/USDT", "1m", int(rows[0, 0]), int(rows[2500, 0]))
            await download(jobs, venue, request)
            failed = events[-1]
            assert isinstance(failed, HistoryFailedEvent) and failed.canceled
            assert failed.fetched == 1000
            kept = jobs.store.read(KEY)
            np.testing.assert_array_equal(kept.ts, rows[:1000, 0].astype(np.int64))
            assert len(server.log.to(KLINES)) == 2  # nothing was asked after the cancel

            jobs._publish = events.append
            before = len(server.log.to(KLINES))
            await download(jobs, venue, request)
            assert start_times(server, before)[0] == int(rows[1000, 0])
            assert len(jobs.store.read(KEY)) == 2500

    run(scenario())


def test_a_429_mid_download_is_waited_out(tmp_path):
    events: list = []

    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            rows = server_rows(server)
            jobs = jobs_for(tmp_path, events)
            injected = []

            def limit_after_first_page(event) -> None:
                events.append(event)
                if isinstance(event, HistoryProgressEvent) and event.done == 500 and not injected:
                    # More 429s than the venue retries: the job itself must wait and go on.
                    injected.append(server.faults.next(KLINES, "429", count=4, retry_after_s=1))

            jobs._publish = limit_after_first_page
            request = DownloadRequest("x", "BTC/USDT", "1m", int(rows[0, 0]), int(rows[1500, 0]))
            await download(jobs, venue, request)
            assert isinstance(events[-1], HistoryDoneEvent), events[-1]
            assert len(jobs.store.read(KEY)) == 1500
            log = server.log.to(KLINES)
            statuses = [r.status for r in log]
            assert statuses == [200, 429, 429, 429, 429, 200, 200]
            assert log[5].arrived_ms >= log[4].answered_ms + 1000  # Retry-After was honoured
            waits = [e.message for e in events if isinstance(e, HistoryProgressEvent)]
            assert f"{RATE_LIMITED}:1" in waits

    run(scenario())


def test_a_ban_stops_the_download_and_says_until_when_keeping_what_was_fetched(tmp_path):
    events: list = []

    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            rows = server_rows(server)
            jobs = jobs_for(tmp_path, events)

            def ban_after_first_page(event) -> None:
                events.append(event)
                if isinstance(event, HistoryProgressEvent) and event.done == 500:
                    server.faults.next(KLINES, "418", retry_after_s=60)

            jobs._publish = ban_after_first_page
            request = DownloadRequest("x", "BTC/USDT", "1m", int(rows[0, 0]), int(rows[1500, 0]))
            await download(jobs, venue, request)
            failed = events[-1]
            assert isinstance(failed, HistoryFailedEvent) and not failed.canceled
            assert "banned" in failed.message and "UTC" in failed.message
            assert failed.fetched == 500
            assert len(jobs.store.read(KEY)) == 500

    run(scenario())


def test_public_source_resolves_to_a_keyless_venue_and_lists_its_symbols(tmp_path):
    async def scenario():
        async with running_server() as server:
            resolver = SourceResolver(lambda: {})
            resolver.public_config = lambda exchange_id: venue_config(server)
            jobs = HistoryJobs(lambda e: None, HistoryStore(tmp_path), resolver)
            sources = await jobs.sources()
            assert "public:binance" in [s.id for s in sources]
            assert "BTC/USDT" in await jobs.symbols("public:binance")
            rows = server_rows(server)
            request = DownloadRequest(
                "public:binance", "ETH/BTC", "1m", int(rows[0, 0]), int(rows[10, 0])
            )
            job_id = await jobs.download(request)
            await jobs.wait(job_id)
            assert len(jobs.store.read(DatasetKey("binance", "ETH/BTC", "1m"))) == 10

    run(scenario())


def test_demo_candles_serve_closed_resampled_pages():
    minutes = 60 * 3 + 7  # three closed hours and a forming one
    ts = np.arange(minutes, dtype=np.int64) * MINUTE_MS
    price = np.linspace(100.0, 110.0, minutes)
    history = Candles.from_arrays(ts, price, price + 1, price - 1, price, np.ones(minutes))
    demo = DemoCandles(lambda symbol: history)

    async def scenario():
        hours = await demo.fetch_ohlcv("BTC/USDT", "1h", 0)
        assert list(hours.ts) == [0, 3_600_000, 7_200_000]
        assert list(hours.volume) == [60.0, 60.0, 60.0]
        page = await demo.fetch_ohlcv("BTC/USDT", "5m", 3_600_000, 7_200_000, limit=4)
        assert list(page.ts) == [3_600_000 + i * 300_000 for i in range(4)]

    asyncio.run(scenario())


@pytest.mark.parametrize("start,end", [(10, 5), (5, 5)])
def test_a_backwards_range_is_refused(tmp_path, start, end):
    jobs = HistoryJobs(lambda e: None, HistoryStore(tmp_path))

    async def scenario():
        with pytest.raises(Exception, match="start date"):
            jobs.start(
                DemoCandles(lambda s: Candles.empty()),
                "demo",
                DownloadRequest("demo", "BTC/USDT", "1m", start, end),
            )

    asyncio.run(scenario())
