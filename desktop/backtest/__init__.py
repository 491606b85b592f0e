"""Backtesting: bar-based engine, metrics, strategy discovery and the headless CLI.

Qt-free. See `fill_loop` for the fill rules and `metrics` for the metric definitions.
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
