"""A real PostgreSQL server for the storage tests: $PREGAO_TEST_POSTGRES_URL, or a throwaway
cluster on 127.0.0.1 started once per session by build_scripts/postgres_for_tests.sh (which
installs Debian's postgresql when missing and running as root). Each test gets its own
database, dropped afterwards. Without either, PostgreSQL tests skip and say why."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ENV_URL = "PREGAO_TEST_POSTGRES_URL"
SCRIPT = Path(__file__).resolve().parents[2] / "build_scripts" / "postgres_for_tests.sh"
START_TIMEOUT_S = 600  # apt-get install on a fresh machine


class PostgresServer:
    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)

    def _admin(self):
        from sqlalchemy import create_engine

        return create_engine(self.url, isolation_level="AUTOCOMMIT")

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        engine = self._admin()
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            engine.dispose()
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        engine = self._admin()
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            engine.dispose()


def _start_server() -> tuple[str, str]:
    try:
        done = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True,
                              timeout=START_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"PostgreSQL could not be started: {exc}")
    if done.returncode != 0:
        why = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        pytest.skip(f"PostgreSQL could not be started: {why[0]}")
    url, folder = done.stdout.strip().splitlines()[-2:]
    return url, folder


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'psycopg[binary]', in the dev extras)")
    url = os.environ.get(ENV_URL)
    if url:
        yield PostgresServer(url)
        return
    url, folder = _start_server()
    try:
        yield PostgresServer(url)
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", folder], capture_output=True,
                       timeout=60, check=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    """A fresh, empty database: an SQLite file in tmp_path, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'pregao.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database()
    try:
        yield url
    finally:
        server.drop_database(url)
