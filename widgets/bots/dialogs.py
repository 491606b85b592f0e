"""The bot form: a new bot (strategy, account, symbols, timeframe, sizing, parameters), or new
parameters for an existing one. The parameters form is generated from what the strategy
declares (widgets/backtest/param_form.py, as in the backtest dock). What the engine refuses is
shown in the form, in its words; nothing is sent while a field is wrong."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import PregaoError
from desktop.core.accounts import AccountInfo
from desktop.core.bots import BotInfo, BotSpec
from desktop.core.timeframes import TIMEFRAMES
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from widgets.backtest.param_form import ParameterForm
from widgets.common.labels import error_label, muted_label
from widgets.common.strategy_text import strategy_text

DEFAULT_TIMEFRAME = "1m"


def _t(text: str) -> str:
    return QCoreApplication.translate("BotsDock", text)


class BotDialog(QDialog):
    """`bot` given: edit its parameters only. Otherwise a new bot, prefilled from `preset`
    (a BotSpec from a backtest or optimisation result, or None)."""

    def __init__(self, ctx: AppContext, strategies: list[dict[str, Any]],
                 accounts: list[AccountInfo], parent: QWidget | None = None,
                 bot: BotInfo | None = None, preset: BotSpec | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bot-dialog")
        self.ctx = ctx
        self.bot = bot
        self.result_bot: BotInfo | None = None
        self._strategies = {s["id"]: s for s in strategies if not s.get("error")}
        self.setWindowTitle(_t("Edit bot parameters") if bot else _t("New bot"))
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("Optional: a name to tell it apart"))
        self.strategy = QComboBox()
        for sid, info in sorted(self._strategies.items()):
            self.strategy.addItem(strategy_text(info.get("name") or sid), sid)
        self.account = QComboBox()
        for account in accounts:
            kind = _t("paper") if account.is_paper else account.exchange
            self.account.addItem(f"{account.label} ({kind})", account.id)
        self.symbols = QLineEdit()
        self.symbols.setPlaceholderText("BTC/USDT, ETH/USDT")
        self.symbols.setToolTip(_t("One or more symbols, separated by commas"))
        self.timeframe = QComboBox()
        for tf in TIMEFRAMES:
            self.timeframe.addItem(tf, tf)
        self.sizing = QLineEdit("all")
        self.sizing.setToolTip(_t("As in pregao backtest --size: all, pct=P, fixed=Q, risk=R, "
                                  "vol=V, kelly=F"))
        self.allow_short = QCheckBox(_t("Take short entries"))
        self.allow_short.setToolTip(_t("Needs an account that can sell what it does not hold "
                                       "(a spot paper account cannot)"))
        self.params = ParameterForm()
        self.error = error_label()

        form = QFormLayout()
        form.addRow(_t("Name"), self.name)
        form.addRow(_t("Strategy"), self.strategy)
        form.addRow(_t("Account"), self.account)
        form.addRow(_t("Symbols"), self.symbols)
        form.addRow(_t("Timeframe"), self.timeframe)
        form.addRow(_t("Size"), self.sizing)
        form.addRow("", self.allow_short)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.params)
        scroll.setMinimumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_t("Save parameters") if bot else _t("Create bot"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if bot is not None:
            layout.addWidget(muted_label(_t("{name}: {strategy} on {symbols} {timeframe}. A "
                                            "running bot warms up again with the new "
                                            "parameters.").format(
                name=bot.spec.name or bot.spec.strategy, strategy=bot.spec.strategy,
                symbols=", ".join(bot.spec.symbols), timeframe=bot.spec.timeframe)))
        else:
            layout.addLayout(form)
        layout.addWidget(muted_label(_t("Parameters")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.strategy.currentIndexChanged.connect(self._strategy_changed)
        self.params.changed.connect(self._validate)
        spec = bot.spec if bot is not None else preset
        if spec is not None:
            self._prefill(spec)
        else:
            self.timeframe.setCurrentIndex(max(0, self.timeframe.findData(DEFAULT_TIMEFRAME)))
            self._strategy_changed()

    def _prefill(self, spec: BotSpec) -> None:
        self.name.setText(spec.name)
        index = self.strategy.findData(spec.strategy)
        if index >= 0:
            self.strategy.blockSignals(True)
            self.strategy.setCurrentIndex(index)
            self.strategy.blockSignals(False)
        account = self.account.findData(spec.account_id)
        if account >= 0:
            self.account.setCurrentIndex(account)
        self.symbols.setText(", ".join(spec.symbols))
        tf = self.timeframe.findData(spec.timeframe)
        if tf >= 0:
            self.timeframe.setCurrentIndex(tf)
        self.sizing.setText(spec.sizing)
        self.allow_short.setChecked(spec.allow_short)
        info = self._strategies.get(spec.strategy, {})
        self.params.set_params(info.get("params", []), dict(spec.params))
        self._validate()

    def _strategy_changed(self) -> None:
        info = self._strategies.get(self.strategy.currentData(), {})
        self.params.set_params(info.get("params", []))
        self._validate()

    def _validate(self) -> None:
        self.ok.setEnabled(not self.params.errors())

    def spec(self) -> BotSpec:
        symbols = tuple(s.strip().upper() for s in self.symbols.text().split(",") if s.strip())
        return BotSpec(strategy=str(self.strategy.currentData() or ""),
                       account_id=str(self.account.currentData() or ""), symbols=symbols,
                       timeframe=str(self.timeframe.currentData()),
                       params=self.params.values(), sizing=self.sizing.text().strip() or "all",
                       name=self.name.text().strip(), allow_short=self.allow_short.isChecked())

    def submit(self) -> None:
        if self.bot is None and not self.symbols.text().strip():
            self._show_error(_t("Enter at least one symbol, e.g. BTC/USDT."))
            self.symbols.setFocus()
            return
        client = self.ctx.client
        if self.bot is not None:
            bot_id, params = self.bot.id, self.params.values()
            self._send(lambda: client.bot_edit(bot_id, params))
        else:
            spec = self.spec()
            self._send(lambda: client.bot_create(spec))

    def _send(self, call: Callable[[], Awaitable[BotInfo]]) -> None:
        self.ok.setEnabled(False)

        async def run() -> None:
            try:
                self.result_bot = await call()
            except PregaoError as exc:
                self._show_error(tr_message(exc))
                self.ok.setEnabled(True)
                return
            self.accept()

        self.ctx.spawn(run(), _t("Bot"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
