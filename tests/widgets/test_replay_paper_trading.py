"""The first-launch paper account (priced by the demo market) trades a replayed market: a
BTC-quoted replay opened in the real window joins the account's markets, the order entry
follows the chart onto it with the replay's prices, and a market order fills at them on the
real paper venue, at the replay's time, journaled in a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop.core import OrderRequest, OrderStatus, OrderType, Side
from desktop.core.accounts import AccountDraft
from tests.widgets.monitor_helpers import paper_account

TIMEOUT_MS = 15_000


@pytest.fixture(autouse=True)
def database(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "pregao.db"
    monkeypatch.setenv("PREGAO_DATABASE_URL", f"sqlite:///{path}")
    return path


FIRST_CANDLE_MS = 1_700_000_000_000  # November 2023, years before the demo market's clock
CANDLE_MS = 300_000


def eth_btc_file(folder: Path) -> Path:
    """400 five-minute ETH/BTC candles around 0.0512 BTC, eight decimals as Binance's."""
    rng = np.random.default_rng(7)
    close = np.round(0.0512 * np.exp(np.cumsum(rng.normal(0, 0.002, 400))), 8)
    opens = np.round(np.r_[close[0], close[:-1]], 8)
    high = np.round(np.maximum(opens, close) * 1.0005, 8)
    low = np.round(np.minimum(opens, close) * 0.9995, 8)
    ts = FIRST_CANDLE_MS + CANDLE_MS * np.arange(400)
    path = folder / "binance_spot_ETH-BTC_5m.csv"
    rows = ["timestamp,open,high,low,close,volume"]
    rows += [f"{t},{o:.8f},{h:.8f},{lo:.8f},{c:.8f},12.5"
             for t, o, h, lo, c in zip(ts, opens, high, low, close, strict=True)]
    path.write_text("\n".join(rows) + "\n")
    return path


def test_the_demo_paper_account_trades_a_replayed_market(qtbot, window, aio, tmp_path):
    client = window.ctx.client
    account = paper_account(aio, client)
    info = next(a for a in aio.run(client.accounts()) if a.id == account)
    # A BTC-quoted market needs BTC: the trader gives the account some.
    aio.run(client.account_edit(account, AccountDraft(
        "paper", info.label, starting_balances=(("USDT", 10_000.0), ("BTC", 1.0)))))
    assert "ETH/BTC" not in {m.symbol for m in aio.run(client.trade_markets(account))}

    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    dock = window.docks.open_panel("replay")
    dock.show()
    path = eth_btc_file(tmp_path)
    dock.widget().open_file(str(path))
    qtbot.waitUntil(lambda: (chart.venue, chart.symbol) == ("replay", "ETH/BTC"),
                    timeout=TIMEOUT_MS)

    # The order entry follows the chart onto the replay, on the same paper account.
    entry = window.docks.dock("order_entry").widget()
    # (the account's markets reload after the switch: the replay's market joins them then)
    qtbot.waitUntil(lambda: entry.symbol == "ETH/BTC" and entry.account_id == account
                    and entry.tick is not None and entry.tick.venue == "replay"
                    and "ETH/BTC" in entry.markets,
                    timeout=TIMEOUT_MS)
    market = entry.markets["ETH/BTC"]
    assert market.venue == "replay" and market.price_tick <= 1e-7  # the data's decimals
    assert entry.priced_by("replay")
    # The watchlist writes the replay's prices with the data's decimals, not as "0.05".
    watch = window.docks.dock("watchlist").widget()
    qtbot.waitUntil(lambda: ("replay", "ETH/BTC") in watch.model.symbol_keys(),
                    timeout=TIMEOUT_MS)
    row = watch.model.rows[watch.model.symbol_keys().index(("replay", "ETH/BTC"))]
    qtbot.waitUntil(lambda: row.decimals == 8, timeout=TIMEOUT_MS)

    order = aio.run(client.trade_place(account, OrderRequest(
        "ETH/BTC", Side.BUY, OrderType.MARKET, 0.5)), timeout=20)
    assert order.status is OrderStatus.FILLED
    replay_tick = aio.run(client.last_tick("replay", "ETH/BTC"))
    # Filled at the replay's prices (around 0.05 BTC), not at any demo price.
    assert 0.03 < order.average < 0.08
    assert abs(order.average - replay_tick.ask) / replay_tick.ask < 0.05
    # Stamped with the replay's time, not the demo market's "now": the fill's marker stands
    # on the replay's chart, and the fills monitor shows when in the replay it happened.
    replay_times = range(FIRST_CANDLE_MS, FIRST_CANDLE_MS + 400 * CANDLE_MS)
    assert order.created_ts in replay_times
    fills = [f for f in aio.run(client.trade_fills(account)) if f.order_id == order.id]
    assert fills and all(f.ts in replay_times for f in fills)

    def balances() -> dict[str, float]:
        return {b.currency: b.total for b in aio.run(client.trade_balances(account))}

    qtbot.waitUntil(lambda: balances().get("ETH") == pytest.approx(0.5), timeout=TIMEOUT_MS)
    assert balances()["BTC"] == pytest.approx(1.0 - 0.5 * order.average - order.fee)
    # The demo market's own symbols still trade at demo prices.
    assert "BTC/USDT" in {m.symbol for m in aio.run(client.trade_markets(account))}

