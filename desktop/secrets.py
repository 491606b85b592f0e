"""The one place that touches the system keyring: API key, secret and passphrase per account,
and the secret of each alert delivery channel (bot token, SMTP password, webhook URL).

Only the operating system's own secret stores are used: the Secret Service (GNOME Keyring,
KWallet, KeePassXC) on Linux, the Keychain on macOS, the Credential Locker on Windows. Where
none works the caller gets `SecretStoreUnavailable` with the sentence to show: there is no
plaintext fallback, and keyring's own selection is bypassed so a `keyrings.alt` file backend,
a PYTHON_KEYRING_BACKEND variable or a keyringrc.cfg can never route keys into a file.

Every call blocks on D-Bus (and may wait for an unlock prompt): run it off the event loop.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from desktop.core.accounts import SecretStoreUnavailable
from desktop.core.messages import formatted, marker, text_of
from desktop.log_redaction import register_secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

_t = marker("Keyring")

log = logging.getLogger(__name__)

SERVICE = "Pregao"
FIELDS = ("api_key", "secret", "passphrase")

#: (module, class) of the native backends we accept, best first. Nothing else is ever used.
NATIVE_BACKENDS = (
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
)

NO_KEYRING = _t(
    "No system keyring is available: install and unlock GNOME Keyring or KWallet "
    "(Secret Service), then restart Pregão."
)
LOCKED = _t(
    "The system keyring is locked and was not unlocked: unlock it (GNOME Keyring or KWallet "
    "asks for your login password) and try again."
)
NOT_SAVED = _t("Your API keys were not saved.")
NOT_READ = _t("The API keys could not be read.")
NOT_DELETED = _t("The API keys were not deleted.")
CHANNEL_NOT_SAVED = _t("The channel's secret was not saved.")
CHANNEL_NOT_READ = _t("The channel's secret could not be read.")
CHANNEL_NOT_DELETED = _t("The channel's secret was not deleted.")


@dataclass(slots=True, frozen=True)
class Credentials:
    api_key: str = field(default="", repr=False)
    secret: str = field(default="", repr=False)
    passphrase: str = field(default="", repr=False)

    def as_fields(self) -> dict[str, str]:
        return {"api_key": self.api_key, "secret": self.secret, "passphrase": self.passphrase}

    @property
    def empty(self) -> bool:
        return not (self.api_key or self.secret or self.passphrase)


def native_backend() -> KeyringBackend:
    """The best working native keyring, or SecretStoreUnavailable saying how to get one."""
    candidates: list[tuple[float, type[KeyringBackend]]] = []
    reasons: list[str] = []
    for module_name, class_name in NATIVE_BACKENDS:
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
            # keyring's `priority` raises when the backend cannot work here (no D-Bus, no daemon,
            # wrong platform): that is exactly the viability test we want.
            candidates.append((float(cls.priority), cls))
        except Exception as exc:
            reasons.append(f"{module_name}: {exc}")
    if not candidates:
        log.warning("No native keyring backend works here (%s)", "; ".join(reasons))
        raise SecretStoreUnavailable(NO_KEYRING)
    return max(candidates, key=lambda c: c[0])[1]()


class SecretStore:
    """API credentials of each account in the system keyring, under SERVICE."""

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = native_backend()
        return self._backend

    def save(self, account_id: str, credentials: Credentials) -> None:
        """Store every non-empty field (an empty one is deleted); all or nothing."""
        backend = self._use(NOT_SAVED)
        written: list[str] = []
        try:
            for name, value in credentials.as_fields().items():
                if value:
                    register_secret(value)
                    backend.set_password(self.service, _username(account_id, name), value)
                    written.append(name)
                else:
                    self._delete_one(backend, account_id, name)
        except Exception as exc:
            for name in written:  # half a set of keys is worse than none
                try:
                    self._delete_one(backend, account_id, name)
                except Exception:
                    log.warning("Could not roll back keyring entry %s of account %s",
                                name, account_id)
            raise _unavailable(exc, NOT_SAVED) from None

    def load(self, account_id: str) -> Credentials:
        backend = self._use(NOT_READ)
        values: dict[str, str] = {}
        try:
            for name in FIELDS:
                values[name] = backend.get_password(self.service,
                                                    _username(account_id, name)) or ""
        except Exception as exc:
            raise _unavailable(exc, NOT_READ) from None
        for value in values.values():
            register_secret(value)
        return Credentials(**values)

    def delete(self, account_id: str) -> None:
        """Remove every field of the account; absent entries are fine."""
        backend = self._use(NOT_DELETED)
        try:
            for name in FIELDS:
                self._delete_one(backend, account_id, name)
        except Exception as exc:
            raise _unavailable(exc, NOT_DELETED) from None

    # -- alert delivery channels: one secret each (token, password or webhook URL) ------------
    def save_channel_secret(self, channel: str, value: str) -> None:
        backend = self._use(CHANNEL_NOT_SAVED)
        register_secret(value)
        try:
            backend.set_password(self.service, _channel_username(channel), value)
        except Exception as exc:
            raise _unavailable(exc, CHANNEL_NOT_SAVED) from None

    def load_channel_secret(self, channel: str) -> str:
        """The stored secret, or "" when none is stored."""
        backend = self._use(CHANNEL_NOT_READ)
        try:
            value = backend.get_password(self.service, _channel_username(channel)) or ""
        except Exception as exc:
            raise _unavailable(exc, CHANNEL_NOT_READ) from None
        register_secret(value)
        return value

    def delete_channel_secret(self, channel: str) -> None:
        backend = self._use(CHANNEL_NOT_DELETED)
        try:
            backend.delete_password(self.service, _channel_username(channel))
        except _keyring_errors().PasswordDeleteError:
            pass  # nothing stored
        except Exception as exc:
            raise _unavailable(exc, CHANNEL_NOT_DELETED) from None

    def check(self) -> None:
        """Raise SecretStoreUnavailable unless a native keyring can be used right now."""
        self._use(NOT_SAVED)

    def _use(self, consequence: str) -> KeyringBackend:
        try:
            return self.backend
        except SecretStoreUnavailable as exc:
            raise SecretStoreUnavailable(formatted("{0} {1}", text_of(exc), consequence)
                                         ) from None

    def _delete_one(self, backend: KeyringBackend, account_id: str, name: str) -> None:
        try:
            backend.delete_password(self.service, _username(account_id, name))
        except _keyring_errors().PasswordDeleteError:
            pass  # nothing stored under that name


def _keyring_errors() -> ModuleType:
    # keyring (and its entry points, jaraco, D-Bus helpers) loads on first use, not with the
    # account services at start: a paper account never needs it.
    return importlib.import_module("keyring.errors")


def _username(account_id: str, name: str) -> str:
    return f"{account_id}:{name}"


def _channel_username(channel: str) -> str:
    return f"alert-channel:{channel}"


def _unavailable(exc: Exception, consequence: str) -> SecretStoreUnavailable:
    # The exception text never carries a secret (keyring and secretstorage name the service,
    # the item or the D-Bus failure), so it is safe to log.
    log.warning("Keyring operation failed: %s: %s", type(exc).__name__, exc)
    if isinstance(exc, _keyring_errors().KeyringLocked) or "dismissed" in str(exc).lower() \
            or "locked" in str(exc).lower():
        return SecretStoreUnavailable(formatted("{0} {1}", LOCKED, consequence))
    return SecretStoreUnavailable(formatted("{0} {1}", NO_KEYRING, consequence))
