"""The numbers of the risk heatmap dock, from a book and an hourly price panel.

Pure and synchronous: the engine's service (book_service.py) gathers the inputs on the
engine loop and runs `analyse_book` on a worker thread.

Statistics use the hourly returns of the chosen window (complete hours only). VaR is for one
day: the parametric VaR and its components scale the hourly mean and covariance by 24 (the
square-root-of-time rule for the deviation); the historical, Cornish–Fisher and expected
shortfall numbers are the hourly ones of the book's P&L series times sqrt(24). The stress
tests look at the whole history the panel holds, not only the window.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop.core import Candles
from desktop.core.risk_book import AssetRisk, RiskBook, StressScenario
from desktop.risk.correlation import clustered_correlation, log_returns
from desktop.risk.stress import (
    HOUR_MS,
    betas_to,
    named_window_scenarios,
    shock_scenarios,
    worst_move_scenarios,
)
from desktop.risk.var import conditional_var, monte_carlo_var, portfolio_var, value_at_risk

HOURS_PER_DAY = 24
HOURS_PER_YEAR = 24 * 365  # crypto trades every hour of the year
DAY_MS = 24 * HOUR_MS
# Recomputed every couple of seconds while the dock is open: half the library's default
# paths keeps the 99 % quantile's sampling error near 0.7 % of the VaR at half the cost.
MONTE_CARLO_PATHS = 50_000


@dataclass(frozen=True, slots=True)
class Holding:
    symbol: str
    venue: str
    amount: float  # signed
    mark: float  # last price
    amount_at_midnight: float  # what was held at 00:00 UTC (amount minus today's fills)
    cash_today: float  # money received by today's fills (sells +, buys -, fees -)
    liquidation_price: float = math.nan  # a margined position's (NaN: none)


@dataclass(frozen=True, slots=True)
class PricePanel:
    """Hourly closes on one grid: `ts` are candle open times, `closes` rows × symbols."""

    symbols: tuple[str, ...]
    ts: np.ndarray
    closes: np.ndarray


@dataclass(frozen=True, slots=True)
class BookInputs:
    account: str
    quote: str
    now_ms: int
    equity: float
    holdings: tuple[Holding, ...]
    panel: PricePanel
    anchor: str  # BTC's symbol in this quote ("" when the account has no BTC market)
    level: float = 0.99
    window_days: int = 30


def hourly_closes(candles: Candles, now_ms: int) -> tuple[np.ndarray, np.ndarray]:
    """(hour open times, closes) of the complete hours in candles of any shorter timeframe:
    each hour's close is the close of its last candle."""
    if len(candles) == 0:
        return np.empty(0, np.int64), np.empty(0)
    ts = np.asarray(candles.ts, dtype=np.int64)
    hours = ts - ts % HOUR_MS
    last_of_hour = np.flatnonzero(np.append(np.diff(hours) != 0, True))
    hours, closes = hours[last_of_hour], np.asarray(candles.close, dtype=float)[last_of_hour]
    complete = hours + HOUR_MS <= now_ms
    return hours[complete], closes[complete]


def align_panel(series: dict[str, tuple[np.ndarray, np.ndarray]]) -> PricePanel:
    """Hourly series on one grid from the first hour to the last of any of them; a missing
    hour repeats the last close (no trade, no move); before its first close a symbol is NaN."""
    symbols = tuple(s for s, (t, _c) in series.items() if len(t))
    if not symbols:
        return PricePanel((), np.empty(0, np.int64), np.empty((0, 0)))
    start = min(int(series[s][0][0]) for s in symbols)
    end = max(int(series[s][0][-1]) for s in symbols)
    grid = np.arange(start, end + HOUR_MS, HOUR_MS, dtype=np.int64)
    closes = np.full((len(grid), len(symbols)), np.nan)
    for j, symbol in enumerate(symbols):
        t, c = series[symbol]
        rows = (np.asarray(t, dtype=np.int64) - start) // HOUR_MS
        closes[rows, j] = c
        closes[:, j] = _forward_fill(closes[:, j])
    return PricePanel(symbols, grid, closes)


