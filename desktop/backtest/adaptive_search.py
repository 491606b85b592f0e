"""Adaptive parameter search: Bayesian (Optuna's TPE) and genetic, on the optimiser's own path.

Both choose the next batch of parameter sets from the results so far, then hand the batch to
`optimize.Sweep.run`: the same `evaluate_chunk` -> `run_backtest` -> constraints path as grid
and random search, on the same executor (serial, local pool or Dask), for every walk-forward
window at once (each window has its own searcher, all windows' batches share one round).

The searchers work on the search space's axes as positions (0..len-1 along each axis), so
an axis of numbers stays ordered for TPE's density estimates and for the genetic mutation
step. What a searcher learns from a set is its score: the objective (negated when smaller
is better) for a set that ran and met the constraints; a set that broke a constraint, was
refused by the strategy, failed or has no objective value scores below every ranked set,
so the search steers away from it. A set proposed again is not run again: its earlier
result is replayed to the searcher. The budget counts distinct sets tried.

Optuna is imported here, and this module only when such a search runs: never at startup.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from desktop.backtest.optimize import (
    INVALID,
    OK,
    ProgressFn,
    Row,
    Sweep,
    progress_counter,
)
from desktop.backtest.search_space import SearchSpace, Value

# Below every real score: what a rejected, invalid or failed set tells the searcher.
PENALTY = -1e300
# A searcher that keeps proposing sets already tried is done after this many in a row.
_STALE_ROUNDS = 50


# Sets per round: several workers' worth, few enough that each round learns from the one
# before. A constant, not the executor's worker count: the same seed must search the same
# sets serially, on a local pool and on Dask.
BATCH = 8


class _Positions:
    """The non-fixed axes of a space as integer positions, and back to parameter sets."""

    def __init__(self, space: SearchSpace) -> None:
        self.space = space
        self.free = [a for a in space.axes if not a.fixed]
        self.sizes = np.array([len(a.values) for a in self.free], dtype=np.int64)

    def params(self, position: tuple[int, ...]) -> dict[str, Value]:
        chosen = {a.name: a.values[k] for a, k in zip(self.free, position, strict=True)}
        return {a.name: chosen.get(a.name, a.values[0]) for a in self.space.axes}


class TpeSearcher:
    """Optuna's Tree-structured Parzen Estimator over the axis positions (ask and tell).

    `constant_liar` lets a batch be asked before any of it is told: sets still running are
    assumed poor, so one batch spreads out instead of asking the same point many times."""

    def __init__(self, space: SearchSpace, seed: int) -> None:
        import optuna

        optuna.logging.set_verbosity(optuna.logging.WARNING)
        self.pos = _Positions(space)
        sampler = optuna.samplers.TPESampler(seed=seed, constant_liar=True,
                                             n_startup_trials=10, multivariate=True)
        self.study = optuna.create_study(direction="maximize", sampler=sampler)
        self._asked: list[tuple[Any, tuple[int, ...]]] = []

    def ask(self, n: int) -> list[tuple[int, ...]]:
        out = []
        for _ in range(n):
            trial = self.study.ask()
            position = tuple(trial.suggest_int(a.name, 0, len(a.values) - 1)
                             for a in self.pos.free)
            self._asked.append((trial, position))
            out.append(position)
        return out

    def tell(self, scores: dict[tuple[int, ...], float]) -> None:
        """Every asked trial must be told: one left out when the budget ran out mid-batch
        is told the penalty (it is never used again)."""
        for trial, position in self._asked:
            self.study.tell(trial, scores.get(position, PENALTY))
        self._asked = []


class GeneticSearcher:
    """A steady genetic algorithm over the axis positions.

    Population of `population` distinct individuals (the first drawn uniformly with `seed`);
    each generation keeps the best two (elitism), fills the rest with children of parents
    picked by 3-way tournaments: uniform crossover, then each gene mutated with probability
    1/genes (a step of a few positions along its axis, or now and then a fresh draw)."""

    def __init__(self, space: SearchSpace, seed: int, population: int = 16) -> None:
        self.pos = _Positions(space)
        self.rng = np.random.default_rng(seed)
        self.population_size = population
        self.population: list[tuple[tuple[int, ...], float]] = []
        self._pending: list[tuple[int, ...]] = []

    def _random(self) -> tuple[int, ...]:
        return tuple(int(self.rng.integers(0, s)) for s in self.pos.sizes)

    def _tournament(self) -> tuple[int, ...]:
        picks = self.rng.integers(0, len(self.population), size=3)
        return max((self.population[int(i)] for i in picks), key=lambda p: p[1])[0]

    def _child(self) -> tuple[int, ...]:
        a, b = self._tournament(), self._tournament()
        genes = []
        rate = 1.0 / max(1, len(a))
        for k, size in enumerate(self.pos.sizes.tolist()):
            gene = a[k] if self.rng.random() < 0.5 else b[k]
            if self.rng.random() < rate:
                if self.rng.random() < 0.2:
                    gene = int(self.rng.integers(0, size))
                else:
                    reach = max(1, size // 10)
                    step = int(self.rng.integers(1, reach + 1)) * (1 if self.rng.random() < 0.5
                                                                 else -1)
                    gene = min(size - 1, max(0, gene + step))
            genes.append(int(gene))
        return tuple(genes)

    def ask(self, n: int) -> list[tuple[int, ...]]:
        if not self.population:
            self._pending = [self._random() for _ in range(max(n, self.population_size))]
        else:
            self._pending = [self._child() for _ in range(n)]
        return list(self._pending)

    def tell(self, scores: dict[tuple[int, ...], float]) -> None:
        seen = {p for p, _ in self.population}
        merged = list(self.population)
        for position in self._pending:
            if position not in seen and position in scores:
                seen.add(position)
                merged.append((position, scores[position]))
        merged.sort(key=lambda p: p[1], reverse=True)
        self.population = merged[:self.population_size]
        self._pending = []


def make_searcher(method: str, space: SearchSpace, seed: int) -> TpeSearcher | GeneticSearcher:
    if method == "bayes":
        return TpeSearcher(space, seed)
    if method == "genetic":
        return GeneticSearcher(space, seed)
    raise ValueError(f"{method!r} is not an adaptive search method")


def _score(row: Row, objective: str, maximize: bool) -> float:
    value = row.value(objective)
    if row.status != OK or math.isnan(value):
        return PENALTY
    return value if maximize else -value


def search_windows(sweep: Sweep, space: SearchSpace, method: str, budget: int, seed: int,
                   objective: str, maximize: bool, on_progress: ProgressFn | None,
                   ) -> tuple[list[list[Row]], list[int], bool]:
    """Rows per window, the number of distinct sets each window tried, and whether the search
    was cancelled. Stops at `budget` distinct sets per window or when the space is spent."""
    n_windows = len(sweep.job.windows)
    budget = min(budget, space.size)
    searchers = [make_searcher(method, space, seed) for _ in range(n_windows)]
    tried: list[dict[tuple[int, ...], Row]] = [{} for _ in range(n_windows)]
    stale = [0] * n_windows
    progress: Callable[[int], None] = progress_counter(on_progress, budget * n_windows)
    per_round = BATCH
    cancelled = False
    while not cancelled:
        active = [w for w in range(n_windows)
                  if len(tried[w]) < budget and stale[w] < _STALE_ROUNDS]
        if not active:
            break
        items: list[tuple[int, int, dict[str, Value]]] = []
        asked: dict[int, list[tuple[int, ...]]] = {}
        for w in active:
            room = budget - len(tried[w])
            asked[w] = searchers[w].ask(min(per_round, room))
            fresh: list[tuple[int, ...]] = []
            for position in asked[w]:
                if position in tried[w] or position in fresh or len(fresh) >= room:
                    continue
                fresh.append(position)
            stale[w] = 0 if fresh else stale[w] + 1
            for position in fresh:
                index = len(tried[w])
                params = searchers[w].pos.params(position)
                reason = space.invalid_reason(params)
                if reason is not None:
                    tried[w][position] = Row(index, params, INVALID, reason)
                    progress(1)
                    continue
                # Placeholder until it runs, so the next fresh set gets the next index.
                tried[w][position] = Row(index, params, "", "")
                items.append((w, index, params))
        by_index: dict[tuple[int, int], tuple[int, ...]] = {
            (w, tried[w][p].index): p for w in active for p in asked[w] if p in tried[w]}
        rows, cancelled = sweep.run(items, progress)
        for w, window_rows in enumerate(rows):
            for row in window_rows:
                tried[w][by_index[(w, row.index)]] = row
        if cancelled:
            for w in range(n_windows):  # sets that never ran leave the table
                tried[w] = {p: r for p, r in tried[w].items() if r.status}
            break
        for w in active:
            searchers[w].tell({p: _score(tried[w][p], objective, maximize)
                               for p in asked[w] if p in tried[w]})
    return [list(t.values()) for t in tried], [len(t) for t in tried], cancelled
