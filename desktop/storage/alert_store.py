"""Alert rules and their trigger history (tables alert_rules and alert_triggers). The engine
thread is the only writer; rules are stored in the one JSON shape of desktop.alerts.model.
A trigger's title and message are stored with desktop.core.messages.to_record (English first,
then the translatable form), so a reloaded history still reads in the UI's language."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterable

from sqlalchemy import delete, func, select, update

from desktop.alerts.model import (
    AlertRule,
    AlertTrigger,
    TriggerRecord,
    rule_from_dict,
    rule_to_dict,
)
from desktop.core.messages import from_record, to_record
from desktop.storage.db import Database
from desktop.storage.models import AlertRuleRecord, AlertTriggerRecord

HISTORY_KEEP = 5_000  # newest triggers kept; older ones go when new ones are written


def _now_ms() -> int:
    return int(time.time() * 1000)


class AlertStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    # -- rules -------------------------------------------------------------------------------
    def rules(self) -> list[AlertRule]:
        with self.database.session() as session:
            rows = session.scalars(select(AlertRuleRecord).order_by(
                AlertRuleRecord.created_ms, AlertRuleRecord.id)).all()
            return [rule_from_dict(json.loads(r.rule_json), i) for i, r in enumerate(rows)]

    def save_rules(self, rules: Iterable[AlertRule]) -> None:
        now = _now_ms()
        with self.database.session() as session:
            for rule in rules:
                row = session.get(AlertRuleRecord, rule.id)
                text = json.dumps(rule_to_dict(rule), allow_nan=False, sort_keys=True)
                if row is None:
                    session.add(AlertRuleRecord(id=rule.id, symbol=rule.symbol, rule_json=text,
                                                created_ms=rule.created_ms or now,
                                                updated_ms=now))
                else:
                    row.symbol, row.rule_json, row.updated_ms = rule.symbol, text, now

    def delete_rules(self, rule_ids: Iterable[str]) -> None:
        ids = list(rule_ids)
        with self.database.session() as session:
            session.execute(delete(AlertRuleRecord).where(AlertRuleRecord.id.in_(ids)))

    # -- triggers ----------------------------------------------------------------------------
    def add_triggers(self, triggers: Iterable[AlertTrigger]) -> None:
        with self.database.session() as session:
            for t in triggers:
                session.add(AlertTriggerRecord(
                    id=t.id[:32], rule_id=t.rule_id, symbol=t.symbol, time_ms=t.time_ms,
                    value=t.value if math.isfinite(t.value) else None, title=to_record(t.title),
                    message=to_record(t.message), severity=t.severity,
                    channels=",".join(t.channels)))
            count = session.scalar(select(func.count()).select_from(AlertTriggerRecord)) or 0
            if count > HISTORY_KEEP:
                cutoff = session.scalar(select(AlertTriggerRecord.time_ms).order_by(
                    AlertTriggerRecord.time_ms.desc()).offset(HISTORY_KEEP).limit(1))
                session.execute(delete(AlertTriggerRecord).where(
                    AlertTriggerRecord.time_ms <= cutoff))

    def triggers(self, limit: int = 500, rule_id: str | None = None) -> list[TriggerRecord]:
        """Newest first."""
        query = select(AlertTriggerRecord).order_by(AlertTriggerRecord.time_ms.desc()).limit(limit)
        if rule_id is not None:
            query = query.where(AlertTriggerRecord.rule_id == rule_id)
        with self.database.session() as session:
            return [TriggerRecord(AlertTrigger(
                id=r.id, rule_id=r.rule_id, symbol=r.symbol, time_ms=r.time_ms,
                value=math.nan if r.value is None else r.value, title=from_record(r.title),
                message=from_record(r.message), severity=r.severity,
                channels=tuple(c for c in r.channels.split(",") if c)), r.acknowledged)
                for r in session.scalars(query)]

    def acknowledge(self, trigger_ids: Iterable[str] | None) -> int:
        """Mark triggers read (None: all). Returns how many were unread."""
        query = update(AlertTriggerRecord).where(AlertTriggerRecord.acknowledged.is_(False))
        if trigger_ids is not None:
            query = query.where(AlertTriggerRecord.id.in_(list(trigger_ids)))
        with self.database.session() as session:
            return session.execute(query.values(acknowledged=True)).rowcount or 0

    def unread_count(self) -> int:
        with self.database.session() as session:
            return session.scalar(select(func.count()).select_from(AlertTriggerRecord).where(
                AlertTriggerRecord.acknowledged.is_(False))) or 0