def analyse_book(inputs: BookInputs) -> RiskBook:
    panel = inputs.panel
    held = [h for h in inputs.holdings if h.amount != 0 and h.symbol in panel.symbols]
    col = {s: j for j, s in enumerate(panel.symbols)}
    values = np.array([h.amount * h.mark for h in held])
    window = _window(panel, inputs.window_days)
    held_cols = [col[h.symbol] for h in held]
    simple = _clean_returns(window[:, held_cols]) if held else np.empty((0, 0))
    observations = simple.shape[0]

    var = var_h = var_cf = cvar = var_mc = math.nan
    components = np.full(len(held), math.nan)
    if held and observations >= 2:
        book = portfolio_var(values, simple, inputs.level, horizon=HOURS_PER_DAY)
        var, components = book.var, book.component
        gross = float(np.abs(values).sum())
        pnl = (simple @ values) / gross  # the book's hourly return on its gross exposure
        day = math.sqrt(HOURS_PER_DAY) * gross
        var_h = value_at_risk(pnl, inputs.level, "historical") * day
        var_cf = value_at_risk(pnl, inputs.level, "cornish_fisher") * day
        cvar = conditional_var(pnl, inputs.level) * day
        var_mc = monte_carlo_var(values, simple, inputs.level, horizon=HOURS_PER_DAY,
                                 paths=MONTE_CARLO_PATHS)

    assets = tuple(
        _asset_risk(h, values[i], components[i], window[:, col[h.symbol]],
                    _anchor_column(window, col, inputs.anchor), inputs,
                    _close_at_midnight(panel, col[h.symbol], inputs.now_ms))
        for i, h in enumerate(held)
    )
    corr_symbols = [h.symbol for h in held] if len(held) >= 2 else list(panel.symbols)
    corr = _correlation(corr_symbols, window, col)
    return RiskBook(
        account=inputs.account,
        quote=inputs.quote,
        computed_ms=inputs.now_ms,
        equity=inputs.equity,
        gross_exposure=float(np.abs(values).sum()) if held else 0.0,
        net_exposure=float(values.sum()) if held else 0.0,
        level=inputs.level,
        window_days=inputs.window_days,
        observations=observations,
        var=var,
        var_historical=var_h,
        var_cornish_fisher=var_cf,
        cvar=cvar,
        var_monte_carlo=var_mc,
        assets=assets,
        correlation_symbols=corr[0],
        correlation=corr[1],
        shrinkage=corr[2],
        stress=tuple(_stress(held, values, panel, window, col, inputs.anchor)),
    )


# -- per asset ------------------------------------------------------------------------------


def _asset_risk(h: Holding, value: float, component: float, closes: np.ndarray,
                anchor: np.ndarray | None, inputs: BookInputs,
                at_midnight: float) -> AssetRisk:
    valid = closes[~np.isnan(closes)]
    logs = np.diff(np.log(valid)) if len(valid) >= 2 else np.empty(0)
    vol = float(np.std(logs, ddof=1) * math.sqrt(HOURS_PER_YEAR) * 100) if len(logs) >= 2 \
        else math.nan
    drawdown = float((valid[-1] / valid.max() - 1) * 100) if len(valid) else math.nan
    beta = math.nan
    if anchor is not None:
        both = ~np.isnan(closes) & ~np.isnan(anchor)
        if both.sum() >= 3:
            a = anchor[both]
            c = closes[both]
            beta = float(betas_to(a[1:] / a[:-1] - 1, (c[1:] / c[:-1] - 1)[:, None])[0])
    equity = inputs.equity
    return AssetRisk(
        symbol=h.symbol,
        venue=h.venue,
        amount=h.amount,
        value=float(value),
        exposure_pct=float(value / equity * 100) if equity > 0 else math.nan,
        var_contribution=float(component),
        volatility_pct=vol,
        beta=beta,
        drawdown_pct=drawdown,
        pnl_today=_pnl_today(h, at_midnight),
    )


def _close_at_midnight(panel: PricePanel, column: int, now_ms: int) -> float:
    """The price at 00:00 UTC today: the close of the hourly candle opening at 23:00."""
    midnight = now_ms - now_ms % DAY_MS
    row = int(np.searchsorted(panel.ts, midnight - HOUR_MS))
    if row < len(panel.ts) and panel.ts[row] == midnight - HOUR_MS:
        return float(panel.closes[row, column])
    return math.nan


