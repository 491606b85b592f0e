"""Held assets × risk metrics, each column tinted on its own scale."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.risk_book import AssetRisk
from widgets.common.numbers import fmt_number
from widgets.common.table import HeaderedTableModel
from widgets.risk.colors import column_strengths, risk_color, signed_color, spread_strengths

ASSET_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskDock", text)


@dataclass(frozen=True, slots=True)
class Metric:
    title: str
    tooltip: str
    value: Callable[[AssetRisk], float]
    text: Callable[[float], str]
    signed: bool  # gains/losses (green/red) rather than more/less risk


def _pct(v: float) -> str:
    return "—" if not math.isfinite(v) else fmt_number(v, 1) + "%"


def _money(v: float) -> str:
    return "—" if not math.isfinite(v) else fmt_number(v, 2)


def _signed_money(v: float) -> str:
    text = _money(v)
    return f"+{text}" if math.isfinite(v) and v > 0 else text


def _ratio(v: float) -> str:
    return "—" if not math.isfinite(v) else fmt_number(v, 2)


def metrics() -> list[Metric]:
    return [
        Metric(_t("Exposure % equity"), _t("Value at the last price over the account's "
                                           "equity; negative for a short"),
               lambda a: a.exposure_pct, _pct, False),
        Metric(_t("VaR contribution"), _t("The asset's share of the book's 1-day "
                                          "parametric VaR (the column adds up to it); "
                                          "negative when it hedges the rest"),
               lambda a: a.var_contribution, _money, False),
        Metric(_t("Volatility"), _t("Annualised volatility of hourly log-returns over the "
                                    "window"),
               lambda a: a.volatility_pct, _pct, False),
        Metric(_t("Beta to BTC"), _t("How much the asset moves per 1 % move of BTC "
                                     "(hourly returns over the window)"),
               lambda a: a.beta, _ratio, False),
        Metric(_t("Drawdown"), _t("The price below its highest close of the window"),
               lambda a: a.drawdown_pct, _pct, False),
        Metric(_t("P&L today"), _t("Since 00:00 UTC: the holding's change in value, "
                                   "today's trades included"),
               lambda a: a.pnl_today, _signed_money, True),
    ]


class AssetHeatmapModel(HeaderedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.metrics = metrics()
        self.headers = [_t("Asset"), *(m.title for m in self.metrics)]
        self.assets: list[AssetRisk] = []
        self._strength: list[list[float]] = []
        self.dark = True

    def row_count(self) -> int:
        return len(self.assets)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        if self.assets:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.assets) - 1, len(self.headers) - 1))

    def set_assets(self, assets: tuple[AssetRisk, ...]) -> None:
        same_rows = [a.symbol for a in assets] == [a.symbol for a in self.assets]
        self.assets = list(assets)
        self._strength = [
            (column_strengths if m.signed else spread_strengths)([m.value(a) for a in assets])
            for m in self.metrics]
        if same_rows and self.assets:  # live update: no reset, the selection stays
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.assets) - 1, len(self.headers) - 1))
        else:
            self.beginResetModel()
            self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and section > 0):
            return self.metrics[section - 1].tooltip
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        asset = self.assets[index.row()]
        col = index.column()
        if role == ASSET_ROLE:
            return asset
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return asset.symbol
            if role == Qt.ItemDataRole.ToolTipRole:
                return _t("Click to show {0} in the chart and the positions").format(
                    asset.symbol)
            return None
        metric = self.metrics[col - 1]
        value = metric.value(asset)
        if role == Qt.ItemDataRole.DisplayRole:
            return metric.text(value)
        if role == SORT_ROLE:
            return value if math.isfinite(value) else -math.inf
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            strength = self._strength[col - 1][index.row()]
            if metric.signed:
                return signed_color(value, strength, self.dark)
            if not math.isfinite(value) or strength == 0:
                return None
            return risk_color(strength, self.dark)
        return None
