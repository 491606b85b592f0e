"""Modify an open order's price or amount: checked against the market before anything is
sent; a wrong field gets its message beside it, the engine's refusal shows below."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import Market, Order, fits_step
from desktop.engine.client import EngineClient
from desktop.shell.messages import tr_message
from widgets.common.labels import error_label, muted_label
from widgets.common.numbers import decimals_for_step, fmt_number
from widgets.monitors.formatting import amount_text, side_text, type_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


def parse_number(text: str) -> float | None:
    """A number typed in the user's locale or with a plain dot; None if it is not one."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def _number_problem(value: float | None, step: float, not_positive: str, off_step: str,
                    step_text: str) -> str:
    """What is wrong with a typed price or amount, in words; "" if nothing."""
    if value is None:
        return _t("Enter a number")
    if value <= 0:
        return not_positive
    if not fits_step(value, step):
        return off_step.format(step_text)
    return ""


class ModifyOrderDialog(QDialog):
    """`submit()` validates, sends `trade_modify` and closes on success."""

    def __init__(
        self, client: EngineClient, order: Order, market: Market | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.order = order
        self.market = market
        self.setWindowTitle(_t("Modify order"))
        self.price_value = order.price if order.price is not None else order.stop_price
        summary = f"{side_text(order.side)} {type_text(order.type)} {order.symbol}"
        self.price = QLineEdit(self._price_str(self.price_value))
        self.price_error = error_label()
        # The engine replaces the order (cancel, then place) for what is still to fill.
        self.amount = QLineEdit(self._amount_str(order.remaining))
        self.amount_error = error_label()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(muted_label(summary))
        price_label = _t("Price") if order.price is not None else _t("Trigger price")
        if self.price_value is not None:
            form.addRow(price_label, self.price)
            form.addRow("", self.price_error)
        else:
            self.price.hide()
        form.addRow(_t("Amount to fill"), self.amount)
        form.addRow("", self.amount_error)
        self.hint = muted_label()
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Modify"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.price.textEdited.connect(lambda _t: self.price_error.hide())
        self.amount.textEdited.connect(lambda _t: self.amount_error.hide())
        self.setMinimumWidth(340)
        self._task = None
        self.set_market(market)

    def set_market(self, market: Market | None) -> None:
        """The order's market: its tick, step and limits check the fields."""
        self.market = market
        if market is None:
            self.hint.hide()
            return
        if not self.price.isModified():  # shown before the market came: put it on the tick
            self.price.setText(self._price_str(self.price_value))
        self.hint.setText(_t("Tick {0} · step {1} · filled {2}").format(
            self._price_str(market.price_tick), amount_text(market.amount_step),
            amount_text(self.order.filled)))
        self.hint.show()

    def _price_str(self, value: float | None) -> str:
        if value is None:
            return ""
        decimals = decimals_for_step(self.market.price_tick) if self.market else 8
        return fmt_number(value, decimals).replace(QLocale().groupSeparator(), "")

    @staticmethod
    def _amount_str(value: float) -> str:
        return amount_text(value).replace(QLocale().groupSeparator(), "")

    # -- validation ---------------------------------------------------------------------------
    def validate(self) -> dict[str, float] | None:
        """The changed fields (price=, amount=) if every field is right; else show why."""
        for label in (self.price_error, self.amount_error, self.error):
            label.hide()
        market, order = self.market, self.order
        changes: dict[str, float] = {}
        ok = True
        price = self.price_value
        if self.price_value is not None:
            price = parse_number(self.price.text())
            message = _number_problem(
                price, market.price_tick if market else 0.0,
                _t("The price must be above zero"),
                _t("The price must be a multiple of the tick {0}"),
                self._price_str(market.price_tick) if market else "",
            )
            if message:
                self._show(self.price_error, message)
                ok = False
            elif not math.isclose(price, self.price_value, rel_tol=1e-12):
                changes["price"] = price
        amount = parse_number(self.amount.text())
        message = _number_problem(
            amount, market.amount_step if market else 0.0,
            _t("The amount must be above zero"),
            _t("The amount must be a multiple of the step {0}"),
            amount_text(market.amount_step) if market else "",
        )
        if message or market is None:
            pass
        elif amount < market.min_amount:
            message = _t("The exchange's minimum amount is {0}").format(
                amount_text(market.min_amount))
        elif price is not None and market.min_notional and price * amount < market.min_notional:
            message = _t("Price × amount must be at least {0}").format(
                amount_text(market.min_notional))
        if message:
            self._show(self.amount_error, message)
            ok = False
        elif not math.isclose(amount, order.remaining, rel_tol=1e-12):
            changes["amount"] = amount
        if ok and not changes:
            self._show(self.error, _t("Change the price or the amount first"))
            ok = False
        return changes if ok else None

    @staticmethod
    def _show(label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()

    # -- sending ------------------------------------------------------------------------------
    def _on_ok(self) -> None:
        import asyncio

        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self.submit())

    async def submit(self) -> bool:
        changes = self.validate()
        if changes is None:
            return False
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(False)
        try:
            await self.client.trade_modify(self.order.account, self.order.id, **changes)
        except Exception as exc:  # the engine's sentence, shown where the user looks
            self._show(self.error, tr_message(exc))
            return False
        finally:
            ok_button.setEnabled(True)
        self.accept()
        return True
