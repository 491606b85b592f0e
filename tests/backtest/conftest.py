"""Fixtures of the backtest tests: real Binance candles from ../shared/data when present."""

from __future__ import annotations

import pytest
from backtest_bars import load_reference

from desktop.core import Candles


@pytest.fixture(scope="session")
def eth_btc_5m() -> Candles:
    return load_reference("binance_spot_ETH-BTC_5m.parquet")


@pytest.fixture(scope="session")
def ltc_btc_5m() -> Candles:
    return load_reference("binance_spot_LTC-BTC_5m.parquet")
