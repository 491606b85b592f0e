"""The panel kinds the main window can host, and the commands each family installs."""

from __future__ import annotations

from desktop.shell.main_window import CommandInstaller
from desktop.shell.panel import Panel
from widgets.accounts_dialog import install_account_commands
from widgets.alert_channels import install_alert_channel_commands
from widgets.alerts import AlertsPanel, install_alert_commands
from widgets.backtest import BacktestPanel, install_backtest_commands
from widgets.bots import BotsPanel, install_bots_commands
from widgets.chart_grid import install_chart_grid
from widgets.chart_panel import ChartPanel, install_chart_commands
from widgets.chart_regimes import install_regime_commands
from widgets.drawings import install_drawing_commands
from widgets.history_panel import HistoryPanel, install_history_commands
from widgets.log_panel import LogPanel, install_log_commands
from widgets.monitors import MONITOR_PANELS, install_monitor_commands
from widgets.order_book import OrderBookPanel, install_order_book_commands
from widgets.order_entry import OrderEntryPanel, install_order_entry_commands
from widgets.performance import PerformancePanel, install_report_commands
from widgets.protection import install_protection_commands
from widgets.replay_panel import ReplayPanel, install_replay_commands
from widgets.risk import RiskPanel
from widgets.risk_controls import install_risk_controls
from widgets.time_and_sales import TimeAndSalesPanel
from widgets.watchlist import WatchlistPanel, install_watchlist_commands

PANEL_TYPES: dict[str, type[Panel]] = {
    cls.panel_type: cls
    for cls in (
        ChartPanel, WatchlistPanel, LogPanel, ReplayPanel, BacktestPanel, HistoryPanel,
        OrderEntryPanel, *MONITOR_PANELS, RiskPanel, BotsPanel, OrderBookPanel,
        TimeAndSalesPanel, PerformancePanel, AlertsPanel,
    )
}

COMMAND_INSTALLERS: tuple[CommandInstaller, ...] = (
    install_chart_commands,
    install_regime_commands,
    install_watchlist_commands,
    install_replay_commands,
    install_log_commands,
    install_account_commands,
    install_backtest_commands,
    install_chart_grid,
    install_drawing_commands,
    install_history_commands,
    install_order_entry_commands,
    install_order_book_commands,
    install_monitor_commands,
    install_protection_commands,
    install_risk_controls,
    install_bots_commands,
    install_report_commands,
    install_alert_channel_commands,
    install_alert_commands,
)
