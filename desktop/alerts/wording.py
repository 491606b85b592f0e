"""The sentence a trigger carries to every channel. The engine has no Qt translator, so each
sentence is a marked Message (desktop.core.messages): English wherever it is read as a `str`
(the CLI, logs, the database's first half), translated with the UI locale's numbers wherever
it is rendered with desktop.shell.messages.tr_message (the delivery service does, for every
channel, when the app gives it that renderer)."""

from __future__ import annotations

import math

from desktop.alerts.model import AlertRule, Condition, ConditionKind
from desktop.core.messages import Message, formatted, marker

_t = marker("AlertWording")

# (kind, op) -> the sentence; "{symbol}" and the value placeholders are filled by describe()
_PRICE = {
    "crosses_above": _t("{symbol} crossed above {value}"),
    "crosses_below": _t("{symbol} crossed below {value}"),
    "crosses": _t("{symbol} crossed {value}"),
    ">": _t("{symbol} is above {value}"),
    "<": _t("{symbol} is below {value}"),
    "enters_channel": _t("{symbol} entered the channel {low}–{high}"),
    "exits_channel": _t("{symbol} left the channel {low}–{high}"),
}
_MOVE = {
    "moves_up": _t("{symbol} rose {value} % within {window} s"),
    "moves_down": _t("{symbol} fell {value} % within {window} s"),
}
_INDICATOR = {
    "crosses_above": _t("{symbol} {left} crossed above {right}"),
    "crosses_below": _t("{symbol} {left} crossed below {right}"),
    "crosses": _t("{symbol} {left} crossed {right}"),
    ">": _t("{symbol} {left} is above {right}"),
    "<": _t("{symbol} {left} is below {right}"),
}
_PNL = {
    "crosses_above": _t("{symbol} position P&L crossed above {value}"),
    "crosses_below": _t("{symbol} position P&L crossed below {value}"),
    "crosses": _t("{symbol} position P&L crossed {value}"),
    ">": _t("{symbol} position P&L is above {value}"),
    "<": _t("{symbol} position P&L is below {value}"),
}
_EVENTS = {
    ("bot", "signal"): _t("Signal from bot {who}"),
    ("bot", "error"): _t("Bot {who} stopped on an error"),
    ("risk", "state_changed"): _t("Trading state of {who} changed"),
    ("risk", "breaker_tripped"): _t("A risk breaker tripped on {who}"),
    ("connection", "lost"): _t("Connection to {who} lost"),
    ("connection", "restored"): _t("Connection to {who} restored"),
    ("rate_limit", "banned"): _t("{who} banned us for the request rate"),
    ("model_drift", "drifted"): _t("The features of model {who} drifted"),
}
_NOBODY = {"bot": _t("a bot"), "risk": _t("an account"), "model_drift": _t("a model")}


def number(value: float) -> str:
    """A number as a Message with nothing to translate: "81,000" in English, "81.000" where
    the UI speaks Portuguese ("" for NaN)."""
    if math.isnan(value):
        return ""
    return formatted("{v:,.8g}" if abs(value) < 1e6 else "{v:,.2f}", v=float(value))


def _params(p: tuple[float, ...]) -> str:
    return ", ".join(f"{v:g}" for v in p)


def _fill(template: Message, **kwargs: object) -> Message:
    return template.format(**kwargs)


def describe(cond: Condition, symbol: str) -> str:
    """'BTC/USDT crossed above 81,000' (what the condition watches, as a sentence)."""
    op = cond.op.replace("_", " ")
    k = cond.kind
    if k is ConditionKind.PRICE and cond.op in _PRICE:
        return _fill(_PRICE[cond.op], symbol=symbol, value=number(cond.value),
                     low=number(cond.value), high=number(cond.value2))
    if k is ConditionKind.PRICE_MOVE and cond.op in _MOVE:
        return _fill(_MOVE[cond.op], symbol=symbol, value=number(cond.value),
                     window=cond.window_s)
    if k is ConditionKind.INDICATOR and cond.op in _INDICATOR:
        # indicator names and their parameters are code, not words: never translated
        left = f"{cond.indicator.upper()}({_params(cond.params)}) {cond.timeframe}"
        right = (f"{cond.other_indicator.upper()}({_params(cond.other_params)})"
                 if cond.other_indicator else number(cond.value))
        return _fill(_INDICATOR[cond.op], symbol=symbol, left=left, right=right)
    if k is ConditionKind.VOLUME:
        return _t("{symbol} volume above {value}× its average", symbol=symbol,
                  value=number(cond.value))
    if k is ConditionKind.SPREAD:
        return _t("{symbol} spread above {value} bps", symbol=symbol, value=number(cond.value))
    if k is ConditionKind.ORDER:
        what = op  # the order event's own name (filled, canceled, …)
        return (_t("{symbol} order {event}", symbol=symbol, event=what) if symbol
                else _t("An order {event}", event=what))
    if k is ConditionKind.POSITION_PNL and cond.op in _PNL:
        return _fill(_PNL[cond.op], symbol=symbol, value=number(cond.value))
    if k is ConditionKind.MARGIN:
        who = cond.target or _t("an account")
        return _t("Margin use of {who} above {value} %", who=who, value=number(cond.value))
    who = cond.target or _NOBODY.get(k.value, _t("a venue"))
    template = _EVENTS.get((k.value, cond.op))
    if template is not None:
        return _fill(template, who=who)
    return f"{symbol} {k.value} {op}".strip()


def trigger_text(rule: AlertRule, value: float) -> tuple[str, str]:
    """(title, message) of a trigger of `rule` that saw `value`."""
    sentence = describe(rule.condition, rule.symbol)
    title = rule.name or sentence
    message = rule.message or sentence
    if not math.isnan(value):
        message = _t("{message} (now {value})", message=message, value=number(value))
    return title, message
