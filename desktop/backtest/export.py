"""A backtest result as JSON or CSV files (times as ISO-8601 UTC, e.g. 2018-01-10T04:55:00Z)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import numpy as np

from desktop.backtest.results import BacktestResult, finite_or_none

TRADE_FIELDS = (
    "symbol",
    "side",
    "entry_time",
    "entry_price",
    "exit_time",
    "exit_price",
    "size",
    "pnl",
    "fees",
    "bars_held",
    "exit_reason",
)


def iso_times(ts_ms: np.ndarray) -> list[str]:
    """ms since epoch -> ISO-8601 UTC strings, whole seconds unless sub-second times occur."""
    ts_ms = np.asarray(ts_ms, dtype=np.int64)
    unit = "s" if not np.any(ts_ms % 1000) else "ms"
    text = np.datetime_as_string(ts_ms.astype("datetime64[ms]"), unit=unit)
    return [t + "Z" for t in text.tolist()]


def result_dict(result: BacktestResult) -> dict[str, Any]:
    t = result.trades
    entry_times, exit_times = iso_times(t.entry_time), iso_times(t.exit_time)
    held = t.bars_held.tolist()
    trades = [
        {
            "symbol": str(t.symbol[k]),
            "side": "long" if t.side[k] > 0 else "short",
            "entry_time": entry_times[k],
            "entry_price": float(t.entry_price[k]),
            "exit_time": exit_times[k],
            "exit_price": float(t.exit_price[k]),
            "size": float(t.size[k]),
            "pnl": float(t.pnl[k]),
            "fees": float(t.fees[k]),
            "bars_held": held[k],
            "exit_reason": str(t.exit_reason[k]),
        }
        for k in range(len(t))
    ]
    return {
        "strategy": result.strategy,
        "params": result.params,
        "symbols": result.symbols,
        "metrics": {k: finite_or_none(v) for k, v in result.metrics.items()},
        "trades": trades,
        "equity": list(zip(iso_times(result.ts), result.equity.tolist(), strict=True)),
    }


def write_json(result: BacktestResult, path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        json.dump(result_dict(result), f, allow_nan=False)


def write_csv(result: BacktestResult, folder: Path) -> list[Path]:
    """trades.csv, equity.csv (time, equity, drawdown) and metrics.csv (metric, value)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = result_dict(result)
    trades_path = folder / "trades.csv"
    with trades_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=TRADE_FIELDS)
        writer.writeheader()
        writer.writerows(data["trades"])
    equity_path = folder / "equity.csv"
    with equity_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(("time", "equity", "drawdown"))
        times = [t for t, _ in data["equity"]]
        writer.writerows(zip(times, result.equity.tolist(), result.drawdown.tolist(),
                             strict=True))
    metrics_path = folder / "metrics.csv"
    with metrics_path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(("metric", "value"))
        for key, value in data["metrics"].items():
            writer.writerow((key, "" if value is None else value))
    return [trades_path, equity_path, metrics_path]
