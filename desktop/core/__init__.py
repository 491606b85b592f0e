"""Qt-free domain types shared by every layer. Imports nothing of the project.

Each name below loads its module on first use (PEP 562): a process that needs only some of
them (a fresh `pregao backtest` needs candles and a few types) does not build the event and
risk dataclasses it never sees, ~50 ms of CPU. `from desktop.core import X` works as ever.
"""

from __future__ import annotations

import importlib
from typing import Any

# name -> the module of desktop.core that defines it
_MODULE_OF = {
    # desktop.core.candles
    "Candles": "candles",
    # desktop.core.enums
    "ConnectionState": "enums",
    "MarginMode": "enums",
    "MarketKind": "enums",
    "OrderAttention": "enums",
    "OrderStatus": "enums",
    "OrderType": "enums",
    "PositionSide": "enums",
    "Side": "enums",
    "TimeInForce": "enums",
    # desktop.core.errors
    "AuthenticationError": "errors",
    "DataFileError": "errors",
    "ExchangeBanned": "errors",
    "ExchangeUnavailable": "errors",
    "InsufficientFunds": "errors",
    "InvalidOrder": "errors",
    "NetworkError": "errors",
    "OrderNotFound": "errors",
    "PregaoError": "errors",
    "RateLimited": "errors",
    "VenueError": "errors",
    # desktop.core.events
    "AlertEvent": "events",
    "AlertRulesChangedEvent": "events",
    "BalanceEvent": "events",
    "BarEvent": "events",
    "BookEvent": "events",
    "ConnectionEvent": "events",
    "EngineStatsEvent": "events",
    "Event": "events",
    "FillEvent": "events",
    "FundingEvent": "events",
    "LogEvent": "events",
    "MarginEvent": "events",
    "MarkPriceEvent": "events",
    "OrderEvent": "events",
    "PositionEvent": "events",
    "ProtectionNotResumedEvent": "events",
    "ReplayStateEvent": "events",
    "TickEvent": "events",
    "TradeEvent": "events",
    # desktop.core.risk
    "KillSwitchItem": "risk",
    "KillSwitchReport": "risk",
    "LimitUsage": "risk",
    "PositionRules": "risk",
    "RiskEvent": "risk",
    "RiskLimits": "risk",
    "RiskRejected": "risk",
    "RiskStatus": "risk",
    "TradingState": "risk",
    "TradingStateEvent": "risk",
    # desktop.core.timeframes
    "TIMEFRAMES": "timeframes",
    "timeframe_ms": "timeframes",
    # desktop.core.types
    "Balance": "types",
    "Bar": "types",
    "DerivativePosition": "types",
    "Fill": "types",
    "MarginSummary": "types",
    "Market": "types",
    "Order": "types",
    "OrderBook": "types",
    "OrderRequest": "types",
    "Position": "types",
    "Tick": "types",
    "Trade": "types",
    "fits_step": "types",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
