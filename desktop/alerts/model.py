"""What an alert is: a rule the trader arms (`AlertRule`) and one firing of it (`AlertTrigger`).

Plain frozen dataclasses, Qt-free, importing only the standard library: the engine evaluates
rules, the storage layer persists them, delivery (desktop/alerts/delivery) consumes triggers,
and the dock shows both. `rule_from_dict` / `rule_to_dict` are the one JSON shape of a rule
(RULES.json of `pregao alerts`, the database row, the client API).
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

SEVERITIES: tuple[str, ...] = ("info", "warning", "critical")
# Every channel a rule may name. desktop/tray/toast/sound are local; the rest go over the network.
CHANNELS: tuple[str, ...] = (
    "desktop", "tray", "toast", "sound", "email", "telegram", "discord", "slack", "webhook",
)


class AlertRuleError(ValueError):
    """A rule that cannot be armed; the message names the field and what is wrong with it."""


class TriggerMode(StrEnum):
    ONCE = "once"  # fires once, then the rule disables itself
    EVERY_TIME = "every_time"  # every time the condition becomes true
    ONCE_PER_BAR_CLOSE = "once_per_bar_close"  # evaluated on closed candles only
    ONCE_PER_MINUTE = "once_per_minute"  # at most once in any 60 s


class ConditionKind(StrEnum):
    PRICE = "price"  # value (and value2 for a channel) against the last price
    PRICE_MOVE = "price_move"  # moved up/down by `value` % within `window_s` seconds
    INDICATOR = "indicator"  # indicator(params) on `timeframe` vs value, or vs another one
    VOLUME = "volume"  # candle volume above `value` × its average over `window` candles
    SPREAD = "spread"  # (ask - bid) / mid above `value` basis points
    ORDER = "order"  # an order of `symbol` filled / partially filled / cancelled / rejected
    POSITION_PNL = "position_pnl"  # unrealised P&L of the position above / below `value`
    MARGIN = "margin"  # a derivatives account's (`target`, "" any) margin use above `value` %
    BOT = "bot"  # a bot (`target` = bot id, "" any) emitted a signal or failed
    RISK = "risk"  # an account's (`target`, "" any) trading state changed / a breaker tripped
    CONNECTION = "connection"  # a venue (`target`, "" any) lost or restored its connection
    RATE_LIMIT = "rate_limit"  # a venue (`target`, "" any) was banned for its request rate
    MODEL_DRIFT = "model_drift"  # a saved model's (`target`, "" any) features drifted


# Which ops each condition kind accepts: the one list the parser, the evaluator and the form read.
COMPARE_OPS: tuple[str, ...] = ("crosses_above", "crosses_below", "crosses", ">", "<")
CONDITION_OPS: dict[ConditionKind, tuple[str, ...]] = {
    ConditionKind.PRICE: (*COMPARE_OPS, "enters_channel", "exits_channel"),
    ConditionKind.PRICE_MOVE: ("moves_up", "moves_down"),
    ConditionKind.INDICATOR: COMPARE_OPS,
    ConditionKind.VOLUME: (">",),
    ConditionKind.SPREAD: (">",),
    ConditionKind.ORDER: ("filled", "partially_filled", "cancelled", "rejected"),
    ConditionKind.POSITION_PNL: (">", "<"),
    ConditionKind.MARGIN: (">",),
    ConditionKind.BOT: ("signal", "error"),
    ConditionKind.RISK: ("state_changed", "breaker_tripped"),
    ConditionKind.CONNECTION: ("lost", "restored"),
    ConditionKind.RATE_LIMIT: ("banned",),
    ConditionKind.MODEL_DRIFT: ("drifted",),
}
# Kinds decided by an engine event (an order, a bot, a breaker...) rather than by a price.
EVENT_KINDS: frozenset[ConditionKind] = frozenset({
    ConditionKind.ORDER, ConditionKind.POSITION_PNL, ConditionKind.MARGIN, ConditionKind.BOT,
    ConditionKind.RISK, ConditionKind.CONNECTION, ConditionKind.RATE_LIMIT,
    ConditionKind.MODEL_DRIFT,
})
# Kinds whose rule names no symbol (they watch a bot, an account or a venue).
SYMBOL_FREE_KINDS: frozenset[ConditionKind] = frozenset({
    ConditionKind.MARGIN, ConditionKind.BOT, ConditionKind.RISK, ConditionKind.CONNECTION,
    ConditionKind.RATE_LIMIT, ConditionKind.MODEL_DRIFT,
})


@dataclass(slots=True, frozen=True)
class Condition:
    """One condition. Which fields matter depends on `kind` (see ConditionKind)."""

    kind: ConditionKind
    op: str
    value: float = math.nan
    value2: float = math.nan  # the channel's other edge
    indicator: str = ""  # a function of strategies.indicators, e.g. "rsi"
    params: tuple[float, ...] = ()
    timeframe: str = "1m"
    other_indicator: str = ""  # set: `indicator` is compared with this one instead of `value`
    other_params: tuple[float, ...] = ()
    window_s: int = 0  # PRICE_MOVE: the window; VOLUME: candles in the average (window_s bars)
    target: str = ""  # BOT: bot id; RISK: account; CONNECTION / RATE_LIMIT: venue;
    # MODEL_DRIFT: model name; "" any
    output: int = 0  # which output of a multi-output indicator (macd: 0 line, 1 signal, 2 hist)

    @property
    def crosses_indicator(self) -> bool:
        return bool(self.other_indicator)


@dataclass(slots=True, frozen=True)
class AlertRule:
    """An armed (or disarmed) alert. Times are epoch milliseconds UTC; 0 or None means unset.

    `fired_count` and `last_fired_ms` are the rule's own history, kept so that `max_count`,
    `cooldown_s` and ONCE hold across restarts."""

    id: str
    symbol: str
    condition: Condition
    trigger: TriggerMode = TriggerMode.ONCE
    name: str = ""
    message: str = ""  # the trader's own text; empty: a sentence built from the condition
    cooldown_s: float = 0.0
    expires_ms: int | None = None
    max_count: int | None = None
    snoozed_until_ms: int | None = None
    enabled: bool = True
    severity: str = "info"
    channels: tuple[str, ...] = ("desktop", "toast")
    fired_count: int = 0
    last_fired_ms: int | None = None
    created_ms: int = 0

    def is_armed(self, now_ms: int) -> bool:
        """Enabled, not expired, not snoozed, and not used up."""
        if not self.enabled:
            return False
        if self.expires_ms is not None and now_ms >= self.expires_ms:
            return False
        if self.snoozed_until_ms is not None and now_ms < self.snoozed_until_ms:
            return False
        return self.max_count is None or self.fired_count < self.max_count


def new_rule_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(slots=True, frozen=True)
class AlertTrigger:
    """One firing of a rule: what delivery sends and the trigger history shows.

    `value` is what the condition saw (the price, the indicator's value, the P&L...), NaN for
    event conditions that carry no number."""

    id: str
    rule_id: str
    symbol: str
    time_ms: int
    value: float
    title: str
    message: str
    severity: str = "info"
    channels: tuple[str, ...] = ()

    @property
    def price(self) -> float:
        return self.value


def new_trigger_id() -> str:
    return uuid.uuid4().hex


# ----------------------------------------------------------------------------- JSON shape


def _number(raw: dict[str, Any], key: str, where: str, required: bool = False) -> float:
    if key not in raw or raw[key] is None:
        if required:
            raise AlertRuleError(f"{where}: '{key}' is missing")
        return math.nan
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AlertRuleError(f"{where}: '{key}' must be a number, got {value!r}")
    return float(value)


def _params(raw: Any, where: str) -> tuple[float, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list | tuple) or not all(
        isinstance(p, int | float) and not isinstance(p, bool) for p in raw
    ):
        raise AlertRuleError(f"{where}: 'params' must be a list of numbers, got {raw!r}")
    return tuple(float(p) for p in raw)


def condition_from_dict(raw: Any, where: str) -> Condition:
    if not isinstance(raw, dict):
        raise AlertRuleError(f"{where}: 'condition' must be an object")
    try:
        kind = ConditionKind(raw.get("type"))
    except ValueError:
        known = ", ".join(k.value for k in ConditionKind)
        raise AlertRuleError(
            f"{where}: unknown condition type {raw.get('type')!r} (known: {known})"
        ) from None
    op = raw.get("op")
    if op not in CONDITION_OPS[kind]:
        raise AlertRuleError(
            f"{where}: op {op!r} does not fit a {kind.value} condition "
            f"(use one of: {', '.join(CONDITION_OPS[kind])})"
        )
    other = raw.get("other")
    other_ok = isinstance(other, dict) and isinstance(other.get("indicator"), str)
    if other is not None and not other_ok:
        raise AlertRuleError(f"{where}: 'other' must be {{\"indicator\": name, \"params\": [...]}}")
    crosses_other = kind is ConditionKind.INDICATOR and other is not None
    needs_value = kind in (
        ConditionKind.PRICE, ConditionKind.PRICE_MOVE, ConditionKind.VOLUME,
        ConditionKind.SPREAD, ConditionKind.POSITION_PNL, ConditionKind.INDICATOR,
        ConditionKind.MARGIN,
    ) and not crosses_other
    cond = Condition(
        kind=kind,
        op=op,
        value=_number(raw, "value", where, required=needs_value),
        value2=_number(raw, "value2", where, required=op in ("enters_channel", "exits_channel")),
        indicator=str(raw.get("indicator", "")),
        params=_params(raw.get("params"), where),
        timeframe=str(raw.get("timeframe", "1m")),
        other_indicator=str(other["indicator"]) if crosses_other else "",
        other_params=_params(other.get("params"), where) if crosses_other else (),
        window_s=int(_number(raw, "window", where)) if "window" in raw else 0,
        target=str(raw.get("target", "")),
        output=int(_number(raw, "output", where)) if "output" in raw else 0,
    )
    if kind is ConditionKind.INDICATOR and not cond.indicator:
        raise AlertRuleError(f"{where}: an indicator condition needs 'indicator' (e.g. \"rsi\")")
    if kind is ConditionKind.PRICE_MOVE and cond.window_s <= 0:
        raise AlertRuleError(f"{where}: a price_move condition needs 'window' in seconds > 0")
    return cond


def condition_to_dict(cond: Condition) -> dict[str, Any]:
    out: dict[str, Any] = {"type": cond.kind.value, "op": cond.op}
    if not math.isnan(cond.value):
        out["value"] = cond.value
    if not math.isnan(cond.value2):
        out["value2"] = cond.value2
    if cond.indicator:
        out["indicator"] = cond.indicator
        out["params"] = list(cond.params)
        out["timeframe"] = cond.timeframe
    if cond.other_indicator:
        out["other"] = {"indicator": cond.other_indicator, "params": list(cond.other_params)}
    if cond.window_s:
        out["window"] = cond.window_s
    if cond.target:
        out["target"] = cond.target
    if cond.output:
        out["output"] = cond.output
    return out


def _optional_int(raw: dict[str, Any], key: str, where: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise AlertRuleError(f"{where}: '{key}' must be a whole number >= 0, got {value!r}")
    return value


def rule_from_dict(raw: Any, index: int = 0) -> AlertRule:
    """One rule of RULES.json (or a stored row). Raises AlertRuleError naming the problem."""
    where = f"rule {index + 1}"
    if not isinstance(raw, dict):
        raise AlertRuleError(f"{where}: must be an object")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise AlertRuleError(f"{where}: 'id' must be a non-empty string")
    where = f"rule {rule_id!r}"
    condition = condition_from_dict(raw.get("condition"), where)
    symbol = raw.get("symbol", "")
    if not isinstance(symbol, str) or (not symbol and condition.kind not in SYMBOL_FREE_KINDS):
        raise AlertRuleError(f"{where}: 'symbol' must name a market, e.g. \"BTC/USDT\"")
    try:
        trigger = TriggerMode(raw.get("trigger", TriggerMode.ONCE.value))
    except ValueError:
        known = ", ".join(t.value for t in TriggerMode)
        raise AlertRuleError(
            f"{where}: unknown trigger {raw.get('trigger')!r} (known: {known})"
        ) from None
    severity = raw.get("severity", "info")
    if severity not in SEVERITIES:
        raise AlertRuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    channels = raw.get("channels", ["desktop", "toast"])
    if not isinstance(channels, list | tuple) or any(c not in CHANNELS for c in channels):
        raise AlertRuleError(f"{where}: channels must be a list of: {', '.join(CHANNELS)}")
    cooldown = _number(raw, "cooldown_s", where)
    return AlertRule(
        id=rule_id,
        symbol=symbol,
        condition=condition,
        trigger=trigger,
        name=str(raw.get("name", "")),
        message=str(raw.get("message", "")),
        cooldown_s=0.0 if math.isnan(cooldown) else max(0.0, cooldown),
        expires_ms=_optional_int(raw, "expires_ms", where),
        max_count=_optional_int(raw, "max_count", where),
        snoozed_until_ms=_optional_int(raw, "snoozed_until_ms", where),
        enabled=bool(raw.get("enabled", True)),
        severity=severity,
        channels=tuple(dict.fromkeys(channels)),
        fired_count=_optional_int(raw, "fired_count", where) or 0,
        last_fired_ms=_optional_int(raw, "last_fired_ms", where),
        created_ms=_optional_int(raw, "created_ms", where) or 0,
    )


def rule_to_dict(rule: AlertRule) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rule.id,
        "symbol": rule.symbol,
        "trigger": rule.trigger.value,
        "condition": condition_to_dict(rule.condition),
        "severity": rule.severity,
        "channels": list(rule.channels),
        "enabled": rule.enabled,
    }
    for key in ("name", "message"):
        if getattr(rule, key):
            out[key] = getattr(rule, key)
    if rule.cooldown_s:
        out["cooldown_s"] = rule.cooldown_s
    for key in ("expires_ms", "max_count", "snoozed_until_ms", "last_fired_ms"):
        if getattr(rule, key) is not None:
            out[key] = getattr(rule, key)
    if rule.fired_count:
        out["fired_count"] = rule.fired_count
    if rule.created_ms:
        out["created_ms"] = rule.created_ms
    return out


def duplicate_rule(rule: AlertRule, new_id: str | None = None) -> AlertRule:
    """A fresh copy of `rule`: its own id, no history, armed."""
    return replace(
        rule, id=new_id or new_rule_id(), fired_count=0, last_fired_ms=None,
        snoozed_until_ms=None, enabled=True, name=(rule.name + " (copy)") if rule.name else "",
    )



@dataclass(slots=True, frozen=True)
class TriggerRecord:
    """A trigger as the alert center lists it: acknowledged or not, and per channel how its
    delivery went ("sent", "pending", "failed: <reason>"...; empty while delivery does not
    report one)."""

    trigger: AlertTrigger
    acknowledged: bool = False
    delivery: tuple[tuple[str, str], ...] = ()
