"""The performance dock (an account's or a bot's equity against the benchmark, drawdown,
monthly heatmap and metrics) and the "Export report…" commands."""

from widgets.performance.commands import install_report_commands
from widgets.performance.panel import PerformancePanel

__all__ = ["PerformancePanel", "install_report_commands"]
