"""Stress tests of a book: historical windows taken from the data, and parametric shocks.

Inputs are a price panel on a regular time grid — `ts` (ms, one per row), `closes` (rows ×
assets, NaN where an asset has no price yet) — and the book's signed position values in
money (a long of 1,000 USDT is +1000). A scenario gives every asset a simple return; the P&L
of a position is value × return, the book's is the sum over the assets the scenario covers.

- Worst moves: for each held asset and each horizon (1 hour, 1 day, 1 week), the window of
  the available history in which that asset moved most against the position (the biggest
  fall for a long, the biggest rise for a short), replayed for the whole book: the other
  assets take what they really did in that window, so the result keeps the real co-movement.
- Named windows: market events by date (the 2020-03-12 crash, ...) replayed where the
  history covers them, each asset from the close before the window to its last close.
- Parametric shocks: BTC by -10/-20/-40 %, the others by beta × shock; and the same shocks
  with every correlation set to 1 (each asset then moves by shock × σ_asset / σ_BTC).
  A move is capped at -100 %: a price does not go below zero.
- Liquidation: a margined position (a perpetual) with a liquidation price is liquidated by
  any scenario that moves its price to or past it: its P&L stops there (value × the move to
  the liquidation price) and pays the liquidation fee on the notional at that price, and the
  scenario marks it liquidated. `liquidation_moves[i]` is that move (liquidation price / mark
  − 1), NaN for a position that cannot be liquidated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np

from desktop.core.risk_book import (
    BETA_SHOCK,
    CORRELATED_SHOCK,
    NAMED_WINDOW,
    WORST_MOVE,
    StressScenario,
)
from desktop.margin.brackets import liquidation_fee_rate

HOUR_MS = 3_600_000
HORIZONS: tuple[tuple[str, int], ...] = (
    ("1h", HOUR_MS), ("1d", 24 * HOUR_MS), ("1w", 7 * 24 * HOUR_MS),
)
BTC_SHOCKS: tuple[float, ...] = (-0.10, -0.20, -0.40)


def _utc_ms(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp() * 1000)


#: (key, first day, day after the last) in UTC. The dock names them in the user's language.
NAMED_WINDOWS: tuple[tuple[str, int, int], ...] = (
    ("2018-01-16", _utc_ms("2018-01-16"), _utc_ms("2018-01-18")),  # the January 2018 crash
    ("2020-03-12", _utc_ms("2020-03-12"), _utc_ms("2020-03-14")),  # COVID "Black Thursday"
    ("2021-05-19", _utc_ms("2021-05-19"), _utc_ms("2021-05-20")),  # the May 2021 crash
    ("2022-05-09", _utc_ms("2022-05-09"), _utc_ms("2022-05-13")),  # Terra/LUNA collapse
    ("2022-11-08", _utc_ms("2022-11-08"), _utc_ms("2022-11-10")),  # FTX collapse
)


def window_returns(closes: np.ndarray, steps: int) -> np.ndarray:
    """Simple returns over `steps` rows: row k is closes[k + steps] / closes[k] - 1."""
    c = np.asarray(closes, dtype=float)
    return c[steps:] / c[:-steps] - 1.0


def worst_move_scenarios(
    symbols: Sequence[str],
    ts: np.ndarray,
    closes: np.ndarray,
    values: np.ndarray,
    horizons: Sequence[tuple[str, int]] = HORIZONS,
    liquidation_moves: np.ndarray | None = None,
) -> list[StressScenario]:
    step = _grid_step(ts)
    out: list[StressScenario] = []
    for label, horizon_ms in horizons:
        steps = horizon_ms // step
        if steps < 1 or steps >= len(ts):
            continue  # the history is shorter than the horizon
        moves = window_returns(closes, steps)
        for i, value in enumerate(values):
            if value == 0:
                continue
            adverse = moves[:, i] * math.copysign(1.0, value)
            if np.isnan(adverse).all():
                continue
            k = int(np.nanargmin(adverse))
            out.append(_historical(WORST_MOVE, symbols[i], label, int(ts[k]),
                                   int(ts[k + steps]), symbols, moves[k], values,
                                   liquidation_moves))
    return out


def named_window_scenarios(
    symbols: Sequence[str],
    ts: np.ndarray,
    closes: np.ndarray,
    values: np.ndarray,
    windows: Sequence[tuple[str, int, int]] = NAMED_WINDOWS,
    liquidation_moves: np.ndarray | None = None,
) -> list[StressScenario]:
    """Each named window the history covers: from the last close before it to the last
    close inside it. An asset without both prices is left out (NaN)."""
    out: list[StressScenario] = []
    if len(ts) < 2:
        return out
    step = _grid_step(ts)
    for key, start, end in windows:
        # Rows are candle open times: the close of the candle opening at start - step is
        # the price as the window opens, that of the candle opening at end - step as it ends.
        before = int(np.searchsorted(ts, start - step))
        last = int(np.searchsorted(ts, end - step))
        if before >= len(ts) or ts[before] != start - step or last >= len(ts) \
                or ts[last] != end - step:
            continue
        moves = closes[last] / closes[before] - 1.0
        if np.isnan(moves).all():
            continue
        out.append(_historical(NAMED_WINDOW, key, "", int(ts[before]), int(ts[last]),
                               symbols, moves, values, liquidation_moves))
    return out


def shock_scenarios(
    symbols: Sequence[str],
    values: np.ndarray,
    betas: np.ndarray,
    vols: np.ndarray,
    anchor: int,
    shocks: Sequence[float] = BTC_SHOCKS,
    liquidation_moves: np.ndarray | None = None,
) -> list[StressScenario]:
    """BTC (column `anchor`) by each shock; the others by beta × shock, then with every
    correlation 1 (σ_i / σ_BTC × shock). Betas and vols must be of the same window."""
    out: list[StressScenario] = []
    anchor_vol = vols[anchor]
    for shock in shocks:
        by_beta = np.asarray(betas, dtype=float) * shock
        by_beta[anchor] = shock
        out.append(_shock(BETA_SHOCK, shock, symbols[anchor], symbols, by_beta, values,
                          liquidation_moves))
        if anchor_vol > 0:
            comove = np.asarray(vols, dtype=float) / anchor_vol * shock
            comove[anchor] = shock
            out.append(_shock(CORRELATED_SHOCK, shock, symbols[anchor], symbols, comove,
                              values, liquidation_moves))
    return out


def betas_to(anchor_returns: np.ndarray, returns: np.ndarray) -> np.ndarray:
    """OLS beta of each column of `returns` (T × N) to `anchor_returns` (T): cov / var."""
    a = np.asarray(anchor_returns, dtype=float)
    r = np.asarray(returns, dtype=float)
    a_c = a - a.mean()
    var = float(a_c @ a_c)
    if var == 0:
        return np.full(r.shape[1], math.nan)
    return (a_c @ (r - r.mean(axis=0))) / var


# -- internals ----------------------------------------------------------------------------


def _grid_step(ts: np.ndarray) -> int:
    if len(ts) < 2:
        raise ValueError("A price panel needs at least two rows")
    steps = np.diff(np.asarray(ts, dtype=np.int64))
    step = int(steps[0])
    if step <= 0 or (steps != step).any():
        raise ValueError("Prices must be on a regular time grid (one row per step)")
    return step


def _historical(kind: str, subject: str, horizon: str, start_ms: int, end_ms: int,
                symbols: Sequence[str], moves: np.ndarray, values: np.ndarray,
                liquidation_moves: np.ndarray | None) -> StressScenario:
    return _scenario(kind, subject, horizon, math.nan, start_ms, end_ms, symbols, moves, values,
                     liquidation_moves)


def _shock(kind: str, shock: float, anchor: str, symbols: Sequence[str], moves: np.ndarray,
           values: np.ndarray, liquidation_moves: np.ndarray | None) -> StressScenario:
    return _scenario(kind, anchor, "", shock, 0, 0, symbols, moves, values, liquidation_moves)


def _scenario(kind: str, subject: str, horizon: str, shock: float, start_ms: int,
              end_ms: int, symbols: Sequence[str], moves: np.ndarray,
              values: np.ndarray, liquidation_moves: np.ndarray | None = None
              ) -> StressScenario:
    capped = np.maximum(np.asarray(moves, dtype=float), -1.0)
    v = np.asarray(values, dtype=float)
    pnl = v * capped
    liquidated = np.zeros(len(v), dtype=bool)
    if liquidation_moves is not None:
        at = np.asarray(liquidation_moves, dtype=float)[:len(v)]
        with np.errstate(invalid="ignore"):
            liquidated = np.isfinite(at) & np.where(v > 0, capped <= at, capped >= at)
        fee = np.abs(v) * (1.0 + at) * liquidation_fee_rate()
        pnl = np.where(liquidated, v * at - fee, pnl)
    return StressScenario(kind, subject, horizon, shock, start_ms, end_ms, tuple(symbols),
                          tuple(float(x) for x in pnl), float(np.nansum(pnl)),
                          tuple(bool(x) for x in liquidated))
