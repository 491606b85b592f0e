"""Public prints of an exchange account's market reach the bus and the client: the real
CcxtVenue against the local Binance server, its trade stream (pushed over the socket, or
polled with fetch_trades) followed while someone asks for it."""

from __future__ import annotations

import time

import pytest

from desktop.core import PregaoError, Side, TradeEvent
from tests.engine.test_accounts import binance, db_url, run, secret_service  # noqa: F401
from tests.engine.test_paper_sources import engine, exchange, wait_for  # noqa: F401


def test_an_exchange_accounts_prints_arrive_as_trade_events(engine, exchange,  # noqa: F811
                                                            secret_service, db_url):  # noqa: F811
    rt, events = engine
    server, thread = exchange
    account = run(rt.client.account_add(binance()))
    run(rt.client.account_connect(account.id))
    venue = run(rt.client.trades_follow(account.id, "BTC/USDT"))
    assert venue == "Main"  # stamped like the account's ticks

    def prints() -> list:
        return [t for e in events if isinstance(e, TradeEvent) and e.venue == "Main"
                for t in e.since(e.seq - 1)]

    def print_trade(price: float, amount: float, buyer_maker: bool) -> None:
        async def go() -> None:
            server.print_trade("BTCUSDT", price, amount, buyer_maker)

        thread.submit(go()).result(5)

    deadline = time.monotonic() + 15
    while not prints() and time.monotonic() < deadline:  # until the subscription is live
        print_trade(50_010.0, 0.5, True)
        time.sleep(0.2)
    print_trade(50_020.0, 0.25, False)
    wait_for(lambda: any(t.price == 50_020.0 for t in prints()), "the second print")
    first = next(t for t in prints() if t.price == 50_010.0)
    last = next(t for t in prints() if t.price == 50_020.0)
    assert (first.amount, first.side, last.amount, last.side) == (0.5, Side.SELL, 0.25, Side.BUY)
    assert last in run(rt.client.recent_trades("Main", "BTC/USDT"))
    run(rt.client.trades_unfollow(account.id, "BTC/USDT"))
    assert rt.engine.public_trades._tasks == {}
    paper = next(a for a in run(rt.client.accounts()) if a.is_paper)
    with pytest.raises(PregaoError, match="offers no public trades"):
        run(rt.client.trades_follow(paper.id, "BTC/USDT"))
