"""Alembic environment: migrates the connection handed in by `upgrade_to_head`, or the URL in
alembic.ini / $PREGAO_DATABASE_URL when run from the `alembic` command line."""

from __future__ import annotations

from alembic import context

from desktop.storage.db import database_url, make_engine
from desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    engine = make_engine(database_url(config.get_main_option("sqlalchemy.url")))
    try:
        with engine.begin() as connection:
            run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(url=database_url(config.get_main_option("sqlalchemy.url")),
                      target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_online()
