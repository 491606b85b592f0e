"""The newest revision is read from the migration files without Alembic, and a database
already at it starts without importing Alembic at all."""

from __future__ import annotations

import shutil
import subprocess
import sys

from alembic.script import ScriptDirectory

from desktop.storage import db
from tests.conftest import REPO


def _alembic_head() -> str:
    return ScriptDirectory.from_config(db._alembic_config()).get_current_head()


def test_the_head_read_from_the_files_is_alembics_head():
    assert db.head_revision() == _alembic_head()


def test_a_new_migration_becomes_the_head(tmp_path, monkeypatch):
    folder = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    old_head = db.head_revision()
    (folder / "versions" / "9999_next.py").write_text(
        f'revision: str = "9999_next"\ndown_revision: str | None = "{old_head}"\n'
        "def upgrade():\n    pass\n"
    )
    monkeypatch.setattr(db, "MIGRATIONS", folder)
    assert db.head_revision() == "9999_next" == _alembic_head()


def test_two_heads_are_left_to_alembic(tmp_path, monkeypatch):
    folder = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_side.py").write_text(
        'revision = "9999_side"\ndown_revision = "0001_accounts"\n'
    )
    assert sorted(db._heads_from_files(folder / "versions")) == sorted(
        [db.head_revision(), "9999_side"])


CHECK = """
import sys
from desktop.storage.db import upgrade_to_head
upgrade_to_head(sys.argv[1])
print(sorted(m for m in ("alembic", "mako") if m in sys.modules))
"""


def test_a_database_at_the_head_opens_without_importing_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    db.upgrade_to_head(url)  # a new database: Alembic creates it
    proc = subprocess.run([sys.executable, "-c", CHECK, url], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
