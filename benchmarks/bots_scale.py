"""Many strategy bots at once: every built-in strategy x the demo symbols x two timeframes on
paper accounts while the demo market ticks, with the real main window on screen.

The demo market runs on a clock `--speed` times faster than the wall clock (at 30x a 1m candle
closes every 2 s), so a run of a minute or two sees dozens of candle closes per bot. Two phases
in one process, same window, same market:

1. reference: the bots exist but are stopped; UI loop lag and CPU are measured;
2. bots: all of them running; the same, plus latencies.

Latency: from the moment the candle-closing 1m bar reaches the bot service to the moment the
order manager returned the acknowledged order (journal written, paper venue answered), for
every order a decision sent; `decide` is candle close to decision done, for every decision,
and `decide_cpu` the engine thread's CPU time of that decision and its orders (the rest of
the latency is waiting: for the loop, the GIL, the machine's cores).
UI loop lag: how late a 5 ms timer on the UI thread fires. CPU: process CPU time / wall time.
The Bots dock is open (and raised) in the default workspace through both phases.

Prints one JSON line per phase:
    {"bench": "bots_scale_reference", ...}
    {"bench": "bots_scale", "bots", "orders", "latency_p50_ms", "latency_p99_ms",
     "decide_p50_ms", "decide_p99_ms", "ui_lag_p99_ms", "cpu_pct", "ui_lag_ratio", "cpu_ratio",
     "targets": {...}, ...}

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bots_scale.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

from ui_harness import SpeedClock, UiLagProbe, percentile  # noqa: E402

TIMEFRAMES = ("1m", "5m")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0, help="measured per phase")
    parser.add_argument("--speed", type=float, default=30.0, help="demo market time speed")
    parser.add_argument("--accounts", type=int, default=2, help="paper accounts shared by bots")
    args = parser.parse_args()

    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.core.accounts import AccountDraft
    from desktop.core.bots import BotSpec, BotState
    from desktop.engine.runtime import EngineRuntime
    from desktop.shell.bridge import EventBridge
    from desktop.shell.main_window import MainWindow
    from strategies.builtin import BUILTIN
    from widgets.registry import COMMAND_INSTALLERS, PANEL_TYPES

    folder = tempfile.TemporaryDirectory(prefix="pregao-bots-scale-")
    runtime = EngineRuntime(demo_days=7,
                            database_url=f"sqlite:///{Path(folder.name) / 'pregao.db'}")
    runtime.engine.demo_clock = SpeedClock(args.speed)
    runtime.engine.wait_for_ui = True
    runtime.start()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = QSettings(str(Path(folder.name) / "pregao.ini"), QSettings.Format.IniFormat)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bridge = EventBridge()
    runtime.bus.add_sink(bridge.post)
    window = MainWindow(runtime.client, bridge, settings, PANEL_TYPES, COMMAND_INSTALLERS)
    window.resize(1600, 1000)
    window.show()
    bots_dock = window.docks.open_panel("bots")
    bots_dock.show()
    bots_dock.raise_()
    client = runtime.client

    probe = UiLagProbe()

    async def measure(seconds: float) -> tuple[list[float], float]:
        probe.start()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.sleep(seconds)
        lags = probe.stop()
        cpu = (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100
        return lags, cpu

    async def scenario() -> None:
        while True:
            accounts = await client.accounts()
            if accounts and accounts[0].state == "connected":
                break
            await asyncio.sleep(0.1)
        markets = [m for m in await client.markets() if m.venue == "demo"]
        account_ids = [accounts[0].id]
        for k in range(1, args.accounts):
            info = await client.account_add(AccountDraft("paper", f"Bots {k}",
                                                         price_source="demo"))
            account_ids.append(info.id)
        bots = []
        n = 0
        for strategy in sorted(BUILTIN):
            for market in markets:
                for timeframe in TIMEFRAMES:
                    spec = BotSpec(strategy=strategy, account_id=account_ids[n % len(account_ids)],
                                   symbols=(market.symbol,), timeframe=timeframe,
                                   sizing="pct=1")
                    bots.append(await client.bot_create(spec))
                    n += 1
        await asyncio.sleep(2.0)  # the window settles, the first candles close
        ref_lags, ref_cpu = await measure(args.seconds)
        engine_bots = runtime.engine.bots
        for bot in bots:
            await client.bot_start(bot.id)
        for _ in range(1200):  # warming up: history, the measured windows
            infos = await client.bot_list()
            if all(i.state is not BotState.WARMING_UP for i in infos):
                break
            await asyncio.sleep(0.25)
        engine_bots.latencies.clear()
        decide_times: list[float] = []
        decide_cpu: list[float] = []

        def decided(wall: float, cpu: float) -> None:
            decide_times.append(wall)
            decide_cpu.append(cpu)

        for runner in engine_bots.runners.values():
            runner.on_decided = decided
        bot_lags, bot_cpu = await measure(args.seconds)
        infos = await client.bot_list()
        latencies = [s * 1000 for s in engine_bots.latencies]
        decides = [s * 1000 for s in decide_times]
        decides_cpu = [s * 1000 for s in decide_cpu]
        states: dict[str, int] = {}
        for info in infos:
            states[info.state.value] = states.get(info.state.value, 0) + 1
        common = {"bots": len(bots), "strategies": len(BUILTIN), "symbols": len(markets),
                  "timeframes": list(TIMEFRAMES), "accounts": len(account_ids),
                  "speed": args.speed, "seconds": args.seconds,
                  "window": "main window, default workspace, Bots dock open"}
        ref = {"bench": "bots_scale_reference", **common, "running": 0,
               "ui_lag_p99_ms": percentile(ref_lags, 99), "cpu_pct": round(ref_cpu, 1)}
        print(json.dumps(ref), flush=True)
        out = {"bench": "bots_scale", **common, "states": states,
               "orders": len(latencies), "latency_p50_ms": percentile(latencies, 50),
               "latency_p99_ms": percentile(latencies, 99),
               "decisions": len(decides), "decide_p50_ms": percentile(decides, 50),
               "decide_p99_ms": percentile(decides, 99),
               "decide_cpu_p50_ms": percentile(decides_cpu, 50),
               "decide_cpu_p99_ms": percentile(decides_cpu, 99),
               "decide_cpu_total_ms": round(sum(decides_cpu), 1),
               "ui_lag_p50_ms": percentile(bot_lags, 50),
               "ui_lag_p99_ms": percentile(bot_lags, 99), "cpu_pct": round(bot_cpu, 1),
               "ui_lag_ratio": (round(percentile(bot_lags, 99) / max(ref["ui_lag_p99_ms"], 0.01),
                                      2) if bot_lags and ref_lags else None),
               "cpu_ratio": round(bot_cpu / max(ref_cpu, 0.1), 2),
               "targets": {"latency_p99_ms": 100, "ui_lag_p99_ms": 50}}
        print(json.dumps(out), flush=True)
        window.quit_without_asking()  # 60 running bots would make it ask (widgets/protection.py)

    with loop:
        loop.run_until_complete(scenario())
    runtime.stop(timeout=5.0)
    folder.cleanup()


if __name__ == "__main__":
    main()
