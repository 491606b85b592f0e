"""A bot's entry size: the backtester's own sizing rule (`fill_loop._units`), called with the
live account's numbers, so `--size all|pct|fixed|risk|vol|kelly` means the same in a
backtest, in `pregao paper` and live.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from desktop.backtest import fill_loop as fl
from desktop.backtest.config import BacktestConfig, SizeMode, Sizing
from desktop.backtest.engine import _cfg_array as config_array  # the fill loop's encoding
from desktop.core import Candles, Market
from desktop.reports.metrics import YEAR_MS


@dataclass(slots=True)
class TradeStats:
    """Closed trades so far (Kelly sizing reads them)."""

    wins: int = 0
    sum_wins: float = 0.0
    losses: int = 0
    sum_losses: float = 0.0

    def add(self, pnl: float) -> None:
        if pnl > 0:
            self.wins += 1
            self.sum_wins += pnl
        else:
            self.losses += 1
            self.sum_losses -= pnl


def entry_units(sizing: Sizing, market: Market, cash: float, price: float, *, side: float,
                stop_loss: float | None, size: float | None, stats: TradeStats,
                window: Candles, timeframe_ms: int, leverage: float = 1.0) -> float:
    """Units to buy (side +1) or sell short (side -1) at about `price` with `cash` to spend
    (flat: equity is the cash) at `leverage` (a perpetual's); 0 when the rule says skip.
    Rounded down to the market's amount step, at least its minimum amount."""
    config = BacktestConfig(
        cash=max(cash, 1e-9), leverage=leverage, taker_fee_bps=market.taker_fee * 1e4,
        maker_fee_bps=market.maker_fee * 1e4, sizing=sizing, lot_step=market.amount_step,
        min_size=market.min_amount)
    cfg = config_array(config)
    pos = fl.new_position_state(1)
    acct = fl.new_account_state(cash)
    acct[fl.A_NWIN], acct[fl.A_SUMWIN] = stats.wins, stats.sum_wins
    acct[fl.A_NLOSS], acct[fl.A_SUMLOSS] = stats.losses, stats.sum_losses
    vol = _volatility(window, sizing, timeframe_ms)
    units = fl._units(0, float(side), float(price), float(market.taker_fee),
                      math.nan if stop_loss is None else float(stop_loss),
                      math.nan if size is None else float(size), 0, pos, acct, cfg, vol)
    return market.round_amount(float(units), "floor") if units > 0 else 0.0


def _volatility(window: Candles, sizing: Sizing, timeframe_ms: int) -> np.ndarray:
    """The annualised volatility at the newest candle, shaped as the fill loop reads it."""
    if sizing.mode is not SizeMode.VOL_TARGET:
        return np.full((1, 1), np.nan)
    out = np.full((2, 1), np.nan)
    span = max(2, sizing.vol_window)
    close = window.close
    if len(close) > span:
        r = np.diff(np.log(close[-(span + 1):]))
        out[0, 0] = float(np.std(r, ddof=1)) * math.sqrt(YEAR_MS / timeframe_ms)
    return out
