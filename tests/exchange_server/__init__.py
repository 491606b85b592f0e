"""A local Binance SPOT REST peer for tests: real HTTP on 127.0.0.1, Binance's signing rules and
error format, the paper matching engine behind it, and a fault-injection control API."""

from tests.exchange_server.faults import Fault, FaultPlan
from tests.exchange_server.request_log import RequestRecord
from tests.exchange_server.server import API_KEY, API_SECRET, BinanceTestServer, running_server

__all__ = [
    "API_KEY",
    "API_SECRET",
    "BinanceTestServer",
    "Fault",
    "FaultPlan",
    "RequestRecord",
    "running_server",
]
