"""Kill the real app at points of an order's life, restart it, and check that nothing was lost.

`CrashHarness` runs the local Binance server in this process (on its own loop thread) and a
real Secret Service, and drives `tests.crash.child` (the real engine, headless) in a child
process. Run `i` picks its kill point as `KILL_POINTS[i % 4]` and its timing inside the point's
window from a seeded RNG:

- before_send: the order is journaled and the order manager stops before sending it;
- in_flight: the exchange received the order and holds its answer ("slow" fault);
- after_ack: 1-3 market and limit orders acknowledged, killed a random moment after one;
- partial_fills: a limit order partly filled at once, then filled further by price moves while
  the kill comes at a random moment.

Each kill is a SIGKILL. The restarted child reconciles and writes its journal; the harness then
compares it with the exchange's own state: every order the exchange accepted is in the journal
with the same status and filled amount; every fill is journaled exactly once; the balances
derived from the journaled fills equal the exchange's; every order the journal calls never sent
is unknown to the exchange; and no client order id was POSTed twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop.engine.loop_thread import LoopThread
from tests.exchange_server.server import BinanceTestServer
from tests.secret_service import running_secret_service

REPO = Path(__file__).resolve().parents[2]
KILL_POINTS = ("before_send", "in_flight", "after_ack", "partial_fills")
SYMBOL, SYMBOL_ID = "BTC/USDT", "BTCUSDT"
START_PRICE = 50_000.0
TICK = 0.01
BALANCES = {"USDT": 10_000_000.0, "BTC": 1_000.0}
READY_TIMEOUT_S = 60.0
TOLERANCE = 1e-6


@dataclass(slots=True)
class RunResult:
    index: int
    point: str
    orders: int = 0  # orders the exchange accepted so far
    mismatches: list[str] = field(default_factory=list)
    duplicates: int = 0
    lost: int = 0
    seconds: float = 0.0


class ChildProcess:
    def __init__(self, db: Path, dump: Path, base_url: str, env: dict[str, str]) -> None:
        self.dump = dump
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.child", "--db", str(db), "--base-url",
             base_url, "--dump", str(dump)],
            cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, bufsize=1)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # end of output

    def expect(self, prefix: str, timeout: float = READY_TIMEOUT_S) -> str:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"the child did not say {prefix!r} within {timeout} s")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            if line == "":
                raise RuntimeError(f"the child exited (status {self.proc.wait()}) before "
                                   f"saying {prefix!r}")
            if line.startswith(prefix):
                return line

    def send(self, command: dict) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def exit(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.send({"action": "exit"})
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()


class CrashHarness:
    def __init__(self, workdir: Path, seed: int = 1) -> None:
        self.workdir = workdir
        self.rng = random.Random(seed)
        self.db = workdir / "pregao.db"
        self.dump = workdir / "journal.json"
        self._thread = LoopThread("crash-exchange")
        self._secrets = contextlib.ExitStack()
        self.server = BinanceTestServer(balances=dict(BALANCES))
        self.child: ChildProcess | None = None
        self.results: list[RunResult] = []

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> CrashHarness:
        session = self._secrets.enter_context(running_secret_service(self.workdir / "keyring"))
        self._env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session.address,
                     "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
        self._env.pop("PREGAO_DATABASE_URL", None)
        self._thread.start()
        self._on_server(self.server.start())
        self._launch()
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self.child is not None:
                self.child.exit()
        finally:
            with contextlib.suppress(Exception):
                self._on_server(self.server.stop())
            self._thread.stop()
            self._secrets.close()

    def _on_server(self, coro, timeout: float = 10.0):
        return self._thread.submit(coro).result(timeout)

    def _server_call(self, fn, *args):
        async def call():
            return fn(*args)
        return self._on_server(call())

    def _launch(self) -> dict:
        self.child = ChildProcess(self.db, self.dump, self.server.base_url, self._env)
        self.child.expect("READY")
        return json.loads(self.dump.read_text())

    # -- one run ---------------------------------------------------------------------------

    def run(self, index: int) -> RunResult:
        started = time.monotonic()
        point = KILL_POINTS[index % len(KILL_POINTS)]
        result = RunResult(index, point)
        assert self.child is not None
        getattr(self, f"_kill_{point}")(self.child)
        self.child.kill()
        journal = self._launch()
        self._compare(journal, result)
        result.seconds = time.monotonic() - started
        self.results.append(result)
        return result

    def _price(self) -> float:
        return self._server_call(self.server.account.price, SYMBOL_ID)

    def _limit_far(self) -> dict:
        """A limit order that rests: a buy well below or a sell well above the market."""
        price = self._price()
        side = self.rng.choice(("buy", "sell"))
        away = price * self.rng.uniform(0.05, 0.2)
        level = round((price - away if side == "buy" else price + away) / TICK) * TICK
        return {"symbol": SYMBOL, "side": side, "type": "limit",
                "amount": round(self.rng.uniform(0.01, 0.5), 5), "price": round(level, 2)}

    def _market(self) -> dict:
        return {"symbol": SYMBOL, "side": self.rng.choice(("buy", "sell")), "type": "market",
                "amount": round(self.rng.uniform(0.5, 4.0), 5)}

    def _kill_before_send(self, child: ChildProcess) -> None:
        child.send({"pause_at": "before_send",
                    "orders": [self.rng.choice((self._market, self._limit_far))()]})
        child.expect("AT before_send")
        time.sleep(self.rng.uniform(0.0, 0.05))

    def _kill_in_flight(self, child: ChildProcess) -> None:
        posts = len(self._server_call(self.server.log.to, "/api/v3/order", "POST"))
        self._server_call(lambda: self.server.faults.next(
            "/api/v3/order", "slow", method="POST", delay_s=3.0))
        child.send({"orders": [self.rng.choice((self._market, self._limit_far))()]})
        child.expect("SENDING")
        deadline = time.monotonic() + 10
        while len(self._server_call(self.server.log.to, "/api/v3/order", "POST")) == posts:
            if time.monotonic() > deadline:
                raise TimeoutError("the order never reached the exchange")
            time.sleep(0.005)
        time.sleep(self.rng.uniform(0.0, 0.5))  # within ccxt's 2 s timeout: no answer yet

    def _kill_after_ack(self, child: ChildProcess) -> None:
        count = self.rng.randint(1, 3)
        orders = [self.rng.choice((self._market, self._limit_far))() for _ in range(count)]
        child.send({"orders": orders})
        for _ in range(self.rng.randint(1, count)):
            child.expect("ACK")
        time.sleep(self.rng.uniform(0.0, 0.4))

    def _kill_partial_fills(self, child: ChildProcess) -> None:
        price = self._price()
        side = self.rng.choice(("buy", "sell"))
        # The book holds 2, 3, 4 ... BTC per tick: crossing two levels fills 5 BTC at once
        # and leaves the rest working, to fill as the price comes to it.
        limit = price + 2 * TICK if side == "buy" else price - 2 * TICK
        amount = round(self.rng.uniform(6.0, 12.0), 5)
        child.send({"orders": [{"symbol": SYMBOL, "side": side, "type": "limit",
                                "amount": amount, "price": round(limit, 2)}]})
        child.expect("ACK")
        moves = self.rng.randint(1, 6)
        for _ in range(moves):
            step = self.rng.randint(1, 3) * TICK
            price = price - step if side == "buy" else price + step
            self._server_call(self.server.set_price, SYMBOL_ID, round(price, 2))
            time.sleep(self.rng.uniform(0.0, 0.15))

    # -- the verdict -----------------------------------------------------------------------

    def exchange_state(self) -> dict:
        def collect() -> dict:
            account = self.server.account
            orders = {account.client_id_of(o): o for o in account.orders()}
            fills = list(account.engine.fills())
            balances = {b.currency: b.total for b in account.engine.balances()}
            posts = Counter(r.params.get("newClientOrderId", "")
                            for r in self.server.log.to("/api/v3/order", "POST"))
            return {"orders": orders, "fills": fills, "balances": balances, "posts": posts}
        return self._server_call(collect)

    def _compare(self, journal: dict, result: RunResult) -> None:
        state = self.exchange_state()
        orders = {o["client_order_id"]: o for o in journal["orders"]}
        result.orders = len(state["orders"])
        result.duplicates = sum(1 for n in state["posts"].values() if n > 1)
        for cid, order in state["orders"].items():
            mine = orders.get(cid)
            if mine is None:
                result.lost += 1
                result.mismatches.append(f"{cid}: on the exchange, not in the journal")
                continue
            if mine["status"] != order.status.value or \
                    abs(mine["filled"] - order.filled) > TOLERANCE:
                result.mismatches.append(
                    f"{cid}: journal {mine['status']} {mine['filled']}, exchange "
                    f"{order.status.value} {order.filled}")
        for cid, mine in orders.items():
            if cid not in state["orders"] and mine["status"] != "rejected":
                result.mismatches.append(f"{cid}: journal {mine['status']}, exchange never "
                                         "accepted it")
        exchange_fills = {f.id.removeprefix("pf-"): f for f in state["fills"]}
        journal_fills = Counter(f["id"] for f in journal["fills"])
        for fill_id in exchange_fills:
            if fill_id not in journal_fills:
                result.lost += 1
                result.mismatches.append(f"fill {fill_id}: not in the journal")
        for fill_id, n in journal_fills.items():
            if fill_id not in exchange_fills or n > 1:
                result.mismatches.append(f"fill {fill_id}: journaled {n}x, exchange "
                                         f"{'has' if fill_id in exchange_fills else 'lacks'} it")
        derived = dict(BALANCES)
        for f in journal["fills"]:
            base, quote = f["symbol"].split("/")
            sign = 1.0 if f["side"] == "buy" else -1.0
            derived[base] = derived.get(base, 0.0) + sign * f["amount"]
            derived[quote] = derived.get(quote, 0.0) - sign * f["amount"] * f["price"]
            fee_currency = f["fee_currency"] or quote
            derived[fee_currency] = derived.get(fee_currency, 0.0) - f["fee"]
        for currency in set(derived) | set(state["balances"]):
            want, have = state["balances"].get(currency, 0.0), derived.get(currency, 0.0)
            if abs(want - have) > TOLERANCE * max(1.0, abs(want)):
                result.mismatches.append(f"balance {currency}: journal {have}, exchange {want}")

    def summary(self) -> dict:
        return {"runs": len(self.results),
                "orders": self.results[-1].orders if self.results else 0,
                "mismatches": sum(len(r.mismatches) for r in self.results),
                "duplicates": max((r.duplicates for r in self.results), default=0),
                "lost": sum(r.lost for r in self.results)}
