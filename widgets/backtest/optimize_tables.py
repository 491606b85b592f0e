"""Table models of an optimisation: every parameter set tried, and the walk-forward windows."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.core.backtests import (
    ERROR,
    INVALID,
    OK,
    REJECTED,
    OptimiseResult,
    OptimiseRow,
    WalkForwardWindowResult,
)
from desktop.shell.messages import tr_message
from widgets.backtest.formatting import format_metric, format_time, metric_label
from widgets.backtest.results_view import RIGHT, SORT_ROLE  # sorted_view sorts by this role
from widgets.chart.theme import theme_for
from widgets.common.numbers import localize_digits

Index = QModelIndex | QPersistentModelIndex
#: Metrics shown for every set, after the objective (which always comes first).
KEY_METRICS = ("total_return", "max_drawdown", "sharpe", "profit_factor", "win_rate", "trades")


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestOptimise", text)


def status_label(status: str) -> str:
    return {
        OK: _t("Ranked"),
        REJECTED: _t("Rejected"),
        INVALID: _t("Invalid"),
        ERROR: _t("Failed"),
    }.get(status, status)


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return _t("on") if value else _t("off")
    if isinstance(value, float):
        return localize_digits(f"{value:g}")
    return str(value)


def params_text(params: dict[str, Any] | None) -> str:
    if not params:
        return "—"
    # "2,5" is a number in Portuguese: there the pairs are set apart with semicolons.
    sep = "; " if QLocale().decimalPoint() == "," else ", "
    return sep.join(f"{k}={format_value(v)}" for k, v in params.items())


def reason_text(row: OptimiseRow, result: OptimiseResult) -> str:
    """Why a set is not ranked, in the user's language where the cause is ours."""
    if row.status == REJECTED:
        trades = int(row.metrics.get("trades", 0))
        if trades < result.request.min_trades:
            return _t("{0} trades, fewer than the minimum {1}").format(
                trades, result.request.min_trades)
        dd, limit = row.metrics.get("max_drawdown", math.nan), result.request.max_drawdown
        if limit is not None:
            return _t("Max drawdown {0} over the limit {1}").format(
                format_metric("max_drawdown", dd), format_metric("max_drawdown", limit))
    # A refusal of the set (translated when the sentence is ours) or the error
    return tr_message(row.reason)


