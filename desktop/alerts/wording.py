"""The sentence a trigger carries to every channel (English: the engine has no Qt translator;
the dock words rules and triggers itself, translated)."""

from __future__ import annotations

import math

from desktop.alerts.model import AlertRule, Condition, ConditionKind

_OPS = {
    "crosses_above": "crossed above", "crosses_below": "crossed below", "crosses": "crossed",
    ">": "is above", "<": "is below", "enters_channel": "entered", "exits_channel": "left",
    "moves_up": "rose", "moves_down": "fell",
}


def number(value: float) -> str:
    if math.isnan(value):
        return ""
    return f"{value:,.8g}" if abs(value) < 1e6 else f"{value:,.2f}"


def _params(p: tuple[float, ...]) -> str:
    return ", ".join(f"{v:g}" for v in p)


def describe(cond: Condition, symbol: str) -> str:
    """'BTC/USDT crossed above 81,000' (what the condition watches, as a sentence)."""
    op = _OPS.get(cond.op, cond.op.replace("_", " "))
    k = cond.kind
    if k is ConditionKind.PRICE:
        if cond.op in ("enters_channel", "exits_channel"):
            return f"{symbol} {op} the channel {number(cond.value)}–{number(cond.value2)}"
        return f"{symbol} {op} {number(cond.value)}"
    if k is ConditionKind.PRICE_MOVE:
        return f"{symbol} {op} {number(cond.value)} % within {cond.window_s} s"
    if k is ConditionKind.INDICATOR:
        left = f"{cond.indicator.upper()}({_params(cond.params)}) {cond.timeframe}"
        right = (f"{cond.other_indicator.upper()}({_params(cond.other_params)})"
                 if cond.other_indicator else number(cond.value))
        return f"{symbol} {left} {op} {right}"
    if k is ConditionKind.VOLUME:
        return f"{symbol} volume above {number(cond.value)}× its average"
    if k is ConditionKind.SPREAD:
        return f"{symbol} spread above {number(cond.value)} bps"
    if k is ConditionKind.ORDER:
        return f"{symbol or 'An'} order {cond.op.replace('_', ' ')}".strip()
    if k is ConditionKind.POSITION_PNL:
        return f"{symbol} position P&L {op} {number(cond.value)}"
    if k is ConditionKind.MARGIN:
        return f"Margin use of {cond.target or 'an account'} above {number(cond.value)} %"
    who = cond.target or {"bot": "a bot", "risk": "an account"}.get(k.value, "a venue")
    text = {
        ("bot", "signal"): f"Signal from bot {who}",
        ("bot", "error"): f"Bot {who} stopped on an error",
        ("risk", "state_changed"): f"Trading state of {who} changed",
        ("risk", "breaker_tripped"): f"A risk breaker tripped on {who}",
        ("connection", "lost"): f"Connection to {who} lost",
        ("connection", "restored"): f"Connection to {who} restored",
        ("rate_limit", "banned"): f"{who} banned us for the request rate",
    }
    return text.get((k.value, cond.op), f"{k.value} {cond.op}")


def trigger_text(rule: AlertRule, value: float) -> tuple[str, str]:
    """(title, message) of a trigger of `rule` that saw `value`."""
    sentence = describe(rule.condition, rule.symbol)
    title = rule.name or sentence
    seen = number(value)
    message = rule.message or sentence
    if seen:
        message += f" (now {seen})"
    return title, message
