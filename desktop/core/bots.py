"""Strategy bots as the rest of the app sees them: what a bot is, its state, its events.

A bot is one Strategy (built-in id, user strategy id, or FILE.py[:Class]) with parameters,
trading one account (paper or live) on one or more symbols at one timeframe. The engine's
BotService (desktop/engine/bots) runs it; the UI asks through EngineClient.bot_* and learns of
changes from `BotEvent`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core.events import Event


class BotState(StrEnum):
    WARMING_UP = "warming_up"  # loading history and computing its indicators
    RUNNING = "running"  # decides on every closed candle, enters and exits
    ENTRIES_PAUSED = "entries_paused"  # exits and protective orders still managed, no entries
    STOPPED = "stopped"  # does nothing; its open protective orders stay working
    ERROR = "error"  # its strategy raised: stopped, the traceback is in its log

    @property
    def is_active(self) -> bool:
        """Deciding on candles (or about to, once warmed up)."""
        return self in (BotState.WARMING_UP, BotState.RUNNING, BotState.ENTRIES_PAUSED)


@dataclass(slots=True, frozen=True)
class BotSpec:
    """What the trader chose. `sizing` uses `pregao backtest --size` syntax: all, pct=P,
    fixed=Q, risk=R, vol=V, kelly=F. `allow_short`: short entries are taken (they need an
    account that can sell what it does not hold; a spot paper account cannot)."""

    strategy: str
    account_id: str
    symbols: tuple[str, ...]
    timeframe: str
    params: dict[str, Any] = field(default_factory=dict)
    sizing: str = "all"
    name: str = ""
    allow_short: bool = False
    strategies_dir: str = ""  # user strategies folder to look the strategy up in

    def __post_init__(self) -> None:
        object.__setattr__(self, "symbols", tuple(self.symbols))


@dataclass(slots=True, frozen=True)
class BotPosition:
    """The bot's own position in one symbol (booked from its own fills only)."""

    symbol: str
    amount: float  # signed: > 0 long, < 0 short
    entry_price: float
    mark_price: float = math.nan
    stop_loss: float | None = None
    take_profit: float | None = None
    trail: float | None = None
    # Less than the market's smallest order (Market.is_flat): the bot counts it as flat.
    dust: bool = False

    @property
    def unrealized_pnl(self) -> float:
        if self.amount == 0.0 or math.isnan(self.mark_price):
            return 0.0
        return (self.mark_price - self.entry_price) * self.amount


@dataclass(slots=True, frozen=True)
class BotInfo:
    """A bot as it is now."""

    id: str
    spec: BotSpec
    state: BotState
    last_signal: str = ""  # "long", "short", "exit", "protect" or "" (none yet)
    last_signal_ts: int = 0  # ms, the close time of the candle that gave it
    positions: tuple[BotPosition, ...] = ()
    open_orders: int = 0
    realized_pnl: float = 0.0  # net of fees, over the bot's whole life
    unrealized_pnl: float = 0.0
    trade_count: int = 0  # closed round trips
    wins: int = 0
    warmup_bars: int = 0
    error: str = ""  # the last error in one line (the traceback is in the log)
    created_ts: int = 0

    @property
    def win_rate(self) -> float:
        return self.wins / self.trade_count if self.trade_count else math.nan


@dataclass(slots=True, frozen=True)
class BotEvent(Event):
    """A bot changed (state, signal, position, P&L, orders). Only the newest per bot matters."""

    bot: BotInfo

    @property
    def coalesce_key(self) -> tuple | None:
        return ("bot", self.bot.id)


@dataclass(slots=True, frozen=True)
class BotRemovedEvent(Event):
    bot_id: str


@dataclass(slots=True, frozen=True)
class BotLogEvent(Event):
    """One line of a bot's log (errors carry the traceback). Never dropped."""

    bot_id: str
    line: str
    ts: int = 0
