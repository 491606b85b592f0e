"""The kill switch: halt the chosen accounts, cancel every open order, flatten every position,
and say per order and per position what is done and what is not yet.

The accounts are set HALTED first, so nothing new (a bot, a hotkey) slips in while the
switch works; its own closing orders pass the guard. Against an exchange that rate-limits or
half fails it keeps trying within the venue's limits: a 429 waits its Retry-After, a ban waits
until it ends (if that is within the deadline), other temporary failures back off (0.25 s,
doubling to 4 s). A closing order whose outcome is unknown is never sent twice: the switch
waits for reconciliation to settle it, then sends only what is still open.

The order manager is reached through the few methods named in `Trading` (duck-typed, so
this module does not import the engine).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Protocol

from desktop.core import (
    ExchangeBanned,
    InvalidOrder,
    KillSwitchItem,
    KillSwitchReport,
    Order,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    PregaoError,
    RateLimited,
    Side,
    TradingState,
    VenueError,
)
from desktop.core.messages import marker, text_of

_t = marker("KillSwitch")

log = logging.getLogger(__name__)

DEADLINE_S = 60.0
BACKOFF_S = (0.25, 0.5, 1.0, 2.0, 4.0)
HALT_REASON = _t("Kill switch: every order canceled and every position closed")
NO_ANSWER = _t("no answer from the exchange")


class Trading(Protocol):
    journal: Any

    async def cancel(self, account_id: str, order_id: str, reason: str = ...) -> Order: ...
    async def place(self, account_id: str, request: OrderRequest,
                    resend_if_not_placed: bool = ..., *, risk_checked: bool | str = ...
                    ) -> Order: ...
    def open_orders(self, account_id: str | None = None) -> list[Order]: ...
    def positions(self, account_id: str | None = None) -> list: ...
    def _venue(self, account_id: str) -> Any: ...
    async def _market(self, venue: Any, symbol: str) -> Any: ...
    async def _closable(self, account_id: str, market: Any) -> float: ...


class KillSwitch:
    def __init__(self, orders: Trading, risk: Any, deadline_s: float = DEADLINE_S) -> None:
        self.orders = orders
        self.risk = risk  # RiskService: its guard's trading states
        self.deadline_s = deadline_s

    async def run(self, account_ids: list[str]) -> KillSwitchReport:
        for account in account_ids:
            self.risk.guard.states.set(account, TradingState.HALTED, HALT_REASON, None,
                                       "kill_switch")
        results = await asyncio.gather(*(self._account(a) for a in account_ids))
        items = tuple(item for each in results for item in each)
        report = KillSwitchReport(items, tuple(account_ids))
        log.warning("Kill switch on %s: %d done, %d not yet", ", ".join(account_ids),
                    len(items) - len(report.not_done), len(report.not_done))
        return report

    async def _account(self, account: str) -> list[KillSwitchItem]:
        deadline = time.monotonic() + self.deadline_s
        try:
            self.orders._venue(account)
        except PregaoError as err:  # not connected: nothing can be canceled or closed
            return [KillSwitchItem(account, "account", account, "", False,
                                   _t("Not connected ({why}); connect it and press again",
                                      why=text_of(err)))]
        items = await self._cancel_all(account, deadline)
        items += await self._flatten_all(account, deadline)
        return items

    # -- orders ------------------------------------------------------------------------------
    async def _cancel_all(self, account: str, deadline: float) -> list[KillSwitchItem]:
        todo = [o for o in self.orders.open_orders(account) if not o.parent_id]
        done: dict[str, KillSwitchItem] = {}
        last_error: dict[str, str] = {}
        attempt = 0
        while todo:
            still: list[Order] = []
            wait = 0.0
            for order in todo:
                try:
                    result = await self.orders.cancel(account, order.client_order_id,
                                                      reason=_t("Canceled by the kill "
                                                                "switch."))
                except OrderNotFound:
                    done[order.client_order_id] = _item(account, order, True,
                                                        _t("Already gone at the exchange"))
                    continue
                except (VenueError, InvalidOrder) as err:
                    if isinstance(err, VenueError) and not _temporary(err):
                        done[order.client_order_id] = _item(
                            account, order, False, _t("Not canceled: {why}", why=text_of(err)))
                        continue  # asking again would get the same answer
                    last_error[order.client_order_id] = text_of(err)
                    wait = max(wait, _wait_for(err, attempt))
                    still.append(order)
                    continue
                except PregaoError as err:  # e.g. the account is not connected
                    done[order.client_order_id] = _item(
                        account, order, False, _t("Not canceled: {why}", why=text_of(err)))
                    continue
                detail = _t("Canceled") if result.status is OrderStatus.CANCELED else \
                    _t("Already {status}", status=result.status.value.replace("_", " "))
                done[order.client_order_id] = _item(account, order, True, detail)
            todo = still
            if not todo or time.monotonic() + max(wait, BACKOFF_S[0]) > deadline:
                break
            await asyncio.sleep(max(wait, BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)]))
            attempt += 1
        for order in todo:
            done[order.client_order_id] = _item(
                account, order, False, _t("Not canceled yet: {why}",
                                          why=last_error.get(order.client_order_id, NO_ANSWER)))
        return list(done.values())

    # -- positions ---------------------------------------------------------------------------
    async def _flatten_all(self, account: str, deadline: float) -> list[KillSwitchItem]:
        symbols = [p.symbol for p in self.orders.positions(account) if abs(p.amount) > 1e-12]
        return list(await asyncio.gather(*(self._flatten(account, s, deadline)
                                           for s in symbols)))

    async def _flatten(self, account: str, symbol: str, deadline: float) -> KillSwitchItem:
        attempt = 0
        last: str = NO_ANSWER
        sent: list[str] = []
        while True:
            try:
                venue = self.orders._venue(account)
                market = await self.orders._market(venue, symbol)
                if sent and not await self._settled(account, sent[-1], deadline):
                    return KillSwitchItem(account, "position", symbol, symbol, False,
                                          _t("Not closed yet: the closing order's outcome "
                                             "is still unknown; it is being looked up"))
                amount = await self.orders._closable(account, market)
                if abs(amount) < max(market.min_amount, market.amount_step / 2, 1e-12):
                    detail = _t("Closed") if sent else _t("Nothing left to close")
                    return KillSwitchItem(account, "position", symbol, symbol, True, detail)
                side = Side.SELL if amount > 0 else Side.BUY
                request = OrderRequest(symbol, side, OrderType.MARKET, abs(amount),
                                       reduce_only=market.contract)
                order = await self.orders.place(account, request, risk_checked="kill_switch")
                sent.append(order.client_order_id)
                if order.status is OrderStatus.FILLED:
                    await self._booked(account, order, deadline)
                    continue  # look again: a fee in the base coin may leave a remainder
                if order.status is OrderStatus.PENDING:
                    continue  # settled (or not) above before anything else is sent
                last = order.reason or _t("the closing order is {status}",
                                          status=order.status.value.replace("_", " "))
                wait = BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)]
            except (VenueError, InvalidOrder) as err:
                last = text_of(err)
                if isinstance(err, VenueError) and not _temporary(err):
                    return KillSwitchItem(account, "position", symbol, symbol, False,
                                          _t("Not closed: {why}", why=last))
                wait = _wait_for(err, attempt)
            except PregaoError as err:
                return KillSwitchItem(account, "position", symbol, symbol, False,
                                      _t("Not closed: {why}", why=text_of(err)))
            if time.monotonic() + wait > deadline:
                return KillSwitchItem(account, "position", symbol, symbol, False,
                                      _t("Not closed yet: {why}", why=last))
            await asyncio.sleep(wait)
            attempt += 1

    async def _booked(self, account: str, order: Order, deadline: float) -> None:
        """Until the closing order's fills are in the position (they arrive on the venue's
        fills stream): the next look at the position must not see it still open."""
        end = min(deadline, time.monotonic() + 5.0)
        while time.monotonic() < end:
            fills = [f for f in self.orders.journal.fills(account, limit=200)
                     if f.client_order_id == order.client_order_id]
            if sum(f.amount for f in fills) >= order.filled * (1 - 1e-9):
                return
            await asyncio.sleep(0.05)

    async def _settled(self, account: str, client_id: str, deadline: float) -> bool:
        """Whether the last closing order reached a final state (reconciliation looks up an
        order whose send had no answer); waits for it until the deadline."""
        while True:
            order = self.orders.journal.order(client_id)
            if order is None or order.status.is_final or order.id:
                return True
            if time.monotonic() + BACKOFF_S[1] > deadline:
                return False
            await asyncio.sleep(BACKOFF_S[1])


def _temporary(err: VenueError) -> bool:
    from_name = type(err).__name__ in ("OrderNotPlaced",)  # proved not placed: send again
    return err.retryable or from_name or isinstance(err, ExchangeBanned)


def _wait_for(err: Exception, attempt: int) -> float:
    if isinstance(err, RateLimited) and err.retry_after_s:
        return float(err.retry_after_s)
    if isinstance(err, ExchangeBanned) and err.until_ms:
        return max(0.0, err.until_ms / 1000 - time.time())
    return BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)]


def _item(account: str, order: Order, done: bool, detail: str) -> KillSwitchItem:
    return KillSwitchItem(account, "order", order.client_order_id, order.symbol, done, detail)

