"""`pregao backtest` as a user runs it: files in, JSON/CSV out, clear errors, no Qt."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from backtest_bars import DATA_DIR

from desktop.backtest.cli import main
from desktop.backtest.export import iso_times
from desktop.data.candle_files import load_candles
from desktop.data.resample import resample

REPO = Path(__file__).resolve().parents[2]
ETH_CSV = DATA_DIR / "binance_spot_ETH-BTC_5m.csv"
ETH_PARQUET = DATA_DIR / "binance_spot_ETH-BTC_5m.parquet"


@pytest.fixture
def eth_csv() -> Path:
    if not ETH_CSV.exists():
        pytest.skip(f"reference data {ETH_CSV} is absent (see shared/data/README.md)")
    return ETH_CSV


def test_cli_process_writes_json_and_csv_without_importing_qt(eth_csv, tmp_path):
    out = tmp_path / "run.json"
    argv = ["--strategy", "sma_cross", "--data", str(eth_csv), "--params", "fast=10,slow=30",
            "--cash", "5", "--fees", "7.5", "--slippage", "1", "--size", "pct=90",
            "--json", str(out), "--csv", str(tmp_path / "csv")]
    code = (
        "import sys\n"
        "from desktop.backtest.cli import main\n"
        f"rc = main({argv!r})\n"
        "assert 'PySide6' not in sys.modules, 'the CLI imported Qt'\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "sma_cross" in proc.stdout and "trades" in proc.stdout
    doc = json.loads(out.read_text())
    assert set(doc) >= {"metrics", "trades", "equity"}
    trades = doc["trades"]
    assert len(trades) > 50
    first = trades[0]
    assert set(first) >= {"side", "entry_time", "entry_price", "exit_time", "exit_price",
                          "size", "pnl", "fees", "exit_reason"}
    assert first["entry_time"].endswith("Z") and first["entry_time"] < first["exit_time"]
    assert doc["metrics"]["trades"] == len(trades)
    candles = load_candles(eth_csv)
    assert len(doc["equity"]) == len(candles)
    assert doc["equity"][0] == ["2018-01-10T04:55:00Z", 5.0]
    assert doc["equity"][-1][1] == pytest.approx(5 + sum(t["pnl"] for t in trades), rel=1e-9)
    with (tmp_path / "csv" / "trades.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert [r["entry_time"] for r in rows] == [t["entry_time"] for t in trades]


def test_module_entry_point_and_close_fills(eth_csv, tmp_path):
    out = tmp_path / "close.json"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.backtest.cli", "--strategy", "sma_cross", "--data",
         str(eth_csv), "--fill", "close", "--timeframe", "15m", "--json", str(out), "--quiet"],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    doc = json.loads(out.read_text())
    bars = resample(load_candles(eth_csv), "15m")
    close_at = dict(zip(iso_times(bars.ts), bars.close.tolist(), strict=True))
    assert len(doc["equity"]) == len(bars)  # one point per 15-minute bar
    assert doc["trades"]
    for t in doc["trades"]:
        assert t["entry_price"] == close_at[t["entry_time"]]  # filled at the signal's close


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--params", "fast=10,slowest=3"], "unknown parameter 'slowest'"),
        (["--params", "fast=ten"], "'fast' must be int"),
        (["--params", "fast"], "not key=value"),
        (["--size", "pct=abc"], "size"),
        (["--fill", "tomorrow"], "--fill"),
        (["--fees", "lots"], "--fees"),
        (["--timeframe", "7m"], "Unknown timeframe"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_code_2(eth_csv, capsys, extra, message):
    rc = main(["--strategy", "sma_cross", "--data", str(eth_csv), *extra])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.count("\n") == 1 and message in err


def test_unknown_strategy_lists_the_available_ones(eth_csv, capsys, tmp_path):
    rc = main(["--strategy", "nope", "--data", str(eth_csv), "--strategies-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert rc == 2 and "unknown strategy 'nope'" in err and "sma_cross" in err


def test_malformed_data_file_names_the_row(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,open,high,low,close,volume\n"
                   "2024-01-01T00:00:00Z,1,2,0.5,1.5,10\n"
                   "2024-01-01T00:01:00Z,1,2,0.5,oops,10\n")
    rc = main(["--strategy", "sma_cross", "--data", str(bad)])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1
    assert "bad.csv" in err and "row 3" in err
    rc = main(["--strategy", "sma_cross", "--data", str(tmp_path / "missing.csv")])
    assert rc == 2 and "no such file" in capsys.readouterr().err


def test_a_user_strategy_file_runs_by_path(tmp_path, capsys):
    if not ETH_PARQUET.exists():
        pytest.skip(f"reference data {ETH_PARQUET} is absent")
    path = tmp_path / "breakout.py"
    path.write_text(
        "import numpy as np\n"
        "from strategies.base import Param, Signals, Strategy\n"
        "class UpDays(Strategy):\n"
        "    id = 'up_bars'\n"
        "    n = Param(3, 1, 20)\n"
        "    def signals(self, data):\n"
        "        up = np.diff(data.close, prepend=np.nan) > 0\n"
        "        run = np.convolve(up, np.ones(self.n), 'full')[: len(up)] >= self.n\n"
        "        return Signals(entry_long=run, exit_long=~up)\n"
    )
    out = tmp_path / "o.json"
    rc = main(["--strategy", f"{path}:up_bars", "--data", str(ETH_PARQUET), "--params", "n=4",
               "--json", str(out), "--quiet"])
    assert rc == 0, capsys.readouterr().err
    doc = json.loads(out.read_text())
    assert doc["params"] == {"n": 4} and len(doc["trades"]) > 10


def test_json_is_the_same_with_or_without_orjson(monkeypatch, tmp_path):
    from backtest_bars import candles_from_rows

    from desktop.backtest import export, run_backtest
    from strategies.builtin import SmaCross

    rows = [(100 + k % 7, 101 + k % 7, 99 + k % 7, 100 + (k * 3) % 11) for k in range(200)]
    result = run_backtest(SmaCross, {"fast": 3, "slow": 8}, candles_from_rows(rows))
    export.write_json(result, tmp_path / "a.json")
    monkeypatch.setattr(export, "orjson", None)
    export.write_json(result, tmp_path / "b.json")
    a, b = (json.loads((tmp_path / n).read_text()) for n in ("a.json", "b.json"))
    assert a == b and len(a["trades"]) > 3


def test_several_data_files_run_as_one_portfolio(tmp_path, capsys):
    eth, ltc = ETH_PARQUET, DATA_DIR / "binance_spot_LTC-BTC_5m.parquet"
    if not (eth.exists() and ltc.exists()):
        pytest.skip("reference data is absent (see shared/data/README.md)")
    out = tmp_path / "p.json"
    rc = main(["--strategy", "sma_cross", "--data", str(eth), "--data", str(ltc),
               "--symbol", "ETH/BTC", "--symbol", "LTC/BTC", "--size", "pct=45", "--cash", "1",
               "--json", str(out), "--quiet"])
    assert rc == 0, capsys.readouterr().err
    doc = json.loads(out.read_text())
    assert doc["symbols"] == ["ETH/BTC", "LTC/BTC"]
    assert {t["symbol"] for t in doc["trades"]} == {"ETH/BTC", "LTC/BTC"}
    assert doc["equity"][-1][1] == pytest.approx(1 + sum(t["pnl"] for t in doc["trades"]))
    rc = main(["--strategy", "sma_cross", "--data", str(eth), "--data", str(ltc),
               "--symbol", "ETH/BTC"])
    assert rc == 2 and "one name per --data" in capsys.readouterr().err


def test_pregao_backtest_process_ends_without_teardown_but_says_everything(eth_csv, tmp_path):
    # `pregao backtest` (main() with the process's own arguments) ends with os._exit: its
    # summary, piped and so block-buffered, must still arrive, and the exit code with it.
    code = (
        "import sys\n"
        "from desktop.app import main\n"
        f"sys.argv = ['pregao', 'backtest', '--strategy', 'sma_cross', '--data', "
        f"{str(eth_csv)!r}, *sys.argv[1:]]\n"
        "sys.exit(main())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, "--params", "fast=10,slow=30"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("sma_cross on ") and proc.stdout.endswith("\n")
    proc = subprocess.run([sys.executable, "-c", code, "--params", "fast=ten"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr == "pregao backtest: error: --params: parameter 'fast' must be int, " \
        "got 'ten'\n"
