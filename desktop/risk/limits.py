"""Checking a set of risk limits before it is stored: each value a trader typed must make
sense, and a refusal names the field."""

from __future__ import annotations

import math

from desktop.core import PositionRules, PregaoError, RiskLimits, TradingState, timeframe_ms
from desktop.core.messages import Message, marker

_t = marker("RiskLimits")

# field -> (what it is called, smallest allowed, largest allowed, must be whole)
_BOUNDS: dict[str, tuple[Message, float, float, bool]] = {
    "max_order_notional": (_t("The max order notional"), 0.0, math.inf, False),
    "max_position_notional": (_t("The max position notional"), 0.0, math.inf, False),
    "max_gross_exposure_pct": (_t("The max gross exposure"), 0.0, 10_000.0, False),
    "max_open_orders": (_t("The max open orders"), 1, 100_000, True),
    "max_orders_per_second": (_t("The orders per second"), 1, 10_000, True),
    "max_orders_per_minute": (_t("The orders per minute"), 1, 100_000, True),
    "daily_loss_limit": (_t("The daily loss limit"), 0.0, math.inf, False),
    "max_drawdown_pct": (_t("The max drawdown"), 0.0, 100.0, False),
    "max_consecutive_losses": (_t("The losing trades in a row"), 1, 1000, True),
    "max_asset_exposure_pct": (_t("The max exposure to one asset"), 0.0, 10_000.0, False),
    "max_correlated_exposure_pct": (_t("The correlation-weighted exposure"), 0.0, 10_000.0,
                                    False),
    "max_var_pct": (_t("The VaR limit"), 0.0, 100.0, False),
    "min_reward_risk": (_t("The minimum reward:risk"), 0.0, 1000.0, False),
    "margin_use_reducing_pct": (_t("The margin use to reduce only"), 0.0, 1000.0, False),
    "margin_use_halted_pct": (_t("The margin use to halt"), 0.0, 1000.0, False),
}


class RiskLimitError(PregaoError):
    """A limit value that cannot be used; `field` names it (a RiskLimits field)."""

    def __init__(self, field: str, message: str) -> None:  # a Message: shown translated
        self.field = field
        super().__init__(message)


def validate_limits(limits: RiskLimits) -> None:
    for name, (label, low, high, whole) in _BOUNDS.items():
        value = getattr(limits, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            raise RiskLimitError(name, _t("{label} must be a number.", label=label))
        if whole and value != int(value):
            raise RiskLimitError(name, _t("{label} must be a whole number.", label=label))
        if whole and value < low:
            raise RiskLimitError(name, _t("{label} must be at least {low:g}.", label=label,
                                          low=low))
        if not whole and value <= low:
            raise RiskLimitError(name, _t("{label} must be above {low:g}.", label=label,
                                          low=low))
        if value > high:
            raise RiskLimitError(name, _t("{label} can be at most {high:,g}.", label=label,
                                          high=high))
    if not (isinstance(limits.daily_reset_hour_utc, int)
            and 0 <= limits.daily_reset_hour_utc <= 23):
        raise RiskLimitError("daily_reset_hour_utc",
                             _t("The day starts at an hour from 0 to 23."))
    if not (math.isfinite(limits.loss_cooldown_minutes) and limits.loss_cooldown_minutes > 0):
        raise RiskLimitError("loss_cooldown_minutes",
                             _t("The cooldown must be above 0 minutes."))
    reduce_at, halt_at = limits.margin_use_reducing_pct, limits.margin_use_halted_pct
    if reduce_at is not None and halt_at is not None and reduce_at >= halt_at:
        raise RiskLimitError("margin_use_halted_pct",
                             _t("The margin use to halt must be above the one to reduce "
                                "only."))
    for name in ("daily_loss_state", "drawdown_state", "loss_streak_state"):
        if TradingState(getattr(limits, name)) is TradingState.ACTIVE:
            raise RiskLimitError(name, _t("A breaker moves the account to reduce-only or "
                                          "halted."))


def validate_rules(rules: PositionRules) -> None:
    for name, label in (("break_even_at_r", _t("The break-even distance")),
                        ("close_after_hours", _t("The hours before closing")),
                        ("atr_stop_multiple", _t("The ATR multiple"))):
        value = getattr(rules, name)
        if value is not None and not (math.isfinite(value) and value > 0):
            raise RiskLimitError(name, _t("{label} must be above 0.", label=label))
    if rules.close_after_bars is not None and not (
            isinstance(rules.close_after_bars, int) and rules.close_after_bars >= 1):
        raise RiskLimitError("close_after_bars",
                             _t("The bars before closing must be at least 1."))
    if not (isinstance(rules.atr_period, int) and 1 <= rules.atr_period <= 1000):
        raise RiskLimitError("atr_period", _t("The ATR period must be from 1 to 1000 bars."))
    for name in ("bar_timeframe", "atr_timeframe"):
        try:
            timeframe_ms(getattr(rules, name))
        except ValueError as err:
            raise RiskLimitError(name, str(err)) from None
