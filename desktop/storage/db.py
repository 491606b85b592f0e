"""Engine and sessions for a database URL, and the migration to the current schema.

Default: SQLite file `pregao.db` in the user's data directory, WAL journal (readers never wait
for the writer) and foreign keys enforced. `PREGAO_DATABASE_URL` (or a setting passed by the
app) selects any other SQLAlchemy URL, e.g. PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_URL = "PREGAO_DATABASE_URL"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def default_url() -> str:
    import platformdirs

    return f"sqlite:///{Path(platformdirs.user_data_dir('Pregao')) / 'pregao.db'}"


def database_url(configured: str | None = None) -> str:
    """The URL to use: the one configured, else $PREGAO_DATABASE_URL, else the default file."""
    return configured or os.environ.get(ENV_URL) or default_url()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    sqlite = parsed.get_backend_name() == "sqlite"
    if sqlite and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # A committed journal entry must survive a power cut before the order is sent.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def upgrade_to_head(url: str) -> None:
    """Bring the schema at `url` to the newest revision (creates the database if needed)."""
    from alembic import command
    from alembic.config import Config

    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            # env.py uses this connection (and its pragmas) instead of making its own.
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


class Database:
    """One engine and its session factory. Open on the engine thread, which writes alone."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in a transaction: committed when the block ends, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
