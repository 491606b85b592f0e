"""Live position sizing for order entry and bots: the backtester's sizing modes
(desktop/risk/sizing.py, one formula) fed with the account's equity, free funds, the symbol's
volatility and the account's own trade record."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from desktop.accounting import PositionBooks
from desktop.core import InvalidOrder, Side
from desktop.core.messages import marker
from desktop.engine.risk_service import PERIODS_PER_DAY
from desktop.risk import sizing

_t = marker("Sizing")

if TYPE_CHECKING:
    from desktop.engine.risk_service import RiskService

MODES = {"all": sizing.SIZE_ALL, "pct": sizing.SIZE_PCT, "fixed": sizing.SIZE_FIXED,
         "risk": sizing.SIZE_RISK, "vol": sizing.SIZE_VOL_TARGET, "kelly": sizing.SIZE_KELLY}
PERCENT_MODES = ("pct", "risk", "vol")  # typed in percent, used as fractions
KELLY_MIN_TRADES, KELLY_DEFAULT = 20, 0.10  # the backtester's defaults (Sizing)
DAYS_PER_YEAR = 365.0  # crypto trades every day


async def size_order(risk: RiskService, account_id: str, symbol: str, side: Side, mode: str,
                     value: float, price: float | None = None,
                     stop: float | None = None) -> float:
    """Units of `symbol` for a new `side` position sized by `mode` ("all", "pct", "fixed",
    "risk", "vol", "kelly" — `pct`, `risk` and `vol` in percent, `kelly` a multiplier of
    the Kelly fraction), rounded down to the market's step. InvalidOrder says why not."""
    if mode not in MODES:
        raise InvalidOrder(_t("Unknown sizing mode {mode!r}.", mode=mode))
    if not (math.isfinite(value) and value > 0):
        raise InvalidOrder(_t("The sizing value must be above zero."))
    orders = risk.orders
    venue = orders._venue(account_id)
    market = await orders._market(venue, symbol)
    if price is None or not math.isfinite(price) or price <= 0:
        price = (await venue.fetch_ticker(symbol)).last
    await risk.refresh(account_id)
    view = risk.view(account_id)
    equity = view.equity
    if not (math.isfinite(equity) and equity > 0):
        raise InvalidOrder(_t("The account's equity is not known yet; try again in a moment."))
    unit_cost = price * (1 + market.taker_fee)
    free = {b.currency: b.free for b in await orders.balances(account_id)}
    if market.contract:
        cap = equity / unit_cost
    elif side is Side.BUY:
        cap = free.get(market.quote, 0.0) / unit_cost
    else:
        cap = free.get(market.base, 0.0)
    fraction = value / 100.0 if mode in PERCENT_MODES else value
    volatility = math.nan
    if mode == "vol":
        await risk._ensure_returns(account_id, venue, {symbol})
        returns = risk._returns.get(symbol)
        if returns is None or len(returns[1]) < 3:
            raise InvalidOrder(_t("No price history of {symbol} to measure its volatility.",
                                  symbol=symbol))
        volatility = float(np.std(returns[1], ddof=1)) * math.sqrt(
            PERIODS_PER_DAY * DAYS_PER_YEAR)
    if mode == "risk" and (stop is None or not math.isfinite(stop)):
        raise InvalidOrder(_t("Sizing by risk needs a stop-loss price."))
    kelly = 0.0
    if mode == "kelly":
        wins, losses, sum_wins, sum_losses = trade_record(orders.journal.fills(
            account_id, since_ms=0, limit=100_000))
        kelly = sizing.kelly_fraction(fraction, wins, losses, sum_wins, sum_losses,
                                      KELLY_MIN_TRADES, KELLY_DEFAULT)
    units = sizing.units_for(MODES[mode], fraction, equity, cap, price, unit_cost,
                             math.nan if stop is None else stop, volatility, 1.0, kelly)
    units = market.round_amount(max(0.0, units))
    if units <= 0:
        raise InvalidOrder(_t("That sizing gives nothing to trade (no free funds, or a stop "
                              "at the price)."))
    return units


def trade_record(fills) -> tuple[float, float, float, float]:
    """(wins, losses, sum of wins, sum of losses) of the account's closing fills, booked by
    the accounting kernel in time order (what the backtester's Kelly sizing counts)."""
    books = PositionBooks()
    wins = losses = sum_wins = sum_losses = 0.0
    for fill in sorted(fills, key=lambda f: f.ts):
        before = books.book(fill.account, fill.symbol).amount
        pnl = books.apply(fill, fill.account)
        if before != 0.0 and before * (1 if fill.side is Side.BUY else -1) < 0:
            if pnl > 0:
                wins, sum_wins = wins + 1, sum_wins + pnl
            else:
                losses, sum_losses = losses + 1, sum_losses - pnl
    return wins, losses, sum_wins, sum_losses
