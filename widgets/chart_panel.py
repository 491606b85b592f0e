"""Chart dock: a CandleChart bound to one symbol and timeframe, live from the engine."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
)

from desktop.core import TIMEFRAMES, Bar, BarEvent, Candles
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from desktop.shell.panel import Panel
from widgets.alerts.chart_alerts import ChartAlertLines
from widgets.chart import CandleChart, warmup
from widgets.chart.indicator_set import (
    PRESETS,
    IndicatorInstance,
    checked,
    instances_from_config,
    is_preset,
    preset,
    preset_title,
)
from widgets.chart.toolbar_fit import FittingToolbar
from widgets.drawings import ChartDrawings, draw_menu_button
from widgets.monitors.chart_link import ChartOrderLines

BACKTEST_CHART = "backtest-chart"  # the dock name of the chart that shows backtest trades

INDICATORS_ACTION = "chart.indicators"
DEFAULT = {
    "venue": "demo",
    "symbol": "BTC/USDT",
    "timeframe": "1m",
    "indicators": [{"name": "ema", "params": {"period": 50}}],
    "chart_type": "candles",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartPanel", text)


def chart_type_names() -> dict[str, str]:
    return {"candles": _t("Candles"), "line": _t("Line"), "heikin_ashi": _t("Heikin-Ashi")}


class ChartPanel(Panel):
    panel_type = "chart"
    icon_name = "chart"
    multi_instance = True

    @classmethod
    def display_name(cls) -> str:
        return _t("Chart")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        cfg = {**DEFAULT, **(config or {})}
        if "indicators" not in (config or {}) and {"overlays", "subpanes"} & (config or {}).keys():
            del cfg["indicators"]  # a layout saved with the fixed toggles: read those
        #: the instances this chart shows (its saved set), in order
        self.indicator_set: list[IndicatorInstance] = instances_from_config(cfg)
        self._indicator_dialog = None
        self.venue: str = cfg["venue"]
        self.symbol: str = cfg["symbol"]
        self.chart = CandleChart(self)
        self.symbol_box = QComboBox()
        self.symbol_box.setMinimumWidth(150)
        self.symbol_box.setToolTip(_t("Symbol"))
        self.symbol_box.activated.connect(self._symbol_chosen)
        self.tf_group = QButtonGroup(self)
        self.tf_group.setExclusive(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(2)
        bar.addWidget(self.symbol_box)
        bar.addSpacing(8)
        self.tf_buttons: dict[str, QToolButton] = {}
        for tf in TIMEFRAMES:
            button = QToolButton()
            button.setText(tf)
            button.setCheckable(True)
            button.setToolTip(_t("Timeframe {0}").format(tf))
            button.clicked.connect(lambda _c=False, t=tf: self.set_timeframe(t))
            self.tf_group.addButton(button)
            self.tf_buttons[tf] = button
            bar.addWidget(button)
        bar.addSpacing(8)
        self.indicators_button = QToolButton()
        self.indicators_button.setText(_t("Indicators…"))
        self.indicators_button.setIcon(icon("indicator"))
        self.indicators_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.indicators_button.setToolTip(_t("Add, edit or remove this chart's indicators"))
        self.indicators_button.clicked.connect(self.edit_indicators)
        bar.addWidget(self.indicators_button)
        bar.addSpacing(8)
        self.type_box = QComboBox()
        self.type_box.setToolTip(_t("Chart type"))
        for kind, name in chart_type_names().items():
            self.type_box.addItem(name, kind)
        self.type_box.activated.connect(
            lambda i: self.set_chart_type(self.type_box.itemData(i)))
        bar.addWidget(self.type_box)
        bar.addWidget(draw_menu_button(ctx, self))
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar = FittingToolbar(bar, self.tf_group, [self.indicators_button])
        layout.addWidget(self.toolbar)
        layout.addWidget(self.chart, 1)
        self._history_loaded = False
        self._pending: list[Bar] = []
        self.live_bars = 0
        # Indicators are computed once the first candles are on screen: their numeric code
        # (numba) loads in the meantime instead of delaying the first frame.
        self._indicators_ready = False
        self.set_timeframe(cfg["timeframe"])
        self.set_chart_type(cfg["chart_type"])
        self.chart.installEventFilter(self)
        for child in self.chart.findChildren(QObject):
            child.installEventFilter(self)
        self.subscribe(BarEvent, self._on_bar)
        self.chart.priceClicked.connect(self._price_clicked)
        ctx.spawn(self._load_symbols(), _t("Loading symbols"))
        self.set_symbol(self.venue, self.symbol)
        self.order_lines = ChartOrderLines(self)  # open orders and positions as lines
        # Before the alert lines: a right-click taken by a drawing or a tool is not "Alert here".
        self.drawings = ChartDrawings(self)
        self.alert_lines = ChartAlertLines(self)  # price alerts as lines; right-click to add

    # -- state -------------------------------------------------------------------------------
    @property
    def has_live_candles(self) -> bool:
        """The chart shows the market's candles through the forming one, and follows it."""
        return self._history_loaded and len(self.chart.candles()) > 0

    def title(self) -> str:
        return f"{self.symbol} · {self.chart.timeframe()}"

    def config(self) -> dict[str, Any]:
        return {
            "venue": self.venue,
            "symbol": self.symbol,
            "timeframe": self.chart.timeframe(),
            "indicators": [i.to_config() for i in self.indicator_set],
            "chart_type": self.chart.chart_type.kind,
        }

    def apply_theme(self, dark: bool) -> None:
        self.chart.set_theme(dark)

    # -- commands ----------------------------------------------------------------------------
    def set_symbol(self, venue: str, symbol: str) -> None:
        self.venue, self.symbol = venue, symbol
        self._history_loaded = False
        self._pending.clear()
        self._select_in_box()
        self.titleChanged.emit(self.title())
        self.ctx.spawn(self._load_history(venue, symbol), _t("Loading {0}").format(symbol))

    def set_timeframe(self, timeframe: str) -> None:
        if timeframe not in TIMEFRAMES:
            return
        self.tf_buttons[timeframe].setChecked(True)
        if timeframe != self.chart.timeframe():
            self.chart.set_timeframe(timeframe)
        self.titleChanged.emit(self.title())

    def set_chart_type(self, kind: str) -> None:
        if kind not in chart_type_names():
            kind = "candles"  # a layout saved by a newer version: show what we can
        self.chart.set_chart_type(kind)
        self.type_box.setCurrentIndex(self.type_box.findData(kind))

    def toggle_indicator(self, key: str) -> None:
        """A quick toggle (PRESETS): take that instance off the chart, or add it."""
        kept = [i for i in self.indicator_set if not is_preset(i, key)]
        if len(kept) == len(self.indicator_set):
            kept.append(preset(key, (i.color for i in kept)))
        self.set_indicators(kept)

    def set_indicators(self, instances: list[IndicatorInstance]) -> None:
        self.indicator_set = list(instances)
        self._indicators_changed()

    def edit_indicators(self) -> None:
        """The Indicators… dialog of this chart (one at a time, raised if already open)."""
        from widgets.chart.indicator_dialog import IndicatorDialog

        if self._indicator_dialog is None:
            self._indicator_dialog = IndicatorDialog(
                self.indicator_set, self.set_indicators, self.title(), self)
            self._indicator_dialog.finished.connect(self._indicator_dialog_closed)
        self._indicator_dialog.show()
        self._indicator_dialog.raise_()
        self._indicator_dialog.activateWindow()

    def _indicator_dialog_closed(self, _result: int) -> None:
        if self._indicator_dialog is not None:
            self._indicator_dialog.deleteLater()
            self._indicator_dialog = None

    def _indicators_changed(self) -> None:
        if self._indicators_ready:
            self.chart.set_indicators(self.indicator_set)

    # -- data --------------------------------------------------------------------------------
    async def _load_history(self, venue: str, symbol: str) -> None:
        candles: Candles = await self.ctx.client.history(venue, symbol)
        if (venue, symbol) != (self.venue, self.symbol):
            return  # the user switched symbols while this was loading
        self.chart.set_candles(candles)
        last = int(candles.ts[-1]) if len(candles) else -1
        for bar in self._pending:
            if bar.ts >= last:
                self.chart.update_bar(bar)
        self._pending.clear()
        self._history_loaded = True
        if not self._indicators_ready:
            QTimer.singleShot(0, self._enable_indicators)

    def _enable_indicators(self) -> None:
        if not self.ctx.startup_done:
            # numba (the indicator code) loads once the first frame is on screen and the
            # order entry has its account: both come first.
            self.ctx.after_startup(self._enable_indicators)
            return
        if not warmup.ready():
            warmup.start()
            QTimer.singleShot(30, self._enable_indicators)
            return
        self._indicators_ready = True
        self.indicator_set = checked(self.indicator_set)
        self._indicators_changed()

    async def _load_symbols(self) -> None:
        markets = await self.ctx.client.markets()
        self.symbol_box.clear()
        for m in markets:
            label = m.symbol if m.venue == "demo" else f"{m.symbol} · {m.venue}"
            self.symbol_box.addItem(label, (m.venue, m.symbol))
        self._select_in_box()

    def _select_in_box(self) -> None:
        for i in range(self.symbol_box.count()):
            if tuple(self.symbol_box.itemData(i)) == (self.venue, self.symbol):
                self.symbol_box.setCurrentIndex(i)
                return
        if self.symbol and self.symbol_box.count():
            # A market that came after the list (a replay just opened): the box names it
            # rather than go on showing the previous symbol.
            label = self.symbol if self.venue == "demo" else f"{self.symbol} · {self.venue}"
            self.symbol_box.addItem(label, (self.venue, self.symbol))
            self.symbol_box.setCurrentIndex(self.symbol_box.count() - 1)

    def _symbol_chosen(self, index: int) -> None:
        data = self.symbol_box.itemData(index)
        if data:
            self.set_symbol(*data)

    def _on_bar(self, event: BarEvent) -> None:
        if event.venue != self.venue or event.symbol != self.symbol:
            return
        if not self._history_loaded:
            self._pending.append(event.bar)
            return
        last = self.chart.last_minute_ts()
        if last is not None and event.bar.ts < last:
            # Sent before the history was read but delivered after it (the history's answer
            # can overtake bar events still queued on the bridge): the history already holds
            # that minute, newer than this event.
            return
        self.chart.update_bar(event.bar)
        self.live_bars += 1

    def _price_clicked(self, price: float, modifiers: Qt.KeyboardModifier) -> None:
        # Ctrl+click hands the price to the order entry; a plain click stays a chart gesture.
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.ctx.priceClicked.emit(self.venue, self.symbol, price)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn) \
                and not self.is_backtest_chart():
            self.ctx.set_active_chart(self)
        return False

    def is_backtest_chart(self) -> bool:
        """The backtest's own chart shows past trades: it never becomes the chart that order
        entry, the grid and chart commands follow, even when it has the focus."""
        dock = self.parentWidget()
        return dock is not None and dock.objectName() == BACKTEST_CHART


