"""The report jobs' work in a worker process: build an Analysis (a backtest run again from
its stored request, an account's or a bot's period from the journal) and write one file.
Plain picklable arguments; no state between calls."""

from __future__ import annotations

from typing import Any

from desktop.core.backtests import BacktestRequest
from desktop.core.candles import Candles

Benchmark = tuple[str, Any, Any] | None  # (name, ts, close)


def backtest_analysis_job(request_data: dict[str, Any], candles_1m: dict[str, Candles] | None,
                          strategy_file: str, benchmark: Benchmark, kind: str,
                          extra_params: dict[str, Any]) -> Any:
    """Run the request again (a run is deterministic: the same request gives the same
    trades and metrics as the stored run) and analyse it with its candles."""
    from desktop.backtest.engine import run_portfolio
    from desktop.data.resample import resample
    from desktop.engine.backtest_worker import backtest_config, file_candles, strategy_class
    from desktop.reports.sources import backtest_analysis

    request = BacktestRequest.from_dict(request_data)
    cls = strategy_class(request.strategy, strategy_file)
    source = candles_1m if candles_1m is not None else file_candles(request)
    data = {symbol: resample(c, request.timeframe) for symbol, c in source.items()}
    result = run_portfolio(cls, request.params, data, backtest_config(request))
    bench = None
    if benchmark is not None:
        name, ts, close = benchmark
        bench = (name, Candles.from_arrays(ts, close, close, close, close, close * 0))
    return backtest_analysis(result, data, bench, kind=kind, extra_params=extra_params)


def account_analysis_job(url: str, account_id: str, name: str, start_ms: int, end_ms: int,
                         benchmark: Benchmark) -> Any:
    from desktop.reports.journal_source import journal_analysis
    from desktop.storage.db import Database
    from desktop.storage.journal import Journal

    database = Database(url)
    try:
        return journal_analysis(Journal(database), account_id, name, start_ms, end_ms,
                                benchmark)
    finally:
        database.close()


def bot_analysis_job(url: str, bot_id: str, name: str, account_id: str, start_ms: int,
                     end_ms: int, benchmark: Benchmark, params: dict[str, Any]) -> Any:
    from desktop.reports.journal_source import bot_analysis
    from desktop.storage.db import Database
    from desktop.storage.journal import Journal

    database = Database(url)
    try:
        return bot_analysis(Journal(database), bot_id, name, account_id, start_ms, end_ms,
                            benchmark, params)
    finally:
        database.close()


def write_report_file(analysis: Any, fmt: str, path: str, style: Any) -> str:
    from desktop.reports.excel import write_excel
    from desktop.reports.pdf import write_pdf

    writer = write_excel if fmt == "xlsx" else write_pdf
    return str(writer(analysis, path, style))
