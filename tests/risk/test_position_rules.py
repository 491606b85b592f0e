"""Position management decisions: break-even at +x R, close after a time, ATR initial stop."""

from __future__ import annotations

import math

from desktop.core import Order, OrderStatus, OrderType, PositionRules, Side
from desktop.risk.position_rules import Tracked, close_after_ms, decide, protective_stop

H = 3_600_000


def stop_order(price: float, side: Side = Side.SELL) -> Order:
    return Order("v1", "c1", "BTC/USDT", side, OrderType.STOP_MARKET, OrderStatus.OPEN, 0.1,
                 stop_price=price)


def long(entry: float = 100.0) -> Tracked:
    return Tracked("BTC/USDT", 0.1, entry, opened_ms=0)


def test_break_even_moves_the_stop_once_the_price_is_x_r_in_favour():
    rules = PositionRules(break_even_at_r=1.0)
    pos, stop = long(), stop_order(95.0)  # R = 5
    assert decide(rules, pos, stop, 104.99, H) == []
    assert pos.initial_stop == 95.0
    [action] = decide(rules, pos, stop, 105.0, H)
    assert (action.kind, action.price, action.order) == ("move_stop", 100.0, stop)
    # A stop already at the entry is left alone; R stays the first stop's.
    assert decide(rules, pos, stop_order(100.0), 120.0, H) == []


def test_a_short_mirrors_it():
    rules = PositionRules(break_even_at_r=2.0)
    pos = Tracked("BTC/USDT", -0.1, 100.0, opened_ms=0)
    stop = stop_order(103.0, Side.BUY)
    assert decide(rules, pos, stop, 94.5, H) == []
    assert decide(rules, pos, stop, 94.0, H)[0].price == 100.0


def test_close_after_hours_or_bars_whichever_comes_first():
    assert close_after_ms(PositionRules(close_after_hours=5, close_after_bars=3,
                                        bar_timeframe="1h")) == 3 * H
    rules = PositionRules(close_after_hours=2.0)
    pos = long()
    assert decide(rules, pos, None, 100.0, 2 * H - 1) == []
    [action] = decide(rules, pos, None, 100.0, 2 * H)
    assert action.kind == "close" and "2.0 h" in action.reason
    pos.closing = True
    assert decide(rules, pos, None, 100.0, 3 * H) == []


def test_atr_stop_only_for_a_position_without_one():
    rules = PositionRules(atr_stop_multiple=2.0)
    [action] = decide(rules, long(), None, 100.0, H, atr=1.5)
    assert (action.kind, action.price) == ("place_stop", 97.0)
    assert decide(rules, long(), stop_order(90.0), 100.0, H, atr=1.5) == []
    assert decide(rules, long(), None, 100.0, H, atr=math.nan) == []


def test_the_protective_stop_is_the_nearest_closing_stop():
    pos = long()
    far, near = stop_order(90.0), stop_order(95.0)
    buy_stop = stop_order(110.0, Side.BUY)  # an entry, not protection
    assert protective_stop(pos, [far, near, buy_stop]) is near
