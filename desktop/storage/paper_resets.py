"""Resetting a paper account in the database: its trading history cleared in one transaction,
with an audit record of the reset that stays (`paper_resets`).

What goes: the account's orders, fills, fill cursors, position and equity snapshots and its
paper venue's kept open orders. What stays: the account itself (its starting balances and
price source), its bots, its risk state, and every earlier reset's record.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from desktop.core.bots import BotState
from desktop.storage.db import Database
from desktop.storage.models import (
    BotRecord,
    EquitySnapshot,
    FillCursor,
    FillRecord,
    OrderRecord,
    PaperResetRecord,
    PositionSnapshot,
    WorkingOrderState,
)

_HISTORY = (FillRecord, FillCursor, PositionSnapshot, EquitySnapshot, WorkingOrderState)


@dataclass(slots=True, frozen=True)
class ResetAudit:
    account_id: str
    label: str
    ts_ms: int
    balances: dict[str, float]  # the starting balances it went back to
    canceled_orders: int
    cleared_orders: int
    cleared_fills: int


def clear_paper_history(database: Database, account_id: str, label: str,
                        balances: dict[str, float], canceled_orders: int) -> ResetAudit:
    """Delete the account's history and write the reset's record, all or nothing."""
    with database.session() as session:
        orders = session.scalar(select(func.count()).select_from(OrderRecord)
                                .where(OrderRecord.account_id == account_id)) or 0
        fills = session.scalar(select(func.count()).select_from(FillRecord)
                               .where(FillRecord.account_id == account_id)) or 0
        for table in _HISTORY:
            session.execute(delete(table).where(table.account_id == account_id))
        session.execute(delete(OrderRecord).where(OrderRecord.account_id == account_id))
        reset = ResetAudit(account_id, label, int(time.time() * 1000), dict(balances),
                           canceled_orders, orders, fills)
        session.add(PaperResetRecord(
            account_id=account_id, label=label, ts_ms=reset.ts_ms,
            balances_json=json.dumps(reset.balances), canceled_orders=canceled_orders,
            cleared_orders=orders, cleared_fills=fills))
    return reset


def active_bots(database: Database, account_id: str) -> int:
    """How many bots trade on the account (running, warming up or managing their exits)."""
    active = [s.value for s in BotState if s.is_active]
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(BotRecord).where(
            BotRecord.account_id == account_id, BotRecord.state.in_(active))) or 0


def paper_resets(database: Database, account_id: str) -> list[ResetAudit]:
    """The account's resets, oldest first."""
    with database.session() as session:
        rows = session.scalars(select(PaperResetRecord)
                               .where(PaperResetRecord.account_id == account_id)
                               .order_by(PaperResetRecord.id)).all()
        return [ResetAudit(r.account_id, r.label, r.ts_ms, json.loads(r.balances_json),
                           r.canceled_orders, r.cleared_orders, r.cleared_fills) for r in rows]
