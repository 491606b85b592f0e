"""The per-run metrics of an equity curve and its trades: what every backtest, optimisation
set, walk-forward window and `pregao paper` run reports (fast: one numba pass over the curve).
The report's further metrics build on these (desktop.reports.metrics.analysis).

Conventions (each checked against hand-computed numbers in tests/backtest/test_metrics.py):
- the bar length is taken from the data (`bar_length_ms`: the usual spacing of the bars);
- returns are per bar, simple: r[t] = E[t] / E[t-1] - 1;
- annualisation uses a 365-day year (crypto trades every day): bars_per_year = year / bar;
- annual return is compound (CAGR) over n_bars / bars_per_year years;
- volatility = sample std of r (ddof=1) * sqrt(bars_per_year);
- Sharpe = mean(r) / std(r) * sqrt(bars_per_year), risk-free rate 0;
- Sortino = mean(r) / sqrt(mean(min(r, 0)^2)) * sqrt(bars_per_year);
- max drawdown is a positive fraction (0.25 = 25 % below the running peak); its duration
  is the longest stretch, in bars and days, from a peak until equity regains it (or the end);
- Calmar = annual return / max drawdown;
- VaR/CVaR 95 % are the risk module's historical ones (desktop.risk.var), per bar, as
  positive losses: VaR = -q05(r), CVaR = -mean(r | r <= q05(r)), numpy's linear quantile;
- exposure = share of bars with a position open, the entry and exit bars included.
Ratios with a zero denominator are NaN (shown as null in JSON), except profit factor with
no losing trade, which is +inf.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from desktop.risk.var import historical_var_and_es

YEAR_MS = 365 * 24 * 3600 * 1000
DAY_MS = 24 * 3600 * 1000


def drawdown(equity: np.ndarray, peak: np.ndarray | None = None) -> np.ndarray:
    """Fraction below the running peak at each bar (0 at a new high, 0.1 = 10 % below)."""
    if peak is None:
        peak = np.maximum.accumulate(equity)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(peak > 0, 1.0 - equity / peak, 0.0)


def _div(a: float, b: float) -> float:
    return a / b if b != 0 and math.isfinite(b) else math.nan


def _compound_annual(growth: float, years: float) -> float:
    if growth <= 0:
        return -1.0
    try:
        return growth ** (1.0 / years) - 1.0
    except OverflowError:  # minutes of history compounded to a year
        return math.inf


@njit(cache=True)
def _curve_stats(equity):
    """One pass over the curve: returns, their mean/std/downside, max drawdown, longest
    stretch under water. (Several numpy passes over 10^6 bars cost more than the backtest.)"""
    n = equity.shape[0]
    r = np.empty(max(n - 1, 0))
    total = 0.0
    down_sq = 0.0
    peak = equity[0] if n else 0.0
    max_dd = 0.0
    run = 0
    longest = 0
    for t in range(n):
        e = equity[t]
        if t > 0:
            before = equity[t - 1]
            # A ruined account (a liquidation takes the margin balance to exactly 0) has
            # nothing left to gain or lose: its returns are 0, not 0/0.
            x = e / before - 1.0 if before != 0.0 else 0.0
            r[t - 1] = x
            total += x
            if x < 0.0:
                down_sq += x * x
        if e >= peak:
            peak = e
            run = 0
        else:
            run += 1
            if run > longest:
                longest = run
            if peak > 0.0 and 1.0 - e / peak > max_dd:
                max_dd = 1.0 - e / peak
    m = r.shape[0]
    mean = total / m if m else np.nan
    sq = 0.0
    for k in range(m):
        sq += (r[k] - mean) ** 2
    std = np.sqrt(sq / (m - 1)) if m > 1 else np.nan
    downside = np.sqrt(down_sq / m) if m else np.nan
    return r, mean, std, downside, max_dd, longest


def bar_length_ms(ts: np.ndarray) -> int:
    """The usual spacing of bars (the median of the first 10k gaps: gaps in data are rare)."""
    diffs = np.diff(np.asarray(ts[:10_001], dtype=np.int64))
    return int(np.median(diffs)) if len(diffs) else 60_000


def equity_metrics(equity: np.ndarray, bar_ms: int) -> dict[str, float]:
    equity = np.ascontiguousarray(equity, dtype=np.float64)
    n = len(equity)
    bars_per_year = YEAR_MS / bar_ms
    e0, e1 = float(equity[0]), float(equity[-1])
    total = e1 / e0 - 1.0
    years = n / bars_per_year
    annual = _compound_annual(e1 / e0, years)
    ann = math.sqrt(bars_per_year)
    r, mean, std, downside, max_dd, dd_bars = _curve_stats(equity)
    if len(r) > 1 and math.isfinite(mean):
        var95, cvar95 = historical_var_and_es(r, 0.95)
    else:
        mean = std = downside = var95 = cvar95 = math.nan
    return {
        "start_equity": e0,
        "end_equity": e1,
        "total_return": total,
        "annual_return": annual,
        "volatility": std * ann,
        "sharpe": _div(mean, std) * ann,
        "sortino": _div(mean, downside) * ann,
        "max_drawdown": float(max_dd),
        "calmar": _div(annual, max_dd),
        "max_drawdown_duration_bars": float(dd_bars),
        "max_drawdown_duration_days": dd_bars * bar_ms / DAY_MS,
        "var_95": var95,
        "cvar_95": cvar95,
    }


def trade_metrics(pnl: np.ndarray) -> dict[str, float]:
    count = len(pnl)
    wins = pnl[pnl > 0]
    losses = pnl[pnl <= 0]
    gross_win = float(wins.sum())
    gross_loss = float(-losses.sum())
    if gross_loss > 0:
        profit_factor = gross_win / gross_loss
    else:
        profit_factor = math.inf if gross_win > 0 else math.nan
    return {
        "trades": float(count),
        "win_rate": len(wins) / count if count else math.nan,
        "profit_factor": profit_factor,
        "expectancy": float(pnl.mean()) if count else math.nan,
        "avg_win": float(wins.mean()) if len(wins) else math.nan,
        "avg_loss": float(losses.mean()) if len(losses) else math.nan,
        "largest_win": float(wins.max()) if len(wins) else math.nan,
        "largest_loss": float(losses.min()) if len(losses) else math.nan,
    }


def exposure(n_bars: int, entry_bars: np.ndarray, exit_bars: np.ndarray) -> float:
    """Share of bars with at least one position open (entry and exit bars count)."""
    if n_bars == 0 or len(entry_bars) == 0:
        return 0.0
    order = np.argsort(entry_bars, kind="stable")
    start, end = entry_bars[order], exit_bars[order]
    # Bars covered by the union of [start, end] intervals: each interval adds the part of
    # it beyond the furthest end seen so far. O(trades), not O(bars).
    reach = np.maximum.accumulate(end)
    before = np.concatenate(([-1], reach[:-1]))
    covered = np.maximum(0, end - np.maximum(start - 1, before)).sum()
    return float(covered) / n_bars


def compute_metrics(
    equity: np.ndarray,
    bar_ms: int,
    pnl: np.ndarray,
    entry_bars: np.ndarray,
    exit_bars: np.ndarray,
    buy_hold_return: float,
) -> dict[str, float]:
    out = equity_metrics(equity, bar_ms)
    out.update(trade_metrics(pnl))
    out["exposure_pct"] = 100.0 * exposure(len(equity), entry_bars, exit_bars)
    out["buy_hold_return"] = buy_hold_return
    return out
