"""What to backtest: strategy and parameters, data (markets or a file), costs and sizing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import TIMEFRAMES, Market
from desktop.core.backtests import BacktestRequest
from desktop.shell.icons import icon
from widgets.backtest.param_form import ParameterForm
from widgets.common.labels import error_label, muted_label
from widgets.common.strategy_text import strategy_text

FILE_FILTER = "Candles (*.csv *.parquet *.pq)"
SOURCE_MARKETS, SOURCE_FILE = "markets", "file"
FIELDS = ("strategy", "symbols", "data_file", "range", "timeframe", "cash", "fees",
          "slippage", "fill", "sizing")  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestPanel", text)


def _spin(low: float, high: float, decimals: int, suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(True)
    spin.setMinimumWidth(80)
    return spin


class SetupForm(QWidget):
    """Emits `changed` on any edit; `request()` turns the form into a BacktestRequest."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strategies: dict[str, dict[str, Any]] = {}
        self._errors = {name: error_label() for name in FIELDS}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._strategy_group())
        layout.addWidget(self._data_group())
        layout.addWidget(self._account_group())
        layout.addStretch(1)
        # Long item texts must not widen the whole form: the results need the room.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self._on_source()
        self._on_sizing()
        self._on_whole()

    # -- building ----------------------------------------------------------------------------
    def _strategy_group(self) -> QGroupBox:
        box = QGroupBox(_t("Strategy"))
        self.strategy = QComboBox()
        self.strategy.setToolTip(
            _t("Built-in strategies, then the Python files in your strategies folder")
        )
        self.strategy.currentIndexChanged.connect(self._on_strategy)
        self.strategy_doc = muted_label()
        self.strategy_error = QPlainTextEdit()
        self.strategy_error.setReadOnly(True)
        self.strategy_error.setProperty("role", "error")
        self.strategy_error.setMaximumHeight(140)
        self.strategy_error.setStyleSheet("color: #ef5350; font-family: monospace;")
        self.strategy_error.hide()
        self.params = ParameterForm()
        self.params.changed.connect(self.changed)
        self.reset_button = QPushButton(icon("reset"), _t("Reset to defaults"))
        self.reset_button.setToolTip(_t("Set every parameter back to the strategy's default"))
        self.reset_button.clicked.connect(self.params.reset_defaults)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_button)
        v = QVBoxLayout(box)
        v.addWidget(self.strategy)
        v.addWidget(self._errors["strategy"])
        v.addWidget(self.strategy_doc)
        v.addWidget(self.strategy_error)
        v.addWidget(self.params)
        v.addLayout(reset_row)
        return box

    def _data_group(self) -> QGroupBox:
        box = QGroupBox(_t("Data"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source = QComboBox()
        self.source.addItem(_t("Engine markets (demo or replay)"), SOURCE_MARKETS)
        self.source.addItem(_t("Candle file (CSV or Parquet)"), SOURCE_FILE)
        self.source.currentIndexChanged.connect(self._on_source)
        form.addRow(_t("Source"), self.source)
        self.symbols = QListWidget()
        self.symbols.setToolTip(
            _t("Tick one symbol, or several to trade them together from one cash account")
        )
        self.symbols.setMaximumHeight(110)
        self.symbols.itemChanged.connect(lambda _i: self.changed.emit())
        self.symbols_label = QLabel(_t("Symbols"))
        form.addRow(self.symbols_label, self.symbols)
        form.addRow("", self._errors["symbols"])
        self.file_path = QLineEdit()
        self.file_path.setPlaceholderText(_t("timestamp, open, high, low, close, volume"))
        browse = QPushButton(icon("open"), _t("Browse…"))
        browse.clicked.connect(self.browse)
        self.file_row = QWidget()
        row = QHBoxLayout(self.file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_path, 1)
        row.addWidget(browse)
        self.file_label = QLabel(_t("File"))
        form.addRow(self.file_label, self.file_row)
        form.addRow("", self._errors["data_file"])
        self.timeframe = QComboBox()
        for tf in TIMEFRAMES:
            self.timeframe.addItem(tf, tf)
        self.timeframe.setCurrentIndex(list(TIMEFRAMES).index("15m"))
        self.timeframe.setToolTip(_t("Candles are resampled from one minute to this timeframe"))
        form.addRow(_t("Timeframe"), self.timeframe)
        form.addRow("", self._errors["timeframe"])
        self.whole = QCheckBox(_t("Whole history"))
        self.whole.setChecked(True)
        self.whole.toggled.connect(self._on_whole)
        form.addRow(_t("Dates"), self.whole)
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.dateTimeChanged.connect(lambda _d: self.changed.emit())
        now = QDateTime.currentDateTime()
        self.start.setDateTime(now.addDays(-30))
        self.end.setDateTime(now)
        form.addRow(_t("From"), self.start)
        form.addRow(_t("To"), self.end)
        form.addRow("", self._errors["range"])
        self._data_form = form
        return box

    def _account_group(self) -> QGroupBox:
        box = QGroupBox(_t("Account and costs"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cash = _spin(0, 1e12, 2)
        self.cash.setValue(10_000)
        self.cash.setToolTip(_t("Starting cash, shared by every symbol of the run"))
        form.addRow(_t("Capital"), self.cash)
        form.addRow("", self._errors["cash"])
        bps = _t(" bps")
        self.maker = _spin(-999, 999, 2, bps)
        self.maker.setValue(10)
        self.maker.setToolTip(_t("Fee on limit orders, in basis points (10 bps = 0.1 %)"))
        self.taker = _spin(-999, 999, 2, bps)
        self.taker.setValue(10)
        self.taker.setToolTip(_t("Fee on market orders, in basis points (10 bps = 0.1 %)"))
        form.addRow(_t("Maker fee"), self.maker)
        form.addRow(_t("Taker fee"), self.taker)
        form.addRow("", self._errors["fees"])
        self.slippage = _spin(0, 999, 2, bps)
        self.slippage.setToolTip(_t("Price moved against each market fill, in basis points"))
        form.addRow(_t("Slippage"), self.slippage)
        form.addRow("", self._errors["slippage"])
        self.fill = QComboBox()
        self.fill.addItem(_t("Next bar's open"), "next_open")
        self.fill.addItem(_t("Signal bar's close"), "close")
        self.fill.setToolTip(_t("When a signal decided at a bar's close is filled"))
        form.addRow(_t("Fill at"), self.fill)
        self.sizing = QComboBox()
        self.sizing.addItem(_t("All in"), "all")
        self.sizing.addItem(_t("% of equity"), "pct")
        self.sizing.addItem(_t("Fixed quantity"), "fixed")
        self.sizing.addItem(_t("Risk % of equity to the stop"), "risk")
        self.sizing.currentIndexChanged.connect(self._on_sizing)
        self.sizing_value = _spin(0, 1e9, 4)
        self.sizing_value.setValue(100)
        sizing_row = QHBoxLayout()
        sizing_row.addWidget(self.sizing, 1)
        sizing_row.addWidget(self.sizing_value)
        form.addRow(_t("Position size"), sizing_row)
        self.sizing_hint = muted_label(
            _t("Risk sizing needs a strategy that sets a stop-loss; without one no trade opens.")
        )
        form.addRow("", self.sizing_hint)
        form.addRow("", self._errors["sizing"])
        for w in (self.cash, self.maker, self.taker, self.slippage, self.sizing_value):
            w.valueChanged.connect(lambda _v: self.changed.emit())
        return box

    # -- strategies and markets --------------------------------------------------------------
    def set_strategies(self, listing: list[dict[str, Any]], keep: str = "") -> None:
        current = keep or self.strategy_id()
        self._strategies = {s["id"]: s for s in listing}
        self.strategy.blockSignals(True)
        self.strategy.clear()
        for s in listing:
            if s.get("error"):
                text = _t("{0} — failed to load").format(s["name"])
            elif s["source"] == "user":
                text = _t("{0} (your strategy)").format(s["name"])
            else:
                text = strategy_text(s["name"])
            self.strategy.addItem(text, s["id"])
            if s.get("error"):
                self.strategy.setItemIcon(self.strategy.count() - 1, icon("info"))
        index = max(0, self.strategy.findData(current))
        self.strategy.setCurrentIndex(index)
        self.strategy.blockSignals(False)
        self._on_strategy()

    def set_markets(self, markets: list[Market], checked: list[str] | None = None) -> None:
        keep = set(checked if checked is not None else self.checked_symbols())
        self.symbols.blockSignals(True)
        self.symbols.clear()
        for m in markets:
            item = QListWidgetItem(m.symbol if m.venue == "demo" else f"{m.symbol} · {m.venue}")
            item.setData(Qt.ItemDataRole.UserRole, (m.venue, m.symbol))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if m.symbol in keep else Qt.CheckState.Unchecked
            )
            self.symbols.addItem(item)
        if not keep and self.symbols.count():
            self.symbols.item(0).setCheckState(Qt.CheckState.Checked)
        self.symbols.blockSignals(False)

    def check_symbols(self, symbols: list[str]) -> None:
        for i in range(self.symbols.count()):
            item = self.symbols.item(i)
            _venue, symbol = item.data(Qt.ItemDataRole.UserRole)
            state = Qt.CheckState.Checked if symbol in symbols else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def checked_markets(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.symbols.count()):
            item = self.symbols.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def checked_symbols(self) -> list[str]:
        return [s for _v, s in self.checked_markets()]

    def strategy_id(self) -> str:
        return self.strategy.currentData() or ""

    def strategy_info(self) -> dict[str, Any] | None:
        return self._strategies.get(self.strategy_id())

    def set_range(self, start_ms: int, end_ms: int) -> None:
        self.start.setDateTime(QDateTime.fromMSecsSinceEpoch(start_ms))
        self.end.setDateTime(QDateTime.fromMSecsSinceEpoch(end_ms))

    # -- the request ---------------------------------------------------------------------------
    def request(self) -> BacktestRequest:
        file_source = self.source.currentData() == SOURCE_FILE
        markets = self.checked_markets()
        venue = markets[0][0] if markets else "demo"
        whole = self.whole.isChecked()
        return BacktestRequest(
            strategy=self.strategy_id(),
            params=self.params.values(),
            symbols=() if file_source else tuple(s for v, s in markets if v == venue),
            venue=venue,
            timeframe=self.timeframe.currentData(),
            start_ms=None if whole else self.start.dateTime().toMSecsSinceEpoch(),
            end_ms=None if whole else self.end.dateTime().toMSecsSinceEpoch(),
            data_file=self.file_path.text().strip() if file_source else "",
            cash=self.cash.value(),
            maker_fee_bps=self.maker.value(),
            taker_fee_bps=self.taker.value(),
            slippage_bps=self.slippage.value(),
            fill=self.fill.currentData(),
            sizing=self.sizing.currentData(),
            sizing_value=self.sizing_value.value() if self.sizing.currentData() != "all" else 1,
        )

    def local_errors(self) -> dict[str, str]:
        """What is wrong before asking the engine, by field (parameters: `param:<name>`)."""
        out: dict[str, str] = {}
        info = self.strategy_info()
        if info is None:
            out["strategy"] = _t("Choose a strategy")
        elif info.get("error"):
            out["strategy"] = _t("This strategy file does not load; fix it and press Reload")
        for name, text in self.params.errors().items():
            out[f"param:{name}"] = text
        if self.source.currentData() == SOURCE_FILE:
            if not self.file_path.text().strip():
                out["data_file"] = _t("Choose a candle file")
        else:
            markets = self.checked_markets()
            if not markets:
                out["symbols"] = _t("Tick at least one symbol")
            elif len({v for v, _s in markets}) > 1:
                out["symbols"] = _t("Symbols of one run must come from the same market")
        if not self.whole.isChecked() and self.start.dateTime() >= self.end.dateTime():
            out["range"] = _t("The start must be before the end")
        if self.cash.value() <= 0:
            out["cash"] = _t("Capital must be above zero")
        if self.sizing.currentData() != "all" and self.sizing_value.value() <= 0:
            out["sizing"] = _t("The size must be above zero")
        return out

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message next to its field; fields not named are cleared."""
        for name, label in self._errors.items():
            text = errors.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        for key, text in errors.items():
            if key.startswith("param:"):
                self.params.show_error(key[6:], text)

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    # -- persistence ---------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return {
            "strategy": self.strategy_id(),
            "params": self.params.values(),
            "symbols": self.checked_symbols(),
            "source": self.source.currentData(),
            "file": self.file_path.text(),
            "timeframe": self.timeframe.currentData(),
            "cash": self.cash.value(),
            "maker": self.maker.value(),
            "taker": self.taker.value(),
            "slippage": self.slippage.value(),
            "fill": self.fill.currentData(),
            "sizing": self.sizing.currentData(),
            "sizing_value": self.sizing_value.value(),
        }

    def apply_config(self, cfg: dict[str, Any]) -> None:
        def pick(combo: QComboBox, value: Any) -> None:
            i = combo.findData(value)
            if i >= 0:
                combo.setCurrentIndex(i)

        pick(self.source, cfg.get("source"))
        pick(self.timeframe, cfg.get("timeframe"))
        pick(self.fill, cfg.get("fill"))
        pick(self.sizing, cfg.get("sizing"))
        self.file_path.setText(str(cfg.get("file", "")))
        for spin, key in (
            (self.cash, "cash"),
            (self.maker, "maker"),
            (self.taker, "taker"),
            (self.slippage, "slippage"),
            (self.sizing_value, "sizing_value"),
        ):
            if isinstance(cfg.get(key), int | float):
                spin.setValue(float(cfg[key]))

    # -- reactions -----------------------------------------------------------------------------
    def _on_strategy(self, *_args) -> None:
        info = self.strategy_info()
        broken = bool(info and info.get("error"))
        self.strategy_error.setVisible(broken)
        self.strategy_error.setPlainText(info["error"] if broken else "")
        self.params.setVisible(not broken)
        self.reset_button.setVisible(not broken)
        doc = strategy_text((info or {}).get("doc") or "")
        first = doc.split("\n\n")[0].replace("\n", " ")
        self.strategy_doc.setText(first)
        self.strategy_doc.setToolTip(doc)
        self.strategy_doc.setVisible(bool(first) and not broken)
        self.params.set_params([] if broken or info is None else info["params"])
        self.changed.emit()

    def _on_source(self, *_args) -> None:
        file_source = self.source.currentData() == SOURCE_FILE
        for w in (self.symbols, self.symbols_label):
            w.setVisible(not file_source)
        for w in (self.file_row, self.file_label):
            w.setVisible(file_source)
        self.changed.emit()

    def _on_sizing(self, *_args) -> None:
        mode = self.sizing.currentData()
        self.sizing_value.setVisible(mode != "all")
        self.sizing_hint.setVisible(mode == "risk")
        suffix = {"pct": " %", "risk": " %", "fixed": _t(" units")}.get(mode, "")
        self.sizing_value.setSuffix(suffix)
        if mode in ("pct", "risk") and self.sizing_value.value() > 100:
            self.sizing_value.setValue(100 if mode == "pct" else 1)
        self.changed.emit()

    def _on_whole(self, *_args) -> None:
        for w in (self.start, self.end):
            w.setEnabled(not self.whole.isChecked())
        self.changed.emit()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Candle file to backtest"), self.file_path.text(), FILE_FILTER
        )
        if path:
            self.file_path.setText(path)
            self.source.setCurrentIndex(self.source.findData(SOURCE_FILE))
