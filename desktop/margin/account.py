"""The margin state of one perpetuals account: leverage and margin mode per symbol, isolated
wallets, marks, and from them every position's margins, ratio and liquidation price.

Positions are booked by the one accounting kernel (`desktop.accounting.PositionBooks`):
fills through `apply_fill`, funding through `apply_funding`. This class adds only what
margin needs on top; the account's cash (the wallet: deposits plus everything realised, fees
and funding included) stays with its owner (the paper venue's ledger) and is passed in.

Rules (Binance USDⓈ-M, one-way mode):
- an isolated position has its own wallet: the initial margin at its entry price
  (|amount| × entry / leverage), shrunk in proportion when it is reduced, less the funding it
  pays; its margin balance is that wallet plus its unrealised P&L;
- cross positions share the rest of the wallet: their margin balance is the wallet minus the
  isolated wallets plus every cross position's unrealised P&L;
- a position (isolated) or every cross position (cross) is due for liquidation when its
  margin ratio — maintenance margin / margin balance — reaches 1.0;
- a liquidation closes at the mark and pays the liquidation fee on the notional, at most what
  is left of the margin balance (what Binance's insurance fund takes).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.accounting import PositionBook, PositionBooks
from desktop.core import DerivativePosition, MarginMode, MarginSummary, Side
from desktop.core.messages import marker
from desktop.margin.brackets import brackets_for, liquidation_fee_rate, max_leverage
from desktop.margin.formulas import (
    initial_margin,
    liquidation_price,
    maintenance_margin,
    margin_ratio,
)

_t = marker("Margin")

DEFAULT_LEVERAGE = 1.0  # a paper account starts unleveraged: the trader chooses more


@dataclass(slots=True)
class SymbolMargin:
    leverage: float = DEFAULT_LEVERAGE
    mode: MarginMode = MarginMode.CROSS
    isolated: float = 0.0  # the isolated wallet while a position is open


class MarginAccount:
    def __init__(self, currency: str, account: str = "", venue: str = "",
                 liquidation_fee: float | None = None) -> None:
        self.currency = currency
        self.account = account
        self.venue = venue
        self.books = PositionBooks()
        self.liquidation_fee = liquidation_fee_rate() if liquidation_fee is None \
            else liquidation_fee
        self._settings: dict[str, SymbolMargin] = {}

    # -- settings ------------------------------------------------------------------------

    def settings(self, symbol: str) -> SymbolMargin:
        found = self._settings.get(symbol)
        if found is None:
            found = self._settings[symbol] = SymbolMargin()
        return found

    def set_leverage(self, symbol: str, leverage: float) -> None:
        """Binance's rule: at most the bracket's leverage for the position now held."""
        book = self.book(symbol)
        top = max_leverage(symbol, abs(book.amount) * self._mark(book))
        if not (math.isfinite(leverage) and 1.0 <= leverage <= top):
            raise ValueError(_t("Leverage for {symbol} must be between 1 and {top:g}, got "
                                "{leverage:g}", symbol=symbol, top=top, leverage=leverage))
        settings = self.settings(symbol)
        if settings.mode is MarginMode.ISOLATED and book.amount != 0.0:
            needed = initial_margin(book.amount, book.entry_price, leverage)
            if needed > settings.isolated:
                raise ValueError(_t("Lowering the leverage of the open isolated {symbol} "
                                    "position needs more margin than it holds; close or "
                                    "reduce it first", symbol=symbol))
        settings.leverage = float(leverage)

    def set_margin_mode(self, symbol: str, mode: MarginMode) -> None:
        if self.book(symbol).amount != 0.0 and self.settings(symbol).mode is not mode:
            raise ValueError(_t("The margin mode of {symbol} cannot change while a position "
                                "is open; close it first", symbol=symbol))
        self.settings(symbol).mode = MarginMode(mode)

    # -- booking -------------------------------------------------------------------------

    def book(self, symbol: str) -> PositionBook:
        return self.books.book(self.account, symbol, self.venue)

    def fill(self, symbol: str, side: Side, amount: float, price: float, fee: float) -> float:
        """Book a fill; returns its realised P&L delta (fee included), the wallet's change."""
        book = self.book(symbol)
        settings = self.settings(symbol)
        before = book.amount
        delta = book.apply_fill(side, amount, price, fee)
        after = book.amount
        if settings.mode is MarginMode.ISOLATED:
            if after == 0.0:
                settings.isolated = 0.0
            elif before == 0.0 or before * after < 0.0:  # opened, or flipped through zero
                settings.isolated = initial_margin(after, price, settings.leverage)
            elif abs(after) > abs(before):
                settings.isolated += initial_margin(amount, price, settings.leverage)
            else:
                settings.isolated *= abs(after) / abs(before)
        book.mark(price)
        return delta

    def apply_funding(self, symbol: str, rate: float, mark: float) -> float:
        """One funding time on `symbol`; returns what it paid (> 0) or received (< 0)."""
        book = self.book(symbol)
        if book.amount == 0.0:
            return 0.0
        payment = book.apply_funding(rate, mark)
        settings = self.settings(symbol)
        if settings.mode is MarginMode.ISOLATED:
            settings.isolated -= payment
        return payment

    def mark(self, symbol: str, price: float) -> None:
        self.book(symbol).mark(price)

    # -- reading -------------------------------------------------------------------------

    def open_symbols(self) -> list[str]:
        return [p.symbol for p in self.books.positions(self.account, open_only=True)]

    def initial_margin(self, symbol: str) -> float:
        book = self.book(symbol)
        return initial_margin(book.amount, self._mark(book), self.settings(symbol).leverage)

    def maintenance_margin(self, symbol: str, mark: float | None = None) -> float:
        book = self.book(symbol)
        price = self._mark(book) if mark is None else mark
        return maintenance_margin(brackets_for(symbol), book.amount, price)

    def isolated_total(self) -> float:
        return math.fsum(s.isolated for s in self._settings.values()
                         if s.mode is MarginMode.ISOLATED)

    def margin_balance(self, symbol: str, wallet: float) -> float:
        """The balance that backs `symbol`'s position: its isolated wallet plus its P&L, or
        the cross balance."""
        settings = self.settings(symbol)
        if settings.mode is MarginMode.ISOLATED:
            return settings.isolated + self.book(symbol).unrealized_pnl()
        return self.cross_balance(wallet)

    def cross_balance(self, wallet: float) -> float:
        return wallet - self.isolated_total() + math.fsum(
            self.book(s).unrealized_pnl() for s in self._cross_symbols())

    def cross_maintenance(self) -> float:
        return math.fsum(self.maintenance_margin(s) for s in self._cross_symbols())

    def ratio(self, symbol: str, wallet: float) -> float:
        """The margin ratio that decides `symbol`'s liquidation (the account's, in cross)."""
        if self.settings(symbol).mode is MarginMode.ISOLATED:
            return margin_ratio(self.maintenance_margin(symbol),
                                self.margin_balance(symbol, wallet))
        return margin_ratio(self.cross_maintenance(), self.cross_balance(wallet))

    def due_liquidations(self, wallet: float) -> list[str]:
        """Symbols whose position must be liquidated at the current marks."""
        due = [s for s in self.open_symbols()
               if self.settings(s).mode is MarginMode.ISOLATED and self.ratio(s, wallet) >= 1.0]
        cross = self._cross_symbols()
        if cross and margin_ratio(self.cross_maintenance(), self.cross_balance(wallet)) >= 1.0:
            due.extend(cross)
        return due

    def liquidation_fee_for(self, symbol: str, wallet: float) -> float:
        """The fee a liquidation at the current mark pays: the rate on the notional, at most
        what is left of the margin balance (never below zero)."""
        book = self.book(symbol)
        notional = abs(book.amount) * self._mark(book)
        return min(notional * self.liquidation_fee, max(0.0, self.margin_balance(symbol, wallet)))

    def liquidation_price(self, symbol: str, wallet: float) -> float:
        book = self.book(symbol)
        brackets = brackets_for(symbol)
        if self.settings(symbol).mode is MarginMode.ISOLATED:
            return liquidation_price(brackets, book.amount, book.entry_price,
                                     self.settings(symbol).isolated)
        others = [s for s in self._cross_symbols() if s != symbol]
        return liquidation_price(
            brackets, book.amount, book.entry_price,
            wallet - self.isolated_total(),
            math.fsum(self.maintenance_margin(s) for s in others),
            math.fsum(self.book(s).unrealized_pnl() for s in others))

    def position(self, symbol: str, wallet: float, contract_size: float = 1.0
                 ) -> DerivativePosition:
        book = self.book(symbol)
        settings = self.settings(symbol)
        return DerivativePosition(
            symbol=symbol, amount=book.amount, entry_price=book.entry_price,
            mark_price=book.mark_price, realized_pnl=book.realized_pnl, fees=book.fees,
            venue=self.venue, account=self.account, leverage=settings.leverage,
            margin_mode=settings.mode, initial_margin=self.initial_margin(symbol),
            isolated_margin=settings.isolated if settings.mode is MarginMode.ISOLATED else 0.0,
            maintenance_margin=self.maintenance_margin(symbol),
            margin_ratio=self.ratio(symbol, wallet) if book.amount else math.nan,
            liquidation_price=self.liquidation_price(symbol, wallet),
            funding_paid=book.funding, contract_size=contract_size)

    def summary(self, wallet: float, order_margin: float = 0.0, ts: int = 0) -> MarginSummary:
        """The account's margin state with `wallet` cash and `order_margin` held by orders."""
        symbols = self.open_symbols()
        upnl = math.fsum(self.book(s).unrealized_pnl() for s in symbols)
        balance = wallet + upnl
        im = math.fsum(self.initial_margin(s) for s in symbols) + order_margin
        mm = math.fsum(self.maintenance_margin(s) for s in symbols)
        return MarginSummary(
            account=self.account, currency=self.currency, wallet_balance=wallet,
            margin_balance=balance, initial_margin=im, maintenance_margin=mm,
            available=max(0.0, balance - im), margin_ratio=margin_ratio(mm, balance),
            margin_use=im / balance if balance > 0 else (math.inf if im > 0 else 0.0), ts=ts)

    # -- helpers -------------------------------------------------------------------------

    def _cross_symbols(self) -> list[str]:
        return [s for s in self.open_symbols()
                if self.settings(s).mode is MarginMode.CROSS]

    @staticmethod
    def _mark(book: PositionBook) -> float:
        return book.entry_price if math.isnan(book.mark_price) else book.mark_price