def _pnl_today(h: Holding, at_midnight: float) -> float:
    """Value now minus value at 00:00 UTC, plus the money today's fills brought in."""
    held_before = h.amount_at_midnight
    if held_before == 0:
        return h.amount * h.mark + h.cash_today
    if math.isnan(at_midnight):
        return math.nan
    return h.amount * h.mark - held_before * at_midnight + h.cash_today


# -- the book -------------------------------------------------------------------------------


def _window(panel: PricePanel, days: int) -> np.ndarray:
    """The last `days` of hourly closes (plus the close before, for the first return)."""
    rows = days * HOURS_PER_DAY + 1
    return panel.closes[-rows:]


def _clean_returns(closes: np.ndarray) -> np.ndarray:
    """Simple returns of the hours every column has prices for."""
    r = closes[1:] / closes[:-1] - 1.0
    return r[np.isfinite(r).all(axis=1)]


def _anchor_column(window: np.ndarray, col: dict[str, int], anchor: str) -> np.ndarray | None:
    return window[:, col[anchor]] if anchor in col else None


def _correlation(symbols: Sequence[str], window: np.ndarray, col: dict[str, int]
                 ) -> tuple[tuple[str, ...], tuple[tuple[float, ...], ...], float]:
    if len(symbols) < 2:
        return (), (), math.nan
    closes = window[:, [col[s] for s in symbols]]
    closes = closes[~np.isnan(closes).any(axis=1)]
    if len(closes) < 4:
        return (), (), math.nan
    result = clustered_correlation(list(symbols), log_returns(closes))
    rows = tuple(tuple(float(x) for x in row) for row in result.matrix)
    return result.symbols, rows, result.shrinkage


def _stress(held: list[Holding], values: np.ndarray, panel: PricePanel, window: np.ndarray,
            col: dict[str, int], anchor: str) -> list[StressScenario]:
    if not held or len(panel.ts) < 2:
        return []
    symbols = [h.symbol for h in held]
    closes = panel.closes[:, [col[s] for s in symbols]]
    # Where each position is liquidated, as a move of its price from the mark.
    liquidation = np.array([h.liquidation_price / h.mark - 1.0 if h.mark > 0 else math.nan
                            for h in held])
    out = worst_move_scenarios(symbols, panel.ts, closes, values,
                               liquidation_moves=liquidation)
    out += named_window_scenarios(symbols, panel.ts, closes, values,
                                  liquidation_moves=liquidation)
    if anchor in col:
        cols = [col[s] for s in symbols]
        both = window[:, [*cols, col[anchor]]]
        both = both[~np.isnan(both).any(axis=1)]
        if len(both) >= 3:
            r = both[1:] / both[:-1] - 1.0
            held_r, anchor_r = r[:, :-1], r[:, -1]
            vols = np.append(held_r.std(axis=0, ddof=1), anchor_r.std(ddof=1))
            betas = np.append(betas_to(anchor_r, held_r), 1.0)
            # BTC joins the shock as a zero position when the book does not hold it.
            names = [*symbols, anchor]
            book = np.append(values, 0.0)
            moves_at = np.append(liquidation, math.nan)
            if anchor in symbols:
                names, book, moves_at = symbols, values, liquidation
                vols, betas = vols[:-1], betas[:-1]
            shocks = shock_scenarios(names, book, betas, vols, names.index(anchor),
                                     liquidation_moves=moves_at)
            out += [_drop_anchor(s, len(symbols)) for s in shocks]
    return out


def _drop_anchor(s: StressScenario, n: int) -> StressScenario:
    """Keep the held positions only (BTC as a zero position adds nothing)."""
    if len(s.symbols) == n:
        return s
    from dataclasses import replace

    return replace(s, symbols=s.symbols[:n], pnl=s.pnl[:n], liquidated=s.liquidated[:n])


def _forward_fill(x: np.ndarray) -> np.ndarray:
    idx = np.where(np.isnan(x), 0, np.arange(len(x)))
    np.maximum.accumulate(idx, out=idx)
    return x[idx]  # leading NaNs stay NaN: they point at row 0, itself NaN
