"""A replayed file's precision comes from its data: BTC-quoted prices keep their eight
decimals, USDT prices their cents, and a one-tick spread is not shown as 0.0 bp."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale

from desktop.core.candles import Candles
from desktop.shell.numbers import fmt_bps
from desktop.venues.replay_feed import infer_market


def candles(prices: list[float], volumes: list[float]) -> Candles:
    p = np.array(prices, dtype=np.float64)
    ts = np.arange(len(p), dtype=np.int64) * 60_000
    return Candles(ts, p, p, p, p, np.array(volumes, dtype=np.float64))


def test_precision_from_the_data_and_a_tiny_spread_in_basis_points():
    eth_btc = infer_market(candles([0.05123456, 0.05123461, 0.0512339], [12.3456, 7.1, 0.0001]),
                           "ETH/BTC")
    assert eth_btc.price_tick == 1e-8 and eth_btc.amount_step == 1e-4
    btc = infer_market(candles([60000.12, 60001.5, 59999.99], [1.5, 0.25, 3.0]), "BTC/USDT")
    assert btc.price_tick == 0.01 and btc.amount_step == 0.01
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    one_tick = btc.price_tick / 60000.12 * 1e4  # bp
    assert fmt_bps(one_tick, english) == "0.0017"
    assert fmt_bps(eth_btc.price_tick / 0.05123456 * 1e4, english) == "0.0020"
    assert fmt_bps(1.26, english) == "1.3" and fmt_bps(0.0, english) == "0.0"
