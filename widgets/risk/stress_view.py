"""Stress results: one row per scenario, the book's P&L as a bar, then each position's."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.risk_book import (
    BETA_SHOCK,
    CORRELATED_SHOCK,
    NAMED_WINDOW,
    WORST_MOVE,
    StressScenario,
)
from widgets.common.numbers import fmt_number
from widgets.common.table import HeaderedTableModel
from widgets.risk.colors import GOOD, HOT, column_strengths, signed_color, tint
from widgets.risk.correlation_view import short_name

BAR_ROLE = Qt.ItemDataRole.UserRole + 10  # (fraction of the widest bar, value) for the bar
COL_SCENARIO, COL_WHEN, COL_BOOK, COL_SHARE = range(4)
FIXED_COLUMNS = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskDock", text)


def named_window_title(key: str) -> str:
    return {
        "2018-01-16": _t("January 2018 crash"),
        "2020-03-12": _t("COVID crash (Black Thursday)"),
        "2021-05-19": _t("May 2021 crash"),
        "2022-05-09": _t("Terra/LUNA collapse"),
        "2022-11-08": _t("FTX collapse"),
    }.get(key, key)


def scenario_title(s: StressScenario) -> str:
    asset = short_name(s.subject)
    if s.kind == WORST_MOVE:
        return {
            "1h": _t("Worst hour of {0}"),
            "1d": _t("Worst day of {0}"),
            "1w": _t("Worst week of {0}"),
        }.get(s.horizon, "{0}").format(asset)
    if s.kind == NAMED_WINDOW:
        return named_window_title(s.subject)
    shock = fmt_number(s.shock * 100, 0) + "%"
    if s.kind == BETA_SHOCK:
        return _t("{0} {1}, others by beta").format(asset, shock)
    if s.kind == CORRELATED_SHOCK:
        return _t("{0} {1}, all correlations 1").format(asset, shock)
    return s.kind


def when_text(s: StressScenario) -> str:
    """The window in UTC. Rows are hourly candles by their open time and a move runs from
    the close of the first to the close of the last, an hour after each opened."""
    if not s.start_ms:
        return _t("parametric")
    start = datetime.fromtimestamp(s.start_ms / 1000 + 3600, UTC)
    end = datetime.fromtimestamp(s.end_ms / 1000 + 3600, UTC)
    if s.horizon == "1h":
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M} UTC"
    return f"{start:%Y-%m-%d %H:%M} → {end:%m-%d %H:%M} UTC"


class StressModel(HeaderedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StressScenario] = []
        self.symbols: tuple[str, ...] = ()
        self.equity = math.nan
        self.dark = True
        self._bars: list[float] = []
        self._strength: list[list[float]] = []
        self.headers = self._headers()

    def _headers(self) -> list[str]:
        return [_t("Scenario"), _t("When"), _t("Book P&L"), _t("% equity"),
                *(short_name(s) for s in self.symbols)]

    def row_count(self) -> int:
        return len(self.rows)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.set_scenarios(tuple(self.rows), self.equity)

    def set_scenarios(self, rows: tuple[StressScenario, ...], equity: float) -> None:
        symbols = rows[0].symbols if rows else ()
        same = symbols == self.symbols and len(rows) == len(self.rows)
        self.rows, self.equity = list(rows), equity
        self._bars = column_strengths([r.total for r in self.rows])
        self._strength = [column_strengths([r.pnl[j] for r in self.rows])
                          for j in range(len(symbols))]
        if same and self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.symbols = symbols
        self.headers = self._headers()
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        if col == COL_SCENARIO:
            return scenario_title(s) if role == Qt.ItemDataRole.DisplayRole else None
        if col == COL_WHEN:
            return when_text(s) if role == Qt.ItemDataRole.DisplayRole else None
        if col == COL_BOOK:
            value = s.total
        elif col == COL_SHARE:
            value = s.total / self.equity * 100 if self.equity > 0 else math.nan
        else:
            value = s.pnl[col - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            if not math.isfinite(value):
                return "—"
            text = fmt_number(value, 1 if col == COL_SHARE else 2)
            text = f"+{text}" if value > 0 else text
            return text + "%" if col == COL_SHARE else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BAR_ROLE and col == COL_BOOK:
            return self._bars[index.row()], value
        if role == Qt.ItemDataRole.BackgroundRole and col >= FIXED_COLUMNS:
            strength = self._strength[col - FIXED_COLUMNS][index.row()]
            return signed_color(value, strength, self.dark)
        return None


class BarDelegate(QStyledItemDelegate):
    """A bar as long as the value's share of the column's largest, under the number."""

    def __init__(self, model: StressModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        bar = index.data(BAR_ROLE)
        if bar is not None:
            fraction, value = bar
            if math.isfinite(value) and fraction > 0:
                dark = self._model.dark
                color = tint(HOT[dark] if value < 0 else GOOD[dark], 0.85, dark)
                rect = QRectF(option.rect).adjusted(2, 3, -2, -3)
                rect.setWidth(rect.width() * fraction)
                painter.save()
                painter.fillRect(rect, color)
                painter.restore()
        super().paint(painter, option, index)
