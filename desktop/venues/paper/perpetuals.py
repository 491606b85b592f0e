"""The matching engine's linear perpetuals: margin instead of spot funds, leverage and margin
mode per symbol, reduce-only and close-position orders, funding, and liquidation.

A mixin of `MatchingEngine` (matching.py). The arithmetic is `desktop.margin` (brackets,
formulas, `MarginAccount`) on top of the one accounting kernel; this module only wires it to
orders, fills, the ledger and the engine's clocks (a followed market's is its feed's).

Rules:
- An order holds the initial margin of the part of it that opens or grows a position
  (amount × price / leverage, in the quote currency); the part that reduces a position holds
  nothing. Fees are paid from the wallet when they are charged, as on Binance.
- A fill moves no base currency: the wallet (the ledger's quote total) moves by the fill's
  realised P&L, fee included; the position's margin is held under `margin:<symbol>`.
- Reduce-only orders never open or grow a position: a fill is cut to what is held, and one
  with nothing left to reduce is canceled. A close-position order closes whatever is held
  when it executes.
- Funding: at each funding time (the times of a replay's funding series, else every 8 hours
  from 00:00 UTC) every open position pays notional × rate at the first price at or after it
  (longs pay a positive rate, shorts receive it). The rate comes from the replay's series, or
  from the latest `MarkPriceEvent` of the symbol (the demo market's or the exchange's).
- Liquidation: a position is liquidated at the mark where its margin ratio reaches 100 % (its
  liquidation price, which a candle's walk stops at like an order level; the first price past
  it after a gap). Its open orders are canceled, it is closed at that price by a reduce-only
  market order named `liquidation-…`, and it pays the liquidation fee on the notional, at
  most what is left of its margin balance. After a gap past the bankruptcy price the loss
  beyond the margin balance is credited back (Binance's insurance fund takes it): a
  liquidated position never costs more than its margin balance.
"""

from __future__ import annotations

import math

import numpy as np

from desktop.core import (
    DerivativePosition,
    Fill,
    FundingEvent,
    InvalidOrder,
    MarginEvent,
    MarginMode,
    MarginSummary,
    Market,
    MarkPriceEvent,
    OrderType,
    Side,
)
from desktop.core.messages import marker
from desktop.core.types import LIQUIDATION_PREFIX
from desktop.fills import intrabar
from desktop.margin.account import MarginAccount
from desktop.margin.formulas import FUNDING_INTERVAL_MS
from desktop.venues.paper.formatting import format_money, format_quantity
from desktop.venues.paper.funds import Execution, limit_need, taker_need
from desktop.venues.paper.working_order import WorkingOrder

MARGIN_KEY = "margin:"
_t = marker("PaperVenue")


