"""A read-only data folder, a full disk and a locked file are named as what they are (never
"damaged"), on first launch too; while running, a full disk or a lock refuses what was being
saved with a sentence and a log line, not SQL; a database from a newer Pregão makes one backup,
not one per start.

The read-only folder and the full disk are real (tests/mounts.py: a tmpfs remounted read-only,
a tmpfs of a few hundred KiB filled up): root ignores permission bits, so chmod would prove
nothing where the tests run as root.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import (
    DatabaseDiskFull,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    StorageUnavailable,
)
from desktop.storage import upgrade_to_head
from desktop.storage.db import Database
from desktop.storage.health import backups_of
from desktop.storage.models import SettingRecord
from tests.mounts import read_only, tiny_filesystem


def fill(folder: Path) -> None:
    """Write until the file system says it is full."""
    with pytest.raises(OSError) as full, (folder / "filler").open("wb") as out:
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    assert "No space left" in str(full.value)


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def assert_named(problem, kind: str, words: str) -> None:
    assert problem.kind == kind
    assert words in str(problem)
    assert "damaged" not in str(problem)


def test_a_read_only_folder_is_named_on_first_launch_and_with_a_database(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with read_only(empty), pytest.raises(DatabaseReadOnly) as first:
        upgrade_to_head(url(empty / "pregao.db"))
    assert_named(first.value, "read_only", f"The data folder {empty} is read-only")
    assert "Make it writable" in str(first.value)

    full = tmp_path / "data"
    full.mkdir()
    upgrade_to_head(url(full / "pregao.db"))
    with read_only(full), pytest.raises(DatabaseReadOnly) as later:
        upgrade_to_head(url(full / "pregao.db"))
    assert_named(later.value, "read_only", "is read-only")


def test_a_full_disk_is_named_on_first_launch_and_with_a_database(tmp_path):
    disk = tmp_path / "disk"
    with tiny_filesystem(disk, size_kb=256):
        fill(disk)
        with pytest.raises(DatabaseDiskFull) as first:
            upgrade_to_head(url(disk / "pregao.db"))
    assert_named(first.value, "disk_full", "is full")
    assert "Free some space" in str(first.value)

    disk2 = tmp_path / "disk2"
    with tiny_filesystem(disk2, size_kb=2048):
        upgrade_to_head(url(disk2 / "pregao.db"))
        fill(disk2)
        with pytest.raises(DatabaseDiskFull) as later:
            upgrade_to_head(url(disk2 / "pregao.db"))
    assert_named(later.value, "disk_full", "is full")


def test_a_locked_file_is_named_as_locked(tmp_path):
    path = tmp_path / "pregao.db"
    upgrade_to_head(url(path))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as locked:
            upgrade_to_head(url(path), lock_timeout_s=0.1)
    finally:
        holder.close()
    assert_named(locked.value, "locked", "is locked by another program")


def test_while_running_a_full_disk_or_a_lock_refuses_the_write_with_a_sentence(
        tmp_path, caplog):
    disk = tmp_path / "disk"
    with tiny_filesystem(disk, size_kb=2048):
        path = disk / "pregao.db"
        upgrade_to_head(url(path))
        db = Database(url(path))
        try:
            with db.session() as session:
                session.add(SettingRecord(key="before", value_json="1"))
            fill(disk)
            with caplog.at_level(logging.ERROR), \
                    pytest.raises(StorageUnavailable) as full, db.session() as session:
                session.add(SettingRecord(key="after", value_json="x" * 400_000))
        finally:
            db.close()
    assert full.value.kind == "disk_full"
    assert str(full.value) == ("Not saved: the disk holding the database is full. Free some "
                               "space and try again.")
    assert "INSERT" not in str(full.value) and "sqlite3" not in str(full.value)
    assert any("Database write refused: Not saved: the disk" in r.getMessage()
               for r in caplog.records)

    path = tmp_path / "locked.db"
    upgrade_to_head(url(path))
    db = Database(url(path))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:  # the engine waits its busy timeout (5 s), then refuses
        with pytest.raises(StorageUnavailable) as locked, db.session() as session:
            session.add(SettingRecord(key="k", value_json="1"))
    finally:
        holder.close()
        db.close()
    assert locked.value.kind == "locked"
    assert str(locked.value).startswith("Not saved: the database is locked by another program")


def test_a_database_from_a_newer_version_is_backed_up_once_not_at_every_start(tmp_path):
    path = tmp_path / "pregao.db"
    upgrade_to_head(url(path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    for _ in range(3):
        with pytest.raises(DatabaseTooNew) as newer:
            upgrade_to_head(url(path))
    assert newer.value.kind == "too_new"
    assert "written by a newer version of Pregão (schema f00dfeedbeef)" in str(newer.value)
    assert len(backups_of(path)) == 1
    with sqlite3.connect(path) as conn:  # the file itself untouched
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            "f00dfeedbeef"


def test_an_order_on_a_full_disk_is_refused_with_a_sentence(tmp_path, monkeypatch):
    """The whole path: the trader places an order; journal-before-send cannot write, so the
    order is refused (never sent) with the sentence, not SQL."""
    import asyncio

    import desktop.engine.engine as engine_module
    from desktop.core import OrderRequest, OrderType, PregaoError, Side
    from desktop.engine.runtime import EngineRuntime

    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    disk = tmp_path / "disk"
    with tiny_filesystem(disk, size_kb=4096):
        rt = EngineRuntime(demo_days=1, database_url=url(disk / "pregao.db"))
        rt.start()
        try:
            async def scenario() -> str:
                paper = (await rt.client.accounts())[0]
                fill(disk)
                try:
                    await rt.client.trade_place(paper.id, OrderRequest(
                        "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01))
                except PregaoError as exc:
                    return str(exc)
                return "placed"

            said = asyncio.run(asyncio.wait_for(scenario(), 60))
        finally:
            assert rt.stop(timeout=10.0)
    assert said.startswith("Not saved: the disk holding the database is full"), said
