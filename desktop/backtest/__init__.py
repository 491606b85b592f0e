"""Backtesting: bar-based engine, metrics, strategy discovery and the headless CLI.

Qt-free. The fill rules (all in `fill_loop`, shared by vectorised and bar-by-bar strategies):

- a decision taken at a bar's close fills at the next bar's open (`FillMode.NEXT_OPEN`,
  default) or at that close (`FillMode.CLOSE`); a signal on the last bar never fills;
- market, stop and trailing-stop fills pay the taker fee and `slippage_bps` against the
  trader, and so does a limit entry that can already trade when it arrives (at the open, or
  at its limit if that is better); resting limit entries and take-profits pay the maker fee
  at their own price, also when a bar opens beyond it; limit and stop entries start working
  at the next open in both fill modes;
- inside a bar, stops, targets, trailing stops and limit/stop entries follow the one intrabar
  rule of `desktop.fills.intrabar`, the paper venue's too: the bar trades open -> nearer
  extreme -> farther extreme -> close and every order level is met in price order, so when
  a stop and a target both lie inside one bar, the one on the side of the nearer extreme
  fills; a gap through a stop fills at the open; a trailing stop's anchor follows that path
  (a high reached before a low in the same bar raises a long's trailing stop first); a
  position entered inside a bar can reach its stop or target later on that bar's path;
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
