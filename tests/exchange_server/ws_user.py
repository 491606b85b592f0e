"""Binance's user data stream for the test peer: what happened to our orders and balances.

Two ways in, as on Binance spot:
- the WebSocket API (`/ws-api/v3`): `userDataStream.subscribe.signature` with `apiKey`,
  `timestamp` and `signature` (HMAC-SHA256 of the other parameters sorted by name, joined as a
  query string) answers `{"id", "status": 200, "result": {"subscriptionId": n}}`; events then
  arrive wrapped as `{"subscriptionId": n, "event": {...}}`. ccxt.pro binance uses this for spot.
- a listen key: POST /api/v3/userDataStream (API key header, unsigned) returns `listenKey`, PUT
  keeps it alive, DELETE ends it; `/ws/<listenKey>` then streams the bare events.

Events, diffed from the matching engine after every change (an order placed, canceled, or
filled when the price moves): `executionReport` with `x` NEW, TRADE (one per fill, with the
cumulative filled quantity), CANCELED, EXPIRED or REJECTED; then `outboundAccountPosition` with
the assets whose balance changed.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.core import Fill, Order, OrderStatus, OrderType, TimeInForce
from tests.exchange_server.account import Account
from tests.exchange_server.market_data import SymbolSpec, fmt
from tests.exchange_server.signing import BinanceError, check_signed

_BINANCE_TYPES = {OrderType.MARKET: "MARKET", OrderType.LIMIT: "LIMIT",
                  OrderType.STOP_MARKET: "STOP_LOSS", OrderType.STOP_LIMIT: "STOP_LOSS_LIMIT",
                  OrderType.TAKE_PROFIT: "TAKE_PROFIT_LIMIT"}
_FINAL_EXECUTION = {OrderStatus.CANCELED: "CANCELED", OrderStatus.EXPIRED: "EXPIRED",
                    OrderStatus.REJECTED: "REJECTED"}
INVALID_LISTEN_KEY = BinanceError(400, -1125, "This listenKey does not exist.")


@dataclass(slots=True)
class UserStreamFaults:
    """Faults of the user data stream, each for the next batch of events that carries a fill."""

    drop_mid_fill: bool = False  # the socket closes instead of telling the fill
    duplicate_fills: bool = False  # every TRADE report is sent twice
    reverse_fills: bool = False  # the batch's TRADE reports arrive newest first
    garbage: bool = False  # a frame of cut-off JSON comes first

    def shape(self, events: list[dict]) -> tuple[list, bool]:
        """(what to send, whether to close the user sockets instead) for one batch."""
        trades = [e for e in events if e.get("x") == "TRADE"]
        if not trades:
            return events, False
        if self.drop_mid_fill:
            self.drop_mid_fill = False
            return [], True
        out: list = list(events)
        if self.reverse_fills:
            self.reverse_fills = False
            slots = [i for i, e in enumerate(out) if e.get("x") == "TRADE"]
            for i, event in zip(slots, reversed([out[i] for i in slots]), strict=True):
                out[i] = event
        if self.duplicate_fills:
            self.duplicate_fills = False
            out = [copy for e in out for copy in ([e, e] if e.get("x") == "TRADE" else [e])]
        if self.garbage:
            self.garbage = False
            out.insert(0, '{"e":"executionReport","E":17')
        return out, False


@dataclass(slots=True)
class _Reported:
    status: OrderStatus
    filled: float = 0.0
    fill_ids: set[str] = field(default_factory=set)


class UserStream:
    def __init__(self, account: Account) -> None:
        self._account = account
        self._specs = {f"{s.base}/{s.quote}": s for s in account.specs.values()}
        self._reported: dict[str, _Reported] = {}
        self._balances = self._balance_rows()
        self.listen_keys: set[str] = set()
        self._subscription_seq = -1
        self.faults = UserStreamFaults()

    # -- events ----------------------------------------------------------------------------

    def changes(self, now_ms: int) -> tuple[list[dict], list[Fill]]:
        """Events since the last call, and the new fills (for the public tape)."""
        fills_by_order: dict[str, list[Fill]] = defaultdict(list)
        for fill in self._account.engine.fills():
            fills_by_order[fill.order_id].append(fill)
        events: list[dict] = []
        new_fills: list[Fill] = []
        for order in self._account.orders():
            seen = self._reported.get(order.id)
            if seen is None:
                seen = self._reported[order.id] = _Reported(OrderStatus.OPEN)
                events.append(self._report(order, "NEW", "NEW", 0.0, None, order.created_ts))
            for fill in fills_by_order.get(order.id, []):
                if fill.id in seen.fill_ids:
                    continue
                seen.fill_ids.add(fill.id)
                seen.filled += fill.amount
                done = order.status is OrderStatus.FILLED and seen.filled >= order.filled - 1e-12
                events.append(self._report(order, "TRADE", "FILLED" if done else
                                           "PARTIALLY_FILLED", seen.filled, fill, fill.ts))
                new_fills.append(fill)
            final = _FINAL_EXECUTION.get(order.status)
            if final is not None and seen.status is not order.status:
                events.append(self._report(order, final, final, seen.filled, None, now_ms))
            seen.status = order.status
        balances = self._balance_rows()
        changed = [(asset, row) for asset, row in balances.items()
                   if self._balances.get(asset) != row]
        changed += [(asset, ("0", "0")) for asset in self._balances if asset not in balances]
        self._balances = balances
        if changed:
            events.append({"e": "outboundAccountPosition", "E": now_ms, "u": now_ms,
                           "B": [{"a": asset, "f": free, "l": locked}
                                 for asset, (free, locked) in changed]})
        return events, new_fills

    def _balance_rows(self) -> dict[str, tuple[str, str]]:
        return {b.currency: (fmt(b.free), fmt(b.used)) for b in self._account.engine.balances()}

    def _report(self, order: Order, execution: str, status: str, cumulative: float,
                fill: Fill | None, ts: int) -> dict:
        spec: SymbolSpec = self._specs[order.symbol]
        client_id = self._account.client_id_of(order)
        canceled = execution in ("CANCELED", "EXPIRED")
        average = order.average or 0.0
        return {
            "e": "executionReport", "E": ts, "s": spec.symbol_id,
            "c": client_id, "S": order.side.value.upper(),
            "o": _BINANCE_TYPES.get(order.type, "LIMIT"),
            "f": "GTC" if order.time_in_force is TimeInForce.POST_ONLY
            else order.time_in_force.value,
            "q": fmt(order.amount, spec.step), "p": fmt(order.price or 0.0, spec.tick),
            "P": fmt(order.stop_price or 0.0, spec.tick), "F": "0.00000000", "g": -1,
            "C": client_id if canceled else "", "x": execution, "X": status, "r": "NONE",
            "i": int(order.id.removeprefix("po-")),
            "l": fmt(fill.amount if fill else 0.0, spec.step),
            "z": fmt(cumulative, spec.step),
            "L": fmt(fill.price if fill else 0.0, spec.tick),
            "n": fmt(fill.fee if fill else 0.0), "N": fill.fee_currency if fill else None,
            "T": ts, "t": int(fill.id.removeprefix("pf-")) if fill else -1, "I": 0,
            "w": status in ("NEW", "PARTIALLY_FILLED"), "m": bool(fill and fill.maker),
            "M": False, "O": order.created_ts,
            "Z": fmt(average * cumulative), "Y": fmt(fill.price * fill.amount if fill else 0.0),
            "Q": "0.00000000", "W": order.created_ts, "V": "NONE",
        }

    # -- WebSocket API ---------------------------------------------------------------------

    def ws_api_request(self, request: dict, keys: dict[str, str], now_ms: int) -> dict:
        """The answer to one WebSocket API request (only the user data stream methods)."""
        request_id = request.get("id")
        method = request.get("method")
        params = dict(request.get("params") or {})
        try:
            if method == "userDataStream.subscribe.signature":
                _check_ws_signature(params, keys, now_ms)
                self._subscription_seq += 1
                result: dict = {"subscriptionId": self._subscription_seq}
            elif method in ("userDataStream.unsubscribe", "ping"):
                result = {}
            else:
                raise BinanceError(400, -1000, f"Unknown method {method!r}.")
        except BinanceError as err:
            return {"id": request_id, "status": err.status,
                    "error": {"code": err.code, "msg": err.msg}}
        return {"id": request_id, "status": 200, "result": result, "rateLimits": []}

    @staticmethod
    def ws_api_event(subscription_id: int, event: dict) -> dict:
        return {"subscriptionId": subscription_id, "event": event}

    # -- listen keys (REST) ----------------------------------------------------------------

    def new_listen_key(self, api_key: str | None, keys: dict[str, str]) -> dict:
        if not api_key or api_key not in keys:
            raise BinanceError(401, -2015, "Invalid API-key, IP, or permissions for action.")
        key = secrets.token_hex(32)
        self.listen_keys.add(key)
        return {"listenKey": key}

    def keep_alive(self, params: dict[str, str]) -> dict:
        if params.get("listenKey") not in self.listen_keys:
            raise INVALID_LISTEN_KEY
        return {}

    def close_listen_key(self, params: dict[str, str]) -> dict:
        if params.get("listenKey") not in self.listen_keys:
            raise INVALID_LISTEN_KEY
        self.listen_keys.discard(params["listenKey"])
        return {}


def _check_ws_signature(params: dict, keys: dict[str, str], now_ms: int) -> None:
    """Binance's WebSocket API signs the parameters sorted by name: rebuild that query string
    and check it with the REST rules (key, HMAC, timestamp window)."""
    signature = str(params.pop("signature", ""))
    query = "&".join(f"{name}={params[name]}" for name in sorted(params))
    check_signed(str(params.get("apiKey") or ""), f"{query}&signature={signature}", "",
                 {k: str(v) for k, v in params.items()}, keys, now_ms)
