"""What a model is trained on: the features, the label, the model and the validation.

The market, timeframe and dates are the dock's own setup form; this form only adds what a
training job needs on top of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.ml import LABEL_KINDS, MODELS
from widgets.common.labels import error_label


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestML", text)


def model_label(model: str) -> str:
    return {
        "logistic": _t("Logistic regression"),
        "hist_gb": _t("Histogram gradient boosting"),
        "random_forest": _t("Random forest"),
        "mlp": _t("Neural network (MLP)"),
        "ensemble": _t("Ensemble (soft vote of all four)"),
    }.get(model, model)


def label_kind_label(kind: str) -> str:
    return {"forward_sign": _t("Sign of the forward return"),
            "triple_barrier": _t("Triple barrier")}.get(kind, kind)


def feature_label(name: str) -> str:
    """A feature column in words ("ret_5" -> "Return over 5 candles")."""
    head, _, tail = name.rpartition("_")
    if head == "ret":
        return _t("Return of the last candle") if tail == "1" else \
            _t("Return over {0} candles").format(tail)
    if head == "vol":
        return _t("Volatility over {0} candles").format(tail)
    if head == "rsi":
        return _t("RSI ({0})").format(tail)
    if head == "atr_pct":
        return _t("ATR % of price ({0})").format(tail)
    if head == "volume_z":
        return _t("Volume z-score ({0})").format(tail)
    return {
        "macd_hist_pct": _t("MACD histogram % of price"),
        "tod_sin": _t("Time of day (sine)"),
        "tod_cos": _t("Time of day (cosine)"),
        "dow_sin": _t("Day of week (sine)"),
        "dow_cos": _t("Day of week (cosine)"),
        "book_imbalance": _t("Order-book imbalance"),
    }.get(name, name)


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def _pct(value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.01, 50.0)
    spin.setDecimals(2)
    spin.setSingleStep(0.1)
    spin.setSuffix(" %")
    spin.setValue(value)
    return spin


class MlSetup(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.features = QListWidget()
        self.features.setToolTip(_t("The inputs of the model; each uses past candles only"))
        self.features.setMinimumHeight(150)
        self.features.itemChanged.connect(lambda _i: self.changed.emit())
        self.features_error = error_label()
        self.label = QComboBox()
        for kind in LABEL_KINDS:
            self.label.addItem(label_kind_label(kind), kind)
        self.label.setToolTip(_t("What the model learns to predict"))
        self.horizon = _spin(1, 10_000, 10, _t(" candles"))
        self.take_profit = _pct(1.0)
        self.stop = _pct(1.0)
        self.time_limit = _spin(1, 10_000, 20, _t(" candles"))
        self.model = QComboBox()
        for name in MODELS:
            self.model.addItem(model_label(name), name)
        self.n_splits = _spin(2, 20, 5)
        self.n_splits.setToolTip(_t("Walk-forward folds: each tests on a later block and "
                                    "trains on the blocks before it"))
        self.embargo = _spin(0, 10_000, 10, _t(" candles"))
        self.embargo.setToolTip(_t("Candles kept out of training beside each test window; "
                                   "training rows whose label reaches into it are purged too"))
        self._errors: dict[str, QLabel] = {}
        self._build()
        self.label.currentIndexChanged.connect(self._label_changed)
        self._label_changed()

    def _row(self, form: QFormLayout, text: str, editor: QWidget, key: str) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(editor)
        error = self._errors[key] = error_label()
        v.addWidget(error)
        form.addRow(text, box)

    def _build(self) -> None:
        features = QGroupBox(_t("Features"))
        fv = QVBoxLayout(features)
        fv.addWidget(self.features)
        fv.addWidget(self.features_error)
        self._errors["features"] = self.features_error
        label = QGroupBox(_t("Label"))
        self.label_form = lf = QFormLayout(label)
        lf.addRow(_t("Target"), self.label)
        self._row(lf, _t("Horizon"), self.horizon, "horizon")
        self._row(lf, _t("Take profit"), self.take_profit, "take_profit")
        self._row(lf, _t("Stop"), self.stop, "stop")
        self._row(lf, _t("Time limit"), self.time_limit, "time_limit")
        model = QGroupBox(_t("Model"))
        mf = QFormLayout(model)
        self._row(mf, _t("Classifier"), self.model, "model")
        validation = QGroupBox(_t("Validation"))
        vf = QFormLayout(validation)
        self._row(vf, _t("Folds"), self.n_splits, "n_splits")
        self._row(vf, _t("Embargo"), self.embargo, "embargo")
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        for box in (features, label, model, validation):
            v.addWidget(box)
        v.addStretch(1)

    def _label_changed(self) -> None:
        barrier = self.label.currentData() == "triple_barrier"
        for editor, shown in ((self.horizon, not barrier), (self.take_profit, barrier),
                              (self.stop, barrier), (self.time_limit, barrier)):
            self.label_form.setRowVisible(editor.parentWidget(), shown)
        self.changed.emit()

    # -- values ------------------------------------------------------------------------------
    def set_features(self, names: list[str], checked: list[str] | None = None) -> None:
        keep = set(checked if checked is not None else names)
        self.features.blockSignals(True)
        self.features.clear()
        for name in names:
            item = QListWidgetItem(feature_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in keep
                               else Qt.CheckState.Unchecked)
            self.features.addItem(item)
        self.features.blockSignals(False)

    def chosen_features(self) -> list[str]:
        out = []
        for i in range(self.features.count()):
            item = self.features.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def values(self) -> dict[str, Any]:
        """The MlTrainRequest fields this form decides."""
        return {
            "features": tuple(self.chosen_features()),
            "label": self.label.currentData(),
            "horizon": self.horizon.value(),
            "take_profit": self.take_profit.value() / 100.0,
            "stop": self.stop.value() / 100.0,
            "time_limit": self.time_limit.value(),
            "model": self.model.currentData(),
            "n_splits": self.n_splits.value(),
            "embargo": self.embargo.value(),
        }

    def local_errors(self) -> dict[str, str]:
        if not self.chosen_features():
            return {"features": _t("Choose at least one feature")}
        return {}

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message by its field (features, horizon, ..., embargo); others are cleared."""
        for key, label in self._errors.items():
            text = errors.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
