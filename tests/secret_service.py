"""A real Secret Service for tests: a private D-Bus session bus with gnome-keyring-daemon.

`running_secret_service(tmp)` starts `dbus-daemon --session` and, on that bus,
`gnome-keyring-daemon --components=secrets` (unlocked with a password on stdin, or left
without any unlocked collection: a locked keyring). Its keyring files live under `tmp`, so the
developer's own keyring is never touched. Tests skip with the reason when a binary is missing.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

BINARIES = ("dbus-daemon", "gnome-keyring-daemon")
PASSWORD = b"pregao-test-login-password"
START_TIMEOUT_S = 15.0


@dataclass(slots=True)
class SecretServiceSession:
    address: str  # DBUS_SESSION_BUS_ADDRESS of the private bus
    data_dir: Path  # where gnome-keyring keeps its keyring files

    def items(self, service: str) -> list[tuple[dict[str, str], str]]:
        """(attributes, secret) of every stored item of `service`, read over D-Bus."""
        import secretstorage
        from jeepney.io.blocking import open_dbus_connection

        connection = open_dbus_connection(bus=self.address)
        with closing(connection):
            collection = secretstorage.get_default_collection(connection)
            return [(item.get_attributes(), item.get_secret().decode())
                    for item in collection.search_items({"service": service})]


def require_binaries() -> None:
    missing = [name for name in BINARIES if shutil.which(name) is None]
    if missing:
        pytest.skip(f"a real Secret Service needs {', '.join(missing)} (Debian packages "
                    "dbus-daemon and gnome-keyring; `make test` installs them)")


@contextmanager
def running_secret_service(tmp: Path, unlocked: bool = True) -> Iterator[SecretServiceSession]:
    require_binaries()
    dirs = {name: tmp / name for name in ("home", "data", "config", "cache", "run")}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    dirs["run"].chmod(0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(dirs["home"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_RUNTIME_DIR": str(dirs["run"]),
    }
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env, capture_output=True, text=True, timeout=START_TIMEOUT_S, check=True)
    address, pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    args = ["gnome-keyring-daemon", "--foreground", "--components=secrets"]
    if unlocked:
        args.append("--unlock")  # reads the login password from stdin, creating the keyring
    daemon = subprocess.Popen(args, env=env, stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert daemon.stdin is not None
        if unlocked:
            daemon.stdin.write(PASSWORD)
        daemon.stdin.close()
        _wait_for_service(address, daemon)
        yield SecretServiceSession(address, dirs["data"])
    finally:
        daemon.terminate()
        try:
            daemon.wait(5)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait(5)
        try:
            os.kill(int(pid), signal.SIGTERM)
        except ProcessLookupError:
            pass


def _wait_for_service(address: str, daemon: subprocess.Popen) -> None:
    from jeepney import DBus
    from jeepney.io.blocking import open_dbus_connection

    # Owned, not merely activatable: the bus could otherwise start a second, locked daemon.
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            pytest.fail(f"gnome-keyring-daemon exited with status {daemon.returncode}")
        with closing(open_dbus_connection(bus=address)) as connection:
            reply = connection.send_and_get_reply(DBus().NameHasOwner("org.freedesktop.secrets"))
            if reply.body[0]:
                return
        time.sleep(0.05)
    pytest.fail(f"the Secret Service did not appear on {address} within {START_TIMEOUT_S} s")


@contextmanager
def secret_service_env(monkeypatch: pytest.MonkeyPatch, tmp: Path,
                       unlocked: bool = True) -> Iterator[SecretServiceSession]:
    """The running service, with this process's session bus pointed at it for the test."""
    with running_secret_service(tmp, unlocked) as session:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.address)
        yield session
