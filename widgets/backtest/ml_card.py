"""Saved models: save the trained one, read a saved model's card, and check its features for
drift on the chosen market's latest candles (plain data from desktop.core.ml)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.ml import DriftReport, SavedModel
from desktop.shell.icons import icon
from widgets.backtest.formatting import format_time
from widgets.backtest.ml_results import _item, _number, _percent, _table
from widgets.backtest.ml_setup import feature_label, label_kind_label, model_label
from widgets.common.labels import error_label, muted_label


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestML", text)


def label_text(label: dict[str, Any]) -> str:
    kind = label.get("kind", "")
    loc = QLocale()
    if kind == "forward_sign":
        return _t("{0}, {1} candles ahead").format(label_kind_label(kind),
                                                  loc.toString(int(label.get("horizon", 0))))
    if kind == "triple_barrier":
        return _t("{0}: take profit {1}, stop {2}, {3} candles").format(
            label_kind_label(kind), _percent(label.get("take_profit")),
            _percent(label.get("stop")), loc.toString(int(label.get("time_limit", 0))))
    return kind


class ModelCardView(QWidget):
    saveRequested = Signal(str)
    driftRequested = Signal(str)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("Model name"))
        self.name.setToolTip(_t("Letters, digits, '.', '-' or '_'"))
        self.save_button = QPushButton(icon("save"), _t("Save model"))
        self.save_button.setToolTip(_t("Save the trained model with its model card"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.name.text()))
        self.name.returnPressed.connect(self.save_button.click)
        self.save_error = error_label()
        self.models = QComboBox()
        self.models.setMinimumContentsLength(16)
        self.models.currentIndexChanged.connect(self._show_selected)
        self.refresh_button = QPushButton(icon("reload"), _t("Refresh"))
        self.refresh_button.clicked.connect(self.refreshRequested.emit)
        self.drift_button = QPushButton(icon("indicator"), _t("Check drift"))
        self.drift_button.setToolTip(_t("Compare each feature on the chosen market's latest "
                                        "candles with the model's training window"))
        self.drift_button.setEnabled(False)
        self.drift_button.clicked.connect(self._drift_clicked)
        self.card = QFormLayout()
        self.card_fields: dict[str, QLabel] = {}
        for key, text in (("model", _t("Model")), ("market", _t("Market")),
                          ("label", _t("Label")), ("range", _t("Trained on")),
                          ("validation", _t("Validation")), ("features", _t("Features")),
                          ("library", _t("scikit-learn"))):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.card_fields[key] = value
            self.card.addRow(text, value)
        self.card_error = error_label()
        self.drift_status = muted_label(_t("Not checked yet"))
        self.drift_status.setWordWrap(True)
        self.drift_table = _table([_t("Feature"), _t("PSI"), _t("KS statistic"),
                                   _t("KS p-value"), _t("Drifted")])
        self._saved: list[SavedModel] = []
        self._build()

    def _build(self) -> None:
        save = QHBoxLayout()
        save.addWidget(self.name, 1)
        save.addWidget(self.save_button)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(_t("Saved model")))
        pick.addWidget(self.models, 1)
        pick.addWidget(self.refresh_button)
        pick.addWidget(self.drift_button)
        card = QGroupBox(_t("Model card"))
        cv = QVBoxLayout(card)
        cv.addLayout(self.card)
        cv.addWidget(self.card_error)
        drift = QGroupBox(_t("Drift"))
        dv = QVBoxLayout(drift)
        dv.addWidget(self.drift_status)
        dv.addWidget(self.drift_table, 1)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 4, 0, 0)
        v.addLayout(save)
        v.addWidget(self.save_error)
        v.addLayout(pick)
        v.addWidget(card)
        v.addWidget(drift, 1)

    # -- models ------------------------------------------------------------------------------
    def set_models(self, models: list[SavedModel], select: str = "") -> None:
        current = select or self.selected_name()
        self._saved = list(models)
        self.models.blockSignals(True)
        self.models.clear()
        for m in models:
            self.models.addItem(m.name, m.name)
        index = self.models.findData(current)
        self.models.setCurrentIndex(index if index >= 0 else self.models.count() - 1)
        self.models.blockSignals(False)
        self._show_selected()

    def selected_name(self) -> str:
        return self.models.currentData() or ""

    def _show_selected(self, *_args) -> None:
        name = self.selected_name()
        saved = next((m for m in self._saved if m.name == name), None)
        self.drift_button.setEnabled(saved is not None and not saved.error)
        self.card_error.setText(saved.error if saved else "")
        self.card_error.setVisible(bool(saved and saved.error))
        self.show_card(saved.card if saved and not saved.error else None)

    def show_card(self, card: dict[str, Any] | None) -> None:
        loc = QLocale()
        fields = dict.fromkeys(self.card_fields, "—")
        if card:
            metrics = card.get("metrics") or {}
            fields["model"] = model_label(card.get("model", ""))
            fields["market"] = " ".join(str(metrics.get(k, "")) for k in ("symbol", "timeframe"))
            fields["label"] = label_text(card.get("label") or {})
            fields["range"] = _t("{0} to {1}").format(format_time(int(card["train_from_ts"])),
                                                      format_time(int(card["train_to_ts"])))
            validation = metrics.get("validation") or {}
            fields["validation"] = _t("{0} folds, embargo {1} candles: accuracy {2}, "
                                      "log-loss {3}").format(
                loc.toString(int(metrics.get("folds", 0))),
                loc.toString(int(validation.get("embargo", 0))),
                _percent(metrics.get("accuracy")), _number(metrics.get("log_loss")))
            fields["features"] = ", ".join(feature_label(f) for f in card.get("features", []))
            fields["library"] = str(card.get("sklearn_version", ""))
        for key, value in fields.items():
            self.card_fields[key].setText(value)

    def _drift_clicked(self) -> None:
        name = self.selected_name()
        if name:
            self.driftRequested.emit(name)

    # -- drift -------------------------------------------------------------------------------
    def show_drift(self, report: DriftReport, error_color: str) -> None:
        loc = QLocale()
        self.drift_table.setRowCount(len(report.features))
        for r, f in enumerate(report.features):
            cells = [feature_label(f.feature), _number(f.psi), _number(f.ks_statistic),
                     _p_value(f.ks_p_value), _t("Yes") if f.drifted else _t("No")]
            for c, text in enumerate(cells):
                item = _item(text, c in (1, 2, 3))
                if f.drifted:
                    item.setForeground(QColor(error_color))
                self.drift_table.setItem(r, c, item)
        span = _t("{0} latest candles of {1} ({2} to {3})").format(
            loc.toString(report.recent_rows), report.symbol,
            format_time(report.recent_from_ts), format_time(report.recent_to_ts))
        if report.drifted:
            text = _t("Drift in {0} of {1} features on the {2}: {3}").format(
                loc.toString(len(report.drifted)), loc.toString(len(report.features)), span,
                ", ".join(feature_label(f) for f in report.drifted))
            self.drift_status.setStyleSheet(f"color: {error_color};")
        else:
            text = _t("No drift on the {0}").format(span)
            self.drift_status.setStyleSheet("")
        self.drift_status.setText(text)


def _p_value(p: float) -> str:
    if p is None or math.isnan(p):
        return "—"
    if p < 1e-4:
        return "< " + QLocale().toString(0.0001, "f", 4)
    return QLocale().toString(float(p), "f", 4)
