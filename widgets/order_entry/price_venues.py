"""Which ticks price an account's orders: the `venue` names its prices are stamped with."""

from __future__ import annotations

from desktop.core import Market
from desktop.core.accounts import (
    ACCOUNT_SOURCE_PREFIX,
    DEMO_SOURCE,
    PUBLIC_SOURCE_PREFIX,
    REPLAY_SOURCE,
    AccountInfo,
)

LOCAL_FEEDS = (DEMO_SOURCE, REPLAY_SOURCE)


def price_venues(info: AccountInfo | None, accounts: dict[str, AccountInfo]) -> set[str]:
    """The account's own name, and a paper account's price source (the demo feed, the
    replay, another account of `accounts`, an exchange)."""
    if info is None:
        return set()
    venues = {info.label}
    source = info.price_source
    if source == DEMO_SOURCE:
        venues.update(LOCAL_FEEDS)  # the demo market's accounts trade an open replay too
    elif source == REPLAY_SOURCE:
        venues.add(source)
    elif source.startswith(ACCOUNT_SOURCE_PREFIX):
        other = accounts.get(source.removeprefix(ACCOUNT_SOURCE_PREFIX))
        if other is not None:
            venues.add(other.label)
    elif source.startswith(PUBLIC_SOURCE_PREFIX):
        venues.add(source.removeprefix(PUBLIC_SOURCE_PREFIX))
    return venues


def prices_market(venues: set[str], market: Market | None, venue: str) -> bool:
    """Whether a tick stamped `venue` prices the account's `market`: from one of its price
    venues and, for a market of the demo feed or a replay, from that feed itself (a replay
    of a symbol the demo market also has does not price the demo's)."""
    if venue not in venues:
        return False
    return market is None or market.venue not in LOCAL_FEEDS or venue == market.venue
