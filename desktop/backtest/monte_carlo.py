"""Monte Carlo resampling of a backtest's trades: how lucky was the order they came in?

Each closed trade becomes a return on the equity the account had when it closed before it:
r[k] = pnl[k] / (cash + pnl of the trades closed earlier), in exit order. One run draws as
many returns as there were trades, with replacement (a bootstrap), and compounds them from
the starting cash. Over N runs that gives a distribution of the total return and of the
maximum drawdown (measured trade to trade, the start included) with its 5th, 50th and 95th
percentiles. Seeded: the same seed gives the same runs.

Compounding the trades in their real order gives back the backtest's own total return
(when every position is closed by the end), which the tests check.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.backtest.results import BacktestResult, Trades

PERCENTILES = (5.0, 50.0, 95.0)
# Percentiles stop moving long before this; each run keeps two floats and a row in exports.
MAX_RUNS = 100_000
# Runs are simulated in blocks so N x trades never needs one huge matrix.
_BLOCK_CELLS = 4_000_000


@dataclass(slots=True, frozen=True)
class Distribution:
    p5: float
    p50: float
    p95: float
    mean: float

    @classmethod
    def of(cls, values: np.ndarray) -> Distribution:
        p5, p50, p95 = np.percentile(values, PERCENTILES)
        return cls(float(p5), float(p50), float(p95), float(values.mean()))


@dataclass(slots=True)
class MonteCarloResult:
    runs: int
    seed: int
    trades: int
    original_total_return: float
    original_max_drawdown: float  # trade to trade, comparable with the runs
    total_return: Distribution
    max_drawdown: Distribution
    loss_probability: float  # share of runs that end below the starting cash
    total_returns: np.ndarray  # one per run, for a histogram
    max_drawdowns: np.ndarray


def trade_returns(trades: Trades, cash: float) -> np.ndarray:
    """Each trade's pnl over the equity before it, in exit order."""
    order = np.argsort(trades.exit_bar, kind="stable")
    pnl = trades.pnl[order]
    before = cash + np.concatenate(([0.0], np.cumsum(pnl)[:-1]))
    return pnl / before


def _paths_stats(returns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Total return and max drawdown of each row of compounded trade returns."""
    growth = np.cumprod(1.0 + returns, axis=1)
    peak = np.maximum(np.maximum.accumulate(growth, axis=1), 1.0)  # the start is a peak
    with np.errstate(divide="ignore", invalid="ignore"):
        dd = np.where(peak > 0, 1.0 - growth / peak, 0.0)
    return growth[:, -1] - 1.0, np.maximum(dd.max(axis=1), 0.0)


def monte_carlo(
    source: BacktestResult | Trades, runs: int = 1000, seed: int = 0, cash: float | None = None
) -> MonteCarloResult:
    """Bootstrap the trades of a result (or of `Trades` with its starting `cash`)."""
    if isinstance(source, BacktestResult):
        trades = source.trades
        cash = float(source.equity[0]) if cash is None else cash
    else:
        trades = source
        if cash is None:
            raise ValueError("Monte Carlo of bare trades needs the starting cash")
    if not 1 <= runs <= MAX_RUNS:
        raise ValueError(f"Monte Carlo needs 1 to {MAX_RUNS:,} runs, got {runs:,}")
    n = len(trades)
    if n == 0:
        raise ValueError("Monte Carlo needs at least one closed trade to resample")
    r = trade_returns(trades, cash)
    original_total, original_dd = _paths_stats(r[None, :])
    rng = np.random.default_rng(seed)
    totals = np.empty(runs)
    drawdowns = np.empty(runs)
    block = max(1, _BLOCK_CELLS // n)
    for start in range(0, runs, block):
        stop = min(runs, start + block)
        picks = rng.integers(0, n, size=(stop - start, n))
        totals[start:stop], drawdowns[start:stop] = _paths_stats(r[picks])
    return MonteCarloResult(
        runs=runs,
        seed=seed,
        trades=n,
        original_total_return=float(original_total[0]),
        original_max_drawdown=float(original_dd[0]),
        total_return=Distribution.of(totals),
        max_drawdown=Distribution.of(drawdowns),
        loss_probability=float(np.mean(totals < 0.0)),
        total_returns=totals,
        max_drawdowns=drawdowns,
    )
