"""The Strategy API: one object that runs in the backtester, in paper trading and live.

A strategy sees candles and its own position, and answers with intents; it never talks to a
venue. It can answer in one of two ways:

- vectorised: `signals(data)` returns a `Signals` of boolean arrays over the whole history
  (entries and exits, long and short) plus optional per-bar order details (limit or stop
  entry price, stop-loss, take-profit, trailing distance, size). Fast: a million bars in a
  fraction of a second.
- bar by bar: `on_bar(i)` is called after each bar closes with `self.data` / `self.ind`
  holding the history up to and including bar `i` (so `self.data.close[-1]` is its close,
  in a backtest as live), reads `self.position`, and calls the order helpers `buy`, `sell`,
  `close`, `set_stop_loss`, `set_take_profit`, `set_trailing_stop`.

`data` is any object with numpy arrays `ts` (ms, UTC), `open`, `high`, `low`, `close`,
`volume` (the app's `Candles` is one); this module imports nothing of the app.

Parameters are declared as class attributes:

    class SmaCross(Strategy):
        id = "sma_cross"
        fast = Param(10, low=2, high=200, step=1, doc="fast SMA length")
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

import numpy as np


class CandleData(Protocol):
    ts: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray

    def __len__(self) -> int: ...


class ParameterError(ValueError):
    """A parameter name or value a strategy does not accept; the message names it.

    The sentence is English, kept apart from its values: `ParameterError("fast ({fast}) must
    be below slow ({slow})", fast=10, slow=5)`. `str(err)` is the filled sentence; the app
    shows the built-in sentences (this module's and strategies/builtin's, collected for
    translation under the context "Strategies") in the UI's language with the values written
    the locale's way. A user strategy may raise it with any plain sentence, shown as written.
    """

    def __init__(self, template: str, /, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields) if fields else template)


class Param:
    """A typed strategy parameter with a default, an allowed range and an optimiser step.

    The type is the default's type (int, float or bool). On an instance the attribute reads
    as the resolved value.
    """

    def __init__(
        self,
        default: int | float | bool,
        low: float | None = None,
        high: float | None = None,
        step: float | None = None,
        doc: str = "",
        label: str = "",
    ) -> None:
        self.default = default
        self.low = low
        self.high = high
        self.step = step
        self.doc = doc
        # The name a form shows (the attribute name with spaces when not given). `label`,
        # `doc`, the class's `name` and docstring are English; the app translates those of
        # the built-in strategies (build_scripts/translations.py collects them).
        self.label = label
        self.kind: type = type(default)
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.label = self.label or name.replace("_", " ")

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        return obj.params[self.name]

    def coerce(self, value: Any) -> int | float | bool:
        """`value` (possibly text from a command line) as this parameter's type, range-checked."""
        try:
            if self.kind is bool:
                if isinstance(value, str):
                    text = value.strip().lower()
                    if text not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                        raise ValueError(value)
                    out: int | float | bool = text in ("1", "true", "yes", "on")
                else:
                    out = bool(value)
            elif self.kind is int:
                as_float = float(value)
                if not as_float.is_integer():
                    raise ValueError(value)
                out = int(as_float)
            else:
                out = float(value)
                if not math.isfinite(out):
                    raise ValueError(value)
        except (TypeError, ValueError):
            raise ParameterError("parameter {name!r} must be {kind}, got {value!r}",
                                 name=self.name, kind=self.kind.__name__, value=value) from None
        if self.kind is not bool:
            if self.low is not None and out < self.low:
                raise ParameterError("parameter {name!r} must be >= {low}, got {value}",
                                     name=self.name, low=self.low, value=out)
            if self.high is not None and out > self.high:
                raise ParameterError("parameter {name!r} must be <= {high}, got {value}",
                                     name=self.name, high=self.high, value=out)
        return out

    def grid(self) -> list[int | float | bool]:
        """Every value from low to high in steps of `step` (the optimiser's search space)."""
        if self.kind is bool:
            return [False, True]
        if self.low is None or self.high is None:
            return [self.default]
        step = self.step or (1 if self.kind is int else (self.high - self.low) / 10)
        count = math.floor((self.high - self.low) / step + 1e-9) + 1
        values = [self.low + k * step for k in range(count)]
        return [round(v) for v in values] if self.kind is int else values


