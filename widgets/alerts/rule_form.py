"""Create or edit an alert rule. The form offers only what fits the chosen condition: a price
level asks for a value (two for a channel), a move for its window, an indicator for its name,
parameters, timeframe and what to compare it with, an order for its outcome, a bot, account or
venue for which one. The engine checks the rule on save; its refusal is shown in the form."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.alerts.model import (
    CHANNELS,
    CONDITION_OPS,
    SEVERITIES,
    SYMBOL_FREE_KINDS,
    AlertRule,
    Condition,
    ConditionKind,
    TriggerMode,
)
from desktop.core import PregaoError
from desktop.core.timeframes import TIMEFRAMES
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from widgets.alerts.wording import channel_name, kind_name, op_name, severity_name, trigger_name
from widgets.common.labels import error_label

K = ConditionKind
_VALUE_KINDS = {K.PRICE, K.PRICE_MOVE, K.INDICATOR, K.VOLUME, K.SPREAD, K.POSITION_PNL,
                K.MARGIN}
_TARGET_KINDS = {K.BOT, K.RISK, K.CONNECTION, K.RATE_LIMIT, K.MARGIN, K.MODEL_DRIFT}


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertForm", text)


def indicator_signature(name: str) -> tuple[list[str], int]:
    """(parameter names, number of outputs) of a strategies.indicators function, read from its
    signature by strategies.indicator_catalog (nothing is computed on the UI thread)."""
    from strategies.indicator_catalog import spec

    s = spec(name)
    return [p.name for p in s.params], s.outputs


def indicator_names() -> list[str]:
    from strategies.indicator_catalog import specs

    return list(specs())


def parse_params(text: str) -> tuple[float, ...]:
    """"14" or "20, 2" -> (14.0,) / (20.0, 2.0); ValueError on anything else."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    return tuple(float(p) for p in parts)


