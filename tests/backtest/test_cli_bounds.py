"""Every bad input to `pregao backtest` and `pregao optimize` is one line on stderr and exit code
2, before any work: values outside sane bounds, timestamps far out of range, output paths that
cannot be written, Monte Carlo counts above the cap, sweeps with no valid parameter set. And
checking a large candle file needs memory for its numbers, not for its text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop.backtest.cli import main as backtest_main
from desktop.backtest.optimize_cli import main as optimize_main
from desktop.data import candle_files
from desktop.data.candle_files import load_candles
from tests.mounts import read_only, tiny_filesystem

REPO = Path(__file__).resolve().parents[2]
HEADER = "timestamp,open,high,low,close,volume\n"


def write_candles(path: Path, rows: int = 300, bad: dict[int, str] | None = None) -> Path:
    rng = np.random.default_rng(3)
    price = 100 + np.cumsum(rng.normal(0, 0.5, rows))
    lines = [HEADER]
    for i, p in enumerate(price):
        stamp = bad.get(i) if bad and i in bad else str(1_600_000_000_000 + i * 60_000)
        lines.append(f"{stamp},{p:.4f},{p + 1:.4f},{p - 1:.4f},{p:.4f},10\n")
    path.write_text("".join(lines))
    return path


@pytest.fixture
def candles(tmp_path) -> Path:
    return write_candles(tmp_path / "candles.csv")


def one_line_exit_2(rc: int, err: str, message: str, prog: str) -> None:
    assert rc == 2, err
    assert err.count("\n") == 1 and err.startswith(f"pregao {prog}: error: "), err
    assert message in err, err


BACKTEST = ["--strategy", "sma_cross", "--params", "fast=5,slow=20", "--quiet"]


@pytest.mark.parametrize(("extra", "message"), [
    (["--leverage", "1000"], "leverage must be above 0 and at most 125"),
    (["--leverage", "nan"], "leverage must be above 0"),
    (["--leverage", "0"], "leverage must be above 0"),
    (["--size", "pct=150"], "more than the leverage allows"),
    (["--size", "pct=1e9", "--leverage", "125"], "at most pct=12500"),
    (["--size", "risk=250"], "at most risk=100"),
    (["--size", "fixed=1e300"], "at most fixed=1e+12"),
    (["--size", "kelly=50"], "at most kelly=2"),
    (["--fees", "999"], "taker fee must be between -100 and 500 bps"),
    (["--maker-fees", "-5000"], "maker fee must be between -100 and 500 bps"),
    (["--fees", "inf"], "taker fee"),
    (["--slippage", "-1"], "slippage must be between 0 and 1000 bps"),
    (["--slippage", "5000"], "slippage must be between 0 and 1000 bps"),
    (["--cash", "1e300"], "cash must be above 0 and at most 1e+12"),
    (["--cash", "-5"], "cash must be above 0"),
    (["--lot", "nan"], "lot step and minimum size must be finite"),
])
def test_values_outside_sane_bounds_exit_2(candles, capsys, extra, message):
    for prog, main, args in (("backtest", backtest_main, BACKTEST),
                             ("optimize", optimize_main,
                              ["--strategy", "sma_cross", "--grid", "fast=5:6", "--workers",
                               "1", "--quiet"])):
        rc = main([*args, "--data", str(candles), *extra])
        one_line_exit_2(rc, capsys.readouterr().err, message, prog)


@pytest.mark.parametrize(("stamp", "message"), [
    ("1e30", "timestamp '1e30' is after 2100 in any unit"),
    ("9999-12-31T00:00:00Z", "timestamp '9999-12-31T00:00:00Z' is after 2100"),
    ("1200-01-01T00:00:00Z", "is before 1970"),
    ("-86400", "is before 1970"),
    ("5000000000000", "is after 2100"),
])
def test_timestamps_far_out_of_range_name_the_row(tmp_path, capsys, stamp, message):
    path = write_candles(tmp_path / "far.csv", bad={7: stamp})
    rc = backtest_main([*BACKTEST, "--data", str(path)])
    err = capsys.readouterr().err
    one_line_exit_2(rc, err, message, "backtest")
    assert "(row 9)" in err  # header is line 1, the 8th candle line 9


def test_unwritable_outputs_are_refused_before_the_run(candles, tmp_path, capsys):
    cases = [
        (["--json", str(tmp_path)], "--json: " + str(tmp_path) + " is a folder"),
        (["--json", str(candles / "out.json")], "is a file, not a folder"),
        (["--csv", str(candles)], "--csv: " + str(candles) + " is a file; give a folder"),
    ]
    for extra, message in cases:
        rc = backtest_main([*BACKTEST, "--data", str(candles), *extra])
        one_line_exit_2(rc, capsys.readouterr().err, message, "backtest")
    # A read-only place, as root too: the check writes for real, it does not trust mode bits.
    locked = tmp_path / "locked"
    locked.mkdir()
    with read_only(locked):
        for prog, main, args in (("backtest", backtest_main, BACKTEST),
                                 ("optimize", optimize_main,
                                  ["--strategy", "sma_cross", "--grid", "fast=5:6", "--quiet"])):
            for option, target in (("--json", locked / "out.json"), ("--csv", locked / "csv")):
                rc = main([*args, "--data", str(candles), option, str(target)])
                one_line_exit_2(rc, capsys.readouterr().err,
                                f"{option}: cannot write to {target}: Read-only file system",
                                prog)
    assert not list(locked.iterdir())


def test_a_full_disk_is_refused_before_the_run(candles, tmp_path, capsys):
    full = tmp_path / "full"
    with tiny_filesystem(full, size_kb=64):
        with pytest.raises(OSError), (full / "filler").open("wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        rc = backtest_main([*BACKTEST, "--data", str(candles), "--json",
                            str(full / "sub" / "out.json")])
        one_line_exit_2(rc, capsys.readouterr().err, "No space left on device", "backtest")


def test_monte_carlo_above_the_cap_and_a_sweep_with_no_valid_set(candles, capsys):
    base = ["--strategy", "sma_cross", "--data", str(candles), "--workers", "1", "--quiet"]
    rc = optimize_main([*base, "--grid", "fast=5:6", "--monte-carlo", "1000000000"])
    one_line_exit_2(rc, capsys.readouterr().err, "--monte-carlo: give 1 to 100,000 runs",
                    "optimize")
    rc = optimize_main([*base, "--grid", "fast=50:60,slow=10:20"])
    one_line_exit_2(rc, capsys.readouterr().err,
                    "--grid: no parameter set is valid for sma_cross (first: fast=50, slow=10: "
                    "fast (50) must be below slow (10))", "optimize")
    rc = optimize_main([*base, "--random", "4", "--grid", "fast=50:60,slow=10:20"])
    one_line_exit_2(rc, capsys.readouterr().err, "no parameter set is valid", "optimize")


def test_chunks_keep_row_numbers_and_order_checks_across_their_borders(tmp_path, monkeypatch):
    monkeypatch.setattr(candle_files, "CHUNK_ROWS", 4)
    path = write_candles(tmp_path / "c.csv", rows=30)
    whole = load_candles(path)
    assert len(whole) == 30 and np.all(np.diff(whole.ts) == 60_000)
    text = path.read_text().splitlines()
    text[9] = text[8]  # line 10 repeats line 9: the two sit in different chunks of 4
    path.write_text("\n".join(text) + "\n")
    with pytest.raises(candle_files.DataFileError) as err:
        load_candles(path)
    assert "(row 10)" in str(err.value) and "duplicate timestamp" in str(err.value)


MEMORY_PROBE = """
import resource, sys
from desktop.data.candle_files import load_candles
load_candles(sys.argv[2])  # imports and caches warmed up
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
candles = load_candles(sys.argv[1])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = sum(getattr(candles, k).nbytes for k in ("ts", "open", "high", "low", "close", "volume"))
print(len(candles), (peak - base) * 1024, result)
"""


def test_checking_a_large_file_needs_memory_for_its_numbers_not_its_text(tmp_path, candles):
    rows = 600_000
    path = tmp_path / "large.csv"
    ts = 1_600_000_000_000 + np.arange(rows, dtype=np.int64) * 60_000
    price = np.round(100 + np.cumsum(np.random.default_rng(1).normal(0, 0.01, rows)), 4)
    with path.open("w") as out:
        out.write(HEADER)
        for start in range(0, rows, 100_000):
            block = slice(start, start + 100_000)
            p = price[block]
            out.write("".join(f"{t},{a},{a + 1:.4f},{a - 1:.4f},{a},10.5\n"
                              for t, a in zip(ts[block], p, strict=True)))
    proc = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(path), str(candles)],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    count, grew, result = map(int, proc.stdout.split())
    assert count == rows
    # Reading the whole file as text cells (what it did before) needs 8x the result; chunks
    # need the result, its joining and one chunk of text.
    assert grew < 4 * result, (grew, result, path.stat().st_size)
