"""Damaged and locked database files are reported with their backups and never changed;
moving a file aside and restoring a backup keep every file (checked byte for byte)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseCorrupt, DatabaseLocked
from desktop.storage import upgrade_to_head
from desktop.storage.health import backups_of, check_sqlite, move_aside, restore_backup

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
connection.execute("ROLLBACK")
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _database_with_rows(path: Path, rows: int = 2_000) -> None:
    upgrade_to_head(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("INSERT INTO accounts (id, exchange, label, sandbox, key_hint, is_paper, "
                    "paper_quote, paper_balance, price_source, created_at) VALUES ('a', "
                    "'paper', 'Paper', 0, '', 1, 'USDT', 10000.0, 'demo', '2026-11-21')")
        raw.executemany("INSERT INTO settings VALUES (?, ?)",
                        ((f"key{i}", "x" * 200) for i in range(rows)))
    raw.close()  # the last connection folds the write-ahead log in and removes it
    assert not Path(f"{path}-wal").exists()


def _backup_beside(path: Path, name: str, mtime: float) -> Path:
    backup = path.with_name(f"{path.name}.backup-{name}")
    backup.write_bytes(path.read_bytes() if path.exists() else b"")
    os.utime(backup, (mtime, mtime))
    return backup


def test_garbage_bytes_are_not_a_database_and_stay_as_they_are(tmp_path):
    path = tmp_path / "pregao.db"
    path.write_bytes(bytes(range(256)) * 40)
    older = _backup_beside(tmp_path / "other.db", "x", 1)  # another file's backup: not listed
    _backup_beside(path, "0002-20261101T000000Z", 1_000)
    _backup_beside(path, "0003-20261120T000000Z", 2_000)
    before = _files(tmp_path)
    with pytest.raises(DatabaseCorrupt, match="not an SQLite database") as caught:
        check_sqlite(path)
    assert caught.value.path == str(path)
    assert [Path(b).name for b in caught.value.backups] == [
        "pregao.db.backup-0003-20261120T000000Z", "pregao.db.backup-0002-20261101T000000Z"]
    assert str(older) not in caught.value.backups
    with pytest.raises(DatabaseCorrupt):
        upgrade_to_head(f"sqlite:///{path}")  # the app's start: refuses, writes nothing
    assert _files(tmp_path) == before


def test_a_truncated_file_is_reported_damaged(tmp_path):
    path = tmp_path / "pregao.db"
    _database_with_rows(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _files(tmp_path)
    with pytest.raises(DatabaseCorrupt, match="truncated"):
        upgrade_to_head(f"sqlite:///{path}")
    assert _files(tmp_path) == before


def test_damaged_pages_are_reported(tmp_path):
    path = tmp_path / "pregao.db"
    _database_with_rows(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3: page * 6] = b"\xde\xad" * (page * 3 // 2)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as caught:
        check_sqlite(path)
    assert "damaged" in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == bytes(data)


def test_a_file_locked_by_another_process_is_reported_locked(tmp_path):
    path = tmp_path / "pregao.db"
    _database_with_rows(path, rows=10)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked, match="locked by another program") as caught:
            check_sqlite(path, lock_timeout_s=0.2)
        assert caught.value.path == str(path)
        with pytest.raises(DatabaseLocked):
            upgrade_to_head(f"sqlite:///{path}", lock_timeout_s=0.2)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    check_sqlite(path, lock_timeout_s=0.2)  # the lock is gone: usable again


def test_a_missing_or_empty_file_is_a_new_database(tmp_path):
    check_sqlite(tmp_path / "absent.db")
    (tmp_path / "empty.db").write_bytes(b"")
    check_sqlite(tmp_path / "empty.db")


def test_move_aside_renames_the_file_and_its_log_and_deletes_nothing(tmp_path):
    path = tmp_path / "pregao.db"
    for name, data in (("pregao.db", b"main"), ("pregao.db-wal", b"log"),
                       ("pregao.db-shm", b"index")):
        (tmp_path / name).write_bytes(data)
    first = move_aside(path)
    assert first.parent == tmp_path and ".moved-aside-" in first.name
    assert (first.read_bytes(), Path(f"{first}-wal").read_bytes(),
            Path(f"{first}-shm").read_bytes()) == (b"main", b"log", b"index")
    assert not path.exists() and not Path(f"{path}-wal").exists()
    path.write_bytes(b"second")
    second = move_aside(path)  # the same second: a new name, the first one kept
    assert second != first and second.read_bytes() == b"second"
    assert first.read_bytes() == b"main"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [first.name, f"{first.name}-wal", f"{first.name}-shm", second.name])


def test_restore_backup_moves_the_current_file_aside_and_keeps_the_backup(tmp_path):
    path = tmp_path / "pregao.db"
    _database_with_rows(path, rows=5)
    backup = _backup_beside(path, "0003-20261120T000000Z", 1_000)
    path.write_bytes(b"garbage" * 100)
    moved = restore_backup(backup, path)
    assert moved is not None and moved.read_bytes() == b"garbage" * 100
    assert path.read_bytes() == backup.read_bytes()
    assert backup.exists()
    check_sqlite(path)
    upgrade_to_head(f"sqlite:///{path}")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT label FROM accounts").fetchall() == [("Paper",)]
    assert backups_of(path) == (str(backup),)
