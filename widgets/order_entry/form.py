"""The order entry's inputs: one row per field, each with its error line beneath it.

The form only holds and shows values; the panel decides what they mean (validation.py) and
what to do with them. Rows a type does not use are hidden, not disabled, so the form stays
short in a narrow dock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import Market, OrderType, Side, TimeInForce
from desktop.core.accounts import OrderTypeSupport
from widgets.account_form import order_type_name
from widgets.common.labels import error_label
from widgets.order_entry import validation as v
from widgets.order_entry.validation import AmountUnit, ExitMode, OrderForm

BUY_COLOUR, SELL_COLOUR = "#26a69a", "#ef5350"


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


def side_style(colour: str) -> str:
    """A button filled with the side's colour when checked (or always, for the submit)."""
    return (f"QPushButton:checked, QPushButton[filled=\"true\"] {{ background: {colour}; "
            f"border-color: {colour}; color: white; font-weight: 600; }}")


class FieldRow(QWidget):
    """An input (plus optional widgets beside it) over its error line."""

    def __init__(self, main: QWidget, *extras: QWidget) -> None:
        super().__init__()
        self.main = main
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        line.addWidget(main, 1)
        for extra in extras:
            line.addWidget(extra)
        self.error = error_label()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addLayout(line)
        box.addWidget(self.error)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.main.setProperty("invalid", bool(message))
        self.main.setStyleSheet("border-color: #ef5350;" if message else "")


def _number_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setClearButtonEnabled(True)
    edit.setToolTip(_t("Type numbers in your locale (e.g. 1,5 in Portuguese); a point "
                       "decimal like 1.5 is accepted where it cannot be a thousands group."))
    return edit


