"""The demo market's linear perpetuals: a USDT-margined twin of BTC/USDT and ETH/USDT.

A twin trades at its spot symbol's prices (the index), so it needs no price process of its
own. What it adds is what a perpetual has and spot has not, generated deterministically:

- a premium of the mark over the index, an Ornstein-Uhlenbeck process (mean 0, stationary
  standard deviation `PREMIUM_SD`, half-life `PREMIUM_HALF_LIFE_MS`) drawn from its own
  random stream, so the spot symbols' streams are unchanged;
- the mark price, index × (1 + premium);
- the funding rate of the next funding time, Binance's formula on that premium:
  premium + clamp(interest − premium, −0.05 %, +0.05 %), capped at ±`FUNDING_CAP`, with the
  interest rate 0.01 % per 8 hours;

published as a `MarkPriceEvent` with every tick of the twin. Paper accounts on the demo
market margin, liquidate and fund their perpetual positions from these.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from desktop.core import Market, MarketKind, MarkPriceEvent, OrderBook, Tick
from desktop.margin.formulas import FUNDING_INTERVAL_MS

PERPETUAL_TWINS = ("BTC/USDT", "ETH/USDT")
PREMIUM_SD = 0.0004
PREMIUM_HALF_LIFE_MS = 30 * 60_000
INTEREST = 0.0001  # per funding interval
PREMIUM_CLAMP = 0.0005
FUNDING_CAP = 0.003
# Binance USDⓈ-M's regular fees (VIP 0): cheaper than spot's 0.1 %.
MAKER_FEE, TAKER_FEE = 0.0002, 0.0004


def perpetual_symbol(spot: str) -> str:
    """"BTC/USDT" -> "BTC/USDT:USDT" (ccxt's form of a USDT-settled perpetual)."""
    return f"{spot}:{spot.split('/')[1]}"


def perpetual_market(spot: Market) -> Market:
    return dataclasses.replace(spot, symbol=perpetual_symbol(spot.symbol),
                               kind=MarketKind.LINEAR_PERPETUAL, maker_fee=MAKER_FEE,
                               taker_fee=TAKER_FEE)


@dataclass(slots=True)
class PerpetualTwin:
    spot: str
    market: Market
    rng: np.random.Generator
    premium: float = 0.0
    last_ms: int = 0

    @property
    def symbol(self) -> str:
        return self.market.symbol

    def step(self, t_ms: int) -> None:
        """Move the premium to `t_ms`."""
        dt = max(0, t_ms - self.last_ms) if self.last_ms else 0
        self.last_ms = t_ms
        if dt == 0:
            return
        decay = math.exp(-math.log(2.0) * dt / PREMIUM_HALF_LIFE_MS)
        shock = PREMIUM_SD * math.sqrt(1.0 - decay * decay) * float(self.rng.standard_normal())
        self.premium = self.premium * decay + shock

    def funding_rate(self) -> float:
        p = self.premium
        rate = p + min(max(INTEREST - p, -PREMIUM_CLAMP), PREMIUM_CLAMP)
        return min(max(rate, -FUNDING_CAP), FUNDING_CAP)

    def mark_event(self, t_ms: int, index: float, venue: str) -> MarkPriceEvent:
        next_funding = (t_ms // FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS
        return MarkPriceEvent(self.symbol, t_ms, index * (1.0 + self.premium),
                              self.funding_rate(), next_funding, index, venue)

    def tick(self, spot: Tick) -> Tick:
        return dataclasses.replace(spot, symbol=self.symbol)

    def book(self, spot: OrderBook) -> OrderBook:
        return dataclasses.replace(spot, symbol=self.symbol)


def make_twins(spot_markets: dict[str, Market], seed: int) -> dict[str, PerpetualTwin]:
    """Spot symbol -> its perpetual twin, each with its own random stream."""
    streams = np.random.SeedSequence([seed, 0x9E7]).spawn(len(PERPETUAL_TWINS))
    return {
        spot: PerpetualTwin(spot, perpetual_market(spot_markets[spot]),
                            np.random.default_rng(stream))
        for spot, stream in zip(PERPETUAL_TWINS, streams, strict=True)
        if spot in spot_markets
    }
