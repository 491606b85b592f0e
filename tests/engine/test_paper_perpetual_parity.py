"""Perpetuals in `pregao paper` and `pregao backtest`: a leveraged short strategy on the
shared Binance USDⓈ-M candles gives the same trades — funding, liquidation and all — through
the real engine, order manager, journal and paper venue as through the backtester's fill
loop, both on desktop.margin's formulas and the one accounting kernel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.app import main
from tests.conftest import shared_file

STRATEGY = str(Path(__file__).with_name("short_sma.py"))
SAME = ("symbol", "side", "entry_time", "entry_price", "exit_time", "exit_price", "bars_held",
        "exit_reason")


def run(command: str, out: Path, *extra: str) -> dict:
    data = shared_file("binance_usdm_XRP-USDT_5m.parquet")
    args = [command, "--strategy", STRATEGY, "--data", str(data), "--cash", "1000",
            "--fees", "4", "--lot", "0.1", "--funding-rate", "0.0001", "--json", str(out),
            "--quiet", *extra]
    if command == "backtest":
        args += ["--fill", "next_open"]
    assert main(args) == 0
    return json.loads(out.read_text())


@pytest.mark.parametrize(("leverage", "params", "liquidated"), [
    ("20", "fast=8,slow=21", False),
    ("40", "fast=10,slow=30", True),  # the account is liquidated on a short squeeze
])
def test_a_leveraged_short_trades_the_same_in_paper_and_backtest(leverage, params, liquidated,
                                                                 tmp_path):
    extra = ("--leverage", leverage, "--params", params)
    paper = run("paper", tmp_path / "paper.json", *extra)
    backtest = run("backtest", tmp_path / "backtest.json", *extra)
    assert paper.keys() == backtest.keys()
    trades, expected = paper["trades"], backtest["trades"]
    assert len(trades) == len(expected) > 10
    assert {t["side"] for t in expected} == {"short"}
    for p, b in zip(trades, expected, strict=True):
        assert {k: p[k] for k in SAME} == {k: b[k] for k in SAME}
        assert p["size"] == pytest.approx(b["size"], abs=0.1)
    reasons = [t["exit_reason"] for t in expected]
    assert ("liquidation" in reasons) == liquidated
    # Leverage: the first short is sized on 1000 USDT times the leverage.
    first = expected[0]
    assert first["size"] * first["entry_price"] == pytest.approx(1000 * int(leverage), rel=0.01)
    final_paper, final_backtest = paper["equity"][-1][1], backtest["equity"][-1][1]
    assert final_paper == pytest.approx(final_backtest, rel=1e-6, abs=1e-6)


def test_funding_is_paid_the_same_way(tmp_path):
    """With funding at a rate the shorts receive, both end richer than without it by the
    same amount."""
    extra = ("--leverage", "5", "--params", "fast=8,slow=21")
    ends = {}
    for command in ("paper", "backtest"):
        ends[command] = [run(command, tmp_path / f"{command}{rate}.json", *extra,
                             "--funding-rate", rate)["equity"][-1][1]
                         for rate in ("0", "0.001")]
    gain = ends["backtest"][1] - ends["backtest"][0]
    assert gain > 0
    assert ends["paper"][1] - ends["paper"][0] == pytest.approx(gain, rel=1e-6)
