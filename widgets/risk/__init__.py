"""The risk heatmap dock: exposure, VaR, correlation and stress of an account's book."""

from widgets.risk.panel import RiskPanel

__all__ = ["RiskPanel"]
