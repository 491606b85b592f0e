"""The database: SQLAlchemy models and sessions, schema migrations (Alembic). Qt-free.

The engine thread is the only writer; `upgrade_to_head` runs once at start.
"""

from desktop.storage.db import Database, database_url, default_url, upgrade_to_head
from desktop.storage.journal import Journal
from desktop.storage.models import Account, Base

__all__ = [
    "Account",
    "Base",
    "Database",
    "Journal",
    "database_url",
    "default_url",
    "upgrade_to_head",
]
