"""`pregao alerts`: the replay's triggers follow the issue's op semantics exactly, and bad
input is one line with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop.alerts.cli import main
from strategies.indicators import rsi

HOUR = 3_600_000
T0 = 1_700_000_000_000 // HOUR * HOUR
CLOSES = [80000, 80500, 81000, 80900, 81200, 80000, 79000, 81500, 81600, 80100]


def _write_candles(path: Path, closes: list[float], step_ms: int = HOUR) -> None:
    rows = ["timestamp,open,high,low,close,volume"]
    for i, c in enumerate(closes):
        # 30-minute rows: the replay resamples them to 1h and takes each hour's last close
        half = step_ms // 2
        rows.append(f"{T0 + i * step_ms},{c},{c + 5},{c - 5},{c - 1},1")
        rows.append(f"{T0 + i * step_ms + half},{c - 1},{c + 5},{c - 5},{c},1")
    path.write_text("\n".join(rows) + "\n")


def _run(tmp_path: Path, rules: list, closes: list[float]) -> tuple[int, list]:
    data, rules_file, out = tmp_path / "c.csv", tmp_path / "r.json", tmp_path / "o.json"
    _write_candles(data, closes)
    rules_file.write_text(json.dumps(rules))
    code = main(["alerts", "--rules", str(rules_file), "--data", str(data),
                 "--timeframe", "1h", "--symbol", "BTC/USDT", "--json", str(out)])
    return code, json.loads(out.read_text()) if code == 0 else []


def _iso(i: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp((T0 + i * HOUR) / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_price_ops_follow_the_contract(tmp_path: Path) -> None:
    rules = [
        {"id": "up", "symbol": "BTC/USDT", "trigger": "once_per_bar_close",
         "condition": {"type": "price", "op": "crosses_above", "value": 81000}},
        {"id": "dn", "symbol": "BTC/USDT", "trigger": "once_per_bar_close",
         "condition": {"type": "price", "op": "crosses_below", "value": 81000}},
        {"id": "gt", "symbol": "BTC/USDT", "trigger": "every_time",
         "condition": {"type": "price", "op": ">", "value": 81000}},
        {"id": "once", "symbol": "BTC/USDT", "trigger": "once",
         "condition": {"type": "price", "op": "crosses_above", "value": 81000}},
        {"id": "other", "symbol": "ETH/USDT", "trigger": "every_time",
         "condition": {"type": "price", "op": ">", "value": 0}},
    ]
    code, out = _run(tmp_path, rules, CLOSES)
    assert code == 0
    # crosses_above: previous close below 81000, this one at or above (index 2, 4, 7)
    # crosses_below: previous above, this one at or below (index 3: 81000->80900 is not:
    # 81000 is not above 81000; index 5: 81200 -> 80000; index 9: 81600 -> 80100)
    # '>': true now, false (or absent) before: index 4 and 7
    expected = [
        {"rule": "up", "time": _iso(2), "price": 81000.0},
        {"rule": "once", "time": _iso(2), "price": 81000.0},
        {"rule": "up", "time": _iso(4), "price": 81200.0},
        {"rule": "gt", "time": _iso(4), "price": 81200.0},
        {"rule": "dn", "time": _iso(5), "price": 80000.0},
        {"rule": "up", "time": _iso(7), "price": 81500.0},
        {"rule": "gt", "time": _iso(7), "price": 81500.0},
        {"rule": "dn", "time": _iso(9), "price": 80100.0},
    ]
    assert out == expected


def test_indicator_rule_matches_the_indicator(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    closes = list(np.round(30000 + np.cumsum(rng.normal(0, 300, 200)), 2))
    rules = [{"id": "a2", "symbol": "BTC/USDT", "trigger": "once_per_bar_close",
              "condition": {"type": "indicator", "indicator": "rsi", "params": [14],
                            "op": "<", "value": 30}}]
    code, out = _run(tmp_path, rules, closes)
    values = rsi(np.array(closes, dtype=float), 14)
    below = np.nan_to_num(values, nan=100.0) < 30
    want = [i for i in range(len(closes)) if below[i] and not (i > 0 and below[i - 1])]
    assert code == 0 and want  # the series does dip below 30
    assert [o["time"] for o in out] == [_iso(i) for i in want]


@pytest.mark.parametrize(("rules_text", "says"), [
    ("[{", "not JSON"),
    ('{"id": "a"}', "must be a JSON list"),
    ('[{"id": "a", "symbol": "BTC/USDT", "condition": {"type": "indicator", '
     '"indicator": "nope", "op": "<", "value": 1}}]', "unknown indicator 'nope'"),
])
def test_bad_rules_file_is_one_line_and_exit_2(tmp_path: Path, rules_text: str,
                                                says: str) -> None:
    data, rules_file = tmp_path / "c.csv", tmp_path / "r.json"
    _write_candles(data, CLOSES)
    rules_file.write_text(rules_text)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "alerts", "--rules", str(rules_file), "--data",
         str(data), "--timeframe", "1h", "--symbol", "BTC/USDT", "--json",
         str(tmp_path / "o.json")],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=60,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and lines[0].startswith("pregao alerts: error:")
