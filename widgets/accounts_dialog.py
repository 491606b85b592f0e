"""File > Accounts…: the trading accounts, their connection state, and what to do with them.

Add/Edit open `AccountForm`; Remove asks first and deletes the keys from the system keyring
too; Connect/Disconnect open and close the account's venue in the engine.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import ConnectionEvent, ConnectionState, PregaoError
from desktop.core.accounts import AccountInfo, AccountsChanged, ExchangeInfo
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from widgets.account_form import AccountForm, order_types_text
from widgets.common.numbers import localize_digits

COLUMNS = ("label", "exchange", "sandbox", "key", "state")


def _t(text: str) -> str:
    return QCoreApplication.translate("AccountsDialog", text)


def state_text(state: ConnectionState) -> str:
    return {
        ConnectionState.CONNECTED: _t("Connected"),
        ConnectionState.CONNECTING: _t("Connecting…"),
        ConnectionState.DISCONNECTED: _t("Disconnected"),
        ConnectionState.DEGRADED: _t("Degraded"),
        ConnectionState.BANNED: _t("Banned"),
    }[state]


class AccountsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_t("Accounts"))
        self.setObjectName("accounts-dialog")
        self.accounts: list[AccountInfo] = []
        self.exchanges: list[ExchangeInfo] = []
        self.form: AccountForm | None = None
        self.confirm: QMessageBox | None = None
        self.loaded = False

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [_t("Label"), _t("Exchange"), _t("Sandbox"), _t("API key"), _t("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(icon("add"), _t("Add…"))
        self.add_button.setToolTip(_t("Add an exchange or paper account"))
        self.edit_button = QPushButton(icon("settings"), _t("Edit…"))
        self.remove_button = QPushButton(icon("delete"), _t("Remove"))
        self.remove_button.setToolTip(_t("Remove the account and its keys from the keyring"))
        self.connect_button = QPushButton(icon("play"), _t("Connect"))
        self.disconnect_button = QPushButton(icon("stop"), _t("Disconnect"))
        self.reset_button = QPushButton(icon("reload"), _t("Reset…"))
        self.reset_button.setToolTip(_t("Take a paper account back to its starting balances: "
                                        "open orders canceled, positions and history cleared"))
        close = QPushButton(_t("Close"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.order_types = QLabel()
        self.order_types.setWordWrap(True)
        self.order_types.setObjectName("account-order-types")
        self.order_types.setToolTip(_t("Native: the exchange runs the order. Emulated: Pregão "
                                       "runs it on top of the exchange's own order types, "
                                       "while Pregão is running."))
        self._order_types_for: tuple[str, ConnectionState] | None = None
        note = QLabel(_t("API keys are kept in the system keyring, never in Pregão's files."))
        note.setProperty("role", "muted")

        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.connect_button,
                  self.disconnect_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.order_types)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.reset_button.clicked.connect(lambda: self.reset())
        self.connect_button.clicked.connect(lambda: self._run(self._connect(True)))
        self.disconnect_button.clicked.connect(lambda: self._run(self._connect(False)))
        close.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self._unsubscribe: list = []
        self._update_buttons()
        self.resize(760, 380)
        self.refresh()

    # Events only while shown: a hidden dialog has nothing to update, and no handler of a
    # closed window stays behind on the bridge.
    def showEvent(self, event: QShowEvent) -> None:
        if not self._unsubscribe:
            bridge = self.ctx.bridge
            self._unsubscribe = [bridge.subscribe(ConnectionEvent, self._on_connection),
                                 bridge.subscribe(AccountsChanged, self._on_accounts_changed)]
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        super().hideEvent(event)

    # -- list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.spawn(self._load(), _t("Load accounts"))

    async def _load(self) -> None:
        try:
            accounts = await self.ctx.client.accounts()
            if not self.exchanges:
                # The accounts at once: the list of every exchange (ccxt's, loaded on first
                # use) took seconds after a start, with the table empty meanwhile.
                self._show(accounts)
                self.exchanges = await self.ctx.client.account_exchanges()
        except PregaoError as exc:
            self.error.setText(tr_message(exc))
            return
        if self.error.text() == _t("The list of exchanges is still loading; try again."):
            self.error.clear()  # it has loaded: the note no longer holds
        self._show(accounts)
        self.loaded = True

    def _show(self, accounts: list[AccountInfo]) -> None:
        selected = self.selected()
        self.accounts = accounts
        names = {e.id: e.name for e in self.exchanges}
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            values = (a.label, names.get(a.exchange, a.exchange),
                      _t("Yes") if a.sandbox else "", a.key_hint, state_text(a.state))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == len(COLUMNS) - 1 and a.detail:
                    item.setToolTip(tr_message(a.detail))
                self.table.setItem(row, col, item)
            if selected is not None and a.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def select(self, label: str) -> None:
        for row, a in enumerate(self.accounts):
            if a.label == label:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        a = self.selected()
        connected = a is not None and a.state is not ConnectionState.DISCONNECTED
        self.edit_button.setEnabled(a is not None)
        self.remove_button.setEnabled(a is not None)
        self.connect_button.setEnabled(a is not None and not connected)
        self.disconnect_button.setEnabled(a is not None and connected)
        self.reset_button.setEnabled(a is not None and a.is_paper)
        self._show_order_types(a)

    def _show_order_types(self, account: AccountInfo | None) -> None:
        """The selected account's order types, each marked native or emulated (a connected
        venue declares its own; the list is fetched again when the state changes)."""
        key = (account.id, account.state) if account is not None else None
        if key == self._order_types_for:
            return
        self._order_types_for = key
        if account is None:
            self.order_types.clear()
            return
        self.ctx.spawn(self._load_order_types(key), _t("Load order types"))

    async def _load_order_types(self, key: tuple[str, ConnectionState]) -> None:
        try:
            types = await self.ctx.client.account_order_types(key[0])
        except PregaoError as exc:
            text = tr_message(exc)
        else:
            text = _t("Order types: {list}").format(list=order_types_text(types))
        if key == self._order_types_for:
            self.order_types.setText(text)

    def _on_accounts_changed(self, _event: AccountsChanged) -> None:
        self.refresh()

    def _on_connection(self, event: ConnectionEvent) -> None:
        if any(a.label == event.venue for a in self.accounts):
            self.refresh()

    # -- commands ------------------------------------------------------------------------

    def add(self) -> None:
        self._open_form(None)

    def edit(self) -> None:
        account = self.selected()
        if account is not None:
            self._open_form(account)

    def _open_form(self, account: AccountInfo | None) -> None:
        if not self.exchanges:
            self.error.setText(_t("The list of exchanges is still loading; try again."))
            return
        self.error.clear()
        self.form = AccountForm(self.ctx, self.exchanges, account, self)
        self.form.accepted.connect(self.refresh)
        self.form.open()

    def remove(self) -> None:
        account = self.selected()
        if account is None:
            return
        text = _t("Remove the account “{label}”?").format(label=account.label)
        info = "" if account.is_paper else _t(
            "Its API key, secret and passphrase are deleted from the system keyring too.")
        self.confirm = box = QMessageBox(QMessageBox.Icon.Question, _t("Remove account"), text,
                                         QMessageBox.StandardButton.Yes
                                         | QMessageBox.StandardButton.No, self)
        box.setInformativeText(info)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._confirmed(account, result))
        box.open()

    def _confirmed(self, account: AccountInfo, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self._run(self.ctx.client.account_remove(account.id))

    def reset(self, account: AccountInfo | None = None) -> None:
        """Ask, naming the account and what it goes back to, then reset it."""
        account = account or self.selected()
        if account is None or not account.is_paper:
            return
        start = " · ".join(f"{localize_digits(f'{amount:,.8g}')} {currency}"
                           for currency, amount in account.starting_balances)
        text = _t("Reset the paper account “{label}”?").format(label=account.label)
        info = _t("It goes back to its starting balances ({start}). Its open orders are "
                  "canceled, its positions, orders and fills are cleared. The log and the "
                  "database keep a record of the reset.").format(start=start)
        self.confirm = box = QMessageBox(QMessageBox.Icon.Warning, _t("Reset paper account"),
                                         text, QMessageBox.StandardButton.Reset
                                         | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(info)
        box.button(QMessageBox.StandardButton.Reset).setText(_t("Reset"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_t("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._reset_confirmed(account, result))
        box.open()

    def _reset_confirmed(self, account: AccountInfo, result: int) -> None:
        if result == QMessageBox.StandardButton.Reset:
            self._run(self._reset(account))

    async def _reset(self, account: AccountInfo) -> None:
        await self.ctx.client.account_reset(account.id)
        self.ctx.statusMessage.emit(
            _t("“{label}” is back to its starting balances").format(label=account.label), 6000)

    async def _connect(self, connect: bool) -> None:
        account = self.selected()
        if account is None:
            return
        if connect:
            await self.ctx.client.account_connect(account.id)
        else:
            await self.ctx.client.account_disconnect(account.id)

    def _run(self, coro) -> None:
        self.error.clear()

        async def guarded() -> None:
            try:
                await coro
            except PregaoError as exc:
                self.error.setText(tr_message(exc))  # the keyring or the exchange said no: say why
            await self._load()

        self.ctx.spawn(guarded(), _t("Accounts"))


def install_account_commands(ctx: AppContext, docks: DockManager) -> None:
    dialog: list[AccountsDialog] = []

    def open_dialog() -> AccountsDialog:
        if not dialog:
            parent = ctx.parent()
            dialog.append(AccountsDialog(ctx, parent if isinstance(parent, QWidget) else None))
            closing = getattr(parent, "closing", None)  # MainWindow: close with the window
            if closing is not None:
                closing.connect(dialog[0].close)
        d = dialog[0]
        d.show()
        d.raise_()
        d.activateWindow()
        if d.loaded:
            d.refresh()
        return d

    def reset_paper() -> None:
        """The accounts dialog, asking to reset the selected paper account (the first paper
        account when none is selected)."""
        d = open_dialog()

        async def ask() -> None:
            if not d.loaded:
                await d._load()
            chosen = d.selected()
            if chosen is None or not chosen.is_paper:
                chosen = next((a for a in d.accounts if a.is_paper), None)
                if chosen is not None:
                    d.select(chosen.label)
            d.reset(chosen)

        ctx.spawn(ask(), _t("Accounts"))

    ctx.actions.register(
        "accounts.open",
        _t("Accounts…"),
        open_dialog,
        shortcut="Ctrl+Alt+A",
        icon_name="account",
        menu="file",
        tooltip=_t("Exchange and paper accounts: add keys, test, connect"),
    )
    ctx.actions.register(
        "accounts.reset_paper",
        _t("Reset paper account…"),
        reset_paper,
        shortcut="Ctrl+Alt+Shift+Z",
        icon_name="reload",
        menu="file",
        tooltip=_t("Take a paper account back to its starting balances (asks first)"),
    )
