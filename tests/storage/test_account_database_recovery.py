"""The account service at start on a damaged or locked file: the problem is published with
its backups, nothing is written; the ways out (start fresh, restore a backup, retry) keep
every file and bring the accounts back."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseCorrupt
from desktop.core.events import DatabaseProblemEvent
from desktop.engine.accounts import AccountService
from desktop.engine.bus import EventBus
from desktop.storage import upgrade_to_head

GARBAGE = b"this is not a database\n" * 500


def _service(path: Path) -> tuple[AccountService, list[DatabaseProblemEvent]]:
    bus = EventBus()
    problems: list[DatabaseProblemEvent] = []
    bus.add_sink(lambda e: problems.append(e) if isinstance(e, DatabaseProblemEvent) else None)
    return AccountService(bus, list, database_url=f"sqlite:///{path}"), problems


def _labelled_database(path: Path, label: str) -> None:
    upgrade_to_head(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("INSERT INTO accounts (id, exchange, label, sandbox, key_hint, is_paper, "
                    "paper_quote, paper_balance, price_source, created_at) VALUES ('a', "
                    "'paper', ?, 0, '', 1, 'USDT', 5000.0, 'demo', '2026-11-21 00:00:00')",
                    (label,))
    raw.close()


def test_a_damaged_file_is_published_and_start_fresh_keeps_it_beside(tmp_path):
    path = tmp_path / "pregao.db"
    path.write_bytes(GARBAGE)
    service, problems = _service(path)

    async def scenario():
        with pytest.raises(DatabaseCorrupt):
            await service.start()
        assert path.read_bytes() == GARBAGE
        [event] = problems
        assert (event.kind, event.path, event.backups) == ("corrupt", str(path), ())
        assert "damaged" in event.message
        accounts = await service.recover_database("fresh")
        await service.stop()
        return accounts

    accounts = asyncio.run(scenario())
    assert [a.label for a in accounts] == ["Paper"]  # a new database, first launch again
    [moved] = tmp_path.glob("pregao.db.moved-aside-*")
    assert moved.read_bytes() == GARBAGE


def test_restore_a_backup_from_the_problem_event(tmp_path):
    path = tmp_path / "pregao.db"
    backup = tmp_path / "pregao.db.backup-0003_trading_journal-20261120T000000Z"
    _labelled_database(backup, "Saved")
    saved = backup.read_bytes()
    path.write_bytes(GARBAGE)
    service, problems = _service(path)

    async def scenario():
        with pytest.raises(DatabaseCorrupt):
            await service.start()
        assert problems[0].backups == (str(backup),)
        accounts = await service.recover_database("restore", problems[0].backups[0])
        await service.stop()
        return accounts

    assert [a.label for a in asyncio.run(scenario())] == ["Saved"]
    assert backup.read_bytes() == saved
    [moved] = tmp_path.glob("pregao.db.moved-aside-*")
    assert moved.read_bytes() == GARBAGE


def test_a_problem_that_remains_is_published_again(tmp_path):
    path = tmp_path / "pregao.db"
    path.write_bytes(GARBAGE)
    service, problems = _service(path)

    async def scenario():
        with pytest.raises(DatabaseCorrupt):
            await service.start()
        with pytest.raises(DatabaseCorrupt):
            await service.recover_database("retry")
        with pytest.raises(ValueError):
            await service.recover_database("delete")
        await service.stop()

    asyncio.run(scenario())
    assert [e.kind for e in problems] == ["corrupt", "corrupt"]
    assert path.read_bytes() == GARBAGE
