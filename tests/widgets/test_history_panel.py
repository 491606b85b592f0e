"""The candle history panel on the real engine: a download from the local Binance peer fills the
progress bar and the cache, Cancel keeps what was fetched, a bad file is refused whole with its
line shown next to the Import button, a good one lists its gaps and opens in the chart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QDate

from desktop.data.history_store import DatasetKey, HistoryStore
from desktop.engine.loop_thread import LoopThread
from tests.conftest import shared_file
from tests.exchange_server.harness import venue_config
from tests.exchange_server.server import BinanceTestServer

KLINES = "/api/v3/klines"
PAGE = 200


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch) -> Path:
    """Set before the engine starts (autouse fixtures come first): fresh cache and database."""
    monkeypatch.setenv("PREGAO_DATABASE_URL", f"sqlite:///{tmp_path / 'pregao.db'}")
    monkeypatch.setenv("PREGAO_CANDLE_CACHE", str(tmp_path / "candles"))
    return tmp_path / "candles"


@pytest.fixture
def exchange() -> Iterator[BinanceTestServer]:
    """The local Binance peer on its own loop thread, as a remote exchange would be."""
    thread = LoopThread("exchange")
    thread.start()
    server = BinanceTestServer()
    thread.submit(server.start()).result(10)
    yield server
    thread.submit(server.stop()).result(10)
    thread.stop()


@pytest.fixture
def panel(qtbot, window, runtime, aio, exchange):
    def point_at_local_exchange() -> None:
        jobs = runtime.engine.history_cache
        jobs.resolver.public_config = lambda exchange_id: venue_config(exchange)
        jobs.page_limit = PAGE  # many small pages: progress and cancel have room to show
        jobs.flush_rows = PAGE

    aio.run(runtime.client.call(point_at_local_exchange))
    dock = window.docks.open_panel("history")
    dock.show()
    p = dock.widget()
    qtbot.waitUntil(lambda: p.source.findData("public:binance") >= 0, timeout=5000)
    return p


def choose(qtbot, panel, symbol: str, first_ms: int) -> None:
    panel.source.setCurrentIndex(panel.source.findData("public:binance"))
    qtbot.waitUntil(lambda: panel.symbol.findText(symbol) >= 0, timeout=5000)
    panel.symbol.setCurrentText(symbol)
    panel.timeframe.setCurrentText("1m")
    day = datetime.fromtimestamp(first_ms / 1000, UTC)
    panel.start.setDate(QDate(day.year, day.month, day.day))
    panel.up_to_now.setChecked(True)


def table_rows(panel) -> dict[tuple[str, str, str], str]:
    m = panel.model
    return {
        (m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 2).data()): m.index(r, 5).data()
        for r in range(m.rowCount())
    }


def test_download_fills_the_progress_bar_and_cancel_keeps_what_was_fetched(
    qtbot, panel, exchange, cache_dir
):
    rows = exchange.prices.candles("BTCUSDT", "1m")
    exchange.faults.next(KLINES, "slow", count=1000, delay_s=0.05)  # pages one can watch
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    choose(qtbot, panel, "BTC/USDT", int(rows[0, 0]))
    panel.download_button.click()
    assert not panel.download_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: "Downloaded" in panel.status.text(), timeout=15000)
    cached = HistoryStore(cache_dir).read(DatasetKey("binance", "BTC/USDT", "1m"))
    assert len(cached) >= len(rows) - 2  # every closed candle (the last one may be forming)
    np.testing.assert_array_equal(cached.ts, rows[: len(cached), 0].astype(np.int64))
    partial = sorted({v for v in seen if 0 < v < len(cached)})
    assert len(partial) >= 3, seen  # the bar moved page by page
    qtbot.waitUntil(lambda: ("binance", "BTC/USDT", "1m") in table_rows(panel), timeout=3000)
    assert table_rows(panel)[("binance", "BTC/USDT", "1m")] == f"{len(cached):,}"

    # Cancel a second download midway: its pages so far stay cached, nothing after them.
    eth = exchange.prices.candles("ETHBTC", "1m")
    exchange.faults.next(KLINES, "slow", count=1000, delay_s=0.2)
    choose(qtbot, panel, "ETH/BTC", int(eth[0, 0]))
    panel.download_button.click()
    qtbot.waitUntil(lambda: panel.progress.value() >= 2 * PAGE, timeout=10000)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: "Canceled" in panel.status.text(), timeout=5000)
    assert panel.download_button.isEnabled() and not panel.cancel_button.isEnabled()
    kept = HistoryStore(cache_dir).read(DatasetKey("binance", "ETH/BTC", "1m"))
    assert 2 * PAGE <= len(kept) < len(eth) - 2 and len(kept) % PAGE == 0
    np.testing.assert_array_equal(kept.ts, eth[: len(kept), 0].astype(np.int64))
    assert f"{len(kept)} candles" in panel.status.text()
    qtbot.waitUntil(lambda: ("binance", "ETH/BTC", "1m") in table_rows(panel), timeout=3000)
    exchange.faults.clear()


def test_bad_file_is_refused_with_its_line_and_a_good_one_shows_gaps_and_opens_in_chart(
    qtbot, window, panel, tmp_path
):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "timestamp,open,high,low,close,volume\n"
        "1515560100000,0.09,0.091,0.089,0.0905,12.5\n"
        "1515560400000,0.0905,0.0911,0.0902,0.0906,10.0\n"
        "1515560700000,0.0901,0.0899,0.0902,0.0900,9.0\n"  # high below low: line 4
    )
    panel.import_symbol.setText("ETH/BTC")
    panel.import_timeframe.setCurrentText("5m")
    panel.import_file(str(bad))
    qtbot.waitUntil(lambda: panel.import_error.text() != "", timeout=5000)
    assert "row 4" in panel.import_error.text() and "below low" in panel.import_error.text()
    assert not [k for k in table_rows(panel) if k[1] == "ETH/BTC"]  # nothing half-imported

    path = shared_file("binance_spot_ADA-BTC_5m.parquet")
    panel.import_symbol.setText("ADA/BTC")
    panel.import_exchange.setText("binance")
    panel.import_file(str(path))
    qtbot.waitUntil(lambda: ("binance", "ADA/BTC", "5m") in table_rows(panel), timeout=5000)
    assert panel.import_error.text() == ""
    qtbot.waitUntil(lambda: panel.gaps.count() == 5, timeout=3000)
    assert "40" in panel.gaps_title.text()
    assert panel.gaps.item(0).text() == "2018-01-15 10:10 (1 candle)"
    assert panel.gaps.item(4).text() == "2018-01-15 12:00 – 2018-01-15 14:40 (33 candles)"

    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    panel.chart_button.click()
    qtbot.waitUntil(lambda: (chart.venue, chart.symbol) == ("replay", "ADA/BTC"), timeout=5000)
