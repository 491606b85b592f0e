"""The pre-trade guard: one check for every order, whatever path it takes.

`RiskGuard.check` is synchronous and allocation-light (a check costs microseconds with 50
positions and 200 open orders: benchmarks/risk_guard.py); the engine gathers what it needs
into a `BookView` first. Order of the checks: breakers (which may change the state), the
trading state, then the limits, cheapest first. An order that only reduces a position passes
every exposure limit and the REDUCING state; the engine's own exit legs of orders it already
accepted pass a HALTED state too (a stop must keep protecting a position); the kill switch's
orders pass everything. A limit is respected at its value: an order that lands exactly on it
passes, one beyond it is refused.
"""

from __future__ import annotations

import math
from collections import deque

from desktop.accounting import split_symbol
from desktop.core import LimitUsage, RiskLimits, RiskRejected, TradingState
from desktop.core.messages import Message, marker
from desktop.risk import breakers
from desktop.risk.book import (
    BookView,
    OrderIntent,
    asset_exposures,
    correlated_exposure,
    gross_exposure,
    parametric_var,
    reduces_exposure,
    weights,
)
from desktop.risk.breakers import BreakerBook, money
from desktop.risk.states import TradingStates, when

SECOND_MS = 1000
MINUTE_MS = 60_000

_t = marker("RiskGuard")


