"""The demo price process between minutes: one step per tick, in continuous time.

It is the minute process of demo_process.py refined in time: the market factor is a Brownian
path sampled whenever any symbol ticks, each symbol moves by its loading times the factor's
move since its own last tick plus an idiosyncratic increment, jumps arrive at their
per-minute rate scaled by the elapsed time, and the GARCH variances update once per minute
from the minute's realised shocks, exactly as in the history.
"""

from __future__ import annotations

import math

import numpy as np

from desktop.core.timeframes import MINUTE_MS
from desktop.venues.demo_process import (
    IDIO_ALPHA,
    IDIO_BETA,
    IDIO_JUMP_SD,
    IDIO_JUMPS_PER_MINUTE,
    KAPPA,
    MARKET_ALPHA,
    MARKET_BETA,
    MARKET_JUMP_SD,
    MARKET_JUMPS_PER_MINUTE,
    SHOCK_CAP,
    ProcessState,
    seasonal,
)
from desktop.venues.demo_specs import DemoSymbolSpec


class RandomStream:
    """Scalar draws from a numpy Generator, fetched in blocks: one array call per 4096 draws
    instead of one Python-to-C round trip per draw. The sequence depends only on the seed."""

    _BLOCK = 4096

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self._normals = rng.standard_normal(self._BLOCK).tolist()
        self._uniforms = rng.random(self._BLOCK).tolist()
        self._ni = 0
        self._ui = 0

    def normal(self) -> float:
        if self._ni == self._BLOCK:
            self._normals = self.rng.standard_normal(self._BLOCK).tolist()
            self._ni = 0
        value = self._normals[self._ni]
        self._ni += 1
        return value

    def uniform(self) -> float:
        if self._ui == self._BLOCK:
            self._uniforms = self.rng.random(self._BLOCK).tolist()
            self._ui = 0
        value = self._uniforms[self._ui]
        self._ui += 1
        return value


class TickProcess:
    """Log prices of all symbols, advanced tick by tick from a `ProcessState`."""

    def __init__(
        self,
        specs: tuple[DemoSymbolSpec, ...],
        state: ProcessState,
        minute_ms: int,
        start_ms: int,
        draws: RandomStream,
    ) -> None:
        self._draws = draws
        self._anchor = [s.anchor_price for s in specs]
        self._sigma = [s.minute_vol for s in specs]
        self._load_m = [math.sqrt(s.market_r2) for s in specs]
        self._load_i = [math.sqrt(1.0 - s.market_r2) for s in specs]
        self.reset(state, minute_ms, start_ms)

    def reset(self, state: ProcessState, minute_ms: int, start_ms: int) -> None:
        """Continue from `state` in the minute starting at `minute_ms`, at time `start_ms`."""
        k = len(self._anchor)
        self.market_var = float(state.market_var)
        self.idio_var = [float(v) for v in state.idio_var]
        self.x = [float(v) for v in state.x]
        self.minute_ms = minute_ms
        self._season = float(seasonal(minute_ms))
        self._factor = 0.0
        self._factor_at_minute_start = 0.0
        self._factor_ms = start_ms
        self._factor_seen = [0.0] * k
        self._last_ms = [start_ms] * k
        self._idio_in_minute = [0.0] * k

    def _advance_factor(self, t_ms: int) -> None:
        dt = (t_ms - self._factor_ms) / MINUTE_MS
        if dt <= 0:
            return
        d = self._draws
        move = math.sqrt(self.market_var * dt) * d.normal()
        if d.uniform() < MARKET_JUMPS_PER_MINUTE * dt:
            move += MARKET_JUMP_SD * d.normal()
        self._factor += move
        self._factor_ms = t_ms

    def step(self, j: int, t_ms: int) -> float:
        """Move symbol `j` to time `t_ms`; returns its change of log price."""
        self._advance_factor(t_ms)
        d = self._draws
        dt = max(0.0, (t_ms - self._last_ms[j]) / MINUTE_MS)
        idio = math.sqrt(self.idio_var[j] * dt) * d.normal()
        if d.uniform() < IDIO_JUMPS_PER_MINUTE * dt:
            idio += IDIO_JUMP_SD * d.normal()
        self._idio_in_minute[j] += idio
        factor_move = self._factor - self._factor_seen[j]
        self._factor_seen[j] = self._factor
        self._last_ms[j] = t_ms
        scale = self._sigma[j] * self._season
        change = scale * (self._load_m[j] * factor_move + self._load_i[j] * idio)
        change -= KAPPA * self.x[j] * dt
        self.x[j] += change
        return change

    def price(self, j: int) -> float:
        return self._anchor[j] * math.exp(self.x[j])

    def volatility_ratio(self, j: int) -> float:
        """Current volatility of symbol j relative to its calm average (1.0)."""
        lm, li = self._load_m[j], self._load_i[j]
        return self._season * math.sqrt(lm * lm * self.market_var + li * li * self.idio_var[j])

    def minute_sd(self, j: int) -> float:
        """Standard deviation of symbol j's log return over one minute, now."""
        return self._sigma[j] * self.volatility_ratio(j)

    def close_minute(self) -> None:
        """The minute ends: variances learn from its shocks and the next minute begins."""
        boundary = self.minute_ms + MINUTE_MS
        self._advance_factor(boundary)
        eps_m = self._factor - self._factor_at_minute_start
        om_m = 1.0 - MARKET_ALPHA - MARKET_BETA
        self.market_var = (
            om_m + MARKET_ALPHA * min(eps_m * eps_m, SHOCK_CAP) + MARKET_BETA * self.market_var
        )
        om_i = 1.0 - IDIO_ALPHA - IDIO_BETA
        for j, eps in enumerate(self._idio_in_minute):
            self.idio_var[j] = (
                om_i + IDIO_ALPHA * min(eps * eps, SHOCK_CAP) + (IDIO_BETA * self.idio_var[j])
            )
            self._idio_in_minute[j] = 0.0
        self._factor_at_minute_start = self._factor
        self.minute_ms = boundary
        self._season = float(seasonal(boundary))

    def state(self, last_close: list[float]) -> ProcessState:
        return ProcessState(
            self.market_var, np.array(self.idio_var), np.array(self.x), np.array(last_close)
        )
