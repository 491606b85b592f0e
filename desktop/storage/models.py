"""Typed ORM models. No column ever holds a secret: API credentials live in the keyring."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Float, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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
    paper_balance: Mapped[float | None] = mapped_column(Float, default=None)  # starting cash
    # Where a paper account's prices come from: "demo", "replay", "account:<id>" (a connected
    # exchange account's public data), "public:<exchange>"; None reads as "demo".
    price_source: Mapped[str | None] = mapped_column(String(80), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    def __repr__(self) -> str:
        return f"Account({self.id!r}, {self.exchange!r}, {self.label!r})"
