"""`pregao optimize` as a user runs it: a file in, a ranked table and analyses out, clear errors."""

from __future__ import annotations

import csv
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from backtest_bars import DATA_DIR

from desktop.backtest import BacktestConfig, run_backtest
from desktop.backtest.optimize_cli import main
from desktop.data.candle_files import load_candles
from desktop.data.resample import resample
from strategies.builtin import SmaCross

REPO = Path(__file__).resolve().parents[2]
ETH = DATA_DIR / "binance_spot_ETH-BTC_5m.parquet"


@pytest.fixture
def eth() -> Path:
    if not ETH.exists():
        pytest.skip(f"reference data {ETH} is absent (see shared/data/README.md)")
    return ETH


def test_optimize_process_ranks_sets_walks_forward_and_resamples_without_qt(eth, tmp_path):
    out = tmp_path / "opt.json"
    argv = ["optimize", "--strategy", "sma_cross", "--data", str(eth), "--timeframe", "15m",
            "--grid", "fast=5:20:5,slow=20:60:20", "--objective", "total_return",
            "--min-trades", "5", "--fees", "5", "--walk-forward", "5d:2d",
            "--monte-carlo", "300", "--seed", "4", "--heatmap", "fast,slow", "--workers", "2",
            "--json", str(out), "--csv", str(tmp_path / "csv")]
    code = (
        "import sys\n"
        "from desktop.backtest.optimize_cli import main\n"
        f"rc = main({argv!r})\n"
        "assert 'PySide6' not in sys.modules, 'the optimize CLI imported Qt'\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    assert "12 sets" in proc.stdout and "#1 fast=" in proc.stdout
    assert "walk-forward" in proc.stdout and "Monte Carlo (300 runs" in proc.stdout
    doc = json.loads(out.read_text())
    assert doc["total"] == 12 and doc["invalid"] == 1  # fast=20, slow=20
    ok_rows = [r for r in doc["rows"] if r["status"] == "ok"]
    returns = [r["metrics"]["total_return"] for r in ok_rows]
    assert returns == sorted(returns, reverse=True) and len(ok_rows) == doc["ranked"]
    assert doc["best"]["params"] == ok_rows[0]["params"]
    # the best row is what a plain backtest of those parameters reports
    bars = resample(load_candles(eth), "15m")
    direct = run_backtest(SmaCross, doc["best"]["params"], bars, BacktestConfig(
        taker_fee_bps=5, maker_fee_bps=5), symbol=eth.stem)
    assert doc["best"]["metrics"]["total_return"] == direct.metrics["total_return"]
    heat = doc["heatmap"]
    assert heat["x_values"] == [5, 10, 15, 20] and heat["y_values"] == [20, 40, 60]
    assert heat["z"][0][3] is None  # fast 20 with slow 20: refused
    wf = doc["walk_forward"]
    assert wf["in_bars"] == 5 * 96 and wf["out_bars"] == 2 * 96
    windows = wf["windows"]
    assert len(windows) >= 5
    for a, b in itertools.pairwise(windows):
        assert b["start_equity"] == a["end_equity"]  # one account across windows
    assert wf["equity"][-1][1] == windows[-1]["end_equity"]
    mc = doc["monte_carlo"]
    assert mc["source"] == "walk_forward" and mc["runs"] == 300
    assert mc["original_total_return"] == pytest.approx(wf["metrics"]["total_return"])
    assert mc["total_return"]["p5"] <= mc["total_return"]["p50"] <= mc["total_return"]["p95"]
    with (tmp_path / "csv" / "results.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 12 and rows[0]["fast"] == str(doc["best"]["params"]["fast"])
    assert rows[-1]["status"] == "invalid" and "must be below slow" in rows[-1]["reason"]
    for name in ("walk_forward.csv", "walk_forward_equity.csv", "monte_carlo.csv"):
        assert (tmp_path / "csv" / name).stat().st_size > 0


def test_random_search_with_fixed_parameter_in_process(eth, tmp_path, capsys):
    out = tmp_path / "r.json"
    rc = main(["optimize", "--strategy", "sma_cross", "--data", str(eth), "--random", "6",
               "--seed", "9", "--grid", "fast=5:30", "--params", "slow=40",
               "--objective", "max_drawdown", "--workers", "1", "--json", str(out), "--quiet"])
    assert rc == 0 and capsys.readouterr().out == ""
    doc = json.loads(out.read_text())
    assert doc["method"] == "random" and doc["total"] == 6
    assert all(r["params"]["slow"] == 40 and 5 <= r["params"]["fast"] <= 30
               for r in doc["rows"])
    dds = [r["metrics"]["max_drawdown"] for r in doc["rows"] if r["status"] == "ok"]
    assert dds == sorted(dds)  # drawdown is minimised


@pytest.mark.parametrize("method", ["bayes", "genetic"])
def test_bayesian_and_genetic_search_from_the_command_line(method, eth, tmp_path):
    out = tmp_path / "b.json"
    rc = main(["optimize", "--strategy", "sma_cross", "--data", str(eth), "--method", method,
               "--trials", "12", "--seed", "3", "--grid", "fast=2:40:2,slow=10:200:10",
               "--objective", "sharpe", "--workers", "1", "--json", str(out), "--quiet"])
    assert rc == 0
    doc = json.loads(out.read_text())
    assert doc["method"] == method and doc["total"] == 12 and doc["seed"] == 3
    assert len({(r["params"]["fast"], r["params"]["slow"]) for r in doc["rows"]}) == 12


@pytest.mark.parametrize("extra, message", [
    (["--grid", "fast=1:10"], "--grid: parameter 'fast' must be >= 2, got 1"),
    (["--grid", "fastest=5:10"], "--grid: unknown parameter 'fastest' for strategy 'sma_cross'"),
    (["--grid", "fast=5:10", "--objective", "sharpest"], "--objective: unknown objective"),
    (["--random", "0"], "--random: needs a positive number"),
    (["--method", "bayes"], "--method bayes: give --trials N"),
    (["--method", "genetic", "--random", "5"], "for --method genetic give --trials N"),
    (["--method", "annealing", "--trials", "5"], "invalid choice: 'annealing'"),
    ([], "give --grid RANGES or --random N"),
    (["--grid", "fast=5:10", "--walk-forward", "100"], "--walk-forward: expected IN:OUT"),
    (["--grid", "fast=5:10", "--walk-forward", "9y:1d"], "is neither a number of bars"),
    (["--grid", "fast=5:10", "--walk-forward", "6000:100"], "the data has 5760"),
    (["--grid", "fast=5:10", "--heatmap", "fast"], "--heatmap: give two different"),
    (["--grid", "fast=5:10", "--params", "fast=7"], "'fast' is also in --grid"),
    (["--grid", "fast=5:10", "--size", "pct=-1"], "must be a positive number"),
    (["--grid", "fast=5:10", "--data", "other.csv"], "optimize takes one candle file"),
    (["--strategy", "donchian_breakout", "--grid", "shorts=true"], "narrow the ranges or use"),
])
def test_bad_arguments_exit_2_with_one_line(eth, capsys, extra, message):
    rc = main(["optimize", "--strategy", "sma_cross", "--data", str(eth), "--workers", "1",
               *extra])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.count("\n") == 1 and err.startswith("pregao optimize: error: ")
    assert message in err


def test_unknown_strategy_and_malformed_file_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,open,high,low,close,volume\n"
                   "1515560100000,1,2,0.5,1.5,10\n"
                   "1515560400000,1,2,zero,1.5,10\n")
    rc = main(["optimize", "--strategy", "sma_cross", "--data", str(bad), "--grid", "fast=5"])
    err = capsys.readouterr().err
    assert rc == 2 and "bad.csv" in err and "row 3" in err and err.count("\n") == 1
    rc = main(["optimize", "--strategy", "nope", "--data", str(bad), "--grid", "fast=5"])
    err = capsys.readouterr().err
    assert rc == 2 and "unknown strategy 'nope'" in err
    rc = main(["optimize", "--strategy", "sma_cross", "--data", str(tmp_path / "none.csv"),
               "--grid", "fast=5"])
    assert rc == 2 and "no such file" in capsys.readouterr().err


def test_unreachable_scheduler_exits_2(eth, capsys):
    rc = main(["optimize", "--strategy", "sma_cross", "--data", str(eth), "--grid",
               "fast=5:10:5", "--scheduler", "tcp://127.0.0.1:1", "--connect-timeout", "2"])
    err = capsys.readouterr().err
    assert rc == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in err
