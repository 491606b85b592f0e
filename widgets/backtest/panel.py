"""The backtest runner dock: set up, run in a worker process, read results, compare runs."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import Market, PregaoError
from desktop.core.events import BacktestDoneEvent, BacktestFailedEvent, BacktestProgressEvent
from desktop.engine.client import BacktestRequestError, BacktestRun
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from desktop.shell.panel import Panel
from widgets.backtest.optimize_view import OptimiseView
from widgets.backtest.results_view import CompareView, ResultsView
from widgets.backtest.runs_view import RunsView
from widgets.backtest.setup_form import SetupForm

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

    @classmethod
    def display_name(cls) -> str:
        return _t("Backtest")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        self._config = dict(config or {})
        self.restored = bool(config)  # from a saved layout, not opened afresh
        self.job_id = ""
        self._job_started = 0.0
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
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status = QLabel(_t("Ready"))
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
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
        self.tabs.currentChanged.connect(self._on_tab)
        self._optimiser_warmed = False
        self._build_layout()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self.subscribe(BacktestProgressEvent, self._on_progress)
        self.subscribe(BacktestDoneEvent, self._on_done)
        self.subscribe(BacktestFailedEvent, self._on_failed)
        self.setup.apply_config(self._config)
        self._loaded = asyncio.Event()
        ctx.spawn(self._load(), _t("Backtest"))

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 6, 6)
        lv.addWidget(self.setup, 1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As narrow as the form allows (never clipped): the results need the room.
        width = left.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(width + 4)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 6)
        sv.addWidget(scroll, 1)
        controls = QVBoxLayout()
        controls.setContentsMargins(6, 0, 6, 0)
        controls.addLayout(buttons)
        controls.addWidget(self.progress)
        controls.addWidget(self.status)
        controls.addWidget(self.error)
        sv.addLayout(controls)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(side)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([width + 4, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # -- state -------------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return self.setup.config()

    def apply_theme(self, dark: bool) -> None:
        self.results.set_theme(dark)
        self.compare.set_theme(dark)
        self.runs.model.dark = dark
        self.optimise.set_theme(dark)
        for table in (
            self.results.metrics,
            self.results.trades,
            self.compare.metrics,
            self.runs.table,
        ):
            table.viewport().update()  # gains/losses are coloured by the theme

    def shutdown(self) -> None:
        # A running job goes on in the engine and is stored; this view just stops watching.
        self._ticker.stop()
        self.optimise.stop()
        super().shutdown()

    @property
    def running(self) -> bool:
        return bool(self.job_id)

    def show_optimise(self) -> OptimiseView:
        self.tabs.setCurrentWidget(self.optimise)
        return self.optimise

    def _on_tab(self, _index: int) -> None:
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
    def _update_run_button(self) -> None:
        self.run_button.setEnabled(not self.running and self._loaded.is_set())

    def run(self) -> None:
        if self.running:
            return
        errors = self.setup.local_errors()
        self.setup.show_errors(errors)
        if errors:
            self._show_error(_t("Fix the fields marked in red first."))
            return
        self._show_error("")
        request = self.setup.request()
        self.job_id = uuid.uuid4().hex
        self._job_started = time.monotonic()
        self._set_running(True)
        self.progress.setRange(0, 0)
        self.status.setProperty("stage", "loading")
        self.status.setText(_stage_text("loading"))
        self.ctx.spawn(self._submit(request, self.job_id), _t("Run backtest"))

    async def _submit(self, request, job_id: str) -> None:
        try:
            await self.ctx.client.backtest_submit(request, job_id)
        except BacktestRequestError as exc:
            if job_id != self.job_id:
                return
            self._finish()
            self.setup.show_errors({exc.field: str(exc)} if exc.field else {})
            self._show_error(str(exc))
            self.status.setText(_t("Not started"))
        except PregaoError as exc:
            if job_id == self.job_id:
                self._finish()
                self._show_error(str(exc))

    def cancel(self) -> None:
        """Hand control back now; the engine ends the job (stopping its worker) meanwhile."""
        if not self.running:
            return
        job_id = self.job_id
        self._finish()
        self.status.setText(_t("Canceled"))
        self.ctx.spawn(self.ctx.client.backtest_cancel(job_id), _t("Cancel backtest"))

    def _finish(self) -> None:
        self.job_id = ""
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self._update_run_button()

    def _tick(self) -> None:
        if self.running:
            elapsed = time.monotonic() - self._job_started
            stage = self.status.property("stage") or "loading"
            self.status.setText(f"{_stage_text(stage)} {elapsed:.1f} s")

    def _on_progress(self, event: BacktestProgressEvent) -> None:
        if event.job_id != self.job_id:
            return
        self.status.setProperty("stage", event.message)
        # One worker call has no inner progress: a busy bar while it computes.
        self.progress.setRange(0, 0)
        self._tick()

    def _on_done(self, event: BacktestDoneEvent) -> None:
        mine = event.job_id == self.job_id
        if mine:
            elapsed = time.monotonic() - self._job_started
            self._finish()
            self.status.setText(_t("Finished in {0} s").format(f"{elapsed:.1f}"))
            self.open_run(event.run_id)
        self.ctx.spawn(self.refresh_runs(), _t("Backtest runs"))

    def _on_failed(self, event: BacktestFailedEvent) -> None:
        if event.job_id != self.job_id:
            return
        self._finish()
        if event.canceled:
            self.status.setText(_t("Canceled"))
        else:
            self.status.setText(_t("Failed"))
            self._show_error(event.message)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

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
        """Move the focused chart (opening one if needed) to the trade and mark it."""
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
        chart = self.ctx.active_chart
        if chart is None or (getattr(chart, "venue", ""), getattr(chart, "symbol", "")) != (
            venue,
            symbol,
        ):
            self.ctx.symbolActivated.emit(venue, symbol)  # the chart family opens/moves one
            chart = self.ctx.active_chart
        if chart is None:
            self.ctx.statusMessage.emit(_t("Open a chart to see the trade"), 4000)
            return
        chart.set_timeframe(request.timeframe)
        dock = chart.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()  # it may be a tab behind this dock
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


def _place_new_dock(docks: DockManager) -> None:
    """A freshly opened backtest dock becomes a tab beside the chart: it needs the room, and
    a double-clicked trade then raises the chart in the same place. A dock restored from a
    layout (it comes with a config) is left where Qt puts it back."""
    dock = docks.dock("backtest")
    if dock is None or dock.property("placed"):
        return
    dock.setProperty("placed", True)
    panel = dock.widget()
    if not isinstance(panel, BacktestPanel) or panel.restored:
        return
    charts = [d for d in docks.docks() if getattr(d.widget(), "panel_type", "") == "chart"]
    window = dock.parentWidget()
    if charts and hasattr(window, "tabifyDockWidget"):
        window.tabifyDockWidget(charts[0], dock)
        dock.show()
        dock.raise_()


def install_backtest_commands(ctx: AppContext, docks: DockManager) -> None:
    docks.docksChanged.connect(lambda: _place_new_dock(docks))

    def panel() -> BacktestPanel:
        dock = docks.open_panel("backtest")
        dock.show()
        dock.raise_()
        return dock.widget()

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
