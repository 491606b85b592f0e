"""What alert delivery costs the engine loop, and how fast the outbox empties.

1. Submit: a burst of B triggers (rules firing on one tick), 3 channels each, queued with
   `DeliveryService.submit` and committed together at the end of the loop turn, on a real
   SQLite file (WAL, synchronous=FULL). Same-run reference: one transaction per trigger (what
   `submit_now` does for each), the cost a per-trigger commit would put on the loop.
2. Throughput: N alerts to the generic webhook of a local HTTP server (rate limit lifted),
   through the outbox (pending -> sending -> sent, each committed), against the same N POSTs
   sent by a bare aiohttp loop in the same run.

Prints one JSON line per result:
    {"bench": "alert_delivery_submit", "burst", "batched_ms_p50", "batched_ms_p99",
     "per_trigger_ms_p50", "per_trigger_ms_p99", "ratio_p50"}
    {"bench": "alert_delivery_throughput", "alerts", "outbox_per_s", "bare_post_per_s",
     "ratio"}

    python benchmarks/alert_delivery.py              # bursts of 1, 20, 200; 300 alerts
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import aiohttp  # noqa: E402

from desktop.alerts.delivery.http_channels import WebhookChannel  # noqa: E402
from desktop.alerts.delivery.outbox import Outbox  # noqa: E402
from desktop.alerts.delivery.outbox_store import OutboxStore  # noqa: E402
from desktop.alerts.delivery.policy import RateLimit  # noqa: E402
from desktop.alerts.delivery.service import DeliveryService  # noqa: E402
from desktop.core.alert_delivery import SENT, DeliveryMessage  # noqa: E402
from desktop.storage import Database, upgrade_to_head  # noqa: E402
from tests.alerts.chat_server import WEBHOOK_PATH, ChatServer  # noqa: E402

CHANNELS = ("webhook", "telegram", "toast")


def _database(folder: str, name: str) -> Database:
    url = f"sqlite:///{folder}/{name}.db"
    upgrade_to_head(url)
    return Database(url)


def _message(i: int, channels: tuple[str, ...] = CHANNELS) -> DeliveryMessage:
    return DeliveryMessage(f"t{i}", f"BTC/USDT crossed {i}", "Price rule", "warning", channels)


def _p(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * q))] * 1000


async def bench_submit(folder: str, burst: int, rounds: int) -> dict:
    batched: list[float] = []
    single: list[float] = []
    service = DeliveryService(lambda _e: None)
    await service.start(_database(folder, f"batched{burst}"))
    await service.stop()  # measure the commit, not deliveries
    service.outbox._running = False
    reference = OutboxStore(_database(folder, f"single{burst}"))
    n = 0
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(burst):
            service.submit(_message(n))
            n += 1
        await asyncio.sleep(0)  # the end of the loop turn: the burst is committed
        batched.append(time.perf_counter() - started)
        started = time.perf_counter()
        for i in range(burst):
            reference.add([_message(n + i)], 0)
        single.append(time.perf_counter() - started)
    return {"bench": "alert_delivery_submit", "burst": burst,
            "batched_ms_p50": round(_p(batched, 0.5), 2),
            "batched_ms_p99": round(_p(batched, 0.99), 2),
            "per_trigger_ms_p50": round(_p(single, 0.5), 2),
            "per_trigger_ms_p99": round(_p(single, 0.99), 2),
            "ratio_p50": round(statistics.median(batched) / statistics.median(single), 3)}


async def bench_throughput(folder: str, alerts: int, server: ChatServer) -> dict:
    url = server.url + WEBHOOK_PATH
    channel = WebhookChannel(url)

    async def channels(_name: str):
        return channel

    store = OutboxStore(_database(folder, "throughput"))
    outbox = Outbox(store, channels, lambda _e: None,
                    rate_limits={"webhook": RateLimit(10**6, 1.0)})  # no pacing, no folding
    outbox.start()
    started = time.perf_counter()
    outbox.submit([_message(i, ("webhook",)) for i in range(alerts)])
    while sum(s.state == SENT for s in store.statuses()) < alerts:
        await asyncio.sleep(0.01)
    outbox_s = time.perf_counter() - started
    await outbox.stop()
    assert len(server.texts("webhook")) == alerts  # one POST each: nothing folded
    started = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        for i in range(alerts):  # a fresh key each: the server must not drop them
            async with session.post(url, json={"title": str(i)},
                                    headers={"Idempotency-Key": f"bare-{i}"}) as r:
                await r.read()
    bare_s = time.perf_counter() - started
    return {"bench": "alert_delivery_throughput", "alerts": alerts,
            "outbox_per_s": round(alerts / outbox_s, 1), "bare_post_per_s":
            round(alerts / bare_s, 1), "ratio": round(bare_s / outbox_s, 3)}


async def main(bursts: list[int], rounds: int, alerts: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for burst in bursts:
            print(json.dumps(await bench_submit(folder, burst, rounds)), flush=True)
        server = ChatServer().start()
        try:
            print(json.dumps(await bench_throughput(folder, alerts, server)), flush=True)
        finally:
            server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bursts", default="1,20,200")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--alerts", type=int, default=300)
    args = parser.parse_args()
    asyncio.run(main([int(b) for b in args.bursts.split(",")], args.rounds, args.alerts))
