"""Position accounting shared by paper trading, live trading and the backtester.

One scalar kernel, `apply_fill`, moves a position through one fill: average-cost basis for
longs and shorts, partial closes, and flips through zero (the old side is closed at the fill
price, the rest opens at the fill price). The backtester's numba fill loop compiles this very
function (`desktop.backtest.fill_loop`), and `PositionBook` below calls it as plain Python, so
a fill sequence gives the same numbers to the bit wherever it is booked: numba keeps IEEE
double semantics (no fast-math), and the kernel uses nothing but +, -, *, /, abs and min.

Why plain Python here rather than an `@njit` function with `.py_func`: importing this module
must not import numba (the engine and the UI import it at startup, and numba's import costs
about half a second); the backtester, which imports numba anyway, compiles the kernel with
`njit(cache=True)`.

Conventions (the same everywhere):
- `amount` is signed: > 0 long, < 0 short. `entry_price` is the volume-weighted average price
  of the fills that built the open position, fees excluded (what exchanges display); 0.0 when
  flat.
- Every fee is realized at the fill that pays it, opening fills included: fees are never
  carried in the basis. So realized P&L + unrealized P&L at a mark == the change in
  mark-to-market value minus all fees paid, at every moment, and a round trip's realized P&L
  is (exit - entry) * size minus both fees. A negative fee (a maker rebate) adds to realized.
- Fees are in the quote currency. `PositionBooks.apply` converts a fee charged in the base
  currency at the fill price; a fee in any other currency (e.g. BNB) is kept aside in
  `PositionBook.other_fees` and not counted, since its quote value is not known here.
  A spot buy whose fee is charged in the base currency (Binance without BNB) also books
  only what the account received, the amount less that fee: the position is what is held,
  so closing it sells what is there (selling the gross amount is refused by the exchange).
- Realized P&L and fees accumulate over the book's whole life (every round trip), not only
  over the position now open.
- Funding of a perpetual (`funding_payment`, `PositionBook.apply_funding`) is a cash flow
  like a fee: realized at the funding time, totalled in `funding`. A positive rate makes
  longs pay and shorts receive notional × rate, the notional at the mark price.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.core import Fill, Position, Side

# A close that leaves less than this fraction of the position is a full close: fills of
# 0.1 + 0.2 sold as 0.3 must leave a flat position, not a 5e-17 long.
DUST_FRACTION = 1e-12


def apply_fill(
    amount: float,
    entry_price: float,
    realized: float,
    fees: float,
    side_sign: float,
    qty: float,
    price: float,
    fee: float,
) -> tuple[float, float, float, float, float]:
    """One fill of `qty` (> 0) units at `price`, `side_sign` +1.0 buy / -1.0 sell, paying `fee`.

    Returns (amount, entry_price, realized, fees, closed_pnl): the position after the fill,
    and the price P&L of the part it closed, before fees. The fill's realized P&L delta is
    `closed_pnl - fee`. Written in numba's subset: the backtester compiles it as it is.
    """
    fees = fees + fee
    abs_amount = abs(amount)
    if amount == 0.0 or amount * side_sign > 0.0:
        # Opening or adding: no P&L, the basis becomes the average of old and new units.
        if amount == 0.0:
            new_entry = price  # exactly the fill price, not (qty * price) / qty
        else:
            new_entry = (abs_amount * entry_price + qty * price) / (abs_amount + qty)
        return amount + side_sign * qty, new_entry, realized + (0.0 - fee), fees, 0.0
    position_sign = 1.0 if amount > 0.0 else -1.0
    if abs(qty - abs_amount) <= DUST_FRACTION * abs_amount:
        # Closes all of it (a full close of `amount` units gives exactly amount * move).
        closed_pnl = amount * (price - entry_price)
        return 0.0, 0.0, realized + (closed_pnl - fee), fees, closed_pnl
    if qty < abs_amount:
        closed_pnl = (position_sign * qty) * (price - entry_price)
        realized = realized + (closed_pnl - fee)
        return amount + side_sign * qty, entry_price, realized, fees, closed_pnl
    # Through zero: close everything at this price, open the rest at it.
    closed_pnl = amount * (price - entry_price)
    rest = qty - abs_amount
    return side_sign * rest, price, realized + (closed_pnl - fee), fees, closed_pnl


def funding_payment(amount: float, mark: float, rate: float) -> float:
    """What the holder of `amount` pays at one funding time (< 0: receives): notional at
    `mark` × `rate`. Positive rates make longs pay. Written in numba's subset, like
    `apply_fill`."""
    return amount * mark * rate


def side_sign(side: Side | str) -> float:
    return 1.0 if Side(side) is Side.BUY else -1.0


def split_symbol(symbol: str) -> tuple[str, str]:
    """("BTC", "USDT") for "BTC/USDT" and for the derivative form "BTC/USDT:USDT"."""
    base, _, rest = symbol.partition("/")
    return base, rest.partition(":")[0]


@dataclass(slots=True)
class PositionBook:
    """The position of one account in one symbol, moved fill by fill through `apply_fill`."""

    symbol: str
    account: str = ""
    venue: str = ""
    amount: float = 0.0
    entry_price: float = 0.0
    realized_pnl: float = 0.0
    fees: float = 0.0
    mark_price: float = math.nan
    other_fees: dict[str, float] = field(default_factory=dict)
    funding: float = 0.0  # funding paid (> 0) or received (< 0) over the book's life

    def apply_fill(self, side: Side | str, amount: float, price: float, fee: float) -> float:
        """Book one fill (fee in quote currency); returns its realized P&L delta, fee included."""
        if not (amount > 0.0 and math.isfinite(amount)):
            raise ValueError(f"A fill amount must be a positive number, got {amount!r}")
        if not (price > 0.0 and math.isfinite(price)):
            raise ValueError(f"A fill price must be a positive number, got {price!r}")
        if not math.isfinite(fee):
            raise ValueError(f"A fill fee must be a finite number, got {fee!r}")
        self.amount, self.entry_price, self.realized_pnl, self.fees, closed_pnl = apply_fill(
            self.amount, self.entry_price, self.realized_pnl, self.fees,
            side_sign(side), float(amount), float(price), float(fee),
        )
        return closed_pnl - fee

    def apply_funding(self, rate: float, mark: float) -> float:
        """Book one funding time at `rate` on the open position; returns what it paid (> 0)
        or received (< 0), already taken from realized P&L."""
        payment = funding_payment(self.amount, float(mark), float(rate))
        self.realized_pnl -= payment
        self.funding += payment
        return payment

    def mark(self, price: float) -> None:
        self.mark_price = float(price)

    def unrealized_pnl(self, mark: float | None = None) -> float:
        """(mark - entry) * amount at `mark` (default: the last mark); 0.0 without a price."""
        price = self.mark_price if mark is None else mark
        if self.amount == 0.0 or math.isnan(price):
            return 0.0
        return (price - self.entry_price) * self.amount

    def position(self) -> Position:
        return Position(
            symbol=self.symbol,
            amount=self.amount,
            entry_price=self.entry_price,
            mark_price=self.mark_price,
            realized_pnl=self.realized_pnl,
            fees=self.fees,
            venue=self.venue,
            account=self.account,
        )

    @classmethod
    def from_position(cls, position: Position) -> PositionBook:
        """Resume from a stored snapshot (e.g. a PositionSnapshot row read back)."""
        return cls(
            symbol=position.symbol,
            account=position.account,
            venue=position.venue,
            amount=position.amount,
            entry_price=position.entry_price if position.amount != 0.0 else 0.0,
            realized_pnl=position.realized_pnl,
            fees=position.fees,
            mark_price=position.mark_price,
            funding=getattr(position, "funding_paid", 0.0),
        )


class PositionBooks:
    """Every (account, symbol) position of a session, fed with `Fill` records."""

    def __init__(self) -> None:
        self._books: dict[tuple[str, str], PositionBook] = {}

    def book(self, account: str, symbol: str, venue: str = "") -> PositionBook:
        key = (account, symbol)
        book = self._books.get(key)
        if book is None:
            book = self._books[key] = PositionBook(symbol, account, venue)
        return book

    def apply(self, fill: Fill, account: str | None = None) -> float:
        """Book `fill` on its account's position (`account` overrides `fill.account`);
        returns the realized P&L delta in quote currency, fee included."""
        book = self.book(fill.account if account is None else account, fill.symbol, fill.venue)
        base, quote = split_symbol(fill.symbol)
        currency = fill.fee_currency
        amount = fill.amount
        if not currency or currency == quote:
            fee = fill.fee
        elif currency == base:
            fee = fill.fee * fill.price
            # ccxt names a derivative "BASE/QUOTE:SETTLE": only spot holds the coins bought.
            if ":" not in fill.symbol and side_sign(fill.side) > 0 and 0 < fill.fee < amount:
                amount -= fill.fee
        else:
            book.other_fees[currency] = book.other_fees.get(currency, 0.0) + fill.fee
            fee = 0.0
        return book.apply_fill(fill.side, amount, fill.price, fee)

    def restore(self, position: Position) -> PositionBook:
        book = PositionBook.from_position(position)
        self._books[(position.account, position.symbol)] = book
        return book

    def mark(self, symbol: str, price: float, account: str | None = None) -> list[PositionBook]:
        """Mark every book of `symbol` (of one account, or all); returns the books marked."""
        marked = [
            b for (acc, sym), b in self._books.items()
            if sym == symbol and (account is None or acc == account)
        ]
        for b in marked:
            b.mark(price)
        return marked

    def positions(self, account: str | None = None, open_only: bool = False) -> list[Position]:
        return [
            b.position() for (acc, _), b in sorted(self._books.items())
            if (account is None or acc == account) and (b.amount != 0.0 or not open_only)
        ]

    def amounts(self, account: str) -> dict[str, float]:
        """Open positions of `account`: symbol -> signed amount (no Position objects: the
        risk guard reads this on every order)."""
        return {sym: b.amount for (acc, sym), b in self._books.items()
                if acc == account and b.amount != 0.0}

    def __len__(self) -> int:
        return len(self._books)
