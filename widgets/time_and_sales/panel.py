"""The time & sales dock: the focused chart's symbol's public prints as they happen (from the
chart's market, or the same symbol on an exchange account), with a minimum-value filter and
large prints highlighted (both in the quote currency, so one setting fits every symbol).

Prints arrive as coalesced `TradeEvent`s that repeat the feed's newest prints with a running
count: the dock appends only those after the count it saw, so nothing is lost and nothing is
shown twice, and repaints once per flush. Memory is bounded by `tape.MAX_PRINTS`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout

from desktop.core import Market, TradeEvent
from desktop.core.accounts import AccountsChanged
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
    opens_beside_chart = True  # stacked in the chart's column it left the chart a sliver
    side_column = True

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
        #: "": the focused chart's market; else the exchange account whose prints are shown
        #: (of the chart's symbol), followed through `client.trades_follow`.
        self.account_id: str = cfg.get("account", "")
        self.chart_key: tuple[str, str] = (self.venue, self.symbol)
        self._followed: tuple[str, str] | None = None  # (account, symbol) being followed
        self._source_generation = 0

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
        self.source_box = QComboBox()
        self.source_box.setToolTip(_t("Where the prints come from: the focused chart's market, "
                                      "or its symbol on one of your exchange accounts"))
        self.source_box.addItem(_t("Chart's market"), "")
        self.source_box.activated.connect(self._source_chosen)
        top.addWidget(self.source_box)
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
        self.subscribe(AccountsChanged, lambda _e: self.ctx.spawn(self._load_accounts()))
        self._unsubscribers.append(self._unfollow)
        ctx.spawn(self._load_accounts(), _t("Loading accounts"))
        self.on_flushed(self._flush)
        ctx.spawn(self._load_markets(), _t("Loading markets"))
        self.follower = ChartFollower(ctx, self._chart_symbol, self)
        self._unsubscribers.append(self.follower.stop)
        self.set_symbol(self.venue, self.symbol, force=True)
        self.follower.start()
        if self.account_id:
            self._apply_source()

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
        venue, symbol = self.chart_key
        return {"venue": venue, "symbol": symbol, "account": self.account_id,
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
        self.chart_key = (venue, symbol)
        self._apply_source()

    def set_source(self, account_id: str) -> None:
        """"" for the focused chart's market, or an exchange account's id."""
        self.account_id = account_id
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(account_id)))
        self._apply_source()

    def _source_chosen(self, index: int) -> None:
        self.set_source(self.source_box.itemData(index) or "")

    def _apply_source(self) -> None:
        self._source_generation += 1
        venue, symbol = self.chart_key
        if not self.account_id:
            self._unfollow()
            self.set_symbol(venue, symbol)
        elif self._followed != (self.account_id, symbol):
            self.ctx.spawn(self._follow(self.account_id, symbol, self._source_generation),
                           _t("Following the prints"))

    async def _follow(self, account_id: str, symbol: str, generation: int) -> None:
        self._unfollow()
        name = await self.ctx.client.trades_follow(account_id, symbol)
        self._followed = (account_id, symbol)
        if generation != self._source_generation:  # chosen otherwise meanwhile
            self._unfollow()
            return
        markets = await self.ctx.client.trade_markets(account_id)
        self.markets.update({(name, m.symbol): m for m in markets})
        self.set_symbol(name, symbol)

    def _unfollow(self) -> None:
        if self._followed is not None:
            account_id, symbol = self._followed
            self._followed = None
            self.ctx.spawn(self.ctx.client.trades_unfollow(account_id, symbol))

    async def _load_accounts(self) -> None:
        accounts = await self.ctx.client.accounts()
        box = self.source_box
        box.clear()
        box.addItem(_t("Chart's market"), "")
        for a in accounts:
            if not a.is_paper:
                box.addItem(a.label, a.id)
        box.setCurrentIndex(max(0, box.findData(self.account_id)))

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
        if self.seq is None or event.seq < self.seq:  # first, or a new feed (replay reopened)
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
