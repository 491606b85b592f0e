"""Where Pregão keeps its data: the folder of its SQLite database.

Qt-free and light (no SQLAlchemy): the single-instance lock needs it before the engine starts.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_URL = "PREGAO_DATABASE_URL"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Pregao"))


def data_folder(configured_url: str | None = None) -> Path:
    """The folder of the database file the app will open (the configured URL, else
    $PREGAO_DATABASE_URL, else the default file); the default folder for a database that is
    not a file (PostgreSQL): settings and logs still live there."""
    url = configured_url or os.environ.get(ENV_URL) or ""
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///").split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path).parent
    return default_data_dir()
