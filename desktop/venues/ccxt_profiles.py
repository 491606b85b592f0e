"""What we tell ccxt per exchange, and what ccxt does not tell us (largest candle page).

Binance options, and why:
- `fetchMarkets.types = ['spot']`: the Venue protocol trades spot here; without it ccxt also
  downloads USD-M and COIN-M futures markets (two more endpoints on other hosts).
- `fetchCurrencies = False`: currencies come from /sapi/v1/capital/config/getall, a signed wallet
  endpoint the terminal does not need (and testnets do not offer).
- `fetchMargins = False`: skips the margin-pairs endpoints (sapi) on every markets load.
- `warnOnFetchOpenOrdersWithoutSymbol = False`: our reconciliation asks for all open orders at
  once on purpose (ccxt raises a warning-exception otherwise).
- `watchTickers.name = 'ticker'` (ccxt.pro): the full 24hrTicker stream, which carries best bid
  and ask; ccxt's default miniTicker has neither.

Binance USDⓈ-M (`binanceusdm`, linear perpetuals only: ccxt's own default) shares the
currencies and open-orders options; ccxt asks there `fetchOpenOrders.warnWithoutSymbol`.
"""

from __future__ import annotations

DEFAULT_MAX_OHLCV_PAGE = 500

EXCHANGE_OPTIONS: dict[str, dict] = {
    "binance": {
        "fetchMarkets": {"types": ["spot"]},
        "fetchCurrencies": False,
        "fetchMargins": False,
        "warnOnFetchOpenOrdersWithoutSymbol": False,
        "watchTickers": {"name": "ticker"},
    },
    "binanceusdm": {
        "fetchCurrencies": False,
        "fetchMargins": False,
        "warnOnFetchOpenOrdersWithoutSymbol": False,
        "fetchOpenOrders": {"warnWithoutSymbol": False},
    },
}

MAX_OHLCV_PAGE: dict[str, int] = {
    "binance": 1000,
    "binanceus": 1000,
    "binanceusdm": 1000,
    "bybit": 1000,
    "okx": 300,
    "kraken": 720,
    "coinbase": 300,
    "kucoin": 1500,
    "bitget": 1000,
    "gate": 1000,
}


# The largest page of our own trades (fetchMyTrades `limit`) and the exchanges that page them by
# trade id (`fromId`, trades with that id and later) rather than by time.
MY_TRADES_PAGE: dict[str, int] = {"binance": 1000, "binanceus": 1000, "binanceusdm": 1000}
TRADE_ID_PAGES = frozenset({"binance", "binanceus", "binanceusdm"})


def options_for(exchange_id: str) -> dict:
    return {key: (dict(value) if isinstance(value, dict) else value)
            for key, value in EXCHANGE_OPTIONS.get(exchange_id, {}).items()}


def max_ohlcv_page(exchange_id: str) -> int:
    return MAX_OHLCV_PAGE.get(exchange_id, DEFAULT_MAX_OHLCV_PAGE)
