"""How the alert center words rules and triggers, translated (the engine's own sentences
are English: it has no translator)."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from widgets.common.numbers import fmt_number


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertsDock", text)


def kind_name(kind: ConditionKind) -> str:
    return {
        ConditionKind.PRICE: _t("Price"),
        ConditionKind.PRICE_MOVE: _t("Price move"),
        ConditionKind.INDICATOR: _t("Indicator"),
        ConditionKind.VOLUME: _t("Volume spike"),
        ConditionKind.SPREAD: _t("Spread"),
        ConditionKind.ORDER: _t("Order"),
        ConditionKind.POSITION_PNL: _t("Position P&L"),
        ConditionKind.MARGIN: _t("Margin use"),
        ConditionKind.BOT: _t("Bot"),
        ConditionKind.RISK: _t("Risk"),
        ConditionKind.CONNECTION: _t("Connection"),
        ConditionKind.RATE_LIMIT: _t("Rate-limit ban"),
        ConditionKind.MODEL_DRIFT: _t("Model drift"),
    }[kind]


def op_name(op: str) -> str:
    return {
        "crosses_above": _t("crosses above"), "crosses_below": _t("crosses below"),
        "crosses": _t("crosses"), ">": _t("is above"), "<": _t("is below"),
        "enters_channel": _t("enters the channel"), "exits_channel": _t("exits the channel"),
        "moves_up": _t("rises by"), "moves_down": _t("falls by"),
        "filled": _t("filled"), "partially_filled": _t("partially filled"),
        "cancelled": _t("cancelled"), "rejected": _t("rejected"),
        "signal": _t("gives a signal"), "error": _t("stops on an error"),
        "state_changed": _t("trading state changes"), "breaker_tripped": _t("a breaker trips"),
        "lost": _t("connection lost"), "restored": _t("connection restored"),
        "banned": _t("banned for the request rate"),
        "drifted": _t("features drifted"),
    }.get(op, op)


def trigger_name(mode: TriggerMode) -> str:
    return {
        TriggerMode.ONCE: _t("Once"),
        TriggerMode.EVERY_TIME: _t("Every time"),
        TriggerMode.ONCE_PER_BAR_CLOSE: _t("Once per bar close"),
        TriggerMode.ONCE_PER_MINUTE: _t("At most once a minute"),
    }[mode]


def severity_name(severity: str) -> str:
    return {"info": _t("Info"), "warning": _t("Warning"),
            "critical": _t("Critical")}.get(severity, severity)


def channel_name(channel: str) -> str:
    return {
        "desktop": _t("Desktop notification"), "tray": _t("Tray message"),
        "toast": _t("In-app toast"), "sound": _t("Sound"), "email": _t("Email"),
        "telegram": "Telegram", "discord": "Discord", "slack": "Slack",
        "webhook": _t("Webhook"),
    }.get(channel, channel)


def number(value: float) -> str:
    if math.isnan(value):
        return "—"
    return fmt_number(value, 8 if abs(value) < 1 else 2)


def _params(params: tuple[float, ...]) -> str:
    return ", ".join(f"{p:g}" for p in params)


def describe(cond: Condition) -> str:
    """"crosses above 81,000.00", "RSI(14) 1h is below 30", "Order filled"..."""
    k, op = cond.kind, op_name(cond.op)
    if k is ConditionKind.PRICE:
        if cond.op in ("enters_channel", "exits_channel"):
            return _t("Price {0} {1}–{2}").format(op, number(cond.value), number(cond.value2))
        return _t("Price {0} {1}").format(op, number(cond.value))
    if k is ConditionKind.PRICE_MOVE:
        return _t("Price {0} {1} % within {2} s").format(op, number(cond.value), cond.window_s)
    if k is ConditionKind.INDICATOR:
        left = f"{cond.indicator.upper()}({_params(cond.params)}) {cond.timeframe}"
        right = (f"{cond.other_indicator.upper()}({_params(cond.other_params)})"
                 if cond.other_indicator else number(cond.value))
        return f"{left} {op} {right}"
    if k is ConditionKind.VOLUME:
        return _t("Volume above {0}× its average").format(number(cond.value))
    if k is ConditionKind.SPREAD:
        return _t("Spread above {0} bps").format(number(cond.value))
    if k is ConditionKind.POSITION_PNL:
        return _t("Position P&L {0} {1}").format(op, number(cond.value))
    if k is ConditionKind.MARGIN:
        return _t("Margin use above {0} %").format(number(cond.value))
    target = f" ({cond.target})" if cond.target else ""
    return f"{kind_name(k)}: {op}{target}"


def rule_state(rule: AlertRule, now_ms: int) -> str:
    if not rule.enabled:
        return _t("Disabled")
    if rule.expires_ms is not None and now_ms >= rule.expires_ms:
        return _t("Expired")
    if rule.max_count is not None and rule.fired_count >= rule.max_count:
        return _t("Used up")
    if rule.snoozed_until_ms is not None and now_ms < rule.snoozed_until_ms:
        return _t("Snoozed until {0}").format(when_text(rule.snoozed_until_ms))
    return _t("Armed")


def when_text(ms: int | None) -> str:
    """Local time: what the trader's clock shows."""
    if not ms:
        return "—"
    return datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


def delivery_text(delivery: tuple[tuple[str, str], ...]) -> str:
    if not delivery:
        return "—"
    states = {"pending": _t("pending"), "sending": _t("sending"), "sent": _t("sent"),
              "failed": _t("failed")}
    parts = []
    for channel, status in delivery:
        state, _, reason = status.partition(": ")
        text = states.get(state, state)
        parts.append(f"{channel_name(channel)}: {text}" + (f" ({reason})" if reason else ""))
    return "; ".join(parts)


def state_code(rule: AlertRule, now_ms: int) -> str:
    """"armed", "disabled", "snoozed" or "done" (expired or used up): the state filter."""
    if not rule.enabled:
        return "disabled"
    if (rule.expires_ms is not None and now_ms >= rule.expires_ms) or (
            rule.max_count is not None and rule.fired_count >= rule.max_count):
        return "done"
    if rule.snoozed_until_ms is not None and now_ms < rule.snoozed_until_ms:
        return "snoozed"
    return "armed"
