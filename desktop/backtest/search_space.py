"""The values an optimiser tries: a strategy's declared parameters, narrowed or fixed by the user.

Each declared `Param` becomes one axis. By default an axis holds the declaration's grid (low
to high in `step`s; a parameter without a range keeps its default; a bool tries both). The
user can narrow an axis with a range `lo:hi[:step]`, list values `a|b|c`, or fix one value.
Every value is checked against the declaration (type and range) before anything runs, so a
typo fails at once with the parameter's name in the message.

Grid order is `itertools.product` order over the axes in declaration order (the last axis
varies fastest); random search draws distinct combinations of that grid with a seeded
generator, so a sweep is reproducible.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.core.strategy_messages import parameter_message
from strategies.base import Param, ParameterError, Strategy

Value = int | float | bool
# Below this many combinations, random search draws indices without replacement directly;
# above it, it draws with replacement and drops repeats (the population is too big to list).
_DIRECT_SAMPLE_LIMIT = 2_000_000


@dataclass(slots=True, frozen=True)
class Axis:
    name: str
    values: tuple[Value, ...]

    @property
    def fixed(self) -> bool:
        return len(self.values) == 1


def parse_grid_spec(text: str) -> dict[str, str]:
    """`fast=5:50:5,slow=20:200:10` -> {'fast': '5:50:5', 'slow': '20:200:10'}."""
    out: dict[str, str] = {}
    for part in filter(None, (s.strip() for s in text.split(","))):
        name, sep, spec = part.partition("=")
        name, spec = name.strip(), spec.strip()
        if not sep or not name or not spec:
            raise ParameterError("{part!r} is not name=lo:hi[:step], name=a|b|c or name=value",
                                 part=part)
        if name in out:
            raise ParameterError("parameter {name!r} is given twice", name=name)
        out[name] = spec
    return out


def _tidy(value: float) -> float:
    # lo + k * step accumulates binary noise (0.1 + 2 * 0.1 = 0.30000000000000004); twelve
    # decimals is far below any step a user types and keeps table and JSON values clean.
    return round(value, 12)


def _range_values(param: Param, spec: str) -> list[Value]:
    parts = spec.split(":")
    if len(parts) not in (2, 3):
        raise ParameterError("parameter {name!r}: range {spec!r} is not lo:hi[:step]",
                             name=param.name, spec=spec)
    try:
        lo, hi = float(parts[0]), float(parts[1])
        step = float(parts[2]) if len(parts) == 3 else float(param.step or 1)
    except ValueError:
        raise ParameterError("parameter {name!r}: range {spec!r} needs numbers (lo:hi[:step])",
                             name=param.name, spec=spec) from None
    if not (math.isfinite(lo) and math.isfinite(hi) and math.isfinite(step)) or step <= 0:
        raise ParameterError("parameter {name!r}: range {spec!r} needs a positive step",
                             name=param.name, spec=spec)
    if hi < lo:
        raise ParameterError("parameter {name!r}: range {spec!r} has hi below lo",
                             name=param.name, spec=spec)
    count = math.floor((hi - lo) / step + 1e-9) + 1
    return [_tidy(lo + k * step) for k in range(count)]


def _axis(param: Param, spec: Any) -> Axis:
    if spec is None:
        raw: Sequence[Any] = param.grid()
    elif isinstance(spec, str):
        text = spec.strip()
        if param.kind is not bool and ":" in text:
            raw = _range_values(param, text)
        else:
            raw = [s.strip() for s in text.split("|")]
    elif isinstance(spec, Sequence):
        raw = list(spec)
    else:
        raw = [spec]
    if not raw:
        raise ParameterError("parameter {name!r}: no values to try", name=param.name)
    values: list[Value] = []
    for v in raw:
        coerced = param.coerce(v)
        if param.kind is float:
            coerced = _tidy(float(coerced))
        if coerced not in values:
            values.append(coerced)
    return Axis(param.name, tuple(values))


@dataclass(slots=True, frozen=True)
class SearchSpace:
    """The parameter sets of one strategy an optimiser may try."""

    strategy: type[Strategy]
    axes: tuple[Axis, ...]

    @classmethod
    def of(
        cls, strategy_cls: type[Strategy], ranges: Mapping[str, Any] | None = None
    ) -> SearchSpace:
        """Declared axes, with `ranges[name]` (a spec string, a list, or one value) overriding
        that axis. Unknown names and values outside the declaration raise ParameterError."""
        spec = strategy_cls.param_spec()
        ranges = dict(ranges or {})
        unknown = sorted(set(ranges) - set(spec))
        if unknown:
            known = ", ".join(spec) or "none"
            raise ParameterError("unknown parameter {name!r} for strategy {strategy!r} "
                                 "(known: {known})", name=unknown[0],
                                 strategy=strategy_cls.strategy_id(), known=known)
        axes = tuple(_axis(param, ranges.get(name)) for name, param in spec.items())
        return cls(strategy_cls, axes)

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.axes]

    @property
    def size(self) -> int:
        return math.prod(len(a.values) for a in self.axes)

    def axis(self, name: str) -> Axis:
        for a in self.axes:
            if a.name == name:
                return a
        raise KeyError(f"no parameter {name!r}; the search space has {', '.join(self.names)}")

    def combination(self, index: int) -> dict[str, Value]:
        """The `index`-th parameter set in grid order."""
        out: dict[str, Value] = {}
        for a in reversed(self.axes):
            index, k = divmod(index, len(a.values))
            out[a.name] = a.values[k]
        return {name: out[name] for name in self.names}

    def grid(self) -> Iterator[dict[str, Value]]:
        """Every parameter set, in grid order."""
        for combo in itertools.product(*(a.values for a in self.axes)):
            yield dict(zip(self.names, combo, strict=True))

    def sample(self, n: int, seed: int = 0) -> list[dict[str, Value]]:
        """`n` distinct parameter sets drawn uniformly (all of them when n >= size), in grid
        order. The same seed draws the same sets."""
        if n <= 0:
            raise ValueError(f"random search needs a positive number of sets, got {n}")
        total = self.size
        if n >= total:
            return list(self.grid())
        rng = np.random.default_rng(seed)
        if total <= _DIRECT_SAMPLE_LIMIT:
            chosen = rng.choice(total, size=n, replace=False).tolist()
        else:
            seen: set[int] = set()
            while len(seen) < n:
                seen.update(int(i) for i in rng.integers(0, total, size=n - len(seen)))
            chosen = list(seen)
        return [self.combination(i) for i in sorted(chosen)]

    def invalid_reason(self, params: Mapping[str, Value]) -> str | None:
        """Why the strategy refuses this set (its `validate`, e.g. fast >= slow), or None."""
        try:
            self.strategy(**params)
        except ParameterError as exc:
            return parameter_message(exc)
        return None