class RiskGuard:
    def __init__(self, states: TradingStates | None = None) -> None:
        self.states = states or TradingStates()
        self._limits: dict[str, RiskLimits] = {}  # account -> own limits; "" = the default
        self.breakers: dict[str, BreakerBook] = {}
        self._sent: dict[str, deque[int]] = {}  # accepted orders' times, newest last

    # -- configuration -----------------------------------------------------------------------
    def limits(self, account: str) -> RiskLimits:
        """The account's own limits, else the global default."""
        own = self._limits.get(account)
        if own is not None:
            return own
        return self._limits.get("", RiskLimits())

    def has_own_limits(self, account: str) -> bool:
        return account in self._limits

    def set_limits(self, account: str, limits: RiskLimits | None) -> None:
        """`None` drops an account's own limits (it follows the default again)."""
        if limits is None:
            self._limits.pop(account, None)
        else:
            self._limits[account] = limits

    def book(self, account: str) -> BreakerBook:
        book = self.breakers.get(account)
        if book is None:
            book = self.breakers[account] = BreakerBook()
        return book

    # -- breakers ----------------------------------------------------------------------------
    def observe(self, account: str, view: BookView, now_ms: int) -> list[breakers.Trip]:
        """Feed an equity reading to the breakers; apply what trips. Returns the trips that
        changed the account's state."""
        limits = self.limits(account)
        book = self.book(account)
        book.observe_equity(view.equity, now_ms, limits.daily_reset_hour_utc)
        view.day_start_equity, view.peak_equity = book.day_start_equity, book.peak_equity
        applied = []
        current = self.states.status(account, now_ms)
        if self.states.code(account) == breakers.MARGIN_USE:
            # The margin rule holds the account only while the use is at its levels: it
            # follows the use down (HALTED -> REDUCING -> ACTIVE) as positions shrink.
            wanted = breakers.margin_trip(limits, view.margin_use_pct)
            if wanted is None and math.isfinite(view.margin_use_pct):
                self.states.set(account, TradingState.ACTIVE, "", None, "resumed")
            elif wanted is not None and wanted.state is not current.state:
                self.states.set(account, wanted.state, wanted.reason, None, wanted.code)
        for trip in breakers.evaluate(limits, book, view.equity, view.quote, now_ms,
                                      view.margin_use_pct):
            if trip.code == "loss_streak":
                book.loss_streak = 0  # the cooldown serves this streak
            current = self.states.status(account, now_ms)
            if breakers.stronger(trip, current.state, current.resumes_at_ms) or \
                    current.state is TradingState.ACTIVE:
                self.states.set(account, trip.state, trip.reason, trip.resumes_at_ms, trip.code)
                applied.append(trip)
        return applied

    # -- the check ---------------------------------------------------------------------------
    def check(self, account: str, order: OrderIntent, view: BookView, now_ms: int) -> None:
        """Raise RiskRejected if `order` may not go out; otherwise count it (order rate)."""
        if order.kill_switch:
            return
        limits = self.limits(account)
        self.observe(account, view, now_ms)
        status = self.states.status(account, now_ms)
        reducing = reduces_exposure(view, order)
        if status.state is TradingState.HALTED and not (order.leg and reducing):
            code = self.states.code(account) or "halted"
            reason = status.reason or _t("Trading is halted on this account")
            raise RiskRejected(code, _t("{reason}; trading halted {until}", reason=reason,
                                        until=when(status.resumes_at_ms, now_ms)), account)
        if status.state is TradingState.REDUCING and not reducing:
            code = self.states.code(account) or "reducing"
            reason = status.reason or _t("This account only reduces positions")
            raise RiskRejected(code, _t("{reason}; only orders that reduce a position are "
                                        "accepted {until}", reason=reason,
                                        until=when(status.resumes_at_ms, now_ms)), account)
        if reducing or order.leg:
            return
        self._check_rate(account, limits, now_ms)
        self._check_limits(account, limits, order, view)
        self._sent.setdefault(account, deque()).append(now_ms)

    def _check_rate(self, account: str, limits: RiskLimits, now_ms: int) -> None:
        sent = self._sent.get(account)
        if not sent:
            return
        while sent and sent[0] <= now_ms - MINUTE_MS:
            sent.popleft()
        if limits.max_orders_per_minute is not None and \
                len(sent) >= limits.max_orders_per_minute:
            raise RiskRejected("order_rate_minute", _t(
                "Order rate limit: {count} orders in the last minute, {limit} allowed; wait a "
                "moment", count=len(sent), limit=limits.max_orders_per_minute), account)
        if limits.max_orders_per_second is not None:
            last_second = _count_since(sent, now_ms - SECOND_MS)
            if last_second >= limits.max_orders_per_second:
                raise RiskRejected("order_rate_second", _t(
                    "Order rate limit: {count} orders in the last second, {limit} allowed; "
                    "wait a moment", count=last_second, limit=limits.max_orders_per_second),
                    account)

    def _check_limits(self, account: str, limits: RiskLimits, order: OrderIntent,
                      view: BookView) -> None:
        quote = view.quote

        def refuse(code: str, sentence: Message) -> RiskRejected:
            return RiskRejected(code, sentence, account)

        if limits.max_open_orders is not None and view.open_orders >= limits.max_open_orders:
            raise refuse("max_open_orders", _t(
                "{count} orders are open already, {limit} allowed; cancel one first",
                count=view.open_orders, limit=limits.max_open_orders))
        needs_value = (limits.max_order_notional, limits.max_position_notional,
                       limits.max_gross_exposure_pct, limits.max_asset_exposure_pct,
                       limits.max_correlated_exposure_pct, limits.max_var_pct)
        if any(v is not None for v in needs_value):
            value = view.value_in_quote(order.symbol, order.amount, order.price)
            if not math.isfinite(value):
                raise refuse("no_price", _t(
                    "The order's value cannot be measured now (no {symbol} price), so the risk "
                    "limits cannot be checked; try again when prices arrive",
                    symbol=order.symbol))
            if limits.max_order_notional is not None and _over(value, limits.max_order_notional):
                raise refuse("max_order_notional", _t(
                    "Order value {value} is above the max order notional of {limit}",
                    value=money(value, quote), limit=money(limits.max_order_notional, quote)))
            if limits.max_position_notional is not None:
                after = view.positions.get(order.symbol, 0.0) + order.signed
                held = abs(view.value_in_quote(order.symbol, after, order.price))
                if _over(held, limits.max_position_notional):
                    raise refuse("max_position_notional", _t(
                        "The {symbol} position would be worth {value}, above the {limit} "
                        "allowed per symbol", symbol=order.symbol, value=money(held, quote),
                        limit=money(limits.max_position_notional, quote)))
        pct_limits = (limits.max_gross_exposure_pct, limits.max_asset_exposure_pct,
                      limits.max_correlated_exposure_pct, limits.max_var_pct)
        if any(v is not None for v in pct_limits) and not (
                math.isfinite(view.equity) and view.equity > 0):
            raise refuse("no_equity", _t(
                "The account's equity is not known yet, so the exposure limits cannot be "
                "checked; try again in a moment"))
        if limits.max_gross_exposure_pct is not None:
            gross = gross_exposure(view, order) / view.equity * 100
            if _over(gross, limits.max_gross_exposure_pct):
                raise refuse("max_gross_exposure", _t(
                    "Gross exposure would be {pct:.1f} % of equity, above the {limit:g} % "
                    "allowed", pct=gross, limit=limits.max_gross_exposure_pct))
        if limits.max_asset_exposure_pct is not None:
            exposures = asset_exposures(view, order)
            for asset in split_symbol(order.symbol):
                pct = abs(exposures.get(asset, 0.0)) / view.equity * 100
                if _over(pct, limits.max_asset_exposure_pct):
                    raise refuse("max_asset_exposure", _t(
                        "Exposure to {asset} would be {pct:.1f} % of equity across its "
                        "symbols, above the {limit:g} % allowed", asset=asset, pct=pct,
                        limit=limits.max_asset_exposure_pct))
        if limits.min_reward_risk is not None and order.stop_loss and order.take_profit \
                and math.isfinite(order.price):
            risk = abs(order.price - order.stop_loss)
            reward = abs(order.take_profit - order.price)
            ratio = reward / risk if risk > 0 else math.inf
            if ratio < limits.min_reward_risk * (1 - 1e-9):
                raise refuse("min_reward_risk", _t(
                    "Reward:risk is {ratio:.2f}, below the minimum of {limit:g}",
                    ratio=ratio, limit=limits.min_reward_risk))
        if limits.max_correlated_exposure_pct is not None or limits.max_var_pct is not None:
            if order.symbol not in view.risk_model:
                raise refuse("no_history", _t(
                    "No {symbol} price history to measure its correlation and VaR with, so "
                    "those limits cannot be checked; try again shortly", symbol=order.symbol))
            values = weights(view, order)
            if limits.max_correlated_exposure_pct is not None:
                pct = correlated_exposure(view, order.symbol, values) / view.equity * 100
                if _over(pct, limits.max_correlated_exposure_pct):
                    raise refuse("max_correlated_exposure", _t(
                        "{symbol} exposure weighted by its correlation with the book would be "
                        "{pct:.1f} % of equity, above the {limit:g} % allowed",
                        symbol=order.symbol, pct=pct,
                        limit=limits.max_correlated_exposure_pct))
            if limits.max_var_pct is not None:
                var = parametric_var(view, values) / view.equity * 100
                if not math.isfinite(var) or _over(var, limits.max_var_pct):
                    raise refuse("portfolio_var", _t(
                        "The book's 1-day 99 % VaR would be {pct:.2f} % of equity, above the "
                        "{limit:g} % allowed", pct=var, limit=limits.max_var_pct))

    # -- usage (the gauges) ------------------------------------------------------------------
    def usage(self, account: str, view: BookView, now_ms: int) -> list[LimitUsage]:
        """Standing usage of every limit that is on. Per-order limits (max order notional,
        reward:risk) have no standing usage and are not listed."""
        limits = self.limits(account)
        self.observe(account, view, now_ms)
        book = self.book(account)
        quote = view.quote
        out: list[LimitUsage] = []
        equity_ok = math.isfinite(view.equity) and view.equity > 0

        def pct(value: float) -> float:
            return value / view.equity * 100 if equity_ok else math.nan

        if limits.max_position_notional is not None:
            largest = max((abs(view.value_in_quote(s, a)) for s, a in view.positions.items()),
                          default=0.0)
            out.append(LimitUsage("max_position_notional", largest,
                                  limits.max_position_notional, quote))
        if limits.max_gross_exposure_pct is not None:
            out.append(LimitUsage("max_gross_exposure_pct", pct(gross_exposure(view)),
                                  limits.max_gross_exposure_pct, "%"))
        if limits.max_open_orders is not None:
            out.append(LimitUsage("max_open_orders", float(view.open_orders),
                                  float(limits.max_open_orders), "orders"))
        sent = self._sent.get(account, deque())
        if limits.max_orders_per_second is not None:
            out.append(LimitUsage("max_orders_per_second",
                                  float(_count_since(sent, now_ms - SECOND_MS)),
                                  float(limits.max_orders_per_second), "orders/s"))
        if limits.max_orders_per_minute is not None:
            out.append(LimitUsage("max_orders_per_minute",
                                  float(_count_since(sent, now_ms - MINUTE_MS)),
                                  float(limits.max_orders_per_minute), "orders/min"))
        if limits.daily_loss_limit is not None:
            lost = breakers.daily_loss(limits, book, view.equity)
            out.append(LimitUsage("daily_loss_limit", max(0.0, lost) if math.isfinite(lost)
                                  else math.nan, limits.daily_loss_limit, quote))
        if limits.max_drawdown_pct is not None:
            out.append(LimitUsage("max_drawdown_pct", breakers.drawdown_pct(book, view.equity),
                                  limits.max_drawdown_pct, "%"))
        if limits.max_consecutive_losses is not None:
            out.append(LimitUsage("max_consecutive_losses", float(book.loss_streak),
                                  float(limits.max_consecutive_losses), "trades"))
        if limits.max_asset_exposure_pct is not None:
            largest = max((abs(v) for v in asset_exposures(view).values()), default=0.0)
            out.append(LimitUsage("max_asset_exposure_pct", pct(largest),
                                  limits.max_asset_exposure_pct, "%"))
        values = weights(view)
        if limits.max_correlated_exposure_pct is not None:
            largest = max((correlated_exposure(view, s, values) for s in values), default=0.0)
            out.append(LimitUsage("max_correlated_exposure_pct", pct(largest),
                                  limits.max_correlated_exposure_pct, "%"))
        if limits.max_var_pct is not None:
            out.append(LimitUsage("max_var_pct", pct(parametric_var(view, values)),
                                  limits.max_var_pct, "%"))
        for name in ("margin_use_reducing_pct", "margin_use_halted_pct"):
            level = getattr(limits, name)
            if level is not None:
                out.append(LimitUsage(name, view.margin_use_pct, level, "%"))
        return out


def _over(value: float, limit: float) -> bool:
    """Beyond the limit; a value on it (up to float noise: 0.12 * 50,000) is within."""
    return value > limit * (1 + 1e-9)


def _count_since(sent: deque[int], since_ms: int) -> int:
    count = 0
    for ts in reversed(sent):
        if ts <= since_ms:
            break
        count += 1
    return count
