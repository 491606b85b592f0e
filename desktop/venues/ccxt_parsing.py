"""ccxt's unified dicts -> desktop.core records. Pure functions; no ccxt import.

ccxt describes precision in one of three modes (`exchange.precisionMode`): TICK_SIZE (the
number *is* the step, 0.01), DECIMAL_PLACES (the number of decimals, 2 -> 0.01) or
SIGNIFICANT_DIGITS (digits of the whole number: no fixed step exists, we report none).
"""

from __future__ import annotations

import math
from enum import StrEnum

import numpy as np

from desktop.core import (
    Balance,
    Candles,
    DerivativePosition,
    Fill,
    MarginMode,
    MarginSummary,
    Market,
    MarketKind,
    MarkPriceEvent,
    Order,
    OrderBook,
    OrderStatus,
    OrderType,
    Side,
    Tick,
    TimeInForce,
)


class PrecisionMode(StrEnum):
    TICK_SIZE = "tick_size"
    DECIMAL_PLACES = "decimal_places"
    SIGNIFICANT_DIGITS = "significant_digits"


def _num(value: object, default: float = 0.0) -> float:
    if value is None:
        return default
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def step_from_precision(value: object, mode: PrecisionMode) -> float:
    """The smallest increment a precision entry allows; 0.0 when it has none."""
    if value is None:
        return 0.0
    number = _num(value)
    if mode is PrecisionMode.TICK_SIZE:
        return number
    if mode is PrecisionMode.DECIMAL_PLACES:
        return float(f"1e-{int(number)}") if number >= 0 else 10.0 ** (-number)
    return 0.0


def market_from_ccxt(raw: dict, mode: PrecisionMode, venue: str) -> Market:
    precision = raw.get("precision") or {}
    limits = raw.get("limits") or {}
    amount_limits = limits.get("amount") or {}
    cost_limits = limits.get("cost") or {}
    max_amount = _num(amount_limits.get("max"), math.inf) or math.inf
    return Market(
        symbol=raw["symbol"],
        base=raw.get("base") or "",
        quote=raw.get("quote") or "",
        price_tick=step_from_precision(precision.get("price"), mode),
        amount_step=step_from_precision(precision.get("amount"), mode),
        min_amount=_num(amount_limits.get("min")),
        min_notional=_num(cost_limits.get("min")),
        max_amount=max_amount,
        maker_fee=_num(raw.get("maker"), 0.001),
        taker_fee=_num(raw.get("taker"), 0.001),
        venue=venue,
        kind=market_kind_from_ccxt(raw),
        contract_size=_num(raw.get("contractSize"), 1.0) or 1.0,
    )


def market_kind_from_ccxt(raw: dict) -> MarketKind:
    """ccxt's flags to a kind: a linear swap is a linear perpetual (Binance USDⓈ-M)."""
    if not raw.get("contract"):
        return MarketKind.SPOT
    if raw.get("swap") and raw.get("linear"):
        return MarketKind.LINEAR_PERPETUAL
    return MarketKind.CONTRACT


def candles_from_ccxt(rows: list[list]) -> Candles:
    if not rows:
        return Candles.empty()
    table = np.asarray([row[:6] for row in rows], dtype=np.float64)
    return Candles.from_arrays(table[:, 0].astype(np.int64), table[:, 1], table[:, 2],
                               table[:, 3], table[:, 4], np.nan_to_num(table[:, 5]))


def tick_from_ccxt(raw: dict, venue: str, now_ms: int) -> Tick:
    last = _num(raw.get("last"), math.nan)
    return Tick(
        symbol=raw["symbol"],
        ts=int(raw.get("timestamp") or now_ms),
        last=last,
        bid=_num(raw.get("bid"), last),
        ask=_num(raw.get("ask"), last),
        bid_size=_num(raw.get("bidVolume")),
        ask_size=_num(raw.get("askVolume")),
        volume_24h=_num(raw.get("quoteVolume")),
        change_24h_pct=_num(raw.get("percentage")),
        venue=venue,
    )


def book_from_ccxt(raw: dict, symbol: str, venue: str, now_ms: int, depth: int) -> OrderBook:
    def levels(side: list) -> tuple[tuple[float, float], ...]:
        return tuple((float(level[0]), float(level[1])) for level in side[:depth])

    return OrderBook(symbol, int(raw.get("timestamp") or now_ms), levels(raw.get("bids") or []),
                     levels(raw.get("asks") or []), venue)


