"""Margin of linear perpetuals (Binance USDⓈ-M rules), Qt-free: the maintenance-margin
brackets kept as data, and the formulas (initial and maintenance margin, margin ratio,
liquidation price). Position arithmetic itself — fills, P&L, funding — stays in the one
accounting kernel, `desktop.accounting`."""

from desktop.margin.brackets import (
    Bracket,
    bracket_at,
    bracket_table,
    brackets_for,
    exchange_symbol,
    liquidation_fee_rate,
    max_leverage,
)
from desktop.margin.formulas import (
    FUNDING_INTERVAL_MS,
    initial_margin,
    liquidation_price,
    maintenance_margin,
    margin_ratio,
)

__all__ = [
    "FUNDING_INTERVAL_MS",
    "Bracket",
    "bracket_at",
    "bracket_table",
    "brackets_for",
    "exchange_symbol",
    "initial_margin",
    "liquidation_fee_rate",
    "liquidation_price",
    "maintenance_margin",
    "margin_ratio",
    "max_leverage",
]
