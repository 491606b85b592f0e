"""Balances of the paper account: totals per currency and the funds each open order holds.

`free` is derived (total minus everything reserved) rather than stored, so releasing a
reservation restores `free` exactly to what it was before the order: no floating-point drift
accumulates from reserve/release pairs.

Spot semantics: nothing is borrowed. A currency's total never goes below zero and neither does
its free part; selling needs the base currency in hand.

Perpetuals (margin) use `settle` and `hold` instead: the wallet moves by realised P&L, fees
and funding, and margin is held without the spot check, since a margined position may have
lost more than its free cash while its margin balance still covers it (the liquidation rule
of `desktop.margin`, not the ledger, decides when that must stop).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core import Balance, InsufficientFunds
from desktop.core.messages import formatted, marker

_t = marker("PaperVenue")

# Relative size of float noise we absorb when a fill spends the last of a reservation
# (e.g. 0.1 + 0.2 computed in a different order); anything bigger is a bookkeeping bug.
_NOISE = 1e-9


@dataclass(slots=True)
class Reservation:
    currency: str
    amount: float


class BalanceLedger:
    def __init__(self, initial: dict[str, float] | None = None, venue: str = "",
                 account: str = "") -> None:
        self._total: dict[str, float] = {}
        self._reservations: dict[str, Reservation] = {}
        self._venue = venue
        self._account = account
        for currency, amount in (initial or {}).items():
            if amount < 0:
                raise ValueError(f"Starting balance of {currency} cannot be negative")
            self._total[currency] = float(amount)

    # -- reading -------------------------------------------------------------------------

    def total(self, currency: str) -> float:
        return self._total.get(currency, 0.0)

    def used(self, currency: str) -> float:
        return math.fsum(r.amount for r in self._reservations.values() if r.currency == currency)

    def free(self, currency: str) -> float:
        return self.total(currency) - self.used(currency)

    def reserved(self, key: str) -> float:
        reservation = self._reservations.get(key)
        return reservation.amount if reservation else 0.0

    def balances(self) -> list[Balance]:
        return [
            Balance(currency, self.free(currency), self.used(currency), self._venue, self._account)
            for currency in sorted(self._total)
            if self._total[currency] != 0.0
        ]

    # -- changing ------------------------------------------------------------------------

    def reserve(self, key: str, currency: str, amount: float) -> None:
        """Hold `amount` of free `currency` for order `key` (added to what it already holds)."""
        if amount < 0:
            raise ValueError("A reservation cannot be negative")
        if amount == 0.0:
            return  # nothing to hold (a margin account's free part may be below zero)
        free = self.free(currency)
        if amount > free:
            raise InsufficientFunds(_t("Insufficient {currency}: need {need}, have {have}",
                                       currency=currency, need=formatted("{0:,.8g}", amount),
                                       have=formatted("{0:,.8g}", free)), self._venue)
        existing = self._reservations.get(key)
        if existing is None:
            self._reservations[key] = Reservation(currency, amount)
        elif existing.currency != currency:
            raise ValueError(f"Reservation {key} holds {existing.currency}, not {currency}")
        else:
            existing.amount += amount

    def release(self, key: str) -> float:
        """Give back everything `key` still holds; returns the amount."""
        reservation = self._reservations.pop(key, None)
        return reservation.amount if reservation else 0.0

    def spend(self, key: str, currency: str, amount: float) -> None:
        """Pay `amount` out of the account, first from `key`'s reservation."""
        reservation = self._reservations.get(key)
        if reservation is not None and reservation.currency == currency:
            reservation.amount = max(0.0, reservation.amount - amount)
        self._total[currency] = self.total(currency) - amount
        self._absorb_noise(currency, amount)

    def credit(self, currency: str, amount: float) -> None:
        self._total[currency] = self.total(currency) + amount

    def settle(self, currency: str, delta: float) -> None:
        """A margin account's wallet moves by `delta` (realised P&L, a fee, funding)."""
        self._total[currency] = self.total(currency) + delta

    def hold(self, key: str, currency: str, amount: float) -> None:
        """Set what `key` holds to exactly `amount` (margin; no free-balance check)."""
        if amount <= 0.0:
            self._reservations.pop(key, None)
            return
        self._reservations[key] = Reservation(currency, amount)

    def _absorb_noise(self, currency: str, scale: float) -> None:
        used = self.used(currency)
        shortfall = used - self._total[currency]
        if shortfall <= 0:
            return
        if shortfall > _NOISE * max(1.0, abs(scale), used):
            raise RuntimeError(
                f"Paper ledger overdrawn: {currency} total {self._total[currency]!r} "
                f"below reserved {used!r}"
            )
        self._total[currency] = used