def balances_from_ccxt(raw: dict, venue: str, account: str = "") -> list[Balance]:
    free, used, total = raw.get("free") or {}, raw.get("used") or {}, raw.get("total") or {}
    result = []
    for currency in sorted(total):
        amount = _num(total.get(currency))
        if amount == 0.0:
            continue
        locked = _num(used.get(currency))
        result.append(Balance(currency, _num(free.get(currency), amount - locked), locked,
                              venue, account))
    return result


_ORDER_TYPES = {
    "market": OrderType.MARKET,
    "limit": OrderType.LIMIT,
    "limit_maker": OrderType.LIMIT,
    "stop_loss": OrderType.STOP_MARKET,
    "stop_market": OrderType.STOP_MARKET,
    "stop": OrderType.STOP_LIMIT,
    "stop_loss_limit": OrderType.STOP_LIMIT,
    "stop_limit": OrderType.STOP_LIMIT,
    "take_profit": OrderType.TAKE_PROFIT,
    "take_profit_limit": OrderType.TAKE_PROFIT,
    "take_profit_market": OrderType.TAKE_PROFIT,
    "trailing_stop_market": OrderType.TRAILING_STOP,
}
_TIME_IN_FORCE = {"GTC": TimeInForce.GTC, "IOC": TimeInForce.IOC, "FOK": TimeInForce.FOK,
                  "PO": TimeInForce.POST_ONLY, "GTX": TimeInForce.POST_ONLY}


def order_status(raw_status: str | None, filled: float) -> OrderStatus:
    if raw_status == "open":
        return OrderStatus.PARTIALLY_FILLED if filled > 0 else OrderStatus.OPEN
    return {
        "closed": OrderStatus.FILLED,
        "canceled": OrderStatus.CANCELED,
        "cancelled": OrderStatus.CANCELED,
        "expired": OrderStatus.EXPIRED,
        "rejected": OrderStatus.REJECTED,
    }.get(raw_status or "", OrderStatus.OPEN)


def _fee(raw: dict) -> tuple[float, str]:
    fees = raw.get("fees") or ([raw["fee"]] if raw.get("fee") else [])
    cost = math.fsum(_num(f.get("cost")) for f in fees if f)
    currency = next((f.get("currency") for f in fees if f and f.get("currency")), "") or ""
    return cost, currency


def _order_type(raw: dict, trigger) -> OrderType:
    """The order's type as the exchange names it. ccxt folds conditional types into 'market'
    or 'limit' with a trigger price (Binance's STOP_LOSS comes back as 'market'), which would
    journal a working stop as a market order: the exchange's own word comes first."""
    info = raw.get("info")
    native = str(info.get("type") or "").lower() if isinstance(info, dict) else ""
    if native in _ORDER_TYPES:
        return _ORDER_TYPES[native]
    unified = _ORDER_TYPES.get(str(raw.get("type") or "").lower(), OrderType.LIMIT)
    if _num(trigger) and not unified.needs_stop_price:
        if raw.get("takeProfitPrice"):
            return OrderType.TAKE_PROFIT
        return OrderType.STOP_MARKET if unified is OrderType.MARKET else OrderType.STOP_LIMIT
    return unified


def order_from_ccxt(raw: dict, venue: str, account: str = "") -> Order:
    filled = _num(raw.get("filled"))
    fee, fee_currency = _fee(raw)
    created = int(raw.get("timestamp") or 0)
    trigger = raw.get("triggerPrice") or raw.get("stopPrice")
    order_type = _order_type(raw, trigger)
    time_in_force = TimeInForce.POST_ONLY if raw.get("postOnly") else _TIME_IN_FORCE.get(
        str(raw.get("timeInForce") or "GTC").upper(), TimeInForce.GTC)
    return Order(
        id=str(raw.get("id") or ""),
        client_order_id=str(raw.get("clientOrderId") or ""),
        symbol=raw.get("symbol") or "",
        side=Side(str(raw.get("side") or "buy").lower()),
        type=order_type,
        status=order_status(raw.get("status"), filled),
        amount=_num(raw.get("amount")),
        filled=filled,
        price=_num(raw.get("price")) or None,
        stop_price=_num(trigger) or None,
        average=_num(raw.get("average")) or None,
        fee=fee,
        fee_currency=fee_currency,
        created_ts=created,
        updated_ts=int(raw.get("lastUpdateTimestamp") or raw.get("lastTradeTimestamp")
                       or created),
        time_in_force=time_in_force,
        reduce_only=bool(raw.get("reduceOnly")),
        venue=venue,
        account=account,
    )


