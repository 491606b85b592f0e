"""Engine and sessions for a database URL, and the migration to the current schema.

Default: SQLite file `pregao.db` in the user's data directory, WAL journal (readers never wait
for the writer) and foreign keys enforced. `PREGAO_DATABASE_URL` (or a setting passed by the
app) selects any other SQLAlchemy URL, e.g. PostgreSQL.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.errors import (
    DatabaseDiskFull,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUpgradeFailed,
    StorageUnavailable,
)
from desktop.core.messages import marker
from desktop.data_folder import ENV_URL, default_data_dir
from desktop.package_data import package_path

_t = marker("Database")

log = logging.getLogger(__name__)

MIGRATIONS = package_path("storage", "migrations")


def default_url() -> str:
    return f"sqlite:///{default_data_dir() / 'pregao.db'}"


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


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision of the migrations, read from their files with the standard
    library: at every start the database is usually already there, and importing Alembic
    (with SQLAlchemy's DDL compilers and Mako) only to learn that would cost ~0.5 s before
    the accounts load. Alembic answers when the files do not name exactly one head."""
    heads = _heads_from_files(MIGRATIONS / "versions")
    if len(heads) == 1:
        return heads[0]
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _heads_from_files(folder: Path) -> list[str]:
    """Revisions no other revision revises, from each file's module-level `revision` and
    `down_revision` (a name, None, or a tuple of names for a merge)."""
    import ast

    revisions: set[str] = set()
    revised: set[str] = set()
    for path in sorted(folder.glob("*.py")):
        found: dict[str, object] = {}
        for node in ast.parse(path.read_bytes(), str(path)).body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in ("revision",
                                                                      "down_revision"):
                        try:
                            found[target.id] = ast.literal_eval(node.value)
                        except ValueError:
                            return []  # computed: let Alembic run the file
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str):
            continue  # not a migration (__init__.py)
        revisions.add(revision)
        revised.update([down] if isinstance(down, str) else down or ())
    return sorted(revisions - revised)


def known_revision(revision: str) -> bool:
    """Whether this version's migrations know `revision` (a newer Pregão's are unknown)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def migrate(url: str, revision: str = "head") -> None:
    """Migrate the schema at `url` in place to `revision` (creates the database if needed)."""
    from alembic import command

    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config = _alembic_config()
            # env.py uses this connection (and its pragmas) instead of making its own.
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def upgrade_to_head(url: str, lock_timeout_s: float | None = None) -> None:
    """Bring the schema at `url` to the newest revision (creates the database if needed).

    An SQLite file is checked first (damaged, locked, read-only, on a full disk: the matching
    DatabaseProblem, the file untouched). One behind the newest revision is copied to
    `<name>.backup-<revision>-<time>` and the copy beside it is upgraded, then renamed over
    the file: if a migration fails, the file is exactly as it was and DatabaseUpgradeFailed
    names the backup. A file from a newer Pregão (a revision these migrations do not know)
    raises DatabaseTooNew after one backup, made once for that revision, not at every start.
    Other databases migrate in one transaction (PostgreSQL rolls DDL back).
    """
    from desktop.storage import health

    path = health.sqlite_file(url)
    if path is None:
        migrate(url)
        return
    health.check_sqlite(path, health.LOCK_TIMEOUT_S if lock_timeout_s is None
                        else lock_timeout_s)
    try:
        _upgrade_sqlite(url, path)
    except OSError as exc:  # copying a backup or the scratch file
        problem = health.problem_from_os_error(exc, path)
        if problem is None:
            raise
        raise problem from exc


def _upgrade_sqlite(url: str, path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    from desktop.storage import health

    if not path.exists() or path.stat().st_size == 0:
        try:
            migrate(url)
        except OperationalError as exc:
            problem = health.problem_from_sqlite(str(exc.orig), path)
            if problem is None:
                raise
            raise problem from exc
        return
    current = _sqlite_revision(path)
    if current == head_revision():
        return
    if current is not None and not known_revision(current):
        mark = f"{health.BACKUP_MARK}{current}-"
        made = [b for b in health.backups_of(path) if mark in Path(b).name]
        backup = made[0] if made else str(_backup_sqlite(path, current))
        raise DatabaseTooNew(str(path), current, backup, health.backups_of(path))
    backup = _backup_sqlite(path, current or "empty")
    work = health.unused_name(path.with_name(f"{path.name}.upgrading-{health.stamp()}"))
    shutil.copy2(backup, work)
    if Path(f"{backup}-wal").exists():
        shutil.copy2(Path(f"{backup}-wal"), Path(f"{work}-wal"))
    try:
        migrate(f"sqlite:///{work}")
    except Exception as exc:
        for leftover in (work, *(Path(f"{work}{s}") for s in health.SIDECARS)):
            leftover.unlink(missing_ok=True)  # our own scratch copy, never the user's file
        problem = health.problem_from_sqlite(_one_line(exc), path)
        if isinstance(problem, DatabaseDiskFull | DatabaseReadOnly):
            raise problem from exc
        raise DatabaseUpgradeFailed(str(path), str(backup), _one_line(exc),
                                    health.backups_of(path)) from exc
    os.replace(work, path)


def _sqlite_revision(path: Path) -> str | None:
    # Read-write although it only reads: a read-only connection cannot tidy the write-ahead
    # log away when it closes, and would leave -wal/-shm files behind.
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:  # no alembic_version table: never migrated
        return None
    finally:
        connection.close()


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the file beside itself after folding its write-ahead log in, so the copy alone
    holds every committed row (a log the checkpoint could not empty is copied with it)."""
    from desktop.storage import health

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    backup = health.unused_name(
        path.with_name(f"{path.name}{health.BACKUP_MARK}{revision}-{health.stamp()}"))
    shutil.copy2(path, backup)
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        shutil.copy2(wal, Path(f"{backup}-wal"))
    return backup


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def storage_refusal(sqlite_message: str) -> StorageUnavailable | None:
    """The sentence for an SQLite error while running, if it is one a person can fix."""
    text = sqlite_message.lower()
    if "locked" in text or "busy" in text:
        return StorageUnavailable(
            _t("Not saved: the database is locked by another program (a database tool, a "
               "backup, another Pregão). Close it and try again."), "locked")
    if "disk is full" in text or "disk full" in text:
        return StorageUnavailable(
            _t("Not saved: the disk holding the database is full. Free some space and try "
               "again."), "disk_full")
    if "readonly" in text or "read-only" in text:
        return StorageUnavailable(
            _t("Not saved: the database cannot be written (a read-only file or disk). Make it "
               "writable and try again."), "read_only")
    return None


@contextmanager
def _refusals_explained() -> Iterator[None]:
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        refused = storage_refusal(str(exc.orig))
        if refused is None:
            raise
        log.error("Database write refused: %s (%s)", refused, _one_line(exc.orig))
        raise refused from None


class Database:
    """One engine and its session factory. Open on the engine thread, which writes alone."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in a transaction: committed when the block ends, rolled back on error.
        A database locked by another program, a full disk or a read-only file raises
        StorageUnavailable with a sentence (and logs it), not SQLAlchemy's SQL dump."""
        with _refusals_explained(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A plain connection in a transaction, committed when the block ends (errors as
        `session`). For the journal's per-order statements: the same SQL and commit without
        the ORM's unit of work, which costs several times the statement itself."""
        with _refusals_explained(), self.engine.begin() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()
