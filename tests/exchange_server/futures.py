"""The test peer's USDⓈ-M futures account: Binance's /fapi endpoints over the paper matching
engine's linear perpetuals (margin, leverage, margin mode, funding and liquidation are the paper
venue's own rules, desktop.margin's numbers).

What ccxt's `binanceusdm` calls, and what answers it here (JSON shapes as Binance documents
them): exchangeInfo, premiumIndex (mark price, funding rate, next funding time), leverageBracket
(the brackets desktop.margin keeps as data), positionRisk (v3), symbolConfig (leverage and
margin type per symbol), leverage, marginType, order (POST/GET/DELETE), openOrders, allOrders,
userTrades, account (v3: balances, margins, positions) and income (the FUNDING_FEE rows of
the funding the paper engine pays: `income` < 0 when the account paid).

Futures error codes differ from spot: insufficient margin is -2019, a reduce-only order with
nothing to reduce -2022, a duplicate open client id -4116, an invalid leverage -4028, a margin
type that cannot change while a position is open -4048, and asking for the margin type a symbol
already has -4046 "No need to change margin type."
"""

from __future__ import annotations

import math
from dataclasses import replace

from desktop.core import (
    DerivativePosition,
    Event,
    FundingEvent,
    InvalidOrder,
    MarginMode,
    MarketKind,
    MarkPriceEvent,
    Order,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    TimeInForce,
)
from desktop.margin import bracket_table, liquidation_fee_rate
from desktop.margin.formulas import FUNDING_INTERVAL_MS
from tests.exchange_server.account import _STATUS, Account, spec_unified
from tests.exchange_server.market_data import SymbolSpec, fmt
from tests.exchange_server.signing import BinanceError

INSUFFICIENT_MARGIN = BinanceError(400, -2019, "Margin is insufficient.")
REDUCE_ONLY_REJECTED = BinanceError(400, -2022, "ReduceOnly Order is rejected.")
DUPLICATE_CLIENT_ID = BinanceError(400, -4116, "ClientOrderId is duplicated.")
NO_NEED_MARGIN_TYPE = BinanceError(400, -4046, "No need to change margin type.")
POSITION_EXISTS = BinanceError(400, -4048, "Margin type cannot be changed if there exists "
                                           "position.")
DEFAULT_FUNDING_RATE = 0.0001  # 0.01 % every 8 hours, Binance's usual rate

FUTURES_SPECS = (
    SymbolSpec("BTCUSDT", "BTC", "USDT", "0.10", "0.001", "0.001", "100", 50_000.0),
    SymbolSpec("XRPUSDT", "XRP", "USDT", "0.0001", "0.1", "0.1", "5", 0.5),
)
_FUTURES_TYPES = {
    "MARKET": OrderType.MARKET,
    "LIMIT": OrderType.LIMIT,
    "STOP": OrderType.STOP_LIMIT,
    "STOP_MARKET": OrderType.STOP_MARKET,
    "TAKE_PROFIT": OrderType.TAKE_PROFIT,
    "TAKE_PROFIT_MARKET": OrderType.TAKE_PROFIT,
}
_MARGIN_TYPES = {"ISOLATED": MarginMode.ISOLATED, "CROSSED": MarginMode.CROSS}