@dataclass(slots=True)
class Signals:
    """Vectorised entries/exits over the whole history; every array has one value per bar.

    Booleans: decided at that bar's close. Floats: NaN means 'not set' for that bar, and
    are read on entry bars only. `limit_price`/`stop_price` make the entry a limit or stop
    order instead of a market order; `stop_loss`/`take_profit` are absolute prices;
    `trail` is a trailing-stop distance in price units; `size` overrides the sizing rule
    with a number of units.
    """

    entry_long: np.ndarray | None = None
    exit_long: np.ndarray | None = None
    entry_short: np.ndarray | None = None
    exit_short: np.ndarray | None = None
    limit_price: np.ndarray | None = None
    stop_price: np.ndarray | None = None
    stop_loss: np.ndarray | None = None
    take_profit: np.ndarray | None = None
    trail: np.ndarray | None = None
    size: np.ndarray | None = None


@dataclass(slots=True, frozen=True)
class PositionView:
    """What a strategy knows of its position. `size` is signed: > 0 long, < 0 short."""

    size: float = 0.0
    entry_price: float = math.nan
    entry_index: int = -1
    stop_loss: float = math.nan
    take_profit: float = math.nan

    @property
    def is_long(self) -> bool:
        return self.size > 0

    @property
    def is_short(self) -> bool:
        return self.size < 0

    @property
    def is_flat(self) -> bool:
        return self.size == 0

    def __bool__(self) -> bool:
        return self.size != 0


@dataclass(slots=True, frozen=True)
class EntryIntent:
    """Open (or reverse into) a position. No price: market; `limit` or `stop`: that order."""

    side: str  # "long" or "short"
    size: float | None = None  # units; None: the host's sizing rule
    limit: float | None = None
    stop: float | None = None
    stop_loss: float | None = None
    take_profit: float | None = None
    trail: float | None = None


@dataclass(slots=True, frozen=True)
class ExitIntent:
    """Close the whole position at market."""


@dataclass(slots=True, frozen=True)
class ProtectIntent:
    """Move the open position's stop-loss / take-profit / trailing distance (None: keep)."""

    stop_loss: float | None = None
    take_profit: float | None = None
    trail: float | None = None


Intent = EntryIntent | ExitIntent | ProtectIntent


