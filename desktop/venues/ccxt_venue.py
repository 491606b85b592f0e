"""`CcxtVenue`: the Venue protocol for any exchange ccxt supports, through `ccxt.async_support`.

The project reaches ccxt through this class (only desktop/venues imports ccxt); its jobs live in
mixins: market data (ccxt_market_data.py), order calls (ccxt_order_calls.py), account calls
(ccxt_account.py) and derivatives calls (ccxt_derivatives.py: positions, margin, leverage,
margin mode, mark price and funding; Binance USDⓈ-M is `exchange_id="binanceusdm"`). Every
request goes through `Resilience` (ban gate, rate-limit pause, circuit breaker, retries for
idempotent calls) on top of ccxt's own rate limiter (`enableRateLimit`).
Results are desktop.core records; errors are desktop.core errors with a sentence
(ccxt_errors.py, ccxt_sentences.py).

Orders are never sent twice blindly: see ccxt_order_calls.py.

Streams are REST polls (`poll_interval_s`) unless `websocket=True` and the exchange has the
ccxt.pro method (`has['watchTicker']`, `watchOrderBook`, `watchTrades`, `watchOrders`,
`watchMyTrades`): then they are pushed over its WebSocket, reconnect with backoff and fall back to
polling if the socket keeps failing (ccxt_streams.py). `capabilities.extra['stream_transport']`
says which stream is pushed and which polled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import ccxt
import ccxt.async_support as ccxt_async
import ccxt.pro as ccxt_pro

from desktop.core import Event, Market, Order, OrderType, TimeInForce, VenueError
from desktop.core.messages import marker
from desktop.log_redaction import RedactingFilter, register_secret
from desktop.venues import ccxt_streams as streams
from desktop.venues.base import Stream, VenueCapabilities
from desktop.venues.ccxt_account import CcxtAccount
from desktop.venues.ccxt_derivatives import CcxtDerivatives
from desktop.venues.ccxt_errors import ClockSkew, translate
from desktop.venues.ccxt_market_data import CcxtMarketData
from desktop.venues.ccxt_order_calls import CcxtOrderCalls
from desktop.venues.ccxt_profiles import max_ohlcv_page, options_for
from desktop.venues.ccxt_send_window import DEFAULT_VALIDITY_MS, TIMESTAMP_SIGNED, SendWindow
from desktop.venues.resilience import (
    MARKETS_TTL_S,
    CircuitBreaker,
    ClockOffset,
    MarketsCache,
    Resilience,
    RetryPolicy,
    wall_ms,
)

_t = marker("ExchangeErrors")

log = logging.getLogger(__name__)
T = TypeVar("T")
CLOCK_RESYNC_S = 3600.0


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


class CcxtVenue(CcxtMarketData, CcxtOrderCalls, CcxtAccount, CcxtDerivatives):
    def __init__(self, config: CcxtVenueConfig,
                 publish: Callable[[Event], None] | None = None) -> None:
        self.config = config
        exchange_class = getattr(ccxt_pro if config.websocket else ccxt_async,
                                 config.exchange_id, None)
        if exchange_class is None:
            raise VenueError(_t("ccxt does not know the exchange {exchange_id!r}",
                                exchange_id=config.exchange_id))
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
                raise VenueError(_t("{exchange} has no sandbox/testnet in ccxt",
                                    exchange=self._exchange.name))
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
        # symbol -> (amount, ms the position was opened) at the last position sync
        self._position_opened: dict[str, tuple[float, int]] = {}
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

    async def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        await self._exchange.close()

    # -- requests --------------------------------------------------------------------------

    async def _request(self, fn: Callable[[], Awaitable[T]], *, idempotent: bool = True,
                       placing_order: bool = False) -> T:
        if self._closed.is_set():
            raise VenueError(_t("The {name} connection is closed", name=self._name), self._name)

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
            raise VenueError(_t("No API key for {exchange}: add one in Settings > Exchanges "
                                "to trade or see balances",
                                exchange=self._exchange.name), self._name)
        await self.load_markets()
        if wall_ms() - self._clock.measured_at_ms > CLOCK_RESYNC_S * 1000:
            await self._resilience.call(self._sync_clock, idempotent=True)

    async def _sync_clock(self) -> int:
        await self._resilience.gate.wait(self._name, self._exchange.name)
        offset = await self._clock.measure(lambda: self._send(self._exchange.fetch_time))
        # ccxt signs with nonce() == local ms - timeDifference: make that the exchange's clock.
        self._exchange.options["timeDifference"] = -offset
        return offset

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

