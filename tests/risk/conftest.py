"""Fixtures of the risk analytics tests: real Binance candles from ../shared/data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.conftest import shared_file


def closes(name: str) -> pd.Series:
    frame = pd.read_parquet(shared_file(name))
    return pd.Series(frame["close"].to_numpy(float), index=frame["timestamp"].to_numpy())


@pytest.fixture(scope="session")
def eth_btc_returns() -> np.ndarray:
    return closes("binance_spot_ETH-BTC_5m.parquet").pct_change().dropna().to_numpy()


@pytest.fixture(scope="session")
def pair_returns() -> pd.DataFrame:
    """ETH/BTC, LTC/BTC and ADA/BTC 5-minute simple returns on the common timestamps."""
    frame = pd.concat(
        {
            "ETH/BTC": closes("binance_spot_ETH-BTC_5m.parquet"),
            "LTC/BTC": closes("binance_spot_LTC-BTC_5m.parquet"),
            "ADA/BTC": closes("binance_spot_ADA-BTC_5m.parquet"),
        },
        axis=1,
    ).dropna()
    return frame.pct_change().dropna()
