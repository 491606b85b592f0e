"""The order entry dock: account, symbol, side, type, amount and prices, a live preview, and
the Buy/Sell button. Orders are checked against the market here (validation.py) and go to
the engine only through `ctx.client.trade_*`; the engine's answer, or its sentence when it
refuses, is shown under the button.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import (
    BalanceEvent,
    FillEvent,
    Market,
    Order,
    OrderEvent,
    OrderRequest,
    OrderType,
    PositionEvent,
    PregaoError,
    Side,
    Tick,
    TickEvent,
    TimeInForce,
    TradingStateEvent,
)
from desktop.core.accounts import (
    AccountInfo,
    AccountsChanged,
)
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from desktop.shell.settings_dialog import CONFIRM_LIVE_KEY, CONFIRM_PAPER_KEY
from widgets.common.chart_follow import ChartFollower
from widgets.order_entry import validation as v
from widgets.order_entry.account_commands import AccountCommands
from widgets.order_entry.chart_feed import ChartFeedGuard
from widgets.order_entry.confirm_box import confirm_box
from widgets.order_entry.form import BUY_COLOUR, SELL_COLOUR, OrderEntryForm, side_style
from widgets.order_entry.margin_row import (
    MarginRow,
    load_settings,
    order_margin,
    send_leverage,
    send_mode,
)
from widgets.order_entry.numbers import NumberFormat
from widgets.order_entry.preview import preview_order
from widgets.order_entry.preview_view import PreviewView
from widgets.order_entry.price_venues import price_venues, prices_market
from widgets.order_entry.sentences import order_question, order_sentence
from widgets.order_entry.sizing_row import SizingRow, size_amount
from widgets.order_entry.trading_state import TradingStateBanner
from widgets.order_entry.validation import CheckedOrder, MarketState, OrderForm, check_order

log = logging.getLogger(__name__)

ONE_CLICK_KEY = "trading/one_click"
FUNDS_REFRESH_MS = 150  # fills arrive in bursts: one balance fetch per burst
BANNER_STYLE = ("background: #f0b429; color: #1d2433; font-weight: 600; padding: 5px 8px; "
                "border-radius: 3px;")


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


class OrderEntryPanel(ChartFeedGuard, AccountCommands, Panel):
    panel_type = "order_entry"
    icon_name = "order_entry"

    #: The result line changed: (text, is_error).
    resultShown = Signal(str, bool)

    @classmethod
    def display_name(cls) -> str:
        return _t("Order entry")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        cfg = config or {}
        self.fmt = NumberFormat.of()
        self.accounts: dict[str, AccountInfo] = {}
        self.markets: dict[str, Market] = {}
        self.account_id: str = cfg.get("account", "")
        self.symbol: str = cfg.get("symbol", "BTC/USDT")
        self.tick: Tick | None = None
        self.balances: dict[str, float] | None = None  # currency -> free; None: not loaded
        self.positions: dict[str, float] = {}  # symbol -> signed amount
        self.entries: dict[str, float] = {}  # symbol -> the position's entry price
        self.loaded = False  # accounts, markets and order types are in
        self.sent = 0  # requests handed to the engine
        self.confirmation: QMessageBox | None = None  # the open confirmation, if any
        self._price_venues: set[str] = set()
        self._load_generation = 0
        # After a refused submit every wrong field stays marked (empty ones too) until the
        # form is right, so the marks do not vanish on the next tick.
        self._marking = False
        self._slider_driving = False  # the slider wrote the amount: do not move it back

        self.banner = QLabel(_t("One-click trading is on: orders go out without confirmation."))
        self.banner.setObjectName("oneClickBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.trading_state = TradingStateBanner()
        self.form = OrderEntryForm()
        self.sizing = SizingRow()
        self.margin_row = MarginRow()  # perpetuals only
        self.margin_row.hide()
        self.preview = PreviewView()
        self.submit_button = QPushButton()
        self.submit_button.setProperty("filled", True)
        self.submit_button.setMinimumHeight(32)
        self.submit_button.setToolTip(_t("Send the order (Enter)"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 6)
        box.setSpacing(6)
        box.addWidget(self.form)
        for widget in (self.margin_row, self.sizing, self.preview):
            wrap = QVBoxLayout()
            wrap.setContentsMargins(8, 0, 8, 0)
            wrap.addWidget(widget)
            box.addLayout(wrap)
        box.addStretch(1)
        # The Buy/Sell button and the answer under it sit below the scroll area: however
        # short the dock, the button never scrolls out of view.
        footer = QVBoxLayout()
        footer.setContentsMargins(8, 2, 8, 6)
        footer.setSpacing(4)
        footer.addWidget(self.submit_button)
        footer.addWidget(self.result)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self._scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.trading_state)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)
        self.setMinimumWidth(260)

        self._funds_timer = QTimer(self)
        self._funds_timer.setSingleShot(True)
        self._funds_timer.setInterval(FUNDS_REFRESH_MS)
        self._funds_timer.timeout.connect(lambda: self.ctx.spawn(self._load_funds()))
        self._dirty = False
        self.form.changed.connect(self.refresh)
        self.form.submitRequested.connect(self.submit)
        self.submit_button.clicked.connect(self.submit)
        self.sizing.sizeRequested.connect(
            lambda mode, value: self.ctx.spawn(size_amount(self, mode, value)))
        self.form.account.activated.connect(self._account_chosen)
        self.form.symbol.activated.connect(
            lambda i: self.set_symbol(self.form.symbol.itemData(i) or ""))
        self.form.slider.valueChanged.connect(self._slider_moved)
        self.margin_row.leverageChosen.connect(
            lambda x: self.ctx.spawn(send_leverage(self, self.symbol, x)))
        self.margin_row.modeChosen.connect(
            lambda mode: self.ctx.spawn(send_mode(self, self.symbol, mode)))
        self.form.sides.buttonToggled.connect(lambda _b, _on: self._style_submit())
        self.subscribe(TickEvent, self._on_tick)
        self.subscribe(BalanceEvent, self._on_balances)
        self.subscribe(PositionEvent, self._on_position)
        self.subscribe(FillEvent, self._on_fill)
        self.subscribe(OrderEvent, self._on_order)
        self.subscribe(TradingStateEvent, lambda e: self.trading_state.show_status(e.status)
                       if e.status.account == self.account_id else None)
        self.subscribe(AccountsChanged, lambda _e: self.ctx.spawn(self._load_accounts()))
        self.on_flushed(self._flush)
        self._connect(ctx.symbolActivated, self._on_symbol_activated)
        # The focused chart from the next focus change on (not the one focused now: at start
        # the entry keeps its saved symbol).
        self.chart_follower = ChartFollower(ctx, self._chart_shows, self)
        self.chart_follower.chartChanged.connect(lambda _chart: self.show_chart_notice())
        self._unsubscribers.append(self.chart_follower.stop)
        self._connect(ctx.priceClicked, self.fill_price)
        self.set_one_click(self.ctx.settings.value(ONE_CLICK_KEY, False, type=bool))
        self._style_submit()
        self.first_load_done = False
        ctx.spawn(self._first_load(), _t("Loading accounts"))

    async def _first_load(self) -> None:
        try:
            await self._load_accounts()
        finally:
            self.first_load_done = True

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._unsubscribers.append(lambda: signal.disconnect(slot))

    # -- state -----------------------------------------------------------------------------

    def config(self) -> dict[str, Any]:
        return {"account": self.account_id, "symbol": self.symbol}

    def account(self) -> AccountInfo | None:
        return self.accounts.get(self.account_id)

    def market(self) -> Market | None:
        return self.markets.get(self.symbol)

    def state(self) -> MarketState | None:
        market = self.market()
        if market is None:
            return None
        tick = self.tick
        bid, ask, last = (tick.bid, tick.ask, tick.last) if tick else (math.nan,) * 3
        if self.balances is None:
            base_free = quote_free = math.nan
        else:
            base_free = self.balances.get(market.base, 0.0)
            quote_free = self.balances.get(market.quote, 0.0)
        return MarketState(market, bid=bid, ask=ask, last=last, base_free=base_free,
                           quote_free=quote_free, position=self.positions.get(self.symbol, 0.0))

    @property
    def one_click(self) -> bool:
        return not self.banner.isHidden()

    def set_one_click(self, on: bool) -> None:
        self.banner.setVisible(bool(on))

    def priced_by(self, venue: str, symbol: str = "") -> bool:
        """Whether the account's orders in `symbol` (the entry's own by default) follow the
        prices of `venue` (a feed or exchange)."""
        return prices_market(self._price_venues, self.markets.get(symbol or self.symbol), venue)

    def confirmation_required(self) -> bool:
        if self.one_click:
            return False
        info = self.account()
        live = info is not None and not info.is_paper
        key, default = (CONFIRM_LIVE_KEY, True) if live else (CONFIRM_PAPER_KEY, False)
        return bool(self.ctx.settings.value(key, default, type=bool))

    # -- loading ---------------------------------------------------------------------------

    async def _load_accounts(self) -> None:
        accounts = await self.ctx.client.accounts()
        self.accounts = {a.id: a for a in accounts}
        box = self.form.account
        box.clear()
        for a in accounts:
            paper = a.is_paper and "paper" not in a.label.casefold()
            label = _t("{label} (paper)").format(label=a.label) if paper else a.label
            box.addItem(label, a.id)
        if self.account_id not in self.accounts:
            paper = [a for a in accounts if a.is_paper]
            chosen = (paper or accounts)[0] if accounts else None
            self.account_id = chosen.id if chosen else ""
        box.setCurrentIndex(max(0, box.findData(self.account_id)))
        if not accounts:
            self.show_result(_t("No account yet: add one in Tools › Accounts."), error=True)
            return
        await self._load_account()

    def _account_chosen(self, index: int) -> None:
        account_id = self.form.account.itemData(index)
        if account_id and account_id != self.account_id:
            self.account_id = account_id
            self.ctx.spawn(self._load_account(), _t("Loading the account"))

    async def _load_account(self) -> None:
        self._load_generation += 1
        generation, account_id = self._load_generation, self.account_id
        info = self.accounts.get(account_id)
        self.loaded = False
        self.balances = None
        self.positions = {}
        self.trading_state.show_status(None)
        try:
            markets = await self.ctx.client.trade_markets(account_id)
            types = await self.ctx.client.account_order_types(account_id)
            status = await self.ctx.client.risk_status(account_id)
        except PregaoError as exc:
            if generation == self._load_generation:
                self.markets = {}
                self.form.symbol.clear()
                self.show_result(tr_message(exc), error=True)
            return
        if generation != self._load_generation:
            return  # another account was chosen meanwhile
        self.markets = {m.symbol: m for m in markets}
        self.trading_state.show_status(status)
        self._price_venues = price_venues(info, self.accounts)
        self.form.set_order_types(types)
        box = self.form.symbol
        box.clear()
        for symbol in sorted(self.markets):
            box.addItem(symbol, symbol)
        charted = getattr(self.chart_follower.chart, "symbol", "")
        if charted in self.markets:  # e.g. a replay's market, new on the account
            self.symbol = charted
        elif self.symbol not in self.markets and self.markets:
            self.symbol = "BTC/USDT" if "BTC/USDT" in self.markets else box.itemData(0)
        self.loaded = True
        self.show_result("")
        self.set_symbol(self.symbol, force=True)

    def set_symbol(self, symbol: str, force: bool = False) -> bool:
        if not symbol or (symbol == self.symbol and not force):
            return symbol == self.symbol
        if self.loaded and symbol not in self.markets:
            return False
        self.symbol = symbol
        self.tick = None
        self._marking = False
        self.form.symbol.setCurrentIndex(max(0, self.form.symbol.findData(symbol)))
        self.form.set_market(self.market())
        market = self.market()
        margined = market is not None and market.kind.has_margin
        self.margin_row.setVisible(margined)
        self._style_submit()
        self.refresh()
        if self.loaded and margined:
            self.ctx.spawn(load_settings(self, symbol))
        if self.loaded:
            self.ctx.spawn(self._prime_tick(symbol))
            self.ctx.spawn(self._load_funds())
        self.show_chart_notice()
        return True

    async def _prime_tick(self, symbol: str) -> None:
        feeds = set(await self.ctx.client.venues())
        market = self.markets.get(symbol)
        for venue in self._price_venues & feeds:
            if not prices_market(self._price_venues, market, venue):
                continue
            tick = await self.ctx.client.last_tick(venue, symbol)
            if tick is not None and symbol == self.symbol and self.tick is None:
                self.tick = tick
                self.refresh()

    async def _load_funds(self) -> None:
        account_id = self.account_id
        if not account_id:
            return
        try:
            balances = await self.ctx.client.trade_balances(account_id)
            positions = await self.ctx.client.trade_positions(account_id)
        except PregaoError as exc:
            log.info("Balances of %s not available: %s", account_id, exc)
            return
        if account_id != self.account_id:
            return
        self.balances = {b.currency: b.free for b in balances}
        self.positions = {p.symbol: p.amount for p in positions}
        self.entries = {p.symbol: p.entry_price for p in positions}
        self.refresh()

    # -- events ----------------------------------------------------------------------------

    def _on_tick(self, event: TickEvent) -> None:
        tick = event.tick
        if tick.symbol == self.symbol and prices_market(self._price_venues,
                                                        self.markets.get(tick.symbol),
                                                        tick.venue):
            self.tick = tick
            self._dirty = True

    def _on_balances(self, event: BalanceEvent) -> None:
        if event.account == self.account_id:
            self.balances = {b.currency: b.free for b in event.balances}
            self._dirty = True

    def _on_position(self, event: PositionEvent) -> None:
        p = event.position
        if p.account == self.account_id:
            self.positions[p.symbol] = p.amount
            self.entries[p.symbol] = p.entry_price
            self._dirty = True

    def _on_fill(self, event: FillEvent) -> None:
        if event.fill.account == self.account_id:
            self._funds_timer.start()

    def _on_order(self, event: OrderEvent) -> None:
        if event.order.account == self.account_id and event.order.status.is_final:
            self._funds_timer.start()

    def _flush(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def _on_symbol_activated(self, _venue: str, symbol: str) -> None:
        self.set_symbol(symbol)

    def _chart_shows(self, _venue: str, symbol: str) -> None:
        self.set_symbol(symbol)
        self.show_chart_notice()  # the same symbol may be another feed's on this chart

    # -- the form --------------------------------------------------------------------------

    def check(self, show_all: bool = False, form: OrderForm | None = None) -> CheckedOrder | None:
        """Check the form (or `form`), show its errors and the preview. `show_all` also names
        empty required fields; while typing only what was typed is judged."""
        state = self.state()
        if state is None:
            self.preview.show_preview(None, None, (math.nan, math.nan), self.fmt)
            return None
        values = form or self.form.values()
        checked = check_order(values, state, self.fmt)
        errors = checked.errors
        if form is None and not errors:
            self._marking = False
        if not show_all and not (form is None and self._marking):
            typed = {v.AMOUNT: values.amount, v.PRICE: values.price, v.STOP: values.stop,
                     v.TRAIL: values.trail, v.VISIBLE: values.visible,
                     v.TAKE_PROFIT: values.take_profit, v.STOP_LOSS: values.stop_loss}
            errors = {k: m for k, m in errors.items() if typed.get(k, "x").strip()}
        self.form.show_errors(errors)
        self.preview.show_preview(preview_order(checked, values.side, state), state.market,
                                  (state.base_free, state.quote_free), self.fmt,
                                  selling=values.side is Side.SELL)
        self.preview.show_margin(order_margin(self, checked, values.side, state),
                                 state.market, self.fmt)
        if form is None and not self._slider_driving:
            self.form.show_share(v.share_of_balance(checked, values.side, state))
        return checked

    def refresh(self) -> None:
        self.check(show_all=False)

    def _style_submit(self) -> None:
        side = self.form.side()
        market = self.market()
        base = market.base if market else ""
        text = (_t("Buy {base}") if side is Side.BUY else _t("Sell {base}")).format(base=base)
        self.submit_button.setText(text.strip())
        self.submit_button.setStyleSheet(
            side_style(BUY_COLOUR if side is Side.BUY else SELL_COLOUR))

    def _slider_moved(self, percent: int) -> None:
        state = self.state()
        if state is None or percent == 0:
            return
        text = v.fraction_amount_text(percent, self.form.values(), state, self.fmt)
        self.form.amount.setText(text)
        self._slider_driving = True
        try:
            self.refresh()
        finally:
            self._slider_driving = False

    def fill_price(self, _venue: str, symbol: str, price: float) -> None:
        """A Ctrl+click on a chart: that price into the limit price field (the type becomes
        Limit when the current one has no limit price)."""
        if symbol != self.symbol and not self.set_symbol(symbol):
            return
        market = self.market()
        if market is None or not math.isfinite(price) or price <= 0:
            return
        values = self.form.values()
        if v.PRICE not in v.fields_for(values.type, values.bracket):
            self.form.set_order_type(OrderType.LIMIT)
        self.form.price.setText(
            self.fmt.format(market.round_price(price), v.step_decimals(market.price_tick)))
        dock = self.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        self.refresh()

    # -- sending ---------------------------------------------------------------------------

    def submit(self) -> bool:
        """Enter or the Buy/Sell button: check everything; send (after confirming) if right."""
        return self._place(self.form.values(), "manual")

    def _place(self, values: OrderForm, origin: str) -> bool:
        """`origin`: who asked, for the audit trail ("manual", "hotkey", "order book")."""
        if self.refuse_on_chart_conflict():
            return False
        checked = self.check(show_all=True, form=values)
        if checked is None:
            self.show_result(_t("Choose an account and a symbol first."), error=True)
            return False
        if not checked.ok:
            own_form = values == self.form.values()
            self._marking = own_form
            marked = self.form.shown_errors() if own_form else {}
            if marked:
                self.show_result(_t("Nothing was sent: correct the fields marked in red."),
                                 error=True)
            else:  # the keyboard's or the book's order, or a field the form does not show
                self.show_result(_t("Nothing was sent: {reason}").format(
                    reason=" ".join(dict.fromkeys(checked.errors.values()))), error=True)
            return False
        request = replace(checked.request, origin=origin)
        self.confirm_then(self.describe(request), lambda: self._send(request))
        return True

    def market_order(self, side: Side) -> bool:
        """Keyboard: a market order of the form's amount."""
        values = replace(self.form.values(), side=side, type=OrderType.MARKET, bracket=False,
                         post_only=False, time_in_force=TimeInForce.GTC)
        return self._place(values, "hotkey")

    def order_at_touch(self, side: Side) -> bool:
        """Keyboard: a limit buy at the bid, or a limit sell at the ask."""
        tick = self.tick
        price = (tick.bid if side is Side.BUY else tick.ask) if tick else math.nan
        if self.market() is None or not (math.isfinite(price) and price > 0):
            self.show_result(_t("No bid and ask for {symbol} yet: nothing was sent.")
                             .format(symbol=self.symbol), error=True)
            return False
        return self.order_at_price(side, price, "hotkey")

    def order_at_price(self, side: Side, price: float, origin: str = "order book") -> bool:
        """A limit order of the form's amount at `price` (the order book's levels, the
        keyboard): checked, confirmed and sent like the form's own."""
        market = self.market()
        if market is None:
            self.show_result(_t("Choose an account and a symbol first."), error=True)
            return False
        values = replace(self.form.values(), side=side, type=OrderType.LIMIT, bracket=False,
                         post_only=False, time_in_force=TimeInForce.GTC,
                         price=self.fmt.format(price, v.step_decimals(market.price_tick)))
        return self._place(values, origin)

    def describe(self, req: OrderRequest) -> str:
        info = self.account()
        return order_question(req, self.markets.get(req.symbol), info.label if info else "",
                              self.fmt)

    def confirm_then(self, text: str, action: Callable[[], None],
                     always_ask: bool = False) -> None:
        if not always_ask and not self.confirmation_required():
            action()
            return
        box = confirm_box(self, text, action, self._confirmation_closed)
        self.confirmation = box
        box.open()

    def _confirmation_closed(self) -> None:
        self.confirmation = None

    def _send(self, request: OrderRequest) -> None:
        awaitable = self.ctx.client.trade_place(self.account_id, request)
        self.sent += 1
        self.show_result(_t("Sending…"))
        self.ctx.spawn(self._await(awaitable, self._order_sentence))

    async def _await(self, awaitable: Awaitable[Any], sentence: Callable[[Any], str]) -> None:
        try:
            result = await awaitable
        except PregaoError as exc:
            self.show_result(tr_message(exc), error=True)
            return
        except Exception as exc:  # a bug, not a refusal: logged with its trace, still shown
            log.exception("Order request failed")
            self.show_result(tr_message(exc) or type(exc).__name__, error=True)
            return
        self.show_result(sentence(result), success=True)
        self._funds_timer.start()

    def _order_sentence(self, order: Order) -> str:
        return order_sentence(order, self.markets.get(order.symbol), self.fmt)

    def show_result(self, text: str, error: bool = False, success: bool = False) -> None:
        self.result.setText(text)
        self.result.setProperty("role", "error" if error else "")
        self.result.setStyleSheet(f"color: {BUY_COLOUR};" if success else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.resultShown.emit(text, error)
