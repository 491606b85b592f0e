"""Typed events the engine publishes. The Qt bridge delivers them to widgets.

High-rate events (ticks, books, forming bars) carry a `coalesce_key`: the bridge keeps only
the newest per key between flushes. Events without one are delivered in order, never dropped.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from desktop.core.enums import ConnectionState
from desktop.core.types import (
    Balance,
    Bar,
    Fill,
    MarginSummary,
    Order,
    OrderBook,
    Position,
    Tick,
    Trade,
)


def _now_ms() -> int:
    return int(time.time() * 1000)


@dataclass(slots=True, frozen=True)
class Event:
    @property
    def coalesce_key(self) -> tuple | None:
        return None

    @property
    def supersedes_key(self) -> tuple | None:
        """A coalesced event this one makes stale (dropped if still pending when it arrives)."""
        return None


@dataclass(slots=True, frozen=True)
class TickEvent(Event):
    tick: Tick

    @property
    def coalesce_key(self) -> tuple | None:
        return ("tick", self.tick.venue, self.tick.symbol)


@dataclass(slots=True, frozen=True)
class BookEvent(Event):
    book: OrderBook

    @property
    def coalesce_key(self) -> tuple | None:
        return ("book", self.book.venue, self.book.symbol)


@dataclass(slots=True, frozen=True)
class TradeEvent(Event):
    """The newest public prints of one symbol (anyone's executions), oldest first.

    Coalesced like ticks, without losing prints: each event carries the feed's last
    `len(trades)` prints and `seq`, the number of prints of that symbol so far, so a view
    that saw `seq0` takes the last `seq - seq0` of them (a feed keeps enough for several
    flush intervals; see desktop/venues/trade_tape.py)."""

    venue: str
    symbol: str
    seq: int
    trades: tuple[Trade, ...]

    @property
    def coalesce_key(self) -> tuple | None:
        return ("trades", self.venue, self.symbol)

    def since(self, seq0: int) -> tuple[Trade, ...]:
        """The prints after the `seq0`-th (all kept ones if more were missed)."""
        n = self.seq - seq0
        if n <= 0:
            return ()
        return self.trades[-n:] if n < len(self.trades) else self.trades


@dataclass(slots=True, frozen=True)
class BarEvent(Event):
    """A 1-minute candle of `symbol`. `closed` False: the forming candle (coalesced);
    closed True: final, delivered without loss so charts never miss a candle."""

    symbol: str
    bar: Bar
    closed: bool
    venue: str = ""

    @property
    def coalesce_key(self) -> tuple | None:
        return None if self.closed else ("bar", self.venue, self.symbol)

    @property
    def supersedes_key(self) -> tuple | None:
        # A closed bar is newer than any forming update of the same minute still pending.
        return ("bar", self.venue, self.symbol) if self.closed else None


@dataclass(slots=True, frozen=True)
class OrderEvent(Event):
    order: Order


@dataclass(slots=True, frozen=True)
class FillEvent(Event):
    fill: Fill


@dataclass(slots=True, frozen=True)
class PositionEvent(Event):
    """An account's position in a symbol changed (a fill, or a new mark). Only the newest per
    (account, symbol) matters, so pending ones are coalesced."""

    position: Position

    @property
    def coalesce_key(self) -> tuple | None:
        return ("position", self.position.account, self.position.symbol)


@dataclass(slots=True, frozen=True)
class MarkPriceEvent(Event):
    """A perpetual's mark price and funding (Binance's markPrice stream, the premium index):
    margins, unrealised P&L and liquidations use the mark, not the last trade. `funding_rate`
    is the rate of the next funding time `next_funding_ts` (ms; every 8 hours on Binance USDⓈ-M),
    NaN when the source has none. Only the newest per symbol matters: coalesced."""

    symbol: str
    ts: int
    mark_price: float
    funding_rate: float = float("nan")
    next_funding_ts: int = 0
    index_price: float = float("nan")
    venue: str = ""

    @property
    def coalesce_key(self) -> tuple | None:
        return ("mark", self.venue, self.symbol)


@dataclass(slots=True, frozen=True)
class FundingEvent(Event):
    """A funding payment was booked on a perpetual position: `payment` > 0 paid, < 0
    received (quote currency), at `rate` on the notional at `mark_price`. Never dropped."""

    account: str
    symbol: str
    ts: int
    rate: float
    mark_price: float
    payment: float
    venue: str = ""


@dataclass(slots=True, frozen=True)
class MarginEvent(Event):
    """The margin state of a derivatives account changed (a fill, a mark, funding). The
    status bar, the risk guard's margin rule and margin alerts read it; only the newest per
    account matters, so pending ones are coalesced."""

    margin: MarginSummary

    @property
    def coalesce_key(self) -> tuple | None:
        return ("margin", self.margin.account)


@dataclass(slots=True, frozen=True)
class BalanceEvent(Event):
    """Every balance of `account` as the venue last reported them. Delivered in order."""

    account: str
    balances: tuple[Balance, ...]


@dataclass(slots=True, frozen=True)
class AlertEvent(Event):
    """An alert rule fired (desktop/alerts): the engine's alert service publishes one per
    trigger, after it is stored in the trigger history. Never dropped."""

    title: str
    message: str
    symbol: str = ""
    ts: int = field(default_factory=_now_ms)
    trigger_id: str = ""
    rule_id: str = ""
    severity: str = "info"  # "info", "warning", "critical"
    value: float = math.nan  # what the condition saw (price, indicator, P&L...)


@dataclass(slots=True, frozen=True)
class AlertRulesChangedEvent(Event):
    """The alert rules changed (created, edited, enabled, deleted, or a ONCE rule disarmed
    itself after firing): the alert center and the chart's alert lines reload them."""

    rule_ids: tuple[str, ...] = ()


