"""The backtest runner dock: set up, run in a worker process, read results, compare runs."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QPushButton, QTabWidget, QToolButton

from desktop.core import Market
from desktop.core.backtests import BacktestRequestError, BacktestRun
from desktop.core.events import BacktestDoneEvent
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from widgets.backtest.job_progress import JobProgress
from widgets.backtest.ml_view import MlView
from widgets.backtest.optimize_view import OptimiseView
from widgets.backtest.results_view import CompareView, ResultsView
from widgets.backtest.runs_view import RunsView
from widgets.backtest.setup_form import SetupForm
from widgets.backtest.side_layout import settings_beside, settings_scroll
from widgets.chart_panel import BACKTEST_CHART

CHART_WAIT_S = 5.0  # how long a double-clicked trade waits for the chart's history


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestPanel", text)


def _stage_text(stage: str) -> str:
    return {
        "loading": _t("Gathering candles…"),
        "running": _t("Running in a worker process…"),
    }.get(stage, stage)


class BacktestPanel(Panel):
    panel_type = "backtest"
    icon_name = "backtest"
    multi_instance = False
    opens_beside_chart = True  # its optimiser needs ~1300 px: never over the chart

    @classmethod
    def display_name(cls) -> str:
        return _t("Backtest")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        self._config = dict(config or {})
        self.restored = bool(config)  # from a saved layout, not opened afresh
        self._markets: list[Market] = []
        self.setup = SetupForm()
        self.setup.changed.connect(self._update_run_button)
        self.run_button = QPushButton(icon("play"), _t("Run"))
        self.run_button.setToolTip(_t("Backtest the chosen strategy in a worker process"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(icon("stop"), _t("Cancel"))
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.job = JobProgress(
            self.subscribe,
            _stage_text,
            lambda job_id: ctx.spawn(ctx.client.backtest_cancel(job_id), _t("Cancel backtest")),
            counted=False,  # one worker call: no inner progress to count
            parent=self,
        )
        self.job.runningChanged.connect(self._update_run_button)
        self.status, self.error = self.job.status, self.job.error
        self.results = ResultsView()
        self.results.tradeActivated.connect(self.show_trade_on_chart)
        self.runs = RunsView()
        self.runs.openRequested.connect(self.open_run)
        self.runs.compareRequested.connect(self.compare_runs)
        self.runs.deleteRequested.connect(self.delete_runs)
        self.compare = CompareView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.results, icon("chart"), _t("Results"))
        self.tabs.addTab(self.runs, icon("open"), _t("Runs"))
        self.tabs.addTab(self.compare, icon("compare"), _t("Compare"))
        self.optimise = OptimiseView(ctx, self.setup, self.subscribe, self.run)
        self.tabs.addTab(self.optimise, icon("indicator"), _t("Optimise"))
        self.ml = MlView(ctx, self.setup, self.subscribe, self.run)
        self.tabs.addTab(self.ml, icon("step"), _t("Machine learning"))
        self._ml_loaded = False
        self.tabs.currentChanged.connect(self._on_tab)
        self._optimiser_warmed = False
        self._build_layout()
        self._offer_bot_commands()
        self.subscribe(BacktestDoneEvent, self._on_done)
        self.setup.apply_config(self._config)
        self._loaded = asyncio.Event()
        ctx.spawn(self._load(), _t("Backtest"))

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        controls = self.job.controls(buttons)
        settings_beside(self, settings_scroll(self.setup), controls, self.tabs, 900)

    def _offer_bot_commands(self) -> None:
        """"Run as a bot" (the Bots dock's commands) and "Export report…" (the report
        commands) beside a result and a parameter set."""
        for command_id, row in (("bots.from_backtest", self.results.header),
                                ("bots.from_optimisation", self.optimise.header),
                                ("reports.export_backtest", self.results.header),
                                ("reports.export_optimisation", self.optimise.header)):
            try:
                action = self.ctx.actions.action(command_id)
            except KeyError:  # a window without the Bots dock or the report commands
                continue
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    # -- state -------------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return self.setup.config()

    def apply_theme(self, dark: bool) -> None:
        self.results.set_theme(dark)
        self.compare.set_theme(dark)
        self.runs.model.dark = dark
        self.optimise.set_theme(dark)
        self.ml.set_theme(dark)
        for table in (
            self.results.metrics,
            self.results.trades,
            self.compare.metrics,
            self.runs.table,
        ):
            table.viewport().update()  # gains/losses are coloured by the theme

    def shutdown(self) -> None:
        # A running job goes on in the engine and is stored; this view just stops watching.
        self.job.stop()
        self.optimise.stop()
        self.ml.stop()
        super().shutdown()

    @property
    def running(self) -> bool:
        return self.job.running

    def show_optimise(self) -> OptimiseView:
        self.tabs.setCurrentWidget(self.optimise)
        return self.optimise

    def show_ml(self) -> MlView:
        self.tabs.setCurrentWidget(self.ml)
        return self.ml

    def _on_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.ml and not self._ml_loaded:
            self._ml_loaded = True  # scikit-learn loads in the ML worker only from here on
            self.ctx.spawn(self.ml.load(), _t("Machine learning"))
        # The sweep's worker process starts (and imports the backtester) while the user
        # sets the ranges, so the first sweep does not wait for it.
        if self.tabs.currentWidget() is self.optimise and not self._optimiser_warmed:
            self._optimiser_warmed = True
            self.ctx.spawn(self.ctx.client.backtest_optimise_warm_up(), _t("Optimise"))

    # -- loading -----------------------------------------------------------------------------
    async def _load(self) -> None:
        try:
            await self.ctx.client.backtest_warm_up()
            listing, markets = await asyncio.gather(
                self.ctx.client.backtest_strategies(), self.ctx.client.markets()
            )
            self._markets = markets
            self.setup.set_markets(markets, self._config.get("symbols"))
            self.setup.set_strategies(listing, self._config.get("strategy", "sma_cross"))
            if self._config.get("params"):
                self.setup.params.set_values(self._config["params"])
            await self._update_range()
            await self.refresh_runs()
            self.optimise.set_ready(await self.ctx.client.backtest_optimise_objectives())
        finally:
            self._loaded.set()
            self._update_run_button()

    async def wait_loaded(self) -> None:
        await self._loaded.wait()

    async def _update_range(self) -> None:
        """Offer the dates the first ticked symbol has history for."""
        markets = self.setup.checked_markets()
        if not markets:
            return
        candles = await self.ctx.client.history(*markets[0])
        if len(candles):
            self.setup.set_range(int(candles.ts[0]), int(candles.ts[-1]) + 60_000)

    def reload_strategies(self) -> None:
        async def reload() -> None:
            listing = await self.ctx.client.backtest_strategies()
            self.setup.set_strategies(listing)
            self._update_run_button()
            self.status.setText(_t("Strategies reloaded"))

        self.ctx.spawn(reload(), _t("Reload strategies"))

    async def refresh_runs(self) -> None:
        self.runs.set_runs(await self.ctx.client.backtest_runs())

    # -- running -----------------------------------------------------------------------------
    def _update_run_button(self, *_args) -> None:
        self.run_button.setEnabled(not self.running and self._loaded.is_set())
        self.cancel_button.setEnabled(self.running)

    def run(self) -> None:
        if self.running:
            return
        errors = self.setup.local_errors()
        self.setup.show_errors(errors)
        if errors:
            self.job.show_error(_t("Fix the fields marked in red first."))
            return
        self.job.show_error("")
        request = self.setup.request()
        job_id = self.job.start()
        call = self.ctx.client.backtest_submit(request, job_id)
        self.ctx.spawn(self.job.submit(call, self._refused), _t("Run backtest"))

    def _refused(self, exc: BacktestRequestError) -> None:
        self.setup.show_errors({exc.field: tr_message(exc)} if exc.field else {})
        self.status.setText(_t("Not started"))

    def cancel(self) -> None:
        self.job.cancel()

    def _on_done(self, event: BacktestDoneEvent) -> None:
        if event.job_id == self.job.job_id:
            self.job.succeeded(self.job.elapsed())
            self.open_run(event.run_id)
        self.ctx.spawn(self.refresh_runs(), _t("Backtest runs"))

    # -- runs --------------------------------------------------------------------------------
    def open_run(self, run_id: str) -> None:
        async def show() -> None:
            run = await self.ctx.client.backtest_load_run(run_id)
            self.results.show_run(run)
            self.tabs.setCurrentWidget(self.results)

        self.ctx.spawn(show(), _t("Open run"))

    def compare_runs(self, run_ids: list[str]) -> None:
        async def show() -> None:
            runs = [await self.ctx.client.backtest_load_run(i) for i in run_ids[:2]]
            self.compare.show_runs(runs)
            self.tabs.setCurrentWidget(self.compare)

        self.ctx.spawn(show(), _t("Compare runs"))

    def compare_selected(self) -> None:
        ids = self.runs.selected_ids()
        if len(ids) != 2:
            self.tabs.setCurrentWidget(self.runs)
            self.ctx.statusMessage.emit(_t("Select exactly two runs to compare"), 4000)
            return
        self.compare_runs(ids)

    def delete_runs(self, run_ids: list[str]) -> None:
        async def delete() -> None:
            for run_id in run_ids:
                await self.ctx.client.backtest_delete_run(run_id)
            await self.refresh_runs()

        self.ctx.spawn(delete(), _t("Delete runs"))

    # -- to the chart ------------------------------------------------------------------------
    def show_trade_on_chart(self, trade: dict[str, Any], run: BacktestRun) -> None:
        """Show the trade in the backtest's own chart (opened beside this dock the first time):
        the trader's live charts keep their symbol, timeframe and view."""
        request = run.summary.request
        symbol = trade["symbol"]
        venues = [m.venue for m in self._markets if m.symbol == symbol]
        venue = request.venue if request.venue in venues and not request.data_file else ""
        venue = venue or (venues[0] if venues else "")
        if not venue:
            self.ctx.statusMessage.emit(
                _t("{0} is not an open market; open its file in Replay to chart it").format(symbol),
                6000,
            )
            return
        docks: DockManager | None = getattr(self.window(), "docks", None)
        if docks is None:
            self.ctx.statusMessage.emit(_t("Open a chart to see the trade"), 4000)
            return
        chart_dock = docks.dock(BACKTEST_CHART)
        config = {"venue": venue, "symbol": symbol, "timeframe": request.timeframe}
        if chart_dock is None:
            chart_dock = docks.open_panel("chart", config, name=BACKTEST_CHART)
            own = self.parentWidget()
            window = self.window()
            if isinstance(own, QDockWidget) and hasattr(window, "tabifyDockWidget"):
                window.tabifyDockWidget(own, chart_dock)  # beside this dock, not over a chart
        chart_dock.show()
        chart_dock.raise_()  # it may be a tab behind this dock
        chart = chart_dock.widget()
        if (chart.venue, chart.symbol) != (venue, symbol):
            chart.set_symbol(venue, symbol)
        chart.set_timeframe(request.timeframe)
        self._mark_trade(chart, trade, time.monotonic() + CHART_WAIT_S)

    def _mark_trade(self, chart: Any, trade: dict[str, Any], deadline: float) -> None:
        try:
            loaded = getattr(chart, "_history_loaded", True)
        except RuntimeError:
            return  # the chart was closed meanwhile
        if not loaded and time.monotonic() < deadline:
            # Its history is still on the way from the engine: look again shortly.
            QTimer.singleShot(20, lambda: self._mark_trade(chart, trade, deadline))
            return
        long = trade["side"] == "long"
        view = chart.chart
        view.clear_markers()
        view.add_markers(
            [
                (trade["entry_ms"], trade["entry_price"], "buy" if long else "sell"),
                (trade["exit_ms"], trade["exit_price"], "sell" if long else "buy"),
            ]
        )
        view.show_range(trade["entry_ms"], trade["exit_ms"])


