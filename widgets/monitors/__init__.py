"""Trading monitors: open orders, order history, fills, positions and balances."""

from widgets.monitors.balances import BalancesPanel
from widgets.monitors.base import MonitorPanel
from widgets.monitors.commands import install_monitor_commands
from widgets.monitors.fills import FillsPanel
from widgets.monitors.orders import OpenOrdersPanel, OrderHistoryPanel
from widgets.monitors.positions import PositionsPanel

MONITOR_PANELS: tuple[type[MonitorPanel], ...] = (
    OpenOrdersPanel,
    OrderHistoryPanel,
    FillsPanel,
    PositionsPanel,
    BalancesPanel,
)

__all__ = [
    "MONITOR_PANELS",
    "BalancesPanel",
    "FillsPanel",
    "MonitorPanel",
    "OpenOrdersPanel",
    "OrderHistoryPanel",
    "PositionsPanel",
    "install_monitor_commands",
]
