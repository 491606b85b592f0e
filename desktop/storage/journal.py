"""The order journal: orders, fills, position and equity snapshots, engine settings.

The engine thread is the only writer. Every `record_*` / `mark_*` / `snapshot_*` / `set_*`
call commits its own transaction before it returns, so `record_new` is on disk (SQLite:
synchronous=FULL in WAL mode) before the caller sends anything to a venue.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from desktop.core import (
    Fill,
    Order,
    OrderAttention,
    OrderRequest,
    OrderStatus,
    OrderType,
    Position,
    PregaoError,
    Side,
    TimeInForce,
)
from desktop.core.messages import from_record, marker, to_record
from desktop.log_redaction import redact
from desktop.storage.db import Database
from desktop.storage.models import (
    Account,
    EquitySnapshot,
    FillCursor,
    FillRecord,
    OrderRecord,
    PositionSnapshot,
    SettingRecord,
)

_t = marker("Orders")

OPEN_STATUSES = tuple(s.value for s in OrderStatus if not s.is_final)
# How far an order has come; an update never moves an order to a lower rank (a late REST poll
# must not turn an acknowledged order back into "pending", nor a filled one back to "open").
_RANK = {OrderStatus.PENDING: 0, OrderStatus.OPEN: 1, OrderStatus.PARTIALLY_FILLED: 2}
_FINAL_RANK = 3
# Orders the venue knows without our client order id (placed on the exchange's website and
# adopted at reconciliation) are journaled under this prefix + the venue's order id.
ADOPTED_PREFIX = "venue:"
_IN_CHUNK = 500  # ids per IN (...) query: SQLite limits bound parameters
# The per-order writes (record_new, mark_submitted, record_order, record_fill) run as plain
# statements on these tables: the ORM's unit of work cost several times the SQL and commit.
_ORDERS = OrderRecord.__table__
_FILLS = FillRecord.__table__
# ... built once: a statement made per call cost more Python (its expression, then its cache
# key to find the compiled SQL) than SQLite took to run it. Values come as parameters; an
# UPDATE without .values() sets the columns named in its parameters.
_ORDER_ID = select(_ORDERS.c.id).where(_ORDERS.c.client_order_id == bindparam("cid"))
_ORDER_ROW = select(_ORDERS).where(_ORDERS.c.client_order_id == bindparam("cid"))
_INSERT_ORDER = insert(_ORDERS)
_UPDATE_ORDER = update(_ORDERS).where(_ORDERS.c.id == bindparam("row_id"))
_UPDATE_BY_CLIENT_ID = update(_ORDERS).where(_ORDERS.c.client_order_id == bindparam("cid"))
_FILL_ID = select(_FILLS.c.id).where(_FILLS.c.account_id == bindparam("aid"),
                                     _FILLS.c.venue_fill_id == bindparam("fid"))
_INSERT_FILL = insert(_FILLS)


def now_ms() -> int:
    return int(time.time() * 1000)


def _rank(status: OrderStatus) -> int:
    return _FINAL_RANK if status.is_final else _RANK[status]


_REQUEST_FIELDS = tuple(f.name for f in fields(OrderRequest))


def request_to_json(request: OrderRequest) -> str:
    # Its fields are all plain values: asdict's recursive deep copy made no difference to the
    # text and cost more than the journal's SQL.
    values = {name: getattr(request, name) for name in _REQUEST_FIELDS}
    return json.dumps(values, sort_keys=True, allow_nan=False, default=str)


def request_from_json(text: str) -> OrderRequest:
    data = json.loads(text)
    known = {f.name for f in fields(OrderRequest)}
    data = {k: v for k, v in data.items() if k in known}
    data["side"] = Side(data["side"])
    data["type"] = OrderType(data["type"])
    data["time_in_force"] = TimeInForce(data.get("time_in_force", TimeInForce.GTC))
    return OrderRequest(**data)


class Journal:
    """Orders, fills and snapshots of every account in one database (`Database`)."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- orders -----------------------------------------------------------------------------
    def record_new(self, account_id: str, request: OrderRequest, client_order_id: str) -> None:
        """Journal an order about to be sent: status pending, not submitted. Committed when
        this returns. A client order id already in the journal is refused (it would make two
        orders one)."""
        if not client_order_id:
            raise ValueError("record_new needs the client order id the venue will receive")
        ts = now_ms()
        with self.database.transaction() as connection:
            taken = connection.scalar(_ORDER_ID, {"cid": client_order_id})
            if taken is not None:
                raise PregaoError(_t("The client order id {client_order_id} is already in the "
                                     "journal; an order needs a new one.",
                                     client_order_id=client_order_id))
            connection.execute(_INSERT_ORDER, dict(
                account_id=account_id, client_order_id=client_order_id, venue_order_id=None,
                symbol=request.symbol, side=str(request.side), type=str(request.type),
                status=str(OrderStatus.PENDING), amount=float(request.amount), filled=0.0,
                price=request.price, stop_price=request.stop_price, average=None, fee=0.0,
                fee_currency="", time_in_force=str(request.time_in_force),
                reduce_only=request.reduce_only, emulated=False, parent_client_order_id=None,
                request_json=request_to_json(request), reason="", created_ms=ts,
                updated_ms=ts, submitted=False, bot_id=request.bot_id))

    def mark_submitted(self, client_order_id: str) -> None:
        """The send is being attempted: from now on the venue may know the order, so a
        restart must ask the venue before sending it again."""
        with self.database.transaction() as connection:
            marked = connection.execute(_UPDATE_BY_CLIENT_ID, {
                "cid": client_order_id, "submitted": True, "updated_ms": now_ms()})
            if marked.rowcount == 0:
                raise PregaoError(_t("No journaled order has the client order id "
                                     "{client_order_id}.",
                                     client_order_id=client_order_id))

    def mark_signed(self, client_order_id: str, deadline_ms: int) -> None:
        """A request for this order was signed: until `deadline_ms` (local clock) the exchange
        may still receive and accept it, so no lookup before then proves it never arrived."""
        with self.database.session() as session:
            row = self._by_client_id(session, client_order_id)
            if row is not None:
                row.send_deadline_ms = max(deadline_ms, row.send_deadline_ms or 0)

    def send_deadline_ms(self, client_order_id: str) -> int | None:
        with self.database.session() as session:
            row = self._by_client_id(session, client_order_id)
            return None if row is None else row.send_deadline_ms

    def set_aside(self, client_order_id: str, reason: str) -> None:
        """The exchange cannot be asked about this order: keep it, say why, stop asking."""
        with self.database.session() as session:
            row = self._by_client_id(session, client_order_id)
            if row is not None:
                row.set_aside = True
                row.reason = reason
                row.updated_ms = now_ms()

    def set_aside_ids(self, account_id: str) -> set[str]:
        with self.database.session() as session:
            return set(session.scalars(select(OrderRecord.client_order_id).where(
                OrderRecord.account_id == account_id, OrderRecord.set_aside.is_(True))))

    def record_order(self, account_id: str, order: Order, reopen: bool = False) -> None:
        """Store the venue's view of an order (insert or update by client order id). A final
        status is never moved back, an order never goes back to an earlier status, and its
        filled amount never shrinks — except `reopen`: the exchange shows working an order
        this app had closed without it (declared never arrived), and the exchange is right."""
        client_id = order.client_order_id or f"{ADOPTED_PREFIX}{order.id}"
        with self.database.transaction() as connection:
            found = connection.execute(_ORDER_ROW, {"cid": client_id}).mappings().first()
            if found is None:
                ts = order.created_ts or now_ms()
                row = _RowValues(account_id=account_id, client_order_id=client_id,
                                 request_json="", created_ms=ts, filled=0.0, fee=0.0,
                                 fee_currency="", status=str(order.status),
                                 reason=order.reason, submitted=False,
                                 bot_id=order.bot_id or self._parent_bot(connection, order))
            else:
                row = _RowValues(**found)
                if reopen:
                    row.status = str(order.status)
                    row.reason = order.reason
            self._apply(row, order)  # type: ignore[arg-type]
            if found is None:  # unset (None) columns take their defaults, as with the ORM
                connection.execute(_INSERT_ORDER, {
                    k: v for k, v in row.written.items() if v is not None})
            else:
                changed = {k: v for k, v in row.written.items() if found[k] != v}
                if changed:
                    connection.execute(_UPDATE_ORDER, {"row_id": found["id"], **changed})

    @staticmethod
    def _parent_bot(session, order: Order) -> str:
        """A leg of an OCO or bracket belongs to the bot that placed its parent (venues name
        the parent by their own order id or by the client order id)."""
        if not order.parent_id:
            return ""
        found = session.scalar(select(OrderRecord.bot_id).where(
            (OrderRecord.client_order_id == order.parent_id)
            | (OrderRecord.venue_order_id == order.parent_id)).limit(1))
        return found or ""

    @staticmethod
    def _apply(row: OrderRecord, order: Order) -> None:
        old = OrderStatus(row.status)
        new = order.status
        moves_on = _rank(new) > _rank(old) or (
            not old.is_final and _rank(new) == _rank(old)) or (
            old.is_final and new.is_final and order.filled > row.filled)
        if moves_on:
            row.status = str(new)
            row.reason = order.reason or row.reason
            row.reason_code = order.reason_code or row.reason_code
        elif new is old and order.reason and not row.reason:
            # The exchange's cancel report may arrive before ours; our reason ("Replaced by
            # order …") must not be lost for arriving second at the same final status.
            row.reason = order.reason
        if order.filled >= row.filled:
            row.filled = order.filled
            if order.average is not None:
                row.average = order.average
            row.fee = order.fee
            row.fee_currency = order.fee_currency or row.fee_currency
        row.venue_order_id = order.id or row.venue_order_id
        row.symbol = order.symbol
        row.side = str(order.side)
        row.type = str(order.type)
        row.amount = float(order.amount)
        row.price = order.price
        row.stop_price = order.stop_price
        row.time_in_force = str(order.time_in_force)
        row.reduce_only = order.reduce_only
        row.emulated = order.emulated
        row.parent_client_order_id = order.parent_id or row.parent_client_order_id
        row.bot_id = order.bot_id or row.bot_id
        # The venue knows it, or it got past the point where it could: it was submitted.
        if order.id or new is not OrderStatus.PENDING:
            row.submitted = True
        row.updated_ms = max(order.updated_ts or now_ms(), row.created_ms)

    def order(self, client_order_id: str) -> Order | None:
        with self.database.session() as session:
            found = session.execute(self._orders_query().where(
                OrderRecord.client_order_id == client_order_id)).first()
            return _order(*found) if found is not None else None

    def request(self, client_order_id: str) -> OrderRequest | None:
        """The request as journaled by `record_new` (None for adopted orders)."""
        with self.database.session() as session:
            row = self._by_client_id(session, client_order_id)
            if row is None or not row.request_json:
                return None
            return request_from_json(row.request_json)

    def is_submitted(self, client_order_id: str) -> bool:
        with self.database.session() as session:
            row = self._by_client_id(session, client_order_id)
            return bool(row is not None and row.submitted)

    def open_orders(self, account_id: str | None = None) -> list[Order]:
        """Orders not in a final state (pending ones too: reconciliation asks the venue about
        them), oldest first."""
        query = self._orders_query().where(OrderRecord.status.in_(OPEN_STATUSES))
        if account_id is not None:
            query = query.where(OrderRecord.account_id == account_id)
        query = query.order_by(OrderRecord.created_ms, OrderRecord.id)
        with self.database.session() as session:
            return [_order(*found) for found in session.execute(query)]

    def orders(self, account_id: str | None = None, limit: int = 500) -> list[Order]:
        """The newest `limit` orders, newest first."""
        query = self._orders_query()
        if account_id is not None:
            query = query.where(OrderRecord.account_id == account_id)
        query = query.order_by(OrderRecord.created_ms.desc(), OrderRecord.id.desc()).limit(limit)
        with self.database.session() as session:
            return [_order(*found) for found in session.execute(query)]

    def bot_orders(self, bot_id: str, open_only: bool = False) -> list[Order]:
        """Every order a bot placed (legs of its OCO/bracket orders included), oldest first."""
        query = self._orders_query().where(OrderRecord.bot_id == bot_id)
        if open_only:
            query = query.where(OrderRecord.status.in_(OPEN_STATUSES))
        query = query.order_by(OrderRecord.created_ms, OrderRecord.id)
        with self.database.session() as session:
            return [_order(*found) for found in session.execute(query)]

    def bot_fills(self, bot_id: str) -> list[Fill]:
        """The fills of a bot's orders, in time order (its own position is booked from them)."""
        owned = select(OrderRecord.client_order_id).where(OrderRecord.bot_id == bot_id)
        query = select(FillRecord, Account.label).join(
            Account, Account.id == FillRecord.account_id).where(
            FillRecord.client_order_id.in_(owned)).order_by(FillRecord.ts_ms, FillRecord.id)
        with self.database.session() as session:
            return [_fill(*row) for row in session.execute(query)]

    @staticmethod
    def _orders_query():
        # The account's label is what venues stamp on records as `venue`.
        return select(OrderRecord, Account.label).join(
            Account, Account.id == OrderRecord.account_id)

    @staticmethod
    def _by_client_id(session, client_order_id: str) -> OrderRecord | None:
        return session.scalars(select(OrderRecord).where(
            OrderRecord.client_order_id == client_order_id)).first()

    # -- fills ------------------------------------------------------------------------------
    def record_fill(self, account_id: str, fill: Fill) -> bool:
        """Store a fill; False (and nothing written) if this account already has it."""
        fill_id = fill.id or _synthetic_fill_id(fill)
        with self.database.transaction() as connection:
            known = connection.scalar(_FILL_ID, {"aid": account_id, "fid": fill_id})
            if known is not None:
                return False
            connection.execute(_INSERT_FILL, _fill_values(account_id, fill_id, fill))
        return True

    def record_fills(self, account_id: str, fills: list[Fill]) -> list[Fill]:
        """Store many fills in one transaction; returns those the account did not have yet.
        All or none: an error leaves the journal as it was."""
        keyed = {f.id or _synthetic_fill_id(f): f for f in fills}
        with self.database.session() as session:
            known: set[str] = set()
            names = list(keyed)
            for start in range(0, len(names), _IN_CHUNK):
                known.update(session.scalars(select(FillRecord.venue_fill_id).where(
                    FillRecord.account_id == account_id,
                    FillRecord.venue_fill_id.in_(names[start:start + _IN_CHUNK]))))
            new = [(key, fill) for key, fill in keyed.items() if key not in known]
            session.add_all(_fill_record(account_id, key, fill) for key, fill in new)
        return [fill for _, fill in new]

    def client_ids_of(self, account_id: str, venue_order_ids: set[str]) -> dict[str, str]:
        """Venue order id -> client order id, for those the journal has."""
        names = sorted(i for i in venue_order_ids if i)
        found: dict[str, str] = {}
        with self.database.session() as session:
            for start in range(0, len(names), _IN_CHUNK):
                found.update(session.execute(select(
                    OrderRecord.venue_order_id, OrderRecord.client_order_id).where(
                    OrderRecord.account_id == account_id,
                    OrderRecord.venue_order_id.in_(names[start:start + _IN_CHUNK]))).all())
        return found

    def fills(self, account_id: str | None = None, since_ms: int | None = None,
              limit: int = 1000) -> list[Fill]:
        """Fills in time order. With `since_ms`: the first `limit` at or after it (for
        replaying them into positions); without: the newest `limit`."""
        query = select(FillRecord, Account.label).join(
            Account, Account.id == FillRecord.account_id)
        if account_id is not None:
            query = query.where(FillRecord.account_id == account_id)
        if since_ms is not None:
            query = query.where(FillRecord.ts_ms >= since_ms).order_by(
                FillRecord.ts_ms, FillRecord.id).limit(limit)
        else:
            query = query.order_by(FillRecord.ts_ms.desc(), FillRecord.id.desc()).limit(limit)
        with self.database.session() as session:
            found = [_fill(*row) for row in session.execute(query)]
        return found if since_ms is not None else found[::-1]

    def last_fill_ms(self, account_id: str) -> int | None:
        """When the newest journaled fill of the account happened (fetch newer ones from it)."""
        with self.database.session() as session:
            return session.scalar(select(func.max(FillRecord.ts_ms)).where(
                FillRecord.account_id == account_id))

    def fill_cursor(self, account_id: str, symbol: str) -> tuple[int, str] | None:
        """(ts_ms, trade id) of the newest fill up to which the symbol has no gap, or None."""
        with self.database.session() as session:
            row = session.get(FillCursor, (account_id, symbol))
            return None if row is None else (row.ts_ms, row.trade_id)

    def fill_cursor_symbols(self, account_id: str) -> set[str]:
        with self.database.session() as session:
            return set(session.scalars(select(FillCursor.symbol).where(
                FillCursor.account_id == account_id)))

    def advance_fill_cursor(self, account_id: str, symbol: str, ts_ms: int,
                            trade_id: str) -> None:
        """Move the cursor forward (never back): every fill up to `ts_ms` is journaled."""
        with self.database.session() as session:
            row = session.get(FillCursor, (account_id, symbol))
            if row is None:
                session.add(FillCursor(account_id=account_id, symbol=symbol, ts_ms=int(ts_ms),
                                       trade_id=trade_id))
            elif ts_ms >= row.ts_ms:
                row.ts_ms, row.trade_id = int(ts_ms), trade_id

    # -- snapshots --------------------------------------------------------------------------
    def snapshot_positions(self, account_id: str, positions: Iterable[Position],
                           ts_ms: int | None = None) -> None:
        ts = ts_ms if ts_ms is not None else now_ms()
        with self.database.session() as session:
            session.add_all(PositionSnapshot(
                account_id=account_id, symbol=p.symbol, amount=float(p.amount),
                entry_price=float(p.entry_price), realized_pnl=float(p.realized_pnl),
                fees=float(p.fees), ts_ms=ts,
                mark_price=None if math.isnan(p.mark_price) else float(p.mark_price))
                for p in positions)

    def latest_positions(self, account_id: str) -> list[Position]:
        """The newest snapshot of each symbol of the account (what to resume from)."""
        newest = select(PositionSnapshot.symbol, func.max(PositionSnapshot.id).label("id")) \
            .where(PositionSnapshot.account_id == account_id) \
            .group_by(PositionSnapshot.symbol).subquery()
        query = select(PositionSnapshot, Account.label) \
            .join(newest, newest.c.id == PositionSnapshot.id) \
            .join(Account, Account.id == PositionSnapshot.account_id) \
            .order_by(PositionSnapshot.symbol)
        with self.database.session() as session:
            return [Position(
                symbol=row.symbol, amount=row.amount, entry_price=row.entry_price,
                mark_price=math.nan if row.mark_price is None else row.mark_price,
                realized_pnl=row.realized_pnl, fees=row.fees, venue=label,
                account=row.account_id) for row, label in session.execute(query)]

    def snapshot_equity(self, account_id: str, equity: float, cash: float,
                        ts_ms: int | None = None) -> None:
        with self.database.session() as session:
            session.add(EquitySnapshot(account_id=account_id, equity=float(equity),
                                       cash=float(cash),
                                       ts_ms=ts_ms if ts_ms is not None else now_ms()))

    def equity_history(self, account_id: str,
                       since_ms: int | None = None) -> list[tuple[int, float, float]]:
        """(ts_ms, equity, cash) in time order."""
        query = select(EquitySnapshot.ts_ms, EquitySnapshot.equity, EquitySnapshot.cash) \
            .where(EquitySnapshot.account_id == account_id)
        if since_ms is not None:
            query = query.where(EquitySnapshot.ts_ms >= since_ms)
        query = query.order_by(EquitySnapshot.ts_ms, EquitySnapshot.id)
        with self.database.session() as session:
            return [(ts, equity, cash) for ts, equity, cash in session.execute(query)]

    # -- settings ---------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.database.session() as session:
            row = session.get(SettingRecord, key)
            return default if row is None else json.loads(row.value_json)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value (NaN and infinities are refused)."""
        text = json.dumps(value, allow_nan=False, sort_keys=True)
        with self.database.session() as session:
            row = session.get(SettingRecord, key)
            if row is None:
                session.add(SettingRecord(key=key, value_json=text))
            else:
                row.value_json = text


def _order(row: OrderRecord, venue: str) -> Order:
    return Order(
        id=row.venue_order_id or "", client_order_id=row.client_order_id, symbol=row.symbol,
        side=Side(row.side), type=OrderType(row.type), status=OrderStatus(row.status),
        amount=row.amount, filled=row.filled, price=row.price, stop_price=row.stop_price,
        average=row.average, fee=row.fee, fee_currency=row.fee_currency,
        created_ts=row.created_ms, updated_ts=row.updated_ms,
        time_in_force=TimeInForce(row.time_in_force), reduce_only=row.reduce_only,
        emulated=row.emulated, parent_id=row.parent_client_order_id or "", venue=venue,
        account=row.account_id, reason=from_record(row.reason), reason_code=row.reason_code or "",
        attention=_attention(row), bot_id=row.bot_id or "")


def _attention(row: OrderRecord) -> OrderAttention:
    if row.set_aside:
        return OrderAttention.SET_ASIDE
    if row.status == OrderStatus.PENDING and row.submitted:  # sent, no answer recorded
        return OrderAttention.CHECKING
    return OrderAttention.NONE


def _fill(row: FillRecord, venue: str) -> Fill:
    return Fill(
        id=row.venue_fill_id, order_id=row.venue_order_id, client_order_id=row.client_order_id,
        symbol=row.symbol, side=Side(row.side), price=row.price, amount=row.amount, fee=row.fee,
        fee_currency=row.fee_currency, ts=row.ts_ms, maker=row.maker, venue=venue,
        account=row.account_id)


def _fill_values(account_id: str, fill_id: str, fill: Fill) -> dict[str, Any]:
    return dict(
        account_id=account_id, venue_fill_id=fill_id, client_order_id=fill.client_order_id,
        venue_order_id=fill.order_id, symbol=fill.symbol, side=str(fill.side),
        price=float(fill.price), amount=float(fill.amount), fee=float(fill.fee),
        fee_currency=fill.fee_currency, ts_ms=int(fill.ts), maker=fill.maker)


def _fill_record(account_id: str, fill_id: str, fill: Fill) -> FillRecord:
    return FillRecord(**_fill_values(account_id, fill_id, fill))


class _RowValues:
    """An orders row as plain values, for `Journal._apply` to update in place of an
    OrderRecord: reads what was loaded or set (None otherwise, as a new OrderRecord reads),
    and keeps what was set in `written`. The reason is redacted as OrderRecord's validator
    redacts it."""

    def __init__(self, **values: Any) -> None:
        object.__setattr__(self, "written", {})
        for key, value in values.items():
            setattr(self, key, value)

    def __setattr__(self, key: str, value: Any) -> None:
        if key == "reason":  # translatable sentences keep their form (to_record)
            value = redact(to_record(value or ""))
        self.written[key] = value

    def __getattr__(self, key: str) -> Any:
        return self.written.get(key)


def _synthetic_fill_id(fill: Fill) -> str:
    # A venue that reports no trade id: the same execution reported twice has the same order,
    # time, price and amount.
    key = f"{fill.order_id or fill.client_order_id}:{fill.ts}:{fill.price!r}:{fill.amount!r}"
    return "sha1:" + hashlib.sha1(key.encode()).hexdigest()
