"""Orders that work only while the engine runs, kept in the database to resume after a restart.

One store per account and owner ("engine": emulated groups, "paper": the paper venue's book).
The engine thread is the only writer; each call commits before it returns, so what `save` wrote
survives a SIGKILL the next instant. `save` skips a write when the state did not change, so a
caller may offer its state as often as it likes; `save_many` writes several in one transaction
(one disk sync, the cost that matters: benchmarks/working_orders.py).
"""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import delete, select

from desktop.storage.db import Database
from desktop.storage.models import WorkingOrderState

ENGINE = "engine"
PAPER = "paper"


class WorkingOrderStore:
    def __init__(self, database: Database, account_id: str, owner: str) -> None:
        self.database = database
        self.account_id = account_id
        self.owner = owner
        self._written: dict[str, str] = {}  # order id -> the JSON on disk

    def load(self) -> dict[str, str]:
        """order id -> stored JSON text (the owner parses it and says what it cannot read)."""
        with self.database.session() as session:
            rows = session.scalars(select(WorkingOrderState).where(
                WorkingOrderState.account_id == self.account_id,
                WorkingOrderState.owner == self.owner)).all()
            found = {row.order_id: row.state_json for row in rows}
        self._written.update(found)
        return found

    def save(self, order_id: str, state: dict[str, Any]) -> bool:
        """Store `state` (JSON-able); False when it equals what is stored already."""
        text = json.dumps(state, sort_keys=True, allow_nan=False)
        if self._written.get(order_id) == text:
            return False
        with self.database.session() as session:
            row = session.get(WorkingOrderState, (self.account_id, order_id))
            if row is None:
                session.add(WorkingOrderState(account_id=self.account_id, order_id=order_id,
                                              owner=self.owner, state_json=text,
                                              updated_ms=_now_ms()))
            else:
                row.state_json, row.updated_ms = text, _now_ms()
        self._written[order_id] = text
        return True

    def save_many(self, states: dict[str, dict[str, Any]]) -> None:
        """Store several states in one transaction (one disk sync); unchanged ones skipped."""
        texts = {i: json.dumps(s, sort_keys=True, allow_nan=False) for i, s in states.items()}
        changed = {i: t for i, t in texts.items() if self._written.get(i) != t}
        if not changed:
            return
        now = _now_ms()
        with self.database.session() as session:
            for order_id, text in changed.items():
                row = session.get(WorkingOrderState, (self.account_id, order_id))
                if row is None:
                    session.add(WorkingOrderState(account_id=self.account_id,
                                                  order_id=order_id, owner=self.owner,
                                                  state_json=text, updated_ms=now))
                else:
                    row.state_json, row.updated_ms = text, now
        self._written.update(changed)

    def forget(self, order_id: str) -> None:
        if order_id not in self._written:
            return
        with self.database.session() as session:
            session.execute(delete(WorkingOrderState).where(
                WorkingOrderState.account_id == self.account_id,
                WorkingOrderState.order_id == order_id))
        self._written.pop(order_id, None)

    def keep_only(self, states: dict[str, dict[str, Any]]) -> None:
        """Make the stored set exactly `states`."""
        for order_id in [i for i in self._written if i not in states]:
            self.forget(order_id)
        self.save_many(states)


def _now_ms() -> int:
    return int(time.time() * 1000)
