"""An account's report inputs read from the journal (orders, fills, equity snapshots). Used by
`pregao report` and by the engine's report jobs (desktop.engine.report_jobs) — the same call,
so the headless and the in-app reports of a period are the same report."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sqlalchemy import select

from desktop.reports.account import account_analysis, realized_equity
from desktop.reports.metrics.analysis import Analysis
from desktop.storage.db import Database, database_url
from desktop.storage.journal import Journal
from desktop.storage.models import Account

MAX_ROWS = 10_000_000  # "all of them": the journal's calls take a limit


class UnknownAccount(LookupError):
    pass


def account_id_by_name(database: Database, name: str) -> str:
    with database.session() as session:
        rows = session.execute(select(Account.id, Account.label)).all()
    for account_id, label in rows:
        if label == name or account_id == name:
            return account_id
    known = ", ".join(sorted(label for _, label in rows)) or "none"
    raise UnknownAccount(f"no account named {name!r} (accounts: {known})")


def journal_analysis(journal: Journal, account_id: str, name: str, start_ms: int,
                     end_ms: int, benchmark=None) -> Analysis:
    history = journal.equity_history(account_id, since_ms=start_ms)
    ts = np.asarray([row[0] for row in history], dtype=np.int64)
    equity = np.asarray([row[1] for row in history], dtype=np.float64)
    fills = journal.fills(account_id, since_ms=0, limit=MAX_ROWS)
    orders = journal.orders(account_id, limit=MAX_ROWS)
    return account_analysis(name, ts, equity, fills, orders, start_ms, end_ms, benchmark)


def bot_analysis(journal: Journal, bot_id: str, name: str, account_id: str, start_ms: int,
                 end_ms: int, benchmark=None, params: dict | None = None) -> Analysis:
    """A bot's period: its own orders and fills; its equity is a capital plus its realized
    P&L after each fill. The capital is its account's equity at the period's start (the
    first snapshot from then), else the largest value it put into one fill."""
    fills = journal.bot_fills(bot_id)
    orders = journal.bot_orders(bot_id)
    history = journal.equity_history(account_id, since_ms=start_ms)
    if history:
        capital = float(history[0][1])
    else:
        capital = max((f.price * f.amount for f in fills), default=0.0)
    ts, equity = realized_equity(fills, capital, start_ms, end_ms)
    if len(ts) and ts[-1] < end_ms - 1:  # the curve runs to the period's end
        ts = np.append(ts, end_ms - 1)
        equity = np.append(equity, equity[-1])
    return account_analysis(name, ts, equity, fills, orders, start_ms, end_ms, benchmark,
                            kind="bot", params=params)


def load_account_analysis(url: str | None, name: str, start_ms: int, end_ms: int,
                          benchmark=None) -> Analysis:
    url = database_url(url)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise UnknownAccount(f"no database at {url.removeprefix('sqlite:///')}")
    database = Database(url)
    try:
        account_id = account_id_by_name(database, name)
        return journal_analysis(Journal(database), account_id, name, start_ms, end_ms,
                                benchmark)
    finally:
        database.close()
