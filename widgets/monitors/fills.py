"""Fills: every execution of every account, newest first, fed by FillEvent."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core import FillEvent
from widgets.monitors.base import MonitorPanel
from widgets.monitors.filter_bar import RecordFilter
from widgets.monitors.formatting import (
    amount_text,
    fee_text,
    money_text,
    price_text,
    side_choices,
    side_text,
    time_text,
)
from widgets.monitors.record_model import Column


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


class FillsPanel(MonitorPanel):
    panel_type = "fills"
    icon_name = "fills"
    export_stem = "fills"

    @classmethod
    def display_name(cls) -> str:
        return _t("Fills")

    def subscriptions(self) -> dict[type, Callable[[Any], None]]:
        return {FillEvent: lambda e: self.upsert(e.fill)}

    @staticmethod
    def record_key(record: Any) -> Hashable:
        return (record.account, record.id)

    def record_filter(self) -> RecordFilter:
        return RecordFilter(
            symbol=lambda f: f.symbol, side=lambda f: str(f.side), side_choices=side_choices()
        )

    def columns(self) -> list[Column]:
        m = self.markets.get
        return [
            Column(_t("Time"), lambda f: f.ts, lambda f: time_text(f.ts), is_time=True),
            Column(_t("Symbol"), lambda f: f.symbol),
            Column(_t("Side"), lambda f: str(f.side), lambda f: side_text(f.side),
                   tone=lambda f: float(f.side.sign)),
            Column(_t("Price"), lambda f: f.price, lambda f: price_text(f.price, m(f.symbol)),
                   numeric=True),
            Column(_t("Amount"), lambda f: f.amount, lambda f: amount_text(f.amount),
                   numeric=True),
            Column(_t("Value"), lambda f: f.price * f.amount,
                   lambda f: money_text(f.price * f.amount), numeric=True),
            Column(_t("Fee"), lambda f: f.fee, lambda f: fee_text(f.fee, f.fee_currency),
                   numeric=True),
            Column(_t("Liquidity"), lambda f: _t("Maker") if f.maker else _t("Taker")),
            Column(_t("Order"), lambda f: f.client_order_id or f.order_id),
            Column(_t("Account"), lambda f: self.account_text(f.account)),
        ]

    async def load(self) -> list[Any]:
        return list(await self.ctx.client.trade_fills())
