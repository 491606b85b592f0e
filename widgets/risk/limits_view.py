"""The account's limits as gauges (used / allowed, amber then red as the limit nears), and
the badge of its trading state."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.core import LimitUsage, TradingState
from desktop.shell.trading_state import STATE_COLOURS
from widgets.common.numbers import fmt_number
from widgets.risk.colors import AMBER, GOOD, HOT

AMBER_FROM = 0.75  # of the allowed amount used: the gauge warns
RED_FROM = 0.9  # close to the limit (and beyond it)
GAUGE_COLUMNS = 3


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskDock", text)


def limit_title(name: str) -> str:
    return {
        "max_order_notional": _t("Order size"),
        "max_position_notional": _t("Largest position"),
        "max_gross_exposure_pct": _t("Gross exposure"),
        "max_open_orders": _t("Open orders"),
        "max_orders_per_second": _t("Orders per second"),
        "max_orders_per_minute": _t("Orders per minute"),
        "daily_loss_limit": _t("Daily loss"),
        "max_drawdown_pct": _t("Drawdown"),
        "max_consecutive_losses": _t("Losing trades in a row"),
        "max_asset_exposure_pct": _t("Largest asset exposure"),
        "max_correlated_exposure_pct": _t("Correlated exposure"),
        "max_var_pct": _t("1-day VaR 99%"),
        "min_reward_risk": _t("Reward:risk"),
        "margin_use_reducing_pct": _t("Margin use (reduce only)"),
        "margin_use_halted_pct": _t("Margin use (halt)"),
    }.get(name, name)


def unit_text(unit: str) -> str:
    return {
        "orders": _t("orders"),
        "orders/s": _t("orders/s"),
        "orders/min": _t("orders/min"),
        "trades": _t("trades"),
    }.get(unit, unit)


def usage_text(u: LimitUsage) -> str:
    decimals = 0 if u.unit in ("orders", "orders/s", "orders/min", "trades") else 2
    used = "—" if not math.isfinite(u.used) else fmt_number(u.used, decimals)
    allowed = fmt_number(u.allowed, decimals)
    unit = unit_text(u.unit)
    return f"{used} / {allowed}{'' if unit == '%' else ' '}{unit}"


def gauge_color(fraction: float, dark: bool) -> QColor:
    if fraction >= RED_FROM:
        return HOT[dark]
    if fraction >= AMBER_FROM:
        return AMBER[dark]
    return GOOD[dark]


class LimitGauge(QWidget):
    """One limit: its name, a bar filled to used / allowed, and the numbers on the bar."""

    def __init__(self, usage: LimitUsage, dark: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.usage = usage
        self.dark = dark
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_tooltip()

    def set_usage(self, usage: LimitUsage, dark: bool) -> None:
        self.usage, self.dark = usage, dark
        self._update_tooltip()
        self.update()

    @property
    def fraction(self) -> float:
        f = self.usage.fraction
        return f if math.isfinite(f) else 0.0

    def color(self) -> QColor:
        return gauge_color(self.fraction, self.dark)

    def _update_tooltip(self) -> None:
        self.setToolTip(_t("{0}: {1} used ({2}%)").format(
            limit_title(self.usage.limit), usage_text(self.usage),
            fmt_number(self.fraction * 100, 0)))

    def sizeHint(self) -> QSize:
        return QSize(260, self.fontMetrics().height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        title_width = min(rect.width() * 0.45, self.fontMetrics().horizontalAdvance(
            limit_title(self.usage.limit)) + 12)
        text_color = self.palette().color(self.foregroundRole())
        painter.setPen(text_color)
        painter.drawText(rect.adjusted(0, 0, -(rect.width() - title_width), 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         limit_title(self.usage.limit))
        bar = rect.adjusted(title_width, 0, 0, 0)
        track = QColor(text_color)
        track.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        fill = QColor(self.color())
        fill.setAlpha(200 if self.dark else 150)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * min(self.fraction, 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(text_color)
        painter.drawText(bar.adjusted(6, 0, -6, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                         usage_text(self.usage))
        painter.end()


class LimitGauges(QWidget):
    """A grid of gauges, one per limit that is on; a sentence when none is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gauges: list[LimitGauge] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.none = QLabel(_t("No limits are on for this account."))
        self.none.setProperty("role", "muted")
        self.grid.addWidget(self.none, 0, 0)
        self.dark = True

    def set_usage(self, usage: list[LimitUsage], dark: bool) -> None:
        self.dark = dark
        if [g.usage.limit for g in self.gauges] == [u.limit for u in usage]:
            for gauge, u in zip(self.gauges, usage, strict=True):
                gauge.set_usage(u, dark)
            return
        for gauge in self.gauges:
            self.grid.removeWidget(gauge)
            gauge.deleteLater()
        self.gauges = [LimitGauge(u, dark, self) for u in usage]
        for i, gauge in enumerate(self.gauges):
            self.grid.addWidget(gauge, i // GAUGE_COLUMNS, i % GAUGE_COLUMNS)
        self.none.setVisible(not usage)


def state_style(state: TradingState) -> str:
    """The badge in the trading state's colour (the status bar's), readable on both themes."""
    text = "#1d2433" if state is TradingState.REDUCING else "#ffffff"  # dark on amber
    return (f"QLabel {{ background: {STATE_COLOURS[state]}; color: {text}; "
            f"border-radius: 3px; padding: 2px 8px; font-weight: bold; }}")
