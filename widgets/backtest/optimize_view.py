"""The Optimise view of the backtest dock: the sweep's own settings beside its results.

The strategy, market, dates, costs and sizing come from the dock's setup form. The sweep
runs in the engine's optimisation worker process; this view only sends the request, shows
progress and reads the result back as plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backtests import (
    BacktestRequestError,
    OptimiseRequest,
    OptimiseResult,
    OptimiseRow,
)
from desktop.core.events import OptimiseDoneEvent
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from widgets.backtest.formatting import format_metric, metric_label
from widgets.backtest.job_progress import JobProgress
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
from widgets.backtest.side_layout import fit_width, settings_beside, settings_scroll
from widgets.common.labels import muted_label
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
        self.result: OptimiseResult | None = None
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
        self.job = JobProgress(
            subscribe,
            _stage_text,
            lambda job_id: ctx.spawn(ctx.client.backtest_optimise_cancel(job_id), _t("Cancel")),
            counted=True,  # the sweep counts its sets, walk-forward windows, Monte Carlo runs
            parent=self,
        )
        self.job.runningChanged.connect(self._update_buttons)
        self.status, self.error = self.job.status, self.job.error
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
        self.summary = muted_label(_t("No optimisation yet: choose the ranges and press Optimise."))
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
        subscribe(OptimiseDoneEvent, self._on_done)
        setup.changed.connect(self._follow_strategy)
        self._update_buttons()

    def _sets_page(self) -> QWidget:
        page = QWidget()
        top = self.header = QHBoxLayout()  # commands on the selected set
        top.addStretch(1)
        top.addWidget(self.run_set_button, 0, Qt.AlignmentFlag.AlignTop)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 4, 0, 0)
        v.addLayout(top)
        # A row of its own: beside the commands it was squeezed to a word per line.
        v.addWidget(self.summary)
        v.addWidget(self.table, 1)
        return page

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.optimise_button, 1)
        buttons.addWidget(self.cancel_button)
        self._scroll = settings_scroll(self.form)
        settings_beside(self, self._scroll, self.job.controls(buttons), self.tabs, 800)

    def _fit_side(self) -> None:
        fit_width(self._scroll)  # parameter rows change how wide the settings need to be

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The theme's style sheet sizes the editors only once they are shown.
        QTimer.singleShot(0, self._fit_side)

    # -- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job.running

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
        self.job.stop()

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
            self.job.show_error(_t("Fix the fields marked in red first."))
            return
        self.job.show_error("")
        request = OptimiseRequest(self.setup.request(), **self.form.values())
        job_id = self.job.start()
        self.job.tick()  # the elapsed time shows from the start
        call = self.ctx.client.backtest_optimise(request, job_id)
        self.ctx.spawn(self.job.submit(call, self._refused), _t("Optimise"))

    def _refused(self, exc: BacktestRequestError) -> None:
        where = exc.field
        if where.startswith("param:") or where in OWN_FIELDS:
            self.form.show_errors({where: tr_message(exc)})
        elif where:
            self.setup.show_errors({where: tr_message(exc)})
        self.status.setText(_t("Not started"))

    def cancel(self) -> None:
        """Hand control back now; the engine stops the worker meanwhile."""
        self.job.cancel()

    def _on_done(self, event: OptimiseDoneEvent) -> None:
        fetch = self.job.result_of(event.job_id, self.ctx.client.backtest_optimise_result,
                                   self.show_result)
        if fetch is not None:
            self.ctx.spawn(fetch, _t("Optimise"))

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
