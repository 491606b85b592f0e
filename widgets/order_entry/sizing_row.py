"""Size the order like the backtester sizes a position: % of equity, risk % to the stop-loss,
a volatility target, fractional Kelly or a fixed amount. The engine computes the units
(EngineClient.risk_size, the backtester's own formula); the Amount field takes them, so the
preview and the checks work on it as on a typed amount."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.core import PregaoError
from desktop.shell.messages import tr_message
from widgets.order_entry import validation as v
from widgets.order_entry.numbers import NumberError, parse_number
from widgets.order_entry.validation import ExitMode

if TYPE_CHECKING:
    from widgets.order_entry.panel import OrderEntryPanel


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


def sizing_modes() -> list[tuple[str, str, str, float, float]]:
    """(mode, label, suffix, default value, maximum) in the order the menu shows them."""
    return [
        ("pct", _t("% of equity"), " %", 10.0, 10_000.0),
        ("risk", _t("Risk % of equity to the stop"), " %", 1.0, 100.0),
        ("vol", _t("Volatility target (a year)"), " %", 20.0, 1000.0),
        ("kelly", _t("Fractional Kelly"), " ×", 0.5, 1.0),
        ("fixed", _t("Fixed amount"), "", 0.01, 1e9),
    ]


class SizingRow(QWidget):
    #: (mode, value): the trader asked for a size.
    sizeRequested = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sizingRow")
        self.mode = QComboBox()
        self.mode.setObjectName("sizingMode")
        self._modes = sizing_modes()
        for mode, label, *_ in self._modes:
            self.mode.addItem(label, mode)
        self.value = QDoubleSpinBox()
        self.value.setObjectName("sizingValue")
        self.value.setDecimals(2)
        self.button = QPushButton(_t("Size"))
        self.button.setObjectName("sizingButton")
        self.button.setToolTip(_t("Fill the amount by this sizing rule (the backtester's)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "muted")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.addWidget(self.mode, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.button, 0, 2)
        grid.addWidget(self.message, 1, 0, 1, 3)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.button.clicked.connect(
            lambda: self.sizeRequested.emit(self.mode.currentData(), self.value.value()))
        self._mode_changed(0)

    def _mode_changed(self, index: int) -> None:
        _, _, suffix, default, maximum = self._modes[max(0, index)]
        self.value.setRange(0.0001 if suffix != " %" else 0.01, maximum)
        self.value.setDecimals(4 if not suffix else 2)
        self.value.setSuffix(suffix)
        self.value.setValue(default)
        self.message.clear()

    def set_mode(self, mode: str, value: float) -> None:
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        self.value.setValue(value)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


async def size_amount(panel: OrderEntryPanel, mode: str, value: float) -> None:
    """Ask the engine for the units and put them in the order entry's Amount (in base)."""
    row: SizingRow = panel.sizing
    market = panel.market()
    if market is None or not panel.account_id:
        row.show_message(_t("Choose an account and a symbol first."), error=True)
        return
    form = panel.form.values()

    def typed(text: str) -> float | None:
        try:
            return float(parse_number(text, panel.fmt).value) if text.strip() else None
        except NumberError:
            return None

    price = typed(form.price) if form.price.strip() else None
    stop = typed(form.stop_loss) if form.stop_loss_mode is ExitMode.PRICE else None
    if mode == "risk" and stop is None:
        row.show_message(_t("Sizing by risk needs the stop-loss as a price (tick "
                            "“Take-profit and stop-loss”)."), error=True)
        return
    row.show_message(_t("Sizing…"))
    try:
        units = await panel.ctx.client.risk_size(panel.account_id, market.symbol, form.side,
                                                 mode, value, price, stop)
    except PregaoError as exc:
        row.show_message(tr_message(exc), error=True)
        return
    if panel.form.unit.isChecked():  # the amount is read in base units
        panel.form.unit.setChecked(False)
    panel.form.amount.setText(v.fmt_value(units, market.amount_step, panel.fmt))
    row.show_message(_t("Amount set to {0} {1}.").format(
        v.fmt_value(units, market.amount_step, panel.fmt), market.base))
