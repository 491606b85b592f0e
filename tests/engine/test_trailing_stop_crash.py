"""The real app (tests/crash/child.py: the engine, headless, in a child process) is killed with
SIGKILL while an engine-run trailing stop works; restarted, it resumes the stop from the best
price seen before the kill, and the stop fires at that level, not at one measured from the
price after the restart."""

from __future__ import annotations

import json
import sqlite3
import time

from tests.crash.harness import SYMBOL, SYMBOL_ID, CrashHarness
from tests.secret_service import require_binaries

TRAIL = 100.0
AMOUNT = 0.01


def stored_extreme(harness: CrashHarness) -> float | None:
    with sqlite3.connect(harness.db) as raw:
        rows = raw.execute("SELECT state_json FROM working_orders").fetchall()
    return json.loads(rows[0][0])["extreme"] if rows else None


def until(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def observed(harness: CrashHarness) -> int:
    assert harness.child is not None
    harness.child.send({"action": "observed", "symbol": SYMBOL})
    return int(harness.child.expect("OBSERVED").split()[1])


def price_taken_in(harness: CrashHarness, price: float) -> None:
    """Set the exchange's price and wait until the engine's emulation has taken it in (the
    exchange pushes a ticker on each change, and the price moves only here)."""
    before = observed(harness)
    harness._server_call(harness.server.set_price, SYMBOL_ID, price)
    until(lambda: observed(harness) > before, f"the engine to take in {price}")


def market_sells(harness: CrashHarness) -> list:
    def collect():
        return [o for o in harness.server.account.orders()
                if o.type.value == "market" and o.side.value == "sell"]
    return harness._server_call(collect)


def test_a_trailing_stop_killed_with_the_app_fires_at_its_kept_level(tmp_path):
    require_binaries()
    with CrashHarness(tmp_path, seed=3) as harness:
        start = harness._price()
        assert harness.child is not None
        harness.child.send({"orders": [{"symbol": SYMBOL, "side": "sell",
                                        "type": "trailing_stop", "amount": AMOUNT,
                                        "trail_amount": TRAIL}]})
        harness.child.expect("ACK")
        # The best price is start + 300 (level start + 200); the price then eases to
        # start + 220, above the level, and the app is killed there.
        price_taken_in(harness, start + 300.0)
        until(lambda: stored_extreme(harness) == start + 300.0, "the best price to be stored")
        price_taken_in(harness, start + 220.0)
        harness.child.kill()

        harness._launch()  # reconciles, resumes the trailing stop, says READY
        assert stored_extreme(harness) == start + 300.0
        price_taken_in(harness, start + 210.0)  # above the kept level: still waiting
        assert market_sells(harness) == []
        # Measured from the price after the restart (start + 220) the level would be
        # start + 120 and this would not sell; from the kept best price it must.
        harness._server_call(harness.server.set_price, SYMBOL_ID, start + 195.0)
        until(lambda: any(o.status.is_final and o.filled > 0 for o in market_sells(harness)),
              "the resumed trailing stop to sell")
        [sell] = market_sells(harness)
        assert sell.filled == AMOUNT
        assert start + 190.0 < sell.average < start + 200.0
        until(lambda: stored_extreme(harness) is None, "the ended stop to leave the store")
