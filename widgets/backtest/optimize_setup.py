"""What an optimisation tries: per declared parameter a fixed value or a range, grid or
random search, the objective and constraints, walk-forward and Monte Carlo.

The strategy, market, dates, costs and sizing are the dock's own setup form: this form only
adds what a sweep needs on top of it.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from widgets.backtest.formatting import metric_label
from widgets.backtest.param_form import number_spin
from widgets.common.labels import error_label, muted_label
from widgets.common.strategy_text import param_label, strategy_text

MODE_RANGE, MODE_FIXED = "range", "fixed"
METHOD_GRID, METHOD_RANDOM, METHOD_BAYES, METHOD_GENETIC = "grid", "random", "bayes", "genetic"
#: Methods that try a number of sets (the Sets spin box) rather than every one.
SAMPLED_METHODS = (METHOD_RANDOM, METHOD_BAYES, METHOD_GENETIC)
#: Objectives offered first (the rest follow in the engine's order).
PREFERRED_OBJECTIVES = ("sharpe", "sortino", "calmar", "total_return", "profit_factor",
                        "expectancy", "max_drawdown", "win_rate")


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestOptimise", text)


def _number_editor(spec: dict[str, Any]) -> QAbstractSpinBox:
    spin = number_spin(spec)
    spin.setMinimumWidth(64)  # four of them share a row
    return spin


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def _value(spin: QAbstractSpinBox) -> int | float:
    return spin.value() if isinstance(spin, QSpinBox) else float(spin.value())


def _set(spin: QAbstractSpinBox, value: Any) -> None:
    try:
        spin.setValue(int(value) if isinstance(spin, QSpinBox) else float(value))
    except (TypeError, ValueError):
        pass


def range_count(lo: float, hi: float, step: float) -> int:
    """Values lo, lo + step, ... up to hi (the optimiser's own rule)."""
    if not (math.isfinite(lo) and math.isfinite(hi) and step > 0) or hi < lo:
        return 0
    return math.floor((hi - lo) / step + 1e-9) + 1


class _ParamRow:
    """One parameter's editors: mode, then lo/hi/step (range) or the value (fixed)."""

    def __init__(self, spec: dict[str, Any], on_edit) -> None:
        self.spec = spec
        self.name = spec["name"]
        self.boolean = spec["kind"] == "bool"
        self.label = QLabel(param_label(spec))
        self.label.setToolTip(strategy_text(spec.get("doc") or "") or self.name)
        self.mode = QComboBox()
        self.mode.addItem(_t("Both") if self.boolean else _t("Range"), MODE_RANGE)
        self.mode.addItem(_t("Fixed"), MODE_FIXED)
        self.mode.setToolTip(_t("Try a range of values, or keep this parameter fixed"))
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.mode.currentIndexChanged.connect(on_edit)
        self.error = error_label()
        if self.boolean:
            self.check = QCheckBox(_t("on"))
            self.check.toggled.connect(on_edit)
            self.editors: list[QWidget] = [self.check]
            return
        self.lo, self.hi, self.step = (_number_editor(spec) for _ in range(3))
        self.value = _number_editor(spec)
        self.lo.setToolTip(_t("Lowest value to try"))
        self.hi.setToolTip(_t("Highest value to try"))
        self.step.setToolTip(_t("Step between the values tried"))
        self.value.setToolTip(_t("The value every set uses"))
        for spin in (self.lo, self.hi, self.step, self.value):
            spin.valueChanged.connect(on_edit)
        self.editors = [self.lo, self.hi, self.step, self.value]

    def place(self, grid: QGridLayout, row: int) -> None:
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.mode, row, 1)
        if self.boolean:
            grid.addWidget(self.check, row, 2, 1, 3)
        else:
            grid.addWidget(self.lo, row, 2)
            grid.addWidget(self.hi, row, 3)
            grid.addWidget(self.step, row, 4)
            grid.addWidget(self.value, row, 2, 1, 3)
        grid.addWidget(self.error, row + 1, 0, 1, 5)

    def widgets(self) -> list[QWidget]:
        return [self.label, self.mode, self.error, *self.editors]

    def prefill(self, current: Any) -> None:
        """Range from the declaration (low, high, step); the fixed value from the form."""
        spec = self.spec
        if self.boolean:
            self.check.setChecked(bool(current))
            return
        default = spec["default"]
        low = spec.get("low") if spec.get("low") is not None else default
        high = spec.get("high") if spec.get("high") is not None else default
        step = spec.get("step") or (1 if spec["kind"] == "int" else (high - low) / 10 or 0.1)
        for spin, value in ((self.lo, low), (self.hi, high), (self.step, step),
                            (self.value, current)):
            spin.blockSignals(True)
            _set(spin, value)
            spin.blockSignals(False)
        # A parameter without a declared range has nothing to sweep: fixed by default.
        if spec.get("low") is None or spec.get("high") is None:
            self.mode.setCurrentIndex(self.mode.findData(MODE_FIXED))
        self._on_mode()

    def is_fixed(self) -> bool:
        return self.mode.currentData() == MODE_FIXED

    def _on_mode(self, *_args) -> None:
        fixed = self.is_fixed()
        if self.boolean:
            self.check.setEnabled(fixed)
            return
        for spin in (self.lo, self.hi, self.step):
            spin.setVisible(not fixed)
        self.value.setVisible(fixed)

    def spec_value(self) -> Any:
        """What the engine's search space takes: one value, a list, or 'lo:hi:step'."""
        if self.boolean:
            return self.check.isChecked() if self.is_fixed() else [False, True]
        if self.is_fixed():
            return _value(self.value)
        return f"{_value(self.lo)!r}:{_value(self.hi)!r}:{_value(self.step)!r}"

    def count(self) -> int:
        if self.is_fixed():
            return 1
        if self.boolean:
            return 2
        return range_count(_value(self.lo), _value(self.hi), _value(self.step))

    def problem(self) -> str:
        if self.is_fixed() or self.boolean:
            return ""
        if _value(self.step) <= 0:
            return _t("The step must be above zero")
        if _value(self.hi) < _value(self.lo):
            return _t("The highest value is below the lowest")
        return ""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class OptimiseSetup(QWidget):
    """Emits `changed` on any edit. `values()` gives the sweep's part of the request."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, _ParamRow] = {}
        self._remote: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._params_group())
        layout.addWidget(self._search_group())
        layout.addWidget(self._walk_forward_group())
        layout.addWidget(self._monte_carlo_group())
        layout.addStretch(1)
        self._on_method()

    # -- building ----------------------------------------------------------------------------
    def _params_group(self) -> QGroupBox:
        box = QGroupBox(_t("Parameters to try"))
        v = QVBoxLayout(box)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        for col, text in enumerate(("", "", _t("From"), _t("To"), _t("Step"))):
            head = QLabel(text)
            head.setProperty("role", "muted")
            self._grid.addWidget(head, 0, col)
        self._empty = muted_label(_t("This strategy has no parameters to optimise."))
        self._empty.hide()
        self.count_label = muted_label()
        self.ranges_error = error_label()
        v.addLayout(self._grid)
        v.addWidget(self._empty)
        v.addWidget(self.count_label)
        v.addWidget(self.ranges_error)
        return box

    def _search_group(self) -> QGroupBox:
        box = QGroupBox(_t("Search"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.method = QComboBox()
        self.method.addItem(_t("Grid: every set"), METHOD_GRID)
        self.method.addItem(_t("Random sets"), METHOD_RANDOM)
        self.method.addItem(_t("Bayesian (TPE)"), METHOD_BAYES)
        self.method.addItem(_t("Genetic"), METHOD_GENETIC)
        self.method.setToolTip(_t("Try every combination, a seeded random sample of them, or "
                                  "let Bayesian (Optuna's TPE) or genetic search choose each "
                                  "batch of sets from the results so far"))
        self.method.currentIndexChanged.connect(self._on_method)
        form.addRow(_t("Method"), self.method)
        self.random_n = _spin(1, 1_000_000, 200)
        self.random_n.setToolTip(_t("How many distinct parameter sets to try"))
        self.seed = _spin(0, 2_000_000_000, 0)
        self.seed.setToolTip(_t("The same seed draws the same sets (and Monte Carlo runs)"))
        random_row = QHBoxLayout()
        random_row.addWidget(self.random_n, 1)
        self.seed_label = QLabel(_t("seed"))
        random_row.addWidget(self.seed_label)
        random_row.addWidget(self.seed, 1)
        self.random_label = QLabel(_t("Sets"))
        form.addRow(self.random_label, random_row)
        self.objective = QComboBox()
        self.objective.setToolTip(_t("The metric the sets are ranked by"))
        form.addRow(_t("Objective"), self.objective)
        self.objective_error = QLabel()
        self.objective_error.setProperty("role", "error")
        self.objective_error.hide()
        form.addRow(self.objective_error)
        self.min_trades = _spin(0, 1_000_000, 0)
        self.min_trades.setToolTip(_t("Sets with fewer trades are shown but not ranked"))
        form.addRow(_t("Min. trades"), self.min_trades)
        self.max_drawdown = QDoubleSpinBox()
        self.max_drawdown.setRange(0, 100)
        self.max_drawdown.setDecimals(1)
        self.max_drawdown.setSuffix(" %")
        self.max_drawdown.setSpecialValueText(_t("no limit"))
        self.max_drawdown.setToolTip(
            _t("Sets that draw down further are shown but not ranked (0: no limit)")
        )
        form.addRow(_t("Max. drawdown"), self.max_drawdown)
        self.constraints_error = error_label()
        form.addRow(self.constraints_error)
        for w in (self.method, self.random_n, self.seed, self.objective, self.min_trades,
                  self.max_drawdown):
            signal = getattr(w, "currentIndexChanged", None) or w.valueChanged
            signal.connect(self._on_edit)
        return box

    def _optional_group(self, title: str, tip: str) -> tuple[QGroupBox, QFormLayout]:
        """An analysis the sweep adds only when its box is ticked (off by default)."""
        box = QGroupBox(title)
        box.setCheckable(True)
        box.setChecked(False)
        box.setToolTip(tip)
        box.toggled.connect(self._on_edit)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _walk_forward_group(self) -> QGroupBox:
        box, form = self._optional_group(
            _t("Walk-forward"),
            _t("Optimise on each in-sample window, then trade the winner on the "
               "next, unseen window"),
        )
        self.walk_forward = box
        self.in_bars = _spin(2, 10_000_000, 96)
        self.in_bars.setSuffix(_t(" bars"))
        self.out_bars = _spin(2, 10_000_000, 32)
        self.out_bars.setSuffix(_t(" bars"))
        self.wf_mode = QComboBox()
        self.wf_mode.addItem(_t("Rolling"), False)
        self.wf_mode.addItem(_t("Anchored"), True)
        self.wf_mode.setToolTip(_t("Rolling: a fixed-length in-sample window moves forward; "
                                   "anchored: every in-sample window starts at the first bar"))
        form.addRow(_t("In-sample"), self.in_bars)
        form.addRow(_t("Out-of-sample"), self.out_bars)
        form.addRow(_t("Windows"), self.wf_mode)
        self.walk_forward_error = error_label()
        form.addRow(self.walk_forward_error)
        return box

    def _monte_carlo_group(self) -> QGroupBox:
        box, form = self._optional_group(
            _t("Monte Carlo"),
            _t("Resample the trades (of the best set, or out-of-sample with "
               "walk-forward) to see how much their order mattered"),
        )
        self.monte_carlo = box
        self.mc_runs = _spin(1, 100_000, 1000)  # the engine's cap
        self.mc_runs.setToolTip(_t("How many resampled trade sequences to simulate"))
        form.addRow(_t("Runs"), self.mc_runs)
        return box

    # -- filling -----------------------------------------------------------------------------
    def set_params(self, specs: list[dict[str, Any]], current: dict[str, Any]) -> None:
        for row in self._rows.values():
            for w in row.widgets():
                self._grid.removeWidget(w)
                w.deleteLater()
        self._rows.clear()
        self._remote.clear()
        for k, spec in enumerate(specs):
            row = _ParamRow(spec, self._on_edit)
            row.place(self._grid, 1 + 2 * k)
            row.prefill(current.get(spec["name"], spec["default"]))
            self._rows[row.name] = row
        self._empty.setVisible(not specs)
        self._on_edit()

    def set_objectives(self, objectives: list[tuple[str, bool]]) -> None:
        keep = self.objective.currentData() or "sharpe"
        names = [n for n, _ in objectives]
        ordered = [n for n in PREFERRED_OBJECTIVES if n in names]
        ordered += [n for n in names if n not in ordered]
        self.objective.blockSignals(True)
        self.objective.clear()
        for name in ordered:
            self.objective.addItem(metric_label(name), name)
        self.objective.setCurrentIndex(max(0, self.objective.findData(keep)))
        self.objective.blockSignals(False)
        self._show()  # "Choose an objective", shown while the list was empty, goes

    def names(self) -> list[str]:
        return list(self._rows)

    def row(self, name: str) -> _ParamRow:
        return self._rows[name]

    def set_range(self, name: str, lo: float, hi: float, step: float) -> None:
        r = self._rows[name]
        r.mode.setCurrentIndex(r.mode.findData(MODE_RANGE))
        for spin, value in ((r.lo, lo), (r.hi, hi), (r.step, step)):
            _set(spin, value)

    def set_fixed(self, name: str, value: Any) -> None:
        r = self._rows[name]
        r.mode.setCurrentIndex(r.mode.findData(MODE_FIXED))
        if r.boolean:
            r.check.setChecked(bool(value))
        else:
            _set(r.value, value)

    # -- values ------------------------------------------------------------------------------
    def set_count(self) -> int:
        return math.prod(r.count() for r in self._rows.values()) if self._rows else 1

    def values(self) -> dict[str, Any]:
        """The sweep's fields of an OptimiseRequest."""
        dd = self.max_drawdown.value()
        method = self.method.currentData()
        sampled = method in SAMPLED_METHODS
        return {
            "ranges": {name: r.spec_value() for name, r in self._rows.items()},
            "random": self.random_n.value() if sampled else None,
            "seed": self.seed.value(),
            "method": method if sampled else "",
            "objective": self.objective.currentData() or "sharpe",
            "min_trades": self.min_trades.value(),
            "max_drawdown": dd / 100.0 if dd > 0 else None,
            "walk_forward": (self.in_bars.value(), self.out_bars.value())
            if self.walk_forward.isChecked() else None,
            "anchored": bool(self.wf_mode.currentData()),
            "monte_carlo_runs": self.mc_runs.value() if self.monte_carlo.isChecked() else 0,
        }

    def local_errors(self) -> dict[str, str]:
        out = {f"param:{name}": p for name, r in self._rows.items() if (p := r.problem())}
        if not self.objective.currentData():
            out["objective"] = _t("Choose an objective")
        return out

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message by its field (`param:<name>`, ranges, objective, constraints,
        walk_forward); fields not named are cleared."""
        self._remote = dict(errors)
        self._show()

    def _show(self) -> None:
        problems = {**self.local_errors(), **self._remote}
        for name, r in self._rows.items():
            r.show_error(problems.get(f"param:{name}", ""))
        for key, label in (("ranges", self.ranges_error), ("objective", self.objective_error),
                           ("constraints", self.constraints_error),
                           ("walk_forward", self.walk_forward_error)):
            text = problems.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))

    def _on_method(self, *_args) -> None:
        sampled = self.method.currentData() in SAMPLED_METHODS
        for w in (self.random_n, self.seed, self.seed_label, self.random_label):
            w.setVisible(sampled)

    def _on_edit(self, *_args) -> None:
        self._remote.clear()
        n = self.set_count()
        loc = QLocale()
        method = self.method.currentData()
        if method == METHOD_RANDOM and self.random_n.value() < n:
            text = _t("{0} of {1} parameter sets, drawn at random").format(
                loc.toString(self.random_n.value()), loc.toString(n))
        elif method in (METHOD_BAYES, METHOD_GENETIC) and self.random_n.value() < n:
            text = _t("{0} of {1} parameter sets, chosen from the results so far").format(
                loc.toString(self.random_n.value()), loc.toString(n))
        else:
            text = _t("{0} parameter sets").format(loc.toString(n))
        if self.walk_forward.isChecked():
            text += " · " + _t("again in each walk-forward window")
        self.count_label.setText(text)
        self._show()
        self.changed.emit()
