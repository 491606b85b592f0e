"""The one JSON shape of a rule: what RULES.json accepts, what it refuses and why."""

from __future__ import annotations

import pytest

from desktop.alerts.model import (
    AlertRule,
    AlertRuleError,
    Condition,
    ConditionKind,
    TriggerMode,
    duplicate_rule,
    rule_from_dict,
    rule_to_dict,
)

ISSUE_RULES = [
    {"id": "a1", "symbol": "BTC/USDT", "trigger": "once_per_bar_close",
     "condition": {"type": "price", "op": "crosses_above", "value": 81000}},
    {"id": "a2", "symbol": "BTC/USDT", "trigger": "once_per_bar_close",
     "condition": {"type": "indicator", "indicator": "rsi", "params": [14], "op": "<",
                   "value": 30}},
]


def test_issue_shape_round_trips() -> None:
    rules = [rule_from_dict(raw, i) for i, raw in enumerate(ISSUE_RULES)]
    assert rules[0].condition == Condition(ConditionKind.PRICE, "crosses_above", 81000.0)
    assert rules[1].trigger is TriggerMode.ONCE_PER_BAR_CLOSE
    assert rules[1].condition.params == (14.0,)
    assert [rule_from_dict(rule_to_dict(r)) for r in rules] == rules


@pytest.mark.parametrize(("raw", "says"), [
    ({"id": "x", "symbol": "BTC/USDT", "condition": {"type": "price", "op": "up", "value": 1}},
     "op 'up' does not fit a price condition"),
    ({"id": "x", "symbol": "BTC/USDT", "condition": {"type": "price", "op": ">"}},
     "'value' is missing"),
    ({"id": "x", "condition": {"type": "price", "op": ">", "value": 1}}, "'symbol'"),
    ({"id": "x", "symbol": "B", "trigger": "sometimes",
      "condition": {"type": "price", "op": ">", "value": 1}}, "unknown trigger 'sometimes'"),
])
def test_bad_rules_name_the_problem(raw: dict, says: str) -> None:
    with pytest.raises(AlertRuleError, match=says):
        rule_from_dict(raw)


def test_armed_respects_expiry_snooze_and_count() -> None:
    rule = AlertRule("r", "BTC/USDT", Condition(ConditionKind.PRICE, ">", 1.0), max_count=2)
    assert rule.is_armed(1000)
    assert not AlertRule(**{**_fields(rule), "expires_ms": 500}).is_armed(1000)
    assert not AlertRule(**{**_fields(rule), "snoozed_until_ms": 2000}).is_armed(1000)
    assert not AlertRule(**{**_fields(rule), "fired_count": 2}).is_armed(1000)
    copy = duplicate_rule(AlertRule(**{**_fields(rule), "fired_count": 2}))
    assert copy.id != rule.id and copy.is_armed(1000)


def _fields(rule: AlertRule) -> dict:
    return {name: getattr(rule, name) for name in rule.__slots__}
