"""Breakers: the daily loss limit (on equity, realised + unrealised, from the equity at the
day's reset hour), the drawdown from peak equity, N losing trades in a row, and the margin use
of a derivatives account. Each trips into the state its rule names, with the time it resumes
on its own:

- daily loss: the next reset hour (00:00 UTC by default);
- loss streak: after the cooldown;
- drawdown: never by itself — the trader resumes it;
- margin use: REDUCING from its first level, HALTED from its second; as soon as the use is
  back below a level the state follows it (the guard re-evaluates at every reading).

A limit is reached at its value: a loss of exactly the daily limit trips it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.core import RiskLimits, TradingState
from desktop.core.messages import Message, formatted, marker

DAY_MS = 86_400_000
HOUR_MS = 3_600_000

_t = marker("RiskBreakers")


def money(value: float, quote: str) -> Message:
    """−512.40 USDT (a real minus sign, thousands separated; in the UI's locale on screen)."""
    if value < 0:
        return formatted("−{amount:,.2f} {quote}", amount=abs(value), quote=quote)
    return formatted("{amount:,.2f} {quote}", amount=value, quote=quote)


def day_start_ms(now_ms: int, reset_hour: int) -> int:
    """The latest reset boundary at or before `now_ms`."""
    offset = (reset_hour % 24) * HOUR_MS
    return (now_ms - offset) // DAY_MS * DAY_MS + offset


@dataclass(slots=True)
class BreakerBook:
    """One account's breaker bookkeeping (persisted with its trading state)."""

    day_start_ms: int = 0
    day_start_equity: float = math.nan
    peak_equity: float = math.nan
    loss_streak: int = 0
    # Realised P&L of each symbol's position when it was opened: a round trip's result is the
    # realised P&L when it closes minus this.
    opened_at_realized: dict[str, float] = field(default_factory=dict)

    def observe_equity(self, equity: float, now_ms: int, reset_hour: int) -> bool:
        """Record an equity reading; True when something stored changed."""
        if not (math.isfinite(equity) and equity > 0):
            return False
        changed = False
        start = day_start_ms(now_ms, reset_hour)
        if start != self.day_start_ms or not math.isfinite(self.day_start_equity):
            self.day_start_ms, self.day_start_equity = start, equity
            changed = True
        if not math.isfinite(self.peak_equity) or equity > self.peak_equity:
            self.peak_equity = equity
            changed = True
        return changed

    def position_moved(self, symbol: str, before: float, after: float,
                       realized: float) -> float | None:
        """A fill moved a position from `before` to `after` (signed amounts); `realized` is
        the book's realised P&L after it. Returns the round trip's result when the position
        closed (or flipped), else None, and keeps the losing streak."""
        result = None
        if abs(before) > 1e-12 and (abs(after) <= 1e-12 or before * after < 0):
            opened = self.opened_at_realized.pop(symbol, realized)
            result = realized - opened
            self.loss_streak = self.loss_streak + 1 if result < 0 else 0
        if abs(after) > 1e-12 and symbol not in self.opened_at_realized:
            self.opened_at_realized[symbol] = realized
        return result


@dataclass(slots=True, frozen=True)
class Trip:
    code: str  # "daily_loss", "max_drawdown", "loss_streak"
    state: TradingState
    reason: str
    resumes_at_ms: int | None


def daily_loss(limits: RiskLimits, book: BreakerBook, equity: float) -> float:
    """Equity lost since the day began (positive = a loss; NaN while unknown)."""
    if not (math.isfinite(equity) and math.isfinite(book.day_start_equity)):
        return math.nan
    return book.day_start_equity - equity


def drawdown_pct(book: BreakerBook, equity: float) -> float:
    if not (math.isfinite(equity) and math.isfinite(book.peak_equity) and book.peak_equity > 0):
        return math.nan
    return max(0.0, (book.peak_equity - equity) / book.peak_equity * 100.0)


def margin_trip(limits: RiskLimits, margin_use_pct: float) -> Trip | None:
    """The state the margin use asks for now (None: within both levels, or no reading)."""
    if not math.isfinite(margin_use_pct):
        return None
    for level, state in ((limits.margin_use_halted_pct, TradingState.HALTED),
                         (limits.margin_use_reducing_pct, TradingState.REDUCING)):
        if level is not None and margin_use_pct >= level:
            return Trip(MARGIN_USE, state,
                        _t("Margin use {use:.1f} % reached the {limit:g} % level",
                           use=margin_use_pct, limit=level), None)
    return None


MARGIN_USE = "margin_use"


def evaluate(limits: RiskLimits, book: BreakerBook, equity: float, quote: str,
             now_ms: int, margin_use_pct: float = math.nan) -> list[Trip]:
    """The breakers `equity`, the streak and the margin use trip now."""
    trips: list[Trip] = []
    margin = margin_trip(limits, margin_use_pct)
    if margin is not None:
        trips.append(margin)
    if limits.daily_loss_limit is not None:
        lost = daily_loss(limits, book, equity)
        if math.isfinite(lost) and lost >= limits.daily_loss_limit:
            trips.append(Trip(
                "daily_loss", limits.daily_loss_state,
                _t("Daily loss limit reached: {lost} of {limit} allowed",
                   lost=money(-lost, quote),
                   limit=formatted("−{amount:,.2f}", amount=limits.daily_loss_limit)),
                day_start_ms(now_ms, limits.daily_reset_hour_utc) + DAY_MS))
    if limits.max_drawdown_pct is not None:
        dd = drawdown_pct(book, equity)
        if math.isfinite(dd) and dd >= limits.max_drawdown_pct:
            trips.append(Trip(
                "max_drawdown", limits.drawdown_state,
                _t("Drawdown limit reached: equity is {dd:.2f} % below its peak of {peak}, "
                   "{limit:g} % allowed", dd=dd, peak=money(book.peak_equity, quote),
                   limit=limits.max_drawdown_pct),
                None))
    if limits.max_consecutive_losses is not None \
            and book.loss_streak >= limits.max_consecutive_losses:
        minutes = limits.loss_cooldown_minutes
        trips.append(Trip(
            "loss_streak", limits.loss_streak_state,
            _t("{streak} losing trades in a row ({limit} allowed): cooling down for "
               "{minutes:g} min", streak=book.loss_streak,
               limit=limits.max_consecutive_losses, minutes=minutes),
            now_ms + int(minutes * 60_000)))
    return trips


_SEVERITY = {TradingState.ACTIVE: 0, TradingState.REDUCING: 1, TradingState.HALTED: 2}


def stronger(trip: Trip, state: TradingState, resumes_at_ms: int | None) -> bool:
    """Whether `trip` should replace the current state: a harsher state, or the same state
    held longer (None = until resumed by hand, the longest)."""
    if _SEVERITY[trip.state] != _SEVERITY[state]:
        return _SEVERITY[trip.state] > _SEVERITY[state]
    if resumes_at_ms is None:
        return False
    return trip.resumes_at_ms is None or trip.resumes_at_ms > resumes_at_ms
