"""The real app, headless, for the crash-recovery harness: `python -m tests.crash.child`.

It starts the real `EngineRuntime` on a database file, adds (first launch) and connects a
Binance account whose keys go into the real Secret Service the harness runs and whose URLs
point at the harness's local exchange server (the only test-only override: `--base-url`),
waits for the order manager's reconciliation, writes what the journal holds to `--dump`, says
READY, then trades as the harness tells it on stdin (one JSON command per line) until the
harness kills it with SIGKILL.

Lines on stdout are the protocol: `READY`, `AT <point> <client id>` (the order manager paused
there: journaled, not sent), `SENDING <client id>`, `ACK <client id> <status>`, `ERROR <text>`,
`OBSERVED <n>` (how many prices of a symbol the engine's order emulation has taken in).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
from dataclasses import asdict
from types import SimpleNamespace

import desktop.engine.engine as engine_module
from desktop.core import OrderRequest, OrderType, PregaoError, Side
from desktop.core.accounts import AccountDraft
from desktop.engine.runtime import EngineRuntime
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.harness import venue_config

LABEL = "Crash"
POLL_S = 0.1


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def local_config(base_url: str, target):
    creds = target.credentials
    return venue_config(SimpleNamespace(base_url=base_url), name=target.name,
                        account=target.account, poll_interval_s=POLL_S,
                        credentials=CcxtCredentials(creds.api_key, creds.secret,
                                                    creds.passphrase))


class Child:
    def __init__(self, runtime: EngineRuntime, dump: str) -> None:
        self.rt = runtime
        self.dump = dump
        self.account_id = ""

    async def start(self) -> None:
        client = self.rt.client
        accounts = [a for a in await client.accounts() if a.label == LABEL]
        if accounts:
            self.account_id = accounts[0].id
        else:
            added = await client.account_add(
                AccountDraft("binance", LABEL, api_key=API_KEY, secret=API_SECRET))
            self.account_id = added.id
        await client.account_connect(self.account_id)
        orders = self.rt.engine.orders
        await client.call(orders.wait_reconciled, self.account_id)
        await client.call(orders.wait_resumed, self.account_id)  # engine-run orders go on
        report = await client.call(lambda: orders.last_report.get(self.account_id))
        journal_orders = await client.trade_orders(self.account_id, limit=100_000)
        fills = await client.call(
            lambda: orders.journal.fills(self.account_id, since_ms=0, limit=1_000_000))
        with open(self.dump, "w") as out:
            json.dump({"orders": [_order_json(o) for o in journal_orders],
                       "fills": [_fill_json(f) for f in fills],
                       "report": asdict(report) if report is not None else None}, out)
        say("READY")

    async def command(self, command: dict) -> None:
        orders = self.rt.engine.orders
        if command.get("action") == "observed":  # prices the engine's emulation took in
            venue = self.rt.engine.accounts.venue(self.account_id)
            seen = await self.rt.client.call(lambda: venue.observed.get(command["symbol"], 0))
            say(f"OBSERVED {seen}")
            return
        point = command.get("pause_at", "")

        async def journaled(client_id: str) -> None:
            if point == "before_send":
                say(f"AT before_send {client_id}")
                await asyncio.Event().wait()  # until SIGKILL
            say(f"SENDING {client_id}")

        await self.rt.client.call(setattr, orders, "on_journaled", journaled)
        for spec in command.get("orders", []):
            request = OrderRequest(spec["symbol"], Side(spec["side"]), OrderType(spec["type"]),
                                   spec["amount"], price=spec.get("price"),
                                   trail_amount=spec.get("trail_amount"))
            try:
                order = await self.rt.client.trade_place(self.account_id, request)
            except PregaoError as err:
                say(f"ERROR {err}")
                continue
            say(f"ACK {order.client_order_id} {order.status.value}")


def _order_json(order) -> dict:
    return {"id": order.id, "client_order_id": order.client_order_id, "symbol": order.symbol,
            "side": order.side.value, "status": order.status.value, "amount": order.amount,
            "filled": order.filled, "reason": order.reason}


def _fill_json(fill) -> dict:
    return {"id": fill.id, "order_id": fill.order_id, "client_order_id": fill.client_order_id,
            "symbol": fill.symbol, "side": fill.side.value, "price": fill.price,
            "amount": fill.amount, "fee": fill.fee, "fee_currency": fill.fee_currency}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--dump", required=True)
    args = parser.parse_args()
    # The window's first frame is not waited for here: accounts start at once.
    engine_module.ACCOUNTS_START_DELAY_S = 0.0
    runtime = EngineRuntime(demo_days=1, database_url=f"sqlite:///{args.db}")
    runtime.engine.accounts.config_for = lambda target: local_config(args.base_url, target)
    runtime.start()
    child = Child(runtime, args.dump)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(child.start())
        lines: asyncio.Queue = asyncio.Queue()

        def read() -> None:
            for line in sys.stdin:
                loop.call_soon_threadsafe(lines.put_nowait, line)
            loop.call_soon_threadsafe(lines.put_nowait, "")

        threading.Thread(target=read, daemon=True).start()

        async def serve() -> None:
            while True:
                line = await lines.get()
                if not line.strip():
                    return
                command = json.loads(line)
                if command.get("action") == "exit":
                    return
                asyncio.get_running_loop().create_task(child.command(command))

        loop.run_until_complete(serve())
    finally:
        runtime.stop(timeout=5.0)
        loop.close()


if __name__ == "__main__":
    main()
