"""The order book dock: the depth ladder of the focused chart's symbol with spread, book
imbalance, grouping by tick multiples and a depth chart; DOM trading in the ladder.

Books arrive as `BookEvent`s, already coalesced per symbol by the bridge; the dock keeps the
newest and rebuilds its `Ladder` once per flush (at most 30 a second), then asks its painted
views to repaint: no model, no relayout. Trading goes through the order book commands
(commands.py), which hand the level to the order entry: one path for amount, validation,
risk checks and confirmation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout

from desktop.core import BookEvent, Market, Order, OrderBook, OrderEvent, Side
from desktop.shell.context import AppContext
from desktop.shell.panel import Panel
from widgets.common.chart_follow import ChartFollower
from widgets.common.numbers import decimals_for_step, fmt_number
from widgets.order_book.depth_view import DepthView
from widgets.order_book.ladder import GROUP_MULTIPLES, Ladder, build_ladder
from widgets.order_book.ladder_view import LadderView
from widgets.order_book.stats_view import BookStats

BUY_AT_CURSOR = "book.buy_at_cursor"
SELL_AT_CURSOR = "book.sell_at_cursor"
SELECT_ORDER = "book.select_order"
MOVE_ORDER = "book.move_order"
DOM_COMMANDS = (BUY_AT_CURSOR, SELL_AT_CURSOR, SELECT_ORDER, MOVE_ORDER)


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderBook", text)


class OrderBookPanel(Panel):
    panel_type = "order_book"
    icon_name = "order_book"
    opens_beside_chart = True  # stacked in the chart's column it left the chart a sliver
    side_column = True

    @classmethod
    def display_name(cls) -> str:
        return _t("Order book")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        cfg = config or {}
        self.venue: str = cfg.get("venue", "demo")
        self.symbol: str = cfg.get("symbol", "BTC/USDT")
        self.group: int = int(cfg.get("group", 1)) if cfg.get("group") in GROUP_MULTIPLES else 1
        self.markets: dict[tuple[str, str], Market] = {}
        self.book: OrderBook | None = None
        self.own: dict[tuple[str, str], Order] = {}  # (account, id) -> open order
        self.ladder: Ladder | None = None
        self.rebuilds = 0
        self._dirty = False

        self.title_label = QLabel()
        self.title_label.setObjectName("orderBookSymbol")
        self.group_box = QComboBox()
        self.group_box.setToolTip(_t("Group price levels by a multiple of the price tick"))
        self.group_box.activated.connect(self._group_chosen)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 2)
        top.addWidget(self.title_label, 1)
        top.addWidget(QLabel(_t("Group")))
        top.addWidget(self.group_box)
        self.stats = BookStats()
        self.stats.labels = (_t("Spread"), _t("Imbalance"))
        self.stats.templates = (_t("{spread} ({bps} bp)"), "{pct} %")
        self.view = LadderView()
        self.view.headers = (_t("Mine"), _t("Price"), _t("Size"), _t("Total"))
        self.view.setToolTip(_t(
            "Click a bid to buy or an ask to sell at that level (the order entry's amount); "
            "drag your order to another level to move it. Keys: ↑/↓ move the cursor, "
            "B buy, S sell, Space picks your order, M moves it to the cursor."))
        self.depth = DepthView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.depth)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setContentsMargins(6, 0, 6, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stats)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.view)
        self.setMinimumWidth(280)
        for command_id in DOM_COMMANDS:
            # Plain keys (B, S, Space, M): live only while the ladder has the focus.
            self.view.addAction(ctx.actions.action(command_id))
        self.view.levelClicked.connect(self._level_clicked)
        self.view.orderDragged.connect(self._order_dragged)
        self.subscribe(BookEvent, self._on_book)
        self.subscribe(OrderEvent, self._on_order)
        self.on_flushed(self._flush)
        ctx.spawn(self._load_markets(), _t("Loading markets"))
        ctx.spawn(self._load_orders(), _t("Loading open orders"))
        self.follower = ChartFollower(ctx, self._chart_symbol, self)
        self._unsubscribers.append(self.follower.stop)
        self.set_symbol(self.venue, self.symbol)
        self.follower.start()

    # -- state ------------------------------------------------------------------------------
    def title(self) -> str:
        return f"{_t('Order book')} · {self.symbol}"

    def config(self) -> dict[str, Any]:
        return {"venue": self.venue, "symbol": self.symbol, "group": self.group}

    def apply_theme(self, dark: bool) -> None:
        for view in (self.view, self.depth, self.stats):
            view.set_dark(dark)

    def market(self) -> Market | None:
        return self.markets.get((self.venue, self.symbol))

    def step(self) -> float:
        market = self.market()
        return market.price_tick * self.group if market else 0.0

    def set_symbol(self, venue: str, symbol: str) -> None:
        changed = (venue, symbol) != (self.venue, self.symbol)
        self.venue, self.symbol = venue, symbol
        self.title_label.setText(symbol if venue == "demo" else f"{symbol} · {venue}")
        if changed or self.book is None:
            self.book = None
            self.view.cursor_price = None
            self.view.selected = None
            self._fill_groups()
            self._rebuild()
            self.ctx.spawn(self._load_book(venue, symbol))
        self.titleChanged.emit(self.title())

    def _chart_symbol(self, venue: str, symbol: str) -> None:
        if (venue, symbol) != (self.venue, self.symbol):
            self.set_symbol(venue, symbol)

    def set_group(self, multiple: int) -> None:
        if multiple in GROUP_MULTIPLES:
            self.group = multiple
            self.group_box.setCurrentIndex(max(0, self.group_box.findData(multiple)))
            self._rebuild()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # -- loading ----------------------------------------------------------------------------
    async def _load_markets(self) -> None:
        markets = await self.ctx.client.markets()
        self.markets = {(m.venue, m.symbol): m for m in markets}
        self._fill_groups()
        self._rebuild()

    async def _load_book(self, venue: str, symbol: str) -> None:
        book = await self.ctx.client.order_book(venue, symbol)
        if (venue, symbol) == (self.venue, self.symbol) and self.book is None:
            self.book = book
            self._rebuild()

    async def _load_orders(self) -> None:
        await self.ctx.client.accounts()  # the journal is open once the accounts are
        for order in await self.ctx.client.trade_open_orders():
            self.own.setdefault(_key(order), order)
        self._dirty = True

    def _fill_groups(self) -> None:
        market = self.market()
        box = self.group_box
        box.clear()
        if market is None:
            return
        for multiple in GROUP_MULTIPLES:
            step = market.price_tick * multiple
            box.addItem(fmt_number(step, decimals_for_step(step)), multiple)
        box.setCurrentIndex(max(0, box.findData(self.group)))

    # -- events -----------------------------------------------------------------------------
    def _on_book(self, event: BookEvent) -> None:
        book = event.book
        if book.symbol == self.symbol and book.venue == self.venue:
            self.book = book
            self._dirty = True

    def _on_order(self, event: OrderEvent) -> None:
        order = event.order
        if order.status.is_final or order.type.is_group:
            if self.own.pop(_key(order), None) is not None:
                self._dirty = True
        else:
            self.own[_key(order)] = order
            self._dirty = self._dirty or order.symbol == self.symbol

    def _flush(self) -> None:
        # A dock behind a tab or closed costs nothing: it catches up when shown.
        if self._dirty and self.isVisible():
            self._rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._rebuild()

    def _rebuild(self) -> None:
        self._dirty = False
        market = self.market()
        book = self.book
        if book is None or market is None:
            self.ladder = None
        else:
            mine = [o for o in self.own.values() if o.symbol == self.symbol]
            self.ladder = build_ladder(book, self.step(), mine)
            self.rebuilds += 1
        price_d = decimals_for_step(self.step()) if market else 2
        size_d = decimals_for_step(market.amount_step) if market else 4
        self.view.set_ladder(self.ladder, price_d, size_d)
        self.depth.set_ladder(self.ladder, price_d)
        self.stats.set_ladder(self.ladder, price_d)

    def _group_chosen(self, index: int) -> None:
        multiple = self.group_box.itemData(index)
        if multiple:
            self.set_group(int(multiple))

    # -- DOM --------------------------------------------------------------------------------
    def _level_clicked(self, side: Side, _price: float) -> None:
        # The view has put its cursor on the level: the command trades at the cursor.
        self.ctx.actions.trigger(BUY_AT_CURSOR if side is Side.BUY else SELL_AT_CURSOR)

    def _order_dragged(self, order: Order, price: float) -> None:
        self.view.selected = order
        self.view.cursor_price = price
        self.ctx.actions.trigger(MOVE_ORDER)


def _key(order: Order) -> tuple[str, str]:
    return (order.account, order.id or order.client_order_id)
