"""Drift of a saved model on the real engine: a model whose training window was calm, checked
on the demo market's candles, is reported drifted on its volatility feature; the engine
publishes ModelDriftEvent and a "model drift" alert rule fires on it. The same model checked
against a training sample of those very candles is not drifted. The engine's periodic check of
the saved models finds the same."""

from __future__ import annotations

import numpy as np

from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from desktop.core import AlertEvent
from desktop.core.events import ModelDriftEvent
from desktop.data.resample import resample
from desktop.ml.drift import save_reference
from desktop.ml.features import build_features
from desktop.ml.model_store import ModelCard, save_model

FEATURES = ["ret_5", "vol_20", "rsi_14"]


def test_drift_past_the_threshold_raises_the_event_and_the_alert(aio, bridge, tmp_path):
    from desktop.engine.runtime import EngineRuntime

    alerts: list[AlertEvent] = []
    drifts: list[ModelDriftEvent] = []
    bridge.subscribe(AlertEvent, alerts.append)
    bridge.subscribe(ModelDriftEvent, drifts.append)
    rt = EngineRuntime(demo_days=2)
    rt.bus.add_sink(bridge.post)
    rt.start()
    try:
        client = rt.client
        ml = rt.engine.ml
        ml.models_dir = tmp_path
        history = aio.run(client.history("demo", "BTC/USDT"))
        features = build_features(resample(history, "5m"))[FEATURES].dropna()
        card = ModelCard("logistic", FEATURES, {"kind": "forward_sign", "horizon": 5}, 0, 1,
                         metrics={"symbol": "BTC/USDT", "timeframe": "5m"})
        # "same": trained on these candles; "calm": its volatility was a tenth of today's.
        for name, scale in (("same", 1.0), ("calm", 0.1)):
            save_model(tmp_path / name, {"placeholder": True}, card)
            sample = features.copy()
            sample["vol_20"] *= scale
            save_reference(tmp_path / name, sample)
        rule = aio.run(client.alert_save(AlertRule(
            "", "", Condition(ConditionKind.MODEL_DRIFT, "drifted", target="calm"),
            TriggerMode.EVERY_TIME)))

        same = aio.run(client.ml_drift("same", "demo", "BTC/USDT", "5m"))
        assert same.drifted == [] and len(same.features) == 3
        calm = aio.run(client.ml_drift("calm", "demo", "BTC/USDT", "5m"))
        assert calm.drifted == ["vol_20"]
        vol = next(f for f in calm.features if f.feature == "vol_20")
        assert vol.psi > 0.25 and vol.ks_p_value < 0.01
        aio.wait_until(lambda: alerts, what="the model drift alert")
        assert [(d.model, d.symbol, d.features) for d in drifts] == [
            ("calm", "BTC/USDT", ("vol_20",))]
        assert alerts[0].rule_id == rule.id and "calm" in alerts[0].title
        assert np.isnan(alerts[0].value)
        # The engine's own periodic check looks at every saved model on its card's market.
        reports = aio.run(client.call(ml.check_saved_models))
        assert {r.model: r.drifted for r in reports} == {"calm": ["vol_20"], "same": []}
        aio.wait_until(lambda: len(drifts) == 2, what="the periodic check's drift event")
    finally:
        assert rt.stop(timeout=10.0)
