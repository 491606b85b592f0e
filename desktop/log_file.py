"""The log file: what the log panel shows, kept on disk for a bug report, secrets redacted.

`logs/pregao.log` in the user's data folder (platformdirs; Settings and About show the
path), rotated at LOG_BYTES with LOG_BACKUPS older files. A folder that cannot be written
(read-only, full) leaves the app without a log file, not without a start: the reason is
returned for the log panel.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.log_redaction import RedactingFilter

LOG_NAME = "pregao.log"
LOG_BYTES = 2_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def default_log_dir() -> Path:
    from desktop.data_folder import default_data_dir

    return default_data_dir() / "logs"


def open_log_file(folder: Path | None = None) -> tuple[logging.Handler | None, str]:
    """(handler, "") or (None, why there is no log file)."""
    folder = folder or default_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=LOG_BYTES,
                                      backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        return None, f"No log file in {folder}: {exc.strerror or exc}"
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    return handler, ""