def fill_from_ccxt(raw: dict, venue: str, client_order_id: str = "", account: str = "") -> Fill:
    fee, fee_currency = _fee(raw)
    return Fill(
        id=str(raw.get("id") or ""),
        order_id=str(raw.get("order") or ""),
        client_order_id=client_order_id,
        symbol=raw.get("symbol") or "",
        side=Side(str(raw.get("side") or "buy").lower()),
        price=_num(raw.get("price")),
        amount=_num(raw.get("amount")),
        fee=fee,
        fee_currency=fee_currency,
        ts=int(raw.get("timestamp") or 0),
        maker=raw.get("takerOrMaker") == "maker",
        venue=venue,
        account=account,
    )


# -- derivatives (ccxt_derivatives.py) ---------------------------------------------------------


def position_from_ccxt(raw: dict, setting: dict | None, venue: str, account: str,
                       market: Market | None, account_margin_balance: float = math.nan
                       ) -> DerivativePosition:
    """A ccxt position (Binance positionRisk) with its symbol's leverage and margin mode (ccxt's
    leverage structure; Binance's symbolConfig). The margin ratio is the maintenance margin over
    the margin balance behind the position: its isolated margin (wallet + unrealised P&L), or
    the account's margin balance in cross mode. Realised P&L and funding paid are not in the
    exchange's position: realised P&L comes from our fills (0.0 here), funding from the income
    history (ccxt_funding.py; NaN here: unknown)."""
    info = raw.get("info") or {}
    contracts = _num(raw.get("contracts"))
    size = _num(raw.get("contractSize"), 1.0) or 1.0
    sign = -1.0 if raw.get("side") == "short" else 1.0
    setting = setting or {}
    mode_text = setting.get("marginMode") or raw.get("marginMode") or "cross"
    mode = MarginMode.ISOLATED if mode_text == "isolated" else MarginMode.CROSS
    leverage = _num(setting.get("longLeverage") or raw.get("leverage"), math.nan)
    maintenance = _num(info.get("maintMargin"), _num(raw.get("maintenanceMargin")))
    isolated = _num(info.get("isolatedWallet")) if mode is MarginMode.ISOLATED else 0.0
    backing = _num(info.get("isolatedMargin"), math.nan) if mode is MarginMode.ISOLATED \
        else account_margin_balance
    return DerivativePosition(
        symbol=raw["symbol"], amount=sign * contracts * size,
        entry_price=_num(raw.get("entryPrice"), math.nan),
        mark_price=_num(raw.get("markPrice"), math.nan), venue=venue, account=account,
        leverage=leverage, margin_mode=mode,
        initial_margin=_num(info.get("initialMargin"), _num(raw.get("initialMargin"))),
        isolated_margin=isolated, maintenance_margin=maintenance,
        margin_ratio=maintenance / backing if backing > 0 else math.nan,
        liquidation_price=_num(raw.get("liquidationPrice"), math.nan) or math.nan,
        funding_paid=math.nan,
        contract_size=market.contract_size if market is not None else size)


def margin_from_ccxt(raw: dict, account: str, now_ms: int) -> MarginSummary:
    """A linear futures account's balance (Binance /fapi/v3/account totals) as its margin."""
    info = raw.get("info") or {}
    balance = _num(info.get("totalMarginBalance"))
    initial = _num(info.get("totalInitialMargin"))
    maintenance = _num(info.get("totalMaintMargin"))
    return MarginSummary(
        account=account, currency="USDT", wallet_balance=_num(info.get("totalWalletBalance")),
        margin_balance=balance, initial_margin=initial, maintenance_margin=maintenance,
        available=_num(info.get("availableBalance")),
        margin_ratio=maintenance / balance if balance > 0 else math.nan,
        margin_use=initial / balance if balance > 0 else (math.inf if initial > 0 else 0.0),
        ts=now_ms)


def mark_from_ccxt(raw: dict, symbol: str, venue: str, now_ms: int) -> MarkPriceEvent:
    """ccxt's funding-rate structure (Binance premiumIndex) as a mark-price event."""
    return MarkPriceEvent(symbol, int(raw.get("timestamp") or now_ms),
                          _num(raw.get("markPrice"), math.nan),
                          _num(raw.get("fundingRate"), math.nan),
                          int(raw.get("fundingTimestamp") or 0),
                          _num(raw.get("indexPrice"), math.nan), venue)


def mark_from_ticker(raw: dict, symbol: str, venue: str, now_ms: int) -> MarkPriceEvent:
    """ccxt.pro's watch_mark_price ticker (Binance markPriceUpdate: `r` rate, `T` next time)."""
    info = raw.get("info") or {}
    return MarkPriceEvent(symbol, int(raw.get("timestamp") or now_ms),
                          _num(raw.get("markPrice"), math.nan), _num(info.get("r"), math.nan),
                          int(_num(info.get("T"))), _num(raw.get("indexPrice"), math.nan), venue)