def install_chart_commands(ctx: AppContext, docks: DockManager) -> None:
    def active() -> ChartPanel | None:
        panel = ctx.active_chart
        if panel is None:
            charts = docks.panels("chart")
            panel = charts[0] if charts else None
        if panel is None:
            panel = docks.open_panel("chart").widget()
        ctx.set_active_chart(panel)
        return panel

    for n, tf in enumerate(TIMEFRAMES, start=1):
        ctx.actions.register(
            f"chart.timeframe.{tf}",
            _t("Timeframe {0}").format(tf),
            lambda t=tf: active().set_timeframe(t),
            shortcut=f"Ctrl+{n}",
            icon_name="timeframe",
            menu="chart",
            tooltip=_t("Show the focused chart in {0} candles").format(tf),
        )
    keys = {
        "sma": "Ctrl+Alt+S",
        "ema": "Ctrl+Alt+E",
        "bb": "Ctrl+Alt+B",
        "rsi": "Ctrl+Alt+R",
        "macd": "Ctrl+Alt+M",
    }
    for key in PRESETS:
        ctx.actions.register(
            f"chart.indicator.{key}",
            _t("Toggle {0}").format(preset_title(key)),
            lambda k=key: active().toggle_indicator(k),
            shortcut=keys[key],
            icon_name="indicator",
            menu="chart",
        )
    ctx.actions.register(
        INDICATORS_ACTION,
        _t("Indicators…"),
        lambda: active().edit_indicators(),
        shortcut="Ctrl+Alt+Shift+I",
        icon_name="indicator",
        menu="chart",
        tooltip=_t("Add, edit or remove the focused chart's indicators"),
    )

    type_keys = {"candles": "Alt+Shift+J", "line": "Alt+Shift+L", "heikin_ashi": "Alt+Shift+Y"}
    for kind, name in chart_type_names().items():
        ctx.actions.register(
            f"chart.type.{kind}",
            _t("Chart type: {0}").format(name),
            lambda k=kind: active().set_chart_type(k),
            shortcut=type_keys[kind],
            icon_name="chart",
            menu="chart",
            tooltip=_t("Draw the focused chart as {0}").format(name),
        )

    def on_symbol(venue: str, symbol: str) -> None:
        panel = active()
        if panel is not None:
            panel.set_symbol(venue, symbol)

    ctx.symbolActivated.connect(on_symbol)
