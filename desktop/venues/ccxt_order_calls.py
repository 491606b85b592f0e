"""`CcxtVenue`'s order calls: create, cancel and look up orders, and explain a refusal.

Orders are never sent twice blindly. When `create_order` fails in transit (timeout, dropped
connection, 5xx) the venue asks the exchange for the order by its client order id: found, it is
returned; not found, it may still arrive while its signed request is valid (ccxt_send_window.py):
`OrderNotPlaced` only after two lookups, the last once that window has passed, else
`OrderOutcomeUnknown` (the order manager keeps it pending and reconciliation finishes the check).
Every signing of an order request is told to `on_signing(client_id, deadline_ms)` first, so the
journal knows until when a request of it could still arrive.

A mixin of `CcxtVenue` (ccxt_venue.py), through whose `_request` every call goes.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable
from dataclasses import replace

from desktop.core import (
    ExchangeBanned,
    ExchangeUnavailable,
    InsufficientFunds,
    InvalidOrder,
    Market,
    NetworkError,
    Order,
    OrderNotFound,
    OrderRequest,
    RateLimited,
    Side,
    VenueError,
)
from desktop.core.messages import marker
from desktop.venues import ccxt_parsing as parse
from desktop.venues.ccxt_errors import ClockSkew, ExchangeReply, lookup_refused
from desktop.venues.ccxt_orders import ccxt_order_args
from desktop.venues.ccxt_send_window import TIMESTAMP_SIGNED
from desktop.venues.ccxt_sentences import (
    insufficient_funds_sentence,
    limit_violation,
    precision_violation,
)
from desktop.venues.resilience import CircuitOpen, wall_ms

_t = marker("ExchangeErrors")

log = logging.getLogger(__name__)
_TRANSIT_FAILURES = (NetworkError, ExchangeUnavailable)  # the order's fate is unknown
_NOT_SENT = (CircuitOpen, ExchangeBanned, RateLimited, ClockSkew)  # refused before or at the door


class CcxtOrderCalls:
    # -- orders ----------------------------------------------------------------------------

    async def create_order(self, request: OrderRequest) -> Order:
        market = await self.market(request.symbol)
        await self._prepare_private()
        if not self.capabilities.supports_order_type(request.type):
            raise InvalidOrder(_t("{exchange} does not take {type} orders",
                                  exchange=self._exchange.name, type=request.type.value),
                               self._name)
        problem = precision_violation(market, request)
        if problem:
            raise InvalidOrder(problem, self._name)
        client_id = request.client_order_id or f"pg{uuid.uuid4().hex[:22]}"
        order_type, price, params = ccxt_order_args(request, client_id)
        deadline = [0]

        def send() -> Awaitable[dict]:
            # Runs at each attempt, after any wait at the ban gate: this is the signing time.
            signed = dict(params)
            if self.config.exchange_id in TIMESTAMP_SIGNED:
                signed["timestamp"] = self._clock.exchange_now_ms()  # so we know its expiry
            deadline[0] = wall_ms() + self.send_grace_ms()
            if self.on_signing is not None:
                try:
                    self.on_signing(client_id, deadline[0])
                except Exception:  # the journal falls back to a longer grace; still send
                    log.exception("%s: could not note when %s expires", self._name, client_id)
            return self._exchange.create_order(request.symbol, order_type, request.side.value,
                                               request.amount, price, signed)

        try:
            raw = await self._request(send, idempotent=False, placing_order=True)
        except _NOT_SENT:
            raise
        except InsufficientFunds as err:
            raise await self._explain_funds(market, request, err) from err
        except InvalidOrder as err:
            if "duplicate" in str(err).lower():  # we sent it before: it exists
                return await self.fetch_order_by_client_id(client_id, request.symbol)
            raise await self._explain_rejection(market, request, err) from err
        except _TRANSIT_FAILURES as err:
            return await self._settle_unknown_outcome(request, client_id, err, deadline[0])
        order = self._remember(parse.order_from_ccxt(raw, self._name, self.config.account))
        return order

    async def cancel_order(self, order_id: str, symbol: str) -> Order:
        await self.market(symbol)
        await self._prepare_private()
        try:
            raw = await self._request(lambda: self._exchange.cancel_order(order_id, symbol))
        except OrderNotFound:
            # Binance refuses to cancel a finished order as "unknown": show its final state.
            order = await self.fetch_order(order_id, symbol)
            if order.status.is_final:
                return order
            raise
        order = parse.order_from_ccxt(raw, self._name, self.config.account)
        return self._remember(order)

    async def fetch_order(self, order_id: str, symbol: str) -> Order:
        try:
            await self.market(symbol)
            await self._prepare_private()
            raw = await self._request(lambda: self._exchange.fetch_order(order_id, symbol))
        except OrderNotFound as err:
            raise OrderNotFound(_t("{exchange} has no {symbol} order {order_id}",
                                   exchange=self._exchange.name, symbol=symbol, order_id=order_id),
                                self._name) from err
        except VenueError as err:
            raise lookup_refused(err, symbol, f"The order {order_id}") from err
        return self._remember(parse.order_from_ccxt(raw, self._name, self.config.account))

    async def fetch_order_by_client_id(self, client_order_id: str, symbol: str) -> Order:
        params = {"clientOrderId": client_order_id}
        try:
            await self.market(symbol)
            await self._prepare_private()
            raw = await self._request(lambda: self._exchange.fetch_order(None, symbol, params))
        except OrderNotFound as err:
            raise OrderNotFound(
                _t("{exchange} has no {symbol} order with client id {client_order_id}",
                   exchange=self._exchange.name, symbol=symbol, client_order_id=client_order_id),
                self._name) from err
        except VenueError as err:
            raise lookup_refused(err, symbol, f"The order {client_order_id}") from err
        return self._remember(parse.order_from_ccxt(raw, self._name, self.config.account))

    async def fetch_open_orders(self, symbol: str | None = None) -> list[Order]:
        if symbol is not None:
            await self.market(symbol)
        await self._prepare_private()
        raws = await self._request(lambda: self._exchange.fetch_open_orders(symbol))
        return [self._remember(parse.order_from_ccxt(raw, self._name, self.config.account))
                for raw in raws]

    def known_orders(self) -> list[Order]:
        """Every order this venue created or was told about, last known state."""
        return list(self._orders.values())

    def _remember(self, order: Order) -> Order:
        known = self._orders.get(order.id)
        if not order.client_order_id and known is not None:
            order = replace(order, client_order_id=known.client_order_id)
        self._orders[order.id] = order
        return order

    async def _settle_unknown_outcome(self, request: OrderRequest, client_id: str,
                                      failure: VenueError, deadline_ms: int) -> Order:
        """The request may or may not have reached the exchange: ask it, never resend."""
        log.warning("%s: create_order %s failed in transit (%s); looking it up", self._name,
                    client_id, failure)
        what = _t("{side} {amount:g} {symbol}", side=_t("buy") if request.side is Side.BUY
                  else _t("sell"), amount=request.amount, symbol=request.symbol)
        return await self.send_window.settle(
            lambda: self.fetch_order_by_client_id(client_id, request.symbol), what,
            self._exchange.name, self._name, client_id, failure, deadline_ms)

    async def _reference_price(self, symbol: str) -> float:
        try:
            return (await self.fetch_ticker(symbol)).last
        except VenueError:
            return float("nan")

    async def _explain_funds(self, market: Market, request: OrderRequest,
                             err: InsufficientFunds) -> InsufficientFunds:
        try:
            balances = await self.fetch_balances()
            reference = await self._reference_price(market.symbol) if request.price is None \
                and request.stop_price is None else float("nan")
        except VenueError:
            return err
        free = {b.currency: b.free for b in balances}
        sentence = insufficient_funds_sentence(market, request, reference, free)
        return InsufficientFunds(sentence, self._name)

    async def _explain_rejection(self, market: Market, request: OrderRequest,
                                 err: InvalidOrder) -> InvalidOrder:
        reply = ExchangeReply.from_message(str(err.__cause__ or err))
        if reply.code and reply.code != "-1013":
            return err
        reference = float("nan")
        if request.price is None and request.stop_price is None:
            reference = await self._reference_price(market.symbol)
        sentence = limit_violation(market, request, reference)
        return InvalidOrder(sentence, self._name) if sentence else err