class SweepModel(QAbstractTableModel):
    """Ranked sets first (the engine's order), then rejected, then invalid/failed ones,
    greyed, with their reason."""

    def __init__(self) -> None:
        super().__init__()
        self.result: OptimiseResult | None = None
        self.rows: list[OptimiseRow] = []
        self.params: list[str] = []
        self.metrics: list[str] = []
        self.dark = True
        self._ranks: list[int | None] = []

    def set_result(self, result: OptimiseResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.rows = list(result.rows) if result else []
        self.params = list(result.param_names) if result else []
        objective = result.objective if result else ""
        self.metrics = [objective] + [m for m in KEY_METRICS if m != objective] if result else []
        rank, self._ranks = 0, []
        for r in self.rows:
            rank += r.status == OK
            self._ranks.append(rank if r.status == OK else None)
        self.endResetModel()

    def columns(self) -> list[str]:
        return ["rank", *(f"param:{p}" for p in self.params), "status", *self.metrics,
                "reason"]

    def column_of(self, key: str) -> int:
        return self.columns().index(key)

    def row(self, row: int) -> OptimiseRow:
        return self.rows[row]

    def objective_value(self, row: int) -> float:
        assert self.result is not None
        return float(self.rows[row].metrics.get(self.result.objective, math.nan))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.result is None else len(self.columns())

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = self.columns()[section]
        if key == "rank":
            return "#"
        if key == "status":
            return _t("Status")
        if key == "reason":
            return _t("Why not ranked")
        if key.startswith("param:"):
            return key[6:].replace("_", " ")
        return metric_label(key)

    def _raw(self, row: int, key: str) -> Any:
        r = self.rows[row]
        if key == "rank":
            return row  # the engine's ranking order
        if key == "status":
            return status_label(r.status)
        if key == "reason":
            return "" if r.status == OK else self._reason(r)
        if key.startswith("param:"):
            return r.params.get(key[6:])
        return r.metrics.get(key, math.nan)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns()[index.column()]
        r = self.rows[index.row()]
        raw = self._raw(index.row(), key)
        if role == SORT_ROLE:
            if isinstance(raw, float) and math.isnan(raw):
                return -math.inf  # sets without a value sort together, at one end
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "rank":
                rank = self._ranks[index.row()]
                return "" if rank is None else str(rank)
            if key in ("status", "reason"):
                return raw
            if key.startswith("param:"):
                return format_value(raw)
            return "" if not r.metrics else format_metric(key, raw)
        if role == Qt.ItemDataRole.ToolTipRole and r.status != OK:
            return self._reason(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("status", "reason"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            theme = theme_for(self.dark)
            if r.status != OK:
                return QColor(theme.guide)  # greyed: shown, but not in the ranking
            if key == "total_return" and isinstance(raw, float) and raw and raw == raw:
                return QColor(theme.up if raw > 0 else theme.down)
        return None

    def _reason(self, r: OptimiseRow) -> str:
        assert self.result is not None
        return reason_text(r, self.result)


class WalkForwardModel(QAbstractTableModel):
    """One row per window: dates, the set chosen in-sample, its in- and out-of-sample
    metrics."""

    COLUMNS = ("window", "in_from", "out_from", "out_to", "params", "is_objective",
               "is_return", "oos_objective", "oos_return", "oos_drawdown", "oos_trades")

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[WalkForwardWindowResult] = []
        self.objective = "sharpe"
        self.dark = True

    def set_windows(self, windows: list[WalkForwardWindowResult], objective: str) -> None:
        self.beginResetModel()
        self.windows = list(windows)
        self.objective = objective
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.windows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        objective = metric_label(self.objective)
        return {
            "window": _t("Window"),
            "in_from": _t("In-sample from"),
            "out_from": _t("Out-of-sample from"),
            "out_to": _t("to"),
            "params": _t("Chosen parameters"),
            "is_objective": _t("IS {0}").format(objective),
            "is_return": _t("IS return"),
            "oos_objective": _t("OOS {0}").format(objective),
            "oos_return": _t("OOS return"),
            "oos_drawdown": _t("OOS max drawdown"),
            "oos_trades": _t("OOS trades"),
        }[self.COLUMNS[section]]

    def _raw(self, row: int, column: str) -> Any:
        w = self.windows[row]
        return {
            "window": row + 1,
            "in_from": w.in_from_ms,
            "out_from": w.out_from_ms,
            "out_to": w.out_to_ms,
            "params": params_text(w.params) if w.params is not None else w.reason,
            "is_objective": w.in_sample.get(self.objective, math.nan),
            "is_return": w.in_sample.get("total_return", math.nan),
            "oos_objective": w.out_of_sample.get(self.objective, math.nan),
            "oos_return": w.out_of_sample.get("total_return", math.nan),
            "oos_drawdown": w.out_of_sample.get("max_drawdown", math.nan),
            "oos_trades": w.out_of_sample.get("trades", math.nan),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        raw = self._raw(index.row(), column)
        if role == SORT_ROLE:
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ("in_from", "out_from", "out_to"):
                return format_time(raw)
            if column in ("window", "params"):
                return str(raw)
            metric = {"is_objective": self.objective, "oos_objective": self.objective,
                      "is_return": "total_return", "oos_return": "total_return",
                      "oos_drawdown": "max_drawdown", "oos_trades": "trades"}[column]
            return format_metric(metric, raw)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "params":
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.windows[index.row()].params is None:
                return QColor(theme_for(self.dark).guide)
            if column == "oos_return" and raw == raw and raw:
                theme = theme_for(self.dark)
                return QColor(theme.up if raw > 0 else theme.down)
        return None
