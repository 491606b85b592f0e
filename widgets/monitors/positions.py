"""Positions: amount, average entry, mark, unrealised and realised P&L (net of fees) and the
share of the account's equity, fed by PositionEvent and BalanceEvent. A margined position (a
linear perpetual's `DerivativePosition`) also shows its leverage and margin mode, the margin it
ties up, its margin ratio, liquidation price and the funding it paid; a spot row leaves those
cells empty."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core import (
    BalanceEvent,
    DerivativePosition,
    MarginMode,
    Position,
    PositionEvent,
    TickEvent,
)
from desktop.shell.context import AppContext
from widgets.monitors.balances import stamped
from widgets.monitors.base import CLOSE, REVERSE, MonitorPanel
from widgets.monitors.filter_bar import RecordFilter
from widgets.monitors.formatting import (
    amount_text,
    fee_text,
    money_text,
    percent_text,
    position_side_text,
    price_text,
)
from widgets.monitors.record_model import Column

FLAT = 1e-12


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


def quote_of(symbol: str) -> str:
    """"BTC/USDT" -> "USDT"; "XRP/USDT:USDT" -> "USDT"."""
    return symbol.partition("/")[2].partition(":")[0]


def leverage_text(p: Position) -> str:
    """"10× isolated" / "20× cross"; empty for a spot position."""
    if not isinstance(p, DerivativePosition) or not math.isfinite(p.leverage):
        return ""
    mode = _t("isolated") if p.margin_mode is MarginMode.ISOLATED else _t("cross")
    return f"{p.leverage:g}× {mode}"


def _sign(value: float) -> float:
    return 0.0 if not value or math.isnan(value) else math.copysign(1.0, value)


class PositionsPanel(MonitorPanel):
    panel_type = "positions"
    icon_name = "positions"
    export_stem = "positions"
    default_sort = (0, Qt.SortOrder.AscendingOrder)

    @classmethod
    def display_name(cls) -> str:
        return _t("Positions")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        self.cash: dict[tuple[str, str], float] = {}  # (account, currency) -> total
        # Last prices by symbol and venue: they mark positions the engine sends unmarked.
        self.prices: dict[str, dict[str, float]] = {}
        self.raw: dict[Hashable, Position] = {}  # as the engine sent them
        super().__init__(ctx, config)

    def subscriptions(self) -> dict[type, Callable[[Any], None]]:
        return {
            PositionEvent: self._on_position,
            BalanceEvent: self._on_balances,
            TickEvent: self._on_tick,
        }

    @staticmethod
    def record_key(record: Any) -> Hashable:
        return (record.account, record.symbol)

    def record_filter(self) -> RecordFilter:
        return RecordFilter(
            symbol=lambda p: p.symbol,
            side=lambda p: "buy" if p.amount > 0 else "sell",
            side_choices=(("buy", _t("Long")), ("sell", _t("Short"))),
        )

    def columns(self) -> list[Column]:
        m = self.markets.get
        return [
            Column(_t("Symbol"), lambda p: p.symbol),
            Column(_t("Side"), lambda p: "long" if p.amount > 0 else "short",
                   lambda p: position_side_text(p.amount), tone=lambda p: _sign(p.amount)),
            Column(_t("Amount"), lambda p: p.amount, lambda p: amount_text(p.amount),
                   numeric=True),
            Column(_t("Avg entry"), lambda p: p.entry_price,
                   lambda p: price_text(p.entry_price, m(p.symbol)), numeric=True),
            Column(_t("Mark"), lambda p: p.mark_price,
                   lambda p: price_text(p.mark_price, m(p.symbol)), numeric=True),
            Column(_t("Unrealised P&L"), lambda p: p.unrealized_pnl,
                   lambda p: money_text(p.unrealized_pnl, signed=True), numeric=True,
                   tone=lambda p: _sign(p.unrealized_pnl)),
            Column(_t("Realised P&L"), lambda p: p.realized_pnl,
                   lambda p: money_text(p.realized_pnl, signed=True), numeric=True,
                   tone=lambda p: _sign(p.realized_pnl)),
            Column(_t("Fees"), lambda p: p.fees, lambda p: fee_text(p.fees, quote_of(p.symbol)),
                   numeric=True),
            Column(_t("% of equity"), self.equity_share,
                   lambda p: percent_text(self.equity_share(p)), numeric=True),
            *self.margin_columns(),
            Column(_t("Account"), lambda p: self.account_text(p.account)),
        ]

    def margin_columns(self) -> list[Column]:
        m = self.markets.get

        def margined(read: Callable[[DerivativePosition], float]) -> Callable[[Position], float]:
            return lambda p: read(p) if isinstance(p, DerivativePosition) else math.nan

        leverage = margined(lambda p: p.leverage)
        margin = margined(lambda p: p.isolated_margin if p.margin_mode is MarginMode.ISOLATED
                          else p.initial_margin)
        ratio = margined(lambda p: p.margin_ratio * 100.0)
        liquidation = margined(lambda p: p.liquidation_price)
        funding = margined(lambda p: p.funding_paid)
        return [
            Column(_t("Leverage"), leverage, lambda p: leverage_text(p), numeric=True),
            Column(_t("Margin"), margin, lambda p: money_text(margin(p)), numeric=True),
            # a ratio near 100 % is near liquidation: it is toned as a loss from 80 %
            Column(_t("Margin ratio"), ratio, lambda p: percent_text(ratio(p)), numeric=True,
                   tone=lambda p: -1.0 if ratio(p) >= 80.0 else 0.0),
            Column(_t("Liq. price"), liquidation,
                   lambda p: price_text(liquidation(p), m(p.symbol)), numeric=True),
            Column(_t("Funding"), funding, lambda p: money_text(funding(p), signed=True),
                   numeric=True, tone=lambda p: -_sign(funding(p))),
        ]

    # -- equity -------------------------------------------------------------------------------
    def equity(self, account: str, quote: str) -> float:
        """Cash in `quote` plus the value of the account's positions quoted in it."""
        held = sum(
            p.notional
            for p in self.model.records
            if p.account == account and quote_of(p.symbol) == quote
        )
        return self.cash.get((account, quote), 0.0) + held

    def equity_share(self, p: Position) -> float:
        return p.percent_of_equity(self.equity(p.account, quote_of(p.symbol)))

    def marked(self, p: Position) -> Position:
        """`p` at the last price of its symbol, unless the engine marked it already (a
        margined position's mark is the exchange's mark price when it was sent: the last
        price keeps its P&L current until the next)."""
        if not math.isnan(p.mark_price) and not isinstance(p, DerivativePosition):
            return p
        prices = self.prices.get(p.symbol)
        if not prices:
            return p
        price = prices.get(p.venue, next(iter(prices.values())))
        return dataclasses.replace(p, mark_price=price)

    # -- events -------------------------------------------------------------------------------
    def _on_position(self, event: PositionEvent) -> None:
        position = event.position
        key = self.record_key(position)
        if abs(position.amount) <= FLAT:
            self.raw.pop(key, None)
            self.remove(key)
        else:
            self.raw[key] = position
            self.upsert(self.marked(position))
        self._restage_account(position.account, skip=position.symbol)

    def _on_tick(self, event: TickEvent) -> None:
        tick = event.tick
        self.prices.setdefault(tick.symbol, {})[tick.venue] = tick.last
        accounts = set()
        for p in self.raw.values():
            if p.symbol == tick.symbol and (math.isnan(p.mark_price)
                                            or isinstance(p, DerivativePosition)):
                self.model.stage(self.marked(p))
                accounts.add(p.account)
        for account in accounts:
            self._restage_account(account, skip=tick.symbol)

    def _on_balances(self, event: BalanceEvent) -> None:
        self._set_cash(event.account, event.balances)
        self._restage_account(event.account)

    def _set_cash(self, account: str, balances) -> None:
        for key in [k for k in self.cash if k[0] == account]:
            del self.cash[key]
        for b in stamped(account, balances):
            self.cash[(account, b.currency)] = b.total

    def _restage_account(self, account: str, skip: str = "") -> None:
        # Every share of the account's equity moved: their rows repaint in the same commit.
        for p in self.model.records:
            if p.account == account and p.symbol != skip and self.model.find(
                self.record_key(p)
            ) is p:
                self.model.stage(p)

    async def load(self) -> list[Any]:
        for b in await self.ctx.client.trade_balances():
            self.cash[(b.account, b.currency)] = b.total
        positions = [p for p in await self.ctx.client.trade_positions() if abs(p.amount) > FLAT]
        for p in positions:
            self.raw.setdefault(self.record_key(p), p)
        return [self.marked(p) for p in positions]

    # -- commands -----------------------------------------------------------------------------
    def row_commands(self, records: list[Any]) -> dict[str, Callable[[], None]]:
        if not records:
            return {}
        commands: dict[str, Callable[[], None]] = {CLOSE: lambda: self.close(records)}
        if len(records) == 1:
            commands[REVERSE] = lambda: self.reverse(records[0])
        return commands

    def close(self, positions: list[Position]) -> None:
        for p in positions:
            self.ctx.spawn(self.ctx.client.trade_flatten(p.account, p.symbol),
                           _t("Close {0}").format(p.symbol))

    def reverse(self, p: Position) -> None:
        self.ctx.spawn(self.ctx.client.trade_reverse(p.account, p.symbol),
                       _t("Reverse {0}").format(p.symbol))
