from __future__ import annotations

import pytest

from tests.alerts.chat_server import ChatServer
from tests.secret_service import secret_service_env


@pytest.fixture
def chat():
    server = ChatServer().start()
    yield server
    server.stop()


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    with secret_service_env(monkeypatch, tmp_path / "keyring") as session:
        yield session
