"""The ML strategies run as bots: `pregao paper` on a replayed file (the real engine, order
manager, journal and paper venue) trades exactly as `pregao backtest --fill next_open`, so
the object that was backtested is the one a bot runs, its models fitted on the same past."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from desktop.app import main

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SOURCE = DATA / "binance_spot_ETH-BTC_5m.parquet"
CANDLES = 1000

needs_data = pytest.mark.skipif(not SOURCE.is_file(),
                                reason=f"the shared Binance candles are not at {DATA}")


@pytest.fixture(scope="module")
def data_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data") / "binance_spot_ETH-BTC_5m.parquet"
    pd.read_parquet(SOURCE).iloc[:CANDLES].to_parquet(path, index=False)
    return path


def run_cli(command: str, data: Path, out: Path, strategy: str, params: str) -> dict:
    args = [command, "--strategy", strategy, "--data", str(data), "--timeframe", "5m",
            "--params", params, "--cash", "1", "--fees", "10", "--no-short", "--json",
            str(out), "--quiet"]
    if command == "backtest":
        args += ["--fill", "next_open"]
    assert main(args) == 0
    return json.loads(out.read_text())


@needs_data
@pytest.mark.slow
@pytest.mark.parametrize(("strategy", "params"), [
    ("ml_classifier", "horizon=1,train_window=150,retrain_every=50,threshold=0.52,calibrate=0"),
    ("ml_online", "horizon=1,min_updates=100,threshold=0.52"),
])
def test_the_paper_bot_trades_as_the_backtest(strategy, params, data_file, tmp_path):
    paper = run_cli("paper", data_file, tmp_path / "paper.json", strategy, params)
    backtest = run_cli("backtest", data_file, tmp_path / "backtest.json", strategy, params)
    assert paper["strategy"] == backtest["strategy"] == strategy
    keys = ("entry_time", "entry_price", "exit_time", "exit_price", "exit_reason")
    trades = [[{k: t[k] for k in keys} for t in run["trades"]] for run in (paper, backtest)]
    assert len(trades[1]) > 5
    assert trades[0] == trades[1]
