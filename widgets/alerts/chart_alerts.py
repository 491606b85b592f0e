"""Alerts on the chart: each armed price rule of the chart's symbol is a dashed line (a
channel: two), and an indicator rule's level is one on the pane its values are read in (RSI,
MACD; price-valued ones such as SMA on the price pane); drag a line to move the alert.
Right-click a price → "Alert here" arms a new price alert.

The lines are an OrderLinesOverlay in the alert colour: it draws and reports drags; the move
goes to the engine (`client.alert_move`), and a refused move jumps back.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from desktop.core import AlertRulesChangedEvent, PregaoError
from desktop.shell.messages import tr_message
from widgets.alerts.wording import op_name
from widgets.chart.order_lines import OrderLine, OrderLinesOverlay
from widgets.common.numbers import fmt_number
from widgets.common.pyqtgraph_import import pg

ALERT_COLOUR = "#f5a623"  # amber in both themes: not an order's buy/sell colour
HERE_ACTION = "chart.alert_here"


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertsDock", text)


class AlertLinesOverlay(OrderLinesOverlay):
    """Alert lines: the alert colour, and on an indicator pane any level (a MACD level may be
    zero or below; a price may not)."""

    def __init__(self, chart, dark: bool = True, prices: bool = True) -> None:
        super().__init__(chart, dark)
        self.prices = prices

    def finish_drag(self, key: str) -> None:
        if self.prices:
            super().finish_drag(key)
            return
        line, item = self._lines.get(key), self._items.get(key)
        if line is None or item is None:
            return
        value = float(item.value())
        if value == line.price or not math.isfinite(value):
            self.revert(key)
            return
        self._relabel(key)
        self.lineMoved.emit(key, value)

    def _style(self, item: pg.InfiniteLine, line: OrderLine) -> None:
        item.setPen(pg.mkPen(ALERT_COLOUR, width=1, style=Qt.PenStyle.DashLine))
        item.setHoverPen(pg.mkPen(ALERT_COLOUR, width=3))
        item.setMovable(line.movable)
        item.setCursor(Qt.CursorShape.SizeVerCursor)
        item.label.setColor(self._theme.background)
        item.label.fill = pg.mkBrush(ALERT_COLOUR)
        item.label.border = pg.mkPen(ALERT_COLOUR)


# Indicators whose values are prices: their level is drawn on the price pane.
PRICE_UNIT_INDICATORS = frozenset({"sma", "ema", "wma", "bbands", "keltner", "donchian", "vwap",
                                   "supertrend", "ichimoku"})
# Indicators the chart has a pane of its own for.
PANE_OF = {"rsi": "rsi", "macd": "macd"}


class _Pane(QObject):
    """What an OrderLinesOverlay draws on: one pane's plot of the chart."""

    def __init__(self, chart, pane: str) -> None:
        super().__init__(chart)
        self.price_plot = chart.pane(pane)


def rule_lines(rule: AlertRule) -> list[tuple[str, OrderLine]]:
    """(pane, line) of one rule: a price level (a channel: two) on the price pane, an
    indicator's level on the pane its values are read in; none for other kinds, a comparison
    with another indicator, or a disarmed rule."""
    c = rule.condition
    if not rule.enabled or math.isnan(c.value):
        return []
    if c.kind is ConditionKind.PRICE:
        pane = "price"
        label = _t("Alert: {0}").format(rule.name or op_name(c.op))
    elif c.kind is ConditionKind.INDICATOR and not c.other_indicator:
        pane = "price" if c.indicator in PRICE_UNIT_INDICATORS else PANE_OF.get(c.indicator, "")
        if not pane:
            return []
        params = ", ".join(f"{p:g}" for p in c.params)
        label = _t("Alert: {0}").format(
            rule.name or f"{c.indicator.upper()}({params}) {c.timeframe} {op_name(c.op)}")
    else:
        return []
    lines = [(pane, OrderLine(rule.id, c.value, "alert", "buy", label))]
    if not math.isnan(c.value2):
        lines.append((pane, OrderLine(f"{rule.id}|value2", c.value2, "alert", "buy", label)))
    return lines