@dataclass(slots=True, frozen=True)
class LogEvent(Event):
    level: int  # logging level number
    logger: str
    message: str
    ts: float = field(default_factory=time.time)


@dataclass(slots=True, frozen=True)
class ConnectionEvent(Event):
    venue: str
    state: ConnectionState
    detail: str = ""  # e.g. "rate limited, retrying in 4 s" / "banned until 14:05 UTC"


@dataclass(slots=True, frozen=True)
class EngineStatsEvent(Event):
    loop_latency_ms: float
    events_per_s: float = 0.0

    @property
    def coalesce_key(self) -> tuple | None:
        return ("stats",)


@dataclass(slots=True, frozen=True)
class ReplayStateEvent(Event):
    """Progress of a replay feed: position in the file and speed."""

    symbol: str
    position: int
    total: int
    speed: float
    paused: bool
    ts: int = 0
    timeframe_ms: int = 0  # the file's candle length (the chart follows it)

    @property
    def coalesce_key(self) -> tuple | None:
        return ("replay", self.symbol)


@dataclass(slots=True, frozen=True)
class BacktestProgressEvent(Event):
    """A backtest job moved on: `done` of `total` stages, `message` names the stage."""

    job_id: str
    done: int
    total: int
    message: str = ""

    @property
    def coalesce_key(self) -> tuple | None:
        return ("backtest", self.job_id)


@dataclass(slots=True, frozen=True)
class BacktestDoneEvent(Event):
    """A backtest job finished; its stored run is `run_id`. Never dropped."""

    job_id: str
    run_id: str

    @property
    def supersedes_key(self) -> tuple | None:
        return ("backtest", self.job_id)


@dataclass(slots=True, frozen=True)
class BacktestFailedEvent(Event):
    """A backtest job ended without a run: an error (its message) or canceled by the user."""

    job_id: str
    message: str
    canceled: bool = False

    @property
    def supersedes_key(self) -> tuple | None:
        return ("backtest", self.job_id)


@dataclass(slots=True, frozen=True)
class OptimiseDoneEvent(Event):
    """A parameter optimisation job finished (or stopped early, `cancelled` in its result);
    the client fetches the result by `job_id`. Progress and failure share the backtest
    events (BacktestProgressEvent, BacktestFailedEvent). Never dropped."""

    job_id: str

    @property
    def supersedes_key(self) -> tuple | None:
        return ("backtest", self.job_id)


@dataclass(slots=True, frozen=True)
class MlTrainDoneEvent(Event):
    """A model training job finished; the client fetches the result by `job_id`. Progress
    and failure share the backtest events (BacktestProgressEvent, BacktestFailedEvent).
    Never dropped."""

    job_id: str

    @property
    def supersedes_key(self) -> tuple | None:
        return ("backtest", self.job_id)


@dataclass(slots=True, frozen=True)
class ModelDriftEvent(Event):
    """A saved model's features drifted past the threshold on `symbol`: `features` lists
    the drifted ones. An alert condition (model_drift). Never dropped."""

    model: str
    symbol: str
    features: tuple[str, ...]
    ts: int = field(default_factory=_now_ms)


@dataclass(slots=True, frozen=True)
class HistoryProgressEvent(Event):
    """A candle download moved on: `done` of about `total` candles fetched. `message` is
    empty, or "rate-limited:<seconds>" while it waits out an exchange's rate limit (the UI
    words it)."""

    job_id: str
    done: int
    total: int
    message: str = ""

    @property
    def coalesce_key(self) -> tuple | None:
        return ("history", self.job_id)


@dataclass(slots=True, frozen=True)
class HistoryDoneEvent(Event):
    """A candle download finished: `fetched` new candles are in the cache. Never dropped."""

    job_id: str
    exchange: str
    symbol: str
    timeframe: str
    fetched: int

    @property
    def supersedes_key(self) -> tuple | None:
        return ("history", self.job_id)


@dataclass(slots=True, frozen=True)
class HistoryFailedEvent(Event):
    """A candle download stopped early: an error (its message) or canceled by the user.
    The `fetched` candles it got before stopping stay in the cache."""

    job_id: str
    message: str
    fetched: int = 0
    canceled: bool = False

    @property
    def supersedes_key(self) -> tuple | None:
        return ("history", self.job_id)


@dataclass(slots=True, frozen=True)
class DatabaseProblemEvent(Event):
    """The database could not be opened at start: `kind` is "corrupt", "locked",
    "read_only", "disk_full", "too_new", "upgrade_failed" or "unavailable"; `message` says
    why in words; `backups` are copies the user may open instead (newest first). The UI
    offers the way out. Never dropped."""

    kind: str
    path: str
    backups: tuple[str, ...]
    message: str


@dataclass(slots=True, frozen=True)
class ProtectionNotResumedEvent(Event):
    """An order that works only while Pregão runs (emulated by the engine, or a paper order)
    could not be resumed after a restart: its parent is ended with the reason (the order
    monitors show it) and the trader is told. `order_type` ("trailing_stop"), `side` and
    `amount` are empty / 0 when even they could not be read. Never dropped."""

    venue: str
    order_id: str
    symbol: str
    reason: str
    order_type: str = ""
    side: str = ""
    amount: float = 0.0
    ts: int = field(default_factory=_now_ms)


@dataclass(slots=True, frozen=True)
class ReportProgressEvent(Event):
    """A report job moved on to `stage` (desktop.core.reports.REPORT_STAGES), `done` of
    `total` stages finished."""

    job_id: str
    done: int
    total: int
    stage: str

    @property
    def coalesce_key(self) -> tuple | None:
        return ("report", self.job_id)
