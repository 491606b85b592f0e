"""The live preview under the form: cost, fee, position after the order, stop and risk."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desktop.core import Market
from widgets.order_entry.margin_row import MarginPreview
from widgets.order_entry.numbers import NumberFormat
from widgets.order_entry.preview import OrderPreview
from widgets.order_entry.validation import fmt_value


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


class PreviewView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        rows = (("cost", _t("Cost")), ("fee", _t("Fee")), ("position", _t("Position after")),
                ("stop", _t("To stop")), ("risk", _t("Risk")), ("available", _t("Available")),
                ("margin", _t("Margin used")), ("liquidation", _t("Liq. price")))
        for row, (key, title) in enumerate(rows):
            name = QLabel(title)
            name.setProperty("role", "muted")
            value = QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value
            self.titles[key] = name
        grid.setColumnStretch(1, 1)
        self.show_margin(None, None, None)

    def text(self, key: str) -> str:
        return self.values[key].text()

    def show_preview(self, p: OrderPreview | None, market: Market | None,
                     available: tuple[float, float], fmt: NumberFormat,
                     selling: bool = False) -> None:
        self.titles["cost"].setText(_t("Proceeds") if selling else _t("Cost"))
        if market is None:
            for label in self.values.values():
                label.setText("—")
            return
        money = max(0.01, market.price_tick)

        def quote(x: float) -> str:
            return f"{fmt_value(x, money, fmt)} {market.quote}" if _ok(x) else "—"

        def base(x: float, signed: bool = False) -> str:
            if not _ok(x):
                return "—"
            text = fmt_value(abs(x), market.amount_step, fmt)
            sign = ("+" if x > 0 else "−" if x < 0 else "") if signed else ""
            return f"{sign}{text} {market.base}"

        base_free, quote_free = available
        self.values["available"].setText(" · ".join((quote(quote_free), base(base_free))))
        if p is None:
            for key in ("cost", "fee", "position", "stop", "risk"):
                self.values[key].setText("—")
            return
        self.values["cost"].setText(quote(p.cost))
        rate = fmt.format(p.fee_rate * 100, 3).rstrip("0").rstrip(fmt.decimal)
        kind = _t("maker") if p.maker else _t("taker")
        self.values["fee"].setText(f"{quote(p.fee)} ({kind} {rate} %)" if _ok(p.fee) else "—")
        self.values["position"].setText(base(p.position_after, signed=True))
        if _ok(p.stop_distance_pct):
            stop = f"{fmt.format(p.stop_distance_pct, 2)} % = 1 R"
            if _ok(p.target_r):
                stop += " · " + _t("target {r} R").format(r=fmt.format(p.target_r, 1))
            self.values["stop"].setText(stop)
        else:
            self.values["stop"].setText("—")
        self.values["risk"].setText(quote(p.risk))


    def show_margin(self, p: MarginPreview | None, market: Market | None,
                    fmt: NumberFormat | None) -> None:
        """A perpetual's margin used and liquidation price; the rows hide for spot."""
        shown = p is not None and market is not None and fmt is not None
        for key in ("margin", "liquidation"):
            self.titles[key].setVisible(shown)
            self.values[key].setVisible(shown)
        if not shown:
            return
        money = max(0.01, market.price_tick)
        self.values["margin"].setText(
            f"{fmt_value(p.margin, money, fmt)} {market.quote}" if _ok(p.margin) else "—")
        self.values["liquidation"].setText(
            fmt_value(p.liquidation, market.price_tick, fmt) if _ok(p.liquidation) else "—")


def _ok(x: float) -> bool:
    return x is not None and math.isfinite(x)
