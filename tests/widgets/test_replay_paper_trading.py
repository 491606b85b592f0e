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


def candle_file(path: Path, level: float, decimals: int, *, seed: int, sigma: float,
                volume: str) -> Path:
    """400 five-minute candles from FIRST_CANDLE_MS, a random walk around `level` (log steps
    of `sigma`) quoted with `decimals` decimals, written as a CSV candle file at `path`."""
    rng = np.random.default_rng(seed)
    close = np.round(level * np.exp(np.cumsum(rng.normal(0, sigma, 400))), decimals)
    opens = np.round(np.r_[close[0], close[:-1]], decimals)
    high = np.round(np.maximum(opens, close) * 1.0005, decimals)
    low = np.round(np.minimum(opens, close) * 0.9995, decimals)
    ts = FIRST_CANDLE_MS + CANDLE_MS * np.arange(400)
    rows = ["timestamp,open,high,low,close,volume"]
    rows += [f"{t},{o:.{decimals}f},{h:.{decimals}f},{lo:.{decimals}f},{c:.{decimals}f},{volume}"
             for t, o, h, lo, c in zip(ts, opens, high, low, close, strict=True)]
    path.write_text("\n".join(rows) + "\n")
    return path


def eth_btc_file(folder: Path) -> Path:
    """400 five-minute ETH/BTC candles around 0.0512 BTC, eight decimals as Binance's."""
    return candle_file(folder / "binance_spot_ETH-BTC_5m.csv", 0.0512, 8, seed=7,
                       sigma=0.002, volume="12.5")


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


def btc_usdt_file(folder: Path) -> Path:
    """400 five-minute BTC/USDT candles around 21,000 USDT (the demo market's BTC is near
    78,000): a replay of a symbol the demo market has too."""
    return candle_file(folder / "binance_spot_BTC-USDT_5m.csv", 21_000, 2, seed=11,
                       sigma=0.001, volume="3.51234")


def test_a_replay_of_a_demo_symbol_is_never_traded_at_the_demo_s_price(
        qtbot, window, aio, tmp_path):
    """A BTC/USDT replay on the chart, the demo-priced account in the order entry: its
    BTC/USDT is the demo market's, so Buy is refused before anything is sent, with the way
    to trade the replay; an account whose price source is the replay trades it, at the
    replay's prices and times."""
    client = window.ctx.client
    account = paper_account(aio, client)
    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    entry = window.docks.dock("order_entry").widget()
    dock = window.docks.open_panel("replay")
    dock.show()
    dock.widget().open_file(str(btc_usdt_file(tmp_path)))
    qtbot.waitUntil(lambda: (chart.venue, chart.symbol) == ("replay", "BTC/USDT"),
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: entry.loaded and entry.symbol == "BTC/USDT"
                    and entry.account_id == account and entry.tick is not None,
                    timeout=TIMEOUT_MS)
    assert entry.market().venue == "demo"  # the account's BTC/USDT is the demo market's
    # Said where the trader acts, before any click.
    qtbot.waitUntil(lambda: "replay" in entry.result.text(), timeout=TIMEOUT_MS)
    warning = entry.result.text()
    assert "demo market" in warning and "Tools › Accounts" in warning

    entry.form.amount.setText("0.01")
    assert entry.submit() is False
    assert entry.sent == 0
    assert entry.result.text().startswith("Nothing was sent")
    assert "replay" in entry.result.text()
    assert not aio.run(client.trade_orders(account))  # nothing reached the engine
    # The keyboard's market order is refused the same way.
    assert entry.market_order(Side.BUY) is False and entry.sent == 0

    # The way the message names: an account priced by the replay trades the replay.
    replay_account = aio.run(client.account_add(AccountDraft(
        "paper", "Replay paper", price_source="replay")), timeout=30)
    qtbot.waitUntil(lambda: replay_account.id in entry.accounts, timeout=TIMEOUT_MS)
    entry.account_id = replay_account.id
    window.ctx.spawn(entry._load_account())
    qtbot.waitUntil(lambda: entry.loaded and entry.account_id == replay_account.id
                    and entry.market() is not None and entry.market().venue == "replay"
                    and entry.tick is not None and entry.tick.venue == "replay",
                    timeout=TIMEOUT_MS)
    assert "demo market" not in entry.result.text()
    entry.form.set_order_type(OrderType.MARKET)
    entry.form.amount.setText("0.01")
    assert entry.submit() is True

    def replay_orders() -> list:
        return aio.run(client.trade_orders(replay_account.id))

    qtbot.waitUntil(lambda: any(o.status is OrderStatus.FILLED for o in replay_orders()),
                    timeout=TIMEOUT_MS)
    [order] = replay_orders()
    assert 15_000 < order.average < 30_000  # the replay's price, not the demo's ~78,000
    fills = [f for f in aio.run(client.trade_fills(replay_account.id)) if f.order_id == order.id]
    assert fills and all(f.ts in range(FIRST_CANDLE_MS, FIRST_CANDLE_MS + 400 * CANDLE_MS)
                         for f in fills)
