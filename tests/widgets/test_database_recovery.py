"""A damaged database at start: the real engine reports it, the dialog offers the ways out;
"Start fresh" keeps the old file beside the new one and the app works with a new database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.events import DatabaseProblemEvent

GARBAGE = b"definitely not an SQLite file\n" * 300


@pytest.fixture
def damaged_database(tmp_path) -> Path:
    """The file the engine will open (the autouse fixture points PREGAO_DATABASE_URL at it),
    filled with garbage before the engine starts."""
    path = Path(os.environ["PREGAO_DATABASE_URL"].removeprefix("sqlite:///"))
    path.write_bytes(GARBAGE)
    backup = path.with_name(f"{path.name}.backup-0003_trading_journal-20261120T000000Z")
    backup.write_bytes(GARBAGE[:100])
    return path


def test_start_fresh_keeps_the_damaged_file_and_opens_a_new_database(
        damaged_database, make_window, qtbot, aio):
    from widgets.database_recovery import DatabaseRecovery

    window = make_window()
    quits: list[bool] = []
    recovery = DatabaseRecovery(window.ctx, window, quit=lambda: quits.append(True))
    aio.wait_until(lambda: recovery.dialog is not None, timeout=60,
                   what="the database recovery dialog")
    dialog = recovery.dialog
    assert dialog.isVisible() and dialog.problem.kind == "corrupt"
    assert str(damaged_database) in dialog.message.text()
    assert dialog.open_backup.isEnabled() and dialog.backups.count() == 1
    assert not dialog.try_again.isVisible()  # only for a locked file
    assert damaged_database.read_bytes() == GARBAGE  # reported, not touched

    with qtbot.waitSignal(recovery.recovered, timeout=60_000):
        dialog.start_fresh.click()
    assert recovery.dialog is None and not quits
    [moved] = damaged_database.parent.glob(f"{damaged_database.name}.moved-aside-*")
    assert moved.read_bytes() == GARBAGE
    accounts = aio.run(window.ctx.client.accounts(), timeout=60)
    assert [a.label for a in accounts] == ["Paper"]  # first launch on the new database
    assert damaged_database.read_bytes().startswith(b"SQLite format 3\x00")


def test_the_dialog_lists_backups_and_quit_leaves_everything(qtbot, tmp_path):
    from widgets.database_recovery import QUIT, RESTORE, DatabaseRecoveryDialog

    event = DatabaseProblemEvent("locked", "/data/pregao.db",
                                 ("/data/pregao.db.backup-b", "/data/pregao.db.backup-a"),
                                 "locked by another program")
    dialog = DatabaseRecoveryDialog(event)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.try_again.isVisible()
    dialog.backups.setCurrentRow(1)
    dialog.open_backup.click()
    assert (dialog.action, dialog.backup) == (RESTORE, "/data/pregao.db.backup-a")

    other = DatabaseRecoveryDialog(DatabaseProblemEvent("corrupt", "/x.db", (), "bad"))
    qtbot.addWidget(other)
    other.show()
    assert not other.open_backup.isEnabled()
    other.quit.click()
    assert other.action == QUIT


@pytest.mark.parametrize("kind", ["read_only", "disk_full"])
def test_a_read_only_folder_or_full_disk_offers_try_again_not_start_fresh(qtbot, kind):
    """A new file cannot be written where the old one cannot: the ways out are fixing the
    folder or the disk and trying again (or quitting); the sentence names the problem."""
    from desktop.core.errors import DatabaseDiskFull, DatabaseReadOnly
    from widgets.database_recovery import DatabaseRecoveryDialog

    cls = DatabaseReadOnly if kind == "read_only" else DatabaseDiskFull
    problem = cls("/data/pregao.db", ("/data/pregao.db.backup-x-1",))
    dialog = DatabaseRecoveryDialog(DatabaseProblemEvent(problem.kind, problem.path,
                                                         problem.backups, str(problem)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.try_again.isVisible() and dialog.quit.isVisible()
    assert not dialog.start_fresh.isVisible() and not dialog.open_backup.isVisible()
    text = dialog.message.text()
    assert "damaged" not in text
    assert ("read-only" in text) if kind == "read_only" else ("is full" in text)
