"""Fixtures of the backtest tests: real Binance candles from ../shared/data when present."""

from __future__ import annotations

import pandas as pd
import pytest
from backtest_bars import DATA_DIR

from desktop.core import Candles


def load_reference(name: str) -> Candles:
    path = DATA_DIR / name
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (see shared/data/README.md)")
    df = pd.read_parquet(path)
    return Candles.from_arrays(df.timestamp, df.open, df.high, df.low, df.close, df.volume)


@pytest.fixture(scope="session")
def eth_btc_5m() -> Candles:
    return load_reference("binance_spot_ETH-BTC_5m.parquet")


@pytest.fixture(scope="session")
def ltc_btc_5m() -> Candles:
    return load_reference("binance_spot_LTC-BTC_5m.parquet")
