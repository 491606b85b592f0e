"""The outbox table: one row per (trigger, channel), committed before anything is sent.

Every method commits before it returns (the engine thread is the only writer), so what a row
says survives a SIGKILL the next instant: a row is marked `sending` and committed before its
request leaves, which is what lets a restart tell "maybe sent" from "never tried".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update

from desktop.core.alert_delivery import (
    FAILED,
    PENDING,
    SENDING,
    SENT,
    DeliveryMessage,
    DeliveryStatus,
)
from desktop.core.messages import from_record, to_record
from desktop.storage.db import Database
from desktop.storage.models import AlertOutboxRecord as Row


@dataclass(slots=True, frozen=True)
class OutboxItem:
    """A row as the sender needs it."""

    id: int
    trigger_id: str
    channel: str
    title: str
    body: str
    severity: str
    symbol: str
    rule_id: str
    created_ms: int
    attempts: int


class OutboxStore:
    def __init__(self, database: Database) -> None:
        self.database = database

    def add(self, messages: list[DeliveryMessage], now_ms: int) -> list[DeliveryStatus]:
        """A pending row per message and channel not already holding that trigger (a second
        submit of the same trigger is a no-op: never twice), all in one transaction (one disk
        sync for a burst). Returns the rows it created."""
        rows: list[dict] = []
        with self.database.session() as session:
            ids = list({m.trigger_id for m in messages})
            have = {(t, c) for t, c in session.execute(select(Row.trigger_id, Row.channel)
                                                       .where(Row.trigger_id.in_(ids)))}
            for message in messages:
                for channel in dict.fromkeys(message.channels):
                    if (message.trigger_id, channel) in have:
                        continue
                    have.add((message.trigger_id, channel))
                    rows.append({
                        "trigger_id": message.trigger_id, "channel": channel,
                        "rule_id": message.rule_id, "symbol": message.symbol,
                        "severity": message.severity, "title": to_record(message.title),
                        "body": to_record(message.body), "created_ms": message.time_ms or now_ms,
                        "state": PENDING, "attempts": 0, "next_attempt_ms": now_ms,
                        "last_error": ""})
            if rows:  # one multi-row INSERT: a burst of triggers costs one statement
                session.execute(insert(Row), rows)
        return [DeliveryStatus(r["trigger_id"], r["channel"], PENDING, 0, "", now_ms)
                for r in rows]

    def recover(self, idempotent: Callable[[str], bool],
                interrupted: Callable[[str], str]) -> list[DeliveryStatus]:
        """After a restart: rows left `sending` were maybe sent. A channel whose requests carry
        an idempotency key gets them again (the receiver drops a repeat); any other channel
        cannot tell, so the row is failed with that reason instead of risking a duplicate."""
        changed: list[DeliveryStatus] = []
        with self.database.session() as session:
            rows = session.scalars(select(Row).where(Row.state == SENDING)).all()
            for row in rows:
                if idempotent(row.channel):
                    row.state, row.folded_into = PENDING, None
                else:
                    row.state, row.last_error = FAILED, interrupted(row.channel)
            session.flush()
            heads = self._heads(session, rows)
            changed = [_status(row, heads.get(row.folded_into, "")) for row in rows]
        return changed

    def last_outcomes(self) -> dict[str, DeliveryStatus]:
        """The latest sent or failed delivery of each channel (how it stood at the last run)."""
        with self.database.session() as session:
            latest = select(func.max(Row.id)).where(Row.state.in_((SENT, FAILED))).group_by(
                Row.channel)
            rows = session.scalars(select(Row).where(Row.id.in_(latest))).all()
            return {row.channel: _status(row, "") for row in rows}

    def channels_with_work(self) -> list[str]:
        with self.database.session() as session:
            return list(session.scalars(select(Row.channel).where(
                Row.state == PENDING).distinct()))

    def due(self, channel: str, now_ms: int, limit: int = 200) -> list[OutboxItem]:
        with self.database.session() as session:
            rows = session.scalars(select(Row).where(
                Row.channel == channel, Row.state == PENDING, Row.next_attempt_ms <= now_ms,
            ).order_by(Row.id).limit(limit)).all()
            return [_item(row) for row in rows]

    def next_due_ms(self, channel: str) -> int | None:
        with self.database.session() as session:
            return session.scalar(select(func.min(Row.next_attempt_ms)).where(
                Row.channel == channel, Row.state == PENDING))

    def mark_sending(self, items: list[OutboxItem]) -> list[DeliveryStatus]:
        """Committed before the request goes out. The first item carries the message; the
        others are folded into it."""
        head = items[0]
        return self._set(items, state=SENDING, folded_into=None,
                         folded=[(i.id, head.id) for i in items[1:]])

    def mark_sent(self, items: list[OutboxItem], now_ms: int,
                  note: str = "") -> list[DeliveryStatus]:
        return self._set(items, state=SENT, sent_ms=now_ms, last_error=note,
                         attempts_plus=1)

    def mark_retry(self, items: list[OutboxItem], error: str,
                   next_attempt_ms: int) -> list[DeliveryStatus]:
        return self._set(items, state=PENDING, last_error=error, attempts_plus=1,
                         next_attempt_ms=next_attempt_ms, folded_into=None)

    def mark_failed(self, items: list[OutboxItem], error: str) -> list[DeliveryStatus]:
        return self._set(items, state=FAILED, last_error=error, attempts_plus=1)

    def hold(self, channel: str, until_ms: int) -> None:
        """A retry-after pauses every pending row of the channel, so after a restart the
        service's wait is still honoured."""
        with self.database.session() as session:
            session.execute(update(Row).where(
                Row.channel == channel, Row.state == PENDING, Row.next_attempt_ms < until_ms,
            ).values(next_attempt_ms=until_ms))

    def statuses(self, trigger_ids: Iterable[str] | None = None) -> list[DeliveryStatus]:
        with self.database.session() as session:
            query = select(Row).order_by(Row.id)
            if trigger_ids is not None:
                query = query.where(Row.trigger_id.in_(list(trigger_ids)))
            rows = session.scalars(query).all()
            heads = self._heads(session, rows)
            return [_status(row, heads.get(row.folded_into, "")) for row in rows]

    def _set(self, items: list[OutboxItem], *, attempts_plus: int = 0,
             folded: list[tuple[int, int]] | None = None, **values) -> list[DeliveryStatus]:
        ids = [i.id for i in items]
        with self.database.session() as session:
            rows = session.scalars(select(Row).where(Row.id.in_(ids)).order_by(Row.id)).all()
            folded_map = dict(folded or [])
            for row in rows:
                for name, value in values.items():
                    setattr(row, name, value)
                row.attempts += attempts_plus
                if row.id in folded_map:
                    row.folded_into = folded_map[row.id]
            session.flush()
            heads = self._heads(session, rows)
            return [_status(row, heads.get(row.folded_into, "")) for row in rows]

    @staticmethod
    def _heads(session, rows) -> dict[int, str]:
        ids = {row.folded_into for row in rows if row.folded_into is not None}
        if not ids:
            return {}
        return dict(session.execute(select(Row.id, Row.trigger_id).where(Row.id.in_(ids))).all())


def _item(row: Row) -> OutboxItem:
    return OutboxItem(row.id, row.trigger_id, row.channel, from_record(row.title),
                      from_record(row.body), row.severity,
                      row.symbol, row.rule_id, row.created_ms, row.attempts)


def _status(row: Row, folded_into: str) -> DeliveryStatus:
    return DeliveryStatus(row.trigger_id, row.channel, row.state, row.attempts,
                          row.last_error, row.next_attempt_ms, row.sent_ms, folded_into)


__all__ = ["FAILED", "PENDING", "SENDING", "SENT", "OutboxItem", "OutboxStore"]
