"""How long a signed order request can still reach the exchange and be accepted, and how a lost
answer is settled without ever sending twice. No ccxt import.

Binance (and the exchanges built like it) refuse a signed request whose `timestamp` is older
than its `recvWindow` when it arrives. So a request signed at T can be accepted until T plus the
receive window on the exchange's clock: on ours, that plus whatever our estimate of the clock
offset gets wrong. Before that deadline, an order that a lookup does not find may still arrive
(a request stuck in a proxy, a retransmitted packet, an exchange queue running late). "Never
arrived" is therefore proven only by a lookup *after* the deadline, and a second one, after the
first said "not found" — one lookup is never enough to call a resend safe.

Exchanges without such a window (nothing in the request expires) get `DEFAULT_VALIDITY_MS`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from desktop.core import Order, OrderNotFound, VenueError
from desktop.core.messages import marker, text_of
from desktop.venues.ccxt_errors import OrderNotPlaced, OrderOutcomeUnknown
from desktop.venues.resilience import utc_clock_text, wall_ms

_t = marker("ExchangeErrors")

DEFAULT_VALIDITY_MS = 60_000
# Exchanges whose signed requests carry a `timestamp` and a `recvWindow` the exchange checks;
# the venue stamps order requests itself so it knows exactly when each one expires.
TIMESTAMP_SIGNED = frozenset({"binance", "binanceus", "binanceusdm"})


@dataclass(slots=True)
class SendWindow:
    recv_window_ms: int
    margin_ms: int
    settle_wait_ms: int  # longest wait inside create_order for the deadline to pass

    def grace_ms(self, clock_offset_ms: int) -> int:
        """From signing, how long the request may still be accepted (local clock)."""
        return self.recv_window_ms + abs(clock_offset_ms) + self.margin_ms

    async def settle(self, look_up: Callable[[], Awaitable[Order]], what: str, exchange: str,
                     venue: str, client_id: str, failure: VenueError,
                     deadline_ms: int) -> Order:
        """The order `create_order` failed to hear about: found, it is returned. Otherwise
        OrderNotPlaced only when two lookups, the last after the deadline, both missed it;
        OrderOutcomeUnknown when the deadline is too far off to wait for here (the order
        manager keeps the order pending and reconciliation finishes the check)."""
        misses = 0
        while True:
            try:
                return await look_up()
            except OrderNotFound:
                misses += 1
            except VenueError as lookup_error:
                raise OrderOutcomeUnknown(_t(
                    "The {what} order may or may not have been placed: {failure} Looking it up "
                    "failed too ({lookup}); it will be checked again when {exchange} answers "
                    "(client id {id}).", what=what, failure=text_of(failure),
                    lookup=text_of(lookup_error), exchange=exchange, id=client_id),
                    venue, client_id) from failure
            remaining = deadline_ms - wall_ms()
            if misses >= 2 and remaining <= 0:
                raise OrderNotPlaced(_t(
                    "The {what} order was not placed: {failure} {exchange} has no order with "
                    "client id {id}, asked twice after the request could no longer be "
                    "accepted; it is safe to send again.", what=what,
                    failure=text_of(failure), exchange=exchange, id=client_id),
                    venue, client_id) from failure
            if remaining > self.settle_wait_ms:
                raise OrderOutcomeUnknown(_t(
                    "The {what} order may or may not have been placed: {failure} {exchange} "
                    "does not show it yet, but the request could still arrive until {until}; "
                    "it is being checked (client id {id}). Do not send it again.", what=what,
                    failure=text_of(failure), exchange=exchange,
                    until=utc_clock_text(deadline_ms), id=client_id),
                    venue, client_id) from failure
            await asyncio.sleep(max(remaining, 0) / 1000 + 0.05)
