"""What keeping engine-emulated orders in the database costs a price update.

A trailing stop moves its level on every new best price, and each move is written to the
`working_orders` table before the next reaction (desktop/storage/working_orders.py), so a
SIGKILL never loses it. This measures the engine's reaction to one price (the emulator taking
it in: every trailing stop of the symbol follows it) with K trailing stops on one symbol, on a
real SQLite file (WAL, synchronous=FULL), against the same emulator without a store in the
same run; every price is a new high, so every price is a write per stop.

Prints one JSON line per configuration:
    {"bench": "working_orders", "stops", "store", "prices", "p50_ms", "p99_ms", "per_s"}
and one with the ratio of the p50s (store / no store).

    python benchmarks/working_orders.py            # 1 and 10 stops, 400 prices each
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

from desktop.core import Market, OrderRequest, OrderType, Side, Tick  # noqa: E402
from desktop.engine.order_emulation import EmulatingVenue, EmulationConfig  # noqa: E402
from desktop.storage import Account, Database, upgrade_to_head  # noqa: E402
from desktop.storage.working_orders import ENGINE, WorkingOrderStore  # noqa: E402
from desktop.venues.paper import PaperConfig, PaperVenue  # noqa: E402

SYMBOL = "BTC/USDT"
MARKET = Market(SYMBOL, "BTC", "USDT", price_tick=0.01, amount_step=0.00001,
                min_amount=0.00001, min_notional=5.0, maker_fee=0.001, taker_fee=0.001)


async def one_run(stops: int, prices: int, database: Database | None) -> list[float]:
    paper = PaperVenue([MARKET], {"USDT": 1_000_000.0, "BTC": 100.0},
                       config=PaperConfig(venue="bench", account="bench"))
    store = WorkingOrderStore(database, "bench", ENGINE) if database is not None else None
    venue = EmulatingVenue(paper, config=EmulationConfig(
        missing=frozenset({OrderType.TRAILING_STOP}), cancel_on_close=False), store=store)
    price = 50_000.0
    paper.on_tick(Tick(SYMBOL, 1, price, price - 0.5, price + 0.5))
    for _ in range(stops):
        await venue.create_order(OrderRequest(SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.01,
                                              trail_amount=500.0))
    latencies = []
    for i in range(prices):
        price += 1.0  # a new high: every stop moves its level
        seen = venue.observed.get(SYMBOL, 0)
        started = time.perf_counter()
        paper.on_tick(Tick(SYMBOL, 2 + i, price, price - 0.5, price + 0.5))
        while venue.observed.get(SYMBOL, 0) == seen:
            await asyncio.sleep(0)
        latencies.append((time.perf_counter() - started) * 1000)
    await venue.close()
    return latencies


def line(stops: int, store: bool, latencies: list[float]) -> dict:
    p50 = statistics.median(latencies)
    p99 = sorted(latencies)[int(len(latencies) * 0.99) - 1]
    return {"bench": "working_orders", "stops": stops, "store": store, "prices": len(latencies),
            "p50_ms": round(p50, 4), "p99_ms": round(p99, 4),
            "per_s": round(len(latencies) / (sum(latencies) / 1000), 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prices", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade_to_head(url)
        database = Database(url)
        with database.session() as session:
            session.add(Account(id="bench", exchange="paper", label="Bench", is_paper=True))
        for stops in (1, 10):
            without = asyncio.run(one_run(stops, args.prices, None))
            with_store = asyncio.run(one_run(stops, args.prices, database))
            a, b = line(stops, False, without), line(stops, True, with_store)
            print(json.dumps(a))
            print(json.dumps(b))
            print(json.dumps({"bench": "working_orders", "stops": stops,
                              "ratio_p50_store_vs_none": round(b["p50_ms"] / a["p50_ms"], 2)}))
        database.close()


if __name__ == "__main__":
    main()