def install_backtest_commands(ctx: AppContext, docks: DockManager) -> None:
    def panel() -> BacktestPanel:
        return docks.show_panel("backtest")

    reg = ctx.actions.register
    reg(
        "backtest.run",
        _t("Run backtest"),
        lambda: panel().run(),
        shortcut="Ctrl+Shift+B",
        icon_name="play",
        tooltip=_t("Backtest the chosen strategy in a worker process"),
    )
    reg(
        "backtest.cancel",
        _t("Cancel backtest"),
        lambda: panel().cancel(),
        shortcut="Ctrl+Shift+X",
        icon_name="stop",
        tooltip=_t("Stop the running backtest at once"),
    )
    reg(
        "backtest.compare",
        _t("Compare backtest runs"),
        lambda: panel().compare_selected(),
        shortcut="Ctrl+Alt+C",
        icon_name="compare",
        tooltip=_t("Compare the two runs selected in the backtest run list"),
    )
    reg(
        "backtest.reset_params",
        _t("Reset strategy parameters"),
        lambda: panel().setup.params.reset_defaults(),
        shortcut="Ctrl+Alt+D",
        icon_name="reset",
        tooltip=_t("Set the backtest strategy's parameters back to their defaults"),
    )
    reg(
        "backtest.reload_strategies",
        _t("Reload strategies"),
        lambda: panel().reload_strategies(),
        shortcut="Ctrl+Alt+U",
        icon_name="reload",
        tooltip=_t("Read the strategies folder again (new, changed or fixed files)"),
    )
    reg(
        "backtest.optimise",
        _t("Optimise strategy parameters"),
        lambda: panel().show_optimise().run(),
        shortcut="Ctrl+Alt+O",
        icon_name="indicator",
        tooltip=_t("Sweep the backtest strategy's parameters (grid or random search)"),
    )
    reg(
        "backtest.cancel_optimise",
        _t("Cancel optimisation"),
        lambda: panel().optimise.cancel(),
        shortcut="Ctrl+Alt+Shift+O",
        icon_name="stop",
        tooltip=_t("Stop the running parameter optimisation at once"),
    )
    reg(
        "backtest.run_set",
        _t("Backtest the selected parameter set"),
        lambda: panel().show_optimise().run_selected_set(),
        shortcut="Ctrl+Alt+T",
        icon_name="play",
        tooltip=_t("Put the parameter set selected in the optimisation results in the form "
                   "and backtest it"),
    )
    reg(
        "backtest.train_model",
        _t("Train a machine-learning model"),
        lambda: panel().show_ml().run(),
        shortcut="Ctrl+Alt+J",
        icon_name="step",
        tooltip=_t("Train and validate the classifier set up in the backtest dock's Machine "
                   "learning view"),
    )
    reg(
        "backtest.cancel_training",
        _t("Cancel model training"),
        lambda: panel().ml.cancel(),
        shortcut="Ctrl+Alt+Shift+Q",
        icon_name="stop",
        tooltip=_t("Stop the running model training at once"),
    )
