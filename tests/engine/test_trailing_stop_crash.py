"""The real app (tests/crash/child.py: the engine, headless, in a child process) is killed with
SIGKILL while an engine-run trailing stop works; restarted, it resumes the stop from the best
price seen before the kill, and the stop fires at that level, not at one measured from the
price after the restart."""

from __future__ import annotations

import json
import sqlite3
import time

from tests.crash.harness import SYMBOL, SYMBOL_ID, CrashHarness

TRAIL = 100.0
AMOUNT = 0.01


def stored_extreme(harness: CrashHarness) -> float | None:
    with sqlite3.connect(harness.db) as raw:
        rows = raw.execute("SELECT state_json FROM working_orders").fetchall()
    extremes = [json.loads(r[0]).get("extreme") for r in rows]
    return extremes[0] if extremes else None


def until(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def set_price(harness: CrashHarness, price: float) -> None:
    harness._server_call(harness.servers[0].set_price, SYMBOL_ID, price)


def market_sells(harness: CrashHarness) -> list:
    def collect():
        return [o for o in harness.servers[0].account.orders()
                if o.type.value == "market" and o.side.value == "sell"]
    return harness._server_call(collect)


def test_a_trailing_stop_killed_with_the_app_fires_at_its_kept_level(tmp_path):
    with CrashHarness(tmp_path, seed=3) as harness:
        start = harness._price(0, SYMBOL)
        assert harness.child is not None
        harness.child.send({"orders": [{"account": 0, "symbol": SYMBOL, "side": "sell",
                                        "type": "trailing_stop", "amount": AMOUNT,
                                        "trail_amount": TRAIL}]})
        harness.child.expect("ACK")
        # The best price is start + 300 (level start + 200); the price then eases to
        # start + 220, above the level, and the app is killed there.
        set_price(harness, start + 300.0)
        until(lambda: stored_extreme(harness) == start + 300.0, "the best price to be stored")
        set_price(harness, start + 220.0)
        time.sleep(0.3)  # a few polls at 220 (nothing to see: it neither moves nor fires)
        assert market_sells(harness) == []
        harness.child.kill()

        harness._launch()  # reconciles, resumes the trailing stop, says READY
        assert stored_extreme(harness) == start + 300.0
        set_price(harness, start + 210.0)  # above the kept level: still waiting
        time.sleep(0.3)
        assert market_sells(harness) == []
        # Measured from the price after the restart (start + 220) the level would be
        # start + 120 and this would not sell; from the kept best price it must.
        set_price(harness, start + 195.0)
        until(lambda: any(o.status.is_final and o.filled > 0 for o in market_sells(harness)),
              "the resumed trailing stop to sell")
        [sell] = market_sells(harness)
        assert sell.filled == AMOUNT
        assert start + 190.0 < sell.average < start + 200.0
        until(lambda: stored_extreme(harness) is None, "the ended stop to leave the store")
