"""The one metrics module of Pregão: backtests, optimisation sets, bots and accounts all take
their figures from here (see each submodule's docstring for its exact conventions).

- `curve`: the per-run metrics every backtest reports (returns, volatility, Sharpe, Sortino,
  Calmar, max drawdown, VaR/CVaR, exposure, trade statistics), fast enough for sweeps.
- `drawdowns`, `calendar`, `distribution`, `trade_stats`, `benchmark`: the report's further
  figures.
- `analysis`: `analyse(...)` gathers all of them into one `Analysis` for Excel, PDF, JSON and
  the performance dock.
"""

from desktop.reports.metrics.curve import (
    DAY_MS,
    YEAR_MS,
    bar_length_ms,
    compute_metrics,
    drawdown,
    equity_metrics,
    exposure,
    trade_metrics,
)

__all__ = [
    "DAY_MS",
    "YEAR_MS",
    "bar_length_ms",
    "compute_metrics",
    "drawdown",
    "equity_metrics",
    "exposure",
    "trade_metrics",
]
