"""The time & sales dock: the focused chart's symbol's public prints as they happen, with a
minimum-value filter and large prints highlighted (both in the quote currency, so one
setting fits every symbol).

Prints arrive as coalesced `TradeEvent`s that repeat the feed's newest prints with a running
count: the dock appends only those after the count it saw, so nothing is lost and nothing is
shown twice, and repaints once per flush. Memory is bounded by `tape.MAX_PRINTS`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout

from desktop.core import Market, TradeEvent
from desktop.shell.context import AppContext
from desktop.shell.panel import Panel
from widgets.common.chart_follow import ChartFollower
from widgets.common.numbers import decimals_for_step
from widgets.time_and_sales.tape import Tape
from widgets.time_and_sales.tape_view import TapeView

DEFAULT_LARGE = 10_000.0  # in the quote currency; the trader sets what is large


def _t(text: str) -> str:
    return QCoreApplication.translate("TimeAndSales", text)


class TimeAndSalesPanel(Panel):
    panel_type = "time_and_sales"
    icon_name = "time_and_sales"

    @classmethod
    def display_name(cls) -> str:
        return _t("Time and sales")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        cfg = config or {}
        self.venue: str = cfg.get("venue", "demo")
        self.symbol: str = cfg.get("symbol", "BTC/USDT")
        self.tape = Tape(float(cfg.get("min_value", 0.0)),
                         float(cfg.get("large_value", DEFAULT_LARGE)))
        self.markets: dict[tuple[str, str], Market] = {}
        self.seq: int | None = None  # prints of the symbol seen so far (None: none yet)
        self._dirty = False

        self.title_label = QLabel()
        self.min_box = self._value_box(_t("Hide prints worth less than this"))
        self.min_box.setValue(self.tape.min_value)
        self.min_box.setSpecialValueText(_t("all"))
        self.large_box = self._value_box(_t("Highlight prints worth at least this (0: none)"))
        self.large_box.setValue(self.tape.large_value)
        self.large_box.setSpecialValueText(_t("off"))
        self.min_box.valueChanged.connect(self.set_min_value)
        self.large_box.valueChanged.connect(self.set_large_value)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 2)
        top.addWidget(self.title_label)
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.setContentsMargins(6, 0, 6, 4)
        filters.setSpacing(6)
        for text, box in ((_t("Min"), self.min_box), (_t("Large"), self.large_box)):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box, 1)
            filters.addSpacing(8)
        self.view = TapeView(self.tape)
        self.view.headers = (_t("Time"), _t("Price"), _t("Size"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.setMinimumWidth(260)
        self.subscribe(TradeEvent, self._on_trades)
        self.on_flushed(self._flush)
        ctx.spawn(self._load_markets(), _t("Loading markets"))
        self.follower = ChartFollower(ctx, self._chart_symbol, self)
        self._unsubscribers.append(self.follower.stop)
        self.set_symbol(self.venue, self.symbol, force=True)
        self.follower.start()

    @staticmethod
    def _value_box(tooltip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 1e12)
        box.setDecimals(0)
        box.setSingleStep(1000.0)
        box.setGroupSeparatorShown(True)
        box.setToolTip(tooltip)
        box.setMinimumWidth(90)
        return box

    # -- state ------------------------------------------------------------------------------
    def title(self) -> str:
        return f"{_t('Time and sales')} · {self.symbol}"

    def config(self) -> dict[str, Any]:
        return {"venue": self.venue, "symbol": self.symbol,
                "min_value": self.tape.min_value, "large_value": self.tape.large_value}

    def apply_theme(self, dark: bool) -> None:
        self.view.set_dark(dark)

    def set_symbol(self, venue: str, symbol: str, force: bool = False) -> None:
        if (venue, symbol) == (self.venue, self.symbol) and not force:
            return
        self.venue, self.symbol = venue, symbol
        self.title_label.setText(symbol if venue == "demo" else f"{symbol} · {venue}")
        self.tape.clear()
        self.seq = None
        self.view.offset = 0
        self._apply_market()
        self.view.update()
        self.titleChanged.emit(self.title())
        self.ctx.spawn(self._load_recent(venue, symbol))

    def set_min_value(self, value: float) -> None:
        self.tape.set_filter(value)
        self.view.offset = 0
        self.view.update()

    def set_large_value(self, value: float) -> None:
        self.tape.large_value = max(0.0, value)
        self.view.update()

    def _chart_symbol(self, venue: str, symbol: str) -> None:
        self.set_symbol(venue, symbol)

    def _apply_market(self) -> None:
        market = self.markets.get((self.venue, self.symbol))
        quote = f" {market.quote}" if market else ""
        for box in (self.min_box, self.large_box):
            box.setSuffix(quote)
        if market:
            self.view.price_decimals = decimals_for_step(market.price_tick)
            self.view.size_decimals = decimals_for_step(market.amount_step)

    # -- data -------------------------------------------------------------------------------
    async def _load_markets(self) -> None:
        markets = await self.ctx.client.markets()
        self.markets = {(m.venue, m.symbol): m for m in markets}
        self._apply_market()
        self.view.update()

    async def _load_recent(self, venue: str, symbol: str) -> None:
        """What the feed kept, for a market that is quiet (a paused replay) when the dock
        opens; the first event replaces it, as it carries the same prints and newer."""
        trades = await self.ctx.client.recent_trades(venue, symbol)
        if (venue, symbol) == (self.venue, self.symbol) and self.seq is None:
            self.tape.clear()
            self.tape.extend(trades)
            self.view.update()

    def _on_trades(self, event: TradeEvent) -> None:
        if event.symbol != self.symbol or event.venue != self.venue:
            return
        if self.seq is None:
            self.tape.clear()
            self.tape.extend(event.trades)
        else:
            self.tape.extend(event.since(self.seq))
        self.seq = event.seq
        self._dirty = True

    def _flush(self) -> None:
        if self._dirty:
            self._dirty = False
            self.view.update()
