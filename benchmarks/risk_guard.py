"""What one pre-trade risk check costs, with 50 positions and 200 open orders.

Every limit is on (values high enough that the order passes them all, so every check runs to
the end), VaR and the correlation cap included (50 symbols × 90 daily returns). Timed:

- "guard_check": `RiskGuard.check` on a prepared BookView;
- "view_and_check": what the engine does per order: `RiskService.view` (positions from the
  order manager's books, 200 open orders counted, balances, marks) then the check;
- the same-run reference, "order_checks_validated": the market-limits check every order has
  always passed (`desktop.engine.order_checks.validated`).

Prints one JSON line per measurement: {"name", "n", "p50_us", "p99_us", "p99_cpu_us"} (wall
time; and the thread's CPU time, which a machine busy with other processes does not inflate),
then one with the ratios to the reference and whether the target (p99 < 1 ms) holds.

    python benchmarks/risk_guard.py
"""

from __future__ import annotations

import json
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop.accounting import PositionBooks  # noqa: E402
from desktop.core import (  # noqa: E402
    Balance,
    Fill,
    Market,
    MarketKind,
    Order,
    OrderRequest,
    OrderStatus,
    OrderType,
    RiskLimits,
    Side,
)
from desktop.engine import order_checks  # noqa: E402
from desktop.engine.bus import EventBus  # noqa: E402
from desktop.engine.order_manager import OrderManager  # noqa: E402
from desktop.engine.risk_service import RiskService  # noqa: E402
from desktop.risk.book import OrderIntent  # noqa: E402

ACCOUNT = "bench"
POSITIONS, OPEN_ORDERS, DAYS = 50, 200, 90
N = 5000
LIMITS = RiskLimits(
    max_order_notional=1e9, max_position_notional=1e9, max_gross_exposure_pct=1e6,
    max_open_orders=100_000, max_orders_per_second=10_000, max_orders_per_minute=100_000,
    daily_loss_limit=1e9, max_drawdown_pct=99.0, max_consecutive_losses=1000,
    max_asset_exposure_pct=1e6, max_correlated_exposure_pct=1e6, max_var_pct=99.0,
    min_reward_risk=0.01)


def build() -> tuple[RiskService, OrderIntent, OrderRequest, Market]:
    rng = np.random.default_rng(11)
    orders = OrderManager(EventBus(), accounts=None)  # type: ignore[arg-type]
    service = RiskService(EventBus(), orders, accounts=None)  # type: ignore[arg-type]
    service.guard.set_limits(ACCOUNT, LIMITS)
    books = orders._books[ACCOUNT] = PositionBooks()
    marks = service._marks.setdefault(ACCOUNT, {})
    symbols = [f"C{i:02d}/USDT:USDT" for i in range(POSITIONS)]
    market_ret = rng.normal(0, 0.03, DAYS)
    for i, symbol in enumerate(symbols):
        price = float(rng.uniform(1, 1000))
        marks[symbol] = price
        side = Side.BUY if i % 3 else Side.SELL
        books.apply(Fill(f"f{i}", f"o{i}", f"c{i}", symbol, side, price, 10.0 / price * 50,
                         0.0, "USDT", 0), ACCOUNT)
        service._returns[symbol] = (math.inf, 0.7 * market_ret + rng.normal(0, 0.02, DAYS))
    open_orders = orders._orders[ACCOUNT] = {}
    for j in range(OPEN_ORDERS):
        symbol = symbols[j % POSITIONS]
        open_orders[f"open{j}"] = Order(f"v{j}", f"open{j}", symbol, Side.BUY, OrderType.LIMIT,
                                        OrderStatus.OPEN, 1.0, price=marks[symbol] * 0.9)
    orders._balances[ACCOUNT] = [Balance("USDT", 1_000_000.0, account=ACCOUNT)]
    service._equity[ACCOUNT] = (time.monotonic() + 1e9, 1_000_000.0, "USDT")
    service._spot = set()
    symbol = symbols[7]
    request = OrderRequest(symbol, Side.BUY, OrderType.LIMIT, 1.0, price=marks[symbol],
                           stop_loss=marks[symbol] * 0.95, take_profit=marks[symbol] * 1.2)
    market = Market(symbol, symbol[:3], "USDT", price_tick=0.0001, amount_step=0.001,
                    kind=MarketKind.LINEAR_PERPETUAL)
    return service, OrderIntent.of(request, marks[symbol]), request, market


def measure(name: str, fn) -> dict:
    for _ in range(200):  # warm up
        fn()
    times, cpu = [], []
    for _ in range(N):
        start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
        fn()
        cpu.append(time.thread_time_ns() - start_cpu)
        times.append(time.perf_counter_ns() - start)
    times.sort()
    cpu.sort()
    result = {"name": name, "n": N, "p50_us": round(statistics.median(times) / 1000, 2),
              "p99_us": round(times[int(N * 0.99)] / 1000, 2),
              "p99_cpu_us": round(cpu[int(N * 0.99)] / 1000, 2)}
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    service, intent, request, market = build()
    view = service.view(ACCOUNT)
    assert len(view.positions) == POSITIONS and view.open_orders == OPEN_ORDERS
    clock = [1_765_000_000_000]

    def check() -> None:
        clock[0] += 100  # ten orders a second: the order-rate windows stay realistic
        service.guard.check(ACCOUNT, intent, view, clock[0])

    def view_and_check() -> None:
        clock[0] += 100
        service.guard.check(ACCOUNT, intent, service.view(ACCOUNT), clock[0])

    reference = measure("order_checks_validated",
                        lambda: order_checks.validated(market, request, math.nan, None))
    guard = measure("guard_check", check)
    full = measure("view_and_check", view_and_check)
    print(json.dumps({
        "name": "ratio_to_reference",
        "guard_check_p50": round(guard["p50_us"] / reference["p50_us"], 2),
        "view_and_check_p50": round(full["p50_us"] / reference["p50_us"], 2),
        "view_and_check_p99_under_1ms": full["p99_us"] < 1000.0,
        "view_and_check_p99_cpu_under_1ms": full["p99_cpu_us"] < 1000.0,
    }), flush=True)


if __name__ == "__main__":
    main()
