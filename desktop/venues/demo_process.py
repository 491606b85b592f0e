"""The demo market's price process at one-minute resolution, and its shared parameters.

Log return of symbol i in minute t:

    r_i = sigma_i * s_t * (sqrt(R2_i) * eps_m + sqrt(1 - R2_i) * eps_i) - kappa * x_i

`eps_m` is a common market factor and `eps_i` an idiosyncratic shock, each with its own
GARCH(1,1) variance (unconditional variance 1) plus rare Poisson jumps, so volatility clusters
and a crash hits every symbol at once. `s_t` is an intraday seasonal (busier around the US
open). `x_i` is the log distance from the symbol's anchor price; the weak mean reversion
`kappa` (half-life of days) keeps prices plausible however long the demo runs.

The live tick process (demo_ticks.py) uses the same parameters and state, so live ticking
continues the history seamlessly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from desktop.core import Candles
from desktop.core.timeframes import MINUTE_MS
from desktop.venues.demo_specs import DemoSymbolSpec

MARKET_ALPHA, MARKET_BETA = 0.04, 0.955
IDIO_ALPHA, IDIO_BETA = 0.05, 0.93
# A jump feeds back into the variance only up to this squared shock: one crash raises
# volatility for hours, it does not multiply it by a hundred.
SHOCK_CAP = 36.0
MARKET_JUMPS_PER_MINUTE = 1.0 / 2880  # about one market-wide jump every two days
MARKET_JUMP_SD = 8.0  # in units of one calm minute's factor move: ~0.5 % for BTC
IDIO_JUMPS_PER_MINUTE = 1.0 / 5760
IDIO_JUMP_SD = 8.0
KAPPA = math.log(2) / (10 * 1440)  # mean reversion per minute: half-life 10 days
SEASONAL_AMPLITUDE = 0.25
SEASONAL_PEAK_HOUR_UTC = 15.0
VOLUME_NOISE_SD = 0.5


def seasonal(minute_ts_ms: np.ndarray | int) -> np.ndarray | float:
    """Volatility and volume multiplier (mean 1) of the minute starting at `minute_ts_ms`."""
    hours = (np.asarray(minute_ts_ms) % 86_400_000) / 3_600_000.0
    value = 1.0 + SEASONAL_AMPLITUDE * np.cos(2 * np.pi * (hours - SEASONAL_PEAK_HOUR_UTC) / 24)
    return float(value) if np.ndim(value) == 0 else value


@dataclass(slots=True)
class ProcessState:
    """What the process needs to continue: variances, log deviations, the last close."""

    market_var: float
    idio_var: np.ndarray  # (k,)
    x: np.ndarray  # (k,) log(price / anchor)
    last_close: np.ndarray  # (k,) last closed candle's close, on the price grid

    def copy(self) -> ProcessState:
        return ProcessState(
            self.market_var, self.idio_var.copy(), self.x.copy(), self.last_close.copy()
        )


def _variance_path(z: list[float], jump: list[float], alpha: float, beta: float, h: float):
    """GARCH(1,1) variance before each minute, the shocks, and the variance after the last.

    Only this scalar recursion is sequential; a plain loop over Python floats runs 43,200
    minutes in ~10 ms, cheaper than loading a compiled kernel (numba) in a fresh process —
    which would sit between a cold start and the first live price."""
    omega = 1.0 - alpha - beta
    sqrt = math.sqrt
    var = [0.0] * len(z)
    eps = [0.0] * len(z)
    for t, (zt, jt) in enumerate(zip(z, jump, strict=True)):
        var[t] = h
        e = sqrt(h) * zt + jt
        eps[t] = e
        e2 = e * e
        h = omega + alpha * (e2 if e2 < SHOCK_CAP else SHOCK_CAP) + beta * h
    return np.array(var), np.array(eps), h


# Blocks of the mean-reversion recursion: decay**-BLOCK stays small (2 for a 10-day
# half-life), so the closed form below loses no precision.
_DECAY_BLOCK = 14_400


def _mean_reverting_sum(u: np.ndarray, x0: np.ndarray, kappa: float) -> np.ndarray:
    """x[t] = (1 - kappa) * x[t-1] + u[t] for every column, vectorised block by block."""
    n = u.shape[0]
    out = np.empty_like(u)
    d = 1.0 - kappa
    x = x0.astype(np.float64).copy()
    for start in range(0, n, _DECAY_BLOCK):
        block = u[start : start + _DECAY_BLOCK]
        steps = np.arange(1, block.shape[0] + 1, dtype=np.float64)[:, None]
        grow = d**steps  # d^(i+1)
        out[start : start + block.shape[0]] = grow * (x + np.cumsum(block / grow, axis=0))
        x = out[start + block.shape[0] - 1].copy()
    return out


def _garch_paths(
    z_m, jump_m, z_i, jump_i, sigma, load_m, load_i, season, kappa, state_hm, state_h, state_x
):
    """Close log deviations, within-minute sd, and the variances after the last minute."""
    n, k = z_i.shape
    hm_path, eps_m, hm = _variance_path(
        z_m.tolist(), jump_m.tolist(), MARKET_ALPHA, MARKET_BETA, float(state_hm)
    )
    h_paths = np.empty((n, k))
    eps_i = np.empty((n, k))
    h_end = np.empty(k)
    for j in range(k):
        h_paths[:, j], eps_i[:, j], h_end[j] = _variance_path(
            z_i[:, j].tolist(), jump_i[:, j].tolist(), IDIO_ALPHA, IDIO_BETA, float(state_h[j])
        )
    scale = sigma[None, :] * season[:, None]
    u = scale * (load_m[None, :] * eps_m[:, None] + load_i[None, :] * eps_i)
    x_close = _mean_reverting_sum(u, np.asarray(state_x, dtype=np.float64), kappa)
    within_sd = scale * np.sqrt(load_m[None, :] ** 2 * hm_path[:, None] + load_i**2 * h_paths)
    return x_close, within_sd, hm, h_end


def round_to_grid(values: np.ndarray, step: float) -> np.ndarray:
    decimals = max(0, -math.floor(math.log10(step))) + 1
    return np.round(np.round(values / step) * step, decimals)


def initial_state(specs: tuple[DemoSymbolSpec, ...], rng: np.random.Generator) -> ProcessState:
    k = len(specs)
    anchors = np.array([s.anchor_price for s in specs])
    # Start somewhere around the anchor, not exactly on it, so each seed has its own story.
    x = rng.normal(0.0, 0.04, k)
    ticks = np.array([s.price_tick for s in specs])
    last = np.array(
        [
            round_to_grid(np.array([a * math.exp(v)]), t)[0]
            for a, v, t in zip(anchors, x, ticks, strict=True)
        ]
    )
    return ProcessState(1.0, np.ones(k), x, last)


def generate_minutes(
    specs: tuple[DemoSymbolSpec, ...],
    state: ProcessState,
    first_minute_ms: int,
    n: int,
    rng: np.random.Generator,
) -> tuple[list[Candles], ProcessState]:
    """`n` one-minute candles per symbol from `first_minute_ms` on, and the state after them."""
    k = len(specs)
    minutes = first_minute_ms + np.arange(n, dtype=np.int64) * MINUTE_MS
    season = np.asarray(seasonal(minutes), dtype=np.float64)
    z_m = rng.standard_normal(n)
    jump_m = np.where(
        rng.random(n) < MARKET_JUMPS_PER_MINUTE, rng.normal(0.0, MARKET_JUMP_SD, n), 0.0
    )
    z_i = rng.standard_normal((n, k))
    jump_i = np.where(
        rng.random((n, k)) < IDIO_JUMPS_PER_MINUTE, rng.normal(0.0, IDIO_JUMP_SD, (n, k)), 0.0
    )
    u_high = rng.random((n, k))
    u_low = rng.random((n, k))
    volume_noise = rng.normal(-0.5 * VOLUME_NOISE_SD**2, VOLUME_NOISE_SD, (n, k))

    sigma = np.array([s.minute_vol for s in specs])
    load_m = np.sqrt([s.market_r2 for s in specs])
    load_i = np.sqrt([1.0 - s.market_r2 for s in specs])
    x_close, within_sd, hm, h = _garch_paths(
        z_m,
        jump_m,
        z_i,
        jump_i,
        sigma,
        load_m,
        load_i,
        season,
        KAPPA,
        state.market_var,
        state.idio_var,
        state.x,
    )
    x_open = np.vstack([state.x[None, :], x_close[:-1]])
    move = x_close - x_open
    # Extremes of a Brownian bridge from 0 to `move` with the minute's volatility: exact
    # samples of how far the price wandered inside the minute.
    spread_up = np.sqrt(move**2 - 2.0 * within_sd**2 * np.log1p(-u_high))
    spread_dn = np.sqrt(move**2 - 2.0 * within_sd**2 * np.log1p(-u_low))
    x_high = x_open + 0.5 * (move + spread_up)
    x_low = x_open + 0.5 * (move - spread_dn)
    activity = (0.6 + 0.4 * (move / within_sd) ** 2) * np.exp(volume_noise)

    out: list[Candles] = []
    last_close = state.last_close.copy()
    for j, spec in enumerate(specs):
        tick = spec.price_tick
        close = round_to_grid(spec.anchor_price * np.exp(x_close[:, j]), tick)
        open_ = np.concatenate([[last_close[j]], close[:-1]])
        high = np.maximum(
            round_to_grid(spec.anchor_price * np.exp(x_high[:, j]), tick), np.maximum(open_, close)
        )
        low = np.minimum(
            round_to_grid(spec.anchor_price * np.exp(x_low[:, j]), tick), np.minimum(open_, close)
        )
        base_per_minute = spec.daily_quote_volume / 1440.0 / close
        volume = np.maximum(
            round_to_grid(base_per_minute * season * activity[:, j], spec.amount_step),
            spec.amount_step,
        )
        out.append(Candles.from_arrays(minutes, open_, high, low, close, volume))
        if n:
            last_close[j] = close[-1]
    x_end = x_close[-1].copy() if n else state.x.copy()
    return out, ProcessState(float(hm), np.asarray(h).copy(), x_end, last_close)
