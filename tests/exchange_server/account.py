"""The test peer's account: Binance order semantics over the paper matching engine.

Binance checks its symbol filters before anything else (-1013 "Filter failure: ..."), then the
balance (-2010). A `newClientOrderId` is refused as a duplicate (-2010 "Duplicate order sent.")
only while an order with that id is open: Binance's real rule. Once the order is filled,
canceled or expired its client id may be used again, and the new order is a new order (a resent
market order fills twice). A lookup by client id then finds the newest order with it. Rejected
orders are not stored, so a lookup of their client id answers -2013 as Binance does. The
matching engine gets unique internal client ids: duplicate detection is Binance's rule, applied
here, not the engine's resend shortcut.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from desktop.core import (
    Event,
    Fill,
    InsufficientFunds,
    InvalidOrder,
    MarketKind,
    Order,
    OrderBook,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    Tick,
    TimeInForce,
)
from desktop.venues.paper import MatchingEngine, PaperConfig
from tests.exchange_server.market_data import SymbolSpec, fmt
from tests.exchange_server.signing import BinanceError

INSUFFICIENT = BinanceError(400, -2010, "Account has insufficient balance for requested action.")
DUPLICATE = BinanceError(400, -2010, "Duplicate order sent.")
UNKNOWN_ORDER = BinanceError(400, -2011, "Unknown order sent.")
NO_SUCH_ORDER = BinanceError(400, -2013, "Order does not exist.")
BAD_SYMBOL = BinanceError(400, -1121, "Invalid symbol.")

_TYPES = {
    "MARKET": OrderType.MARKET,
    "LIMIT": OrderType.LIMIT,
    "LIMIT_MAKER": OrderType.LIMIT,
    "STOP_LOSS": OrderType.STOP_MARKET,
    "STOP_LOSS_LIMIT": OrderType.STOP_LIMIT,
    "TAKE_PROFIT": OrderType.TAKE_PROFIT,
    "TAKE_PROFIT_LIMIT": OrderType.TAKE_PROFIT,
}
_STATUS = {
    OrderStatus.OPEN: "NEW",
    OrderStatus.PENDING: "NEW",
    OrderStatus.PARTIALLY_FILLED: "PARTIALLY_FILLED",
    OrderStatus.FILLED: "FILLED",
    OrderStatus.CANCELED: "CANCELED",
    OrderStatus.REJECTED: "REJECTED",
    OrderStatus.EXPIRED: "EXPIRED",
}
_PRICED = frozenset({"LIMIT", "LIMIT_MAKER", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"})
BOOK_LEVELS = 20
MY_TRADES_DEFAULT, MY_TRADES_MAX = 500, 1000


def _fits(value: float, step: float) -> bool:
    units = value / step
    return abs(units - round(units)) <= 1e-9 * max(1.0, abs(units))


def _number(params: dict[str, str], name: str) -> float | None:
    text = params.get(name)
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise BinanceError(400, -1100, f"Illegal characters found in parameter '{name}'; "
                                       f"legal range is '^([0-9]{{1,20}})(\\.[0-9]{{1,20}})?$'."
                           ) from None


class Account:
    TYPES: dict[str, OrderType] = _TYPES  # Binance's order types -> ours
    PRICED: frozenset[str] = _PRICED  # types that need a limit price

    def __init__(self, specs: tuple[SymbolSpec, ...], balances: dict[str, float],
                 kind: MarketKind = MarketKind.SPOT,
                 publish: Callable[[Event], None] | None = None) -> None:
        self.specs = {s.symbol_id: s for s in specs}
        self._by_unified = {f"{s.base}/{s.quote}": s for s in specs}
        # The engine names every market BASE/QUOTE whatever its kind: only ids reach clients.
        self.engine = MatchingEngine(
            [replace(s.market(), kind=kind) for s in specs], balances,
            publish=publish, config=PaperConfig(venue="binance-test"))
        self._client_ids: dict[str, str] = {}  # Binance client id -> engine order id
        self._client_of: dict[str, str] = {}  # engine order id -> Binance client id
        self._prices: dict[str, float] = {}
        self._seq = 0
        self._ended: dict[str, OrderStatus] = {}  # engine id -> EXPIRED / REJECTED after ack

    # -- prices ----------------------------------------------------------------------------

    def price(self, symbol_id: str) -> float:
        return self._prices[symbol_id]

    def set_price(self, symbol_id: str, price: float, now_ms: int) -> None:
        """Move the market: a tick and a book around `price` reach the matching engine."""
        spec = self.spec(symbol_id)
        self._prices[symbol_id] = price
        tick = float(spec.tick)
        unified = f"{spec.base}/{spec.quote}"
        self.engine.on_tick(Tick(unified, now_ms, price, price - tick, price + tick,
                                 bid_size=5.0, ask_size=5.0))
        self.engine.on_book(self.book(symbol_id, now_ms))

    def book(self, symbol_id: str, now_ms: int, depth: int = BOOK_LEVELS) -> OrderBook:
        spec = self.spec(symbol_id)
        price, tick = self._prices[symbol_id], float(spec.tick)
        levels = range(1, min(depth, BOOK_LEVELS) + 1)
        bids = tuple((round(price - i * tick, 10), 1.0 + i) for i in levels)
        asks = tuple((round(price + i * tick, 10), 1.0 + i) for i in levels)
        return OrderBook(f"{spec.base}/{spec.quote}", now_ms, bids, asks)

    def delist(self, symbol_id: str) -> None:
        """The market closes for good: its open orders are canceled (as Binance does) and
        every request naming it answers -1121 "Invalid symbol"."""
        spec = self.spec(symbol_id)
        for order in self.engine.orders(spec_unified(spec), open_only=True):
            self.engine.cancel(order.id, reason="Market delisted")
        del self.specs[symbol_id]

    def spec_of(self, unified_symbol: str) -> SymbolSpec:
        return self._by_unified[unified_symbol]

    def spec(self, symbol_id: str | None) -> SymbolSpec:
        spec = self.specs.get(symbol_id or "")
        if spec is None:
            raise BAD_SYMBOL
        return spec

    # -- orders ----------------------------------------------------------------------------

    def new_order(self, params: dict[str, str], now_ms: int) -> dict:
        spec = self.spec(params.get("symbol"))
        client_id = params.get("newClientOrderId") or f"srv-auto-{self._seq + 1}"
        if self._open_with(client_id):
            raise DUPLICATE
        request = self._request(spec, params)
        self._check_filters(spec, request)
        self.set_price(spec.symbol_id, self._prices[spec.symbol_id], now_ms)  # the clock moves
        self._seq += 1
        internal = f"srv-{self._seq}"
        try:
            order = self.engine.submit(_with_client_id(request, internal))
        except InsufficientFunds:
            raise INSUFFICIENT from None
        except InvalidOrder as err:
            raise BinanceError(400, -2010, str(err)) from None
        self._client_ids[client_id] = order.id
        self._client_of[order.id] = client_id
        return self.order_json(order, with_fills=True)

    def _open_with(self, client_id: str) -> bool:
        engine_id = self._client_ids.get(client_id)
        return engine_id is not None and not self.engine.order(engine_id).status.is_final

    def find(self, params: dict[str, str], on_missing: BinanceError) -> Order:
        spec = self.spec(params.get("symbol"))
        order_id = params.get("orderId")
        if order_id is not None:
            if not order_id.isdigit():
                raise BinanceError(400, -1100, "Illegal characters found in parameter "
                                               "'orderId'; legal range is '^[0-9]{1,20}$'.")
            engine_id = f"po-{order_id}"
        else:
            engine_id = self._client_ids.get(params.get("origClientOrderId", ""), "")
        if engine_id not in self._client_of:
            raise on_missing
        order = self._view(self.engine.order(engine_id))
        if order.symbol != f"{spec.base}/{spec.quote}":
            raise on_missing
        return order

    def cancel(self, params: dict[str, str]) -> dict:
        order = self.find(params, UNKNOWN_ORDER)
        if order.status.is_final:
            raise UNKNOWN_ORDER  # Binance cannot cancel a finished order
        canceled = self.engine.cancel(order.id)
        body = self.order_json(canceled)
        body["origClientOrderId"] = body["clientOrderId"]
        return body

    def open_orders(self, symbol_id: str | None) -> list[dict]:
        unified = None
        if symbol_id is not None:
            spec = self.spec(symbol_id)
            unified = f"{spec.base}/{spec.quote}"
        return [self.order_json(o) for o in self.engine.orders(unified, open_only=True)
                if o.id in self._client_of]

    def orders(self) -> list[Order]:
        """Every order the exchange accepted (tests count these)."""
        return [self._view(o) for o in self.engine.orders() if o.id in self._client_of]

    def end(self, client_id: str, status: OrderStatus) -> None:
        """The exchange ends an order it had acknowledged: EXPIRED (its time in force ran out,
        self-trade prevention) or REJECTED (the matching engine refused it after the ack)."""
        engine_id = self._client_ids[client_id]
        self.engine.cancel(engine_id, reason=f"{status.value} by the exchange")
        self._ended[engine_id] = status

    def _view(self, order: Order) -> Order:
        ended = self._ended.get(order.id)
        return order if ended is None else replace(order, status=ended)

    def client_id_of(self, order: Order) -> str:
        return self._client_of[order.id]

    def my_trades(self, params: dict[str, str]) -> list[dict]:
        """Binance's GET /api/v3/myTrades: `fromId` (trades with id >= it), or `startTime` /
        `endTime`, oldest first; with neither, the most recent trades. `limit` defaults to 500
        and may not exceed 1000: more trades than that need pages."""
        spec = self.spec(params.get("symbol"))
        limit = int(params.get("limit", MY_TRADES_DEFAULT))
        if not 0 < limit <= MY_TRADES_MAX:
            raise BinanceError(400, -1100, "Illegal characters found in parameter 'limit'; "
                                           f"legal range is '1-{MY_TRADES_MAX}'.")
        fills = self.engine.fills(f"{spec.base}/{spec.quote}")
        if "fromId" in params:
            if "startTime" in params or "endTime" in params:
                raise BinanceError(400, -1128, "Combination of optional parameters invalid.")
            first = int(params["fromId"])
            picked = [f for f in fills if _trade_id(f) >= first][:limit]
        elif "startTime" in params or "endTime" in params:
            start = int(params.get("startTime", 0))
            end = int(params.get("endTime", 2**62))
            picked = [f for f in fills if start <= f.ts <= end][:limit]
        else:
            picked = fills[-limit:]
        return [self._trade_json(spec, f) for f in picked]

    def account_json(self, now_ms: int) -> dict:
        return {
            "makerCommission": 10, "takerCommission": 10, "buyerCommission": 0,
            "sellerCommission": 0, "canTrade": True, "canWithdraw": True, "canDeposit": True,
            "brokered": False, "requireSelfTradePrevention": False, "updateTime": now_ms,
            "accountType": "SPOT", "permissions": ["SPOT"],
            "balances": [
                {"asset": b.currency, "free": fmt(b.free), "locked": fmt(b.used)}
                for b in self.engine.balances()
            ],
        }

    # -- JSON ------------------------------------------------------------------------------

    def order_json(self, order: Order, with_fills: bool = False) -> dict:
        spec = self._by_unified[order.symbol]
        cost = (order.average or 0.0) * order.filled
        binance_type = {
            OrderType.MARKET: "MARKET", OrderType.LIMIT: "LIMIT",
            OrderType.STOP_MARKET: "STOP_LOSS", OrderType.STOP_LIMIT: "STOP_LOSS_LIMIT",
            OrderType.TAKE_PROFIT: "TAKE_PROFIT_LIMIT" if order.price else "TAKE_PROFIT",
        }.get(order.type, "LIMIT")
        body = {
            "symbol": spec.symbol_id,
            "orderId": int(order.id.removeprefix("po-")),
            "orderListId": -1,
            "clientOrderId": self._client_of.get(order.id, order.client_order_id),
            "transactTime": order.updated_ts,
            "time": order.created_ts,
            "updateTime": order.updated_ts,
            "workingTime": order.created_ts,
            "price": fmt(order.price or 0.0, spec.tick),
            "origQty": fmt(order.amount, spec.step),
            "executedQty": fmt(order.filled, spec.step),
            "cummulativeQuoteQty": fmt(cost),
            "status": _STATUS[order.status],
            "timeInForce": order.time_in_force.value if order.time_in_force is not
            TimeInForce.POST_ONLY else "GTC",
            "type": binance_type,
            "side": order.side.value.upper(),
            "stopPrice": fmt(order.stop_price or 0.0, spec.tick),
            "isWorking": order.status in (OrderStatus.OPEN, OrderStatus.PARTIALLY_FILLED),
            "selfTradePreventionMode": "NONE",
        }
        if with_fills:
            body["fills"] = [
                {"price": fmt(f.price, spec.tick), "qty": fmt(f.amount, spec.step),
                 "commission": fmt(f.fee), "commissionAsset": f.fee_currency,
                 "tradeId": int(f.id.removeprefix("pf-"))}
                for f in self.engine.fills(order.symbol) if f.order_id == order.id
            ]
        return body

    def _trade_json(self, spec: SymbolSpec, fill: Fill) -> dict:
        return {
            "symbol": spec.symbol_id, "id": _trade_id(fill),
            "orderId": int(fill.order_id.removeprefix("po-")), "orderListId": -1,
            "price": fmt(fill.price, spec.tick), "qty": fmt(fill.amount, spec.step),
            "quoteQty": fmt(fill.price * fill.amount), "commission": fmt(fill.fee),
            "commissionAsset": fill.fee_currency, "time": fill.ts,
            "isBuyer": fill.side is Side.BUY, "isMaker": fill.maker, "isBestMatch": True,
        }

    # -- checks ----------------------------------------------------------------------------

    def _request(self, spec: SymbolSpec, params: dict[str, str]) -> OrderRequest:
        binance_type = params.get("type", "")
        order_type = self.TYPES.get(binance_type)
        if order_type is None:
            raise BinanceError(400, -1116, "Invalid orderType.")
        side = {"BUY": Side.BUY, "SELL": Side.SELL}.get(params.get("side", ""))
        if side is None:
            raise BinanceError(400, -1117, "Invalid side.")
        amount = _number(params, "quantity")
        if amount is None:
            raise BinanceError(400, -1102, "Mandatory parameter 'quantity' was not sent, was "
                                           "empty/null, or malformed.")
        price = _number(params, "price")
        stop = _number(params, "stopPrice")
        if binance_type in self.PRICED and price is None:
            raise BinanceError(400, -1102, "Mandatory parameter 'price' was not sent, was "
                                           "empty/null, or malformed.")
        if binance_type == "LIMIT_MAKER":
            tif = TimeInForce.POST_ONLY
        else:
            tif = TimeInForce(params.get("timeInForce", "GTC"))
        return OrderRequest(spec_unified(spec), side, order_type, amount, price=price,
                            stop_price=stop, time_in_force=tif)

    def _check_filters(self, spec: SymbolSpec, req: OrderRequest) -> None:
        tick, step = float(spec.tick), float(spec.step)
        for price in (req.price, req.stop_price):
            if price is not None and (price <= 0 or not _fits(price, tick)):
                raise BinanceError(400, -1013, "Filter failure: PRICE_FILTER")
        if req.amount < float(spec.min_qty) or not _fits(req.amount, step):
            raise BinanceError(400, -1013, "Filter failure: LOT_SIZE")
        reference = req.price or req.stop_price or self._prices[spec.symbol_id]
        if math.isfinite(reference) and reference * req.amount < float(spec.min_notional):
            raise BinanceError(400, -1013, "Filter failure: NOTIONAL")


def _trade_id(fill: Fill) -> int:
    return int(fill.id.removeprefix("pf-"))


def spec_unified(spec: SymbolSpec) -> str:
    return f"{spec.base}/{spec.quote}"


def _with_client_id(request: OrderRequest, client_id: str) -> OrderRequest:
    return replace(request, client_order_id=client_id)
