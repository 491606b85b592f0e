"""The starting balances of a paper account, as the account form edits them: one row per
currency (code and amount), rows added and removed, each judged as it is typed, the wrong
field outlined and the sentence saying why right under the rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.icons import icon

MAX_ROWS = 20  # as the engine allows (desktop/engine/account_checks.py)


def _t(text: str) -> str:
    return QCoreApplication.translate("StartingBalances", text)


class StartingBalancesEditor(QWidget):
    """`pairs()` is what the rows say when every row is right, else None (with the reason
    shown under the rows)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Here, not at the top: widgets.order_entry imports the account form back.
        from widgets.order_entry.numbers import NumberFormat

        self.fmt = NumberFormat.of()
        self.rows: list[tuple[QLineEdit, QLineEdit, QToolButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.add_button = QPushButton(icon("add"), _t("Add a currency"))
        self.add_button.setToolTip(_t("Start with another currency too (BTC to trade "
                                      "BTC-quoted markets, say)"))
        self.add_button.clicked.connect(lambda: self.add_row("", None, focus=True))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.grid)
        layout.addLayout(below)
        layout.addWidget(self.error)

    def set_pairs(self, pairs: tuple[tuple[str, float], ...]) -> None:
        while self.rows:
            self._remove(self.rows[-1][2])
        for currency, amount in pairs:
            self.add_row(currency, amount)
        self.check()

    def add_row(self, currency: str, amount: float | None, focus: bool = False) -> None:
        if len(self.rows) >= MAX_ROWS:
            return
        code = QLineEdit(currency)
        code.setPlaceholderText(_t("Currency, e.g. BTC"))
        code.setMaxLength(16)
        code.setToolTip(_t("The currency's code as exchanges write it: USDT, BTC, ETH…"))
        value = QLineEdit("" if amount is None else self._number(amount))
        value.setPlaceholderText(_t("Amount"))
        remove = QToolButton()
        remove.setIcon(icon("delete"))
        remove.setToolTip(_t("Remove this currency"))
        remove.setAccessibleName(_t("Remove this currency"))
        row = len(self.rows)
        self.grid.addWidget(code, row, 0)
        self.grid.addWidget(value, row, 1)
        self.grid.addWidget(remove, row, 2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 2)
        self.rows.append((code, value, remove))
        code.textEdited.connect(lambda text, f=code: self._upper(f, text))
        value.textChanged.connect(lambda _t: self._edited())
        remove.clicked.connect(lambda _c=False, b=remove: self._removed(b))
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        if focus:
            code.setFocus()

    def pairs(self) -> tuple[tuple[str, float], ...] | None:
        return self.check()

    def check(self) -> tuple[tuple[str, float], ...] | None:
        """Judge every row; the first wrong field is outlined with the reason shown."""
        out: list[tuple[str, float]] = []
        problem = ""
        for code, value, _ in self.rows:
            for field in (code, value):
                self._mark(field, False)
        for code, value, _ in self.rows:
            currency = code.text().strip().upper()
            if not currency and not value.text().strip():
                continue  # an empty row added but not filled in: not a currency
            field, problem = self._judge(currency, value, out)
            if problem:
                self._mark(field, True)
                break
            out.append((currency, self._parse(value.text())))
        if not problem and not out:
            problem = _t("Give the account at least one currency to start with.")
            if self.rows:
                self._mark(self.rows[0][0], True)
        self.error.setText(problem)
        return None if problem else tuple(out)

    def _judge(self, currency: str, value: QLineEdit,
               before: list[tuple[str, float]]) -> tuple[QWidget, str]:
        code = next(c for c, v, _ in self.rows if v is value)
        if not currency:
            return code, _t("Enter the currency of {amount}.").format(amount=value.text())
        if not (currency.isascii() and currency.isalnum()):
            return code, _t("“{code}” is not a currency code: letters and digits, e.g. "
                            "USDT or BTC.").format(code=currency)
        if any(c == currency for c, _ in before):
            return code, _t("{code} is listed twice.").format(code=currency)
        try:
            amount = self._parse(value.text())
        except ValueError as exc:  # NumberError, with the sentence
            return value, f"{currency}: {exc}"
        if amount <= 0:
            return value, _t("The starting {code} must be more than zero.").format(
                code=currency)
        return value, ""

    def _parse(self, text: str) -> float:
        from widgets.order_entry.numbers import parse_number

        return parse_number(text, self.fmt).float

    def _number(self, amount: float) -> str:
        text = f"{amount:.8f}".rstrip("0").rstrip(".")
        return text.replace(".", self.fmt.decimal) if self.fmt.decimal != "." else text

    def _upper(self, field: QLineEdit, text: str) -> None:
        if text != text.upper():
            position = field.cursorPosition()
            field.setText(text.upper())
            field.setCursorPosition(position)
        self._edited()

    def _edited(self) -> None:
        self.check()
        self.changed.emit()

    def _removed(self, button: QToolButton) -> None:
        self._remove(button)
        self._edited()

    def _remove(self, button: QToolButton) -> None:
        index = next(i for i, (_, _, b) in enumerate(self.rows) if b is button)
        for widget in self.rows.pop(index):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        for row, widgets in enumerate(self.rows):  # close the gap
            for column, widget in enumerate(widgets):
                self.grid.addWidget(widget, row, column)
        self.add_button.setEnabled(True)

    @staticmethod
    def _mark(field: QWidget, invalid: bool) -> None:
        if bool(field.property("invalid")) != invalid:
            field.setProperty("invalid", invalid)
            field.style().unpolish(field)
            field.style().polish(field)
