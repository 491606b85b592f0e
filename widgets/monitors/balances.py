"""Balances: free, in orders and total per account and currency, fed by BalanceEvent."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core import Balance, BalanceEvent
from widgets.monitors.base import MonitorPanel
from widgets.monitors.filter_bar import RecordFilter
from widgets.monitors.formatting import amount_text, money_text
from widgets.monitors.record_model import Column


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


# Cash-like currencies read in cents; coins keep their small fractions.
CASH = frozenset({"USD", "USDT", "USDC", "BUSD", "FDUSD", "TUSD", "DAI", "EUR", "BRL"})


def balance_text(balance: Balance, value: float) -> str:
    return money_text(value) if balance.currency in CASH else amount_text(value)


def stamped(account: str, balances: tuple[Balance, ...] | list[Balance]) -> list[Balance]:
    """The balances of one account, each carrying that account's id."""
    return [b if b.account else dataclasses.replace(b, account=account) for b in balances]


class BalancesPanel(MonitorPanel):
    panel_type = "balances"
    icon_name = "balances"
    export_stem = "balances"
    default_sort = (0, Qt.SortOrder.AscendingOrder)

    @classmethod
    def display_name(cls) -> str:
        return _t("Balances")

    def subscriptions(self) -> dict[type, Callable[[Any], None]]:
        return {BalanceEvent: self._on_balances}

    @staticmethod
    def record_key(record: Any) -> Hashable:
        return (record.account, record.currency)

    def record_filter(self) -> RecordFilter:
        return RecordFilter(symbol=lambda b: b.currency)

    def columns(self) -> list[Column]:
        return [
            Column(_t("Currency"), lambda b: b.currency),
            Column(_t("Free"), lambda b: b.free, lambda b: balance_text(b, b.free),
                   numeric=True),
            Column(_t("In orders"), lambda b: b.used, lambda b: balance_text(b, b.used),
                   numeric=True),
            Column(_t("Total"), lambda b: b.total, lambda b: balance_text(b, b.total),
                   numeric=True),
            Column(_t("Account"), lambda b: self.account_text(b.account)),
        ]

    def _on_balances(self, event: BalanceEvent) -> None:
        # The event lists every balance of the account: a currency it no longer lists is gone.
        fresh = stamped(event.account, event.balances)
        keep = {b.currency for b in fresh}
        for old in [b for b in self.model.records if b.account == event.account]:
            if old.currency not in keep:
                self.remove(self.record_key(old))
        for balance in fresh:
            self.upsert(balance)

    async def load(self) -> list[Any]:
        return list(await self.ctx.client.trade_balances())
