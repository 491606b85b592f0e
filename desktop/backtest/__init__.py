"""Backtesting: bar-based engine, metrics, strategy discovery and the headless CLI.

Qt-free. The fill rules (all in `fill_loop`, shared by vectorised and bar-by-bar strategies):

- a decision taken at a bar's close fills at the next bar's open (`FillMode.NEXT_OPEN`,
  default) or at that close (`FillMode.CLOSE`); a signal on the last bar never fills;
- market, stop and trailing-stop fills pay the taker fee and `slippage_bps` against the
  trader; limit entries and take-profits pay the maker fee at their price (or a better open);
- stops, targets, trailing stops and limit/stop entries fill inside the bar from its high and
  low; a gap through a stop fills at the open;
- when a stop and a target both lie inside one bar, the stop is assumed to have come first
  (conservative: the path inside a bar is unknown); a position entered inside a bar may be
  stopped in that bar but never reach its target there;
- a trailing stop trails the best high (long) / low (short) of the bars before the current
  one, never the current bar's own extreme;
- one net position per symbol: an opposite entry reverses it, a same-side entry is ignored;
- sizing: all-in, % of equity, fixed units, risk % to the stop, volatility target,
  fractional Kelly; amounts are fractional unless `lot_step` rounds them down.
- each fill moves the position through `desktop.accounting.apply_fill`, the kernel that
  books paper and live fills too; a trade's P&L is its price P&L minus its entry and exit
  fees.

Metric definitions are in `metrics`.
"""

from desktop.backtest.config import BacktestConfig, FillMode, SizeMode, Sizing
from desktop.backtest.engine import run_backtest, run_portfolio
from desktop.backtest.results import BacktestResult, Trade, Trades

__all__ = [
    "BacktestConfig",
    "BacktestResult",
    "FillMode",
    "SizeMode",
    "Sizing",
    "Trade",
    "Trades",
    "run_backtest",
    "run_portfolio",
]