class ChartAlertLines(QObject):
    def __init__(self, host) -> None:
        super().__init__(host.chart)
        self.host = host
        self.ctx = host.ctx
        self.overlay = AlertLinesOverlay(host.chart, host.ctx.dark)  # the price pane's
        #: every pane's lines: the price pane's, and the RSI and MACD panes' indicator levels
        self.overlays = {"price": self.overlay}
        for pane in set(PANE_OF.values()):
            self.overlays[pane] = AlertLinesOverlay(_Pane(host.chart, pane), host.ctx.dark,
                                                    prices=False)
        for overlay in self.overlays.values():
            overlay.lineMoved.connect(self._on_moved)
            self.ctx.themeChanged.connect(overlay.set_theme)
        self.rules: list[AlertRule] = []
        self.clicked_price: float | None = None  # the price last right-clicked
        self._asked = 0  # reloads asked for so far
        host.subscribe(AlertRulesChangedEvent, lambda _e: self.ctx.spawn(self.reload()))
        host.titleChanged.connect(lambda _title: self.refresh())
        host.chart.price_vb.scene().sigMouseClicked.connect(self._on_click)
        self.ctx.spawn(self.reload())

    async def reload(self) -> None:
        # Reloads overlap (the first one at start, one per change): only the newest asked
        # may apply, or an older answer landing last would take a just-armed line away.
        self._asked += 1
        asked = self._asked
        try:
            rules = await self.ctx.client.alert_rules()
        except PregaoError:
            return  # no alert service (no database): no lines
        if asked != self._asked:
            return
        self.rules = rules
        self.refresh()

    def refresh(self) -> None:
        symbol = self.host.symbol
        by_pane: dict[str, list[OrderLine]] = {pane: [] for pane in self.overlays}
        for rule in self.rules:
            if rule.symbol == symbol:
                for pane, line in rule_lines(rule):
                    by_pane[pane].append(line)
        for pane, lines in by_pane.items():
            self.overlays[pane].set_lines(lines)

    # -- drag --------------------------------------------------------------------------------
    def _on_moved(self, key: str, price: float) -> None:
        rule_id, _, edge = key.partition("|")
        self.ctx.spawn(self._move(key, rule_id, price, edge or "value"))

    async def _move(self, key: str, rule_id: str, price: float, edge: str) -> None:
        try:
            await self.ctx.client.alert_move(rule_id, price, edge)
        except PregaoError as exc:
            for overlay in self.overlays.values():
                overlay.revert(key)
            self.ctx.statusMessage.emit(tr_message(exc), 8000)

    # -- "Alert here" ------------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.RightButton or event.isAccepted():
            return  # accepted: a drawing's menu or a drawing tool took the right-click
        vb = self.host.chart.price_vb
        pos = event.scenePos()
        if not vb.sceneBoundingRect().contains(pos):
            return
        self.clicked_price = float(vb.mapSceneToView(pos).y())
        event.accept()
        screen = event.screenPos()
        self.context_menu().popup(QPoint(int(screen.x()), int(screen.y())))

    def context_menu(self) -> QMenu:
        menu = QMenu(self.host)
        menu.setObjectName("chart-alert-menu")
        menu.addAction(self.ctx.actions.action(HERE_ACTION))
        drawings = getattr(self.host, "drawings", None)
        if drawings is not None and drawings.items:
            menu.addAction(self.ctx.actions.action("chart.draw.clear"))
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def alert_here(self, price: float | None = None) -> None:
        """Arm a price alert at `price` (default: the price right-clicked last, else the last
        price): crossing up to it if it is above the market, down if below."""
        last = float(self.host.chart.last_price_line.value())
        price = price if price is not None else self.clicked_price
        if price is None or not math.isfinite(price):
            price = last
        if not math.isfinite(price) or price <= 0:
            self.ctx.statusMessage.emit(_t("No price to set an alert at yet"), 4000)
            return
        op = "crosses_above" if not math.isfinite(last) or price >= last else "crosses_below"
        rule = AlertRule("", self.host.symbol, Condition(ConditionKind.PRICE, op, price),
                         TriggerMode.ONCE, channels=("desktop", "toast", "sound"))
        self.clicked_price = None
        self.ctx.spawn(self._create(rule), _t("Saving the alert"))

    async def _create(self, rule: AlertRule) -> None:
        try:
            saved = await self.ctx.client.alert_save(rule)
        except PregaoError as exc:
            self.ctx.statusMessage.emit(tr_message(exc), 8000)
            return
        self.ctx.statusMessage.emit(_t("Alert set: {0} {1} {2}").format(
            saved.symbol, op_name(saved.condition.op),
            fmt_number(saved.condition.value, 8 if saved.condition.value < 1 else 2)), 6000)
