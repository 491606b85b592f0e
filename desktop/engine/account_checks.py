"""What the account form typed, cleaned and judged before anything is saved or opened.

Each refusal is an AccountFieldError naming the field, so the form shows it where it was typed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import select

from desktop.core.accounts import (
    ACCOUNT_SOURCE_PREFIX,
    DEMO_SOURCE,
    PAPER_EXCHANGE,
    PUBLIC_SOURCE_PREFIX,
    REPLAY_SOURCE,
    AccountDraft,
    AccountFieldError,
    ExchangeInfo,
)
from desktop.core.messages import marker
from desktop.secrets import Credentials
from desktop.storage import Account, Database

_t = marker("Accounts")


def check_label(database: Callable[[], Database], draft: AccountDraft,
                account_id: str | None) -> None:
    """A name is given, short enough, and no other account has it."""
    if not draft.label:
        raise AccountFieldError("label", _t("Give the account a name."))
    if len(draft.label) > 120:
        raise AccountFieldError("label", _t("Keep the name under 120 characters."))
    with database().session() as session:
        taken = session.scalars(select(Account).where(Account.label == draft.label)).first()
        if taken is not None and taken.id != account_id:
            raise AccountFieldError(
                "label", _t("An account named “{label}” already exists.", label=draft.label))


def check_draft(database: Callable[[], Database], draft: AccountDraft, account_id: str | None,
                exchanges: list[ExchangeInfo]) -> ExchangeInfo:
    """The exchange, sandbox, price source and keys of `draft`; the chosen exchange's info."""
    info = next((e for e in exchanges if e.id == draft.exchange), None)
    if info is None:
        raise AccountFieldError("exchange", _t("Choose an exchange from the list."))
    if draft.sandbox and not info.has_sandbox:
        raise AccountFieldError("sandbox", _t("{exchange} has no sandbox (testnet).",
                                              exchange=info.name))
    if info.id == PAPER_EXCHANGE:
        check_price_source(database, draft.price_source, account_id)
        check_starting_balances(draft.starting_balances)
        return info
    if account_id is not None:
        return info  # editing: empty credentials keep the stored ones
    if not draft.api_key:
        raise AccountFieldError("api_key", _t("Enter the API key {exchange} gave you.",
                                              exchange=info.name))
    if not draft.secret:
        raise AccountFieldError("secret", _t("Enter the API secret {exchange} gave you.",
                                             exchange=info.name))
    if info.needs_passphrase and not draft.passphrase:
        raise AccountFieldError(
            "passphrase", _t("{exchange} needs the passphrase you chose with the key.",
                             exchange=info.name))
    return info


def check_price_source(database: Callable[[], Database], source: str,
                       account_id: str | None) -> None:
    if source in ("", DEMO_SOURCE, REPLAY_SOURCE):
        return
    if source.startswith(ACCOUNT_SOURCE_PREFIX):
        source_id = source.removeprefix(ACCOUNT_SOURCE_PREFIX)
        with database().session() as session:
            row = session.get(Account, source_id)
        if row is None or row.is_paper or source_id == account_id:
            raise AccountFieldError("price_source",
                                    _t("Choose an exchange account as the price source."))
        return
    if source.startswith(PUBLIC_SOURCE_PREFIX) and source.removeprefix(PUBLIC_SOURCE_PREFIX):
        return
    raise AccountFieldError("price_source", _t("Choose a price source from the list."))


MAX_STARTING_CURRENCIES = 20


def check_starting_balances(pairs: tuple[tuple[str, float], ...]) -> None:
    """Currency codes as exchanges write them, each once, with a positive amount (an empty
    list keeps the stored balances, or gives a new account the default)."""
    if len(pairs) > MAX_STARTING_CURRENCIES:
        raise AccountFieldError("starting_balances", _t(
            "Start with at most {n} currencies.", n=MAX_STARTING_CURRENCIES))
    seen: set[str] = set()
    for currency, amount in pairs:
        if not currency_code(currency):
            raise AccountFieldError("starting_balances", _t(
                "“{currency}” is not a currency code: letters and digits, e.g. USDT or BTC.",
                currency=currency))
        if currency in seen:
            raise AccountFieldError("starting_balances", _t(
                "{currency} is listed twice.", currency=currency))
        seen.add(currency)
        if not math.isfinite(amount) or amount <= 0:
            raise AccountFieldError("starting_balances", _t(
                "The starting {currency} must be more than zero.", currency=currency))


def currency_code(text: str) -> bool:
    return 0 < len(text) <= 16 and text.isascii() and text.isalnum() and text == text.upper()


def clean_draft(draft: AccountDraft) -> AccountDraft:
    # Keys pasted from a web page often carry a trailing newline or space.
    return replace(draft, exchange=draft.exchange.strip(), label=draft.label.strip(),
                   api_key=draft.api_key.strip(), secret=draft.secret.strip(),
                   passphrase=draft.passphrase.strip(),
                   starting_balances=tuple((c.strip().upper(), float(a))
                                           for c, a in draft.starting_balances))


def draft_credentials(draft: AccountDraft) -> Credentials:
    return Credentials(draft.api_key, draft.secret, draft.passphrase)
