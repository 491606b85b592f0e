"""The order entry dock and keyboard trading."""

from widgets.order_entry.commands import install_order_entry_commands
from widgets.order_entry.panel import OrderEntryPanel

__all__ = ["OrderEntryPanel", "install_order_entry_commands"]
