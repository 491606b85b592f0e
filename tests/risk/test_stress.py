"""Stress scenarios: worst historical moves replayed for the book, named windows, BTC shocks."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from desktop.core import Candles
from desktop.core.risk_book import BETA_SHOCK, CORRELATED_SHOCK, NAMED_WINDOW, WORST_MOVE
from desktop.risk.book_analytics import align_panel, hourly_closes
from desktop.risk.stress import (
    HOUR_MS,
    betas_to,
    named_window_scenarios,
    shock_scenarios,
    worst_move_scenarios,
)
from tests.conftest import shared_file

T0 = 1_700_000_000_000 - 1_700_000_000_000 % HOUR_MS


def _ms(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp() * 1000)


def test_worst_move_of_each_asset_is_replayed_for_the_whole_book():
    ts = T0 + HOUR_MS * np.arange(4)
    closes = np.array([[100.0, 10.0], [90.0, 11.0], [99.0, 10.0], [95.0, 12.0]])
    values = np.array([1000.0, -500.0])  # long A, short B
    out = worst_move_scenarios(["A", "B"], ts, closes, values)
    assert [(s.kind, s.subject, s.horizon) for s in out] == [
        (WORST_MOVE, "A", "1h"), (WORST_MOVE, "B", "1h")]  # 1 day: history too short
    long_a, short_b = out
    # A's worst hour for a long is its -10 % fall; B rose 10 % in it, against the short.
    assert (long_a.start_ms, long_a.end_ms) == (int(ts[0]), int(ts[1]))
    assert long_a.pnl == pytest.approx((-100.0, -50.0))
    assert long_a.total == pytest.approx(-150.0)
    # B's worst hour for a short is its +20 % rise, when A fell 95 / 99 - 1.
    assert short_b.pnl == pytest.approx((1000 * (95 / 99 - 1), -100.0))
    assert short_b.total == pytest.approx(1000 * (95 / 99 - 1) - 100.0)


def test_flat_positions_have_no_scenario_and_the_grid_must_be_regular():
    ts = T0 + HOUR_MS * np.arange(3)
    closes = np.array([[1.0], [2.0], [3.0]])
    assert worst_move_scenarios(["A"], ts, closes, np.array([0.0])) == []
    with pytest.raises(ValueError, match="regular"):
        worst_move_scenarios(["A"], np.array([0, HOUR_MS, 5 * HOUR_MS]), closes,
                             np.array([1.0]))


def test_parametric_shocks_move_others_by_beta_or_with_correlation_one():
    values = np.array([1000.0, 500.0, 200.0])
    betas = np.array([1.0, 1.5, 0.5])
    vols = np.array([0.02, 0.04, 0.06])
    out = shock_scenarios(["BTC/USDT", "ETH/USDT", "XRP/USDT"], values, betas, vols, 0)
    by = {(s.kind, round(s.shock, 2)): s for s in out}
    assert len(out) == 6
    s = by[(BETA_SHOCK, -0.2)]
    assert s.subject == "BTC/USDT"
    assert s.pnl == pytest.approx((-200.0, -150.0, -20.0))
    s = by[(CORRELATED_SHOCK, -0.2)]  # moves of -20 % × σ/σ_BTC: -40 %, -60 %
    assert s.pnl == pytest.approx((-200.0, -200.0, -120.0))
    s = by[(CORRELATED_SHOCK, -0.4)]  # XRP would fall 120 %: a price stops at zero
    assert s.pnl == pytest.approx((-400.0, -400.0, -200.0))
    assert s.total == pytest.approx(-1000.0)


def test_betas_are_ols_slopes():
    rng = np.random.default_rng(5)
    btc = rng.normal(0, 0.01, 400)
    others = np.column_stack([2 * btc + rng.normal(0, 0.001, 400), -0.5 * btc])
    assert betas_to(btc, others) == pytest.approx([2.0, -0.5], abs=0.02)
    slope = np.polyfit(btc, others[:, 0], 1)[0]
    assert betas_to(btc, others)[0] == pytest.approx(slope, rel=1e-10)


def _hourly(name: str) -> tuple[np.ndarray, np.ndarray, pd.DataFrame]:
    frame = pd.read_parquet(shared_file(name))
    candles = Candles.from_arrays(*(frame[c].to_numpy() for c in
                                    ("timestamp", "open", "high", "low", "close", "volume")))
    ts, closes = hourly_closes(candles, now_ms=int(frame["timestamp"].iloc[-1]) + 300_000)
    return ts, closes, frame


def test_named_window_on_real_binance_history_january_2018():
    eth = _hourly("binance_spot_ETH-BTC_5m.parquet")
    ltc = _hourly("binance_spot_LTC-BTC_5m.parquet")
    panel = align_panel({"ETH/BTC": eth[:2], "LTC/BTC": ltc[:2]})
    values = np.array([2.0, -1.0])
    out = named_window_scenarios(panel.symbols, panel.ts, panel.closes, values)
    assert [s.subject for s in out] == ["2018-01-16"]  # the only named window covered
    s = out[0]
    assert s.kind == NAMED_WINDOW
    # From the last 5-minute close before 2018-01-16 00:00 to the last one before the 18th.
    expected = []
    for _ts, _c, frame in (eth, ltc):
        close = frame.set_index("timestamp")["close"]
        start = close[_ms("2018-01-15T23:55:00")]
        end = close[_ms("2018-01-17T23:55:00")]
        expected.append(end / start - 1)
    assert s.pnl == pytest.approx((2.0 * expected[0], -1.0 * expected[1]), rel=1e-12)
    assert (s.start_ms, s.end_ms) == (_ms("2018-01-15T23:00:00"), _ms("2018-01-17T23:00:00"))


def test_worst_day_on_real_history_matches_a_direct_search():
    ts, closes, _frame = _hourly("binance_spot_ETH-BTC_5m.parquet")
    out = worst_move_scenarios(["ETH/BTC"], ts, closes[:, None], np.array([1.0]))
    day = next(s for s in out if s.horizon == "1d")
    moves = closes[24:] / closes[:-24] - 1
    assert day.total == pytest.approx(moves.min(), rel=1e-12)
    week = next(s for s in out if s.horizon == "1w")
    assert week.total == pytest.approx((closes[168:] / closes[:-168] - 1).min(), rel=1e-12)


def test_shocks_liquidate_a_margined_position_at_its_liquidation_price():
    """A 10x long liquidated 9 % below its mark: a -20 % shock stops its loss there and adds
    the liquidation fee; a -10 % shock liquidates it too; a short is untouched by falls."""
    from desktop.margin import liquidation_fee_rate

    values = np.array([10_000.0, -5_000.0, 0.0])  # long perp, short perp, BTC (anchor)
    at = np.array([-0.09, 0.18, np.nan])
    betas, vols = np.array([1.0, 1.0, 1.0]), np.array([0.01, 0.01, 0.01])
    out = shock_scenarios(["ETH", "XRP", "BTC"], values, betas, vols, 2,
                          liquidation_moves=at)
    by_shock = {s.shock: s for s in out if s.kind == BETA_SHOCK}
    fee = 10_000 * (1 - 0.09) * liquidation_fee_rate()
    for shock in (-0.10, -0.20, -0.40):
        s = by_shock[shock]
        assert s.liquidated == (True, False, False)
        assert s.pnl[0] == pytest.approx(-900.0 - fee)
        assert s.pnl[1] == pytest.approx(-5_000 * shock)
    hist = worst_move_scenarios(["ETH"], T0 + HOUR_MS * np.arange(3),
                                np.array([[100.0], [95.0], [96.0]]), values[:1],
                                liquidation_moves=at[:1])
    assert hist[0].liquidated == (False,) and hist[0].pnl[0] == pytest.approx(-500.0)
