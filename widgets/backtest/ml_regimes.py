"""The ML view's Regimes page: the current market regime of each market ticked in the setup,
and each regime's share of time, mean return and volatility (client.ml_current_regimes)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.ml import RegimeView
from desktop.shell.icons import icon
from widgets.backtest.ml_results import _item, _table
from widgets.chart.regime_band import COLORS, regime_name
from widgets.common.labels import muted_label


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestML", text)


def _pct(value: float, decimals: int) -> str:
    return "—" if math.isnan(value) else QLocale().toString(100.0 * value, "f", decimals) + " %"


class RegimesView(QWidget):
    detectRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detect_button = QPushButton(icon("chart"), _t("Detect regimes"))
        self.detect_button.setToolTip(_t("Fit the regimes of every ticked market on its past "
                                         "candles only, in the chosen timeframe"))
        self.detect_button.clicked.connect(self.detectRequested.emit)
        self.note = muted_label(_t("A Gaussian mixture over volatility and trend, refitted on "
                                   "past candles only; regimes are numbered calmest first. "
                                   "Returns and volatility are per candle."))
        self.note.setWordWrap(True)
        self.table = _table([_t("Market"), _t("Regime"), _t("Now"), _t("Share of time"),
                             _t("Mean return"), _t("Volatility")])
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.detect_button, 0, Qt.AlignmentFlag.AlignTop)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 4, 0, 0)
        v.addLayout(top)
        v.addWidget(self.table, 1)

    def set_views(self, views: list[RegimeView]) -> None:
        rows = [(view, s) for view in views for s in view.stats]
        self.table.setRowCount(len(rows))
        for r, (view, s) in enumerate(rows):
            now = s.regime == view.current
            cells = [f"{view.symbol} {view.timeframe}", regime_name(s.regime, view.n_regimes),
                     "●" if now else "", _pct(s.share, 1), _pct(s.mean_return, 4),
                     _pct(s.volatility, 3)]
            for c, text in enumerate(cells):
                item = _item(text, c >= 3)
                if c in (1, 2):
                    item.setForeground(QColor(COLORS[s.regime % len(COLORS)]))
                if now:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