class FuturesAccount(Account):
    TYPES = _FUTURES_TYPES
    PRICED = frozenset({"LIMIT", "STOP", "TAKE_PROFIT"})

    def __init__(self, specs: tuple[SymbolSpec, ...], wallet: float) -> None:
        super().__init__(specs, {"USDT": wallet}, kind=MarketKind.LINEAR_PERPETUAL,
                         publish=self._on_engine_event)
        self.funding_rates = dict.fromkeys(self.specs, DEFAULT_FUNDING_RATE)
        self._marks: dict[str, float] = {}
        self.incomes: list[dict] = []  # GET /fapi/v1/income rows, oldest first

    def _on_engine_event(self, event: Event) -> None:
        """The paper engine paid (or received) funding: Binance books it as FUNDING_FEE
        income, negative when the account paid."""
        if isinstance(event, FundingEvent):
            spec = self.spec_of(event.symbol)
            self.incomes.append({
                "symbol": spec.symbol_id, "incomeType": "FUNDING_FEE",
                "income": fmt(-event.payment), "asset": spec.quote, "time": event.ts,
                "info": "FUNDING_FEE", "tranId": 9_000_000 + len(self.incomes),
                "tradeId": ""})

    def income(self, params: dict[str, str]) -> list[dict]:
        """GET /fapi/v1/income: oldest first from `startTime`, at most `limit` (100 by
        default, 1000 at most) rows of the symbol and income type asked for."""
        symbol_id = self.spec(params["symbol"]).symbol_id if params.get("symbol") else None
        kind = params.get("incomeType")
        start = int(params.get("startTime", 0))
        end = int(params.get("endTime", 2**62))
        limit = min(int(params.get("limit", 100)), 1000)
        rows = [r for r in self.incomes
                if (symbol_id is None or r["symbol"] == symbol_id)
                and (kind is None or r["incomeType"] == kind) and start <= r["time"] <= end]
        return rows[:limit]

    def pass_funding_time(self, symbol_id: str, rate: float) -> None:
        """The next funding time of `symbol_id` comes at `rate`: the mark reaches the engine
        stamped with that time, and the engine pays funding on the open position."""
        self.funding_rates[symbol_id] = rate
        self.set_mark(symbol_id, self.mark(symbol_id), next_funding_ms(self.engine.now))

    # -- prices ----------------------------------------------------------------------------

    def set_price(self, symbol_id: str, price: float, now_ms: int) -> None:
        super().set_price(symbol_id, price, now_ms)
        self.set_mark(symbol_id, self._marks.get(symbol_id, price), now_ms)

    def set_mark(self, symbol_id: str, mark: float, now_ms: int) -> None:
        """The mark price moves (positions are marked, and liquidated, at it)."""
        spec = self.spec(symbol_id)
        self._marks[symbol_id] = mark
        self.engine.on_mark_price(MarkPriceEvent(
            spec_unified(spec), now_ms, mark, self.funding_rates[symbol_id],
            next_funding_ms(now_ms)))

    def mark(self, symbol_id: str) -> float:
        return self._marks.get(symbol_id, self.price(symbol_id))

    # -- orders ----------------------------------------------------------------------------

    def new_order(self, params: dict[str, str], now_ms: int) -> dict:
        try:
            body = super().new_order(params, now_ms)
        except BinanceError as err:
            if err.code == -2010 and err.msg == "Duplicate order sent.":
                raise DUPLICATE_CLIENT_ID from None
            if err.code == -2010 and "balance" in err.msg:
                raise INSUFFICIENT_MARGIN from None
            if err.code == -2010 and "reduce" in err.msg.lower():
                raise REDUCE_ONLY_REJECTED from None
            raise
        return body

    def _request(self, spec: SymbolSpec, params: dict[str, str]) -> OrderRequest:
        close = params.get("closePosition") == "true"
        if close:  # Binance: a close-position order carries no quantity
            held = abs(self._position(spec).amount)
            if held == 0.0:
                raise REDUCE_ONLY_REJECTED
            params = {**params, "quantity": fmt(held, spec.step)}
        request = super()._request(spec, params)
        if params.get("timeInForce") == "GTX":
            request = replace(request, time_in_force=TimeInForce.POST_ONLY)
        return replace(request, reduce_only=params.get("reduceOnly") == "true" or close,
                       close_position=close)

    def all_orders(self, symbol_id: str | None) -> list[dict]:
        spec = self.spec(symbol_id)
        return [self.order_json(o) for o in self.orders() if o.symbol == spec_unified(spec)]

    # -- margin ----------------------------------------------------------------------------

    def set_leverage(self, params: dict[str, str]) -> dict:
        spec = self.spec(params.get("symbol"))
        try:
            leverage = int(params.get("leverage", ""))
        except ValueError:
            raise BinanceError(400, -1102, "Mandatory parameter 'leverage' was not sent, was "
                                           "empty/null, or malformed.") from None
        try:
            self.engine.set_leverage(spec_unified(spec), float(leverage))
        except InvalidOrder:
            raise BinanceError(400, -4028, f"Leverage {leverage} is not valid") from None
        return {"leverage": leverage, "maxNotionalValue": "1000000", "symbol": spec.symbol_id}

    def set_margin_type(self, params: dict[str, str]) -> dict:
        spec = self.spec(params.get("symbol"))
        mode = _MARGIN_TYPES.get(params.get("marginType", "").upper())
        if mode is None:
            raise BinanceError(400, -4044, "The margin type is not valid.")
        if self._settings(spec).mode is mode:
            raise NO_NEED_MARGIN_TYPE
        try:
            self.engine.set_margin_mode(spec_unified(spec), mode)
        except InvalidOrder:
            raise POSITION_EXISTS from None
        return {"code": 200, "msg": "success"}

    def _settings(self, spec: SymbolSpec):
        assert self.engine.margin is not None
        return self.engine.margin.settings(spec_unified(spec))

    def _position(self, spec: SymbolSpec) -> DerivativePosition:
        unified = spec_unified(spec)
        for position in self.engine.positions():
            if position.symbol == unified:
                return position
        settings = self._settings(spec)
        return DerivativePosition(unified, 0.0, 0.0, leverage=settings.leverage,
                                  margin_mode=settings.mode)

    # -- JSON ------------------------------------------------------------------------------

    def symbol_config(self, symbol_id: str | None) -> list[dict]:
        specs = [self.spec(symbol_id)] if symbol_id else list(self.specs.values())
        return [{"symbol": s.symbol_id,
                 "marginType": "ISOLATED" if self._settings(s).mode is MarginMode.ISOLATED
                 else "CROSSED", "isAutoAddMargin": "false",
                 "leverage": int(self._settings(s).leverage), "maxNotionalValue": "1000000"}
                for s in specs]

    def position_risk(self, symbol_id: str | None, now_ms: int) -> list[dict]:
        """GET /fapi/v3/positionRisk: the symbols with a position (one-way mode: side BOTH)."""
        specs = [self.spec(symbol_id)] if symbol_id else list(self.specs.values())
        rows = []
        for spec in specs:
            p = self._position(spec)
            if p.amount == 0.0:
                continue
            mark = self.mark(spec.symbol_id)
            isolated = p.margin_mode is MarginMode.ISOLATED
            rows.append({
                "symbol": spec.symbol_id, "positionSide": "BOTH",
                "positionAmt": fmt(p.amount, spec.step), "entryPrice": fmt(p.entry_price),
                "breakEvenPrice": fmt(p.entry_price), "markPrice": fmt(mark),
                "unRealizedProfit": fmt(p.unrealized_pnl),
                "liquidationPrice": fmt(p.liquidation_price if math.isfinite(
                    p.liquidation_price) else 0.0),
                "isolatedMargin": fmt(p.isolated_margin + p.unrealized_pnl if isolated else 0.0),
                "notional": fmt(p.amount * mark), "marginAsset": "USDT",
                "isolatedWallet": fmt(p.isolated_margin if isolated else 0.0),
                "initialMargin": fmt(p.initial_margin), "maintMargin": fmt(p.maintenance_margin),
                "positionInitialMargin": fmt(p.initial_margin),
                "openOrderInitialMargin": "0", "adl": 1, "bidNotional": "0",
                "askNotional": "0", "updateTime": now_ms,
            })
        return rows

    def futures_account(self, now_ms: int) -> dict:
        """GET /fapi/v3/account (ccxt's fetch_balance of a linear account)."""
        summary = self.engine.margin_summary()
        assert summary is not None
        upnl = summary.margin_balance - summary.wallet_balance
        asset = {
            "asset": "USDT", "walletBalance": fmt(summary.wallet_balance),
            "unrealizedProfit": fmt(upnl), "marginBalance": fmt(summary.margin_balance),
            "maintMargin": fmt(summary.maintenance_margin),
            "initialMargin": fmt(summary.initial_margin),
            "positionInitialMargin": fmt(summary.initial_margin),
            "openOrderInitialMargin": "0", "crossWalletBalance": fmt(summary.wallet_balance),
            "crossUnPnl": fmt(upnl), "availableBalance": fmt(summary.available),
            "maxWithdrawAmount": fmt(summary.available), "updateTime": now_ms,
        }
        return {
            "totalInitialMargin": asset["initialMargin"],
            "totalMaintMargin": asset["maintMargin"],
            "totalWalletBalance": asset["walletBalance"],
            "totalUnrealizedProfit": asset["unrealizedProfit"],
            "totalMarginBalance": asset["marginBalance"],
            "totalPositionInitialMargin": asset["positionInitialMargin"],
            "totalOpenOrderInitialMargin": "0",
            "totalCrossWalletBalance": asset["crossWalletBalance"],
            "totalCrossUnPnl": asset["crossUnPnl"],
            "availableBalance": asset["availableBalance"],
            "maxWithdrawAmount": asset["maxWithdrawAmount"],
            "assets": [asset],
            "positions": [
                {"symbol": r["symbol"], "positionSide": "BOTH", "positionAmt": r["positionAmt"],
                 "unrealizedProfit": r["unRealizedProfit"], "isolatedMargin": r["isolatedMargin"],
                 "notional": r["notional"], "isolatedWallet": r["isolatedWallet"],
                 "initialMargin": r["initialMargin"], "maintMargin": r["maintMargin"],
                 "updateTime": now_ms}
                for r in self.position_risk(None, now_ms)],
        }

    def premium_index(self, symbol_id: str | None, now_ms: int) -> dict | list[dict]:
        def row(spec: SymbolSpec) -> dict:
            mark = self.mark(spec.symbol_id)
            return {"symbol": spec.symbol_id, "markPrice": fmt(mark, spec.tick),
                    "indexPrice": fmt(self.price(spec.symbol_id), spec.tick),
                    "estimatedSettlePrice": fmt(mark, spec.tick),
                    "lastFundingRate": f"{self.funding_rates[spec.symbol_id]:.8f}",
                    "interestRate": "0.00010000", "nextFundingTime": next_funding_ms(now_ms),
                    "time": now_ms}
        if symbol_id:
            return row(self.spec(symbol_id))
        return [row(s) for s in self.specs.values()]

    def mark_price_event(self, symbol_id: str, now_ms: int) -> dict:
        """The `<symbol>@markPrice@1s` stream's event."""
        index = self.premium_index(symbol_id, now_ms)
        assert isinstance(index, dict)
        return {"e": "markPriceUpdate", "E": now_ms, "s": symbol_id, "p": index["markPrice"],
                "i": index["indexPrice"], "P": index["estimatedSettlePrice"],
                "r": index["lastFundingRate"], "T": index["nextFundingTime"]}

    def leverage_brackets(self, symbol_id: str | None) -> list[dict]:
        wanted = {symbol_id} if symbol_id else set(self.specs)
        rows = [dict(r) for r in bracket_table() if r["symbol"] in wanted]
        return rows

    def order_json(self, order: Order, with_fills: bool = False) -> dict:
        spec = self._by_unified[order.symbol]
        cost = (order.average or 0.0) * order.filled
        binance_type = {
            OrderType.MARKET: "MARKET", OrderType.LIMIT: "LIMIT",
            OrderType.STOP_MARKET: "STOP_MARKET", OrderType.STOP_LIMIT: "STOP",
            OrderType.TAKE_PROFIT: "TAKE_PROFIT" if order.price else "TAKE_PROFIT_MARKET",
        }.get(order.type, "LIMIT")
        tif = "GTX" if order.time_in_force is TimeInForce.POST_ONLY \
            else order.time_in_force.value
        return {
            "orderId": int(order.id.removeprefix("po-")), "symbol": spec.symbol_id,
            "status": _STATUS[self._view(order).status],
            "clientOrderId": self._client_of.get(order.id, order.client_order_id),
            "price": fmt(order.price or 0.0, spec.tick),
            "avgPrice": fmt(order.average or 0.0, spec.tick),
            "origQty": fmt(order.amount, spec.step), "executedQty": fmt(order.filled, spec.step),
            "cumQty": fmt(order.filled, spec.step), "cumQuote": fmt(cost),
            "timeInForce": tif, "type": binance_type, "origType": binance_type,
            "reduceOnly": order.reduce_only, "closePosition": False,
            "side": order.side.value.upper(), "positionSide": "BOTH",
            "stopPrice": fmt(order.stop_price or 0.0, spec.tick), "workingType": "CONTRACT_PRICE",
            "priceProtect": False, "priceMatch": "NONE", "selfTradePreventionMode": "NONE",
            "goodTillDate": 0, "time": order.created_ts, "updateTime": order.updated_ts,
        }

    def _trade_json(self, spec: SymbolSpec, fill) -> dict:
        return {
            "symbol": spec.symbol_id, "id": int(fill.id.removeprefix("pf-")),
            "orderId": int(fill.order_id.removeprefix("po-")),
            "side": fill.side.value.upper(), "price": fmt(fill.price, spec.tick),
            "qty": fmt(fill.amount, spec.step), "realizedPnl": "0",
            "quoteQty": fmt(fill.price * fill.amount), "commission": fmt(fill.fee),
            "commissionAsset": fill.fee_currency, "time": fill.ts, "positionSide": "BOTH",
            "buyer": fill.side is Side.BUY, "maker": fill.maker,
        }

    def status_of(self, client_id: str) -> OrderStatus:
        return self._view(self.engine.order(self._client_ids[client_id])).status


