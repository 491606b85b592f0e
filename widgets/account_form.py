"""The Add/Edit account form: a searchable list of every exchange, label, sandbox switch,
masked credentials with a show toggle, and a Test button that shows balances or the
exchange's own objection right beside it.

Keys typed here go to the engine, which puts them in the system keyring; the form keeps no
copy after it closes, and nothing of it is written to settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import Balance, OrderType, PregaoError
from desktop.core.accounts import (
    ACCOUNT_SOURCE_PREFIX,
    DEMO_SOURCE,
    PAPER_EXCHANGE,
    REPLAY_SOURCE,
    AccountDraft,
    AccountFieldError,
    AccountInfo,
    ExchangeInfo,
    OrderTypeSupport,
    PriceSourceInfo,
)
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from widgets.common.numbers import localize_digits
from widgets.starting_balances import StartingBalancesEditor

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELDS = ("exchange", "label", "sandbox", "api_key", "secret", "passphrase", "price_source",
          "starting_balances")


def _t(text: str) -> str:
    return QCoreApplication.translate("AccountForm", text)


def balances_text(balances: list[Balance]) -> str:
    shown = [b for b in balances if b.total]
    if not shown:
        return _t("Connected: the account holds no funds")
    parts = [f"{b.currency} {localize_digits(f'{b.total:,.8g}')}"
             for b in sorted(shown, key=lambda b: -b.total)[:8]]
    return _t("Connected. Balances: {list}").format(list=" · ".join(parts))


def order_type_name(order_type: OrderType) -> str:
    return {
        OrderType.MARKET: _t("Market"),
        OrderType.LIMIT: _t("Limit"),
        OrderType.STOP_MARKET: _t("Stop market"),
        OrderType.STOP_LIMIT: _t("Stop limit"),
        OrderType.TAKE_PROFIT: _t("Take profit"),
        OrderType.TRAILING_STOP: _t("Trailing stop"),
        OrderType.OCO: _t("OCO"),
        OrderType.ICEBERG: _t("Iceberg"),
        OrderType.BRACKET: _t("Bracket"),
    }[order_type]


def order_types_text(types: list[OrderTypeSupport]) -> str:
    """"Market (native) · OCO (emulated) · …": what the exchange runs itself and what Pregão
    runs on top of it."""
    if not types:
        return _t("No order types known")
    parts = [(_t("{name} (emulated)") if t.emulated else _t("{name} (native)"))
             .format(name=order_type_name(t.type)) for t in types]
    return " · ".join(parts)


def price_source_name(source: PriceSourceInfo) -> str:
    if source.id == DEMO_SOURCE:
        return _t("Demo market")
    if source.id == REPLAY_SOURCE:
        return _t("Replay") if source.available else _t("Replay (none open)")
    if source.id.startswith(ACCOUNT_SOURCE_PREFIX):
        return _t("{name} (account's public data)").format(name=source.name)
    return _t("{name} (public data)").format(name=source.name)


class AccountForm(QDialog):
    """Add (`account` None) or edit an account. `exchanges` comes from the engine."""

    def __init__(self, ctx: AppContext, exchanges: list[ExchangeInfo],
                 account: AccountInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.exchanges = {e.id: e for e in exchanges}
        self.saved: AccountInfo | None = None
        self.setWindowTitle(_t("Edit account") if account else _t("Add account"))
        self.setObjectName("account-form")

        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search {n} exchanges").format(n=len(exchanges)))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        for e in exchanges:
            item = QStandardItem(e.name if e.id == e.name.lower() else f"{e.name}  ({e.id})")
            item.setData(e.id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.exchange_list = QListView()
        self.exchange_list.setModel(self.proxy)
        self.exchange_list.setMinimumHeight(160)
        self.label = QLineEdit(account.label if account else "")
        self.label.setPlaceholderText(_t("A name you will recognise, e.g. “Binance main”"))
        self.sandbox = QCheckBox(_t("Use the exchange's sandbox (testnet)"))
        self.sandbox.setToolTip(_t("Practice with test funds; sandbox keys are separate keys"))
        self.api_key = self._secret_field()
        self.secret = self._secret_field()
        self.passphrase = self._secret_field()
        self.show_keys = QCheckBox(_t("Show keys"))
        self.show_keys.toggled.connect(self._show_keys)
        self.price_source = QComboBox()
        self.price_source.setToolTip(_t("Where the paper account's prices come from"))
        self.price_source.addItem(_t("Demo market"), DEMO_SOURCE)
        self.starting_balances = StartingBalancesEditor()
        self.starting_balances.setToolTip(_t("What the paper account starts with, and what "
                                             "a reset takes it back to"))
        self.order_types = QLabel()
        self.order_types.setWordWrap(True)
        self.order_types.setToolTip(_t("Native: the exchange runs the order. Emulated: Pregão "
                                       "runs it on top of the exchange's own order types, "
                                       "while Pregão is running."))
        self._order_types_for = ""  # the exchange whose order types the label shows
        if account and not account.is_paper:
            for field in (self.api_key, self.secret, self.passphrase):
                field.setPlaceholderText(_t("Unchanged (kept in the system keyring)"))
        self.errors = {name: self._error_label() for name in FIELDS}
        self.errors["starting_balances"] = self.starting_balances.error  # under its rows
        self.error = self._error_label()  # what concerns the whole form (keyring, database)

        self.test_button = QPushButton(icon("reload"), _t("Test"))
        self.test_button.setToolTip(_t("Fetch the balances with these keys, without saving"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        form = QFormLayout()
        form.addRow(_t("Exchange"), self._with_error(self.search, "exchange", self.exchange_list))
        form.addRow(_t("Label"), self._with_error(self.label, "label"))
        form.addRow("", self._with_error(self.sandbox, "sandbox"))
        form.addRow(_t("API key"), self._with_error(self.api_key, "api_key"))
        form.addRow(_t("Secret"), self._with_error(self.secret, "secret"))
        form.addRow(_t("Passphrase"), self._with_error(self.passphrase, "passphrase"))
        form.addRow("", self.show_keys)
        self._price_source_row = self._with_error(self.price_source, "price_source")
        form.addRow(_t("Price source"), self._price_source_row)
        form.addRow(_t("Starting balances"), self.starting_balances)
        self._form = form
        form.addRow(_t("Order types"), self.order_types)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(self._filter)
        self.exchange_list.selectionModel().currentChanged.connect(lambda *_: self._on_exchange())
        self.test_button.clicked.connect(self.run_test)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.select_exchange(account.exchange if account else PAPER_EXCHANGE)
        if account and account.is_paper:
            self.search.setEnabled(False)
            self.exchange_list.setEnabled(False)
        self.ctx.spawn(self._load_price_sources(), _t("Load price sources"))
        if account and account.is_paper:
            self.starting_balances.set_pairs(account.starting_balances)
        elif account is None:
            self.ctx.spawn(self._load_default_balances(), _t("Load starting balances"))
        self.resize(560, 720)

    # -- exchange choice -----------------------------------------------------------------

    def select_exchange(self, exchange_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == exchange_id:
                self.exchange_list.setCurrentIndex(index)
                self.exchange_list.scrollTo(index)
                self._on_exchange()
                return True
        return False

    def exchange(self) -> ExchangeInfo | None:
        index = self.exchange_list.currentIndex()
        return self.exchanges.get(index.data(ID_ROLE)) if index.isValid() else None

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.exchange_list.currentIndex().isValid():
            self.exchange_list.setCurrentIndex(self.proxy.index(0, 0))
        self._on_exchange()

    def _on_exchange(self) -> None:
        info = self.exchange()
        paper = info is not None and info.id == PAPER_EXCHANGE
        self.sandbox.setEnabled(bool(info and info.has_sandbox))
        if not self.sandbox.isEnabled():
            self.sandbox.setChecked(False)
        elif self.account and self.account.exchange == info.id:
            self.sandbox.setChecked(self.account.sandbox)
        for field in (self.api_key, self.secret):
            field.setEnabled(not paper)
        self.passphrase.setEnabled(bool(info and info.needs_passphrase))
        self.price_source.setEnabled(paper)
        # A live account trades the exchange's own prices: no paper price source to show.
        self._form.setRowVisible(self._price_source_row, paper)
        self._form.setRowVisible(self.starting_balances, paper)
        self.errors["exchange"].clear()
        self._show_order_types(info)

    # -- order types and price sources ---------------------------------------------------

    def _show_order_types(self, info: ExchangeInfo | None) -> None:
        exchange_id = info.id if info else ""
        if exchange_id == self._order_types_for:
            return
        self._order_types_for = exchange_id
        self.order_types.setText(_t("Loading…") if exchange_id else "")
        if exchange_id:
            self.ctx.spawn(self._load_order_types(exchange_id), _t("Load order types"))

    async def _load_order_types(self, exchange_id: str) -> None:
        account = self.account if self.account and self.account.exchange == exchange_id \
            else None
        try:
            types = await self.ctx.client.account_order_types(
                account.id if account else "", exchange_id)
        except PregaoError as exc:
            text = tr_message(exc)
        else:
            text = order_types_text(types)
        if exchange_id == self._order_types_for:  # an answer for an earlier choice is stale
            self.order_types.setText(text)

    async def _load_price_sources(self) -> None:
        try:
            sources = await self.ctx.client.account_price_sources()
        except PregaoError as exc:
            self.errors["price_source"].setText(tr_message(exc))
            return
        current = self.account.price_source if self.account else DEMO_SOURCE
        self.price_source.clear()
        for source in sources:
            self.price_source.addItem(price_source_name(source), source.id)
        index = self.price_source.findData(current)
        if index < 0:  # e.g. an exchange's public data no longer offered: still shown
            self.price_source.addItem(current, current)
            index = self.price_source.count() - 1
        self.price_source.setCurrentIndex(index)

    async def _load_default_balances(self) -> None:
        """What a new paper account starts with unless typed otherwise (the engine says)."""
        try:
            balances = await self.ctx.client.account_test(AccountDraft(PAPER_EXCHANGE, ""))
        except PregaoError as exc:
            self.starting_balances.error.setText(tr_message(exc))
            return
        if not self.starting_balances.rows:  # nothing typed meanwhile
            self.starting_balances.set_pairs(tuple((b.currency, b.total) for b in balances))

    # -- credentials ---------------------------------------------------------------------

    def _secret_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        # Keys must not linger in the clipboard history by accident, nor be dragged out.
        field.setDragEnabled(False)
        field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                  | Qt.InputMethodHint.ImhNoPredictiveText)
        return field

    def _show_keys(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.api_key, self.secret, self.passphrase):
            field.setEchoMode(mode)

    def draft(self) -> AccountDraft:
        info = self.exchange()
        return AccountDraft(
            exchange=info.id if info else "",
            label=self.label.text(),
            sandbox=self.sandbox.isEnabled() and self.sandbox.isChecked(),
            api_key=self.api_key.text() if self.api_key.isEnabled() else "",
            secret=self.secret.text() if self.secret.isEnabled() else "",
            passphrase=self.passphrase.text() if self.passphrase.isEnabled() else "",
            price_source=(self.price_source.currentData() or "")
            if self.price_source.isEnabled() else "",
            starting_balances=(self.starting_balances.pairs() or ())
            if self.price_source.isEnabled() else (),
        )

    # -- actions -------------------------------------------------------------------------

    def run_test(self) -> None:
        self._clear_errors()
        self.test_result.setProperty("role", "muted")
        self._restyle(self.test_result)
        self.test_result.setText(_t("Testing…"))
        self.test_button.setEnabled(False)
        self.ctx.spawn(self._test(self.draft()), _t("Test account"))

    async def _test(self, draft: AccountDraft) -> None:
        try:
            balances = await self.ctx.client.account_test(
                draft, self.account.id if self.account else "")
        except AccountFieldError as exc:
            self._show_result(tr_message(exc), error=True)
            self._field_error(exc)
        except PregaoError as exc:
            self._show_result(tr_message(exc), error=True)
        else:
            self._show_result(balances_text(balances), error=False)
        finally:
            self.test_button.setEnabled(True)

    def save(self) -> None:
        self._clear_errors()
        if self.price_source.isEnabled() and self.starting_balances.check() is None:
            return  # the wrong row is outlined, with the reason under the rows
        self.save_button.setEnabled(False)
        self.ctx.spawn(self._save(self.draft()), _t("Save account"))

    async def _save(self, draft: AccountDraft) -> None:
        client = self.ctx.client
        try:
            if self.account is None:
                self.saved = await client.account_add(draft)
            else:
                self.saved = await client.account_edit(self.account.id, draft)
        except AccountFieldError as exc:
            self._field_error(exc)
        except PregaoError as exc:
            self.error.setText(tr_message(exc))  # e.g. no usable keyring: nothing was saved
        else:
            for field in (self.api_key, self.secret, self.passphrase):
                field.clear()
            self.accept()
        finally:
            self.save_button.setEnabled(True)

    # -- messages ------------------------------------------------------------------------

    def _show_result(self, text: str, *, error: bool) -> None:
        self.test_result.setProperty("role", "error" if error else "")
        self._restyle(self.test_result)
        self.test_result.setText(text)

    def _field_error(self, exc: AccountFieldError) -> None:
        label = self.errors.get(exc.field, self.error)
        label.setText(tr_message(exc))

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.clear()

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setProperty("role", "error")
        label.setWordWrap(True)
        return label

    def _with_error(self, widget: QWidget, name: str, extra: QWidget | None = None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if extra is not None:
            column.addWidget(extra)
        column.addWidget(self.errors[name])
        return box

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
