"""The account database on a real SQLite file: migrated to head, WAL and foreign keys on, the
schema matching the models, and no column that could hold a secret."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from desktop.storage import Account, Base, Database, database_url, default_url, upgrade_to_head
from desktop.storage.db import head_revision, make_engine

HEAD = head_revision()
SECRETISH = ("secret", "password", "passphrase", "api_key", "apikey", "token")


def test_migration_to_head_creates_accounts_and_is_repeatable(tmp_path):
    path = tmp_path / "nested" / "pregao.db"
    url = f"sqlite:///{path}"
    upgrade_to_head(url)
    upgrade_to_head(url)  # every start runs it: a database at head is left alone
    with sqlite3.connect(path) as raw:
        (version,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == HEAD
        columns = {row[1] for row in raw.execute("PRAGMA table_info(accounts)")}
    assert columns == {"id", "exchange", "label", "sandbox", "key_hint", "is_paper",
                       "paper_quote", "paper_balance", "paper_balances", "price_source",
                       "created_at"}
    assert not [c for c in columns if any(word in c.lower() for word in SECRETISH)]


def test_the_migrated_schema_is_exactly_the_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    upgrade_to_head(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_sessions_use_wal_and_foreign_keys_and_store_accounts(tmp_path):
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    upgrade_to_head(url)
    db = Database(url)
    try:
        with db.session() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            session.add(Account(id="a" * 32, exchange="binance", label="Main", sandbox=True,
                                key_hint="abcd…wxyz", is_paper=False))
            session.add(Account(id="b" * 32, exchange="paper", label="Paper", is_paper=True,
                                paper_quote="USDT", paper_balance=10_000.0))
        with db.session() as session:
            rows = {a.label: a for a in session.scalars(select(Account))}
        assert rows["Main"].sandbox and rows["Main"].key_hint == "abcd…wxyz"
        assert rows["Paper"].paper_balance == 10_000.0 and rows["Paper"].created_at is not None
        assert "accounts" in inspect(db.engine).get_table_names()
    finally:
        db.close()


def test_a_label_names_one_account_only(tmp_path):
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    upgrade_to_head(url)
    uniques = inspect(make_engine(url)).get_unique_constraints("accounts")
    assert [u["column_names"] for u in uniques] == [["label"]]


def test_the_url_comes_from_the_setting_then_the_environment_then_the_data_dir(monkeypatch):
    monkeypatch.delenv("PREGAO_DATABASE_URL", raising=False)
    assert default_url().endswith("/pregao.db") and "Pregao" in default_url()
    assert database_url() == default_url()
    monkeypatch.setenv("PREGAO_DATABASE_URL", "sqlite:////tmp/elsewhere.db")
    assert database_url() == "sqlite:////tmp/elsewhere.db"
    assert database_url("postgresql://db/pregao") == "postgresql://db/pregao"
