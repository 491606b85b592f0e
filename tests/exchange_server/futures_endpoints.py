"""The test peer's USDⓈ-M futures endpoints (/fapi), a mixin of `BinanceTestServer`: market
data served from the futures account's own prices, and the account calls answered by
`FuturesAccount` (futures.py). Signing, faults, bans and the request log are the server's, the
same as for spot: the signed paths are in server.SIGNED."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.exchange_server.account import NO_SUCH_ORDER
from tests.exchange_server.futures import futures_symbol_json
from tests.exchange_server.market_data import fmt

if TYPE_CHECKING:
    from tests.exchange_server.futures import FuturesAccount
    from tests.exchange_server.market_data import PricePath


class FuturesEndpoints:
    futures: FuturesAccount
    futures_prices: PricePath

    def _fapi_exchange_info(self, params: dict) -> dict:
        return {"timezone": "UTC", "serverTime": self.now_ms(), "futuresType": "U_MARGINED",
                "rateLimits": [], "exchangeFilters": [],
                "assets": [{"asset": "USDT", "marginAvailable": True,
                            "autoAssetExchange": "-10000"}],
                "symbols": [futures_symbol_json(s) for s in self.futures.specs.values()]}

    def _fapi_klines(self, params: dict) -> list:
        return self._klines(params, self.futures, self.futures_prices)

    def _fapi_ticker(self, params: dict) -> dict:
        body = self._ticker(params, self.futures, self.futures_prices)
        for key in ("prevClosePrice", "bidPrice", "bidQty", "askPrice", "askQty"):
            body.pop(key)  # the futures 24 h ticker has no book fields
        return body

    def _fapi_book_ticker(self, params: dict) -> dict:
        spec = self.futures.spec(params.get("symbol"))
        book = self.futures.book(spec.symbol_id, self.now_ms(), 1)
        return {"symbol": spec.symbol_id, "bidPrice": fmt(book.bids[0][0], spec.tick),
                "bidQty": fmt(book.bids[0][1]), "askPrice": fmt(book.asks[0][0], spec.tick),
                "askQty": fmt(book.asks[0][1]), "time": self.now_ms()}

    def _fapi_depth(self, params: dict) -> dict:
        spec = self.futures.spec(params.get("symbol"))
        now = self.now_ms()
        book = self.futures.book(spec.symbol_id, now, int(params.get("limit", 20)))
        return {"lastUpdateId": now, "E": now, "T": now,
                "bids": [[fmt(p, spec.tick), fmt(q)] for p, q in book.bids],
                "asks": [[fmt(p, spec.tick), fmt(q)] for p, q in book.asks]}

    def _fapi_premium_index(self, params: dict) -> dict | list:
        return self.futures.premium_index(params.get("symbol"), self.now_ms())

    def _fapi_leverage_bracket(self, params: dict) -> list:
        return self.futures.leverage_brackets(params.get("symbol"))

    def _fapi_symbol_config(self, params: dict) -> list:
        return self.futures.symbol_config(params.get("symbol"))

    def _fapi_position_risk(self, params: dict) -> list:
        return self.futures.position_risk(params.get("symbol"), self.now_ms())

    def _fapi_account(self, params: dict) -> dict:
        return self.futures.futures_account(self.now_ms())

    def _fapi_leverage(self, params: dict) -> dict:
        return self.futures.set_leverage(params)

    def _fapi_margin_type(self, params: dict) -> dict:
        return self.futures.set_margin_type(params)

    def _fapi_new_order(self, params: dict) -> dict:
        return self.futures.new_order(params, self.now_ms())

    def _fapi_query_order(self, params: dict) -> dict:
        return self.futures.order_json(self.futures.find(params, NO_SUCH_ORDER))

    def _fapi_cancel_order(self, params: dict) -> dict:
        return self.futures.cancel(params)

    def _fapi_open_orders(self, params: dict) -> list:
        return self.futures.open_orders(params.get("symbol"))

    def _fapi_all_orders(self, params: dict) -> list:
        return self.futures.all_orders(params.get("symbol"))

    def _fapi_user_trades(self, params: dict) -> list:
        return self.futures.my_trades(params)

    def _fapi_income(self, params: dict) -> list:
        return self.futures.income(params)


FAPI_ROUTES = {  # (method, path) -> the handler's name
    ("GET", "/fapi/v1/ping"): "_ping",
    ("GET", "/fapi/v1/time"): "_time",
    ("GET", "/fapi/v1/exchangeInfo"): "_fapi_exchange_info",
    ("GET", "/fapi/v1/klines"): "_fapi_klines",
    ("GET", "/fapi/v1/ticker/24hr"): "_fapi_ticker",
    ("GET", "/fapi/v1/ticker/bookTicker"): "_fapi_book_ticker",
    ("GET", "/fapi/v1/depth"): "_fapi_depth",
    ("GET", "/fapi/v1/premiumIndex"): "_fapi_premium_index",
    ("GET", "/fapi/v1/leverageBracket"): "_fapi_leverage_bracket",
    ("GET", "/fapi/v1/symbolConfig"): "_fapi_symbol_config",
    ("GET", "/fapi/v3/positionRisk"): "_fapi_position_risk",
    ("GET", "/fapi/v3/account"): "_fapi_account",
    ("GET", "/fapi/v2/account"): "_fapi_account",
    ("POST", "/fapi/v1/leverage"): "_fapi_leverage",
    ("POST", "/fapi/v1/marginType"): "_fapi_margin_type",
    ("POST", "/fapi/v1/order"): "_fapi_new_order",
    ("GET", "/fapi/v1/order"): "_fapi_query_order",
    ("DELETE", "/fapi/v1/order"): "_fapi_cancel_order",
    ("GET", "/fapi/v1/openOrders"): "_fapi_open_orders",
    ("GET", "/fapi/v1/allOrders"): "_fapi_all_orders",
    ("GET", "/fapi/v1/userTrades"): "_fapi_user_trades",
    ("GET", "/fapi/v1/income"): "_fapi_income",
}
