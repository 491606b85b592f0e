"""The Risk page of the Settings dialog: the limits of each account (or the default for every
account), each switched on or off with its value, the breakers' states and times, the
position management rules, and the account's trading state with Resume / Reduce only /
Halt."""

from __future__ import annotations

import logging
from dataclasses import fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import (
    TIMEFRAMES,
    PositionRules,
    PregaoError,
    RiskLimits,
    RiskStatus,
    TradingState,
    TradingStateEvent,
)
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from desktop.shell.trading_state import STATE_COLOURS, state_sentence

log = logging.getLogger(__name__)

DEFAULT = ""  # the account id of the global default


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskLimits", text)


# What a limit's box shows while it is off: a sensible value to start from when ticked.
STARTING_VALUES = {
    "max_order_notional": 10_000.0, "max_position_notional": 50_000.0,
    "max_gross_exposure_pct": 200.0, "max_asset_exposure_pct": 100.0,
    "max_correlated_exposure_pct": 100.0, "max_var_pct": 5.0, "max_open_orders": 50,
    "max_orders_per_second": 5, "max_orders_per_minute": 60, "min_reward_risk": 1.5,
    "daily_loss_limit": 500.0, "max_drawdown_pct": 20.0, "max_consecutive_losses": 3,
    "margin_use_reducing_pct": 60.0, "margin_use_halted_pct": 85.0,
}


def limit_rows() -> list[tuple[str, str, str, float, float, int]]:
    """(field, label, suffix, minimum, maximum, decimals) of every switchable limit."""
    money = _t(" (account currency)")
    return [
        ("max_order_notional", _t("Max order value") + money, "", 0.01, 1e12, 2),
        ("max_position_notional", _t("Max position value per symbol") + money, "", 0.01, 1e12, 2),
        ("max_gross_exposure_pct", _t("Max gross exposure"), " %", 0.01, 10_000, 2),
        ("max_asset_exposure_pct", _t("Max exposure to one asset (all its symbols)"), " %",
         0.01, 10_000, 2),
        ("max_correlated_exposure_pct", _t("Max correlation-weighted exposure"), " %", 0.01,
         10_000, 2),
        ("max_var_pct", _t("Max 1-day 99 % VaR of the book"), " %", 0.01, 100, 2),
        ("max_open_orders", _t("Max open orders"), "", 1, 100_000, 0),
        ("max_orders_per_second", _t("Max orders per second"), "", 1, 10_000, 0),
        ("max_orders_per_minute", _t("Max orders per minute"), "", 1, 100_000, 0),
        ("min_reward_risk", _t("Min reward:risk (orders with stop and target)"), "", 0.01,
         1000, 2),
        ("daily_loss_limit", _t("Daily loss limit (equity)") + money, "", 0.01, 1e12, 2),
        ("max_drawdown_pct", _t("Max drawdown from peak equity"), " %", 0.01, 100, 2),
        ("max_consecutive_losses", _t("Losing trades in a row"), "", 1, 1000, 0),
        ("margin_use_reducing_pct", _t("Margin use from which only reducing orders pass "
                                       "(perpetuals)"), " %", 0.01, 1000, 2),
        ("margin_use_halted_pct", _t("Margin use from which trading halts (perpetuals)"), " %",
         0.01, 1000, 2),
    ]


class RiskLimitsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("riskLimitsPage")
        self.account = QComboBox()
        self.account.setObjectName("riskAccount")
        self.account.addItem(_t("Default for every account"), DEFAULT)
        self.inherit = QCheckBox(_t("Use the default limits and rules"))
        self.state = QLabel()
        self.state.setObjectName("riskState")
        self.state.setWordWrap(True)
        self.resume_button = QPushButton(_t("Resume trading"))
        self.reduce_button = QPushButton(_t("Reduce only"))
        self.halt_button = QPushButton(_t("Halt trading"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setProperty("role", "muted")
        self.save_button = QPushButton(_t("Save limits"))
        self.save_button.setProperty("filled", True)

        self.switches: dict[str, QCheckBox] = {}
        self.values: dict[str, QDoubleSpinBox | QSpinBox] = {}
        limits_box = QGroupBox(_t("Limits (off unless ticked)"))
        form = QFormLayout(limits_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, suffix, low, high, decimals in limit_rows():
            switch = QCheckBox(label)
            switch.setObjectName(f"on-{name}")
            spin: QDoubleSpinBox | QSpinBox
            if decimals:
                spin = QDoubleSpinBox()
                spin.setDecimals(decimals)
            else:
                spin = QSpinBox()
            spin.setRange(low, high)  # type: ignore[arg-type]
            spin.setSuffix(suffix)
            spin.setObjectName(f"value-{name}")
            spin.setEnabled(False)
            switch.toggled.connect(spin.setEnabled)
            self.switches[name], self.values[name] = switch, spin
            form.addRow(switch, spin)

        breakers = QGroupBox(_t("Breakers"))
        bform = QFormLayout(breakers)
        self.reset_hour = QSpinBox()
        self.reset_hour.setRange(0, 23)
        self.reset_hour.setSuffix(_t(":00 UTC"))
        self.cooldown = QDoubleSpinBox()
        self.cooldown.setRange(1, 100_000)
        self.cooldown.setDecimals(0)
        self.cooldown.setSuffix(_t(" min"))
        self.breaker_states: dict[str, QComboBox] = {}
        bform.addRow(_t("The trading day starts at"), self.reset_hour)
        for name, label in (("daily_loss_state", _t("Daily loss limit reached:")),
                            ("drawdown_state", _t("Drawdown limit reached:")),
                            ("loss_streak_state", _t("Losing streak reached:"))):
            combo = QComboBox()
            combo.addItem(_t("halt trading"), TradingState.HALTED)
            combo.addItem(_t("reduce only"), TradingState.REDUCING)
            self.breaker_states[name] = combo
            bform.addRow(label, combo)
        bform.addRow(_t("Cool down after a losing streak for"), self.cooldown)
        note = QLabel(_t("A daily loss halt ends at the next day start, a losing streak after "
                         "the cooldown, a drawdown halt only when you resume trading."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        bform.addRow(note)

        rules_box = QGroupBox(_t("Position rules (off unless ticked)"))
        rform = QFormLayout(rules_box)
        rform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rule_switches: dict[str, QCheckBox] = {}
        self.rule_values: dict[str, QDoubleSpinBox | QSpinBox] = {}
        for name, label, suffix, low, high, decimals, start in (
                ("break_even_at_r", _t("Stop to break-even at"), " R", 0.1, 100, 2, 1.0),
                ("close_after_hours", _t("Close a position after"), _t(" h"), 0.1, 10_000, 1,
                 24.0),
                ("close_after_bars", _t("Close a position after (bars)"), "", 1, 100_000, 0,
                 20),
                ("atr_stop_multiple", _t("Initial stop when none is set"), " × ATR", 0.1, 100,
                 2, 2.0)):
            switch = QCheckBox(label)
            spin: QDoubleSpinBox | QSpinBox
            if decimals:
                spin = QDoubleSpinBox()
                spin.setDecimals(decimals)
            else:
                spin = QSpinBox()
            spin.setRange(low, high)  # type: ignore[arg-type]
            spin.setSuffix(suffix)
            spin.setValue(start)  # type: ignore[arg-type]
            spin.setEnabled(False)
            switch.toggled.connect(spin.setEnabled)
            self.rule_switches[name], self.rule_values[name] = switch, spin
            rform.addRow(switch, spin)
        self.bar_timeframe = QComboBox()
        self.atr_timeframe = QComboBox()
        for tf in TIMEFRAMES:
            self.bar_timeframe.addItem(tf, tf)
            self.atr_timeframe.addItem(tf, tf)
        self.atr_period = QSpinBox()
        self.atr_period.setRange(1, 1000)
        self.atr_period.setSuffix(_t(" bars"))
        rform.addRow(_t("Bars of"), self.bar_timeframe)
        rform.addRow(_t("ATR of"), self.atr_timeframe)
        rform.addRow(_t("ATR period"), self.atr_period)

        state_box = QGroupBox(_t("Trading state"))
        sl = QVBoxLayout(state_box)
        sl.addWidget(self.state)
        buttons = QHBoxLayout()
        for b in (self.resume_button, self.reduce_button, self.halt_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        sl.addLayout(buttons)

        top = QHBoxLayout()
        top.addWidget(QLabel(_t("Account")))
        top.addWidget(self.account, 1)
        top.addWidget(self.inherit)
        content = QWidget()
        box = QVBoxLayout(content)
        box.addLayout(top)
        box.addWidget(state_box)
        box.addWidget(limits_box)
        box.addWidget(breakers)
        box.addWidget(rules_box)
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved, 1)
        save_row.addWidget(self.save_button)
        box.addWidget(self.error)
        box.addLayout(save_row)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.account.currentIndexChanged.connect(lambda _i: self.ctx.spawn(self.load()))
        self.inherit.toggled.connect(self._editable)
        self.save_button.clicked.connect(lambda: self.ctx.spawn(self.save(), _t("Saving")))
        self.resume_button.clicked.connect(
            lambda: self.ctx.spawn(self._set_state(TradingState.ACTIVE)))
        self.reduce_button.clicked.connect(
            lambda: self.ctx.spawn(self._set_state(TradingState.REDUCING)))
        self.halt_button.clicked.connect(
            lambda: self.ctx.spawn(self._set_state(TradingState.HALTED)))
        self._unsubscribe = ctx.bridge.subscribe(TradingStateEvent, self._on_state)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.ctx.spawn(self._load_accounts(), _t("Loading accounts"))

    # -- loading -----------------------------------------------------------------------------
    @property
    def account_id(self) -> str:
        return self.account.currentData() or DEFAULT

    async def _load_accounts(self) -> None:
        for info in await self.ctx.client.accounts():
            self.account.addItem(info.label, info.id)
        await self.load()

    async def load(self) -> None:
        account = self.account_id
        limits = await self.ctx.client.risk_limits(account)
        rules = await self.ctx.client.risk_rules(account)
        own = account == DEFAULT or await self.ctx.client.risk_has_own_limits(account)
        if account != self.account_id:
            return  # another account was chosen meanwhile
        self.show_limits(limits)
        self.show_rules(rules)
        self.inherit.setVisible(account != DEFAULT)
        self.inherit.setChecked(not own)
        self._editable(not own)
        self.error.clear()
        self.saved.clear()
        for b in (self.resume_button, self.reduce_button, self.halt_button):
            b.setVisible(account != DEFAULT)
        if account == DEFAULT:
            self.state.setText(_t("Choose an account to see and change its trading state."))
        else:
            self.show_state(await self.ctx.client.risk_status(account))

    def show_limits(self, limits: RiskLimits) -> None:
        for name, switch in self.switches.items():
            value = getattr(limits, name)
            switch.setChecked(value is not None)
            self.values[name].setValue(STARTING_VALUES[name] if value is None else value)
        self.reset_hour.setValue(limits.daily_reset_hour_utc)
        self.cooldown.setValue(limits.loss_cooldown_minutes)
        for name, combo in self.breaker_states.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(limits, name))))

    def show_rules(self, rules: PositionRules) -> None:
        for name, switch in self.rule_switches.items():
            value = getattr(rules, name)
            switch.setChecked(value is not None)
            if value is not None:
                self.rule_values[name].setValue(value)
        self.bar_timeframe.setCurrentIndex(max(0, self.bar_timeframe.findData(
            rules.bar_timeframe)))
        self.atr_timeframe.setCurrentIndex(max(0, self.atr_timeframe.findData(
            rules.atr_timeframe)))
        self.atr_period.setValue(rules.atr_period)

    def rules(self) -> PositionRules:
        values: dict = {}
        for name, switch in self.rule_switches.items():
            spin = self.rule_values[name]
            values[name] = (spin.value() if isinstance(spin, QDoubleSpinBox)
                            else int(spin.value())) if switch.isChecked() else None
        return PositionRules(**values, bar_timeframe=self.bar_timeframe.currentData(),
                             atr_period=int(self.atr_period.value()),
                             atr_timeframe=self.atr_timeframe.currentData())

    def limits(self) -> RiskLimits:
        values: dict = {}
        for name, switch in self.switches.items():
            spin = self.values[name]
            values[name] = (spin.value() if isinstance(spin, QDoubleSpinBox)
                            else int(spin.value())) if switch.isChecked() else None
        values["daily_reset_hour_utc"] = int(self.reset_hour.value())
        values["loss_cooldown_minutes"] = float(self.cooldown.value())
        for name, combo in self.breaker_states.items():
            values[name] = TradingState(combo.currentData())
        known = {f.name for f in fields(RiskLimits)}
        return RiskLimits(**{k: v for k, v in values.items() if k in known})

    def _editable(self, inherited: bool) -> None:
        editable = not (inherited and self.account_id != DEFAULT)
        for name, switch in self.switches.items():
            switch.setEnabled(editable)
            self.values[name].setEnabled(editable and switch.isChecked())
        for name, switch in self.rule_switches.items():
            switch.setEnabled(editable)
            self.rule_values[name].setEnabled(editable and switch.isChecked())
        for widget in (self.reset_hour, self.cooldown, *self.breaker_states.values(),
                       self.bar_timeframe, self.atr_timeframe, self.atr_period):
            widget.setEnabled(editable)

    # -- saving ------------------------------------------------------------------------------
    async def save(self) -> None:
        account = self.account_id
        limits = None if account != DEFAULT and self.inherit.isChecked() else self.limits()
        self.error.clear()
        for spin in self.values.values():
            spin.setProperty("invalid", False)
        rules = None if limits is None else self.rules()
        try:
            await self.ctx.client.risk_set_limits(account, limits)
            await self.ctx.client.risk_set_rules(account, rules)
        except PregaoError as exc:
            self.error.setText(tr_message(exc))
            field = getattr(exc, "field", "")
            spin = self.values.get(field) or self.rule_values.get(field)
            if spin is not None:
                spin.setProperty("invalid", True)
                spin.setFocus()
            return
        self.saved.setText(_t("Saved: the guard checks every order against these limits now."))
        if limits is None:
            self.show_limits(await self.ctx.client.risk_limits(account))
            self.show_rules(await self.ctx.client.risk_rules(account))

    async def _set_state(self, state: TradingState) -> None:
        account = self.account_id
        if account == DEFAULT:
            return
        self.show_state(await self.ctx.client.risk_set_state(account, state, ""))

    # -- state -------------------------------------------------------------------------------
    def _on_state(self, event: TradingStateEvent) -> None:
        if event.status.account == self.account_id:
            self.show_state(event.status)

    def show_state(self, status: RiskStatus) -> None:
        colour = STATE_COLOURS[status.state]
        self.state.setText(f"<span style='color:{colour}'>■</span> "
                           f"{state_sentence(status).replace('<', '&lt;')}")
        self.resume_button.setEnabled(status.state is not TradingState.ACTIVE)
        self.reduce_button.setEnabled(status.state is not TradingState.REDUCING)
        self.halt_button.setEnabled(status.state is not TradingState.HALTED)
