"""Bots in the database: their spec, state and what they must remember across a restart."""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import select

from desktop.core.bots import BotSpec, BotState
from desktop.storage.db import Database
from desktop.storage.models import BotRecord


def now_ms() -> int:
    return int(time.time() * 1000)


def spec_to_json(spec: BotSpec) -> str:
    return json.dumps({
        "strategy": spec.strategy, "account_id": spec.account_id,
        "symbols": list(spec.symbols), "timeframe": spec.timeframe, "params": spec.params,
        "sizing": spec.sizing, "name": spec.name, "allow_short": spec.allow_short,
        "strategies_dir": spec.strategies_dir,
    }, sort_keys=True, allow_nan=False)


def spec_from_json(text: str) -> BotSpec:
    data = json.loads(text)
    known = set(BotSpec.__slots__)
    data = {k: v for k, v in data.items() if k in known}
    data["symbols"] = tuple(data.get("symbols", ()))
    return BotSpec(**data)


class BotStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    def add(self, bot_id: str, spec: BotSpec, state: BotState) -> int:
        ts = now_ms()
        with self.database.session() as session:
            session.add(BotRecord(id=bot_id, account_id=spec.account_id,
                                  spec_json=spec_to_json(spec), state=str(state),
                                  state_json="{}", error="", created_ms=ts, updated_ms=ts))
        return ts

    def all(self) -> list[tuple[str, BotSpec, BotState, dict[str, Any], str, int]]:
        """(id, spec, state, memory, error, created_ms) of every bot, oldest first."""
        with self.database.session() as session:
            rows = session.scalars(select(BotRecord).order_by(BotRecord.created_ms,
                                                              BotRecord.id)).all()
            return [(r.id, spec_from_json(r.spec_json), BotState(r.state),
                     json.loads(r.state_json or "{}"), r.error, r.created_ms) for r in rows]

    def save(self, bot_id: str, *, spec: BotSpec | None = None, state: BotState | None = None,
             memory: dict[str, Any] | None = None, error: str | None = None) -> None:
        with self.database.session() as session:
            row = session.get(BotRecord, bot_id)
            if row is None:
                return  # deleted meanwhile
            if spec is not None:
                row.spec_json = spec_to_json(spec)
            if state is not None:
                row.state = str(state)
            if memory is not None:
                row.state_json = json.dumps(memory, sort_keys=True, allow_nan=False)
            if error is not None:
                row.error = error
            row.updated_ms = now_ms()

    def delete(self, bot_id: str) -> None:
        with self.database.session() as session:
            row = session.get(BotRecord, bot_id)
            if row is not None:
                session.delete(row)
