"""The one intrabar fill rule, shared by the backtester's fill loop and the paper venue.

A candle tells us four prices and not the order they traded in. Every place in Pregão that
fills orders against candles (the numba fill loop of the backtester, the paper matching
engine, the replay feed that turns candles into ticks) asks this module, so a stop, a limit,
a take-profit or a trailing stop fills at the same bar and price in a backtest, in
`pregao paper` and on a paper account.

The rule
--------
1. The path. A candle trades open -> nearer extreme -> farther extreme -> close, in straight
   lines (`bar_path`). The nearer extreme is the one closer to the open; when both are
   equally far, a rising candle (close >= open) is taken to dip first and a falling one to
   rally first, which is the shorter of the two paths through the candle.
2. Price order. Along a straight leg of that path prices are met one after the other: an
   order whose level lies on the leg acts when the price gets there, before anything whose
   level lies further on (`next_level`). Walking the path visits every order level on it.
3. What reaching a level means (`stop_reached`, `limit_reached`): a buy stop (stop-loss of
   a short, buy stop entry, buy trailing stop) triggers when the price rises to its level
   or above, a sell stop when it falls to it or below; a buy limit (buy limit entry,
   take-profit of a short) fills when the price falls to its level or below, a sell limit
   when it rises to it or above.
4. Fill prices. A triggered stop executes at market where the price is: at its level when
   the path passes it, at the open when the candle opens beyond it (a gap), never better
   than the market offered. A resting limit fills at its own price, also when the candle
   opens beyond it: it was the best order in the book, so the first trade on the far side
   of it was a trade with it. A limit order that can already trade when it arrives is not
   resting: it takes liquidity at once, at the market price (or its limit, if better for the
   other side) and pays the taker fee.
5. Trailing stops. The best price since placement (the highest for a sell stop, the lowest
   for a buy stop) follows the path as it is walked, so a high reached before a low in the
   same candle raises a sell trailing stop before the low can reach it (`trail_extreme`,
   `trailing_level`).
6. An order placed while a candle is walked (a bracket's stop-loss and take-profit appear
   when its entry fills) first acts at the next price the walk visits after its placement,
   which may be on the same candle.

Why this rule and not "stop first"
----------------------------------
The other common choice, used by backtesting.py, is to assume the stop-loss fills first
whenever a stop and a target both lie inside one candle. It is conservative for a single
bracket, but it is not a price path: it cannot say what happens to several orders at once
(an entry and its stop, two symbols' worth of OCO legs, a trailing stop that should have
moved), so a matching engine that fills many independent orders cannot follow it. The
path rule is one consistent price trajectory that every order on the account sees, which
is what a live market is; it is the rule of TradeStation/MultiCharts' "intrabar order
generation off" and of NautilusTrader's adaptive bar ordering. Its known bias is that it
can be optimistic when the open sits exactly between a stop and a target; traders who need
the real order can backtest on a lower timeframe.

Everything here is plain Python on floats and bools, importing nothing: the backtester
compiles these same functions with numba (`njit(fn)`), the paper venue calls them as they
are. No second copy of any of them exists.
"""

from __future__ import annotations


def bar_path(
    open_: float, high: float, low: float, close: float
) -> tuple[float, float, float, float]:
    """The four corners of the path a candle is assumed to have traded along (rule 1)."""
    rise = high - open_
    fall = open_ - low
    if fall < rise or (fall == rise and close >= open_):
        return (open_, low, high, close)
    return (open_, high, low, close)


def stop_reached(buy: bool, level: float, price: float) -> bool:
    """Whether a stop at `level` triggers at `price` (rule 3); NaN levels never do."""
    return price >= level if buy else price <= level


def limit_reached(buy: bool, level: float, price: float) -> bool:
    """Whether a resting limit at `level` fills at `price` (rule 3); NaN levels never do."""
    return price <= level if buy else price >= level


def next_level(here: float, end: float, level: float, best: float) -> float:
    """The nearer of `best` and `level` ahead of `here` on the leg to `end` (rule 2).

    Start a leg with `best = end` and fold every live order level in; the result is the next
    price the walk must stop at. A level at `here` itself has been dealt with already; one
    behind it or beyond `end` is not on this leg; NaN is ignored.
    """
    if (end > here and here < level < best) or (end < here and best < level < here):
        return level
    return best


def arrival_limit_price(buy: bool, limit: float, market: float) -> float:
    """Where a limit order that can trade on arrival executes: the market price, never
    beyond its limit (rule 4). `market` already includes any slippage."""
    return min(market, limit) if buy else max(market, limit)


def trail_extreme(sell: bool, extreme: float, price: float) -> float:
    """The trailing stop's anchor after the path reached `price` (rule 5): the highest
    price so far for a sell stop (protecting a long), the lowest for a buy stop."""
    return max(extreme, price) if sell else min(extreme, price)


def trailing_level(sell: bool, extreme: float, distance: float) -> float:
    """The stop level `distance` behind the anchor (below it for a sell stop)."""
    return extreme - distance if sell else extreme + distance