class Perpetuals:
    """Margin, funding and liquidation of the engine's linear perpetual markets."""

    def _init_perpetuals(self) -> None:
        self.margin: MarginAccount | None = None
        self._init_margin()
        self._funding_schedule: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._funding_rates: dict[str, float] = {}
        self._funding_due: list[tuple[str, float]] = []  # (symbol, rate) to pay at next price
        self._mark_fed: set[str] = set()
        # The bot whose order opened each position: a liquidation is reported as its order,
        # so the bot (and its journal) books the close. "" for the trader's own positions.
        self._position_owner: dict[str, str] = {}

    def _init_margin(self) -> None:
        quotes = {m.quote for m in self._markets.values() if m.kind.has_margin}
        if quotes:
            # One settlement currency per account, as a Binance USDⓈ-M wallet in USDT.
            self.margin = MarginAccount(sorted(quotes)[0], self.config.account,
                                        self.config.venue)

    # -- settings and reading ------------------------------------------------------------

    def set_leverage(self, symbol: str, leverage: float) -> None:
        market = self._margined(symbol)
        try:
            self._margin_account().set_leverage(symbol, leverage)
        except ValueError as exc:
            raise InvalidOrder(exc.args[0], self._venue) from None
        self._hold_position_margin(market)
        self._publish_margin()

    def set_margin_mode(self, symbol: str, mode: MarginMode) -> None:
        self._margined(symbol)
        try:
            self._margin_account().set_margin_mode(symbol, MarginMode(mode))
        except ValueError as exc:
            raise InvalidOrder(exc.args[0], self._venue) from None

    def leverage(self, symbol: str) -> float:
        market = self._markets.get(symbol)
        if market is None or not market.kind.has_margin or self.margin is None:
            return 1.0
        return self.margin.settings(symbol).leverage

    def positions(self) -> list[DerivativePosition]:
        if self.margin is None:
            return []
        wallet = self._wallet()
        return [self.margin.position(s, wallet, self._markets[s].contract_size)
                for s in self.margin.open_symbols()]

    def margin_summary(self) -> MarginSummary | None:
        if self.margin is None:
            return None
        quote = self.margin.currency
        return self.margin.summary(self._wallet(), self._order_margin_held(quote), self._now)

    def account_value(self, symbol: str, price: float) -> float:
        """The account's value in `symbol`'s quote currency with `symbol` at `price`: cash
        plus base held (spot), or wallet plus unrealised P&L (perpetuals)."""
        market = self._market(symbol)
        if not market.kind.has_margin:
            return self.ledger.total(market.quote) + self.ledger.total(market.base) * price
        account = self._margin_account()
        upnl = math.fsum(
            account.book(s).unrealized_pnl(price if s == symbol else None)
            for s in account.open_symbols())
        return self.ledger.total(market.quote) + upnl

    def restore_positions(self, fills: list[Fill]) -> None:
        """A restarted account: book the journaled fills of its perpetual markets again
        (positions and the wallet's realised P&L; spot fills are the balances' business,
        engine/paper_restore.py). Funding paid before the restart is not in the journal."""
        for fill in fills:
            market = self._markets.get(fill.symbol)
            if market is None or not market.kind.has_margin:
                continue
            account = self._margin_account()
            realized = account.fill(fill.symbol, fill.side, fill.amount, fill.price, fill.fee)
            self.ledger.settle(market.quote, realized)
            self._hold_position_margin(market)

    # -- funding -------------------------------------------------------------------------

    def set_funding_schedule(self, symbol: str, times_ms: np.ndarray, rates: np.ndarray
                             ) -> None:
        """A replay's funding series: `rates[k]` is paid at `times_ms[k]`."""
        order = np.argsort(times_ms, kind="stable")
        self._funding_schedule[symbol] = (np.asarray(times_ms, dtype=np.int64)[order],
                                          np.asarray(rates, dtype=np.float64)[order])

    def on_mark_price(self, event: MarkPriceEvent) -> None:
        """The exchange's (or the demo market's) mark price and next funding rate."""
        if math.isfinite(event.funding_rate):
            self._funding_rates[event.symbol] = event.funding_rate
        market = self._markets.get(event.symbol)
        if market is None or not market.kind.has_margin or not event.mark_price > 0:
            return
        self._advance_clock(event.symbol, event.ts)
        self._mark_fed.add(event.symbol)
        self._margin_account().mark(event.symbol, event.mark_price)
        if self._funding_due:
            self._pay_funding()
        self._on_mark(event.symbol, event.mark_price)

    def _collect_funding(self, before: int, after: int, feed: str | None = None) -> None:
        """A clock moved from `before` to `after`: note the funding times passed for the
        positions on it (the engine's own clock, or followed `feed`'s: a replayed
        perpetual pays its funding at its own times, not the demo market's)."""
        if self.margin is None or after <= before:
            return
        for symbol in self.margin.open_symbols():
            if self._feed_of.get(symbol) != feed:
                continue
            schedule = self._funding_schedule.get(symbol)
            if schedule is not None:
                times, rates = schedule
                lo, hi = np.searchsorted(times, [before, after], side="right")
                self._funding_due.extend((symbol, float(r)) for r in rates[lo:hi]
                                         if math.isfinite(r))
                continue
            passed = after // FUNDING_INTERVAL_MS - before // FUNDING_INTERVAL_MS
            rate = self._funding_rates.get(symbol, math.nan)
            if passed > 0 and math.isfinite(rate):
                self._funding_due.extend((symbol, rate) for _ in range(int(passed)))

    def _pay_funding(self) -> None:
        due, self._funding_due = self._funding_due, []
        account = self._margin_account()
        for symbol, rate in due:
            mark = self._mark_of(symbol)
            if not mark > 0:
                continue
            payment = account.apply_funding(symbol, rate, mark)
            if payment == 0.0:
                continue
            self.ledger.settle(account.currency, -payment)
            self._hold_position_margin(self._markets[symbol])
            self._publish(FundingEvent(self.config.account, symbol, self.time_of(symbol),
                                       rate, mark,
                                       payment, self._venue))
        self._publish_margin()

    # -- prices --------------------------------------------------------------------------

    def _on_traded_price(self, symbol: str, price: float) -> None:
        """A traded price of `symbol` (a tick, a point of a candle's walk): it is the mark of
        a perpetual without a mark-price source. Funding due is paid at it, then the
        position is liquidated if the mark reached its liquidation price."""
        marked = self.margin is not None and symbol not in self._mark_fed and \
            self._markets[symbol].kind.has_margin
        if marked:
            self._margin_account().mark(symbol, price)
        if self._funding_due:
            self._pay_funding()
        if marked:
            self._on_mark(symbol, price)

    def _on_mark(self, symbol: str, mark: float) -> None:
        account = self._margin_account()
        book = account.book(symbol)
        if book.amount == 0.0:
            return
        level = self._liquidation_level(symbol)
        account.mark(symbol, mark)
        if intrabar.stop_reached(book.amount < 0.0, level, mark):
            self._liquidate(symbol, mark)

    def _liquidation_level(self, symbol: str) -> float:
        """Where `symbol`'s position is liquidated (NaN: nowhere, or no position)."""
        if self.margin is None or not self._markets[symbol].kind.has_margin:
            return math.nan
        if self.margin.book(symbol).amount == 0.0:
            return math.nan
        return self.margin.liquidation_price(symbol, self._wallet())

    def _liquidate(self, symbol: str, mark: float) -> None:
        market = self._markets[symbol]
        account = self._margin_account()
        for wo in self._live_orders(symbol):
            if wo.active and not wo.parent_id:
                self.cancel(wo.id, _t("Canceled: the position was liquidated"))
        amount = account.book(symbol).amount
        if amount == 0.0:
            return
        account.mark(symbol, mark)
        wallet = self._wallet()
        fee = account.liquidation_fee_for(symbol, wallet)
        # Past the bankruptcy price (a gap), the insurance fund takes the rest of the loss:
        # a liquidation never leaves the position's margin balance below zero.
        shortfall = max(0.0, -account.margin_balance(symbol, wallet))
        order_id = self._next_order_id()
        wo = WorkingOrder(
            id=order_id, client_order_id=f"{LIQUIDATION_PREFIX}{order_id}", symbol=symbol,
            side=Side.SELL if amount > 0 else Side.BUY, type=OrderType.MARKET,
            amount=abs(amount), created_ts=self.time_of(symbol),
            updated_ts=self.time_of(symbol),
            reservation_key="", reduce_only=True, fee_currency=market.quote,
            bot_id=self._position_owner.get(symbol, ""),
            reason=_t("Liquidated at the mark price {mark} {quote}: the margin ratio reached "
                      "100 %", mark=format_money(mark, market.price_tick), quote=market.quote))
        self._register(wo, None)
        self._fill(wo, market, mark, abs(amount), maker=False, fee=fee)
        if shortfall > 0.0:
            self.ledger.settle(market.quote, shortfall)
            self._publish_margin()

    # -- funds of orders -----------------------------------------------------------------

    def _limit_need(self, market: Market, side: Side, amount: float, price: float
                    ) -> tuple[str, float]:
        if not market.kind.has_margin:
            return limit_need(market, side, amount, price)
        return market.quote, self._opening_margin(market, side, amount, price)

    def _taker_need(self, market: Market, side: Side, executions: list[Execution]
                    ) -> tuple[str, float]:
        if not market.kind.has_margin:
            return taker_need(market, side, executions)
        need, held = 0.0, self._held(market.symbol)
        leverage = self._margin_account().settings(market.symbol).leverage
        for price, size in executions:
            closing = min(size, max(0.0, -held * side.sign))
            need += (size - closing) * price / leverage
            held += side.sign * size
        return market.quote, need

    def _opening_margin(self, market: Market, side: Side, amount: float, price: float) -> float:
        """Initial margin of the part of an order of `amount` that opens or grows a position."""
        held = self._held(market.symbol)
        closing = min(amount, max(0.0, -held * side.sign))
        return (amount - closing) * price / self._margin_account().settings(
            market.symbol).leverage

    def _check_reduce_only(self, market: Market, side: Side, reduce_only: bool) -> None:
        if not reduce_only:
            return
        if self._held(market.symbol) * side.sign >= 0.0:
            raise InvalidOrder(_t("Reduce-only {side}: there is no {symbol} position it could "
                                  "reduce", side=side.value, symbol=market.symbol), self._venue)

    def _affordable_opening(self, wo: WorkingOrder, market: Market,
                            executions: list[Execution]) -> list[Execution]:
        """A triggered market order of a perpetual: what its margin (held plus free) pays."""
        budget = self.ledger.free(market.quote) + self.ledger.reserved(wo.reservation_key)
        leverage = self._margin_account().settings(market.symbol).leverage
        held = self._held(market.symbol)
        kept: list[Execution] = []
        for price, size in executions:
            closing = min(size, max(0.0, -held * wo.side.sign))
            cost = (size - closing) * price / leverage
            if cost <= budget:
                kept.append((price, size))
                budget -= cost
                held += wo.side.sign * size
                continue
            part = market.round_amount(closing + budget * leverage / price, "floor")
            if part > 0:
                kept.append((price, part))
            break
        return kept

    # -- fills ---------------------------------------------------------------------------

    def _reducible(self, wo: WorkingOrder, size: float) -> float:
        """How much of a reduce-only / close-position execution of `size` may fill."""
        held = self._held(wo.symbol)
        room = max(0.0, -held * wo.side.sign)
        if wo.close_position:
            wo.amount = wo.filled + room
            return room
        return min(size, room)

    def _book_margin_fill(self, wo: WorkingOrder, market: Market, price: float, size: float,
                          fee: float) -> None:
        account = self._margin_account()
        before = account.book(market.symbol).amount
        realized = account.fill(market.symbol, wo.side, size, price, fee)
        after = account.book(market.symbol).amount
        if after != 0.0 and (before == 0.0 or before * after < 0.0):
            self._position_owner[market.symbol] = wo.bot_id
        self.ledger.settle(market.quote, realized)
        self._hold_position_margin(market)
        if wo.reservation_key and wo.active:
            remaining = max(0.0, wo.remaining - size)
            estimate = wo.limit_price if wo.limit_price is not None else price
            self.ledger.hold(wo.reservation_key, market.quote,
                             self._opening_margin(market, wo.side, remaining, estimate))
        self._publish_margin()

    def _hold_position_margin(self, market: Market) -> None:
        account = self._margin_account()
        book = account.book(market.symbol)
        settings = account.settings(market.symbol)
        if settings.mode is MarginMode.ISOLATED:
            held = settings.isolated
        else:
            held = abs(book.amount) * book.entry_price / settings.leverage
        self.ledger.hold(MARGIN_KEY + market.symbol, market.quote, held)

    # -- helpers -------------------------------------------------------------------------

    def _margin_account(self) -> MarginAccount:
        assert self.margin is not None, "no linear perpetual market on this paper venue"
        return self.margin

    def _margined(self, symbol: str) -> Market:
        market = self._market(symbol)
        if not market.kind.has_margin:
            raise InvalidOrder(_t("{symbol} is a spot market: it has no leverage or margin "
                                  "mode", symbol=symbol), self._venue)
        return market

    def _held(self, symbol: str) -> float:
        return 0.0 if self.margin is None else self.margin.book(symbol).amount

    def _wallet(self) -> float:
        return self.ledger.total(self._margin_account().currency)

    def _mark_of(self, symbol: str) -> float:
        book = self._margin_account().book(symbol)
        return book.mark_price if book.mark_price > 0 else self._liq(symbol).last

    def _order_margin_held(self, quote: str) -> float:
        """Initial margin held by open perpetual orders. A spot order's reserved quote is the
        price of what it buys, not margin (it made a spot buyer's margin use look high)."""
        keys = set()
        for wo in self._live.values():
            market = self._markets.get(wo.symbol)
            if (wo.active and wo.reservation_key and market is not None
                    and market.kind.has_margin and market.quote == quote):
                keys.add(wo.reservation_key)  # a group's members share one reservation
        return math.fsum(self.ledger.reserved(k) for k in keys)

    def _position_margin_held(self) -> float:
        return math.fsum(self.ledger.reserved(MARGIN_KEY + s) for s in self._markets)

    def _publish_margin(self) -> None:
        summary = self.margin_summary()
        if summary is not None:
            self._publish(MarginEvent(summary))

    def _describe_cut(self, wo: WorkingOrder, market: Market) -> str:
        done = format_quantity(wo.filled, market.amount_step)
        return _t("Reduce-only: filled {done} {base}; nothing was left to reduce", done=done,
                  base=market.base)
