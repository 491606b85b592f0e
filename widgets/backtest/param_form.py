"""A form generated from a strategy's declared parameters (default, range, step).

Spin boxes step by the declared step, but their hard limits are wider than the declared
range on purpose: a spin box silently clamps what is typed, and a person who types 500 for
a parameter that stops at 200 should read why it is refused, next to the field, rather
than watch the number change by itself.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from widgets.common.labels import error_label
from widgets.common.numbers import decimals_for_step
from widgets.common.strategy_text import param_label, strategy_text

INT_LIMIT = 2_000_000_000
FLOAT_LIMIT = 1e12


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestPanel", text)


def number_spin(spec: dict[str, Any]) -> QAbstractSpinBox:
    """A spin box for an int or float parameter: it steps by the declared step (a float one
    shows enough decimals for it) within the wide hard limits above."""
    step = spec.get("step")
    if spec["kind"] == "int":
        spin: QAbstractSpinBox = QSpinBox()
        spin.setRange(-INT_LIMIT, INT_LIMIT)
        spin.setSingleStep(max(1, int(step or 1)))
    else:
        spin = QDoubleSpinBox()
        low, high = spec.get("low"), spec.get("high")
        span = (high - low) / 100 if low is not None and high is not None else 0.01
        spin.setDecimals(max(2, decimals_for_step(step or span)))
        spin.setRange(-FLOAT_LIMIT, FLOAT_LIMIT)
        spin.setSingleStep(float(step or span or 0.01))
    spin.setKeyboardTracking(True)
    return spin


class ParameterForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(2, 1)
        self._specs: dict[str, dict[str, Any]] = {}
        self._editors: dict[str, QWidget] = {}
        self._hints: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._remote_errors: dict[str, str] = {}
        self._empty = QLabel(_t("This strategy has no parameters."))
        self._empty.setProperty("role", "muted")

    # -- building ----------------------------------------------------------------------------
    def set_params(self, specs: list[dict[str, Any]], values: dict[str, Any] | None = None):
        self._clear()
        values = values or {}
        if not specs:
            self._grid.addWidget(self._empty, 0, 0, 1, 3)
            self._empty.show()
            return
        self._empty.hide()
        for row, spec in enumerate(specs):
            name = spec["name"]
            self._specs[name] = spec
            label = QLabel(param_label(spec))
            label.setToolTip(strategy_text(spec.get("doc") or "") or name)
            editor = self._editor(spec)
            hint = QLabel(self._range_text(spec))
            hint.setProperty("role", "muted")
            error = error_label()
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(editor, row, 1)
            self._grid.addWidget(hint, row, 2)
            self._grid.addWidget(error, row, 2)
            self._editors[name] = editor
            self._hints[name] = hint
            self._errors[name] = error
            self._set_value(name, values.get(name, spec["default"]))
        self._validate()

    def _clear(self) -> None:
        for widgets in (self._editors, self._hints, self._errors):
            for w in widgets.values():
                self._grid.removeWidget(w)
                w.deleteLater()
            widgets.clear()
        for i in reversed(range(self._grid.count())):
            item = self._grid.itemAt(i)
            w = item.widget() if item is not None else None
            if w is not None and w is not self._empty:
                self._grid.removeWidget(w)
                w.deleteLater()
        self._specs.clear()
        self._remote_errors.clear()

    def _editor(self, spec: dict[str, Any]) -> QWidget:
        kind = spec["kind"]
        tip = strategy_text(spec.get("doc") or "")
        if kind == "bool":
            box = QCheckBox()
            box.toggled.connect(self._on_edit)
            box.setToolTip(tip)
            return box
        spin = number_spin(spec)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        spin.setMinimumWidth(70)
        spin.setToolTip(tip)
        spin.valueChanged.connect(self._on_edit)
        return spin

    def _range_text(self, spec: dict[str, Any]) -> str:
        low, high = spec.get("low"), spec.get("high")
        if spec["kind"] == "bool" or (low is None and high is None):
            return ""
        loc = QLocale()
        fmt = (lambda v: loc.toString(int(v))) if spec["kind"] == "int" else loc.toString
        if low is None:
            return _t("at most {0}").format(fmt(high))
        if high is None:
            return _t("at least {0}").format(fmt(low))
        return f"{fmt(low)} – {fmt(high)}"

    # -- values ------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._specs)

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def error_label(self, name: str) -> QLabel:
        return self._errors[name]

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self._editors.items():
            if isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[name] = editor.value()
            else:
                out[name] = float(editor.value())
        return out

    def defaults(self) -> dict[str, Any]:
        return {name: spec["default"] for name, spec in self._specs.items()}

    def reset_defaults(self) -> None:
        for name, spec in self._specs.items():
            self._set_value(name, spec["default"])
        self._remote_errors.clear()
        self._validate()

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self._editors:
                self._set_value(name, value)
        self._validate()

    def _set_value(self, name: str, value: Any) -> None:
        editor = self._editors[name]
        editor.blockSignals(True)
        try:
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            else:
                editor.setValue(float(value))
        except (TypeError, ValueError):
            pass  # a stored value of another type: keep the default
        finally:
            editor.blockSignals(False)

    # -- validation --------------------------------------------------------------------------
    def errors(self) -> dict[str, str]:
        """Declared-range problems and the engine's last word on a field, by parameter."""
        out = dict(self._remote_errors)
        values = self.values()
        for name, spec in self._specs.items():
            problem = self._range_problem(spec, values[name])
            if problem:
                out[name] = problem
        return out

    def is_valid(self) -> bool:
        return not self.errors()

    def show_error(self, name: str, text: str) -> None:
        """A problem the engine found (e.g. 'fast must be below slow'), shown by the field."""
        if name in self._errors:
            self._remote_errors[name] = text
            self._validate()

    def _range_problem(self, spec: dict[str, Any], value: Any) -> str:
        if spec["kind"] == "bool":
            return ""
        low, high = spec.get("low"), spec.get("high")
        loc = QLocale()
        fmt = (lambda v: loc.toString(int(v))) if spec["kind"] == "int" else loc.toString
        if isinstance(value, float) and not math.isfinite(value):
            return _t("Enter a number")
        if low is not None and value < low:
            return _t("Too small: the lowest allowed is {0}").format(fmt(low))
        if high is not None and value > high:
            return _t("Too large: the highest allowed is {0}").format(fmt(high))
        return ""

    def _on_edit(self, *_args) -> None:
        self._remote_errors.clear()  # the user changed something: the engine re-checks on Run
        self._validate()
        self.changed.emit()

    def _validate(self) -> None:
        problems = self.errors()
        for name, label in self._errors.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            self._hints[name].setVisible(not text)
