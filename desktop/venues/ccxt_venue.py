"""`CcxtVenue`: the Venue protocol for any exchange ccxt supports, through `ccxt.async_support`.

The only module of the project that imports ccxt. Every request goes through `Resilience`
(ban gate, rate-limit pause, circuit breaker, retries for idempotent calls) on top of ccxt's own
rate limiter (`enableRateLimit`). Results are desktop.core records; errors are desktop.core
errors with a sentence (ccxt_errors.py, ccxt_sentences.py).

Orders are never sent twice blindly. When `create_order` fails in transit (timeout, dropped
connection, 5xx) the venue asks the exchange for the order by its client order id: found, it is
returned; not found, it may still arrive while its signed request is valid (ccxt_send_window.py):
`OrderNotPlaced` only after two lookups, the last once that window has passed, else
`OrderOutcomeUnknown` (the order manager keeps it pending and reconciliation finishes the check).
Every signing of an order request is told to `on_signing(client_id, deadline_ms)` first, so the
journal knows until when a request of it could still arrive.

Streams are REST polls (`poll_interval_s`) unless `websocket=True` and the exchange has the
ccxt.pro method (`has['watchTicker']`, `watchOrderBook`, `watchTrades`, `watchOrders`,
`watchMyTrades`): then they are pushed over its WebSocket, reconnect with backoff and fall back to
polling if the socket keeps failing (ccxt_streams.py). `capabilities.extra['stream_transport']`
says which stream is pushed and which polled.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

import ccxt
import ccxt.async_support as ccxt_async
import ccxt.pro as ccxt_pro

from desktop.core import (
    Balance,
    Candles,
    Event,
    ExchangeBanned,
    ExchangeUnavailable,
    Fill,
    InsufficientFunds,
    InvalidOrder,
    Market,
    NetworkError,
    Order,
    OrderBook,
    OrderNotFound,
    OrderRequest,
    OrderType,
    RateLimited,
    Tick,
    TimeInForce,
    VenueError,
    timeframe_ms,
)
from desktop.log_redaction import RedactingFilter, register_secret
from desktop.venues import ccxt_parsing as parse
from desktop.venues import ccxt_streams as streams
from desktop.venues.base import Stream, Trade, VenueCapabilities
from desktop.venues.ccxt_errors import (
    ClockSkew,
    ExchangeReply,
    RequestRefused,
    lookup_refused,
    translate,
)
from desktop.venues.ccxt_orders import ccxt_order_args
from desktop.venues.ccxt_pages import my_trades_pages
from desktop.venues.ccxt_polling import poll_changes, poll_fills, poll_orders
from desktop.venues.ccxt_profiles import (
    MY_TRADES_PAGE,
    TRADE_ID_PAGES,
    max_ohlcv_page,
    options_for,
)
from desktop.venues.ccxt_send_window import DEFAULT_VALIDITY_MS, TIMESTAMP_SIGNED, SendWindow
from desktop.venues.ccxt_sentences import (
    insufficient_funds_sentence,
    limit_violation,
    precision_violation,
)
from desktop.venues.resilience import (
    MARKETS_TTL_S,
    CircuitBreaker,
    CircuitOpen,
    ClockOffset,
    MarketsCache,
    Resilience,
    RetryPolicy,
    wall_ms,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
CLOCK_RESYNC_S = 3600.0
_MAX_RANGE_PAGES = 10_000  # a bound on fetch_ohlcv_range's loop, far above any real history
_PRECISION_MODES = {
    ccxt.TICK_SIZE: parse.PrecisionMode.TICK_SIZE,
    ccxt.DECIMAL_PLACES: parse.PrecisionMode.DECIMAL_PLACES,
    ccxt.SIGNIFICANT_DIGITS: parse.PrecisionMode.SIGNIFICANT_DIGITS,
}
_TRANSIT_FAILURES = (NetworkError, ExchangeUnavailable)  # the order's fate is unknown
_NOT_SENT = (CircuitOpen, ExchangeBanned, RateLimited, ClockSkew)  # refused before or at the door


@dataclass(slots=True, frozen=True)
class CcxtCredentials:
    api_key: str = field(default="", repr=False)
    secret: str = field(default="", repr=False)
    password: str = field(default="", repr=False)  # "passphrase" on OKX, KuCoin, ...


@dataclass(slots=True)
class CcxtVenueConfig:
    exchange_id: str  # ccxt id: "binance", "kraken", ...
    credentials: CcxtCredentials = field(default_factory=CcxtCredentials)
    sandbox: bool = False  # the exchange's testnet (ccxt set_sandbox_mode)
    api_urls: dict[str, str] = field(default_factory=dict)  # overrides of urls['api'][key]
    ws_urls: dict[str, str] = field(default_factory=dict)  # overrides of urls['api']['ws'][key]
    websocket: bool = False  # ccxt.pro streams where the exchange offers them
    name: str = ""  # shown to the user; the exchange id when empty
    account: str = ""
    cache_dir: Path | None = None  # markets cached here as JSON for `markets_ttl_s`
    markets_ttl_s: float = MARKETS_TTL_S
    poll_interval_s: float = 2.0
    timeout_s: float = 10.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    breaker_threshold: int = 5
    breaker_cooldown_s: float = 30.0
    options: dict = field(default_factory=dict)  # merged over ccxt_profiles' options
    ccxt_config: dict = field(default_factory=dict)  # e.g. {"rateLimit": 50}
    send_margin_s: float = 2.0  # added to an order request's validity window (see SendWindow)
    settle_wait_s: float = 3.0  # create_order waits at most this for that window to pass


class CcxtVenue:
    def __init__(self, config: CcxtVenueConfig,
                 publish: Callable[[Event], None] | None = None) -> None:
        self.config = config
        exchange_class = getattr(ccxt_pro if config.websocket else ccxt_async,
                                 config.exchange_id, None)
        if exchange_class is None:
            raise VenueError(f"ccxt does not know the exchange {config.exchange_id!r}")
        creds = config.credentials
        for secret in (creds.api_key, creds.secret, creds.password):
            register_secret(secret)
        settings = {
            "enableRateLimit": True,
            "timeout": int(config.timeout_s * 1000),
            "options": {**options_for(config.exchange_id), **config.options},
            **config.ccxt_config,
        }
        if creds.api_key:
            settings.update(apiKey=creds.api_key, secret=creds.secret)
        if creds.password:
            settings["password"] = creds.password
        self._exchange = exchange_class(settings)
        self._exchange.parse_json = self._parse_json_strictly
        self._guard_logs()
        if config.sandbox:
            if not self._exchange.urls.get("test"):
                raise VenueError(f"{self._exchange.name} has no sandbox/testnet in ccxt")
            self._exchange.set_sandbox_mode(True)
        for key, url in config.api_urls.items():
            self._exchange.urls["api"][key] = url
        for key, url in config.ws_urls.items():
            # "ws-api.spot": a nested entry (Binance's WebSocket API urls are a dict per market)
            *parents, leaf = key.split(".")
            target = self._exchange.urls["api"]["ws"]
            for parent in parents:
                target = target.setdefault(parent, {})
            target[leaf] = url
        self._name = config.name or config.exchange_id
        self._clock = ClockOffset()
        # Ban and Retry-After deadlines are in the exchange's time: judge them by its clock.
        self._resilience = Resilience(
            self._name, self._exchange.name, config.retry,
            CircuitBreaker(config.breaker_threshold, config.breaker_cooldown_s), publish,
            clock_ms=self._clock.exchange_now_ms)
        suffix = "-sandbox" if config.sandbox else ""
        self._cache = MarketsCache(f"{config.exchange_id}{suffix}", config.cache_dir,
                                   config.markets_ttl_s)
        self._markets: dict[str, Market] = {}
        self._markets_loaded_ms = 0
        self._orders: dict[str, Order] = {}  # every order this venue has seen, by id
        self._closed = asyncio.Event()
        #: Told (client order id, local ms until which the request may be accepted) before
        #: every signing of an order request; the order manager journals it.
        self.on_signing: Callable[[str, int], None] | None = None
        self._streams = streams.StreamSupervisor(self._name, config.retry, publish, self._closed,
                                                 config.poll_interval_s, self._sockets_up)

    # -- identity --------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._name

    @property
    def exchange(self) -> ccxt_async.Exchange:
        """The ccxt client (for diagnostics; requests should go through the venue)."""
        return self._exchange

    @property
    def resilience(self) -> Resilience:
        return self._resilience

    @property
    def clock_offset_ms(self) -> int:
        return self._clock.offset_ms

    @property
    def send_window(self) -> SendWindow:
        recv = self._exchange.options.get("recvWindow") \
            if self.config.exchange_id in TIMESTAMP_SIGNED else None
        return SendWindow(int(recv or DEFAULT_VALIDITY_MS), int(self.config.send_margin_s * 1000),
                          int(self.config.settle_wait_s * 1000))

    def send_grace_ms(self) -> int:
        """How long after signing an order request may still be accepted (local clock)."""
        return self.send_window.grace_ms(self._clock.offset_ms)

    @property
    def capabilities(self) -> VenueCapabilities:
        has = self._exchange.has
        native = {OrderType.MARKET, OrderType.LIMIT}
        if has.get("createStopLimitOrder") or has.get("createTriggerOrder"):
            native.add(OrderType.STOP_LIMIT)
        if has.get("createStopMarketOrder") or has.get("createTriggerOrder"):
            native.add(OrderType.STOP_MARKET)
        if has.get("createTakeProfitOrder"):
            native.add(OrderType.TAKE_PROFIT)
        return VenueCapabilities(
            venue=self._name,
            native_order_types=frozenset(native),
            time_in_force=frozenset(TimeInForce),
            streams=frozenset(self._stream_transport()),
            sandbox=bool(self._exchange.urls.get("test")),
            max_ohlcv_page=max_ohlcv_page(self.config.exchange_id),
            timeframes=tuple(self._exchange.timeframes or ()),
            fetch_order_by_client_id=True,
            extra={"ticker_stream_by": self._stream_transport()[Stream.TICKER],
                   "stream_transport": {str(k): v for k, v in self._stream_transport().items()},
                   "poll_interval_s": self.config.poll_interval_s},
        )

    _WATCH_FEATURES = {Stream.TICKER: "watchTicker", Stream.ORDER_BOOK: "watchOrderBook",
                       Stream.TRADES: "watchTrades", Stream.ORDERS: "watchOrders",
                       Stream.MY_TRADES: "watchMyTrades"}

    def _stream_transport(self) -> dict[Stream, str]:
        """Each stream this venue offers: "websocket" (pushed) or "rest-polling"."""
        result = {}
        for stream, feature in self._WATCH_FEATURES.items():
            if self._websocket(feature):
                result[stream] = "websocket"
            elif stream is not Stream.TRADES or self._exchange.has.get("fetchTrades"):
                result[stream] = "rest-polling"
        return result

    # -- market data -----------------------------------------------------------------------

    async def load_markets(self, reload: bool = False) -> list[Market]:
        fresh = wall_ms() - self._markets_loaded_ms < self.config.markets_ttl_s * 1000
        if self._markets and fresh and not reload:
            return list(self._markets.values())
        payload = None if reload else self._cache.get()
        if isinstance(payload, list) and payload:
            self._exchange.set_markets(payload)
        else:
            loaded = await self._request(lambda: self._exchange.load_markets(reload=True))
            payload = list(loaded.values())
            self._cache.put(payload)
        mode = _PRECISION_MODES.get(self._exchange.precisionMode,
                                    parse.PrecisionMode.TICK_SIZE)
        self._markets = {raw["symbol"]: parse.market_from_ccxt(raw, mode, self._name)
                         for raw in payload}
        self._markets_loaded_ms = wall_ms()
        return list(self._markets.values())

    async def market(self, symbol: str) -> Market:
        await self.load_markets()
        market = self._markets.get(symbol)
        if market is None:
            raise RequestRefused(f"{symbol} is not a market on {self._exchange.name}",
                                 self._name)
        return market

    async def fetch_ohlcv(self, symbol: str, timeframe: str, since_ms: int | None = None,
                          until_ms: int | None = None, limit: int | None = None) -> Candles:
        await self.market(symbol)
        page = min(limit or self.capabilities.max_ohlcv_page, self.capabilities.max_ohlcv_page)
        params = {"until": until_ms - 1} if until_ms is not None else {}
        rows = await self._request(
            lambda: self._exchange.fetch_ohlcv(symbol, timeframe, since_ms, page, dict(params)))
        step = timeframe_ms(timeframe)
        now = self._clock.exchange_now_ms()
        kept = [row for row in rows
                if (since_ms is None or row[0] >= since_ms)
                and (until_ms is None or row[0] < until_ms)
                and row[0] + step <= now]  # the forming candle is not history yet
        return parse.candles_from_ccxt(kept[:page])

    async def fetch_ohlcv_range(self, symbol: str, timeframe: str, since_ms: int,
                                until_ms: int | None = None) -> Candles:
        """Every closed candle from `since_ms` up to `until_ms` (or now), page after page."""
        step = timeframe_ms(timeframe)
        result = Candles.empty()
        cursor = since_ms
        for _ in range(_MAX_RANGE_PAGES):
            if until_ms is not None and cursor >= until_ms:
                break
            if cursor + step > self._clock.exchange_now_ms():
                break  # only the forming candle is left
            page = await self.fetch_ohlcv(symbol, timeframe, cursor, until_ms)
            if len(page) == 0:
                break
            result = result.concat(page)
            cursor = int(page.ts[-1]) + step
        return result

    async def fetch_ticker(self, symbol: str) -> Tick:
        await self.market(symbol)
        raw = await self._request(lambda: self._exchange.fetch_ticker(symbol))
        return parse.tick_from_ccxt(raw, self._name, self._clock.exchange_now_ms())

    async def fetch_order_book(self, symbol: str, depth: int = 20) -> OrderBook:
        await self.market(symbol)
        raw = await self._request(lambda: self._exchange.fetch_order_book(symbol, depth))
        return parse.book_from_ccxt(raw, symbol, self._name, self._clock.exchange_now_ms(),
                                    depth)

    async def fetch_trades(self, symbol: str) -> list[Trade]:
        """The exchange's latest public prints, oldest first."""
        await self.market(symbol)
        raws = await self._request(lambda: self._exchange.fetch_trades(symbol))
        return [streams.trade_from_ccxt(raw, self._name) for raw in raws]

    def watch_ticker(self, symbol: str) -> AsyncIterator[Tick]:
        def poll() -> AsyncIterator[Tick]:
            return poll_changes(lambda: self.fetch_ticker(symbol),
                                lambda t: (t.last, t.bid, t.ask, t.bid_size, t.ask_size),
                                self.config.poll_interval_s, self._closed)
        watch = streams.watch_ticker(self._exchange, self._send, symbol, self._name,
                                     self._clock.exchange_now_ms)
        return self._stream(f"{symbol} ticker", "watchTicker", watch, poll, symbol,
                            latest_only=True)

    def watch_order_book(self, symbol: str, depth: int = 20) -> AsyncIterator[OrderBook]:
        def poll() -> AsyncIterator[OrderBook]:
            return poll_changes(lambda: self.fetch_order_book(symbol, depth),
                                lambda b: (b.bids, b.asks), self.config.poll_interval_s,
                                self._closed)
        watch = streams.watch_order_book(self._exchange, self._send, symbol, depth, self._name,
                                         self._clock.exchange_now_ms)
        return self._stream(f"{symbol} order book", "watchOrderBook", watch, poll, symbol,
                            latest_only=True)

    def watch_trades(self, symbol: str) -> AsyncIterator[Trade]:
        if Stream.TRADES not in self._stream_transport():
            raise VenueError(f"{self._exchange.name} offers no public trades stream", self._name)
        since = self._clock.exchange_now_ms()

        def poll() -> AsyncIterator[Trade]:
            return streams.poll_trades(lambda: self.fetch_trades(symbol), since,
                                       self.config.poll_interval_s, self._closed)
        watch = streams.watch_trades(self._exchange, self._send, symbol, self._name)
        return self._stream(f"{symbol} trades", "watchTrades", watch, poll, symbol,
                            key=lambda t: t.id)

    def _websocket(self, feature: str) -> bool:
        return self.config.websocket and bool(self._exchange.has.get(feature))

    def _sockets_up(self) -> bool:
        """Every ccxt.pro connection open (a closed one is dropped or not yet dialled again)."""
        clients = list((getattr(self._exchange, "clients", None) or {}).values())
        return bool(clients) and not any(client.closed() for client in clients)

    def _stream(self, label: str, feature: str, watch: streams.Watch,
                poll: Callable[[], AsyncIterator], symbol: str | None, *,
                key: Callable | None = None, supersedes: Callable | None = None,
                latest_only: bool = False) -> AsyncIterator:
        plan = streams.StreamPlan(label, watch if self._websocket(feature) else None, poll, key,
                                  supersedes, latest_only)

        async def run() -> AsyncIterator:
            if symbol is not None:
                await self.market(symbol)  # an unknown symbol fails here, with its sentence
            async for item in self._streams.run(plan):
                yield item
        return run()

    # -- account ---------------------------------------------------------------------------

    async def fetch_balances(self) -> list[Balance]:
        await self._prepare_private()
        raw = await self._request(lambda: self._exchange.fetch_balance())
        return parse.balances_from_ccxt(raw, self._name, self.config.account)

    async def create_order(self, request: OrderRequest) -> Order:
        market = await self.market(request.symbol)
        await self._prepare_private()
        if not self.capabilities.supports_order_type(request.type):
            raise InvalidOrder(f"{self._exchange.name} does not take {request.type.value} "
                               "orders", self._name)
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
            raise OrderNotFound(f"{self._exchange.name} has no {symbol} order {order_id}",
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
                f"{self._exchange.name} has no {symbol} order with client id {client_order_id}",
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

    async def fetch_my_trades(self, symbol: str | None = None,
                              since_ms: int | None = None) -> list[Fill]:
        """Every fill of ours from `since_ms` on (None: from the first), page after page.
        Binance (and others) answer per symbol: without one, every symbol this venue has seen
        an order in is asked."""
        await self._prepare_private()
        symbols = [symbol] if symbol else sorted({o.symbol for o in self.known_orders()})
        fills: list[Fill] = []
        for each in symbols:
            fills.extend(await self._my_trades(each, since_ms))
        return sorted(fills, key=lambda f: (f.ts, f.id))

    async def _my_trades(self, symbol: str, since_ms: int | None) -> list[Fill]:
        def page(since: int | None, limit: int | None, params: dict) -> Awaitable[list[dict]]:
            return self._request(
                lambda: self._exchange.fetch_my_trades(symbol, since, limit, params))
        exchange_id = self.config.exchange_id
        return await my_trades_pages(page, self._fill, MY_TRADES_PAGE.get(exchange_id),
                                     exchange_id in TRADE_ID_PAGES, since_ms)

    def watch_orders(self, symbol: str | None = None) -> AsyncIterator[Order]:
        def poll() -> AsyncIterator[Order]:
            return poll_orders(self, symbol, self.config.poll_interval_s, self._closed)

        def to_order(raw: dict) -> Order:
            return self._remember(parse.order_from_ccxt(raw, self._name, self.config.account))
        watch = streams.watch_orders(self._exchange, self._send, symbol, self._prepare_private,
                                     to_order)
        # Pushed and polled copies of an order overlap around a reconnect: each state once, and
        # never an older one after a newer.
        return self._stream(f"{symbol or 'all'} orders", "watchOrders", watch, poll, symbol,
                            key=lambda o: o.id, supersedes=streams.order_supersedes)

    def watch_my_trades(self, symbol: str | None = None) -> AsyncIterator[Fill]:
        # Executions from the moment of subscribing, even if the first poll comes later.
        since = self._clock.exchange_now_ms()

        def poll() -> AsyncIterator[Fill]:
            return poll_fills(self, symbol, since, self.config.poll_interval_s, self._closed)

        def to_fill(raw: dict) -> Fill:
            fill = self._fill(raw)
            if fill.client_order_id:
                return fill
            return replace(fill, client_order_id=streams.client_id_in(raw))
        watch = streams.watch_my_trades(self._exchange, self._send, symbol,
                                        self._prepare_private, to_fill)
        return self._stream(f"{symbol or 'all'} fills", "watchMyTrades", watch, poll, symbol,
                            key=lambda f: f.id)

    async def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        await self._exchange.close()

    # -- requests --------------------------------------------------------------------------

    async def _request(self, fn: Callable[[], Awaitable[T]], *, idempotent: bool = True,
                       placing_order: bool = False) -> T:
        if self._closed.is_set():
            raise VenueError(f"The {self._name} connection is closed", self._name)

        async def attempt() -> T:
            try:
                return await self._send(fn, placing_order)
            except ClockSkew:
                log.info("%s: clock offset stale, measuring it again", self._name)
                await self._sync_clock()
                return await self._send(fn, placing_order)  # once: the request was refused

        return await self._resilience.call(attempt, idempotent=idempotent)

    async def _send(self, fn: Callable[[], Awaitable[T]], placing_order: bool = False) -> T:
        try:
            return await fn()
        except ccxt.BaseError as err:
            raise translate(
                err, exchange=self._exchange.name, venue=self._name,
                now_ms=self._clock.exchange_now_ms(),
                headers=getattr(self._exchange, "last_response_headers", None),
                timeout_s=self.config.timeout_s, placing_order=placing_order) from err

    async def _prepare_private(self) -> None:
        """Signed requests carry a timestamp the exchange checks: know its clock first. ccxt
        would load markets by itself, bypassing our cache: have them ready."""
        if not self.config.credentials.api_key:
            raise VenueError(f"No API key for {self._exchange.name}: add one in Settings > "
                             "Exchanges to trade or see balances", self._name)
        await self.load_markets()
        if wall_ms() - self._clock.measured_at_ms > CLOCK_RESYNC_S * 1000:
            await self._resilience.call(self._sync_clock, idempotent=True)

    async def _sync_clock(self) -> int:
        await self._resilience.gate.wait(self._name, self._exchange.name)
        offset = await self._clock.measure(lambda: self._send(self._exchange.fetch_time))
        # ccxt signs with nonce() == local ms - timeDifference: make that the exchange's clock.
        self._exchange.options["timeDifference"] = -offset
        return offset

    # -- orders ----------------------------------------------------------------------------

    def known_orders(self) -> list[Order]:
        """Every order this venue created or was told about, last known state."""
        return list(self._orders.values())

    def _remember(self, order: Order) -> Order:
        known = self._orders.get(order.id)
        if not order.client_order_id and known is not None:
            order = replace(order, client_order_id=known.client_order_id)
        self._orders[order.id] = order
        return order

    def _fill(self, raw: dict) -> Fill:
        known = self._orders.get(str(raw.get("order") or ""))
        return parse.fill_from_ccxt(raw, self._name, known.client_order_id if known else "",
                                    self.config.account)

    async def _settle_unknown_outcome(self, request: OrderRequest, client_id: str,
                                      failure: VenueError, deadline_ms: int) -> Order:
        """The request may or may not have reached the exchange: ask it, never resend."""
        log.warning("%s: create_order %s failed in transit (%s); looking it up", self._name,
                    client_id, failure)
        what = f"{request.side.value} {request.amount:g} {request.symbol}"
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

    def _parse_json_strictly(self, http_response: str):
        """ccxt reads an answer cut off in the middle of its JSON as no JSON at all and goes on
        with the text: balances come out empty and an order with no id. Refuse it instead:
        a read is retried, an order's fate is looked up."""
        if not self._exchange.is_json_encoded_object(http_response):
            return None
        try:
            return self._exchange.on_json_response(http_response)
        except ValueError:
            raise ccxt.BadResponse(f"{self._exchange.id} answer cut off or not JSON "
                                   f"({len(http_response)} characters)") from None

    def _guard_logs(self) -> None:
        """ccxt logs request headers (the API key) at DEBUG: keep secrets out of its lines."""
        logger = self._exchange.logger or logging.getLogger("ccxt.base.exchange")
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())
        self._exchange.verbose = False