class OrderEntryForm(QWidget):
    #: Anything the user changed: the panel re-checks the form and refreshes the preview.
    changed = Signal()
    #: Enter in a field.
    submitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = QComboBox()
        self.account.setToolTip(_t("The account the order goes to"))
        self.symbol = QComboBox()
        self.symbol.setToolTip(_t("Follows the focused chart and the watchlist"))
        self.buy = QPushButton(_t("Buy"))
        self.sell = QPushButton(_t("Sell"))
        self.sides = QButtonGroup(self)
        for button, colour in ((self.buy, BUY_COLOUR), (self.sell, SELL_COLOUR)):
            button.setCheckable(True)
            button.setStyleSheet(side_style(colour))
            self.sides.addButton(button)
        self.buy.setChecked(True)
        sides = QWidget()
        side_line = QHBoxLayout(sides)
        side_line.setContentsMargins(0, 0, 0, 0)
        side_line.setSpacing(4)
        side_line.addWidget(self.buy)
        side_line.addWidget(self.sell)
        self.type = QComboBox()
        self.type.setToolTip(_t("What the account's exchange runs itself, and what Pregão "
                                "emulates on top of it"))

        self.amount = _number_edit(_t("Amount"))
        self.unit = QToolButton()
        self.unit.setCheckable(True)
        self.unit.setToolTip(_t("Amount in the base or the quote currency"))
        self.unit.setMinimumWidth(56)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(25)
        self.slider.setTickInterval(25)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(_t("Share of the available balance"))
        self.slider_label = QLabel("0 %")
        self.slider_label.setMinimumWidth(44)
        self.slider_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        slider_box = QWidget()
        slider_line = QHBoxLayout(slider_box)
        slider_line.setContentsMargins(0, 0, 0, 0)
        slider_line.addWidget(self.slider, 1)
        slider_line.addWidget(self.slider_label)

        self.price = _number_edit(_t("Limit price"))
        self.stop = _number_edit(_t("Trigger price"))
        self.trail = _number_edit(_t("Distance"))
        self.trail_unit = QComboBox()
        self.trail_unit.addItem("%", True)
        self.trail_unit.addItem(_t("price"), False)
        self.visible = _number_edit(_t("Shown amount"))
        self.bracket = QCheckBox(_t("Take-profit and stop-loss"))
        self.bracket.setToolTip(_t("Attach exit orders: sent as a bracket (entry, target, stop)"))
        self.take_profit = _number_edit(_t("Target"))
        self.take_profit_mode = self._exit_modes(with_r=True)
        self.stop_loss = _number_edit(_t("Stop"))
        self.stop_loss_mode = self._exit_modes(with_r=False)
        self.tif = QComboBox()
        for tif, name in ((TimeInForce.GTC, _t("Good till canceled")),
                          (TimeInForce.IOC, _t("Immediate or cancel")),
                          (TimeInForce.FOK, _t("Fill or kill"))):
            self.tif.addItem(name, tif)
        self.post_only = QCheckBox(_t("Post-only"))
        self.post_only.setToolTip(_t("Only rest on the book (maker); never take liquidity"))
        self.reduce_only = QCheckBox(_t("Reduce-only"))
        self.reduce_only.setToolTip(_t("Only shrink a derivatives position, never grow it"))
        flags = QWidget()
        flag_line = QHBoxLayout(flags)
        flag_line.setContentsMargins(0, 0, 0, 0)
        flag_line.addWidget(self.post_only)
        flag_line.addWidget(self.reduce_only)
        flag_line.addStretch(1)

        self.rows: dict[str, FieldRow] = {
            v.AMOUNT: FieldRow(self.amount, self.unit),
            v.PRICE: FieldRow(self.price),
            v.STOP: FieldRow(self.stop),
            v.TRAIL: FieldRow(self.trail, self.trail_unit),
            v.VISIBLE: FieldRow(self.visible),
            v.TAKE_PROFIT: FieldRow(self.take_profit, self.take_profit_mode),
            v.STOP_LOSS: FieldRow(self.stop_loss, self.stop_loss_mode),
            v.TIME_IN_FORCE: FieldRow(self.tif),
            v.REDUCE_ONLY: FieldRow(flags),
        }
        self.layout_ = form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 4)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(5)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(_t("Account"), self.account)
        form.addRow(_t("Symbol"), self.symbol)
        form.addRow(_t("Side"), sides)
        form.addRow(_t("Type"), self.type)
        form.addRow(_t("Amount"), self.rows[v.AMOUNT])
        form.addRow(_t("Balance"), slider_box)
        form.addRow(_t("Trigger"), self.rows[v.STOP])
        form.addRow(_t("Price"), self.rows[v.PRICE])
        form.addRow(_t("Trail"), self.rows[v.TRAIL])
        form.addRow(_t("Visible"), self.rows[v.VISIBLE])
        form.addRow("", self.bracket)
        form.addRow(_t("Take-profit"), self.rows[v.TAKE_PROFIT])
        form.addRow(_t("Stop-loss"), self.rows[v.STOP_LOSS])
        form.addRow(_t("Validity"), self.rows[v.TIME_IN_FORCE])
        form.addRow(_t("Options"), self.rows[v.REDUCE_ONLY])
        self._market: Market | None = None
        self.set_market(None)
        for edit in (self.amount, self.price, self.stop, self.trail, self.visible,
                     self.take_profit, self.stop_loss):
            edit.textEdited.connect(self._emit_changed)
            edit.returnPressed.connect(self.submitRequested)
        for box in (self.type, self.trail_unit, self.take_profit_mode, self.stop_loss_mode,
                    self.tif):
            box.currentIndexChanged.connect(self._emit_changed)
        for check in (self.bracket, self.post_only, self.reduce_only, self.unit):
            check.toggled.connect(self._emit_changed)
        self.sides.buttonToggled.connect(lambda _b, on: on and self._emit_changed())
        self.unit.toggled.connect(lambda _on: self._show_unit())
        self.slider.valueChanged.connect(lambda n: self.slider_label.setText(f"{n} %"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @staticmethod
    def _exit_modes(with_r: bool) -> QComboBox:
        box = QComboBox()
        box.addItem(_t("price"), ExitMode.PRICE)
        box.addItem("%", ExitMode.PERCENT)
        if with_r:
            box.addItem("R", ExitMode.R)
        box.setToolTip(_t("A price, a % from the entry, or (target) a multiple R of the "
                          "distance to the stop-loss"))
        return box

    def _emit_changed(self, *_args) -> None:
        self._update_rows()
        self.changed.emit()

    # -- what the form holds -------------------------------------------------------------

    def side(self) -> Side:
        return Side.SELL if self.sell.isChecked() else Side.BUY

    def set_side(self, side: Side) -> None:
        (self.sell if side is Side.SELL else self.buy).setChecked(True)

    def order_type(self) -> OrderType:
        data = self.type.currentData()
        return OrderType(data) if data else OrderType.MARKET

    def set_order_type(self, order_type: OrderType) -> bool:
        i = self.type.findData(order_type.value)
        if i >= 0:
            self.type.setCurrentIndex(i)
        return i >= 0

    def amount_unit(self) -> AmountUnit:
        return AmountUnit.QUOTE if self.unit.isChecked() else AmountUnit.BASE

    def values(self) -> OrderForm:
        return OrderForm(
            side=self.side(), type=self.order_type(), amount=self.amount.text(),
            amount_unit=self.amount_unit(), price=self.price.text(), stop=self.stop.text(),
            trail=self.trail.text(), trail_percent=bool(self.trail_unit.currentData()),
            visible=self.visible.text(), bracket=self.bracket.isChecked(),
            take_profit=self.take_profit.text(),
            take_profit_mode=ExitMode(self.take_profit_mode.currentData()),
            stop_loss=self.stop_loss.text(),
            stop_loss_mode=ExitMode(self.stop_loss_mode.currentData()),
            # Validity is hidden (and so ignored) for every type but a limit order.
            time_in_force=(TimeInForce(self.tif.currentData())
                           if self.order_type() is OrderType.LIMIT else TimeInForce.GTC),
            post_only=self.post_only.isChecked() and self.post_only.isEnabled(),
            reduce_only=self.reduce_only.isChecked() and self.reduce_only.isEnabled())

    def set_order_types(self, types: list[OrderTypeSupport]) -> None:
        current = self.order_type()
        self.type.blockSignals(True)
        self.type.clear()
        for support in types:
            name = order_type_name(support.type)
            label = _t("{name} (emulated)").format(name=name) if support.emulated else name
            self.type.addItem(label, support.type.value)
        self.type.blockSignals(False)
        if not self.set_order_type(current) and self.type.count():
            self.type.setCurrentIndex(0)
        self._update_rows()

    def set_market(self, market: Market | None) -> None:
        self._market = market
        self._show_unit()
        self.reduce_only.setEnabled(bool(market and market.contract))
        if market is not None:
            self.price.setPlaceholderText(_t("Limit price ({quote})").format(quote=market.quote))
        self._update_rows()

    def _show_unit(self) -> None:
        m = self._market
        self.unit.setText((m.quote if self.unit.isChecked() else m.base) if m else "—")

    def _update_rows(self) -> None:
        order_type = self.order_type()
        shown = v.fields_for(order_type, self.bracket.isChecked())
        for name in (v.PRICE, v.STOP, v.TRAIL, v.VISIBLE, v.TAKE_PROFIT, v.STOP_LOSS):
            self.layout_.setRowVisible(self.rows[name], name in shown)
        self.layout_.setRowVisible(self.bracket, order_type.can_carry_bracket)
        # Validity and post-only mean something for limit orders only, reduce-only for
        # derivatives only: their rows are hidden where they would only be greyed out.
        is_limit = order_type is OrderType.LIMIT
        contract = bool(self._market and self._market.contract)
        self.layout_.setRowVisible(self.rows[v.TIME_IN_FORCE], is_limit)
        self.layout_.setRowVisible(self.rows[v.REDUCE_ONLY], is_limit or contract)
        self.tif.setEnabled(is_limit and not self.post_only.isChecked())
        self.post_only.setEnabled(is_limit)
        self.post_only.setVisible(is_limit)
        self.reduce_only.setVisible(contract)
        optional = order_type.price_optional
        self.price.setPlaceholderText(
            _t("Limit price (empty: market)") if optional else
            _t("Limit price ({quote})").format(quote=self._market.quote) if self._market else
            _t("Limit price"))

    def show_share(self, percent: int) -> None:
        """Move the balance slider to a typed amount's share without re-sizing the amount."""
        if self.slider.value() != percent:
            self.slider.blockSignals(True)
            self.slider.setValue(percent)
            self.slider.blockSignals(False)
            self.slider_label.setText(f"{percent} %")

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_error(errors.get(name, ""))

    def shown_errors(self) -> dict[str, str]:
        return {name: row.error.text() for name, row in self.rows.items()
                if not row.error.isHidden()}
