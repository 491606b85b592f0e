"""Keeps a chart's order lines in step with the engine: open orders and positions of the
chart's symbol (every account) become lines, and a margined position's liquidation price a
line of its own; dragging an order's line modifies the order."""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from desktop.core import (
    DerivativePosition,
    Market,
    Order,
    OrderEvent,
    OrderType,
    Position,
    PositionEvent,
)
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from widgets.chart import CandleChart
from widgets.chart.order_lines import OrderLine, OrderLinesOverlay
from widgets.monitors.formatting import amount_text, position_side_text, side_text, type_text
from widgets.monitors.orders import order_key

# Parents of emulated groups: their legs are orders of their own and draw the lines.


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


class ChartHost(Protocol):
    """What a chart panel offers the link (ChartPanel does)."""

    ctx: AppContext
    chart: CandleChart
    symbol: str

    def subscribe(self, event_type: type, handler: Any) -> None: ...
    def on_flushed(self, handler: Any) -> None: ...

    @property
    def titleChanged(self) -> Any: ...  # a Qt signal: emitted when the symbol changes


def order_lines(order: Order, tick: float) -> list[OrderLine]:
    """The lines of one open order: its limit price, and its trigger for stop types."""
    if order.status.is_final or order.type.is_group:
        return []
    key = "|".join(str(k) for k in order_key(order))
    amount = amount_text(order.remaining)
    side = str(order.side)
    out: list[OrderLine] = []
    if order.parent_id and order.type is OrderType.TAKE_PROFIT:
        kind, name = "take_profit", _t("TP")
    elif order.parent_id and order.type.is_protective_stop:
        kind, name = "stop_loss", _t("SL")
    else:
        kind, name = "", f"{side_text(order.side)} {type_text(order.type).lower()}"
    label = f"{name} {amount}"
    # The engine moves a limit price, or the trigger of an order that has no limit price.
    movable = order.type.modifiable and not order.emulated
    if order.stop_price is not None:
        out.append(OrderLine(key + "|stop", order.stop_price, kind or "stop", side, label, tick,
                             movable=movable and order.price is None))
    if order.price is not None:
        out.append(OrderLine(key, order.price, kind or "limit", side, label, tick,
                             movable=movable))
    return out


def position_line(position: Position) -> OrderLine:
    side = "buy" if position.amount > 0 else "sell"
    label = f"{position_side_text(position.amount)} {amount_text(abs(position.amount))}"
    key = f"position|{position.account}|{position.symbol}"
    return OrderLine(key, position.entry_price, "entry", side, label, movable=False)


def liquidation_line(position: Position) -> OrderLine | None:
    """The liquidation price of a margined position, in the losing side's colour."""
    if not isinstance(position, DerivativePosition) or not position.amount \
            or not math.isfinite(position.liquidation_price):
        return None
    label = _t("Liquidation {0} {1}").format(position_side_text(position.amount).lower(),
                                             amount_text(abs(position.amount)))
    key = f"liquidation|{position.account}|{position.symbol}"
    # always the down (loss) colour: it marks where the position is lost, long or short
    return OrderLine(key, position.liquidation_price, "liquidation", "sell", label,
                     movable=False)


class ChartOrderLines(QObject):
    def __init__(self, host: ChartHost) -> None:
        super().__init__(host.chart)
        self.host = host
        self.ctx = host.ctx
        self.overlay = OrderLinesOverlay(host.chart, host.ctx.dark)
        self.overlay.lineMoved.connect(self._on_moved)
        self.orders: dict[Hashable, Order] = {}
        self.positions: dict[tuple[str, str], Position] = {}
        self.ticks: dict[tuple[str, str], float] = {}  # (account, symbol) -> price tick
        self.last_error = ""
        self._asked: set[str] = set()  # accounts whose markets were asked for
        self._dirty = False
        host.subscribe(OrderEvent, self._on_order)
        host.subscribe(PositionEvent, self._on_position)
        host.on_flushed(self._flush)
        host.titleChanged.connect(lambda _title: self.refresh())
        self.ctx.themeChanged.connect(self.overlay.set_theme)
        self.ctx.spawn(self._load(), _t("Loading orders for the chart"))

    def refresh(self) -> None:
        """Draw the lines of the chart's current symbol (call after a symbol change)."""
        symbol = self.host.symbol
        lines: list[OrderLine] = []
        for order in self.orders.values():
            if order.symbol == symbol:
                lines += order_lines(order, self.ticks.get((order.account, symbol), 0.0))
        for p in self.positions.values():
            if p.symbol == symbol and p.amount:
                lines.append(position_line(p))
                liquidation = liquidation_line(p)
                if liquidation is not None:
                    lines.append(liquidation)
        self.overlay.set_lines(lines)
        self._dirty = False

    # -- events -------------------------------------------------------------------------------
    def _on_order(self, event: OrderEvent) -> None:
        order = event.order
        key = "|".join(str(k) for k in order_key(order))
        if order.status.is_final:
            self.orders.pop(key, None)
        else:
            self.orders[key] = order
            if order.account not in self._asked:
                self.ctx.spawn(self._load_ticks(order.account))
        self._dirty = True

    def _on_position(self, event: PositionEvent) -> None:
        p = event.position
        self.positions[(p.account, p.symbol)] = p
        self._dirty = True

    def _flush(self) -> None:
        if self._dirty:
            self.refresh()

    async def _load(self) -> None:
        await self.ctx.client.accounts()  # waits until the accounts (and journal) are open
        for order in await self.ctx.client.trade_open_orders():
            self.orders.setdefault("|".join(str(k) for k in order_key(order)), order)
        for p in await self.ctx.client.trade_positions():
            self.positions.setdefault((p.account, p.symbol), p)
        for account in {o.account for o in self.orders.values()} - self._asked:
            await self._load_ticks(account)
        self.refresh()

    async def _load_ticks(self, account: str) -> None:
        self._asked.add(account)
        markets: list[Market] = await self.ctx.client.trade_markets(account)
        for m in markets:
            self.ticks[(account, m.symbol)] = m.price_tick
        self._dirty = True
        self._flush()

    # -- drag ---------------------------------------------------------------------------------
    def _on_moved(self, key: str, price: float) -> None:
        order = self.orders.get(key.removesuffix("|stop"))
        if order is None:
            self.overlay.revert(key)
            return
        self.ctx.spawn(self.modify(key, order, price))

    async def modify(self, key: str, order: Order, price: float) -> None:
        try:
            await self.ctx.client.trade_modify(
                order.account, order.id or order.client_order_id, price=price
            )
        except Exception as exc:  # refused: the line goes back and the reason shows
            self.overlay.revert(key)
            self.last_error = tr_message(exc)
            self.ctx.statusMessage.emit(_t("Order not modified: {0}").format(exc), 8000)
