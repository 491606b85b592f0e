"""`pregao paper`: a strategy as a bot on a paper account replaying a file through the real
engine, order manager, journal and paper venue, written in `pregao backtest`'s JSON format;
on the same file its trades are those of `pregao backtest --fill next_open`."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop.app import main
from desktop.data.candle_files import load_candles
from desktop.venues.replay_feed import infer_market
from strategies.builtin import BUILTIN

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SOURCE = DATA / "binance_spot_ETH-BTC_5m.parquet"
CANDLES = 2500  # of the file's 5760: every strategy trades in them, the test stays quick

needs_data = pytest.mark.skipif(not SOURCE.is_file(),
                                reason=f"the shared Binance candles are not at {DATA}")


@pytest.fixture(scope="module")
def data_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data") / "binance_spot_ETH-BTC_5m.parquet"
    pd.read_parquet(SOURCE).iloc[:CANDLES].to_parquet(path, index=False)
    return path


def run_cli(command: str, data: Path, out: Path, strategy: str, *extra: str,
            size: str = "all", cash: float = 1.0) -> dict:
    args = [command, "--strategy", strategy, "--data", str(data), "--timeframe", "5m",
            "--cash", str(cash), "--fees", "10", "--size", size, "--json", str(out),
            "--quiet", *extra]
    if command == "backtest":
        args += ["--fill", "next_open"]
    assert main(args) == 0
    return json.loads(out.read_text())


@needs_data
@pytest.mark.parametrize("strategy", sorted(BUILTIN))
def test_paper_trades_equal_the_next_open_backtest(strategy, data_file, tmp_path):
    paper = run_cli("paper", data_file, tmp_path / "paper.json", strategy)
    backtest = run_cli("backtest", data_file, tmp_path / "backtest.json", strategy)
    market = infer_market(load_candles(data_file), "ETH/BTC")
    assert paper.keys() == backtest.keys()
    assert paper["metrics"].keys() == backtest["metrics"].keys()
    assert (paper["strategy"], paper["params"], paper["symbols"]) == (
        backtest["strategy"], backtest["params"], backtest["symbols"])
    assert [t for t, _ in paper["equity"]] == [t for t, _ in backtest["equity"]]
    assert len(paper["trades"]) == len(backtest["trades"]) > 0
    stopped_before = False
    for p, b in zip(paper["trades"], backtest["trades"], strict=True):
        assert p.keys() == b.keys()
        same = ("symbol", "side", "entry_time", "entry_price", "exit_time", "bars_held",
                "exit_reason")
        assert {k: p[k] for k in same} == {k: b[k] for k in same}
        if b["exit_reason"] == "stop_loss":
            # A stop is placed at the market's price tick; the backtest's level is unrounded.
            assert p["exit_price"] == pytest.approx(b["exit_price"], abs=market.price_tick)
        else:
            assert p["exit_price"] == b["exit_price"]
        # Sizes are the backtest's to the amount step: rounded down to it, from cash that
        # differs by what the rounded sizes left out of earlier trades (and, after a stop
        # filled a tick away from the backtest's level, by that tick too).
        # The file's amount step (read off its volumes) is as fine as 1e-8, finer than the
        # drift of the cash: a millionth of the size is the floor.
        slack = max(market.amount_step, b["size"] * 1e-6) + (
            b["size"] * 1e-4 if stopped_before else 0.0)
        assert p["size"] == pytest.approx(b["size"], abs=slack)
        stopped_before = stopped_before or b["exit_reason"] == "stop_loss"
    final_paper, final_backtest = paper["equity"][-1][1], backtest["equity"][-1][1]
    assert final_paper == pytest.approx(final_backtest, rel=1e-3)


@needs_data
@pytest.mark.parametrize(("strategy", "size"), [("donchian_breakout", "risk=1"),
                                                ("sma_cross", "kelly=0.5")])
def test_every_size_form_sizes_the_bot_as_the_backtest(strategy, size, data_file, tmp_path):
    paper = run_cli("paper", data_file, tmp_path / "p.json", strategy, size=size)["trades"]
    backtest = run_cli("backtest", data_file, tmp_path / "b.json", strategy, size=size)["trades"]
    assert len(paper) == len(backtest) > 0
    assert [t["entry_time"] for t in paper] == [t["entry_time"] for t in backtest]
    for p, b in zip(paper, backtest, strict=True):
        assert p["size"] == pytest.approx(b["size"], rel=2e-5, abs=1e-5)


def test_a_one_step_remainder_never_keeps_the_bot_from_entering_again(tmp_path):
    """A replay's amount step read off its data can be 1e-9, and a position of ~1000 units is
    then ~1e12 steps: flooring an amount already on the step used to take one step off
    (970.876506286 -> 970.876506285), so the exit of the whole position left a one-step
    long behind, the bot believed it still held it and never entered again."""
    rng = np.random.default_rng(3)
    n = 600
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0, 0.002, n)))
    open_ = np.concatenate(([100.0], close[:-1]))
    data = tmp_path / "binance_spot_ETH-BTC_5m.parquet"
    pd.DataFrame({
        "timestamp": 1_600_000_000_000 + 300_000 * np.arange(n, dtype=np.int64),
        "open": open_, "high": np.maximum(open_, close) * 1.001,
        "low": np.minimum(open_, close) * 0.999, "close": close,
        "volume": np.round(rng.uniform(1.0, 100.0, n), 9)}).to_parquet(data, index=False)
    market = infer_market(load_candles(data), "ETH/BTC")
    assert market.amount_step == pytest.approx(1e-9)
    common = ("--params", "fast=5,slow=15", "--no-short")
    paper = run_cli("paper", data, tmp_path / "p.json", "sma_cross", *common, size="pct=95",
                    cash=100_000)["trades"]
    backtest = run_cli("backtest", data, tmp_path / "b.json", "sma_cross", *common,
                       size="pct=95", cash=100_000)["trades"]
    assert len(backtest) > 10
    same = ("side", "entry_time", "entry_price", "exit_time", "exit_price", "exit_reason")
    assert [{k: t[k] for k in same} for t in paper] == [{k: t[k] for k in same}
                                                        for t in backtest]
    for p, b in zip(paper, backtest, strict=True):
        # the backtest's size rounded down to the step: ~1e12 steps, so one step of float
        # noise either way
        assert b["size"] - 2e-9 <= p["size"] <= b["size"] + 1e-9


@pytest.mark.parametrize(("args", "words"), [
    (["--strategy", "nope"], "--strategy"),
    (["--strategy", "sma_cross", "--params", "fast=50,slow=10"], "--params"),
    (["--strategy", "sma_cross", "--params", "fast"], "--params"),
    (["--strategy", "sma_cross", "--size", "most"], "--size"),
    (["--strategy", "sma_cross", "--timeframe", "7m"], "--timeframe"),
    (["--strategy", "sma_cross", "--slippage", "5"], "--slippage"),
    (["--strategy", "sma_cross", "--cash", "-1"], "--cash"),
    (["--strategy", "sma_cross", "--bogus"], "unrecognized"),
])
def test_bad_arguments_get_one_line_and_exit_code_2(args, words, tmp_path, capsys):
    data = tmp_path / "binance_spot_ETH-BTC_5m.csv"
    data.write_text("timestamp,open,high,low,close,volume\n"
                    "1515560100000,0.09,0.091,0.089,0.0905,10\n"
                    "1515560400000,0.0905,0.092,0.09,0.091,12\n")
    assert main(["paper", "--data", str(data), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("pregao paper: error: ") and words in err


def test_a_missing_file_is_named(tmp_path, capsys):
    assert main(["paper", "--strategy", "sma_cross", "--data", str(tmp_path / "x.csv")]) == 2
    assert "no such file" in capsys.readouterr().err
