"""Every exchange ccxt supports, with what the account form needs to know about it."""

from __future__ import annotations

from functools import cache

import ccxt

from desktop.core.accounts import ExchangeInfo


@cache
def exchange_catalog() -> tuple[ExchangeInfo, ...]:
    """All ccxt exchanges sorted by name. Instantiating each costs ~0.5 s in all: call it off
    the event loop once; the result is cached for the process."""
    out: list[ExchangeInfo] = []
    for exchange_id in ccxt.exchanges:
        cls = getattr(ccxt, exchange_id, None)
        if cls is None:
            continue
        try:
            exchange = cls()
        except Exception:
            continue  # a broken exchange class must not hide the others
        # urls['test'] is present but None where there is no testnet: judge by its value.
        out.append(ExchangeInfo(
            id=exchange_id,
            name=str(exchange.name or exchange_id),
            has_sandbox=bool(exchange.urls.get("test")),
            needs_passphrase=bool(exchange.requiredCredentials.get("password")),
        ))
    return tuple(sorted(out, key=lambda e: e.name.lower()))


def exchange_info(exchange_id: str) -> ExchangeInfo | None:
    return next((e for e in exchange_catalog() if e.id == exchange_id), None)