def next_funding_ms(now_ms: int) -> int:
    return (now_ms // FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS


def futures_symbol_json(spec: SymbolSpec) -> dict:
    return {
        "symbol": spec.symbol_id, "pair": spec.symbol_id, "contractType": "PERPETUAL",
        "deliveryDate": 4133404800000, "onboardDate": 1569398400000, "status": "TRADING",
        "maintMarginPercent": "2.5000", "requiredMarginPercent": "5.0000",
        "baseAsset": spec.base, "quoteAsset": spec.quote, "marginAsset": spec.quote,
        "pricePrecision": 8, "quantityPrecision": 8, "baseAssetPrecision": 8,
        "quotePrecision": 8, "underlyingType": "COIN", "underlyingSubType": [],
        "settlePlan": 0, "triggerProtect": "0.0500",
        "liquidationFee": f"{liquidation_fee_rate():.6f}", "marketTakeBound": "0.05",
        "maxMoveOrderLimit": 10000,
        "filters": [
            {"filterType": "PRICE_FILTER", "minPrice": spec.tick, "maxPrice": "4529764",
             "tickSize": spec.tick},
            {"filterType": "LOT_SIZE", "minQty": spec.min_qty, "maxQty": "1000",
             "stepSize": spec.step},
            {"filterType": "MARKET_LOT_SIZE", "minQty": spec.min_qty, "maxQty": "120",
             "stepSize": spec.step},
            {"filterType": "MAX_NUM_ORDERS", "limit": 200},
            {"filterType": "MAX_NUM_ALGO_ORDERS", "limit": 10},
            {"filterType": "MIN_NOTIONAL", "notional": spec.min_notional},
            {"filterType": "PERCENT_PRICE", "multiplierUp": "1.0500",
             "multiplierDown": "0.9500", "multiplierDecimal": "4"},
        ],
        "orderTypes": list(_FUTURES_TYPES),
        "timeInForce": ["GTC", "IOC", "FOK", "GTX", "GTD"], "permissionSets": ["GRID", "COPY"],
    }
