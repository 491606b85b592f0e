"""The demo market's instruments: exchange-like precision plus the parameters of their prices.

Numbers are chosen to look like Binance spot in a calm year: precision and limits as Binance
lists them, volatility and volume of the right order, BTC the most liquid and the anchor of
the common market factor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core import Market

MINUTES_PER_YEAR = 525_600


@dataclass(slots=True, frozen=True)
class DemoSymbolSpec:
    symbol: str
    anchor_price: float  # the price the process mean-reverts to over weeks
    price_tick: float
    amount_step: float
    annual_vol: float  # annualised volatility of log returns
    market_r2: float  # share of the variance explained by the common market factor
    spread_bps: float  # typical bid/ask spread in calm markets
    daily_quote_volume: float  # USDT traded per day
    level_size: float  # typical size of one order-book level, base currency

    @property
    def minute_vol(self) -> float:
        return self.annual_vol / math.sqrt(MINUTES_PER_YEAR)

    def market(self, venue: str) -> Market:
        base, quote = self.symbol.split("/")
        return Market(
            symbol=self.symbol,
            base=base,
            quote=quote,
            price_tick=self.price_tick,
            amount_step=self.amount_step,
            min_amount=self.amount_step,
            min_notional=5.0,
            maker_fee=0.001,
            taker_fee=0.001,
            venue=venue,
        )


# Correlation between two symbols is sqrt(r2_a * r2_b): BTC/ETH ~0.75, alts ~0.5-0.65.
DEMO_SPECS: tuple[DemoSymbolSpec, ...] = (
    DemoSymbolSpec("BTC/USDT", 78_000.0, 0.01, 0.00001, 0.50, 0.80, 0.3, 1.5e9, 0.6),
    DemoSymbolSpec("ETH/USDT", 3_000.0, 0.01, 0.0001, 0.65, 0.70, 0.5, 8.0e8, 9.0),
    DemoSymbolSpec("SOL/USDT", 165.0, 0.01, 0.001, 0.85, 0.55, 1.0, 4.0e8, 90.0),
    DemoSymbolSpec("BNB/USDT", 560.0, 0.01, 0.001, 0.55, 0.50, 1.0, 1.2e8, 25.0),
    DemoSymbolSpec("XRP/USDT", 0.62, 0.0001, 0.1, 0.75, 0.45, 1.5, 3.0e8, 25_000.0),
    DemoSymbolSpec("ADA/USDT", 0.48, 0.0001, 0.1, 0.80, 0.50, 2.0, 1.0e8, 30_000.0),
)
