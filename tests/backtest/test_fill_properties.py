"""Random signals and orders: the fast loop equals the bar-by-bar loop, and the books balance."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.backtest import fill_loop as fl

N = 60


@st.composite
def scenarios(draw):
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    m = draw(st.integers(1, 2))
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.02, (N, m)), axis=0))
    open_ = np.vstack([close[:1], close[:-1]]) * np.exp(rng.normal(0, 0.01, (N, m)))
    high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.01, (N, m))))
    low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.01, (N, m))))
    if m == 2:  # the second symbol misses some bars
        gaps = rng.random(N) < 0.15
        for col in (open_, high, low, close):
            col[gaps, 1] = np.nan
    density = draw(st.sampled_from([0.05, 0.2, 0.5]))
    sig = rng.random((4, N, m)) < density
    orders = np.full((fl.N_ORDER_FIELDS, N, m), np.nan)
    use = rng.random((fl.N_ORDER_FIELDS, N, m)) < draw(st.sampled_from([0.0, 0.3, 0.8]))
    ref = np.nan_to_num(close, nan=100.0)
    orders[fl.OR_LIMIT] = np.where(use[fl.OR_LIMIT], ref * rng.uniform(0.97, 1.03, (N, m)), np.nan)
    orders[fl.OR_STOP] = np.where(use[fl.OR_STOP], ref * rng.uniform(0.97, 1.03, (N, m)), np.nan)
    # stop-loss / take-profit on either side: wrong-side levels must still be handled
    orders[fl.OR_SL] = np.where(use[fl.OR_SL], ref * rng.uniform(0.9, 1.1, (N, m)), np.nan)
    orders[fl.OR_TP] = np.where(use[fl.OR_TP], ref * rng.uniform(0.9, 1.1, (N, m)), np.nan)
    orders[fl.OR_TRAIL] = np.where(use[fl.OR_TRAIL], ref * rng.uniform(0.005, 0.05, (N, m)),
                                   np.nan)
    cfg = np.zeros(fl.N_CFG_FIELDS)
    cfg[fl.CF_FILL_CLOSE] = draw(st.sampled_from([0.0, 1.0]))
    cfg[fl.CF_TAKER] = draw(st.sampled_from([0.0, 0.001]))
    cfg[fl.CF_MAKER] = draw(st.sampled_from([0.0, 0.0002]))
    cfg[fl.CF_SLIP] = draw(st.sampled_from([0.0, 0.0005]))
    cfg[fl.CF_SIZE_MODE] = draw(st.sampled_from(
        [fl.SIZE_ALL, fl.SIZE_PCT, fl.SIZE_FIXED, fl.SIZE_RISK, fl.SIZE_KELLY]
    ))
    cfg[fl.CF_SIZE_VALUE] = 0.5
    cfg[fl.CF_LEVERAGE] = draw(st.sampled_from([1.0, 2.0]))
    cfg[fl.CF_KELLY_MIN_TRADES] = 3
    cfg[fl.CF_KELLY_DEFAULT] = 0.2
    ohlc = (*(np.ascontiguousarray(a) for a in (open_, high, low, close)),
            np.full((1, 1), np.nan))
    return ohlc, sig, orders, cfg, m


def _run(ohlc, sig, orders, cfg, m, fast: bool):
    pos = fl.new_position_state(m)
    acct = fl.new_account_state(10_000.0)
    recs = np.empty((4 * N * m, fl.N_REC_FIELDS))
    equity = np.empty(N)
    vol = np.full((1, 1), np.nan)
    if fast:
        fl.simulate(ohlc, sig, orders, pos, acct, cfg, vol, recs, equity)
    else:
        for i in range(N):
            fl.fill_bar(i, ohlc, pos, acct, cfg, vol, recs)
            fl.close_bar(i, N, ohlc, sig, orders, pos, acct, cfg, vol, recs, equity)
    fl.close_all(pos, acct, cfg, recs)
    return recs[: int(acct[fl.A_NREC])], equity, acct[fl.A_CASH]


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_fast_loop_equals_bar_by_bar_and_the_books_balance(scenario):
    ohlc, sig, orders, cfg, m = scenario
    recs, equity, cash = _run(ohlc, sig, orders, cfg, m, fast=True)
    recs_ref, equity_ref, _ = _run(ohlc, sig, orders, cfg, m, fast=False)
    np.testing.assert_array_equal(recs, recs_ref)
    np.testing.assert_array_equal(equity, equity_ref)
    # everything closed at the end: cash is the start plus every trade's P&L
    assert np.isclose(cash, 10_000.0 + recs[:, fl.R_PNL].sum(), rtol=1e-9)
    _, high, low, _, _ = ohlc
    slip = cfg[fl.CF_SLIP]
    for r in recs:
        s, side = int(r[fl.R_SYMBOL]), r[fl.R_SIDE]
        entry_bar, exit_bar = int(r[fl.R_ENTRY_BAR]), int(r[fl.R_EXIT_BAR])
        assert entry_bar <= exit_bar and r[fl.R_SIZE] > 0
        # fills happen inside the bar's range (widened by slippage), except a resting limit
        # entry or take-profit that the bar opened beyond: it fills at its own price
        own = set(orders[fl.OR_LIMIT, :, s]) | set(orders[fl.OR_TP, :, s])
        for bar, price in ((entry_bar, r[fl.R_ENTRY_PRICE]), (exit_bar, r[fl.R_EXIT_PRICE])):
            if price in own:
                continue
            assert low[bar, s] * (1 - slip) - 1e-9 <= price <= high[bar, s] * (1 + slip) + 1e-9
        gross = side * r[fl.R_SIZE] * (r[fl.R_EXIT_PRICE] - r[fl.R_ENTRY_PRICE])
        assert np.isclose(r[fl.R_PNL], gross - r[fl.R_FEES], rtol=1e-9, atol=1e-9)
