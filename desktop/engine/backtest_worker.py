"""The backtest worker's side: runs in a spawned process of the engine's worker pool.

Each function here is sent to a worker by name, so it imports the backtester (numba compiles
on import) inside the worker, never on the engine or UI thread. Qt-free."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.backtests import BacktestRequest
from desktop.core.candles import Candles
from desktop.core.errors import PregaoError
from desktop.core.messages import marker
from desktop.engine.backtest_runs import RUN_FORMAT, write_run

_t = marker("Backtests")


def strategy_class(strategy: str, strategy_file: str) -> type:
    from desktop.backtest.strategy_catalog import builtin_strategies, load_strategy_file

    if not strategy_file:
        return builtin_strategies()[strategy]

    entry = load_strategy_file(Path(strategy_file))
    if not entry.ok:
        raise PregaoError(str(entry.error).splitlines()[0])
    if strategy not in entry.strategies:
        raise PregaoError(_t("{name} no longer defines {strategy!r}",
                             name=Path(strategy_file).name, strategy=strategy))
    return entry.strategies[strategy]


def in_range(candles: Candles, start_ms: int | None, end_ms: int | None) -> Candles:
    i0 = 0 if start_ms is None else int(np.searchsorted(candles.ts, start_ms, side="left"))
    i1 = len(candles) if end_ms is None else int(np.searchsorted(candles.ts, end_ms, "left"))
    return candles.slice(i0, max(i0, i1))


def file_candles(request: BacktestRequest) -> dict[str, Candles]:
    from desktop.data.candle_files import load_candles
    from desktop.data.file_names import symbol_from_filename

    symbol = request.symbols[0] if request.symbols else symbol_from_filename(request.data_file)
    candles = load_candles(request.data_file)
    return {symbol: in_range(candles, request.start_ms, request.end_ms)}


def backtest_config(request: BacktestRequest) -> Any:
    from desktop.backtest.config import BacktestConfig, FillMode, SizeMode, Sizing

    return BacktestConfig(
        cash=float(request.cash),
        fill=FillMode(request.fill),
        taker_fee_bps=float(request.taker_fee_bps),
        maker_fee_bps=float(request.maker_fee_bps),
        slippage_bps=float(request.slippage_bps),
        sizing=Sizing(SizeMode(request.sizing), float(request.sizing_value)),
    )


def run_job(
    run_id: str,
    request_data: dict[str, Any],
    candles_1m: dict[str, Candles] | None,
    strategy_file: str,
    runs_dir: str,
) -> dict[str, Any]:
    """The worker's unit of work: candles -> run_portfolio -> run files; returns the summary."""
    from desktop.backtest.engine import run_portfolio
    from desktop.backtest.export import result_dict
    from desktop.data.resample import resample

    request = BacktestRequest.from_dict(request_data)
    cls = strategy_class(request.strategy, strategy_file)
    source = candles_1m if candles_1m is not None else file_candles(request)
    data: dict[str, Candles] = {}
    for symbol, candles in source.items():
        bars = resample(candles, request.timeframe)
        if len(bars) < 2:
            raise PregaoError(
                _t("{symbol} has {count} {timeframe} candles in the chosen dates; a backtest "
                   "needs at least 2",
                   symbol=symbol, count=len(bars), timeframe=request.timeframe)
            )
        data[symbol] = bars
    result = run_portfolio(cls, request.params, data, backtest_config(request))
    created = time.time()
    body = result_dict(result)
    summary = {
        "format": RUN_FORMAT,
        "id": run_id,
        "created_ms": int(created * 1000),
        "created": datetime.fromtimestamp(created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "request": request.to_dict(),
        "strategy": body["strategy"],
        "strategy_name": getattr(cls, "name", "") or cls.__name__,
        "params": body["params"],
        "symbols": body["symbols"],
        "metrics": body["metrics"],
        "data": {
            "start_ms": int(result.ts[0]),
            "end_ms": int(result.ts[-1]),
            "bars": len(result.ts),
        },
    }
    write_run(Path(runs_dir), run_id, summary, body)
    return summary


def warm_up() -> int:
    """Import the backtester in the worker so the user's first run starts at once."""
    import desktop.backtest.engine
    import desktop.backtest.export
    import desktop.data.resample  # noqa: F401

    return os.getpid()
