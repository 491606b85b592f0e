"""Is the SQLite file usable? Damaged and locked files are reported, never overwritten.

`check_sqlite` raises `DatabaseCorrupt` (not a database, malformed, truncated),
`DatabaseLocked` (another process holds the write lock), `DatabaseReadOnly` (the folder or
the file cannot be written) or `DatabaseDiskFull` (no space left), each listing the backups
beside the file: a read-only folder, a full disk and a lock are named as what they are, never
as damage. `check_folder` tells the last two apart before there is any file (first launch).

The ways out never delete anything: `move_aside` renames the file (and its -wal/-shm)
to a dated name beside it; `restore_backup` first moves the current file aside, then copies
the backup in (the backup itself stays).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.core.errors import (
    DatabaseCorrupt,
    DatabaseDiskFull,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
)
from desktop.core.messages import marker

_t = marker("Database")

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_MARK = ".backup-"
MOVED_MARK = ".moved-aside-"
SIDECARS = ("-wal", "-shm")  # SQLite's write-ahead log and its index, beside the file
LOCK_TIMEOUT_S = 3.0


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL; None for an in-memory database or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        return None
    return Path(database)


def stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def unused_name(path: Path) -> Path:
    """`path`, or `path-2`, `path-3`, … whichever does not exist (with its -wal/-shm)."""
    candidate, n = path, 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDECARS)):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def backups_of(path: Path | str) -> tuple[str, ...]:
    """Backups made beside `path` (`<name>.backup-<revision>-<time>`), newest first."""
    path = Path(path)
    if not path.parent.is_dir():
        return ()
    found = [p for p in path.parent.glob(f"{path.name}{BACKUP_MARK}*")
             if p.is_file() and not p.name.endswith(SIDECARS)]
    found.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    return tuple(str(p) for p in found)


def check_folder(path: Path | str) -> None:
    """Raise DatabaseReadOnly or DatabaseDiskFull unless the database's folder takes a new
    file with data in it (made and removed at once). Permission bits are not asked: root
    ignores them, and they say nothing of a disk mounted read-only or a full one."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path.parent, prefix=".pregao-write-check-") as probe:
            probe.write(b"\0" * 8192)  # an empty file fits even on a full disk
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        problem = problem_from_os_error(exc, path)
        if problem is not None:
            raise problem from exc
        raise DatabaseProblem(str(path), _t("The data folder {folder} cannot be used ({why}).",
                                            folder=path.parent, why=exc.strerror or exc),
                              backups_of(path)) from exc


def problem_from_os_error(exc: OSError, path: Path) -> DatabaseProblem | None:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseReadOnly(str(path), backups_of(path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DatabaseDiskFull(str(path), backups_of(path))
    return None


def problem_from_sqlite(text: str, path: Path) -> DatabaseProblem | None:
    """The problem an SQLite error message names, if it is not damage: a lock, a full disk,
    a read-only file or folder."""
    text = text.lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(str(path), backups_of(path))
    if "disk is full" in text or "disk full" in text:
        return DatabaseDiskFull(str(path), backups_of(path))
    if "readonly" in text or "read-only" in text or "unable to open database file" in text:
        return DatabaseReadOnly(str(path), backups_of(path))
    return None


def check_sqlite(path: Path | str, lock_timeout_s: float = LOCK_TIMEOUT_S) -> None:
    """Raise a DatabaseProblem if the file at `path` cannot be used. A missing or empty file
    is fine (SQLite makes a new database of it) where its folder can be written."""
    path = Path(path)
    check_folder(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    if not path.is_file():
        raise DatabaseCorrupt(str(path), backups_of(path), "not a file")
    _check_header(path)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=lock_timeout_s,
                                     isolation_level=None)
    except sqlite3.Error as exc:
        problem = problem_from_sqlite(str(exc), path)
        if problem is not None:
            raise problem from exc
        raise DatabaseProblem(str(path), _t("The database {path} cannot be opened ({exc}).",
                                            path=path, exc=exc),
                              backups_of(path)) from exc
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise DatabaseCorrupt(str(path), backups_of(path), _first_line(result))
        # Writing is what the engine will do: can we take the write lock?
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        problem = problem_from_sqlite(str(exc), path)
        if problem is not None:
            raise problem from exc
        raise DatabaseCorrupt(str(path), backups_of(path), str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(str(path), backups_of(path), str(exc)) from exc
    finally:
        connection.close()


def _check_header(path: Path) -> None:
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DatabaseCorrupt(str(path), backups_of(path), "not an SQLite database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its "valid-for" number matches the change
    # counter; with a non-empty write-ahead log the log holds the newest pages instead.
    count_valid = header[92:96] == header[24:28] and pages > 0
    wal = Path(f"{path}-wal")
    logged = wal.exists() and wal.stat().st_size > 0
    if count_valid and not logged and path.stat().st_size < pages * page_size:
        raise DatabaseCorrupt(str(path), backups_of(path), "the file is truncated")


def _first_line(lines: list[str]) -> str:
    return (lines[0] if lines else "integrity check failed").strip()


def move_aside(path: Path | str) -> Path:
    """Rename the file (and its -wal/-shm) to `<name>.moved-aside-<time>` beside it and
    return the new path. Nothing is deleted."""
    path = Path(path)
    present = [s for s in ("", *SIDECARS) if Path(f"{path}{s}").exists()]
    if not present:
        raise FileNotFoundError(f"{path} does not exist")
    target = unused_name(path.with_name(f"{path.name}{MOVED_MARK}{stamp()}"))
    for suffix in present:
        os.rename(Path(f"{path}{suffix}"), Path(f"{target}{suffix}"))
    return target


def restore_backup(backup: Path | str, path: Path | str) -> Path | None:
    """Make `path` a copy of `backup` (and of its -wal, if it has one). The file now at `path`
    is moved aside first (returned; None if there was none); the backup stays as it is."""
    backup, path = Path(backup), Path(path)
    if not backup.is_file():
        raise DatabaseProblem(str(path), _t("The backup {backup} does not exist.",
                                            backup=backup),
                              backups_of(path))
    moved = move_aside(path) if any(
        Path(f"{path}{s}").exists() for s in ("", *SIDECARS)) else None
    shutil.copy2(backup, path)
    wal = Path(f"{backup}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{path}-wal"))
    return moved
