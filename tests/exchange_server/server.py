"""`BinanceTestServer`: Binance's SPOT REST API on 127.0.0.1 for tests, and its USDⓈ-M
futures API (/fapi: what `ccxt.binanceusdm` calls, futures.py and futures_endpoints.py) with
the `<symbol>@markPrice[@1s]` stream at /fws/<n> (fstream.binance.com/ws).

Endpoints (everything `ccxt.binance` calls for the Venue protocol with the options the venue
sets): /api/v3/ping, time, exchangeInfo, klines, ticker/24hr, depth, account, order
(POST/GET/DELETE), openOrders, myTrades. Unknown paths answer 404 with Binance's JSON body and
are logged, so a test sees what else a client tried to call.

Market streams: /ws/<n> speaks Binance's WebSocket protocol (SUBSCRIBE/UNSUBSCRIBE with an id,
answered `{"result": null, "id": ...}`) for `<symbol>@ticker` (a 24hrTicker event on subscribing
and on every `set_price`), diff and partial depth and `<symbol>@trade` (ws_market.py). The user
data stream (executionReport, outboundAccountPosition) comes through the WebSocket API at
/ws-api/v3 or a listen key at /ws/<listenKey> (ws_user.py). Each command is logged with method
"WS" (path /ws-api/v3 for the WebSocket API). `drop_websockets` closes every connection;
`ws.refuse` makes new ones fail at the handshake.

Every request lands in `server.log` stamped with the server's clock (`now_ms`, which a test may
skew with `clock_skew_ms` to provoke -1021). `server.faults` injects faults (see faults.py).
A 418 starts a ban: until it ends every request answers 418 again, as Binance does.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web

from desktop.core import OrderStatus
from tests.exchange_server.account import NO_SUCH_ORDER, Account
from tests.exchange_server.faults import Fault, FaultPlan
from tests.exchange_server.futures import FUTURES_SPECS, FuturesAccount
from tests.exchange_server.futures_endpoints import FAPI_ROUTES, FuturesEndpoints
from tests.exchange_server.market_data import DEFAULT_SPECS, PricePath, SymbolSpec, fmt
from tests.exchange_server.request_log import RequestLog, RequestRecord
from tests.exchange_server.signing import BinanceError, check_signed
from tests.exchange_server.ws_hub import CLOSE, Connection, WsHub
from tests.exchange_server.ws_market import MarketFeed, parse_stream
from tests.exchange_server.ws_user import UserStream

API_KEY = "test-api-key-0123456789abcdef"
API_SECRET = "test-secret-fedcba9876543210"
DEFAULT_BALANCES = {"USDT": 10_000.0, "BTC": 1.0, "ETH": 10.0}
SIGNED = frozenset({"/api/v3/account", "/api/v3/order", "/api/v3/openOrders",
                    "/api/v3/myTrades", "/fapi/v1/order", "/fapi/v1/openOrders",
                    "/fapi/v1/allOrders", "/fapi/v1/userTrades", "/fapi/v1/leverage",
                    "/fapi/v1/marginType", "/fapi/v1/leverageBracket", "/fapi/v1/symbolConfig",
                    "/fapi/v3/positionRisk", "/fapi/v3/account", "/fapi/v2/account",
                    "/fapi/v1/income"})
DEFAULT_FUTURES_WALLET = 10_000.0
KLINES_DEFAULT, KLINES_MAX = 500, 1000
RAW_BODY = web.RequestKey("raw_body", str)
PARAMS = web.RequestKey("params", dict)
_STATUS_TEXT = {
    500: (-1000, "An unknown error occurred while processing the request."),
    503: (-1008, "Server is currently overloaded with other requests. Please try again in a "
                 "few minutes."),
}


class _Dropped(Exception):
    """The handler closed the connection; there is no answer to send."""


class BinanceTestServer(FuturesEndpoints):
    def __init__(self, specs: tuple[SymbolSpec, ...] = DEFAULT_SPECS,
                 balances: dict[str, float] | None = None,
                 futures_specs: tuple[SymbolSpec, ...] = FUTURES_SPECS,
                 futures_wallet: float = DEFAULT_FUTURES_WALLET) -> None:
        self.clock_skew_ms = 0
        self.keys = {API_KEY: API_SECRET}
        self.faults = FaultPlan()
        self.log = RequestLog()
        self.specs = specs
        self.prices = PricePath(specs, self.now_ms())
        self.account = Account(specs, dict(DEFAULT_BALANCES if balances is None else balances))
        for spec in specs:
            last = self.prices.candles(spec.symbol_id, "1m")[-1]
            self.account.set_price(spec.symbol_id, float(last[4]), self.now_ms())
        # USDⓈ-M futures (/fapi): their own account, prices and mark-price stream (futures.py)
        self.futures_prices = PricePath(futures_specs, self.now_ms())
        self.futures = FuturesAccount(futures_specs, futures_wallet)
        for spec in futures_specs:
            last = self.futures_prices.candles(spec.symbol_id, "1m")[-1]
            self.futures.set_price(spec.symbol_id, float(last[4]), self.now_ms())
        self.banned_until_ms = 0
        self.ws = WsHub()
        self.market = MarketFeed(self.account.specs,
                                 lambda symbol_id: self.account.book(symbol_id, self.now_ms()))
        self.user = UserStream(self.account)
        self._runner: web.AppRunner | None = None
        self._background: set[asyncio.Task] = set()
        self._elsewhere = 0
        self.port = 0

    # -- control ---------------------------------------------------------------------------

    def now_ms(self) -> int:
        return int(time.time() * 1000) + self.clock_skew_ms

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_price(self, symbol_id: str, price: float) -> None:
        self.account.set_price(symbol_id, price, self.now_ms())
        self._market_moved(symbol_id)
        self._publish_account_changes()

    def set_futures_price(self, symbol_id: str, price: float,
                          mark: float | None = None) -> None:
        """The perpetual trades at `price` and its mark moves to `mark` (`price` if None):
        orders fill, positions are marked (and liquidated) and `@markPrice` streams tell it."""
        now = self.now_ms()
        self.futures.set_mark(symbol_id, price if mark is None else mark, now)
        self.futures.set_price(symbol_id, price, now)
        name = symbol_id.lower() + "@markprice"
        event = self.futures.mark_price_event(symbol_id, now)
        self.ws.broadcast(lambda c: [event] if c.kind == "futures" and any(
            s.lower().startswith(name) for s in c.streams) else [])

    def print_trade(self, symbol_id: str, price: float, amount: float,
                    buyer_maker: bool = False) -> None:
        """Somebody else trades `amount` at `price`: the price moves there and the print goes to
        the public tape (`<symbol>@trade`, /api/v3/aggTrades)."""
        self.set_price(symbol_id, price)
        self._print(symbol_id, price, amount, buyer_maker)

    def delist(self, symbol_id: str) -> None:
        """`symbol_id` leaves exchangeInfo and every request about it answers -1121."""
        self.account.delist(symbol_id)
        self.specs = tuple(s for s in self.specs if s.symbol_id != symbol_id)
        self._publish_account_changes()

    def trade_elsewhere(self, symbol_id: str, count: int, amount: str) -> None:
        """`count` market orders on the account by someone else (the exchange's website, another
        program), buying and selling in turn: each fills at once."""
        for _ in range(count):
            self._elsewhere += 1
            side = "BUY" if self._elsewhere % 2 else "SELL"
            self.account.new_order({"symbol": symbol_id, "side": side, "type": "MARKET",
                                    "quantity": amount,
                                    "newClientOrderId": f"web_{self._elsewhere}"}, self.now_ms())
        self._publish_account_changes()

    async def drop_websockets(self) -> None:
        """Close every stream connection, as an exchange does at maintenance or after 24 h."""
        await self.ws.close_all()

    # -- WebSocket streams -----------------------------------------------------------------

    def _market_moved(self, symbol_id: str) -> None:
        now = self.now_ms()
        diff = self.market.book_changed(symbol_id, now)

        def messages(connection: Connection) -> list[dict]:
            out = []
            for name in connection.streams:
                stream = parse_stream(name)
                if stream.symbol_id != symbol_id:
                    continue
                if stream.kind == "ticker":
                    out.append(self._ticker_event(symbol_id))
                elif stream.kind == "diff_depth" and diff is not None:
                    out.append(diff)
                elif stream.kind == "partial_depth" and diff is not None:
                    out.append(self.market.snapshot(symbol_id, stream.levels))
            return out

        self.ws.broadcast(messages)

    def _print(self, symbol_id: str, price: float, amount: float, buyer_maker: bool) -> None:
        event = self.market.record_trade(symbol_id, price, amount, buyer_maker, self.now_ms())
        name = f"{symbol_id.lower()}@trade"
        self.ws.broadcast(lambda c: [event] if name in c.streams else [])

    def _publish_account_changes(self) -> None:
        events, fills = self.user.changes(self.now_ms())
        shaped, close = self.user.faults.shape(events)
        if close:  # the connection drops in the middle of telling a fill
            self._later(self._close_user_sockets())
        for event in shaped:
            self.ws.broadcast(lambda c, e=event: self._user_message(c, e))
        for fill in fills:  # our executions are prints on the public tape too
            spec = self.account.spec_of(fill.symbol)
            self._print(spec.symbol_id, fill.price, fill.amount,
                        buyer_maker=(fill.side.value == "buy") == fill.maker)

    @staticmethod
    def _user_message(connection: Connection, event: dict | str) -> list:
        if connection.kind == "user":
            return [event]
        if connection.kind == "api" and connection.user_subscription is not None:
            if isinstance(event, str):
                return [event]
            return [UserStream.ws_api_event(connection.user_subscription, event)]
        return []

    def _user_sockets(self) -> list[Connection]:
        return [c for c in self.ws.connections
                if c.kind == "user" or (c.kind == "api" and c.user_subscription is not None)]

    async def _close_user_sockets(self) -> None:
        for connection in self._user_sockets():
            await connection.socket.close()

    def end_order(self, client_id: str, status: OrderStatus) -> None:
        """An acknowledged order ends without a fill or a cancel by us (see Account.end)."""
        self.account.end(client_id, status)
        self._publish_account_changes()

    def expire_user_streams(self) -> None:
        """Every user data stream ends, as when a listen key expires (Binance sends
        `listenKeyExpired` and the key is gone) or a WebSocket API session is terminated
        (`eventStreamTerminated`, the connection stays open but tells nothing more)."""
        now = self.now_ms()
        for connection in self._user_sockets():
            if connection.kind == "user":
                key = connection.path.rsplit("/", 1)[-1]
                connection.send({"e": "listenKeyExpired", "E": now, "listenKey": key})
                self.user.listen_keys.discard(key)
                connection.send(CLOSE)
            else:
                connection.send(UserStream.ws_api_event(
                    connection.user_subscription, {"e": "eventStreamTerminated", "E": now}))
                connection.user_subscription = None

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["stream"]
        kind = "user" if name in self.user.listen_keys else "market"
        return await self.ws.serve(request, kind, self._on_stream_command)

    async def _on_stream_command(self, connection: Connection, command: dict) -> None:
        """Binance's SUBSCRIBE / UNSUBSCRIBE over /ws."""
        method, names = command.get("method"), list(command.get("params") or [])
        self.log.add(RequestRecord(self.now_ms(), "WS", connection.path,
                                   {"method": str(method), "params": ",".join(names)}))
        if method == "SUBSCRIBE":
            connection.streams.update(names)
        elif method == "UNSUBSCRIBE":
            connection.streams.difference_update(names)
        connection.send({"result": None, "id": command.get("id")})
        for name in names if method == "SUBSCRIBE" else []:
            stream = parse_stream(name)
            if stream.symbol_id not in self.account.specs:
                continue
            if stream.kind == "ticker":
                connection.send(self._ticker_event(stream.symbol_id))
            elif stream.kind == "partial_depth":
                connection.send(self.market.snapshot(stream.symbol_id, stream.levels))

    async def _futures_websocket(self, request: web.Request) -> web.StreamResponse:
        """USDⓈ-M market streams (fstream.binance.com/ws): `<symbol>@markPrice[@1s]`."""
        return await self.ws.serve(request, "futures", self._on_futures_command)

    async def _on_futures_command(self, connection: Connection, command: dict) -> None:
        method, names = command.get("method"), list(command.get("params") or [])
        self.log.add(RequestRecord(self.now_ms(), "WS", connection.path,
                                   {"method": str(method), "params": ",".join(names)}))
        if method == "SUBSCRIBE":
            connection.streams.update(names)
        elif method == "UNSUBSCRIBE":
            connection.streams.difference_update(names)
        connection.send({"result": None, "id": command.get("id")})
        for name in names if method == "SUBSCRIBE" else []:
            symbol_id, _, kind = name.partition("@")
            if kind in ("markPrice", "markPrice@1s") and symbol_id.upper() in self.futures.specs:
                connection.send(self.futures.mark_price_event(symbol_id.upper(), self.now_ms()))

    async def _ws_api(self, request: web.Request) -> web.StreamResponse:
        return await self.ws.serve(request, "api", self._on_ws_api_request)

    async def _on_ws_api_request(self, connection: Connection, request: dict) -> None:
        method = str(request.get("method"))
        self.log.add(RequestRecord(self.now_ms(), "WS", "/ws-api/v3", {"method": method}))
        answer = self.user.ws_api_request(request, self.keys, self.now_ms())
        if method == "userDataStream.subscribe.signature" and answer["status"] == 200:
            connection.user_subscription = answer["result"]["subscriptionId"]
        elif method == "userDataStream.unsubscribe":
            connection.user_subscription = None
        connection.send(answer)

    def _ticker_event(self, symbol_id: str) -> dict:
        t = self._ticker({"symbol": symbol_id})
        return {"e": "24hrTicker", "E": self.now_ms(), "s": t["symbol"], "p": t["priceChange"],
                "P": t["priceChangePercent"], "w": t["weightedAvgPrice"],
                "x": t["prevClosePrice"], "c": t["lastPrice"], "Q": t["lastQty"],
                "b": t["bidPrice"], "B": t["bidQty"], "a": t["askPrice"], "A": t["askQty"],
                "o": t["openPrice"], "h": t["highPrice"], "l": t["lowPrice"], "v": t["volume"],
                "q": t["quoteVolume"], "O": t["openTime"], "C": t["closeTime"],
                "F": t["firstId"], "L": t["lastId"], "n": t["count"]}

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/ws/{stream}", self._websocket)
        app.router.add_get("/fws/{stream}", self._futures_websocket)
        app.router.add_get("/ws-api/v3", self._ws_api)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for task in list(self._background):
            task.cancel()
        await self.ws.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- plumbing --------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler) -> web.StreamResponse:
        raw_body = await request.text() if request.can_read_body else ""
        params = dict(request.query)
        if raw_body and request.content_type == "application/x-www-form-urlencoded":
            params.update(dict((await request.post()).items()))
        record = self.log.add(RequestRecord(self.now_ms(), request.method, request.path, params))
        request[RAW_BODY], request[PARAMS] = raw_body, params
        try:
            response = await self._answer(request, handler, record)
        except _Dropped:
            return web.Response(status=499)  # never reaches the client: the socket is gone
        record.status, record.answered_ms = response.status, self.now_ms()
        return response

    async def _answer(self, request: web.Request, handler, record: RequestRecord):
        now = self.now_ms()
        if now < self.banned_until_ms:
            return self._ban_response(self.banned_until_ms, retry_after_s=None)
        fault = self.faults.take(request.path, request.method)
        if fault is not None:
            record.fault = fault.kind
            early = self._early_fault(fault, now)
            if early is not None:
                return early
            if fault.kind == "drop":
                self._drop(request)
            if fault.kind == "late":
                self._later(self._run_late(request, handler, record, fault.delay_s))
                self._drop(request)
        response = await self._run(request, handler)
        if fault is not None and fault.kind == "accept_then_drop":
            self._drop(request)
        if fault is not None and fault.kind == "malformed":
            text = response.text or ""
            return web.Response(status=200, text=text[:max(1, len(text) // 2)],
                                content_type="application/json")
        if fault is not None and fault.kind == "slow":
            await asyncio.sleep(fault.delay_s)
        return response

    def _early_fault(self, fault: Fault, now: int) -> web.Response | None:
        if fault.kind == "429":
            headers = {"Retry-After": str(fault.retry_after_s or 1)}
            return _error(429, -1003, "Too many requests; current limit of IP is 6000 requests "
                                      "per 1 MINUTE.", headers)
        if fault.kind == "418":
            if fault.banned_until_ms is not None:
                self.banned_until_ms = fault.banned_until_ms
                return self._ban_response(fault.banned_until_ms, retry_after_s=None,
                                          header=False)
            seconds = fault.retry_after_s or 1
            self.banned_until_ms = now + seconds * 1000
            return self._ban_response(self.banned_until_ms, retry_after_s=seconds)
        if fault.kind == "502":  # the gateway answers, not Binance: HTML, no JSON code
            return web.Response(status=502, text="<html><body><h1>502 Bad Gateway</h1></body>"
                                "</html>", content_type="text/html")
        if fault.kind in ("500", "503"):
            code, msg = _STATUS_TEXT[int(fault.kind)]
            return _error(int(fault.kind), code, msg)
        if fault.kind == "error":
            return _error(fault.status, fault.code, fault.msg)
        return None

    def _ban_response(self, until_ms: int, retry_after_s: int | None,
                      header: bool = True) -> web.Response:
        remaining = max(1, -(-(until_ms - self.now_ms()) // 1000))
        headers = {"Retry-After": str(retry_after_s or remaining)} if header else {}
        return _error(418, -1003, f"Way too much request weight used; IP banned until "
                                  f"{until_ms}. Please use WebSocket Streams for live updates to "
                                  "avoid bans.", headers)

    def _later(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _run_late(self, request: web.Request, handler, record: RequestRecord,
                        delay_s: float) -> None:
        """The request as the exchange processes it `delay_s` late (its signature and window
        are checked then, by the server's clock then)."""
        await asyncio.sleep(delay_s)
        response = await self._run(request, handler)
        record.extra["late_status"] = response.status
        record.extra["processed_ms"] = self.now_ms()

    @staticmethod
    def _drop(request: web.Request) -> None:
        transport = request.transport
        if transport is not None:
            transport.abort()
        raise _Dropped

    async def _run(self, request: web.Request, handler) -> web.Response:
        try:
            if request.path in SIGNED:
                check_signed(request.headers.get("X-MBX-APIKEY"), request.rel_url.raw_query_string,
                             request[RAW_BODY], request[PARAMS], self.keys, self.now_ms())
            return await handler(request)
        except BinanceError as err:
            return _error(err.status, err.code, err.msg)

    async def _dispatch(self, request: web.Request) -> web.Response:
        route = _ROUTES.get((request.method, request.path))
        if request.path == "/api/v3/userDataStream" and request.method == "POST":
            return web.json_response(
                self.user.new_listen_key(request.headers.get("X-MBX-APIKEY"), self.keys))
        if route is None:
            raise BinanceError(404, -1, f"Unknown endpoint {request.method} {request.path}")
        answer = route(self, request[PARAMS])
        if request.method in ("POST", "DELETE"):
            self._publish_account_changes()  # the user data stream tells what changed
        return web.json_response(answer)

    # -- endpoints -------------------------------------------------------------------------

    def _ping(self, params: dict) -> dict:
        return {}

    def _time(self, params: dict) -> dict:
        return {"serverTime": self.now_ms()}

    def _exchange_info(self, params: dict) -> dict:
        return {"timezone": "UTC", "serverTime": self.now_ms(), "rateLimits": [],
                "exchangeFilters": [], "symbols": [_symbol_json(s) for s in self.specs]}

    def _klines(self, params: dict, account: Account | None = None,
                prices: PricePath | None = None) -> list:
        spec = (account or self.account).spec(params.get("symbol"))
        interval = params.get("interval", "")
        try:
            rows = (prices or self.prices).candles(spec.symbol_id, interval)
        except ValueError:
            raise BinanceError(400, -1120, "Invalid interval.") from None
        limit = min(int(params.get("limit", KLINES_DEFAULT)), KLINES_MAX)
        ts = rows[:, 0]
        mask = ts <= self.now_ms()
        if "startTime" in params:
            mask &= ts >= int(params["startTime"])
        if "endTime" in params:
            mask &= ts <= int(params["endTime"])
        picked = rows[mask]
        picked = picked[:limit] if "startTime" in params else picked[-limit:]
        step = int(rows[1, 0] - rows[0, 0])
        return [
            [int(r[0]), fmt(r[1], spec.tick), fmt(r[2], spec.tick), fmt(r[3], spec.tick),
             fmt(r[4], spec.tick), fmt(r[5]), int(r[0]) + step - 1, fmt(r[5] * r[4]), 100,
             fmt(r[5] / 2), fmt(r[5] * r[4] / 2), "0"]
            for r in picked
        ]

    def _ticker(self, params: dict, account: Account | None = None,
                prices: PricePath | None = None) -> dict:
        account = account or self.account
        spec = account.spec(params.get("symbol"))
        now = self.now_ms()
        last = account.price(spec.symbol_id)
        day = (prices or self.prices).candles(spec.symbol_id, "1h")[-24:]
        open_ = float(day[0, 1])
        book = account.book(spec.symbol_id, now, 1)
        volume = float(day[:, 5].sum())
        return {
            "symbol": spec.symbol_id, "priceChange": fmt(last - open_, spec.tick),
            "priceChangePercent": f"{(last / open_ - 1) * 100:.3f}",
            "weightedAvgPrice": fmt(last, spec.tick), "prevClosePrice": fmt(open_, spec.tick),
            "lastPrice": fmt(last, spec.tick), "lastQty": "0.01000000",
            "bidPrice": fmt(book.bids[0][0], spec.tick), "bidQty": fmt(book.bids[0][1]),
            "askPrice": fmt(book.asks[0][0], spec.tick), "askQty": fmt(book.asks[0][1]),
            "openPrice": fmt(open_, spec.tick), "highPrice": fmt(float(day[:, 2].max()), spec.tick),
            "lowPrice": fmt(float(day[:, 3].min()), spec.tick), "volume": fmt(volume),
            "quoteVolume": fmt(volume * last), "openTime": now - 86_400_000, "closeTime": now,
            "firstId": 1, "lastId": 100, "count": 100,
        }

    def _depth(self, params: dict) -> dict:
        spec = self.account.spec(params.get("symbol"))
        limit = int(params.get("limit", 100))
        if limit > 5000:
            raise BinanceError(400, -1100, "Illegal characters found in parameter 'limit'.")
        return self.market.snapshot(spec.symbol_id, limit)

    def _agg_trades(self, params: dict) -> list:
        spec = self.account.spec(params.get("symbol"))
        return self.market.agg_trades(spec.symbol_id, min(int(params.get("limit", 500)), 1000))

    def _keep_alive_listen_key(self, params: dict) -> dict:
        return self.user.keep_alive(params)

    def _close_listen_key(self, params: dict) -> dict:
        return self.user.close_listen_key(params)

    def _account(self, params: dict) -> dict:
        return self.account.account_json(self.now_ms())

    def _new_order(self, params: dict) -> dict:
        return self.account.new_order(params, self.now_ms())

    def _query_order(self, params: dict) -> dict:
        return self.account.order_json(self.account.find(params, NO_SUCH_ORDER))

    def _cancel_order(self, params: dict) -> dict:
        return self.account.cancel(params)

    def _open_orders(self, params: dict) -> list:
        return self.account.open_orders(params.get("symbol"))

    def _my_trades(self, params: dict) -> list:
        return self.account.my_trades(params)


_ROUTES = {
    ("GET", "/api/v3/ping"): BinanceTestServer._ping,
    ("GET", "/api/v3/time"): BinanceTestServer._time,
    ("GET", "/api/v3/exchangeInfo"): BinanceTestServer._exchange_info,
    ("GET", "/api/v3/klines"): BinanceTestServer._klines,
    ("GET", "/api/v3/ticker/24hr"): BinanceTestServer._ticker,
    ("GET", "/api/v3/depth"): BinanceTestServer._depth,
    ("GET", "/api/v3/account"): BinanceTestServer._account,
    ("POST", "/api/v3/order"): BinanceTestServer._new_order,
    ("GET", "/api/v3/order"): BinanceTestServer._query_order,
    ("DELETE", "/api/v3/order"): BinanceTestServer._cancel_order,
    ("GET", "/api/v3/openOrders"): BinanceTestServer._open_orders,
    ("GET", "/api/v3/myTrades"): BinanceTestServer._my_trades,
    ("GET", "/api/v3/aggTrades"): BinanceTestServer._agg_trades,
    ("PUT", "/api/v3/userDataStream"): BinanceTestServer._keep_alive_listen_key,
    ("DELETE", "/api/v3/userDataStream"): BinanceTestServer._close_listen_key,
    **{key: getattr(BinanceTestServer, name) for key, name in FAPI_ROUTES.items()},
}


def _error(status: int, code: int, msg: str, headers: dict | None = None) -> web.Response:
    return web.json_response({"code": code, "msg": msg}, status=status, headers=headers)


def _symbol_json(spec: SymbolSpec) -> dict:
    return {
        "symbol": spec.symbol_id, "status": "TRADING", "baseAsset": spec.base,
        "baseAssetPrecision": 8, "quoteAsset": spec.quote, "quotePrecision": 8,
        "quoteAssetPrecision": 8, "baseCommissionPrecision": 8, "quoteCommissionPrecision": 8,
        "orderTypes": ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT",
                       "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"],
        "icebergAllowed": True, "ocoAllowed": True, "otoAllowed": True,
        "quoteOrderQtyMarketAllowed": True, "allowTrailingStop": True, "cancelReplaceAllowed": True,
        "isSpotTradingAllowed": True, "isMarginTradingAllowed": False,
        "filters": [
            {"filterType": "PRICE_FILTER", "minPrice": spec.tick, "maxPrice": "1000000.00000000",
             "tickSize": spec.tick},
            {"filterType": "LOT_SIZE", "minQty": spec.min_qty, "maxQty": "9000.00000000",
             "stepSize": spec.step},
            {"filterType": "NOTIONAL", "minNotional": spec.min_notional,
             "applyMinToMarket": True, "maxNotional": "9000000.00000000",
             "applyMaxToMarket": False, "avgPriceMins": 5},
        ],
        "permissions": [], "permissionSets": [["SPOT"]], "defaultSelfTradePreventionMode": "NONE",
        "allowedSelfTradePreventionModes": ["NONE"],
    }


@asynccontextmanager
async def running_server(**kwargs) -> AsyncIterator[BinanceTestServer]:
    server = BinanceTestServer(**kwargs)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
