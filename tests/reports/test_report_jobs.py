"""Reports made by the engine for the UI: off the UI thread in the worker pool, with progress
events, and the same figures as the stored run (backtest) or the journal (account)."""

from __future__ import annotations

import asyncio

import openpyxl
import pytest

from desktop.core.backtests import BacktestRequest
from desktop.core.events import BacktestDoneEvent, ReportProgressEvent
from desktop.core.reports import ReportTargets
from desktop.engine.runtime import EngineRuntime
from desktop.reports.formatting import ReportStyle
from desktop.storage import Account, Database, upgrade_to_head
from desktop.storage.journal import Journal

HOUR = 3_600_000
ACCOUNT = "r" * 32


@pytest.fixture
def rt(tmp_path):
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    upgrade_to_head(url)
    db = Database(url)
    with db.session() as session:
        session.add(Account(id=ACCOUNT, exchange="paper", label="Desk", is_paper=True,
                            paper_quote="USDT", paper_balance=1000.0))
    journal = Journal(db)
    for k in range(48):
        journal.snapshot_equity(ACCOUNT, 1000.0 + 2 * k, 1000.0, ts_ms=1_000 * HOUR + k * HOUR)
    db.close()
    runtime = EngineRuntime(demo_days=2, database_url=url)
    runtime.engine.backtests.runs_dir = tmp_path / "runs"
    events: list = []
    runtime.bus.add_sink(events.append)
    runtime.events = events
    runtime.start()
    yield runtime
    assert runtime.stop(timeout=10.0)


def run(coro, timeout: float = 90.0):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(asyncio.wait_for(coro, timeout))
    finally:
        loop.close()


def test_backtest_report_agrees_with_the_stored_run(rt, tmp_path):
    request = BacktestRequest(strategy="sma_cross", params={"fast": 5, "slow": 20},
                              symbols=("ETH/USDT",), timeframe="15m")

    async def scenario():
        job = await rt.client.backtest_submit(request, "bt")
        while not [e for e in rt.events if isinstance(e, BacktestDoneEvent)]:
            await asyncio.sleep(0.05)
        run_id = next(e for e in rt.events if isinstance(e, BacktestDoneEvent)).run_id
        stored = await rt.client.backtest_load_run(run_id)
        targets = ReportTargets(str(tmp_path / "r.xlsx"), str(tmp_path / "r.pdf"),
                                ReportStyle())
        files = await rt.client.report_backtest(stored.summary.request, targets, "rep")
        return job, stored, files

    _, stored, files = run(scenario())
    assert files == [str(tmp_path / "r.xlsx"), str(tmp_path / "r.pdf")]
    stages = [e.stage for e in rt.events if isinstance(e, ReportProgressEvent)
              and e.job_id == "rep"]
    assert stages[:3] == ["analysing", "excel", "pdf"]
    cells = {r[0]: r[1] for r in openpyxl.load_workbook(files[0])["Summary"].iter_rows(
        max_col=2, values_only=True) if r[0]}
    for key, label in (("sharpe", "Sharpe ratio"), ("total_return", "Total return"),
                       ("trades", "Trades"), ("max_drawdown", "Max drawdown")):
        assert cells[label] == pytest.approx(stored.summary.metrics[key], rel=1e-12)


def test_account_performance_and_report_from_the_journal(rt, tmp_path):
    async def scenario():
        view = await rt.client.performance(f"account:{ACCOUNT}", 1_000 * HOUR)
        files = await rt.client.report_account(
            ACCOUNT, 1_000 * HOUR, 1_048 * HOUR,
            ReportTargets(xlsx=str(tmp_path / "a.xlsx"), style=ReportStyle()))
        return view, files

    view, files = run(scenario())
    assert view.name == "Desk" and view.metrics["start_equity"] == 1000.0
    assert view.equity[:48].tolist() == [1000.0 + 2 * k for k in range(48)]
    assert view.benchmark_name == "BTC/USDT"  # the demo market's BTC/USDT, bought and held
    summary = openpyxl.load_workbook(files[0])["Summary"]
    cells = {r[0]: r[1] for r in summary.iter_rows(max_col=2, values_only=True) if r[0]}
    assert cells["Final equity"] == 1094.0
