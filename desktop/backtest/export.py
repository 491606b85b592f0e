"""A backtest result as JSON or CSV files (times as ISO-8601 UTC, e.g. 2018-01-10T04:55:00Z)."""

from __future__ import annotations

import csv
import gc
import json
from pathlib import Path
from typing import Any

import numpy as np

try:  # optional: ~13x faster than json on a million equity points
    import orjson
except ImportError:  # pragma: no cover - the standard library does the same, slower
    orjson = None

from desktop.backtest.json_pairs import TextParts, write_pairs
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
    """ms since epoch -> ISO-8601 UTC strings, whole seconds unless sub-second times occur.

    Formats each distinct day and each distinct time of day once and joins them: a million
    bars span few distinct values of either, and numpy's per-element formatting is slow.
    """
    ts_ms = np.asarray(ts_ms, dtype=np.int64)
    if len(ts_ms) == 0:
        return []
    if np.any(ts_ms % 1000):
        text = np.datetime_as_string(ts_ms.astype("datetime64[ms]"), unit="ms")
        return [t + "Z" for t in text.tolist()]
    days, day_ms = np.divmod(ts_ms, 86_400_000)
    day_keys, day_idx = _distinct(days)
    tod_keys, tod_idx = _distinct(day_ms // 1000)
    day_text = np.datetime_as_string(day_keys.astype("datetime64[D]"), unit="D")
    tod_text = [f"T{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}Z" for t in tod_keys.tolist()]
    day_obj = np.asarray(day_text, dtype=object)
    tod_obj = np.asarray(tod_text, dtype=object)
    return (day_obj[day_idx] + tod_obj[tod_idx]).tolist()


def iso_time_parts(ts_ms: np.ndarray) -> TextParts | None:
    """The texts of `iso_times` as json_pairs' TextParts: for whole seconds, a table of the
    distinct days and one of the distinct times of day; None for no times or times that
    would not all have one width (a year outside 0000-9999)."""
    ts_ms = np.asarray(ts_ms, dtype=np.int64)
    n = len(ts_ms)
    if n == 0:
        return None
    none = np.zeros((1, 0), dtype=np.uint8), np.zeros(n, dtype=np.int64)
    if np.any(ts_ms % 1000):
        text = np.datetime_as_string(ts_ms.astype("datetime64[ms]"), unit="ms")
        if np.any(np.char.str_len(text) != 23):
            return None
        rows = np.empty((n, 24), dtype=np.uint8)
        rows[:, :23] = text.astype("S23").view(np.uint8).reshape(n, 23)
        rows[:, 23] = ord("Z")
        return rows, np.arange(n), *none
    days, day_ms = np.divmod(ts_ms, 86_400_000)
    day_keys, day_idx = _distinct(days)
    tod_keys, tod_idx = _distinct(day_ms // 1000)
    day_text = np.datetime_as_string(day_keys.astype("datetime64[D]"), unit="D")
    if np.any(np.char.str_len(day_text) != 10):
        return None
    day_rows = day_text.astype("S10").view(np.uint8).reshape(-1, 10)
    tod_text = "".join(f"T{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}Z"
                       for t in tod_keys.tolist())
    tod_rows = np.frombuffer(tod_text.encode("ascii"), dtype=np.uint8).reshape(-1, 10)
    return day_rows, day_idx, tod_rows, tod_idx


def _distinct(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(values, return_inverse=True) for integers in a narrow range (days of a
    history, seconds of a day) without sorting a million values: a table over the range."""
    low, high = int(values.min()), int(values.max())
    span = high - low + 1
    if span > 2 * len(values) + 100_000:
        keys, index = np.unique(values, return_inverse=True)
        return keys, index.reshape(-1)
    offsets = values - low
    present = np.zeros(span, dtype=bool)
    present[offsets] = True
    keys = np.flatnonzero(present)
    slot = np.zeros(span, dtype=np.int64)
    slot[keys] = np.arange(len(keys))
    return keys + low, slot[offsets]


def result_dict(result: BacktestResult, with_equity: bool = True) -> dict[str, Any]:
    t = result.trades
    entry_times, exit_times = iso_times(t.entry_time), iso_times(t.exit_time)
    # whole columns to Python values first (one numpy scalar per field and trade was most
    # of the cost of 20k trades)
    columns = zip(t.symbol.tolist(), t.side.tolist(), entry_times, t.entry_price.tolist(),
                  exit_times, t.exit_price.tolist(), t.size.tolist(), t.pnl.tolist(),
                  t.fees.tolist(), t.bars_held.tolist(), t.exit_reason.tolist(), strict=True)
    trades = [
        {
            "symbol": str(symbol),
            "side": "long" if side > 0 else "short",
            "entry_time": entry_time,
            "entry_price": entry_price,
            "exit_time": exit_time,
            "exit_price": exit_price,
            "size": size,
            "pnl": pnl,
            "fees": fees,
            "bars_held": held,
            "exit_reason": str(reason),
        }
        for (symbol, side, entry_time, entry_price, exit_time, exit_price, size, pnl, fees,
             held, reason) in columns
    ]
    doc = {
        "strategy": result.strategy,
        "params": result.params,
        "symbols": result.symbols,
        "metrics": {k: finite_or_none(v) for k, v in result.metrics.items()},
        "trades": trades,
    }
    if with_equity:
        doc["equity"] = list(zip(iso_times(result.ts), result.equity.tolist(), strict=True))
    return doc


def write_json(result: BacktestResult, path: Path,
               report: dict[str, Any] | None = None) -> None:
    """`report`: the report's own figures (desktop.reports.build.analysis_json), added as
    "report" when a report was written, so the JSON, the workbook and the PDF agree."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A million equity points are a million small tuples: the cycle collector would walk
    # them again and again while they are built, and none of them can form a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        times = iso_time_parts(result.ts) if orjson is not None else None
        if times is not None and len(times[1]) == len(result.equity):
            # the document without its curve, the curve written by json_pairs where orjson
            # would have put it (the same bytes as the plain way, much sooner)
            head = orjson.dumps(result_dict(result, with_equity=False),
                                option=orjson.OPT_SERIALIZE_NUMPY)
            with path.open("wb") as f:
                f.write(head[:-1])
                f.write(b',"equity":')
                write_pairs(f, times, result.equity)
                if report is not None:
                    f.write(b',"report":')
                    f.write(orjson.dumps(report, option=orjson.OPT_SERIALIZE_NUMPY))
                f.write(b"}")
            return
        doc = result_dict(result)
        if report is not None:
            doc["report"] = report
        if orjson is not None:
            path.write_bytes(orjson.dumps(doc, option=orjson.OPT_SERIALIZE_NUMPY))
        else:
            # dumps-then-write: json.dump streams millions of tiny chunks, several times slower
            path.write_text(json.dumps(doc, allow_nan=False), encoding="utf-8")
    finally:
        if collecting:
            gc.enable()


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
