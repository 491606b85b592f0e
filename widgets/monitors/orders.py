"""Open orders and order history: the same order table, fed by OrderEvent."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core import Order, OrderEvent, OrderStatus
from desktop.shell.context import AppContext
from widgets.monitors.base import CANCEL, MODIFY, MonitorPanel
from widgets.monitors.filter_bar import RecordFilter
from widgets.monitors.formatting import (
    amount_text,
    fee_text,
    order_status_text,
    price_text,
    reason_text,
    side_choices,
    side_text,
    status_choices,
    time_text,
    type_text,
)
from widgets.monitors.modify_dialog import ModifyOrderDialog
from widgets.monitors.record_model import Column

# What the engine can replace with a new price or amount (cancel/replace).
OPEN_STATUSES = (OrderStatus.PENDING, OrderStatus.OPEN, OrderStatus.PARTIALLY_FILLED)


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


def order_key(order: Order) -> Hashable:
    # The client order id is ours from the journal on: the venue's id arrives later.
    return (order.account, order.client_order_id or order.id)


def _side_tone(order: Any) -> float:
    return float(order.side.sign)


class OrderTablePanel(MonitorPanel):
    """Orders of every account; subclasses choose which ones stay listed."""

    statuses: tuple[OrderStatus, ...] = tuple(OrderStatus)

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        self.dialog: ModifyOrderDialog | None = None
        super().__init__(ctx, config)

    def subscriptions(self) -> dict[type, Callable[[Any], None]]:
        return {OrderEvent: self._on_order}

    @staticmethod
    def record_key(record: Any) -> Hashable:
        return order_key(record)

    def record_filter(self) -> RecordFilter:
        return RecordFilter(
            symbol=lambda o: o.symbol,
            side=lambda o: str(o.side),
            side_choices=side_choices(),
            status=lambda o: str(o.status),
            status_choices=status_choices(self.statuses),
        )

    def columns(self) -> list[Column]:
        m = self.markets.get
        return [
            Column(_t("Time"), lambda o: o.created_ts, lambda o: time_text(o.created_ts),
                   is_time=True),
            Column(_t("Symbol"), lambda o: o.symbol),
            Column(_t("Side"), lambda o: str(o.side), lambda o: side_text(o.side),
                   tone=_side_tone),
            Column(_t("Type"), lambda o: str(o.type), lambda o: type_text(o.type)),
            Column(_t("Price"), lambda o: o.price, lambda o: price_text(o.price, m(o.symbol)),
                   numeric=True),
            Column(_t("Trigger"), lambda o: o.stop_price,
                   lambda o: price_text(o.stop_price, m(o.symbol)), numeric=True),
            Column(_t("Amount"), lambda o: o.amount, lambda o: amount_text(o.amount),
                   numeric=True),
            Column(_t("Filled"), lambda o: o.filled, lambda o: amount_text(o.filled),
                   numeric=True),
            Column(_t("Avg price"), lambda o: o.average,
                   lambda o: price_text(o.average, m(o.symbol)), numeric=True),
            Column(_t("Fee"), lambda o: o.fee,
                   lambda o: fee_text(o.fee, o.fee_currency), numeric=True),
            Column(_t("Status"), lambda o: str(o.status), order_status_text),
            Column(_t("Account"), lambda o: self.account_text(o.account)),
            Column(_t("Reason"), reason_text),
        ]

    def keeps(self, order: Order) -> bool:
        return True

    def _on_order(self, event: OrderEvent) -> None:
        order = event.order
        if self.keeps(order):
            self.upsert(order)
        else:
            self.remove(order_key(order))

    def row_commands(self, records: list[Any]) -> dict[str, Callable[[], None]]:
        live = [o for o in records if not o.status.is_final]
        commands: dict[str, Callable[[], None]] = {}
        if live:
            commands[CANCEL] = lambda: self.cancel(live)
        if len(live) == 1 and live[0].type.modifiable and not live[0].emulated:
            commands[MODIFY] = lambda: self.modify(live[0])
        return commands

    # -- commands -----------------------------------------------------------------------------
    def cancel(self, orders: list[Order]) -> None:
        for order in orders:
            self.ctx.spawn(
                self.ctx.client.trade_cancel(order.account, order.id or order.client_order_id),
                _t("Cancel {0}").format(order.symbol),
            )

    def modify(self, order: Order) -> ModifyOrderDialog:
        self.dialog = ModifyOrderDialog(self.ctx.client, order, None, self)
        self.dialog.setModal(True)
        self.dialog.open()
        self.ctx.spawn(self._market_for(self.dialog), _t("Modify order"))
        return self.dialog

    async def _market_for(self, dialog: ModifyOrderDialog) -> None:
        # The account's own market (its tick and limits), not the chart's data source.
        order = dialog.order
        markets = await self.ctx.client.trade_markets(order.account)
        dialog.set_market(next((mk for mk in markets if mk.symbol == order.symbol), None))


class OpenOrdersPanel(OrderTablePanel):
    panel_type = "open_orders"
    icon_name = "orders"
    export_stem = "open_orders"
    statuses = OPEN_STATUSES

    @classmethod
    def display_name(cls) -> str:
        return _t("Open orders")

    def keeps(self, order: Order) -> bool:
        return not order.status.is_final

    async def load(self) -> list[Any]:
        return list(await self.ctx.client.trade_open_orders())


class OrderHistoryPanel(OrderTablePanel):
    panel_type = "order_history"
    icon_name = "order_history"
    export_stem = "order_history"
    default_sort = (0, Qt.SortOrder.DescendingOrder)

    @classmethod
    def display_name(cls) -> str:
        return _t("Order history")

    async def load(self) -> list[Any]:
        return list(await self.ctx.client.trade_orders())
