"""The real app killed with SIGKILL at each point of an order's life (before the send, with the
request in flight, after the acknowledgement, during partial fills) and restarted: after
reconciling, its journal agrees with the exchange on every order, fill and balance, and no order
was sent twice. The full harness (50+ runs) is benchmarks/crash_recovery.py."""

from __future__ import annotations

from tests.crash.harness import KILL_POINTS, CrashHarness
from tests.secret_service import require_binaries

RUNS = 6  # every kill point at least once, the first two twice


def test_killed_at_every_point_the_journal_and_the_exchange_agree(tmp_path):
    require_binaries()
    with CrashHarness(tmp_path, seed=7) as harness:
        for index in range(RUNS):
            result = harness.run(index)
            assert result.mismatches == [], (result.point, result.mismatches)
            assert result.lost == 0 and result.duplicates == 0, result
    summary = harness.summary()
    assert {r.point for r in harness.results} == set(KILL_POINTS)
    assert summary["orders"] >= RUNS - 2  # the two before-send orders never reached it
    assert (summary["mismatches"], summary["duplicates"], summary["lost"]) == (0, 0, 0)
