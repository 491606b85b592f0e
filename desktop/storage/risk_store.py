"""Risk limits (in the settings table, as JSON) and trading states with their breakers'
bookkeeping (the trading_states table). The engine thread is the only writer."""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field

from sqlalchemy import bindparam, insert, select, update

from desktop.core import PositionRules, RiskLimits, RiskStatus, TradingState
from desktop.core.messages import from_record, to_record
from desktop.log_redaction import redact
from desktop.storage.db import Database
from desktop.storage.models import Account, SettingRecord, TradingStateRecord

LIMITS_KEY = "risk.limits"  # + ".<account id>"; the bare key is the global default
RULES_KEY = "risk.rules"
# The state's statements, built once (see journal.py: a statement built per call cost more
# than SQLite's work); values come as parameters.
_STATES = TradingStateRecord.__table__
_ACCOUNT_EXISTS = select(Account.id).where(Account.id == bindparam("account"))
_UPDATE_STATE = update(_STATES).where(_STATES.c.account_id == bindparam("account"))
_INSERT_STATE = insert(_STATES)


@dataclass(slots=True)
class StoredRisk:
    status: RiskStatus
    code: str = ""
    day_start_ms: int = 0
    day_start_equity: float = math.nan
    peak_equity: float = math.nan
    loss_streak: int = 0
    open_trades: dict[str, float] = field(default_factory=dict)


def _key(base: str, account: str) -> str:
    return f"{base}.{account}" if account else base


class RiskStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    # -- limits and rules (settings rows) -------------------------------------------------
    def all_limits(self) -> dict[str, RiskLimits]:
        """Every stored limit set: "" is the global default, the rest are accounts'."""
        out: dict[str, RiskLimits] = {}
        with self.database.session() as session:
            rows = session.scalars(select(SettingRecord).where(
                SettingRecord.key.startswith(LIMITS_KEY)))
            for row in rows:
                account = row.key[len(LIMITS_KEY) + 1:] if row.key != LIMITS_KEY else ""
                out[account] = RiskLimits.from_dict(json.loads(row.value_json))
        return out

    def save_limits(self, account: str, limits: RiskLimits | None) -> None:
        self._save(_key(LIMITS_KEY, account), None if limits is None else limits.to_dict())

    def rules(self, account: str) -> PositionRules | None:
        with self.database.session() as session:
            row = session.get(SettingRecord, _key(RULES_KEY, account))
            return None if row is None else PositionRules.from_dict(json.loads(row.value_json))

    def save_rules(self, account: str, rules: PositionRules | None) -> None:
        self._save(_key(RULES_KEY, account), None if rules is None else rules.to_dict())

    def _save(self, key: str, value: dict | None) -> None:
        with self.database.session() as session:
            row = session.get(SettingRecord, key)
            if value is None:
                if row is not None:
                    session.delete(row)
                return
            text = json.dumps(value, allow_nan=False, sort_keys=True)
            if row is None:
                session.add(SettingRecord(key=key, value_json=text))
            else:
                row.value_json = text

    # -- states ------------------------------------------------------------------------------
    def states(self) -> list[StoredRisk]:
        with self.database.session() as session:
            rows = session.scalars(select(TradingStateRecord)).all()
            return [StoredRisk(
                RiskStatus(r.account_id, TradingState(r.state), from_record(r.reason),
                           r.resumes_at_ms),
                r.code, r.day_start_ms,
                math.nan if r.day_start_equity is None else r.day_start_equity,
                math.nan if r.peak_equity is None else r.peak_equity, r.loss_streak,
                json.loads(r.open_trades_json or "{}")) for r in rows]

    def save(self, stored: StoredRisk) -> None:
        # Plain statements, not the ORM: a bot's every round trip saves the loss streak, and
        # the ORM's unit of work cost several times the SQL.
        account = stored.status.account
        values = dict(
            state=str(stored.status.state), code=stored.code,
            reason=redact(to_record(stored.status.reason or "")),
            resumes_at_ms=stored.status.resumes_at_ms, updated_ms=int(time.time() * 1000),
            day_start_ms=stored.day_start_ms, day_start_equity=_finite(stored.day_start_equity),
            peak_equity=_finite(stored.peak_equity), loss_streak=stored.loss_streak,
            open_trades_json=json.dumps(stored.open_trades, allow_nan=False))
        with self.database.transaction() as connection:
            if connection.scalar(_ACCOUNT_EXISTS, {"account": account}) is None:
                return  # removed meanwhile: nothing to keep
            saved = connection.execute(_UPDATE_STATE, {"account": account, **values})
            if saved.rowcount == 0:
                connection.execute(_INSERT_STATE, {"account_id": account, **values})


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
