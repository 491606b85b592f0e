"""Perpetuals through the real engine on the demo market's BTC/USDT:USDT twin: the risk
guard's margin-use rule reads the paper account's margin and refuses what would add to it,
while an order that reduces the position passes."""

from __future__ import annotations

import pytest

from desktop.core import (
    OrderRequest,
    OrderStatus,
    OrderType,
    RiskLimits,
    RiskRejected,
    Side,
    TradingState,
)
from tests.engine.test_risk_order_paths import paper, run  # noqa: F401 (the fixture)

PERP = "BTC/USDT:USDT"


def test_margin_use_makes_the_account_reduce_only_and_a_reducing_order_passes(
        paper):  # noqa: F811
    rt, account_id, _events, _ = paper
    client = rt.client
    venue = rt.engine.accounts.venue(account_id)
    run(client.call(venue.fetch_ticker, PERP))
    run(client.call(venue.set_leverage, PERP, 5))
    run(client.risk_set_limits(account_id, RiskLimits(margin_use_reducing_pct=20.0,
                                                      margin_use_halted_pct=90.0)))
    first = run(client.trade_place(account_id, OrderRequest(PERP, Side.BUY, OrderType.MARKET,
                                                           0.02)))
    assert first.status is OrderStatus.FILLED
    summary = run(client.call(venue.fetch_margin))
    assert summary is not None and summary.margin_use > 0.0
    # Add enough to pass 20 % of the margin balance: the next opening order is refused.
    amount = round(summary.margin_balance * 0.25 * 5 / first.average, 4)
    run(client.trade_place(account_id, OrderRequest(PERP, Side.BUY, OrderType.MARKET, amount)))
    with pytest.raises(RiskRejected) as refused:
        run(client.trade_place(account_id, OrderRequest(PERP, Side.BUY, OrderType.MARKET,
                                                        0.01)))
    assert refused.value.code == "margin_use"
    status = run(client.call(rt.engine.risk.guard.states.status, account_id))
    assert status.state is TradingState.REDUCING
    closing = run(client.trade_place(account_id, OrderRequest(
        PERP, Side.SELL, OrderType.MARKET, 0.01, reduce_only=True)))
    assert closing.status is OrderStatus.FILLED
