"""10,000 alert rules over 200 symbols, 10,000 ticks/s for 10 s, through the real alert service.

The engine side is the app's: an EventBus, the AlertService (rules and trigger history in a
real SQLite file, migrated to head) on its own engine loop thread, ticks published on that
loop at the target rate (as a venue feed does) and every event also posted to the real Qt
EventBridge. The UI side is a QApplication whose 5 ms timer records how late it fires: the
lag a trader would feel while the engine evaluates.

Rules: price crossings (above/below/either), > and <, channels, moves by x % within 60 s /
5 min / 1 h, and spread above x bps, with levels near each symbol's price so they do fire;
modes every time with a cooldown, once per minute, once.

Reference in the same run: the same rules decided by a plain Python loop over rules
(`naive_p50_ms`), on the same tick batches, timed after the run; `speedup` is its ratio to
the vectorised p50. Prints one JSON line.

    python benchmarks/alerts_throughput.py [--rules 10000] [--symbols 200] [--rate 10000]
        [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui_harness import UiLagProbe

from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from desktop.core import AlertEvent, Tick, TickEvent
from desktop.engine.alert_service import AlertService
from desktop.engine.bus import EventBus
from desktop.engine.loop_thread import LoopThread
from desktop.shell.bridge import EventBridge
from desktop.storage.alert_store import AlertStore
from desktop.storage.db import Database, upgrade_to_head

K = ConditionKind


def make_rules(n: int, prices: np.ndarray, rng: np.random.Generator) -> list[AlertRule]:
    symbols = len(prices)
    modes = [TriggerMode.EVERY_TIME, TriggerMode.ONCE_PER_MINUTE, TriggerMode.ONCE]
    rules = []
    for i in range(n):
        s = i % symbols
        p = float(prices[s])
        level = p * (1 + rng.uniform(-0.02, 0.02))
        kind = i // symbols % 8
        cond = [
            Condition(K.PRICE, "crosses_above", level),
            Condition(K.PRICE, "crosses_below", level),
            Condition(K.PRICE, "crosses", level),
            Condition(K.PRICE, ">", level),
            Condition(K.PRICE, "<", level),
            Condition(K.PRICE, "enters_channel", level, level * 1.001),
            Condition(K.PRICE_MOVE, "moves_up" if i % 2 else "moves_down",
                      float(rng.uniform(0.1, 1.0)), window_s=int(rng.choice([60, 300, 3600]))),
            Condition(K.SPREAD, ">", float(rng.uniform(1.5, 3.0))),
        ][kind]
        rules.append(AlertRule(f"r{i}", f"S{s:03d}/USDT", cond, modes[i % 3],
                               cooldown_s=30.0 if i % 3 == 0 else 0.0, created_ms=i + 1))
    return rules


def naive_batch(rules: list[AlertRule], prev: dict[str, float], batch: list[Tick]) -> int:
    """The reference: a Python loop over every rule for each batch (levels only)."""
    last: dict[str, float] = {}
    for t in batch:
        last[t.symbol] = t.last
    fired = 0
    for r in rules:
        now = last.get(r.symbol)
        before = prev.get(r.symbol)
        if now is None or before is None:
            continue
        c = r.condition
        op, v = c.op, c.value
        if op == "crosses_above":
            fired += before < v <= now
        elif op == "crosses_below":
            fired += before > v >= now
        elif op == "crosses":
            fired += (before < v <= now) or (before > v >= now)
        elif op == ">":
            fired += now > v and not before > v
        elif op == "<":
            fired += now < v and not before < v
        elif op == "enters_channel":
            fired += v <= now <= c.value2 and not v <= before <= c.value2
    prev.update(last)
    return fired


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules", type=int, default=10_000)
    parser.add_argument("--symbols", type=int, default=200)
    parser.add_argument("--rate", type=int, default=10_000, help="ticks per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    rng = np.random.default_rng(11)
    prices = rng.uniform(1, 1000, args.symbols)
    rules = make_rules(args.rules, prices, rng)
    folder = Path(tempfile.mkdtemp(prefix="alerts-bench-"))
    url = f"sqlite:///{folder / 'bench.db'}"
    upgrade_to_head(url)
    database = Database(url)
    store = AlertStore(database)
    store.save_rules(rules)

    app = QApplication.instance() or QApplication([])
    bridge = EventBridge()
    alerts_seen = 0

    def on_alert(_: AlertEvent) -> None:
        nonlocal alerts_seen
        alerts_seen += 1

    bridge.subscribe(AlertEvent, on_alert)
    bus = EventBus()
    bus.add_sink(bridge.post)
    service = AlertService(bus)
    engine = LoopThread("engine")
    engine.start()
    t_build = time.perf_counter()
    engine.submit(service.start(store)).result(60)
    build_s = time.perf_counter() - t_build
    sent_batches: list[list[Tick]] = []
    posted = 0

    async def produce() -> None:
        nonlocal posted
        walk = prices.copy()
        per_ms = max(1, args.rate // 1000)
        start = time.perf_counter()
        i = 0
        batch: list[Tick] = []
        while time.perf_counter() - start < args.seconds:
            for _ in range(per_ms):
                k = i % args.symbols
                walk[k] *= 1 + rng.normal(0, 1e-4)
                p = float(walk[k])
                half = p * 1e-4 * (1 + (i % 7 == 0) * 2)  # now and then a wider spread
                tick = Tick(f"S{k:03d}/USDT", i, p, p - half, p + half, venue="bench")
                bus.publish(TickEvent(tick))
                batch.append(tick)
                i += 1
            if len(batch) >= args.rate // 100:
                sent_batches.append(batch)
                batch = []
            posted = i
            delay = start + i / args.rate - time.perf_counter()
            await asyncio.sleep(max(0.0, delay))

    probe = UiLagProbe()
    probe.start()
    done = engine.submit(produce())
    QTimer.singleShot(int(args.seconds * 1000) + 300, app.quit)
    app.exec()
    done.result(10)
    engine.submit(service.stop()).result(30)
    engine.stop(5)
    batches = np.array(service.batch_seconds) * 1000
    cpu = np.array(service.batch_cpu_seconds) * 1000
    # the reference, on the same batches (one in five, to keep the run short)
    prev: dict[str, float] = {}
    naive: list[float] = []
    for batch in sent_batches[::5]:
        t0 = time.perf_counter()
        naive_batch(rules, prev, batch)
        naive.append((time.perf_counter() - t0) * 1000)
    lags = probe.stop()
    lag = np.array(lags) if lags else np.zeros(1)
    p50 = float(np.percentile(batches, 50))
    naive_p50 = float(np.percentile(naive, 50))
    print(json.dumps({
        "bench": "alerts_throughput",
        "rules": args.rules,
        "symbols": args.symbols,
        "seconds": args.seconds,
        "target_rate": args.rate,
        "ticks_posted": posted,
        "batches": int(batches.size),
        "ticks_per_batch": round(posted / max(1, batches.size), 1),
        "eval_p50_ms": round(p50, 3),
        "eval_p99_ms": round(float(np.percentile(batches, 99)), 3),
        "eval_max_ms": round(float(batches.max()), 3),
        # the engine thread's CPU per batch: the same work without the time the OS and the
        # GIL gave to other threads and processes meanwhile
        "eval_cpu_p50_ms": round(float(np.percentile(cpu, 50)), 3),
        "eval_cpu_p99_ms": round(float(np.percentile(cpu, 99)), 3),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "triggers": len(store.triggers(limit=1_000_000)),
        "alert_events_in_ui": alerts_seen,
        "ui_lag_p50_ms": round(float(np.percentile(lag, 50)), 2),
        "ui_lag_p99_ms": round(float(np.percentile(lag, 99)), 2),
        "rules_build_s": round(build_s, 3),
        "naive_p50_ms": round(naive_p50, 3),
        "speedup": round(naive_p50 / p50, 1) if p50 else None,
        "targets": {"eval_p99_ms": 5.0, "ui_lag_p99_ms": 50.0},
    }))
    database.close()


if __name__ == "__main__":
    main()
