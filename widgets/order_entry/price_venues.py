"""Which ticks price an account's orders: the `venue` names its prices are stamped with."""

from __future__ import annotations

from desktop.core.accounts import (
    ACCOUNT_SOURCE_PREFIX,
    DEMO_SOURCE,
    PUBLIC_SOURCE_PREFIX,
    REPLAY_SOURCE,
    AccountInfo,
)


def price_venues(info: AccountInfo | None, accounts: dict[str, AccountInfo]) -> set[str]:
    """The account's own name, and a paper account's price source (the demo feed, the
    replay, another account of `accounts`, an exchange)."""
    if info is None:
        return set()
    venues = {info.label}
    source = info.price_source
    if source in (DEMO_SOURCE, REPLAY_SOURCE):
        venues.add(source)
    elif source.startswith(ACCOUNT_SOURCE_PREFIX):
        other = accounts.get(source.removeprefix(ACCOUNT_SOURCE_PREFIX))
        if other is not None:
            venues.add(other.label)
    elif source.startswith(PUBLIC_SOURCE_PREFIX):
        venues.add(source.removeprefix(PUBLIC_SOURCE_PREFIX))
    return venues
