"""OrderRequest -> the arguments of ccxt's unified `create_order`. No ccxt import.

Triggers use ccxt's unified params (`stopLossPrice`, `takeProfitPrice`), which each exchange
class turns into its own order type (Binance spot: STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT...).
The client order id always travels (`clientOrderId`; Binance's `newClientOrderId`): it is how a
lost answer is found again.
"""

from __future__ import annotations

from desktop.core import InvalidOrder, OrderRequest, OrderType, TimeInForce
from desktop.core.messages import marker

_t = marker("ExchangeErrors")


def ccxt_order_args(request: OrderRequest, client_id: str) -> tuple[str, float | None, dict]:
    """(ccxt order type, price, params) for a request; ccxt's unified params for triggers."""
    params: dict = {"clientOrderId": client_id}
    if request.time_in_force is TimeInForce.POST_ONLY:
        params["postOnly"] = True
    elif request.type in (OrderType.LIMIT, OrderType.STOP_LIMIT):
        params["timeInForce"] = request.time_in_force.value
    if request.reduce_only or request.close_position:
        # A close-position order is sent reduce-only for the amount held when it was placed
        # (Binance's closePosition exists only on its conditional market types).
        params["reduceOnly"] = True
    if request.type is OrderType.MARKET:
        return "market", None, params
    if request.type is OrderType.LIMIT:
        return "limit", request.price, params
    if request.type is OrderType.STOP_MARKET:
        params["stopLossPrice"] = request.stop_price
        return "market", None, params
    if request.type is OrderType.STOP_LIMIT:
        params["stopLossPrice"] = request.stop_price
        return "limit", request.price, params
    if request.type is OrderType.TAKE_PROFIT:
        params["takeProfitPrice"] = request.stop_price
        return ("limit", request.price, params) if request.price else ("market", None, params)
    raise InvalidOrder(_t("{type} orders are not sent to exchanges directly",
                          type=request.type.value))
