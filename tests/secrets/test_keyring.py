"""API keys in a real Secret Service (gnome-keyring on a private D-Bus): stored, read back,
deleted; and where no keyring can be used the user is told so and nothing lands anywhere else."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from desktop.core.accounts import SecretStoreUnavailable
from desktop.log_redaction import RedactingFilter
from desktop.secrets import SERVICE, Credentials, SecretStore
from tests.secret_service import secret_service_env

KEY = "kq7R2mXw9PzL4vNt8YbC3sHd"
SECRET = "S3cr3t-Zx8Qw2Lm5Np7Rt9Vb1Ck4Jh6Gf"
PASSPHRASE = "trading-passphrase-77"
NO_KEYRING = ("No system keyring is available: install and unlock GNOME Keyring or KWallet "
              "(Secret Service), then restart Pregão. Your API keys were not saved.")
PLAINTEXT_FILE = Path(__file__).with_name("plaintext-keyring-must-stay-absent.txt")


class PlaintextKeyring(KeyringBackend):
    """What keyrings.alt's PlaintextKeyring does: secrets in a file. It must never be used."""

    priority = 100  # keyring itself would prefer it to anything

    def set_password(self, service: str, username: str, password: str) -> None:
        with PLAINTEXT_FILE.open("a") as f:
            f.write(f"{service} {username} {password}\n")

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        pass


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    with secret_service_env(monkeypatch, tmp_path) as session:
        yield session


@pytest.fixture
def plaintext_configured(monkeypatch):
    """keyring configured (as a user or a distribution might) to use a plaintext file."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"{__name__}.PlaintextKeyring")
    PLAINTEXT_FILE.unlink(missing_ok=True)
    yield
    written = PLAINTEXT_FILE.exists()
    PLAINTEXT_FILE.unlink(missing_ok=True)
    assert not written, "a secret went to a plaintext file"


def test_credentials_round_trip_through_the_secret_service(secret_service, plaintext_configured):
    store = SecretStore()
    assert type(store.backend).__module__ == "keyring.backends.SecretService"
    store.save("acc1", Credentials(KEY, SECRET, PASSPHRASE))

    stored = {attrs["username"]: secret for attrs, secret in secret_service.items(SERVICE)}
    assert stored == {"acc1:api_key": KEY, "acc1:secret": SECRET, "acc1:passphrase": PASSPHRASE}
    # A fresh store (as after a restart) reads them back.
    assert SecretStore().load("acc1") == Credentials(KEY, SECRET, PASSPHRASE)

    # Saving without a passphrase removes the old one rather than leaving it behind.
    store.save("acc1", Credentials(KEY, SECRET))
    assert store.load("acc1") == Credentials(KEY, SECRET, "")

    store.delete("acc1")
    assert secret_service.items(SERVICE) == []
    assert store.load("acc1") == Credentials()
    store.delete("acc1")  # deleting what is gone is fine


def test_loaded_secrets_never_reach_a_log_line(secret_service, caplog):
    SecretStore().save("acc2", Credentials(KEY, SECRET, PASSPHRASE))
    SecretStore().load("acc2")
    logger = logging.getLogger("pregao.test.redaction")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger=logger.name):
        logger.info("signing with %s / %s / %s", KEY, SECRET, PASSPHRASE)
    text = caplog.text
    assert "signing with" in text
    for value in (KEY, SECRET, PASSPHRASE):
        assert value not in text


def test_without_any_keyring_nothing_is_saved_and_the_user_is_told_how_to_fix_it(
        monkeypatch, tmp_path, plaintext_configured):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    store = SecretStore()
    with pytest.raises(SecretStoreUnavailable) as err:
        store.save("acc3", Credentials(KEY, SECRET))
    assert str(err.value) == NO_KEYRING
    with pytest.raises(SecretStoreUnavailable, match="could not be read"):
        store.load("acc3")


def test_a_locked_keyring_is_reported_as_locked_and_nothing_is_saved(monkeypatch, tmp_path):
    with (secret_service_env(monkeypatch, tmp_path, unlocked=False),
          pytest.raises(SecretStoreUnavailable) as err):
        SecretStore().save("acc4", Credentials(KEY, SECRET))
    assert "locked" in str(err.value)
    assert str(err.value).endswith("Your API keys were not saved.")
