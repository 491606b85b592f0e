"""The Optimise view of the backtest dock: the sweep's own settings beside its results.

The strategy, market, dates, costs and sizing come from the dock's setup form. The sweep
runs in the engine's optimisation worker process; this view only sends the request, shows
progress and reads the result back as plain data.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
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

from desktop.core import PregaoError
from desktop.core.events import BacktestFailedEvent, BacktestProgressEvent, OptimiseDoneEvent
from desktop.engine.client import (
    BacktestRequestError,
    OptimiseRequest,
    OptimiseResult,
    OptimiseRow,
)
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from widgets.backtest.formatting import format_metric, metric_label
from widgets.backtest.optimize_analyses import MonteCarloView, WalkForwardView
from widgets.backtest.optimize_heatmap import HeatmapView
from widgets.backtest.optimize_setup import OptimiseSetup
from widgets.backtest.optimize_tables import (
    ERROR,
    INVALID,
    OK,
    REJECTED,
    SweepModel,
    params_text,
)
from widgets.backtest.results_view import sorted_view
from widgets.backtest.setup_form import SetupForm
from widgets.common.table import DataTableView

#: Fields of a refused request that belong to this view (the rest are the setup form's).
OWN_FIELDS = ("objective", "ranges", "random", "constraints", "walk_forward", "monte_carlo")


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestOptimise", text)


def _stage_text(stage: str) -> str:
    return {
        "loading": _t("Gathering candles…"),
        "sweep": _t("Sweeping parameter sets"),
        "walk_forward": _t("Walk-forward windows"),
        "monte_carlo": _t("Monte Carlo"),
    }.get(stage, stage)


class OptimiseView(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        setup: SetupForm,
        subscribe: Callable[[type, Callable[[Any], None]], None],
        run_backtest: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup = setup
        self._run_backtest = run_backtest
        self.job_id = ""
        self.result: OptimiseResult | None = None
        self._started = 0.0
        self._stage = "loading"
        self._counts = (0, 0)
        self._strategy = ""
        self._ready = False
        self.form = OptimiseSetup()
        self.optimise_button = QPushButton(icon("play"), _t("Optimise"))
        self.optimise_button.setToolTip(
            _t("Sweep the strategy's parameters in a worker process")
        )
        self.optimise_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(icon("stop"), _t("Cancel"))
        self.cancel_button.setToolTip(_t("Stop the running optimisation at once"))
        self.cancel_button.setEnabled(False)
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
        self.sets_model = SweepModel()
        self.sets_proxy = sorted_view(self.sets_model)
        self.table = DataTableView()
        self.table.setModel(self.sets_proxy)
        self.table.setToolTip(_t("Double-click a set to backtest it"))
        self.table.doubleClicked.connect(lambda _i: self.run_selected_set())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.run_set_button = QPushButton(icon("play"), _t("Run this set"))
        self.run_set_button.setToolTip(
            _t("Put the selected set's parameters in the form and backtest them")
        )
        self.run_set_button.setEnabled(False)
        self.run_set_button.clicked.connect(self.run_selected_set)
        self.summary = QLabel(_t("No optimisation yet: choose the ranges and press Optimise."))
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.heatmap = HeatmapView()
        self.walk_forward = WalkForwardView()
        self.monte_carlo = MonteCarloView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._sets_page(), icon("open"), _t("Parameter sets"))
        self.tabs.addTab(self.heatmap, icon("palette"), _t("Heatmap"))
        self.tabs.addTab(self.walk_forward, icon("step"), _t("Walk-forward"))
        self.tabs.addTab(self.monte_carlo, icon("chart"), _t("Monte Carlo"))
        self._build_layout()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        subscribe(BacktestProgressEvent, self._on_progress)
        subscribe(OptimiseDoneEvent, self._on_done)
        subscribe(BacktestFailedEvent, self._on_failed)
        setup.changed.connect(self._follow_strategy)
        self._update_buttons()

    def _sets_page(self) -> QWidget:
        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.run_set_button, 0, Qt.AlignmentFlag.AlignTop)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 4, 0, 0)
        v.addLayout(top)
        v.addWidget(self.table, 1)
        return page

    def _build_layout(self) -> None:
        inner = QWidget()
        iv = QVBoxLayout(inner)
        iv.setContentsMargins(6, 6, 6, 6)
        iv.addWidget(self.form, 1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner, self._scroll = inner, scroll
        width = self._fit_side()
        buttons = QHBoxLayout()
        buttons.addWidget(self.optimise_button, 1)
        buttons.addWidget(self.cancel_button)
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
        split.setSizes([width, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _fit_side(self) -> int:
        """As narrow as the settings allow, never clipped (parameter rows change it)."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        width = self._inner.minimumSizeHint().width() + bar + 4
        self._scroll.setMinimumWidth(width)
        return width

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The theme's style sheet sizes the editors only once they are shown.
        QTimer.singleShot(0, self._fit_side)

    # -- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self.job_id)

    def set_ready(self, objectives: list[tuple[str, bool]]) -> None:
        """The dock finished loading: objectives known, the strategy's parameters listed."""
        self.form.set_objectives(objectives)
        self._ready = True
        self._follow_strategy()

    def _follow_strategy(self) -> None:
        """A new strategy in the setup form brings its own parameters to sweep."""
        info = self.setup.strategy_info()
        sid = self.setup.strategy_id()
        if sid == self._strategy:
            return
        self._strategy = sid
        specs = [] if info is None or info.get("error") else info["params"]
        self.form.set_params(specs, self.setup.params.values())
        self._fit_side()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.optimise_button.setEnabled(self._ready and not self.running)
        self.cancel_button.setEnabled(self.running)
        self.run_set_button.setEnabled(self.selected_row() is not None)

    def set_theme(self, dark: bool) -> None:
        self.sets_model.dark = dark
        self.heatmap.set_theme(dark)
        self.walk_forward.set_theme(dark)
        self.monte_carlo.set_theme(dark)
        self.table.viewport().update()

    def stop(self) -> None:
        self._ticker.stop()

    # -- running -----------------------------------------------------------------------------
    def run(self) -> None:
        if self.running or not self._ready:
            return
        # The form's own parameter values do not matter here: the sweep chooses them.
        errors = {k: v for k, v in self.setup.local_errors().items()
                  if not k.startswith("param:")}
        self.setup.show_errors(errors)
        own = self.form.local_errors()
        self.form.show_errors(own)
        if errors or own:
            self._show_error(_t("Fix the fields marked in red first."))
            return
        self._show_error("")
        request = OptimiseRequest(self.setup.request(), **self.form.values())
        self.job_id = uuid.uuid4().hex
        self._started = time.monotonic()
        self._stage, self._counts = "loading", (0, 0)
        self._set_running(True)
        self._tick()
        self.ctx.spawn(self._submit(request, self.job_id), _t("Optimise"))

    async def _submit(self, request: OptimiseRequest, job_id: str) -> None:
        try:
            await self.ctx.client.backtest_optimise(request, job_id)
        except BacktestRequestError as exc:
            if job_id != self.job_id:
                return
            self._finish()
            where = exc.field
            if where.startswith("param:") or where in OWN_FIELDS:
                self.form.show_errors({where: str(exc)})
            elif where:
                self.setup.show_errors({where: str(exc)})
            self._show_error(str(exc))
            self.status.setText(_t("Not started"))
        except PregaoError as exc:
            if job_id == self.job_id:
                self._finish()
                self._show_error(str(exc))

    def cancel(self) -> None:
        """Hand control back now; the engine stops the worker meanwhile."""
        if not self.running:
            return
        job_id = self.job_id
        self._finish()
        self.status.setText(_t("Canceled"))
        self.ctx.spawn(self.ctx.client.backtest_optimise_cancel(job_id), _t("Cancel"))

    def _finish(self) -> None:
        self.job_id = ""
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        if running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self._update_buttons()

    def _tick(self) -> None:
        if not self.running:
            return
        elapsed = f"{time.monotonic() - self._started:.1f} s"
        done, total = self._counts
        loc = QLocale()
        if total:
            self.status.setText(_t("{0}: {1} of {2} · {3}").format(
                _stage_text(self._stage), loc.toString(done), loc.toString(total), elapsed))
        else:
            self.status.setText(f"{_stage_text(self._stage)} {elapsed}")

    def _on_progress(self, event: BacktestProgressEvent) -> None:
        if event.job_id != self.job_id:
            return
        self._stage, self._counts = event.message, (event.done, event.total)
        if event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
        else:
            self.progress.setRange(0, 0)
        self._tick()

    def _on_done(self, event: OptimiseDoneEvent) -> None:
        if event.job_id != self.job_id:
            return
        elapsed = time.monotonic() - self._started
        job_id = self.job_id

        async def fetch() -> None:
            result = await self.ctx.client.backtest_optimise_result(job_id)
            if job_id != self.job_id:
                return  # canceled or replaced meanwhile
            self._finish()
            self.status.setText(_t("Finished in {0} s").format(f"{elapsed:.1f}"))
            self.show_result(result)

        self.ctx.spawn(fetch(), _t("Optimise"))

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

    # -- results -----------------------------------------------------------------------------
    def show_result(self, result: OptimiseResult) -> None:
        self.result = result
        self.sets_model.set_result(result)
        self.sets_proxy.sort(-1)  # the engine's ranking until a header is clicked
        self.table.resizeColumnsToContents()
        self.table.select_first_row()
        self.heatmap.set_result(result)
        self.walk_forward.set_result(result)
        self.monte_carlo.set_result(result)
        self.summary.setText(self._summary_text(result))
        self._update_buttons()

    def _summary_text(self, result: OptimiseResult) -> str:
        loc = QLocale()
        counts = {s: sum(1 for r in result.rows if r.status == s)
                  for s in (OK, REJECTED, INVALID, ERROR)}
        bt = result.request.backtest
        text = _t("{0} sets on {1} {2}: {3} ranked, {4} rejected, {5} invalid, {6} failed."
                  ).format(loc.toString(result.total), result.symbol, bt.timeframe,
                           counts[OK], counts[REJECTED], counts[INVALID], counts[ERROR])
        best = result.best
        if best is None:
            return text + " " + _t("No set met the constraints.")
        value = format_metric(result.objective, best.metrics.get(result.objective))
        return text + " " + _t("Best: {0} ({1} {2}).").format(
            params_text(best.params), metric_label(result.objective), value)

    def selected_row(self) -> OptimiseRow | None:
        if self.result is None:
            return None
        rows = self.table.selected_source_rows()
        if not rows:
            return None
        row = self.sets_model.row(rows[0])
        return row if row.params else None

    def run_selected_set(self) -> None:
        """Fill the setup form with the selected set and run a normal backtest of it."""
        row = self.selected_row()
        if row is None or self.result is None:
            self.ctx.statusMessage.emit(_t("Select a parameter set first"), 4000)
            return
        strategy = self.result.strategy
        if self.setup.strategy_id() != strategy:
            index = self.setup.strategy.findData(strategy)
            if index < 0:
                self.ctx.statusMessage.emit(_t("That strategy is no longer listed"), 4000)
                return
            self.setup.strategy.setCurrentIndex(index)
        self.setup.params.set_values(row.params)
        self._run_backtest()
