"""The backtest runner dock (panel_type "backtest")."""

from widgets.backtest.panel import BacktestPanel, install_backtest_commands

__all__ = ["BacktestPanel", "install_backtest_commands"]
