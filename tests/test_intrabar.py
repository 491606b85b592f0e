"""The intrabar rule's parts on their own (desktop.fills.intrabar); the backtester and the paper
venue following it together is tests/backtest/test_paper_parity.py."""

from __future__ import annotations

import math

from desktop.fills import intrabar


def test_the_path_visits_the_nearer_extreme_first():
    assert intrabar.bar_path(100, 110, 97, 105) == (100, 97, 110, 105)  # low nearer
    assert intrabar.bar_path(100, 103, 90, 95) == (100, 103, 90, 95)  # high nearer
    # a rising bar (close >= open) whose high is nearer still goes up first
    assert intrabar.bar_path(100, 102, 90, 101) == (100, 102, 90, 101)


def test_equally_far_extremes_follow_the_shorter_path():
    assert intrabar.bar_path(100, 105, 95, 103) == (100, 95, 105, 103)  # rising: dip first
    assert intrabar.bar_path(100, 105, 95, 97) == (100, 105, 95, 97)  # falling: rally first


def test_stops_trigger_beyond_their_level_and_limits_fill_at_or_better():
    assert intrabar.stop_reached(True, 100, 100) and intrabar.stop_reached(True, 100, 101)
    assert not intrabar.stop_reached(True, 100, 99.9)
    assert intrabar.stop_reached(False, 100, 99) and not intrabar.stop_reached(False, 100, 101)
    assert intrabar.limit_reached(True, 100, 99) and not intrabar.limit_reached(True, 100, 101)
    assert intrabar.limit_reached(False, 100, 101) and not intrabar.limit_reached(False, 100, 99)
    assert not intrabar.stop_reached(True, math.nan, 1e9)  # no order, no trigger


def test_the_walk_stops_at_the_nearest_level_ahead_on_the_leg():
    best = 90.0
    for level in (95.0, 98.0, 100.0, 101.0, 85.0, math.nan):
        best = intrabar.next_level(100.0, 90.0, level, best)
    assert best == 98.0  # falling leg from 100: 98 comes before 95; 100, 101, 85 are not on it
    assert intrabar.next_level(100.0, 110.0, 105.0, 110.0) == 105.0
    assert intrabar.next_level(100.0, 100.0, 100.0, 100.0) == 100.0  # a flat leg has no stops


def test_a_marketable_limit_takes_the_market_never_beyond_its_limit():
    assert intrabar.arrival_limit_price(True, 100.0, 97.0) == 97.0
    assert intrabar.arrival_limit_price(True, 100.0, 100.5) == 100.0
    assert intrabar.arrival_limit_price(False, 100.0, 103.0) == 103.0


def test_trailing_anchor_and_level():
    assert intrabar.trail_extreme(True, 100.0, 104.0) == 104.0  # sell stop: highest
    assert intrabar.trail_extreme(False, 100.0, 104.0) == 100.0  # buy stop: lowest
    assert intrabar.trailing_level(True, 104.0, 5.0) == 99.0
    assert intrabar.trailing_level(False, 96.0, 5.0) == 101.0
