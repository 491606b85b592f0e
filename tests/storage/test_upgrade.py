"""An old database is upgraded on start with a backup beside it; a failing migration leaves
the file byte for byte as it was and says where the backup is."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from desktop.core.errors import DatabaseUpgradeFailed
from desktop.storage import Account, Database, db, upgrade_to_head
from desktop.storage.db import head_revision, make_engine, migrate
from desktop.storage.health import backups_of

OLD = "0002_paper_price_source"
BROKEN = '''
import sqlalchemy as sa
from alembic import op

revision = "0004_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE accounts SET label = 'changed by a broken migration'")
    raise RuntimeError("deliberately broken migration")


def downgrade():
    pass
'''


def _old_database(url: str) -> None:
    migrate(url, OLD)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO accounts (id, exchange, label, sandbox, key_hint, is_paper, "
                "paper_quote, paper_balance, price_source, created_at) VALUES ('a', 'paper', "
                "'Paper', false, '', true, 'USDT', 10000.0, NULL, '2026-11-21 00:00:00')"))
    finally:
        engine.dispose()


def _revision(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def broken_migrations(tmp_path, monkeypatch) -> Path:
    """The real migrations plus one that changes things and then fails."""
    folder = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0004_broken.py").write_text(BROKEN.format(head=head_revision()))
    monkeypatch.setattr(db, "MIGRATIONS", folder)
    return folder


def test_an_old_database_is_upgraded_on_start_and_keeps_its_rows(db_url):
    _old_database(db_url)
    upgrade_to_head(db_url)
    assert _revision(db_url) == head_revision()
    database = Database(db_url)
    try:
        with database.session() as session:
            [account] = session.scalars(select(Account)).all()
        assert (account.label, account.paper_balance) == ("Paper", 10_000.0)
        assert "orders" in inspect(database.engine).get_table_names()
    finally:
        database.close()


def test_the_upgraded_sqlite_file_has_a_backup_of_the_old_one(tmp_path):
    path = tmp_path / "pregao.db"
    _old_database(f"sqlite:///{path}")
    old_bytes = path.read_bytes()
    upgrade_to_head(f"sqlite:///{path}")
    [backup] = backups_of(path)
    assert Path(backup).name.startswith(f"pregao.db.backup-{OLD}-")
    assert Path(backup).read_bytes() == old_bytes
    upgrade_to_head(f"sqlite:///{path}")  # at the newest revision: no new backup
    assert backups_of(path) == (backup,)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pregao.db", Path(backup).name]


def test_a_failed_upgrade_leaves_the_file_untouched_and_names_the_backup(
        tmp_path, broken_migrations):
    path = tmp_path / "pregao.db"
    _old_database(f"sqlite:///{path}")
    old_bytes = path.read_bytes()
    with pytest.raises(DatabaseUpgradeFailed, match="deliberately broken") as caught:
        upgrade_to_head(f"sqlite:///{path}")
    error = caught.value
    assert path.read_bytes() == old_bytes
    assert Path(error.backup).read_bytes() == old_bytes
    assert error.backup in str(error) and error.backups == (error.backup,)
    assert Path(error.backup).name.startswith(f"pregao.db.backup-{OLD}-")
    # Nothing else was left behind: no half-upgraded copy, no log.
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(
        ["pregao.db", Path(error.backup).name])
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (OLD,)
        assert raw.execute("SELECT label FROM accounts").fetchall() == [("Paper",)]


def test_a_failed_upgrade_on_postgresql_rolls_back(postgres_server, broken_migrations):
    url = postgres_server.create_database()
    try:
        _old_database(url)
        with pytest.raises(RuntimeError, match="deliberately broken"):
            upgrade_to_head(url)
        assert _revision(url) == OLD
        engine = make_engine(url)
        try:
            assert "half_done" not in inspect(engine).get_table_names()
            assert "orders" not in inspect(engine).get_table_names()
            with engine.connect() as connection:
                assert connection.execute(text("SELECT label FROM accounts")).scalar() == "Paper"
        finally:
            engine.dispose()
    finally:
        postgres_server.drop_database(url)
