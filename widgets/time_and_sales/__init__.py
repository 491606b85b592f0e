"""The time & sales dock: the public prints of the focused chart's symbol."""

from widgets.time_and_sales.panel import TimeAndSalesPanel

__all__ = ["TimeAndSalesPanel"]
