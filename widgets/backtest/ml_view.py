"""The Machine learning view of the backtest dock: train a classifier on the setup form's
market with purged walk-forward validation in the engine's ML worker process, read what it
did out of sample, save it with its model card and check it for drift.

The market, timeframe and dates come from the dock's setup form; this view sends the
request, shows progress and reads the result back as plain data (desktop.core.ml).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.core.backtests import BacktestRequest, BacktestRequestError
from desktop.core.events import MlTrainDoneEvent, ModelDriftEvent
from desktop.core.ml import MODELS, MlTrainRequest, MlTrainResult
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from widgets.backtest.job_progress import JobProgress
from widgets.backtest.ml_card import ModelCardView
from widgets.backtest.ml_regimes import RegimesView
from widgets.backtest.ml_results import (
    CalibrationView,
    ConfusionView,
    FoldsView,
    ImportanceView,
    _percent,
)
from widgets.backtest.ml_setup import MlSetup, model_label
from widgets.backtest.setup_form import SetupForm
from widgets.backtest.side_layout import fit_width, settings_beside, settings_scroll
from widgets.chart.theme import theme_for
from widgets.common.labels import muted_label

#: The built-in strategy that trades a model like the one trained here (desktop/ml/
#: rolling_strategy.py): it learns the sign of the forward return, up to this horizon.
STRATEGY = "ml_classifier"
MAX_STRATEGY_HORIZON = 120


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestML", text)


def _stage_text(stage: str) -> str:
    return {
        "loading": _t("Gathering candles…"),
        "ml_folds": _t("Walk-forward folds"),
        "ml_importance": _t("Permutation importance"),
        "ml_final": _t("Fitting the final model"),
    }.get(stage, stage)


class MlView(QWidget):
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
        self.result: MlTrainResult | None = None
        self._ready = False
        self._train_when_ready = False  # the train command came before the view had loaded
        self._dark = True
        self.form = MlSetup()
        self.train_button = QPushButton(icon("play"), _t("Train"))
        self.train_button.setToolTip(_t("Train and validate the model in a worker process"))
        self.train_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(icon("stop"), _t("Cancel"))
        self.cancel_button.setToolTip(_t("Stop the running training at once"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.job = JobProgress(
            subscribe,
            _stage_text,
            lambda job_id: ctx.spawn(ctx.client.ml_cancel(job_id), _t("Cancel")),
            counted=True,  # folds, then importance per fold
            parent=self,
        )
        self.job.runningChanged.connect(self._update_buttons)
        self.status, self.error = self.job.status, self.job.error
        self.summary = muted_label(_t("No model yet: choose the features, label, model and "
                                      "validation, then press Train."))
        self.summary.setWordWrap(True)
        self.use_button = QPushButton(icon("backtest"), _t("Use as strategy"))
        self.use_button.setToolTip(_t(
            "Backtest the {0} strategy with this model and horizon: it retrains the model "
            "on a rolling window of past candles (every feature) as the backtest moves on"
        ).format(STRATEGY))
        self.use_button.clicked.connect(self.use_as_strategy)
        self.bot_button = QPushButton(icon("add"), _t("Run as bot…"))
        self.bot_button.setToolTip(_t("A new bot running the {0} strategy with this model and "
                                      "horizon on the chosen market").format(STRATEGY))
        self.bot_button.clicked.connect(self.run_as_bot)
        for button in (self.use_button, self.bot_button):
            button.hide()  # shown once the engine lists the strategy (load)
        self.folds = FoldsView()
        self.confusion = ConfusionView()
        self.calibration = CalibrationView()
        self.importance = ImportanceView()
        self.card = ModelCardView()
        self.card.saveRequested.connect(self.save)
        self.card.driftRequested.connect(self.check_drift)
        self.card.refreshRequested.connect(
            lambda: ctx.spawn(self.refresh_models(), _t("Saved models")))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # No icons: six pages must fit beside the settings in every language.
        self.tabs.addTab(self.folds, _t("Folds"))
        self.tabs.addTab(self.confusion, _t("Confusion matrix"))
        self.tabs.addTab(self.calibration, _t("Calibration"))
        self.tabs.addTab(self.importance, _t("Importance"))
        self.tabs.addTab(self.card, _t("Model card"))
        self.regimes = RegimesView()
        self.regimes.detectRequested.connect(self.detect_regimes)
        self.tabs.addTab(self.regimes, _t("Regimes"))
        self._build_layout()
        subscribe(MlTrainDoneEvent, self._on_done)
        subscribe(ModelDriftEvent, self._on_drift_event)
        self._update_buttons()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button, 1)
        buttons.addWidget(self.cancel_button)
        self._scroll = settings_scroll(self.form)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 4, 0, 0)
        top = self.header = QHBoxLayout()  # the summary, and commands on the trained model
        top.addWidget(self.summary, 1)
        top.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.bot_button, 0, Qt.AlignmentFlag.AlignTop)
        rv.addLayout(top)
        rv.addWidget(self.tabs, 1)
        settings_beside(self, self._scroll, self.job.controls(buttons), right, 800)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: fit_width(self._scroll))

    # -- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job.running

    async def load(self) -> None:
        """The first time the view is shown: the features to offer, the saved models, and
        the ML worker started (it imports scikit-learn) while the user chooses."""
        features = await self.ctx.client.ml_features()
        self.form.set_features(features)
        listed = self.setup.strategy.findData(STRATEGY) >= 0
        for button in (self.use_button, self.bot_button):
            button.setVisible(listed)
        self._ready = True
        self._update_buttons()
        fit_width(self._scroll)
        if self._train_when_ready:
            self._train_when_ready = False
            self.run()
        await self.ctx.client.ml_warm_up()
        await self.refresh_models()

    async def refresh_models(self, select: str = "") -> None:
        self.card.set_models(await self.ctx.client.ml_models(), select)

    def _update_buttons(self, *_args) -> None:
        self.train_button.setEnabled(self._ready and not self.running)
        self.cancel_button.setEnabled(self.running)
        self.card.save_button.setEnabled(self.result is not None and not self.running)
        usable = self.strategy_params() is not None and not self.running
        self.use_button.setEnabled(usable)
        self.bot_button.setEnabled(usable)

    def set_theme(self, dark: bool) -> None:
        self._dark = dark
        self.calibration.set_theme(dark)
        self.importance.set_theme(dark)

    def stop(self) -> None:
        self.job.stop()

    # -- training ----------------------------------------------------------------------------
    def request(self) -> MlTrainRequest:
        return MlTrainRequest(self.setup.request(), **self.form.values())

    def run(self) -> None:
        if not self._ready:
            self._train_when_ready = True  # Ctrl+Alt+J on a view still loading its features
            return
        if self.running:
            return
        errors = {k: v for k, v in self.setup.local_errors().items()
                  if not k.startswith("param:")}  # the strategy plays no part here
        self.setup.show_errors(errors)
        own = self.form.local_errors()
        self.form.show_errors(own)
        if errors or own:
            self.job.show_error(_t("Fix the fields marked in red first."))
            return
        self.job.show_error("")
        job_id = self.job.start()
        self.job.tick()
        call = self.ctx.client.ml_train(self.request(), job_id)
        self.ctx.spawn(self.job.submit(call, self._refused), _t("Train model"))

    def _refused(self, exc: BacktestRequestError) -> None:
        where = exc.field
        if where.startswith("ml:"):
            self.form.show_errors({where[3:]: tr_message(exc)})
        elif where:
            self.setup.show_errors({where: tr_message(exc)})
        self.status.setText(_t("Not started"))

    def cancel(self) -> None:
        self.job.cancel()

    def _on_done(self, event: MlTrainDoneEvent) -> None:
        fetch = self.job.result_of(event.job_id, self.ctx.client.ml_result, self.show_result)
        if fetch is not None:
            self.ctx.spawn(fetch, _t("Train model"))

    def show_result(self, result: MlTrainResult) -> None:
        self.result = result
        self.folds.set_result(result)
        self.confusion.set_result(result)
        self.calibration.set_result(result)
        self.importance.set_result(result)
        self.card.show_card(result.card)
        s = result.summary
        request = result.request
        self.summary.setText(_t("{0} on {1} {2}: {3} folds, {4} out-of-sample rows, accuracy "
                                "{5} (share up {6}), log-loss {7}.").format(
            model_label(request.model), request.symbol, request.market.timeframe,
            QLocale().toString(int(s.get("folds", 0))),
            QLocale().toString(int(s.get("test_rows", 0))), _percent(s.get("accuracy")),
            _percent(result.base_rate), QLocale().toString(float(s.get("log_loss", 0)), "f", 3)))
        if not self.card.name.text():
            self.card.name.setText(f"{request.model}-{request.symbol.replace('/', '')}-"
                                   f"{request.market.timeframe}")
        self._update_buttons()

    # -- as a strategy -----------------------------------------------------------------------
    def strategy_params(self) -> dict[str, Any] | None:
        """The ml_classifier parameters of the trained model (None: none trained, or a label
        the strategy does not learn: it predicts the sign of the forward return)."""
        if self.result is None:
            return None
        request = self.result.request
        if request.label != "forward_sign" or request.horizon > MAX_STRATEGY_HORIZON:
            return None
        return {"horizon": request.horizon, "model": MODELS.index(request.model)}

    def use_as_strategy(self) -> None:
        """The setup form gets the ml_classifier strategy with this model and horizon, on
        the same market and dates, and the backtest runs."""
        params = self.strategy_params()
        index = self.setup.strategy.findData(STRATEGY)
        if params is None or index < 0:
            return
        self.setup.strategy.setCurrentIndex(index)
        self.setup.params.set_values(params)
        self._run_backtest()

    def run_as_bot(self) -> None:
        from widgets.bots import spec_from_backtest

        params = self.strategy_params()
        docks = getattr(self.window(), "docks", None)
        if params is None or self.result is None or docks is None:
            return
        market = self.result.request.market
        spec = spec_from_backtest(BacktestRequest.from_dict(
            {**market.to_dict(), "strategy": STRATEGY}), params, market.symbols[:1])
        docks.show_panel("bots").new_bot(spec)

    # -- saved models ------------------------------------------------------------------------
    def save(self, name: str) -> None:
        if self.result is None:
            return
        job_id = self.result.job_id

        async def save() -> None:
            try:
                saved = await self.ctx.client.ml_save(job_id, name.strip())
            except Exception as exc:  # a bad name or a full disk: said where it was typed
                self.card.save_error.setText(tr_message(exc))
                self.card.save_error.show()
                return
            self.card.save_error.hide()
            await self.refresh_models(saved.name)
            self.ctx.statusMessage.emit(_t("Model saved as {0}").format(saved.name), 4000)

        self.ctx.spawn(save(), _t("Save model"))

    def check_drift(self, name: str) -> None:
        markets = self.setup.checked_markets()
        if not markets:
            self.card.drift_status.setText(_t("Tick a market in the setup to check drift on"))
            return
        venue, symbol = markets[0]
        timeframe = self.setup.request().timeframe

        async def check() -> None:
            self.card.drift_status.setText(_t("Checking…"))
            try:
                report = await self.ctx.client.ml_drift(name, venue, symbol, timeframe)
            except Exception as exc:
                self.card.drift_status.setText(tr_message(exc))
                return
            self.card.show_drift(report, theme_for(self._dark).down)

        self.ctx.spawn(check(), _t("Check drift"))

    # -- regimes -----------------------------------------------------------------------------
    def detect_regimes(self) -> None:
        markets = self.setup.checked_markets()
        if not markets:
            self.ctx.statusMessage.emit(_t("Tick a market in the setup first"), 4000)
            return
        timeframe = self.setup.request().timeframe
        venue = markets[0][0]
        symbols = [s for v, s in markets if v == venue]

        async def detect() -> None:
            self.regimes.set_views(
                await self.ctx.client.ml_current_regimes(venue, symbols, timeframe))

        self.ctx.spawn(detect(), _t("Detect regimes"))

    def _on_drift_event(self, event: ModelDriftEvent) -> None:
        self.ctx.statusMessage.emit(
            _t("Model {0} drifted on {1}: {2}").format(event.model, event.symbol,
                                                       ", ".join(event.features)), 6000)
