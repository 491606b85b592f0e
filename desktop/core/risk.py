"""Risk types shared by the guard (desktop.risk), the engine, the client and the widgets.

Plain data: the per-account limits, the trading state of an account, how much of each limit
is used, the refusal a trader reads, the events the guard publishes and the kill switch's
report. Imports nothing of the project but the other core modules.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from desktop.core.errors import PregaoError
from desktop.core.events import Event


def _now_ms() -> int:
    return int(time.time() * 1000)


class TradingState(StrEnum):
    """As NautilusTrader has them: ACTIVE trades freely; REDUCING lets only orders that reduce
    exposure through; HALTED refuses every new order and modification (cancels always pass)."""

    ACTIVE = "active"
    REDUCING = "reducing"
    HALTED = "halted"


@dataclass(slots=True, frozen=True)
class RiskLimits:
    """One account's limits (or the global default, account ""). `None` switches a limit off.

    Money is in the account's quote currency (USDT for most), percentages are of equity
    (0-100). The breakers name the state they move the account to; a daily-loss halt resumes
    by itself at the next reset hour, a loss-streak halt after the cooldown, a drawdown halt
    only when the trader resumes it."""

    max_order_notional: float | None = None
    max_position_notional: float | None = None  # per symbol, after the order
    max_gross_exposure_pct: float | None = None  # sum of |position notional| / equity
    max_open_orders: int | None = None
    max_orders_per_second: int | None = None
    max_orders_per_minute: int | None = None
    # Equity (realised + unrealised) lost since the day began at `daily_reset_hour_utc`.
    daily_loss_limit: float | None = None
    daily_reset_hour_utc: int = 0
    daily_loss_state: TradingState = TradingState.HALTED
    max_drawdown_pct: float | None = None  # from the peak equity seen
    drawdown_state: TradingState = TradingState.HALTED
    max_consecutive_losses: int | None = None  # closed losing trades in a row
    loss_cooldown_minutes: float = 60.0
    loss_streak_state: TradingState = TradingState.HALTED
    max_asset_exposure_pct: float | None = None  # one asset counted across all its symbols
    # The order's position exposure weighted by its correlation with the rest of the book.
    max_correlated_exposure_pct: float | None = None
    max_var_pct: float | None = None  # 1-day 99 % VaR of the book with the order
    min_reward_risk: float | None = None  # for orders with both a stop-loss and a take-profit
    # Margin use of a derivatives account (initial margin / margin balance, %): from the
    # first level the account only reduces, from the second it is halted; it goes back by
    # itself once the use is below the levels again.
    margin_use_reducing_pct: float | None = None
    margin_use_halted_pct: float | None = None

    def enabled(self) -> list[str]:
        """Names of the limits that are on."""
        return [f.name for f in fields(self)
                if f.name in LIMIT_NAMES and getattr(self, f.name) is not None]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: (str(v) if isinstance(v := getattr(self, f.name), TradingState) else v)
                for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RiskLimits:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("daily_loss_state", "drawdown_state", "loss_streak_state"):
            if name in values:
                values[name] = TradingState(values[name])
        return cls(**values)


# The switchable limits (each a field of RiskLimits whose None means "off").
LIMIT_NAMES = (
    "max_order_notional", "max_position_notional", "max_gross_exposure_pct",
    "max_open_orders", "max_orders_per_second", "max_orders_per_minute", "daily_loss_limit",
    "max_drawdown_pct", "max_consecutive_losses", "max_asset_exposure_pct",
    "max_correlated_exposure_pct", "max_var_pct", "min_reward_risk",
    "margin_use_reducing_pct", "margin_use_halted_pct",
)


@dataclass(slots=True, frozen=True)
class PositionRules:
    """Position management an account (or a bot) switches on; `None` = off.

    `break_even_at_r`: once the price has moved that many R (R = entry-to-initial-stop
    distance) in favour, the stop moves to the entry price. `close_after_hours`: a position
    older than that is closed at market. `atr_stop_multiple`: orders placed without a stop get
    an initial stop that many ATR (`atr_period` bars of `atr_timeframe`) from the entry."""

    break_even_at_r: float | None = None
    close_after_hours: float | None = None
    close_after_bars: int | None = None
    bar_timeframe: str = "1h"
    atr_stop_multiple: float | None = None
    atr_period: int = 14
    atr_timeframe: str = "1h"

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PositionRules:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(slots=True, frozen=True)
class LimitUsage:
    """How much of one limit is used: `used` of `allowed`, in `unit` ("USDT", "%", "orders",
    "orders/s", "trades", "R")."""

    limit: str
    used: float
    allowed: float
    unit: str

    @property
    def fraction(self) -> float:
        """used / allowed (0 when nothing is allowed to be used up)."""
        return self.used / self.allowed if self.allowed else 0.0


@dataclass(slots=True, frozen=True)
class RiskStatus:
    """An account's trading state, why it is in it, and when it resumes on its own (None: it
    does not — ACTIVE, or held until the trader resumes it)."""

    account: str
    state: TradingState
    reason: str = ""
    resumes_at_ms: int | None = None


class RiskRejected(PregaoError):
    """The guard refused an order. `code` names the rule (e.g. "daily_loss"), `str(err)` is the
    sentence for the trader. Nothing reached the venue; the order is journaled as rejected."""

    def __init__(self, code: str, message: str, account: str = "") -> None:
        self.code = code
        self.account = account
        super().__init__(message)


@dataclass(slots=True, frozen=True)
class RiskEvent(Event):
    """The guard refused an order (never dropped; the alert center turns it into a
    notification)."""

    account: str
    code: str
    message: str
    symbol: str = ""
    side: str = ""
    amount: float = 0.0
    client_order_id: str = ""
    ts: int = field(default_factory=_now_ms)


@dataclass(slots=True, frozen=True)
class TradingStateEvent(Event):
    """An account's trading state changed: a breaker tripped (`code` names it), the trader
    set or resumed it, a cooldown ended, or the kill switch halted it. Never dropped."""

    status: RiskStatus
    previous: TradingState
    code: str = ""
    ts: int = field(default_factory=_now_ms)


@dataclass(slots=True, frozen=True)
class KillSwitchItem:
    """One order to cancel or one position to flatten, and how far it got."""

    account: str
    kind: str  # "order", "position", or "account" (one that could not be reached at all)
    ref: str  # the client order id, the symbol of the position, or the account id
    symbol: str
    done: bool
    detail: str = ""  # what happened, or why it is not done yet


@dataclass(slots=True, frozen=True)
class KillSwitchReport:
    """What the kill switch did, per order and per position, and the accounts it halted."""

    items: tuple[KillSwitchItem, ...] = ()
    halted: tuple[str, ...] = ()

    @property
    def done(self) -> bool:
        return all(item.done for item in self.items)

    @property
    def not_done(self) -> tuple[KillSwitchItem, ...]:
        return tuple(item for item in self.items if not item.done)
