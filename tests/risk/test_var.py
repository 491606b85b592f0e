"""VaR and CVaR: the definitions of the risk issue, by hand and against scipy on real returns."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from desktop.risk.var import (
    conditional_var,
    monte_carlo_var,
    portfolio_var,
    value_at_risk,
)

# Ten returns whose sorted order is easy to read: -5, -3, -2, -1, 0, 1, 2, 3, 4, 5 (%).
HAND = np.array([-0.05, -0.02, 0.01, 0.03, 0.04, -0.01, 0.02, 0.00, -0.03, 0.05])
Z95 = -1.6448536269514722  # standard normal quantile of 0.05


# -- by hand -------------------------------------------------------------------------------


def test_historical_var_interpolates_linearly_between_observations():
    # 1 - 0.9 = 0.1 of the way: position 0.9 * (10 - 1) = 0.9 between -5 % and -3 %.
    assert value_at_risk(HAND, 0.90, "historical") == pytest.approx(0.05 - 0.9 * 0.02)
    # 0.8: position 1.8, between -3 % and -2 %.
    assert value_at_risk(HAND, 0.80, "historical") == pytest.approx(0.03 - 0.8 * 0.01)


def test_conditional_var_averages_the_tail_at_or_below_the_var():
    assert conditional_var(HAND, 0.90) == pytest.approx(0.05)  # only -5 % is <= -3.2 %
    assert conditional_var(HAND, 0.80) == pytest.approx((0.05 + 0.03) / 2)
    # A threshold that lands exactly on an observation keeps it ("at or below").
    exact = np.array([-0.04, -0.02, 0.0, 0.02, 0.04])
    assert value_at_risk(exact, 0.75, "historical") == pytest.approx(0.02)
    assert conditional_var(exact, 0.75) == pytest.approx(0.03)


def test_parametric_var_is_mean_plus_sample_std_times_z():
    mean = sum(HAND) / 10  # 0.004
    std = math.sqrt(sum((x - mean) ** 2 for x in HAND) / 9)  # ddof=1
    assert value_at_risk(HAND, 0.95, "parametric") == pytest.approx(-(mean + std * Z95))


def test_cornish_fisher_var_by_hand():
    r = np.array([-0.10, -0.01, 0.0, 0.005, 0.01, 0.012, 0.015, 0.02])  # a fat left tail
    n = len(r)
    mean = sum(r) / n
    m2 = sum((x - mean) ** 2 for x in r) / n
    m3 = sum((x - mean) ** 3 for x in r) / n
    m4 = sum((x - mean) ** 4 for x in r) / n
    s, k = m3 / m2**1.5, m4 / m2**2 - 3
    z = Z95
    zcf = z + (z * z - 1) * s / 6 + (z**3 - 3 * z) * k / 24 - (2 * z**3 - 5 * z) * s * s / 36
    std = math.sqrt(m2 * n / (n - 1))
    got = value_at_risk(r, 0.95, "cornish_fisher")
    assert got == pytest.approx(-(mean + std * zcf))
    # Negative skew makes the modified VaR larger than the normal one.
    assert got > value_at_risk(r, 0.95, "parametric")


def test_a_tail_of_gains_gives_a_negative_var():
    assert value_at_risk([0.01, 0.02, 0.03], 0.5, "historical") == pytest.approx(-0.02)


def test_constant_returns_have_no_spread_in_any_method():
    flat = np.full(20, 0.001)
    for method in ("historical", "parametric", "cornish_fisher"):
        assert value_at_risk(flat, 0.99, method) == pytest.approx(-0.001)


@pytest.mark.parametrize(
    ("returns", "level", "method", "message"),
    [
        ([0.01, math.nan, 0.02], 0.95, "historical", "NaN"),
        ([0.01, math.inf, 0.02], 0.95, "parametric", "NaN or infinite"),
        ([0.01], 0.95, "historical", "at least 2"),
        ([], 0.95, "parametric", "at least 2"),
        ([[0.01, 0.02], [0.0, 0.01]], 0.95, "historical", "1-D"),
        ([0.01, 0.02, 0.03], 1.0, "historical", "between 0 and 1"),
        ([0.01, 0.02, 0.03], 0.0, "parametric", "between 0 and 1"),
        ([0.01, 0.02, 0.03], 95, "parametric", "between 0 and 1"),
        ([0.01, 0.02, 0.03], 0.95, "gaussian", "Unknown VaR method"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(returns, level, method, message):
    with pytest.raises(ValueError, match=message):
        value_at_risk(np.array(returns, dtype=float), level, method)


def test_conditional_var_refuses_nan_and_too_few_returns():
    with pytest.raises(ValueError, match="NaN"):
        conditional_var([0.01, math.nan, -0.02, 0.0], 0.95)
    with pytest.raises(ValueError, match="at least 2"):
        conditional_var([0.01], 0.95)


# -- against independent implementations on real Binance returns ----------------------------


@pytest.mark.parametrize("level", [0.90, 0.95, 0.99, 0.995])
def test_historical_var_matches_an_independent_quantile(eth_btc_returns, level):
    r = eth_btc_returns
    # Hyndman–Fan type 7 (numpy's default) through scipy: alphap = betap = 1.
    reference = float(stats.mstats.mquantiles(r, prob=[1 - level], alphap=1, betap=1)[0])
    assert value_at_risk(r, level, "historical") == pytest.approx(-reference, rel=1e-12)
    # Expected shortfall from a plain sort.
    ordered = np.sort(r)
    tail = ordered[ordered <= reference]
    assert conditional_var(r, level) == pytest.approx(-tail.mean(), rel=1e-12)
    assert conditional_var(r, level) >= value_at_risk(r, level, "historical")


@pytest.mark.parametrize("level", [0.95, 0.99])
def test_parametric_and_modified_var_match_scipy(eth_btc_returns, level):
    r = eth_btc_returns
    mean, std = r.mean(), r.std(ddof=1)
    reference = -stats.norm.ppf(1 - level, loc=mean, scale=std)
    assert value_at_risk(r, level, "parametric") == pytest.approx(reference, rel=1e-10)

    z = stats.norm.ppf(1 - level)
    s = stats.skew(r, bias=True)
    k = stats.kurtosis(r, fisher=True, bias=True)
    zcf = z + (z**2 - 1) * s / 6 + (z**3 - 3 * z) * k / 24 - (2 * z**3 - 5 * z) * s**2 / 36
    assert value_at_risk(r, level, "cornish_fisher") == pytest.approx(
        -(mean + std * zcf), rel=1e-10
    )
    # 5-minute crypto returns are fat-tailed: at 99 % the modified VaR exceeds the normal one.
    if level == 0.99:
        assert k > 3
        assert value_at_risk(r, level, "cornish_fisher") > value_at_risk(r, level, "parametric")


# -- a book of positions -------------------------------------------------------------------


def _parametric_book_var(w, r, level):
    mu, cov = r.mean(axis=0), np.cov(r, rowvar=False)
    return -(w @ mu + stats.norm.ppf(1 - level) * math.sqrt(w @ cov @ w))


def test_component_var_adds_up_and_marginal_is_the_gradient(pair_returns):
    r = pair_returns.to_numpy()
    w = np.array([6000.0, -2500.0, 1500.0])  # long ETH, short LTC, long ADA (in BTC terms)
    book = portfolio_var(w, r, 0.99)
    assert book.var == pytest.approx(_parametric_book_var(w, r, 0.99), rel=1e-10)
    assert book.component.sum() == pytest.approx(book.var, rel=1e-12)
    np.testing.assert_allclose(book.component, w * book.marginal, rtol=1e-12)
    h = 1e-3
    for i in range(len(w)):
        up, down = w.copy(), w.copy()
        up[i] += h
        down[i] -= h
        rise = _parametric_book_var(up, r, 0.99) - _parametric_book_var(down, r, 0.99)
        slope = rise / (2 * h)
        assert book.marginal[i] == pytest.approx(slope, rel=1e-5)


def test_single_position_book_equals_the_one_asset_var(eth_btc_returns):
    r = eth_btc_returns
    book = portfolio_var(np.array([1000.0]), r[:, None], 0.95)
    assert book.var == pytest.approx(1000 * value_at_risk(r, 0.95, "parametric"), rel=1e-10)


def test_horizon_scales_mean_and_covariance(pair_returns):
    r = pair_returns.to_numpy()
    w = np.array([1.0, 1.0, 1.0])
    one, day = portfolio_var(w, r, 0.99), portfolio_var(w, r, 0.99, horizon=288)
    mu = float(w @ r.mean(axis=0))
    # VaR + drift scales with sqrt(horizon); the drift itself with the horizon.
    assert (day.var + 288 * mu) == pytest.approx((one.var + mu) * math.sqrt(288), rel=1e-10)


def test_monte_carlo_var_is_seeded_and_close_to_the_parametric_one(pair_returns):
    r = pair_returns.to_numpy()
    w = np.array([6000.0, -2500.0, 1500.0])
    first = monte_carlo_var(w, r, 0.99)
    assert monte_carlo_var(w, r, 0.99) == first  # same inputs, same number
    assert monte_carlo_var(w, r, 0.99, seed=1) != first
    # Normal draws with the sample moments: converges to the parametric VaR.
    assert first == pytest.approx(portfolio_var(w, r, 0.99).var, rel=0.02)


def test_book_inputs_are_checked():
    with pytest.raises(ValueError, match="one column per position"):
        portfolio_var(np.array([1.0, 2.0]), np.zeros((10, 3)))
    with pytest.raises(ValueError, match="NaN"):
        monte_carlo_var(np.array([1.0]), np.array([[0.01], [math.nan], [0.0]]))
    with pytest.raises(ValueError, match="at least 2"):
        portfolio_var(np.array([1.0, 1.0]), np.zeros((1, 2)))