class Strategy:
    """Base of every strategy. Subclass it, declare `Param`s, override `indicators` and
    either `signals` (vectorised) or `on_bar` (bar by bar)."""

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""

    def __init__(self, **params: Any) -> None:
        spec = self.param_spec()
        unknown = sorted(set(params) - set(spec))
        if unknown:
            known = ", ".join(spec) or "none"
            raise ParameterError("unknown parameter {name!r} for strategy {strategy!r} "
                                 "(known: {known})", name=unknown[0],
                                 strategy=self.strategy_id(), known=known)
        self.params: dict[str, Any] = {
            name: p.coerce(params.get(name, p.default)) for name, p in spec.items()
        }
        self.validate()
        self.data: Any = None
        self.ind: dict[str, np.ndarray] = {}
        # A host that can tell the position cheaply sets it; one that works it out on
        # demand (the backtester, which simulates fills lazily) sets `_position_source`.
        self._position = PositionView()
        self._position_source: Callable[[], PositionView] | None = None
        self._intents: list[Intent] = []

    @property
    def position(self) -> PositionView:
        """This strategy's position on its symbol, as of the bar being decided."""
        source = self._position_source
        return self._position if source is None else source()

    @position.setter
    def position(self, value: PositionView) -> None:
        self._position = value
        self._position_source = None

    @classmethod
    def param_spec(cls) -> dict[str, Param]:
        spec: dict[str, Param] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                if isinstance(value, Param):
                    spec[attr] = value
        return spec

    @classmethod
    def strategy_id(cls) -> str:
        return cls.id or cls.__name__

    def validate(self) -> None:
        """Check relations between parameters (e.g. fast < slow); raise ParameterError."""

    def warmup_bars(self) -> int | None:
        """How many candles `indicators` needs before its newest values are final (a live
        bot hands the strategy only that many on each candle). None: the host measures it
        by comparing the indicators over shorter windows with those over a long history."""
        return None

    # --- what a strategy computes -------------------------------------------------------

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        """Indicator arrays over the whole history, one value per bar (vectorised)."""
        return {}

    def signals(self, data: CandleData) -> Signals | None:
        """Vectorised entries and exits; None means 'call on_bar for each bar instead'."""
        return None

    def on_bar(self, i: int) -> None:
        """Called after bar `i` closes; `self.data` and `self.ind` end at bar i."""

    # --- order helpers (bar by bar) -----------------------------------------------------

    def buy(
        self,
        size: float | None = None,
        *,
        limit: float | None = None,
        stop: float | None = None,
        stop_loss: float | None = None,
        take_profit: float | None = None,
        trail: float | None = None,
    ) -> None:
        """Go long (reversing a short). No price: market; `limit=` / `stop=`: that entry."""
        self._intents.append(EntryIntent("long", size, limit, stop, stop_loss, take_profit, trail))

    def sell(
        self,
        size: float | None = None,
        *,
        limit: float | None = None,
        stop: float | None = None,
        stop_loss: float | None = None,
        take_profit: float | None = None,
        trail: float | None = None,
    ) -> None:
        """Go short (reversing a long). No price: market; `limit=` / `stop=`: that entry."""
        self._intents.append(
            EntryIntent("short", size, limit, stop, stop_loss, take_profit, trail)
        )

    def close(self) -> None:
        """Close the position at market."""
        self._intents.append(ExitIntent())

    def set_stop_loss(self, price: float) -> None:
        self._intents.append(ProtectIntent(stop_loss=price))

    def set_take_profit(self, price: float) -> None:
        self._intents.append(ProtectIntent(take_profit=price))

    def set_trailing_stop(self, distance: float) -> None:
        self._intents.append(ProtectIntent(trail=distance))

    # --- host side ----------------------------------------------------------------------

    @property
    def is_vectorised(self) -> bool:
        return type(self).signals is not Strategy.signals

    def bind(self, data: CandleData) -> None:
        """Attach the history and compute the indicators (hosts call this once per run)."""
        self.data = data
        self.ind = self.indicators(data)
        self._intents = []

    def drain_intents(self) -> list[Intent]:
        out, self._intents = self._intents, []
        return out

    def decide(self, data: CandleData, position: PositionView | None = None) -> list[Intent]:
        """The intents for the newest bar of `data`, given the current position.

        What a live or paper runner calls after each closed candle. Vectorised strategies
        are read at their last bar with the backtester's rules: contradictory entries on
        one bar cancel, an exit beats an entry of the same side, an exit only acts on a
        position of its side, and an entry acts when flat or against the position (which
        it then reverses).
        """
        self.position = position or PositionView()
        self.bind(data)
        if not self.is_vectorised:
            self.on_bar(len(data) - 1)
            return self.drain_intents()
        sig = self.signals(data)
        if sig is None:
            self.on_bar(len(data) - 1)
            return self.drain_intents()
        return _intents_at_last_bar(sig, self.position.size)


def _flag(values: np.ndarray | None) -> bool:
    if values is None or len(values) == 0:
        return False
    last = values[-1]
    return bool(last) and not (isinstance(last, float) and math.isnan(last))


def _level(values: np.ndarray | None) -> float | None:
    if values is None or len(values) == 0:
        return None
    last = float(values[-1])
    return None if math.isnan(last) else last


def _intents_at_last_bar(sig: Signals, size: float) -> list[Intent]:
    entry_long, exit_long = _flag(sig.entry_long), _flag(sig.exit_long)
    entry_short, exit_short = _flag(sig.entry_short), _flag(sig.exit_short)
    if entry_long and entry_short:
        entry_long = entry_short = False
    entry_long = entry_long and not exit_long
    entry_short = entry_short and not exit_short
    out: list[Intent] = []
    if (exit_long and size > 0) or (exit_short and size < 0):
        out.append(ExitIntent())
    side = "long" if entry_long else ("short" if entry_short else "")
    if side and size * (1 if side == "long" else -1) <= 0:
        out.append(
            EntryIntent(
                side,
                _level(sig.size),
                limit=_level(sig.limit_price),
                stop=_level(sig.stop_price),
                stop_loss=_level(sig.stop_loss),
                take_profit=_level(sig.take_profit),
                trail=_level(sig.trail),
            )
        )
    return out


@dataclass(slots=True)
class StrategyInfo:
    """What a user interface lists about a strategy class."""

    id: str
    name: str
    doc: str
    params: dict[str, Param] = field(default_factory=dict)

    @classmethod
    def of(cls, strategy_cls: type[Strategy]) -> StrategyInfo:
        return cls(
            id=strategy_cls.strategy_id(),
            name=strategy_cls.name or strategy_cls.__name__,
            doc=(strategy_cls.__doc__ or "").strip(),
            params=strategy_cls.param_spec(),
        )
