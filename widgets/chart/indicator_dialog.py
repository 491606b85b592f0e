"""The "Indicators…" dialog of a chart: the instances it shows, and a form to add one, change
one's parameters and colour, or remove it. The form is built from the indicator's signature
(`strategies.indicator_catalog`); a value the indicator cannot take is refused with a message
under the field it was typed in. Every change reaches the chart at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.numbers import fmt_number
from widgets.chart.indicator_set import IndicatorInstance, make_instance
from widgets.common.labels import error_label, muted_label
from widgets.monitors.modify_dialog import parse_number


def _t(text: str) -> str:
    return QCoreApplication.translate("IndicatorDialog", text)


def indicator_names() -> dict[str, str]:
    """What the form calls each indicator (its function name is shown beside)."""
    return {
        "adx": _t("Average directional index"),
        "atr": _t("Average true range"),
        "bbands": _t("Bollinger Bands"),
        "donchian": _t("Donchian channel"),
        "ema": _t("Exponential moving average"),
        "ichimoku": _t("Ichimoku (unshifted)"),
        "keltner": _t("Keltner channel"),
        "macd": _t("MACD"),
        "minus_di": _t("Minus directional indicator (−DI)"),
        "obv": _t("On-balance volume"),
        "plus_di": _t("Plus directional indicator (+DI)"),
        "rsi": _t("Relative strength index"),
        "sma": _t("Simple moving average"),
        "stoch": _t("Stochastic (slow)"),
        "stochrsi": _t("Stochastic RSI"),
        "supertrend": _t("SuperTrend"),
        "vwap": _t("VWAP (daily session)"),
        "wma": _t("Weighted moving average"),
    }


def param_names() -> dict[str, str]:
    """Labels of the parameters of `strategies.indicators` (an unknown one shows its name)."""
    return {
        "period": _t("Period"),
        "fast": _t("Fast period"),
        "slow": _t("Slow period"),
        "signal": _t("Signal period"),
        "nbdev": _t("Standard deviations"),
        "fastk_period": _t("Fast %K period"),
        "slowk_period": _t("Slow %K period"),
        "slowd_period": _t("Slow %D period"),
        "fastd_period": _t("Fast %D period"),
        "multiplier": _t("ATR multiplier"),
        "atr_period": _t("ATR period"),
        "tenkan": _t("Tenkan period"),
        "kijun": _t("Kijun period"),
        "senkou_b": _t("Senkou B period"),
    }


def _catalog():
    from strategies import indicator_catalog

    return indicator_catalog


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class _ParamField(QWidget):
    """One parameter: its line edit and the error line under it."""

    def __init__(self, spec, value: float) -> None:
        super().__init__()
        self.spec = spec
        self.edit = QLineEdit(fmt_number(value, 0 if spec.integer else 2))
        self.edit.setObjectName(f"param-{spec.name}")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.textEdited.connect(lambda _text: self.set_error(""))
        self.error = error_label()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(self.edit)
        box.addWidget(self.error)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setProperty("invalid", bool(message))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def value(self) -> float | None:
        """The typed value, or None after marking the field with what is wrong."""
        value = parse_number(self.edit.text())
        spec = self.spec
        if value is None:
            self.set_error(_t("Type a number"))
        elif spec.integer and (not float(value).is_integer() or not
                               spec.minimum <= value <= spec.maximum):
            self.set_error(_t("A whole number of candles from 1 to {0}").format(
                fmt_number(spec.maximum, 0)))
        elif value < spec.minimum:
            self.set_error(_t("A number of 0 or more"))
        else:
            return int(value) if spec.integer else float(value)
        return None


class IndicatorDialog(QDialog):
    """Edits a list of instances; `apply(instances)` is called after every change."""

    def __init__(self, instances: list[IndicatorInstance],
                 apply: Callable[[list[IndicatorInstance]], None], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicator-dialog")
        self.setWindowTitle(_t("Indicators: {0}").format(title))
        self.instances = [dataclasses.replace(i, params=dict(i.params)) for i in instances]
        self._apply = apply
        self._fields: dict[str, _ParamField] = {}
        self._color = ""  # the selected instance's colour
        self._picked = ""  # a colour the user chose since (else Add takes a fresh one)

        self.list = QListWidget()
        self.list.setObjectName("indicator-list")
        self.list.setMinimumWidth(200)
        self.list.currentRowChanged.connect(self._selected)
        self.kind = QComboBox()
        self.kind.setObjectName("indicator-kind")
        names = indicator_names()
        for name in _catalog().specs():
            self.kind.addItem(f"{names.get(name, name.upper())} ({name})", name)
        self.kind.activated.connect(lambda _i: self._build_form(self.kind.currentData(), {}))
        self.color_button = QPushButton(_t("Colour…"))
        self.color_button.setObjectName("indicator-color")
        self.color_button.clicked.connect(self._pick_color)
        self.form = QFormLayout()
        self.form.addRow(_t("Indicator"), self.kind)
        self.params_form = QFormLayout()
        self.params_form.setContentsMargins(0, 0, 0, 0)
        params_box = QWidget()
        params_box.setLayout(self.params_form)
        self.form.addRow(params_box)
        self.form.addRow(_t("Colour"), self.color_button)
        self.error = error_label()
        self.add_button = QPushButton(_t("Add"))
        self.add_button.setToolTip(_t("Add this indicator with these parameters (one more "
                                      "instance if it is already on the chart)"))
        self.add_button.clicked.connect(self.add_current)
        self.apply_button = QPushButton(_t("Apply"))
        self.apply_button.setToolTip(_t("Give the selected instance these parameters and "
                                        "colour"))
        self.apply_button.clicked.connect(self.apply_current)
        self.remove_button = QPushButton(_t("Remove"))
        self.remove_button.setToolTip(_t("Take the selected instance off the chart"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.apply_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor = QVBoxLayout()
        editor.addLayout(self.form)
        editor.addWidget(self.error)
        editor.addLayout(buttons)
        editor.addStretch(1)
        editor.addWidget(muted_label(_t(
            "Prices (averages, bands) draw over the candles; oscillators each get a pane "
            "below. The chart's layout keeps its indicators.")))
        left = QVBoxLayout()
        left.addWidget(QLabel(_t("On this chart")))
        left.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(editor, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self._refresh_list()
        if self.instances:
            self.list.setCurrentRow(0)
        else:
            self._selected(-1)

    # -- the form ----------------------------------------------------------------------------
    def field(self, param: str) -> _ParamField:
        return self._fields[param]

    def choose(self, name: str) -> None:
        """Show the form of another indicator, at its default parameters."""
        self.kind.setCurrentIndex(self.kind.findData(name))
        self._build_form(name, {})

    def set_color(self, color: str) -> None:
        """The colour for the next Add or Apply (what the colour picker sets)."""
        self._picked = QColor(color).name()
        self.color_button.setIcon(_swatch(self._picked))

    def _build_form(self, name: str, params: dict[str, float]) -> None:
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self._fields.clear()
        labels = param_names()
        spec = _catalog().spec(name)
        for p in spec.params:
            field = _ParamField(p, params.get(p.name, p.default))
            self._fields[p.name] = field
            self.params_form.addRow(labels.get(p.name, p.name), field)
            field.show()  # (a layout shows a widget added to a shown dialog only later)
        if not spec.params:
            self.params_form.addRow(muted_label(_t("This indicator has no parameters.")))
        self.error.hide()

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(QColor(self._color), self, _t("Indicator colour"))
        if color.isValid():
            self.set_color(color.name())

    def _form_instance(self, color: str) -> IndicatorInstance | None:
        """The instance the form describes, or None with the wrong fields marked."""
        values = {name: field.value() for name, field in self._fields.items()}
        if any(v is None for v in values.values()):
            return None
        try:
            instance = make_instance(self.kind.currentData(), values, color or None,
                                     (i.color for i in self.instances))
            _catalog().check_runs(instance.name, instance.params)
        except ValueError as exc:  # a relation between parameters the indicator refuses
            self.error.setText(_t("The indicator refused these values: {0}").format(exc))
            self.error.show()
            return None
        self.error.hide()
        return instance

    # -- commands ----------------------------------------------------------------------------
    def add_current(self) -> IndicatorInstance | None:
        instance = self._form_instance(self._picked)
        if instance is None:
            return None
        self.instances.append(instance)
        self._changed(len(self.instances) - 1)
        return instance

    def apply_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.instances):
            return
        instance = self._form_instance(self._picked or self._color)
        if instance is None:
            return
        instance.uid = self.instances[row].uid
        self.instances[row] = instance
        self._changed(row)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.instances):
            del self.instances[row]
            self._changed(min(row, len(self.instances) - 1))

    def _changed(self, row: int) -> None:
        self._apply([dataclasses.replace(i, params=dict(i.params)) for i in self.instances])
        self._refresh_list()
        self.list.setCurrentRow(row)

    def _refresh_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for instance in self.instances:
            item = QListWidgetItem(_swatch(instance.color), instance.title())
            self.list.addItem(item)
        self.list.blockSignals(False)
        has = bool(self.instances)
        self.apply_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.instances):
            instance = self.instances[row]
            self.kind.setCurrentIndex(self.kind.findData(instance.name))
            self._build_form(instance.name, instance.params)
            self._color = instance.color
        else:
            self._build_form(self.kind.currentData() or "sma", {})
            self._color = ""
        self._picked = ""
        self.color_button.setIcon(_swatch(self._color) if self._color else QIcon())