class RuleDialog(QDialog):
    def __init__(self, ctx: AppContext, rule: AlertRule | None = None,
                 symbols: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rule = rule
        self.saved: AlertRule | None = None
        self.setWindowTitle(_t("Edit alert") if rule and rule.id else _t("New alert"))
        self.setObjectName("alert-rule-dialog")
        form = self.form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("Optional: what the notification is titled"))
        self.symbol = QComboBox()
        self.symbol.setEditable(True)
        self.symbol.addItems(symbols or [])
        self.kind = QComboBox()
        for kind in ConditionKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.op = QComboBox()
        self.value = _spin()
        self.value2 = _spin()
        self.window = QSpinBox()
        self.window.setRange(1, 3600)
        self.window.setValue(300)
        self.window.setSuffix(" s")
        self.average = QSpinBox()
        self.average.setRange(2, 500)
        self.average.setValue(20)
        self.indicator = QComboBox()
        self.indicator.addItems(indicator_names())
        self.indicator.setCurrentText("rsi")
        self.params = QLineEdit()
        self.output = QComboBox()
        self.timeframe = QComboBox()
        self.timeframe.addItems(list(TIMEFRAMES))
        self.compare = QComboBox()
        self.compare.addItem(_t("a value"), "value")
        self.compare.addItem(_t("another indicator"), "other")
        self.other = QComboBox()
        self.other.addItems(indicator_names())
        self.other_params = QLineEdit()
        self.target = QLineEdit()
        self.trigger = QComboBox()
        for mode in TriggerMode:
            self.trigger.addItem(trigger_name(mode), mode.value)
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 7 * 86400)
        self.cooldown.setSuffix(" s")
        self.max_count = QSpinBox()
        self.max_count.setRange(0, 1_000_000)
        self.max_count.setSpecialValueText(_t("no limit"))
        self.expires = QCheckBox(_t("Expires"))
        self.expires_at = QDateTimeEdit(QDateTime.currentDateTime().addDays(7))
        self.expires_at.setCalendarPopup(True)
        self.severity = QComboBox()
        for s in SEVERITIES:
            self.severity.addItem(severity_name(s), s)
        self.message = QLineEdit()
        self.message.setPlaceholderText(_t("Optional: your own text for the notification"))
        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        self.channels: dict[str, QCheckBox] = {}
        for i, c in enumerate(CHANNELS):
            box = QCheckBox(channel_name(c))
            self.channels[c] = box
            grid.addWidget(box, i // 3, i % 3)

        form.addRow(_t("Name"), self.name)
        form.addRow(_t("Condition"), self.kind)
        form.addRow(_t("Symbol"), self.symbol)
        form.addRow(_t("Indicator"), self.indicator)
        form.addRow(_t("Parameters"), self.params)
        form.addRow(_t("Output"), self.output)
        form.addRow(_t("Timeframe"), self.timeframe)
        form.addRow(_t("When"), self.op)
        form.addRow(_t("Compare with"), self.compare)
        form.addRow(_t("Other indicator"), self.other)
        form.addRow(_t("Its parameters"), self.other_params)
        form.addRow(_t("Value"), self.value)
        form.addRow(_t("Upper edge"), self.value2)
        form.addRow(_t("Within"), self.window)
        form.addRow(_t("Average of"), self.average)
        form.addRow(_t("Which one"), self.target)
        form.addRow(_t("Trigger"), self.trigger)
        form.addRow(_t("Cooldown"), self.cooldown)
        form.addRow(_t("At most"), self.max_count)
        form.addRow(self.expires, self.expires_at)
        form.addRow(_t("Severity"), self.severity)
        form.addRow(_t("Channels"), channels)
        form.addRow(_t("Message"), self.message)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.op.currentIndexChanged.connect(self._fit)
        self.compare.currentIndexChanged.connect(self._fit)
        self.indicator.currentIndexChanged.connect(self._indicator_changed)
        self.other.currentIndexChanged.connect(self._fit)
        self.expires.toggled.connect(self.expires_at.setEnabled)
        self._load(rule)

    # -- showing only what fits --------------------------------------------------------------
    def _kind(self) -> ConditionKind:
        return ConditionKind(self.kind.currentData())

    def _trigger(self) -> TriggerMode:
        return TriggerMode(self.trigger.currentData())

    def _kind_changed(self) -> None:
        kind = self._kind()
        current = self.op.currentData()
        self.op.blockSignals(True)
        self.op.clear()
        for op in CONDITION_OPS[kind]:
            self.op.addItem(op_name(op), op)
        at = self.op.findData(current)
        self.op.setCurrentIndex(max(0, at))
        self.op.blockSignals(False)
        self._fit()

    def _indicator_changed(self) -> None:
        params, outputs = indicator_signature(self.indicator.currentText())
        self.params.setPlaceholderText(", ".join(params))
        self.output.clear()
        names = {"macd": [_t("line"), _t("signal"), _t("histogram")],
                 "bbands": [_t("upper"), _t("middle"), _t("lower")],
                 "donchian": [_t("upper"), _t("middle"), _t("lower")],
                 "keltner": [_t("upper"), _t("middle"), _t("lower")]}
        labels = names.get(self.indicator.currentText(), [])
        for i in range(outputs):
            self.output.addItem(labels[i] if i < len(labels) else str(i + 1), i)
        self._fit()

    def _fit(self) -> None:
        kind, op = self._kind(), self.op.currentData() or ""
        is_ind = kind is K.INDICATOR
        crosses_other = is_ind and self.compare.currentData() == "other"
        show = {
            self.symbol: kind not in SYMBOL_FREE_KINDS,
            self.indicator: is_ind, self.params: is_ind,
            self.output: is_ind and self.output.count() > 1,
            self.timeframe: is_ind or kind in (K.VOLUME,) or (
                kind in (K.PRICE, K.PRICE_MOVE)
                and self._trigger() is TriggerMode.ONCE_PER_BAR_CLOSE),
            self.compare: is_ind, self.other: crosses_other, self.other_params: crosses_other,
            self.value: kind in _VALUE_KINDS and not crosses_other,
            self.value2: op in ("enters_channel", "exits_channel"),
            self.window: kind is K.PRICE_MOVE, self.average: kind is K.VOLUME,
            self.target: kind in _TARGET_KINDS,
        }
        for widget, visible in show.items():
            self.form.setRowVisible(widget, visible)
        self.value.setSuffix({K.PRICE_MOVE: " %", K.MARGIN: " %", K.SPREAD: " bps",
                              K.VOLUME: " ×"}.get(kind, ""))
        self.form.labelForField(self.value).setText(
            _t("Lower edge") if op in ("enters_channel", "exits_channel") else _t("Value"))
        self.target.setPlaceholderText({
            K.BOT: _t("bot id (empty: any bot)"), K.RISK: _t("account id (empty: any)"),
            K.MARGIN: _t("account id (empty: any)"),
            K.CONNECTION: _t("venue, e.g. binance (empty: any)"),
            K.RATE_LIMIT: _t("venue, e.g. binance (empty: any)"),
            K.MODEL_DRIFT: _t("saved model name (empty: any)"),
        }.get(kind, ""))
        self.adjustSize()

    # -- in and out --------------------------------------------------------------------------
    def _load(self, rule: AlertRule | None) -> None:
        self._indicator_changed()
        self.trigger.currentIndexChanged.connect(self._fit)
        if rule is None:
            self.kind.setCurrentIndex(0)
            self._kind_changed()
            for c in ("desktop", "toast", "sound"):
                self.channels[c].setChecked(True)
            self.expires_at.setEnabled(False)
            return
        c = rule.condition
        self.name.setText(rule.name)
        self.symbol.setCurrentText(rule.symbol)
        self.kind.setCurrentIndex(self.kind.findData(c.kind.value))
        self._kind_changed()
        self.op.setCurrentIndex(max(0, self.op.findData(c.op)))
        if not math.isnan(c.value):
            self.value.setValue(c.value)
        if not math.isnan(c.value2):
            self.value2.setValue(c.value2)
        if c.kind is K.PRICE_MOVE and c.window_s:
            self.window.setValue(c.window_s)
        if c.kind is K.VOLUME and c.window_s:
            self.average.setValue(c.window_s)
        if c.indicator:
            self.indicator.setCurrentText(c.indicator)
            self.params.setText(", ".join(f"{p:g}" for p in c.params))
            self.output.setCurrentIndex(max(0, self.output.findData(c.output)))
        self.timeframe.setCurrentText(c.timeframe)
        if c.other_indicator:
            self.compare.setCurrentIndex(1)
            self.other.setCurrentText(c.other_indicator)
            self.other_params.setText(", ".join(f"{p:g}" for p in c.other_params))
        self.target.setText(c.target)
        self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger.value))
        self.cooldown.setValue(int(rule.cooldown_s))
        self.max_count.setValue(rule.max_count or 0)
        self.expires.setChecked(rule.expires_ms is not None)
        self.expires_at.setEnabled(rule.expires_ms is not None)
        if rule.expires_ms is not None:
            self.expires_at.setDateTime(QDateTime.fromMSecsSinceEpoch(rule.expires_ms))
        self.severity.setCurrentIndex(max(0, self.severity.findData(rule.severity)))
        for name, box in self.channels.items():
            box.setChecked(name in rule.channels)
        self.message.setText(rule.message)
        self._fit()

    def built_rule(self) -> AlertRule:
        """The rule the form describes; ValueError names a field the form itself can tell is
        wrong (the engine checks the rest)."""
        kind, op = self._kind(), self.op.currentData()
        rows = {w: self.form.isRowVisible(w) for w in (self.value, self.value2, self.other)}
        try:
            params = parse_params(self.params.text()) if kind is K.INDICATOR else ()
            other_params = parse_params(self.other_params.text()) if rows[self.other] else ()
        except ValueError:
            raise ValueError(_t("Parameters: numbers separated by commas, e.g. 20, 2")) \
                from None
        cond = Condition(
            kind=kind, op=op,
            value=self.value.value() if rows[self.value] else math.nan,
            value2=self.value2.value() if rows[self.value2] else math.nan,
            indicator=self.indicator.currentText() if kind is K.INDICATOR else "",
            params=params,
            timeframe=self.timeframe.currentText(),
            other_indicator=self.other.currentText() if rows[self.other] else "",
            other_params=other_params,
            window_s=(self.window.value() if kind is K.PRICE_MOVE else
                      self.average.value() if kind is K.VOLUME else 0),
            target=self.target.text().strip() if kind in _TARGET_KINDS else "",
            output=int(self.output.currentData() or 0) if kind is K.INDICATOR else 0,
        )
        if op in ("enters_channel", "exits_channel") and cond.value2 <= cond.value:
            raise ValueError(_t("The upper edge must be above the lower edge"))
        symbol = self.symbol.currentText().strip() if kind not in SYMBOL_FREE_KINDS else ""
        if kind not in SYMBOL_FREE_KINDS and not symbol:
            raise ValueError(_t("Choose the symbol to watch, e.g. BTC/USDT"))
        channels = tuple(c for c, box in self.channels.items() if box.isChecked())
        base = self.rule or AlertRule("", symbol, cond)
        return replace(
            base, symbol=symbol, condition=cond, trigger=self._trigger(),
            name=self.name.text().strip(), message=self.message.text().strip(),
            cooldown_s=float(self.cooldown.value()),
            expires_ms=self.expires_at.dateTime().toMSecsSinceEpoch()
            if self.expires.isChecked() else None,
            max_count=self.max_count.value() or None,
            severity=self.severity.currentData(), channels=channels)

    def _save(self) -> None:
        try:
            rule = self.built_rule()
        except ValueError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.ctx.spawn(self._send(rule), _t("Saving the alert"))

    async def _send(self, rule: AlertRule) -> None:
        try:
            self.saved = await self.ctx.client.alert_save(rule)
        except PregaoError as exc:
            self._show_error(tr_message(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(-1e12, 1e12)
    spin.setDecimals(8)
    spin.setGroupSeparatorShown(True)
    return spin
