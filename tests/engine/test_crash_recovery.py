"""The real app killed with SIGKILL at random moments of its life (before a send, with a
request in flight, after acknowledgements, during partial fills, amid a burst of orders of
every kind, during cancels and modifies, while emulated OCO/trailing/bracket orders work, with
an emulated order's leg in flight, and a second time while it reconciles after the first), on
two accounts and two symbols, restarted by turns in WebSocket and polling mode: after
reconciling, its journal agrees with each exchange on every order (status, fill, price,
amount, side), fill (with fees), balance and position, every emulated order still open works
again, and nothing was placed twice. The full set (200 runs) is benchmarks/crash_recovery.py.

It runs on every machine: with the real Secret Service where one can be started, else with a
keyring file (tests/file_keyring.py). It never skips, so "journal before send" is always
guarded."""

from __future__ import annotations

import pytest

from tests.crash.harness import KILL_POINTS, CrashHarness

RUNS = len(KILL_POINTS)  # every scenario once; the modes alternate


@pytest.mark.slow
def test_killed_at_random_moments_the_journal_and_the_exchanges_agree(tmp_path):
    with CrashHarness(tmp_path, seed=7) as harness:
        for index in range(RUNS):
            result = harness.run(index)
            assert result.mismatches == [], (result.point, result.mode, result.mismatches)
            assert result.lost == 0 and result.duplicates == 0, result
    summary = harness.summary()
    assert {r.point for r in harness.results} == set(KILL_POINTS)
    assert {r.mode for r in harness.results} == {"polling", "websocket"}
    assert summary["orders"] >= RUNS
    assert (summary["mismatches"], summary["duplicates"], summary["lost"]) == (0, 0, 0)


def test_without_a_secret_service_the_harness_still_runs(tmp_path, monkeypatch):
    """The journal-before-send kill on a machine with no keyring daemon: the harness does not
    skip, it keeps the keys in a file of its own."""
    import tests.crash.harness as harness_module

    monkeypatch.setattr(harness_module, "SECRET_SERVICE_BINARIES", ("no-such-daemon",))
    with CrashHarness(tmp_path, seed=3) as harness:
        assert harness._keyring_args
        result = harness.run(0)  # before_send
    assert result.point == "before_send"
    assert result.mismatches == [] and result.lost == 0 and result.duplicates == 0
