"""Typed ORM models. No column ever holds a secret: API credentials live in the keyring."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates

from desktop.core.messages import to_record
from desktop.log_redaction import redact

# Named constraints let Alembic alter them later (SQLite batch mode needs the names).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Account(Base):
    """An exchange account (keys in the keyring under `id`) or a paper account."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # uuid4 hex
    exchange: Mapped[str] = mapped_column(String(64))  # ccxt id, or "paper"
    label: Mapped[str] = mapped_column(String(120), unique=True)
    sandbox: Mapped[bool] = mapped_column(default=False)
    key_hint: Mapped[str] = mapped_column(String(32), default="")  # "abcd…wxyz"
    is_paper: Mapped[bool] = mapped_column(default=False)
    paper_quote: Mapped[str | None] = mapped_column(String(16), default=None)
    # The single starting balance of accounts made before 0010: read only where
    # `paper_balances` is NULL (desktop/engine/paper_accounts.py starting_balances).
    paper_balance: Mapped[float | None] = mapped_column(Float, default=None)
    # A paper account's starting balances, JSON {"USDT": 10000, "BTC": 0.5}: what a reset
    # goes back to, and what its journaled fills move (paper_restore.py).
    paper_balances: Mapped[str | None] = mapped_column(Text, default=None)
    # Where a paper account's prices come from: "demo", "replay", "account:<id>" (a connected
    # exchange account's public data), "public:<exchange>"; None reads as "demo".
    price_source: Mapped[str | None] = mapped_column(String(80), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    def __repr__(self) -> str:
        return f"Account({self.id!r}, {self.exchange!r}, {self.label!r})"


# Trading history. Rows reference their account; removing an account removes its history
# with it (ON DELETE CASCADE), as the account's keys go with it too.
_ACCOUNT_FK = "accounts.id"


class OrderRecord(Base):
    """One order as journaled: written with `submitted` False before the venue hears of it,
    then updated from every acknowledgement, fill and cancel. `request_json` keeps the
    OrderRequest as sent, so an unacknowledged order can be reconciled or resent as is."""

    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_account_status", "account_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"))
    client_order_id: Mapped[str] = mapped_column(String(64), unique=True)
    venue_order_id: Mapped[str | None] = mapped_column(String(64), default=None)
    symbol: Mapped[str] = mapped_column(String(64))
    side: Mapped[str] = mapped_column(String(8))
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(20))
    amount: Mapped[float] = mapped_column(Float)
    filled: Mapped[float] = mapped_column(Float, default=0.0)
    price: Mapped[float | None] = mapped_column(Float, default=None)
    stop_price: Mapped[float | None] = mapped_column(Float, default=None)
    average: Mapped[float | None] = mapped_column(Float, default=None)
    fee: Mapped[float] = mapped_column(Float, default=0.0)
    fee_currency: Mapped[str] = mapped_column(String(16), default="")
    time_in_force: Mapped[str] = mapped_column(String(8), default="GTC")
    reduce_only: Mapped[bool] = mapped_column(default=False)
    emulated: Mapped[bool] = mapped_column(default=False)
    parent_client_order_id: Mapped[str | None] = mapped_column(String(64), default=None)
    request_json: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    reason_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    created_ms: Mapped[int] = mapped_column(BigInteger)
    updated_ms: Mapped[int] = mapped_column(BigInteger)
    submitted: Mapped[bool] = mapped_column(default=False)  # True once the send was attempted
    # Until when (local ms) a signed request for this order could still reach the exchange and
    # be accepted (its receive window after signing, plus the clock offset and a margin).
    send_deadline_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # The exchange cannot be asked about it (delisted market, an id it refuses): reconciliation
    # and the streams leave it aside, with the reason, instead of waiting on it for ever.
    set_aside: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The strategy bot that placed it ("" for the trader's own orders).
    bot_id: Mapped[str] = mapped_column(String(32), default="", server_default="", index=True)

    @validates("reason")
    def _no_secrets(self, _key: str, value: str) -> str:
        # an exchange error may quote a signed URL; our own sentences stay translatable
        return redact(to_record(value or ""))

    def __repr__(self) -> str:
        return f"OrderRecord({self.client_order_id!r}, {self.symbol!r}, {self.status!r})"


class FillRecord(Base):
    """One execution. The venue's fill id is unique per account: a fill seen twice (stream and
    REST poll, or after a reconnect) is stored once."""

    __tablename__ = "fills"
    __table_args__ = (
        UniqueConstraint("account_id", "venue_fill_id", name="uq_fills_account_fill"),
        Index("ix_fills_account_ts", "account_id", "ts_ms"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"))
    venue_fill_id: Mapped[str] = mapped_column(String(64))
    client_order_id: Mapped[str] = mapped_column(String(64), default="")
    venue_order_id: Mapped[str] = mapped_column(String(64), default="")
    symbol: Mapped[str] = mapped_column(String(64))
    side: Mapped[str] = mapped_column(String(8))
    price: Mapped[float] = mapped_column(Float)
    amount: Mapped[float] = mapped_column(Float)
    fee: Mapped[float] = mapped_column(Float, default=0.0)
    fee_currency: Mapped[str] = mapped_column(String(16), default="")
    ts_ms: Mapped[int] = mapped_column(BigInteger)
    maker: Mapped[bool] = mapped_column(default=False)


class FillCursor(Base):
    """How far the account's fills on one symbol are journaled without a gap: the newest fill
    (time and the venue's trade id) up to which every earlier one is in `fills`. Fills are read
    from here, page after page, never from "now"."""

    __tablename__ = "fill_cursors"

    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"), primary_key=True)
    symbol: Mapped[str] = mapped_column(String(64), primary_key=True)
    ts_ms: Mapped[int] = mapped_column(BigInteger)
    trade_id: Mapped[str] = mapped_column(String(64))


class PositionSnapshot(Base):
    """A position of one account and symbol at `ts_ms` (the newest row per symbol is the
    position to resume from after a restart)."""

    __tablename__ = "position_snapshots"
    __table_args__ = (Index("ix_position_snapshots_account_symbol_ts",
                            "account_id", "symbol", "ts_ms"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"))
    symbol: Mapped[str] = mapped_column(String(64))
    amount: Mapped[float] = mapped_column(Float)  # signed: > 0 long, < 0 short
    entry_price: Mapped[float] = mapped_column(Float)
    realized_pnl: Mapped[float] = mapped_column(Float, default=0.0)
    fees: Mapped[float] = mapped_column(Float, default=0.0)
    mark_price: Mapped[float | None] = mapped_column(Float, default=None)  # None: no mark yet
    ts_ms: Mapped[int] = mapped_column(BigInteger)


class EquitySnapshot(Base):
    """An account's equity (cash + positions at their marks) and cash at `ts_ms`."""

    __tablename__ = "equity_snapshots"
    __table_args__ = (Index("ix_equity_snapshots_account_ts", "account_id", "ts_ms"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"))
    ts_ms: Mapped[int] = mapped_column(BigInteger)
    equity: Mapped[float] = mapped_column(Float)
    cash: Mapped[float] = mapped_column(Float)


class BotRecord(Base):
    """A strategy bot: its spec (strategy, params, account, symbols, timeframe, sizing) and
    what it must remember across a restart (`state_json`: protective levels per symbol)."""

    __tablename__ = "bots"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # uuid4 hex
    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"))
    spec_json: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))  # desktop.core.bots.BotState
    state_json: Mapped[str] = mapped_column(Text, default="{}")
    error: Mapped[str] = mapped_column(Text, default="")
    created_ms: Mapped[int] = mapped_column(BigInteger)
    updated_ms: Mapped[int] = mapped_column(BigInteger)

    @validates("error")
    def _no_secrets(self, _key: str, value: str) -> str:
        return redact(value or "")


class SettingRecord(Base):
    """Engine-side settings (risk limits, trading defaults) as JSON; UI layout stays in
    QSettings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class TradingStateRecord(Base):
    """An account's trading state (ACTIVE accounts have no row or an "active" one) and its
    breakers' bookkeeping, so a halt and the day's reference equity survive a restart."""

    __tablename__ = "trading_states"

    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(16), default="active")
    code: Mapped[str] = mapped_column(String(40), default="")  # the rule that set it
    reason: Mapped[str] = mapped_column(Text, default="")
    resumes_at_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)  # None: by hand
    updated_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    day_start_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    day_start_equity: Mapped[float | None] = mapped_column(Float, default=None)
    peak_equity: Mapped[float | None] = mapped_column(Float, default=None)

    @validates("reason")
    def _no_secrets(self, _key: str, value: str) -> str:
        return redact(to_record(value or ""))
    loss_streak: Mapped[int] = mapped_column(Integer, default=0)
    open_trades_json: Mapped[str] = mapped_column(Text, default="{}")  # symbol -> realised P&L


class PaperResetRecord(Base):
    """A paper account was reset: the audit record of it, kept after its orders and fills
    were cleared (and, without a foreign key, after the account itself is removed)."""

    __tablename__ = "paper_resets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(String(32), index=True)
    label: Mapped[str] = mapped_column(String(120))
    ts_ms: Mapped[int] = mapped_column(BigInteger)
    balances_json: Mapped[str] = mapped_column(Text)  # the starting balances it went back to
    canceled_orders: Mapped[int] = mapped_column(Integer)  # open orders canceled by it
    cleared_orders: Mapped[int] = mapped_column(Integer)  # journaled orders cleared
    cleared_fills: Mapped[int] = mapped_column(Integer)


class WorkingOrderState(Base):
    """An order that works only while the engine runs, as needed to resume it after a restart:
    an engine-emulated group (OCO, trailing stop, bracket: `owner` "engine") or a paper order
    (`owner` "paper": the paper matching engine keeps its book in memory). `state_json` is the
    owner's own record (order_groups.group_state / paper.persistence.order_state); the row goes
    when the order ends."""

    __tablename__ = "working_orders"

    account_id: Mapped[str] = mapped_column(
        String(32), ForeignKey(_ACCOUNT_FK, ondelete="CASCADE"), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(16))
    state_json: Mapped[str] = mapped_column(Text)
    updated_ms: Mapped[int] = mapped_column(BigInteger)


class AlertOutboxRecord(Base):
    """One delivery of one alert trigger to one channel: the outbox that makes delivery
    survive a restart (desktop/alerts/delivery/outbox.py). `state` is pending, sending (marked
    and committed before the request goes out), sent or failed; `folded_into` names the row
    whose message carried this one when a burst was folded into one message."""

    __tablename__ = "alert_outbox"
    __table_args__ = (
        UniqueConstraint("trigger_id", "channel", name="uq_alert_outbox_trigger_id"),
        Index("ix_alert_outbox_channel_state", "channel", "state", "next_attempt_ms"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trigger_id: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(32))
    rule_id: Mapped[str] = mapped_column(String(64), default="")
    symbol: Mapped[str] = mapped_column(String(64), default="")
    severity: Mapped[str] = mapped_column(String(16), default="info")
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_ms: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    folded_into: Mapped[int | None] = mapped_column(Integer, default=None)

    @validates("last_error")
    def _no_secrets(self, _key: str, value: str) -> str:
        return redact(value or "")


class AlertChannelRecord(Base):
    """A delivery channel's settings that are not secret (SMTP host, Telegram chat id); its
    token, password or webhook URL lives in the keyring only (desktop/secrets.py)."""

    __tablename__ = "alert_channels"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=True)
    settings_json: Mapped[str] = mapped_column(Text, default="{}")
    updated_ms: Mapped[int] = mapped_column(BigInteger, default=0)

class AlertRuleRecord(Base):
    """An alert rule as desktop.alerts.model.rule_to_dict writes it (its fired count and last
    firing included, so ONCE, cooldowns and maximum counts hold across a restart)."""

    __tablename__ = "alert_rules"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    symbol: Mapped[str] = mapped_column(String(64), default="")
    rule_json: Mapped[str] = mapped_column(Text)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    updated_ms: Mapped[int] = mapped_column(BigInteger)


class AlertTriggerRecord(Base):
    """One firing of a rule: the alert center's history. Kept when its rule is deleted."""

    __tablename__ = "alert_triggers"
    __table_args__ = (Index("ix_alert_triggers_time_ms", "time_ms"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # uuid4 hex
    rule_id: Mapped[str] = mapped_column(String(32))
    symbol: Mapped[str] = mapped_column(String(64), default="")
    time_ms: Mapped[int] = mapped_column(BigInteger)
    value: Mapped[float | None] = mapped_column(Float, default=None)
    title: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(String(16), default="info")
    channels: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    acknowledged: Mapped[bool] = mapped_column(default=False, server_default=false())


class ChartDrawingRecord(Base):
    """A chart drawing (desktop.core.drawings) of one venue's symbol, as drawing_to_dict
    writes it; its anchors are times and prices, so it is the same on every chart."""

    __tablename__ = "chart_drawings"
    __table_args__ = (Index("ix_chart_drawings_symbol", "venue", "symbol"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    venue: Mapped[str] = mapped_column(String(64))
    symbol: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    drawing_json: Mapped[str] = mapped_column(Text)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    updated_ms: Mapped[int] = mapped_column(BigInteger)
