"""The UI-side facade of the engine.

Every method is a coroutine: it schedules the work on the engine loop and is awaited on the
caller's loop (qasync's in the app), so the UI thread never blocks. Exceptions raised by the
engine arrive unchanged, with their message.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.alerts.model import AlertRule, TriggerRecord
from desktop.core import (
    Balance,
    Candles,
    Fill,
    KillSwitchReport,
    LimitUsage,
    MarginMode,
    Market,
    Order,
    OrderBook,
    OrderRequest,
    Position,
    PositionRules,
    RiskLimits,
    RiskStatus,
    Side,
    Tick,
    Trade,
    TradingState,
)
from desktop.core.accounts import (
    AccountDraft,
    AccountInfo,
    ExchangeInfo,
    OrderTypeSupport,
    PriceSourceInfo,
)
from desktop.core.backtests import (
    BacktestRequest,
    BacktestRequestError,
    BacktestRun,
    MonteCarloSummary,
    OptimiseRequest,
    OptimiseResult,
    OptimiseRow,
    RunSummary,
    WalkForwardSummary,
    WalkForwardWindowResult,
)
from desktop.core.bots import BotInfo, BotSpec
from desktop.core.ml import (
    DriftReport,
    MlTrainRequest,
    MlTrainResult,
    RegimeView,
    SavedModel,
)
from desktop.core.reports import PerformanceView, ReportTargets
from desktop.core.risk_book import RiskBook
from desktop.engine.client_alerts import AlertCommands
from desktop.engine.engine import Engine
from desktop.engine.loop_thread import LoopThread
from desktop.log_redaction import safe_text

if TYPE_CHECKING:  # imported on first use: the cache loads fastparquet and pandas
    from desktop.data.history_store import DatasetInfo
    from desktop.engine.history_jobs import HistorySource

T = TypeVar("T")


def _redact_message(exc: Exception) -> None:
    """Every error the UI receives is shown: its text goes through the log redaction (signed
    URLs, registered secrets) before it leaves the engine."""
    text = str(exc)
    clean = safe_text(exc)
    if clean != text:
        exc.args = (clean,)


class EngineClient(AlertCommands):
    def __init__(self, thread: LoopThread, engine: Engine) -> None:
        self._thread = thread
        self._engine = engine

    async def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run `fn(*args)` on the engine loop (awaiting it if it returns an awaitable)."""

        async def on_engine() -> Any:
            await self._engine.wait_started()
            try:
                result = fn(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
            except Exception as exc:
                _redact_message(exc)
                raise
            return result

        return await asyncio.wrap_future(self._thread.submit(on_engine()))

    def _on_engine(self, path: str) -> Callable[..., Any]:
        """`engine.<service>.<method>` looked up when it runs, on the engine thread, through
        `Engine.service`: the services load SQLAlchemy, keyring, fastparquet — work that must land
        neither on the UI thread (evaluating `self._engine.accounts.x` here would) nor on the
        engine's loop."""
        service, method = path.split(".")

        async def run(*args: Any, **kwargs: Any) -> Any:
            target = await self._engine.service(service)
            result = getattr(target, method)(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return result

        return run

    async def ui_ready(self) -> None:
        """The window's first frame is on screen: the engine may load its account services."""
        await self.call(self._engine.ui_ready)

    async def ui_settled(self) -> None:
        """The window is usable (its panels' first loads are in): the engine may load what
        no panel waits for at start (alert delivery, the bots with numba)."""
        await self.call(self._engine.ui_settled)

    async def venues(self) -> list[str]:
        return await self.call(self._engine.venues)

    async def markets(self) -> list[Market]:
        return await self.call(self._engine.markets)

    async def history(self, venue: str, symbol: str) -> Candles:
        return await self.call(self._engine.history, venue, symbol)

    async def last_tick(self, venue: str, symbol: str) -> Tick | None:
        return await self.call(self._engine.last_tick, venue, symbol)

    async def order_book(self, venue: str, symbol: str) -> OrderBook:
        return await self.call(self._engine.order_book, venue, symbol)

    async def recent_trades(self, venue: str, symbol: str) -> list[Trade]:
        """The newest public prints of a market data source, oldest first; later ones
        arrive as `TradeEvent`."""
        return await self.call(self._engine.recent_trades, venue, symbol)

    async def trades_follow(self, account_id: str, symbol: str) -> str:
        """Start the public prints of `symbol` on an exchange account (`TradeEvent`s stamped
        with the returned venue name, the account's label); PregaoError if it has none."""
        return await self.call(self._on_engine("public_trades.follow"), account_id, symbol)

    async def trades_unfollow(self, account_id: str, symbol: str) -> None:
        await self.call(self._on_engine("public_trades.unfollow"), account_id, symbol)

    async def open_replay(self, path: str, speed: float = 60.0, symbol: str = "") -> Market:
        return await self.call(self._engine.open_replay, path, speed, symbol)

    async def close_replay(self) -> None:
        await self.call(self._engine.close_replay)

    async def replay_control(self, command: str, value: float | None = None) -> None:
        await self.call(self._engine.replay_control, command, value)

    # -- backtests ---------------------------------------------------------------------------
    async def backtest_strategies(self) -> list[dict[str, Any]]:
        """Built-in and user strategies with declared parameters (broken files: `error`)."""
        return await self.call(self._engine.backtests.strategies)

    async def backtest_submit(self, request: BacktestRequest, job_id: str = "") -> str:
        """Start a backtest in a worker process; BacktestRequestError names a bad field."""
        return await self.call(self._engine.backtests.submit, request, job_id)

    async def backtest_cancel(self, job_id: str) -> bool:
        return await self.call(self._engine.backtests.cancel, job_id)

    async def backtest_warm_up(self) -> None:
        await self.call(self._engine.backtests.warm_up)

    async def backtest_runs(self) -> list[RunSummary]:
        return await self.call(self._engine.backtests.runs)

    async def backtest_load_run(self, run_id: str) -> BacktestRun:
        return await self.call(self._engine.backtests.load_run, run_id)

    async def backtest_delete_run(self, run_id: str) -> None:
        await self.call(self._engine.backtests.delete_run, run_id)

    # -- accounts ----------------------------------------------------------------------------
    # Errors: AccountFieldError (names the field), SecretStoreUnavailable (no usable keyring:
    # nothing was saved), VenueError subclasses with the exchange's sentence.
    async def accounts(self) -> list[AccountInfo]:
        return await self.call(self._on_engine("accounts.accounts"))

    async def account_exchanges(self) -> list[ExchangeInfo]:
        """Paper trading, then every ccxt exchange (name, sandbox, needs a passphrase)."""
        return await self.call(self._on_engine("accounts.exchanges"))

    async def account_add(self, draft: AccountDraft) -> AccountInfo:
        return await self.call(self._on_engine("accounts.add"), draft)

    async def account_edit(self, account_id: str, draft: AccountDraft) -> AccountInfo:
        """Empty credentials in `draft` keep the stored ones."""
        return await self.call(self._on_engine("accounts.edit"), account_id, draft)

    async def account_remove(self, account_id: str) -> None:
        """Deletes the row and the account's keyring entries."""
        await self.call(self._on_engine("accounts.remove"), account_id)

    async def account_test(self, draft: AccountDraft, account_id: str = "") -> list[Balance]:
        """Balances fetched with the draft's keys (stored ones where the draft has none)."""
        return await self.call(self._on_engine("accounts.test"), draft, account_id)

    async def database_recover(self, action: str, backup: str = "") -> list[AccountInfo]:
        """After a DatabaseProblemEvent: "retry", "fresh" (move the file aside and start a new
        database) or "restore" (move it aside, copy `backup` in). Nothing is deleted. Returns
        the accounts; raises the DatabaseProblem again (and it is published) if it remains."""
        return await self.call(self._on_engine("accounts.recover_database"), action, backup)

    async def account_connect(self, account_id: str) -> AccountInfo:
        return await self.call(self._on_engine("accounts.connect"), account_id)

    async def account_disconnect(self, account_id: str) -> None:
        await self.call(self._on_engine("accounts.disconnect_by_user"), account_id)

    async def account_reset(self, account_id: str) -> AccountInfo:
        """A paper account back to its starting balances: open orders canceled, orders,
        fills and positions cleared (an audit record of the reset stays in the database)."""
        return await self.call(self._on_engine("orders.reset_paper"), account_id)

    async def account_order_types(self, account_id: str = "",
                                  exchange: str = "") -> list[OrderTypeSupport]:
        """The order types an account (or an exchange, for an account not saved yet) can
        place, each with its `emulated` flag (the engine or the paper matching engine runs it
        on top of the exchange's own types)."""
        return await self.call(self._on_engine("accounts.order_types"), account_id, exchange)

    async def account_price_sources(self) -> list[PriceSourceInfo]:
        """What a paper account can take its prices from (demo, replay, live public data)."""
        return await self.call(self._on_engine("accounts.price_sources"))


    # -- candle history cache ----------------------------------------------------------------
    # Errors: PregaoError with a sentence; DataFileError (names the file's line) on import.
    async def history_sources(self) -> list[HistorySource]:
        """The demo market, connected exchange accounts, public data of known exchanges."""
        return await self.call(lambda: self._on_engine("history_cache.sources")())

    async def history_symbols(self, source_id: str) -> list[str]:
        return await self.call(lambda: self._on_engine("history_cache.symbols")(source_id))

    async def history_download(self, source_id: str, symbol: str, timeframe: str,
                               start_ms: int, end_ms: int | None = None,
                               job_id: str = "") -> str:
        """Start fetching what the cache lacks of [start_ms, end_ms) (None: up to now);
        progress, done and failure arrive as History*Event with the returned job id."""
        from desktop.engine.history_jobs import DownloadRequest

        request = DownloadRequest(source_id, symbol, timeframe, start_ms, end_ms)
        return await self.call(lambda: self._on_engine("history_cache.download")(request, job_id))

    async def history_cancel(self, job_id: str) -> bool:
        return await self.call(lambda: self._on_engine("history_cache.cancel")(job_id))

    async def history_datasets(self) -> list[DatasetInfo]:
        return await self.call(lambda: self._on_engine("history_cache.datasets")())

    async def history_delete(self, exchange: str, symbol: str, timeframe: str) -> bool:
        return await self.call(
            lambda: self._on_engine("history_cache.delete")(exchange, symbol, timeframe))

    async def history_import(self, path: str, exchange: str, symbol: str, timeframe: str,
                             replace: bool = False) -> DatasetInfo:
        """A CSV/Parquet file into the cache, whole or not at all."""
        return await self.call(lambda: self._on_engine("history_cache.import_file")(
            path, exchange, symbol, timeframe, replace))

    # -- parameter optimisation --------------------------------------------------------------
    # Progress: BacktestProgressEvent (message "loading", "sweep", "walk_forward" or
    # "monte_carlo"; done/total count parameter sets); then OptimiseDoneEvent, or
    # BacktestFailedEvent (an error, or canceled). Refused requests: BacktestRequestError.
    async def backtest_optimise_objectives(self) -> list[tuple[str, bool]]:
        """(metric, larger is better) for every metric a sweep can rank by."""
        return await self.call(self._engine.backtests.optimise.objectives)

    async def backtest_optimise_warm_up(self) -> None:
        await self.call(self._engine.backtests.optimise.warm_up)

    async def backtest_optimise(self, request: OptimiseRequest, job_id: str = "") -> str:
        """Start a sweep (and walk-forward / Monte Carlo) in a worker process."""
        return await self.call(self._engine.backtests.optimise.submit, request, job_id)

    async def backtest_optimise_cancel(self, job_id: str) -> bool:
        return await self.call(self._engine.backtests.optimise.cancel, job_id)

    async def backtest_optimise_result(self, job_id: str) -> OptimiseResult:
        return await self.call(self._engine.backtests.optimise.result, job_id)

    # -- trading (order_manager.py) ----------------------------------------------------------
    # Errors: InvalidOrder / InsufficientFunds with the sentence to show (nothing was sent),
    # the venue's refusal (journaled as rejected), PregaoError when the account is not
    # connected. Order, fill, position and balance changes arrive as OrderEvent, FillEvent,
    # PositionEvent and BalanceEvent.
    async def trade_place(self, account_id: str, request: OrderRequest,
                          resend_if_not_placed: bool = False) -> Order:
        """Validate, journal, send once. An order whose fate the exchange did not tell comes
        back PENDING with the reason, and is looked up until it is known."""
        return await self.call(self._on_engine("orders.place"), account_id, request,
                               resend_if_not_placed)

    async def trade_cancel(self, account_id: str, order_id: str) -> Order:
        """`order_id`: the venue's id or the client order id."""
        return await self.call(self._on_engine("orders.cancel"), account_id, order_id)

    async def trade_modify(self, account_id: str, order_id: str, price: float | None = None,
                           amount: float | None = None) -> Order:
        """A new price and/or amount still to fill; returns the replacement order."""
        modify = self._on_engine("orders.modify")
        return await self.call(modify, account_id, order_id, price, amount)

    async def trade_cancel_all(self, account_id: str, symbol: str | None = None) -> list[Order]:
        return await self.call(self._on_engine("orders.cancel_all"), account_id, symbol)

    async def trade_flatten(self, account_id: str, symbol: str) -> Order:
        return await self.call(self._on_engine("orders.flatten"), account_id, symbol)

    async def trade_reverse(self, account_id: str, symbol: str) -> Order:
        return await self.call(self._on_engine("orders.reverse"), account_id, symbol)

    async def trade_open_orders(self, account_id: str | None = None) -> list[Order]:
        return await self.call(self._on_engine("orders.open_orders"), account_id)

    async def trade_orders(self, account_id: str | None = None, limit: int = 500) -> list[Order]:
        return await self.call(self._on_engine("orders.orders"), account_id, limit)

    async def trade_fills(self, account_id: str | None = None, limit: int = 1000) -> list[Fill]:
        return await self.call(self._on_engine("orders.fills"), account_id, limit)

    async def trade_positions(self, account_id: str | None = None) -> list[Position]:
        return await self.call(self._on_engine("orders.positions"), account_id)

    async def trade_balances(self, account_id: str | None = None) -> list[Balance]:
        return await self.call(self._on_engine("orders.balances"), account_id)

    async def trade_markets(self, account_id: str) -> list[Market]:
        return await self.call(self._on_engine("orders.markets"), account_id)

    async def trade_margin_settings(self, account_id: str, symbol: str
                                    ) -> tuple[float, MarginMode]:
        """(leverage, margin mode) of a margined symbol (a linear perpetual) on the account."""
        return await self.call(self._on_engine("orders.margin_settings"), account_id, symbol)

    async def trade_set_leverage(self, account_id: str, symbol: str, leverage: float) -> None:
        """InvalidOrder (or the exchange's refusal) with the sentence when it is not allowed."""
        await self.call(self._on_engine("orders.set_leverage"), account_id, symbol, leverage)

    async def trade_set_margin_mode(self, account_id: str, symbol: str,
                                    mode: MarginMode) -> None:
        await self.call(self._on_engine("orders.set_margin_mode"), account_id, symbol, mode)

    async def trade_order_types(self, account_id: str) -> list[OrderTypeSupport]:
        return await self.call(self._on_engine("accounts.order_types"), account_id, "")

    # -- risk analytics (desktop/risk/book_service.py) ---------------------------------------
    async def risk_report(self, account_id: str, window_days: int = 30,
                          level: float = 0.99) -> RiskBook:
        """The account's book as the risk heatmap shows it: exposure, VaR and its components,
        volatility, beta, drawdown, today's P&L per held asset; the clustered correlation
        of log-returns over `window_days` (1, 7, 30 or 90); stress scenarios. Computed on a
        worker thread of the engine; a second caller within a second gets the same result.
        PregaoError when the account is not connected."""
        return await self.call(self._on_engine("risk_book.report"), account_id, window_days,
                               level)

    # -- risk (risk_service.py) --------------------------------------------------------------
    # Every order path above passes the risk guard: a refusal raises RiskRejected (`code` and
    # a sentence), is journaled as rejected and published as a RiskEvent. State changes arrive
    # as TradingStateEvent. Account "" is the global default for limits and rules.
    async def risk_limits(self, account_id: str) -> RiskLimits:
        """The limits in force for the account (its own, else the global default)."""
        return await self.call(self._on_engine("risk.limits"), account_id)

    async def risk_has_own_limits(self, account_id: str) -> bool:
        return await self.call(self._on_engine("risk.has_own_limits"), account_id)

    async def risk_set_limits(self, account_id: str, limits: RiskLimits | None) -> None:
        """Store the account's limits ("" = the global default); None: the account follows
        the default again. RiskLimitError names a field that cannot be used."""
        await self.call(self._on_engine("risk.set_limits"), account_id, limits)

    async def risk_usage(self, account_id: str) -> list[LimitUsage]:
        """Used / allowed of every limit that is on (the gauges)."""
        return await self.call(self._on_engine("risk.usage"), account_id)

    async def risk_status(self, account_id: str) -> RiskStatus:
        return await self.call(self._on_engine("risk.status"), account_id)

    async def risk_statuses(self) -> list[RiskStatus]:
        """Every account that is not ACTIVE."""
        return await self.call(self._on_engine("risk.statuses"))

    async def risk_resume(self, account_id: str) -> RiskStatus:
        return await self.call(self._on_engine("risk.resume"), account_id)

    async def risk_set_state(self, account_id: str, state: TradingState,
                             reason: str = "") -> RiskStatus:
        """REDUCING or HALTED until resumed (ACTIVE resumes)."""
        return await self.call(self._on_engine("risk.set_state"), account_id, state, reason)

    async def risk_kill_switch(self, account_ids: list[str] | None = None) -> KillSwitchReport:
        """Cancel every open order and flatten every position of the accounts (None: every
        connected account), then set them HALTED; per order and position what is done."""
        return await self.call(self._on_engine("risk.kill_switch"), account_ids)

    async def risk_size(self, account_id: str, symbol: str, side: Side, mode: str,
                        value: float, price: float | None = None,
                        stop: float | None = None) -> float:
        """Units for a new position sized like the backtester sizes one: "all", "pct" (% of
        equity), "fixed" (units), "risk" (% of equity lost at `stop`), "vol" (annualised
        volatility target, %), "kelly" (× the Kelly fraction of the account's trades).
        InvalidOrder says why a size cannot be given."""
        return await self.call(self._on_engine("risk.size"), account_id, symbol, side, mode,
                               value, price, stop)

    async def risk_rules(self, account_id: str) -> PositionRules:
        return await self.call(self._on_engine("risk.rules"), account_id)

    async def risk_set_rules(self, account_id: str, rules: PositionRules | None) -> None:
        await self.call(self._on_engine("risk.set_rules"), account_id, rules)

    # -- strategy bots (desktop/engine/bots) -------------------------------------------------
    # Errors: PregaoError with the sentence to show (unknown strategy or parameter, account
    # or symbol; a command that does not fit the bot's state). Changes arrive as BotEvent
    # (state, last signal, positions, P&L, trades), BotLogEvent and BotRemovedEvent.
    async def bot_list(self) -> list[BotInfo]:
        return await self.call(self._on_engine("bots.list"))

    async def bot_create(self, spec: BotSpec) -> BotInfo:
        """Check and store a new bot, stopped (its parameters resolved to their types)."""
        return await self.call(self._on_engine("bots.create"), spec)

    async def bot_start(self, bot_id: str) -> BotInfo:
        """Warm up and run a stopped bot, or take entries again after `bot_pause_entries`."""
        return await self.call(self._on_engine("bots.start_bot"), bot_id)

    async def bot_pause_entries(self, bot_id: str) -> BotInfo:
        """No new entries; exits, stops and targets are still managed."""
        return await self.call(self._on_engine("bots.pause_entries"), bot_id)

    async def bot_stop(self, bot_id: str, flatten: bool = False) -> BotInfo:
        """Stop deciding; `flatten` also cancels its orders and closes its positions."""
        return await self.call(self._on_engine("bots.stop_bot"), bot_id, flatten)

    async def bot_edit(self, bot_id: str, params: dict[str, Any]) -> BotInfo:
        """New parameters (a running bot warms up again with them)."""
        return await self.call(self._on_engine("bots.edit"), bot_id, params)

    async def bot_duplicate(self, bot_id: str) -> BotInfo:
        return await self.call(self._on_engine("bots.duplicate"), bot_id)

    async def bot_delete(self, bot_id: str) -> None:
        """Only a stopped bot with no position and no working orders."""
        await self.call(self._on_engine("bots.delete"), bot_id)

    async def bot_orders(self, bot_id: str) -> list[Order]:
        """Every order the bot placed (OCO/bracket legs included), oldest first."""
        return await self.call(self._on_engine("bots.bot_orders"), bot_id)

    async def bot_fills(self, bot_id: str) -> list[Fill]:
        """The fills of the bot's orders in time order (its trades, e.g. for the chart)."""
        return await self.call(self._on_engine("bots.bot_fills"), bot_id)

    async def bot_log(self, bot_id: str) -> list[str]:
        """Its log, oldest line first (errors with their traceback)."""
        return await self.call(self._on_engine("bots.bot_log"), bot_id)

    # -- reports (report_jobs.py) -----------------------------------------------------------
    async def report_backtest(self, request: BacktestRequest, targets: ReportTargets,
                              job_id: str = "", kind: str = "backtest",
                              extra_params: dict[str, Any] | None = None) -> list[str]:
        """Excel/PDF report of a backtest request (a stored run's, or an optimisation set's);
        ReportProgressEvents on the way; returns the files written."""
        return await self.call(self._on_engine("reports.backtest"), request, targets, job_id,
                               kind, extra_params)

    async def report_account(self, account_id: str, start_ms: int, end_ms: int,
                             targets: ReportTargets, job_id: str = "") -> list[str]:
        return await self.call(self._on_engine("reports.account"), account_id, start_ms,
                               end_ms, targets, job_id)

    async def report_bot(self, bot_id: str, start_ms: int, end_ms: int,
                         targets: ReportTargets, job_id: str = "") -> list[str]:
        return await self.call(self._on_engine("reports.bot"), bot_id, start_ms, end_ms,
                               targets, job_id)

    async def performance(self, scope: str, start_ms: int,
                          end_ms: int | None = None) -> PerformanceView:
        """The performance dock's figures of "account:<id>" or "bot:<id>" since `start_ms`."""
        return await self.call(self._on_engine("reports.performance"), scope, start_ms, end_ms)

    # -- machine learning (ml_jobs.py) -------------------------------------------------------
    # Events: BacktestProgressEvent / BacktestFailedEvent (by job id), MlTrainDoneEvent,
    # ModelDriftEvent.
    async def ml_features(self) -> list[str]:
        """Every feature a model can be trained on."""
        return await self.call(self._on_engine("ml.features"))

    async def ml_warm_up(self) -> None:
        """Start the training worker now (it imports scikit-learn)."""
        await self.call(self._on_engine("ml.warm_up"))

    async def ml_train(self, request: MlTrainRequest, job_id: str = "") -> str:
        """Train and validate in a worker process; BacktestRequestError names a bad field."""
        return await self.call(self._on_engine("ml.submit"), request, job_id)

    async def ml_cancel(self, job_id: str) -> bool:
        return await self.call(self._on_engine("ml.cancel"), job_id)

    async def ml_result(self, job_id: str) -> MlTrainResult:
        return await self.call(self._on_engine("ml.result"), job_id)

    async def ml_save(self, job_id: str, name: str) -> SavedModel:
        """Save a trained model with its card in the models folder."""
        return await self.call(self._on_engine("ml.save"), job_id, name)

    async def ml_models(self) -> list[SavedModel]:
        return await self.call(self._on_engine("ml.models"))

    async def ml_drift(self, name: str, venue: str, symbol: str, timeframe: str
                       ) -> DriftReport:
        """A saved model's features on the market's latest candles against its training
        window; a ModelDriftEvent when some drifted."""
        return await self.call(self._on_engine("ml.drift"), name, venue, symbol, timeframe)

    async def ml_regimes(self, venue: str, symbol: str, timeframe: str) -> RegimeView:
        """Every candle's market regime (past-only Gaussian mixture over volatility and
        trend), the current one and per-regime statistics."""
        return await self.call(self._on_engine("ml.regimes"), venue, symbol, timeframe)

    async def ml_current_regimes(self, venue: str, symbols: list[str], timeframe: str,
                                 ) -> list[RegimeView]:
        return await self.call(self._on_engine("ml.current_regimes"), venue, symbols,
                               timeframe)


__all__ = [
    "AlertRule",
    "BacktestRequest",
    "BacktestRequestError",
    "BacktestRun",
    "BotInfo",
    "BotSpec",
    "EngineClient",
    "MonteCarloSummary",
    "OptimiseRequest",
    "OptimiseResult",
    "OptimiseRow",
    "RunSummary",
    "TriggerRecord",
    "WalkForwardSummary",
    "WalkForwardWindowResult",
]
