"""The kill switch dialog: it names what it will do (how many orders it cancels and positions
it closes on which accounts), runs only when confirmed, then shows per order and position
what is done and what is not yet (the exchange may be rate-limiting or half down)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import KillSwitchReport, PregaoError, TradingState
from desktop.core.accounts import AccountInfo
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from desktop.shell.trading_state import STATE_COLOURS


def _t(text: str) -> str:
    return QCoreApplication.translate("KillSwitch", text)


class KillSwitchDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("killSwitchDialog")
        self.setWindowTitle(_t("Kill switch"))
        self.accounts: list[AccountInfo] = []
        self.counts: dict[str, tuple[int, int]] = {}  # account -> (open orders, positions)
        self.checks: dict[str, QCheckBox] = {}
        self.report: KillSwitchReport | None = None
        self.summary = QLabel(_t("Looking up open orders and positions…"))
        self.summary.setObjectName("killSwitchSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("killSwitchReport")
        self.table.setHorizontalHeaderLabels(
            [_t("Account"), _t("What"), _t("Symbol"), _t("Done"), _t("Detail")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.hide()
        self.buttons = QDialogButtonBox()
        self.run_button = QPushButton(_t("Cancel orders, close positions and halt"))
        self.run_button.setObjectName("killSwitchRun")
        colour = STATE_COLOURS[TradingState.HALTED]
        self.run_button.setStyleSheet(
            f"QPushButton {{ background: {colour}; border-color: {colour}; color: white; "
            "font-weight: 600; padding: 4px 10px; } QPushButton:disabled { opacity: 0.5; }")
        self.run_button.setEnabled(False)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.run_button.clicked.connect(lambda: self.ctx.spawn(self.run(), _t("Kill switch")))
        self.close_button.clicked.connect(self.reject)
        self.list = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.list)
        layout.addWidget(self.table, 1)
        self.spacer = QWidget()  # keeps the text at the top until the report fills the room
        layout.addWidget(self.spacer, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.ctx.spawn(self.load(), _t("Kill switch"))

    async def load(self) -> None:
        client = self.ctx.client
        self.accounts = [a for a in await client.accounts() if a.state == "connected"]
        for info in self.accounts:
            orders = [o for o in await client.trade_open_orders(info.id) if not o.parent_id]
            positions = [p for p in await client.trade_positions(info.id) if abs(p.amount) > 0]
            self.counts[info.id] = (len(orders), len(positions))
            box = QCheckBox(info.label)
            box.setObjectName(f"kill-{info.id}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._describe())
            self.checks[info.id] = box
            self.list.addWidget(box)
        self._describe()

    def chosen(self) -> list[str]:
        return [a for a, box in self.checks.items() if box.isChecked()]

    def _describe(self) -> None:
        chosen = self.chosen()
        if not self.accounts:
            self.summary.setText(_t("No account is connected: there is nothing to stop."))
            self.run_button.setEnabled(False)
            return
        if not chosen:
            self.summary.setText(_t("Tick the accounts to stop."))
            self.run_button.setEnabled(False)
            return
        orders = sum(self.counts[a][0] for a in chosen)
        positions = sum(self.counts[a][1] for a in chosen)
        names = ", ".join(f"“{self.checks[a].text()}”" for a in chosen)
        self.summary.setText(_t(
            "This cancels {orders} open order(s) and closes {positions} position(s) at market "
            "on {accounts}, then halts trading there until you resume it (Settings › Risk). "
            "While the exchange rate-limits or fails it keeps trying for a minute and then "
            "reports what is not done yet.").format(orders=orders, positions=positions,
                                                    accounts=names))
        self.run_button.setEnabled(True)

    async def run(self) -> None:
        chosen = self.chosen()
        self.run_button.setEnabled(False)
        for box in self.checks.values():
            box.setEnabled(False)
        self.summary.setText(_t("Canceling and closing… (retrying while the exchange "
                                "rate-limits or fails)"))
        try:
            self.report = await self.ctx.client.risk_kill_switch(chosen)
        except PregaoError as exc:
            self.summary.setText(tr_message(exc))
            self.summary.setProperty("role", "error")
            self.run_button.setEnabled(True)
            return
        self.show_report(self.report)

    def show_report(self, report: KillSwitchReport) -> None:
        names = {a.id: a.label for a in self.accounts}
        left = len(report.not_done)
        if left:
            self.summary.setText(_t("{0} item(s) are not done yet: press the kill switch "
                                    "again once the exchange answers. Trading is halted on "
                                    "the chosen accounts.").format(left))
            self.summary.setProperty("role", "error")
        else:
            self.summary.setText(_t("Done: every order canceled, every position closed; trading "
                                    "is halted on the chosen accounts until you resume it."))
            self.summary.setProperty("role", "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.table.setRowCount(len(report.items))
        for row, item in enumerate(report.items):
            what = {"order": _t("order"), "position": _t("position")}.get(item.kind,
                                                                         _t("account"))
            cells = (names.get(item.account, item.account), what, item.symbol,
                     _t("yes") if item.done else _t("not yet"), tr_message(item.detail))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 3:
                    cell.setForeground(QColor(STATE_COLOURS[
                        TradingState.ACTIVE if item.done else TradingState.HALTED]))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.spacer.hide()
        self.table.show()
        self.close_button.setText(_t("Close"))
