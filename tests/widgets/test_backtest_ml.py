"""The backtest dock's Machine learning view through the whole app: a model trained in the
engine's ML worker process shows the same out-of-sample numbers as a direct desktop.ml call;
it saves with its card and a drift check reads it back; a bad request is marked where it was
typed; Cancel stops a training job with the UI responsive."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop.core.backtests import BacktestRequest
from desktop.core.events import ModelDriftEvent
from desktop.core.ml import MlTrainRequest
from desktop.data.resample import resample
from desktop.ml.training import train

HOUR = 3_600_000
FEATURES = ("ret_1", "ret_5", "vol_20", "rsi_14", "atr_pct_14")


@pytest.fixture
def folders(runtime, tmp_path):
    runtime.engine.backtests.runs_dir = tmp_path / "runs"
    return tmp_path


def open_view(window, aio, qtbot, symbol: str, timeframe: str):
    dock = window.docks.open_panel("backtest")
    dock.show()
    panel = dock.widget()
    aio.run(panel.wait_loaded(), 30)
    panel.setup.check_symbols([symbol])
    panel.setup.timeframe.setCurrentIndex(panel.setup.timeframe.findData(timeframe))
    view = panel.show_ml()
    qtbot.waitUntil(lambda: view._ready, timeout=30_000)
    return panel, view


def fixed_range(panel, runtime, aio, symbol: str):
    candles = aio.run(runtime.client.history("demo", symbol))
    start = int(candles.ts[0]) // HOUR * HOUR + HOUR
    end = int(candles.ts[-1]) // HOUR * HOUR - HOUR
    panel.setup.whole.setChecked(False)
    panel.setup.set_range(start, end)
    i0, i1 = np.searchsorted(candles.ts, [start, end])
    return candles.slice(int(i0), int(i1))


def choose(view, features, model="logistic", n_splits=3, embargo=5, horizon=5):
    view.form.set_features([view.form.features.item(i).data(256)
                            for i in range(view.form.features.count())], list(features))
    view.form.model.setCurrentIndex(view.form.model.findData(model))
    view.form.n_splits.setValue(n_splits)
    view.form.embargo.setValue(embargo)
    view.form.horizon.setValue(horizon)


def test_train_matches_direct_call_then_save_and_check_drift(qtbot, window, runtime, folders,
                                                             aio):
    panel, view = open_view(window, aio, qtbot, "ETH/USDT", "5m")
    one_minute = fixed_range(panel, runtime, aio, "ETH/USDT")
    choose(view, FEATURES)
    view.run()
    assert view.running, view.error.text()
    qtbot.waitUntil(lambda: not view.running, timeout=120_000)
    assert view.error.text() == "", view.error.text()
    qtbot.waitUntil(lambda: view.result is not None, timeout=10_000)
    shown = view.result

    request = MlTrainRequest(BacktestRequest("sma_cross", symbols=("ETH/USDT",),
                                             timeframe="5m"), FEATURES, horizon=5,
                             n_splits=3, embargo=5)
    direct, _model, _sample = train(request, resample(one_minute, "5m"))
    assert [f["test_rows"] for f in shown.folds] == [f["test_rows"] for f in direct.folds]
    assert [f["accuracy"] for f in shown.folds] == pytest.approx(
        [f["accuracy"] for f in direct.folds], abs=1e-12)
    assert shown.confusion == direct.confusion
    assert sum(map(sum, shown.confusion)) == shown.summary["test_rows"]
    assert [name for name, *_ in shown.importance] == [name for name, *_ in direct.importance]

    # Every view shows the result: a row per fold plus the whole, the matrix, the curve.
    assert view.folds.table.rowCount() == len(shown.folds) + 1
    assert view.confusion.table.item(1, 1).text().startswith(str(shown.confusion[1][1]))
    assert len(view.calibration.plot.listDataItems()) == 2  # the diagonal and the curve
    assert len(view.importance.plot.getAxis("left")._tickLevels[0]) == len(FEATURES)

    # Saved with its card; listed; a drift check on the same market compares every feature.
    view.card.name.setText("eth-logistic")
    view.card.save_button.click()
    qtbot.waitUntil(lambda: view.card.selected_name() == "eth-logistic", timeout=30_000)
    card = json.loads((folders / "models" / "eth-logistic.json").read_text())
    assert card["features"] == list(FEATURES) and card["label"]["horizon"] == 5
    assert (folders / "models" / "eth-logistic.joblib").is_file()
    assert view.card.card_fields["features"].text().count(",") == len(FEATURES) - 1
    events = []
    panel.subscribe(ModelDriftEvent, events.append)
    view.card.drift_button.click()
    qtbot.waitUntil(lambda: view.card.drift_table.rowCount() == len(FEATURES), timeout=30_000)
    drifted = [view.card.drift_table.item(r, 4).text() == "Yes" for r in range(len(FEATURES))]
    if any(drifted):
        qtbot.waitUntil(lambda: bool(events), timeout=5_000)

    # "Run as bot…": the Bots dock's form opens with ml_classifier, this model and horizon.
    from widgets.bots.dialogs import BotDialog

    assert view.bot_button.isVisible() and view.bot_button.isEnabled()
    view.bot_button.click()
    bots = window.docks.dock("bots").widget()
    qtbot.waitUntil(lambda: isinstance(getattr(bots, "dialog", None), BotDialog)
                    and bots.dialog.isVisible(), timeout=30_000)
    dialog = bots.dialog
    assert (dialog.strategy.currentData(), dialog.symbols.text(),
            dialog.timeframe.currentData()) == ("ml_classifier", "ETH/USDT", "5m")
    assert {k: dialog.params.values()[k] for k in ("horizon", "model")} == {
        "horizon": 5, "model": 0}
    dialog.reject()

    # "Use as strategy": the same strategy, model and horizon are backtested on these dates.
    before = panel.results.run
    view.use_button.click()
    assert panel.setup.strategy_id() == "ml_classifier"
    assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=120_000)
    qtbot.waitUntil(lambda: panel.results.run is not before, timeout=10_000)
    summary = panel.results.run.summary
    assert (summary.strategy, summary.params["horizon"], summary.params["model"]) == (
        "ml_classifier", 5, 0)


def test_refused_request_is_marked_and_cancel_stops_training(qtbot, window, runtime, folders,
                                                            aio):
    dock = window.docks.open_panel("backtest")
    dock.show()
    panel = dock.widget()
    aio.run(panel.wait_loaded(), 30)
    panel.setup.check_symbols(["BTC/USDT"])
    panel.setup.timeframe.setCurrentIndex(panel.setup.timeframe.findData("1m"))
    # The command before the view has loaded its features: it trains once they are in.
    window.ctx.actions.action("backtest.train_model").trigger()
    view = panel.ml
    assert panel.tabs.currentWidget() is view and not view._ready
    qtbot.waitUntil(lambda: view.running, timeout=30_000)
    window.ctx.actions.action("backtest.cancel_training").trigger()
    assert not view.running
    qtbot.waitUntil(lambda: not runtime.engine.ml.active(), timeout=10_000)

    choose(view, ())
    view.run()
    assert not view.running
    assert view.form.features_error.isVisible()

    choose(view, FEATURES, model="ensemble", n_splits=8)  # minutes of work on 1m candles
    view.run()
    jobs = runtime.engine.ml
    qtbot.waitUntil(lambda: view.status.property("stage") == "ml_folds", timeout=120_000)
    job_id = view.job.job_id
    view.cancel()
    assert not view.running  # control is back at once
    qtbot.waitUntil(lambda: not jobs.active(), timeout=10_000)
    assert view.result is None
    with pytest.raises(Exception, match="No training result"):
        aio.run(runtime.client.ml_result(job_id))
