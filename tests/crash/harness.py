"""Kill the real app at random moments of its life, restart it, and check that nothing was lost.

`CrashHarness` runs two local Binance servers in this process (on its own loop thread), one
per account, and drives `tests.crash.child` (the real engine, headless) in a child process.
Run `i` picks its scenario as `KILL_POINTS[i % len(KILL_POINTS)]`, its timing from a seeded
RNG, and whether the app it restarts streams by WebSocket or polls (alternating, so over two
rounds every scenario sees both modes):

- before_send: the order is journaled and the order manager stops before sending it;
- in_flight: the exchange received the order and holds its answer ("slow" fault);
- after_ack: 1-3 market and limit orders acknowledged, killed a random moment after one;
- partial_fills: a limit order partly filled at once, then filled further by price moves while
  the kill comes at a random moment;
- random_life: a burst of market, limit and emulated orders on both symbols and accounts
  while prices move, killed at a moment drawn without regard to any hook;
- cancel_modify: resting orders, then cancels and modifies of them, killed at random;
- emulated: OCO, trailing-stop and bracket orders worked by the engine while prices move
  through their levels, killed at random;
- during_reconcile: a random_life kill, then a second kill at a random moment while the
  restarted app reconciles (before it says READY), then a clean restart;
- leg_in_flight: an OCO whose first leg reached the exchange, its answer held back, when the
  kill comes: the engine's own legs follow journal-before-send too.

Each kill is a SIGKILL. The restarted child reconciles and writes its journal; the harness
compares it with each exchange (tests/crash/verdict.py: orders with price, amount and side,
fills with fees, balances, positions, orders asked for against orders held, emulated orders).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop.engine.loop_thread import LoopThread
from tests.crash.verdict import compare
from tests.crash.workload import SYMBOLS, Asked, Workload
from tests.exchange_server.server import BinanceTestServer

REPO = Path(__file__).resolve().parents[2]
SECRET_SERVICE_BINARIES = ("dbus-daemon", "gnome-keyring-daemon")
KILL_POINTS = ("before_send", "in_flight", "after_ack", "partial_fills", "random_life",
               "cancel_modify", "emulated", "during_reconcile", "leg_in_flight")
SYMBOL, SYMBOL_ID = "BTC/USDT", "BTCUSDT"
TICK = 0.01
BALANCES = {"USDT": 10_000_000.0, "BTC": 1_000.0, "ETH": 10_000.0}
ACCOUNTS = 2
READY_TIMEOUT_S = 120.0  # a loaded machine (the suite in parallel) starts the app slowly


@dataclass(slots=True)
class RunResult:
    index: int
    point: str
    mode: str = "polling"  # how the app killed in this run followed its orders
    orders: int = 0  # orders the exchanges accepted so far
    mismatches: list[str] = field(default_factory=list)
    duplicates: int = 0
    lost: int = 0
    seconds: float = 0.0


class ChildProcess:
    def __init__(self, db: Path, dump: Path, base_urls: list[str], env: dict[str, str],
                 extra: list[str]) -> None:
        self.dump = dump
        urls = [arg for url in base_urls for arg in ("--base-url", url)]
        # The app's log (stderr) of this launch, kept to say why it did not come up.
        self.log = dump.with_name("child.log")
        with self.log.open("w") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.crash.child", "--db", str(db), *urls,
                 "--dump", str(dump), *extra],
                cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=log, text=True, bufsize=1)
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
                raise TimeoutError(f"the child did not say {prefix!r} within {timeout} s; "
                                   f"its log ends:\n{self.log_tail()}")
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            if line == "":
                raise RuntimeError(f"the child exited (status {self.proc.wait()}) before "
                                   f"saying {prefix!r}; its log ends:\n{self.log_tail()}")
            if line.startswith(prefix):
                return line

    def log_tail(self, lines: int = 25) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

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
        self.servers = [BinanceTestServer(balances=dict(BALANCES)) for _ in range(ACCOUNTS)]
        self.child: ChildProcess | None = None
        self.results: list[RunResult] = []
        self.asked = Asked()
        self.workload = Workload(self.rng, ACCOUNTS, self._price)
        self.acked: list[tuple[int, dict, str]] = []  # (account, spec, client id) acknowledged
        self._keyring_args: list[str] = []
        self._pending_specs: list[dict] = []  # placed by cancel_modify, not yet acknowledged
        self.mode = "polling"

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> CrashHarness:
        self._env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
        self._env.pop("PREGAO_DATABASE_URL", None)
        if all(shutil.which(b) for b in SECRET_SERVICE_BINARIES):
            from tests.secret_service import running_secret_service

            session = self._secrets.enter_context(
                running_secret_service(self.workdir / "keyring"))
            self._env["DBUS_SESSION_BUS_ADDRESS"] = session.address
        else:  # no Secret Service on this machine: the harness still runs (see child.py)
            self._keyring_args = ["--keyring-file", str(self.workdir / "keyring.json")]
        self._thread.start()
        for server in self.servers:
            self._on_server(server.start())
        self._launch()
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self.child is not None:
                self.child.exit()
        finally:
            for server in self.servers:
                with contextlib.suppress(Exception):
                    self._on_server(server.stop())
            self._thread.stop()
            self._secrets.close()

    def _on_server(self, coro, timeout: float = 10.0):
        return self._thread.submit(coro).result(timeout)

    def _server_call(self, fn, *args):
        async def call():
            return fn(*args)
        return self._on_server(call())

    def _start_child(self) -> ChildProcess:
        extra = [*self._keyring_args, *(["--websocket"] if self.mode == "websocket" else [])]
        self.child = ChildProcess(self.db, self.dump, [s.base_url for s in self.servers],
                                  self._env, extra)
        return self.child

    def _launch(self) -> dict:
        self._start_child().expect("READY")
        return json.loads(self.dump.read_text())

    # -- one run ---------------------------------------------------------------------------

    def run(self, index: int) -> RunResult:
        started = time.monotonic()
        point = KILL_POINTS[index % len(KILL_POINTS)]
        result = RunResult(index, point, mode=self.mode)
        assert self.child is not None
        getattr(self, f"_kill_{point}")(self.child)
        self.child.kill()
        # Alternate the restarted app between WebSocket streams and polling.
        self.mode = "websocket" if (index // len(KILL_POINTS) + index) % 2 == 0 else "polling"
        if point == "during_reconcile":
            self._kill_while_reconciling()
        journal = self._launch()
        self._compare(journal, result)
        result.seconds = time.monotonic() - started
        self.results.append(result)
        return result

    @property
    def server(self) -> BinanceTestServer:
        """The first account's exchange (tests that use one account)."""
        return self.servers[0]

    def _price(self, account: int = 0, symbol: str = SYMBOL) -> float:
        return self._server_call(self.servers[account].account.price, SYMBOLS[symbol][0])

    def _move(self, account: int, symbol: str, fraction: float) -> None:
        exchange_id, tick = SYMBOLS[symbol][0], SYMBOLS[symbol][1]
        price = self._price(account, symbol)
        moved = round(round(price * (1 + fraction) / tick) * tick, 8)
        self._server_call(self.servers[account].set_price, exchange_id, moved)

    def _send(self, child: ChildProcess, command: dict) -> None:
        for spec in command.get("orders", []):
            self.asked.add(spec)
        child.send(command)

    def _watch(self, child: ChildProcess, seconds: float) -> None:
        """Read the child's lines for `seconds`: what it acknowledged (for cancel/modify)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = child.lines.get(timeout=left)
            except queue.Empty:
                return
            if line.startswith("ACK "):
                self._acked(line)

    def _acked(self, line: str) -> None:
        _, cid, status = line.split()[:3]
        if status in ("open", "partially_filled") and self._pending_specs:
            spec = self._pending_specs.pop(0)
            self.acked.append((spec["account"], spec, cid))
        elif self._pending_specs:
            self._pending_specs.pop(0)

    def _kill_before_send(self, child: ChildProcess) -> None:
        spec = self.workload.native()
        self._send(child, {"pause_at": "before_send", "orders": [spec]})
        child.expect("AT before_send")
        time.sleep(self.rng.uniform(0.0, 0.05))

    def _kill_in_flight(self, child: ChildProcess, spec: dict | None = None) -> None:
        spec = spec or self.workload.native()
        server = self.servers[spec["account"]]
        posts = len(self._server_call(server.log.to, "/api/v3/order", "POST"))
        self._server_call(lambda: server.faults.next(
            "/api/v3/order", "slow", method="POST", delay_s=3.0))
        self._send(child, {"orders": [spec]})
        if spec["type"] not in ("oco", "trailing_stop", "bracket"):
            child.expect("SENDING")
        deadline = time.monotonic() + 10
        while len(self._server_call(server.log.to, "/api/v3/order", "POST")) == posts:
            if time.monotonic() > deadline:
                raise TimeoutError("the order never reached the exchange")
            time.sleep(0.005)
        time.sleep(self.rng.uniform(0.0, 0.5))  # within ccxt's 2 s timeout: no answer yet

    def _kill_leg_in_flight(self, child: ChildProcess) -> None:
        spec = self.workload.emulated()
        while spec["type"] != "oco":
            spec = self.workload.emulated()
        self._kill_in_flight(child, spec)

    def _kill_after_ack(self, child: ChildProcess) -> None:
        count = self.rng.randint(1, 3)
        self._send(child, {"orders": [self.workload.native() for _ in range(count)]})
        for _ in range(self.rng.randint(1, count)):
            child.expect("ACK")
        time.sleep(self.rng.uniform(0.0, 0.4))

    def _kill_partial_fills(self, child: ChildProcess) -> None:
        account = self.workload.account()
        price = self._price(account, SYMBOL)
        side = self.rng.choice(("buy", "sell"))
        # The book holds 2, 3, 4 ... BTC per tick: crossing two levels fills 5 BTC at once
        # and leaves the rest working, to fill as the price comes to it.
        limit = price + 2 * TICK if side == "buy" else price - 2 * TICK
        amount = round(self.rng.uniform(6.0, 12.0), 5)
        self._send(child, {"orders": [{"account": account, "symbol": SYMBOL, "side": side,
                                       "type": "limit", "amount": amount,
                                       "price": round(limit, 2)}]})
        child.expect("ACK")
        for _ in range(self.rng.randint(1, 6)):
            step = self.rng.randint(1, 3) * TICK
            price = price - step if side == "buy" else price + step
            self._server_call(self.servers[account].set_price, SYMBOL_ID, round(price, 2))
            time.sleep(self.rng.uniform(0.0, 0.15))

    def _kill_random_life(self, child: ChildProcess) -> None:
        """Orders of every kind on both accounts and symbols, prices moving, and a kill at a
        moment drawn without looking at what the app is doing."""
        makers = (self.workload.market, self.workload.limit_far, self.workload.emulated)
        orders = [self.rng.choice(makers)() for _ in range(self.rng.randint(3, 7))]
        self._send(child, {"orders": orders})
        self._life(child, self.rng.uniform(0.0, 1.5))

    def _life(self, child: ChildProcess, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._move(self.workload.account(), self.rng.choice(tuple(SYMBOLS)),
                       self.rng.uniform(-0.003, 0.003))
            self._watch(child, self.rng.uniform(0.0, 0.1))

    def _kill_cancel_modify(self, child: ChildProcess) -> None:
        specs = [self.workload.limit_far() for _ in range(self.rng.randint(2, 4))]
        self._pending_specs = list(specs)
        self._send(child, {"orders": specs})
        for _ in specs:
            self._acked(child.expect("ACK"))
        mine = [(a, spec, cid) for a, spec, cid in self.acked if spec in specs]
        self.rng.shuffle(mine)
        command: dict = {"cancel": [], "modify": []}
        for account, spec, cid in mine:
            if self.rng.random() < 0.5:
                command["cancel"].append({"account": account, "client_order_id": cid})
            else:
                price = self.workload.modified_price(spec)
                command["modify"].append({"account": account, "client_order_id": cid,
                                          "price": price})
                self.asked.add({**spec, "price": price})
        child.send(command)
        self._life(child, self.rng.uniform(0.0, 1.0))

    def _kill_emulated(self, child: ChildProcess) -> None:
        orders = [self.workload.emulated() for _ in range(self.rng.randint(1, 3))]
        self._send(child, {"orders": orders})
        child.expect("ACK")
        for _ in range(self.rng.randint(2, 8)):
            self._move(orders[0]["account"], "BTC/USDT", self.rng.uniform(-0.003, 0.003))
            time.sleep(self.rng.uniform(0.0, 0.15))

    def _kill_during_reconcile(self, child: ChildProcess) -> None:
        self._kill_random_life(child)

    def _kill_while_reconciling(self) -> None:
        """The second crash: the restarted app is killed while it recovers from the first."""
        child = self._start_child()
        child.expect("RECONCILING")
        time.sleep(self.rng.uniform(0.0, 0.6))
        child.kill()

    # -- the verdict -----------------------------------------------------------------------

    def exchange_state(self, account: int) -> dict:
        server = self.servers[account]

        def collect() -> dict:
            exchange = server.account
            orders = {exchange.client_id_of(o): o for o in exchange.orders()}
            fills = list(exchange.engine.fills())
            balances = {b.currency: b.total for b in exchange.engine.balances()}
            posts = Counter(r.params.get("newClientOrderId", "")
                            for r in server.log.to("/api/v3/order", "POST"))
            return {"orders": orders, "fills": fills, "balances": balances, "posts": posts}
        return self._server_call(collect)

    def _compare(self, journal: dict, result: RunResult) -> None:
        result.orders = 0
        for account, mine in enumerate(journal["accounts"]):
            state = self.exchange_state(account)
            result.orders += len(state["orders"])
            problems, duplicates, lost = compare(mine, state, self.asked, account, BALANCES)
            result.mismatches.extend(problems)
            result.duplicates += duplicates
            result.lost += lost

    def summary(self) -> dict:
        return {"runs": len(self.results),
                "orders": self.results[-1].orders if self.results else 0,
                "mismatches": sum(len(r.mismatches) for r in self.results),
                "duplicates": max((r.duplicates for r in self.results), default=0),
                "lost": sum(r.lost for r in self.results)}
