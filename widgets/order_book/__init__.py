"""The order book dock: depth ladder, spread, imbalance, grouping, depth chart, DOM trading."""

from widgets.order_book.commands import install_order_book_commands
from widgets.order_book.panel import OrderBookPanel

__all__ = ["OrderBookPanel", "install_order_book_commands"]
