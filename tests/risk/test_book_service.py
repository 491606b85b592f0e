"""The risk book of the first-launch paper account on the real engine and demo market."""

from __future__ import annotations

import math

import numpy as np
import pytest

from desktop.core import OrderType, PregaoError, Side
from desktop.core.risk_book import BETA_SHOCK, CORRELATED_SHOCK, WORST_MOVE
from desktop.risk.book_analytics import (
    BookInputs,
    Holding,
    align_panel,
    analyse_book,
)
from desktop.risk.stress import HOUR_MS
from desktop.risk.var import portfolio_var
from tests.widgets.monitor_helpers import paper_account, place

DAY = 24 * HOUR_MS


def test_paper_account_book_has_exposure_var_correlation_and_stress(runtime, aio):
    client = runtime.client
    account = paper_account(aio, client)
    btc = place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.02)
    place(aio, client, account, "ETH/USDT", Side.BUY, OrderType.MARKET, 0.5)

    async def with_both():
        while True:
            book = await client.risk_report(account, 30, 0.99)
            if len(book.assets) == 2:
                return book

    book = aio.run(with_both(), timeout=30)
    assert book.quote == "USDT"
    by = {a.symbol: a for a in book.assets}
    assert set(by) == {"BTC/USDT", "ETH/USDT"}
    # Equity: 10,000 USDT minus the fees, give or take the price moves since the fills.
    assert book.equity == pytest.approx(10_000, rel=0.02)
    for a in book.assets:
        assert a.exposure_pct == pytest.approx(a.value / book.equity * 100)
        assert a.volatility_pct > 10  # the demo's annual volatilities are 50-85 %
        assert a.drawdown_pct <= 0
        assert not math.isnan(a.pnl_today)
    assert by["BTC/USDT"].beta == pytest.approx(1.0)
    assert 0.2 < by["ETH/USDT"].beta < 3
    assert book.var > 0 and book.cvar > 0 and book.var_monte_carlo > 0
    assert sum(a.var_contribution for a in book.assets) == pytest.approx(book.var)
    assert book.observations > 24  # the test engine keeps two days of history
    # Bought today: today's P&L is the move since the fill, less the fee.
    fill_price = btc.average or btc.price
    btc_risk = by["BTC/USDT"]
    mark = btc_risk.value / btc_risk.amount
    assert btc_risk.pnl_today == pytest.approx(
        btc_risk.amount * (mark - fill_price), abs=0.02 * fill_price * 0.0011 + 1e-6)
    assert set(book.correlation_symbols) == {"BTC/USDT", "ETH/USDT"}
    assert book.correlation[0][0] == pytest.approx(1.0)
    assert 0 < book.correlation[0][1] < 1  # the demo's BTC and ETH move together
    kinds = {s.kind for s in book.stress}
    assert {WORST_MOVE, BETA_SHOCK, CORRELATED_SHOCK} <= kinds
    worst_btc_day = next(s for s in book.stress
                         if s.kind == WORST_MOVE and s.subject == "BTC/USDT"
                         and s.horizon == "1d")
    assert worst_btc_day.pnl[worst_btc_day.symbols.index("BTC/USDT")] < 0
    shock = next(s for s in book.stress if s.kind == BETA_SHOCK and s.shock == -0.2)
    assert shock.pnl[shock.symbols.index("BTC/USDT")] == pytest.approx(
        -0.2 * by["BTC/USDT"].value)

    with pytest.raises(PregaoError, match="window"):
        aio.run(client.risk_report(account, 5, 0.99))


def test_an_account_holding_nothing_shows_the_markets_correlation(runtime, aio):
    client = runtime.client
    account = paper_account(aio, client)
    book = aio.run(client.risk_report(account, 7, 0.95), timeout=30)
    assert book.assets == ()
    assert math.isnan(book.var)
    assert len(book.correlation_symbols) == 6  # the demo market's six symbols
    assert book.stress == ()


def test_analysis_by_hand_on_a_small_book():
    now = 10 * DAY + 5 * HOUR_MS
    hours = np.arange(now - now % HOUR_MS - 48 * HOUR_MS, now - now % HOUR_MS, HOUR_MS)
    rng = np.random.default_rng(1)
    btc = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, len(hours))))
    alt = 10 * np.exp(np.cumsum(rng.normal(0, 0.02, len(hours))))
    panel = align_panel({"BTC/X": (hours, btc), "ALT/X": (hours, alt)})
    holdings = (
        Holding("BTC/X", "v", 2.0, btc[-1], 2.0, 0.0),  # held since before midnight
        Holding("ALT/X", "v", -5.0, alt[-1], 0.0, 60.0),  # sold short today at 12
    )
    inputs = BookInputs("acc", "X", now, 1000.0, holdings, panel, "BTC/X", 0.99, 1)
    book = analyse_book(inputs)
    values = np.array([2 * btc[-1], -5 * alt[-1]])
    closes = np.column_stack([btc, alt])[-25:]
    r = closes[1:] / closes[:-1] - 1
    expected = portfolio_var(values, r, 0.99, horizon=24)
    assert book.var == pytest.approx(expected.var)
    assert [a.var_contribution for a in book.assets] == pytest.approx(list(expected.component))
    assert book.observations == 24  # the one-day window
    assert book.gross_exposure == pytest.approx(abs(values).sum())
    btc_risk, alt_risk = book.assets
    midnight_row = list(hours).index(now - now % DAY - HOUR_MS)
    assert btc_risk.pnl_today == pytest.approx(2 * (btc[-1] - btc[midnight_row]))
    assert alt_risk.pnl_today == pytest.approx(-5 * alt[-1] + 60)
    assert btc_risk.drawdown_pct == pytest.approx((btc[-1] / closes[:, 0].max() - 1) * 100)
    assert alt_risk.exposure_pct == pytest.approx(values[1] / 1000 * 100)
