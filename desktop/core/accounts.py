"""Trading accounts as the UI sees them, and the errors of keeping their keys.

An account is an exchange (or the paper venue) plus a label; its API key, secret and
passphrase live only in the operating system's keyring. What crosses to the UI is the masked
`key_hint`, never a secret.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.enums import ConnectionState, OrderType
from desktop.core.errors import PregaoError
from desktop.core.events import Event

PAPER_EXCHANGE = "paper"
# Price sources of a paper account: the demo market, the open replay, a connected exchange
# account's public data ("account:<id>"), or an exchange's public data without keys
# ("public:<exchange id>").
DEMO_SOURCE = "demo"
REPLAY_SOURCE = "replay"
ACCOUNT_SOURCE_PREFIX = "account:"
PUBLIC_SOURCE_PREFIX = "public:"


@dataclass(slots=True, frozen=True)
class ExchangeInfo:
    """One exchange ccxt can trade on, as the account form lists it."""

    id: str  # ccxt id: "binance"
    name: str  # "Binance"
    has_sandbox: bool  # a testnet exists (ccxt set_sandbox_mode)
    needs_passphrase: bool = False  # OKX, KuCoin, ... sign with a third credential


@dataclass(slots=True, frozen=True)
class AccountInfo:
    id: str
    exchange: str  # ccxt id, or PAPER_EXCHANGE
    label: str
    sandbox: bool
    key_hint: str  # "abcd…wxyz"; empty for paper accounts
    is_paper: bool
    # Paper accounts: what they start from and a reset goes back to, in the order typed.
    starting_balances: tuple[tuple[str, float], ...] = ()
    state: ConnectionState = ConnectionState.DISCONNECTED
    detail: str = ""  # why the last connection attempt failed, in words
    price_source: str = DEMO_SOURCE  # paper accounts: where their prices come from


@dataclass(slots=True, frozen=True)
class AccountDraft:
    """What the Add/Edit form sends. On edit an empty credential keeps the stored one."""

    exchange: str
    label: str
    sandbox: bool = False
    api_key: str = field(default="", repr=False)
    secret: str = field(default="", repr=False)
    passphrase: str = field(default="", repr=False)
    price_source: str = ""  # paper accounts; empty: keep the stored one (new: the demo market)
    # Paper accounts: (currency, amount) pairs; empty: keep the stored ones (new: the default)
    starting_balances: tuple[tuple[str, float], ...] = ()


@dataclass(slots=True, frozen=True)
class PriceSourceInfo:
    """A price source a paper account can use, as the account form lists it."""

    id: str  # "demo", "replay", "account:<id>", "public:<exchange>"
    name: str  # the account's label or the exchange's name; the UI words demo and replay
    available: bool = True  # e.g. False for "replay" while no replay is open


@dataclass(slots=True, frozen=True)
class OrderTypeSupport:
    """One order type an account can place: what the order entry offers and the accounts
    dialog lists. `emulated`: the engine (or the paper matching engine) carries it out on top
    of the exchange's own types, instead of the exchange itself."""

    type: OrderType
    emulated: bool


@dataclass(slots=True, frozen=True)
class AccountsChanged(Event):
    """An account was added, edited or removed: lists of accounts should be fetched again."""

    account_id: str = ""


@dataclass(slots=True, frozen=True)
class PaperAccountReset(Event):
    """A paper account went back to its starting balances: its orders, fills and positions
    are gone, so views listing them should fetch them again."""

    account_id: str = ""


class AccountFieldError(PregaoError):
    """A field of an account draft is wrong; `field` names it ("label", "api_key", ...)."""

    def __init__(self, field_name: str, message: str) -> None:
        self.field = field_name
        super().__init__(message)


class SecretStoreUnavailable(PregaoError):
    """No usable system keyring (absent, locked or refusing): nothing was stored or read."""


def key_hint(api_key: str) -> str:
    """Enough of a key to recognise it, never enough to use it."""
    key = api_key.strip()
    if len(key) >= 16:
        return f"{key[:4]}…{key[-4:]}"
    if len(key) >= 8:
        return f"…{key[-3:]}"
    return "…" if key else ""
