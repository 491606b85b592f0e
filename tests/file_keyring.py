"""A keyring for machines without a Secret Service: a JSON file in the test's own folder.

The real Secret Service (tests/secret_service.py) is used wherever dbus-daemon and
gnome-keyring are installed; where they are not, tests that are not about the keyring itself
(the crash harness, the leak scan) use this one, through `SecretStore(backend=...)`, so they
run on every machine instead of skipping. The product never uses it: desktop/secrets.py
accepts only native backends.
"""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 0  # never chosen by keyring itself

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _save(self, items: dict[str, str]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(items))
        tmp.replace(self.path)  # a crash mid-write leaves the old file whole

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}\0{username}"] = password
        self._save(items)

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        if items.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(items)
