"""Fee model of the paper venue.

Every fee is charged in the market's quote currency, for buys and sells alike: a buy pays
price * amount + fee quote and receives the full amount of base; a sell gives amount base and
receives price * amount - fee quote. Maker rate for fills of resting limit orders, taker rate for
market orders and the marketable part of limit orders. (Real venues differ: Binance charges a
buy's fee in the base currency unless paid in BNB; quote-only keeps our balances and P&L in one
currency per market.)
"""

from __future__ import annotations

from desktop.core import Market


def fee_rate(market: Market, maker: bool) -> float:
    return market.maker_fee if maker else market.taker_fee


def fee_for(market: Market, notional: float, maker: bool) -> float:
    return notional * fee_rate(market, maker)


def worst_fee_rate(market: Market) -> float:
    """Rate a reservation covers: a resting order may end up filling as maker or as taker."""
    return max(market.maker_fee, market.taker_fee)


def buy_reservation(market: Market, amount: float, price: float) -> float:
    """Quote a buy of `amount` at up to `price` may spend, fee included."""
    return amount * price * (1.0 + worst_fee_rate(market))
