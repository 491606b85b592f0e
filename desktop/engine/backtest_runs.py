"""Stored backtest runs: `<run id>.json` (the request plus `export.result_dict`) and a small
`<run id>.summary.json` the run list reads; reading, naming and deleting them. Qt-free."""

from __future__ import annotations

import json
import logging
import math
import os
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.backtests import BacktestRun, RunSummary
from desktop.core.errors import PregaoError
from desktop.core.messages import marker

_t = marker("Backtests")

log = logging.getLogger(__name__)

RUN_FORMAT = 1
SUMMARY_SUFFIX = ".summary.json"


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def check_run_id(run_id: str) -> None:
    """A run id names files: refuse anything that could reach outside the runs folder."""
    if not re.fullmatch(r"[\w.-]+", run_id):
        raise PregaoError(_t("Not a backtest run id: {run_id!r}", run_id=run_id))


def write_run(folder: Path, run_id: str, summary: dict[str, Any], body: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    record = {**summary, **body}
    # The full record first: a summary on disk means the run is complete and loadable.
    write_atomic(folder / f"{run_id}.json", json.dumps(record, allow_nan=False))
    write_atomic(folder / f"{run_id}{SUMMARY_SUFFIX}", json.dumps(summary, allow_nan=False))


def delete_run(folder: Path, run_id: str) -> None:
    check_run_id(run_id)
    for name in (f"{run_id}{SUMMARY_SUFFIX}", f"{run_id}.json"):
        (folder / name).unlink(missing_ok=True)


def iso_to_ms(texts: list[str]) -> np.ndarray:
    """ISO-8601 UTC strings from `export.iso_times` -> int64 ms."""
    if not texts:
        return np.empty(0, dtype=np.int64)
    bare = [t[:-1] if t.endswith("Z") else t for t in texts]
    return np.array(bare, dtype="datetime64[ms]").astype(np.int64)


def read_summaries(folder: Path) -> list[RunSummary]:
    out = []
    if not folder.is_dir():
        return out
    for path in folder.glob(f"*{SUMMARY_SUFFIX}"):
        try:
            out.append(RunSummary.from_json(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("Backtest run %s ignored: %s", path.name, exc)
    out.sort(key=lambda s: (s.created_ms, s.id), reverse=True)
    return out


def read_run(folder: Path, run_id: str) -> BacktestRun:
    check_run_id(run_id)
    path = folder / f"{run_id}.json"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PregaoError(_t("The backtest run {run_id} is no longer stored in {folder}",
                             run_id=run_id, folder=folder)) from None
    except ValueError as exc:
        raise PregaoError(_t("The backtest run file {path} is unreadable: {exc}",
                             path=path, exc=exc)) from None
    equity = record.get("equity") or []
    ts = iso_to_ms([t for t, _ in equity])
    values = np.array([math.nan if v is None else v for _, v in equity], dtype=np.float64)
    trades = list(record.get("trades") or [])
    entry = iso_to_ms([t["entry_time"] for t in trades])
    exit_ = iso_to_ms([t["exit_time"] for t in trades])
    for k, t in enumerate(trades):
        t["entry_ms"] = int(entry[k])
        t["exit_ms"] = int(exit_[k])
    return BacktestRun(RunSummary.from_json(record), ts, values, trades)


def default_runs_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Pregao")) / "backtests"


def new_run_id(strategy: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^\w-]+", "_", strategy)[:40] or "run"
    return f"{stamp}-{safe}-{uuid.uuid4().hex[:6]}"
