"""The real app, headless, for the crash-recovery harness: `python -m tests.crash.child`.

It starts the real `EngineRuntime` on a database file, adds (first launch) and connects one
Binance account per `--base-url` (each its own local exchange server, so several accounts
trade at once) whose keys go into the keyring and whose URLs point at the harness's servers
(the only test-only override), in polling mode or with WebSocket streams (`--websocket`),
waits for every account's reconciliation and the resumption of its engine-emulated orders,
writes what the journal holds to `--dump`, says READY, then trades as the harness tells it on
stdin (one JSON command per line) until the harness kills it with SIGKILL.

Lines on stdout are the protocol: `RECONCILING` (accounts connecting and reconciling),
`READY`, `AT <point> <client id>` (the order manager paused there: journaled, not sent),
`SENDING <client id>`, `ACK <client id> <status>`, `CANCELED <client id>`,
`MODIFIED <client id> <new client id>`, `ERROR <text>`, `OBSERVED <n>` (how many prices of
a symbol the engine's order emulation has taken in).

Keys: the real Secret Service where the harness runs one (DBUS_SESSION_BUS_ADDRESS), else a
keyring file in the harness's folder (`--keyring-file`), so the harness runs on every machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import threading
from dataclasses import asdict
from types import SimpleNamespace

import desktop.engine.engine as engine_module
from desktop.core import OrderRequest, OrderStatus, OrderType, PregaoError, Side
from desktop.core.accounts import AccountDraft
from desktop.engine.runtime import EngineRuntime
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.harness import venue_config

LABEL = "Crash"
POLL_S = 0.1
SETTLE_S = 0.4  # more than the poll interval: a change the exchange made shows by then
SETTLE_READINGS = 15
OPTIONAL = ("price", "stop_price", "trail_amount", "take_profit", "stop_loss")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def label(index: int) -> str:
    return LABEL if index == 0 else f"{LABEL} {index + 1}"


def local_config(base_urls: list[str], websocket: bool, target):
    base_url = base_urls[[label(i) for i in range(len(base_urls))].index(target.name)]
    creds = target.credentials
    streams = {}
    if websocket:
        ws = base_url.replace("http://", "ws://")
        streams = {"websocket": True,
                   "ws_urls": {"spot": f"{ws}/ws", "ws-api.spot": f"{ws}/ws-api/v3"}}
    return venue_config(SimpleNamespace(base_url=base_url), name=target.name,
                        account=target.account, poll_interval_s=POLL_S,
                        credentials=CcxtCredentials(creds.api_key, creds.secret,
                                                    creds.passphrase), **streams)


class Child:
    def __init__(self, runtime: EngineRuntime, dump: str, accounts: int) -> None:
        self.rt = runtime
        self.dump = dump
        self.count = accounts
        self.account_ids: list[str] = []

    async def start(self) -> None:
        client = self.rt.client
        known = {a.label: a.id for a in await client.accounts()}
        for i in range(self.count):
            if label(i) not in known:
                added = await client.account_add(
                    AccountDraft("binance", label(i), api_key=API_KEY, secret=API_SECRET))
                known[label(i)] = added.id
            self.account_ids.append(known[label(i)])
        say("RECONCILING")
        orders = self.rt.engine.orders
        for account_id in self.account_ids:
            await client.account_connect(account_id)
        for account_id in self.account_ids:
            await client.call(orders.wait_resumed, account_id)
        # Resumed emulated orders may still act (cancel a stale leg, place a new one): the
        # journal is written once two readings a moment apart agree.
        dump = await self._settled_dump()
        with open(self.dump, "w") as out:
            json.dump(dump, out)
        say("READY")

    async def _settled_dump(self) -> dict:
        previous = None
        for _ in range(SETTLE_READINGS):
            dump = {"accounts": [await self._account_dump(a) for a in self.account_ids]}
            comparable = [{k: v for k, v in a.items() if k != "report"}
                          for a in dump["accounts"]]
            if comparable == previous:
                return dump
            previous = comparable
            await asyncio.sleep(SETTLE_S)
        return dump

    async def _account_dump(self, account_id: str) -> dict:
        client, orders = self.rt.client, self.rt.engine.orders
        report = await client.call(lambda: orders.last_report.get(account_id))
        journal_orders = await client.trade_orders(account_id, limit=100_000)
        fills = await client.call(
            lambda: orders.journal.fills(account_id, since_ms=0, limit=1_000_000))
        positions = await client.trade_positions(account_id)
        venue = self.rt.engine.accounts.venue(account_id)
        working = await client.call(lambda: [_order_json(o) for o in
                                             getattr(venue, "emulated_orders", list)()])
        return {"orders": [_order_json(o) for o in journal_orders],
                "fills": [_fill_json(f) for f in fills],
                "positions": {p.symbol: p.amount for p in positions},
                "emulated_working": working,
                "report": asdict(report) if report is not None else None}

    async def command(self, command: dict) -> None:
        orders = self.rt.engine.orders
        if command.get("action") == "observed":  # prices the engine's emulation took in
            venue = self.rt.engine.accounts.venue(self.account_ids[command.get("account", 0)])
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
            await self._place(spec)
        for spec in command.get("cancel", []):
            await self._change(spec, cancel=True)
        for spec in command.get("modify", []):
            await self._change(spec, cancel=False)

    async def _place(self, spec: dict) -> None:
        extra = {k: spec[k] for k in OPTIONAL if spec.get(k) is not None}
        request = OrderRequest(spec["symbol"], Side(spec["side"]), OrderType(spec["type"]),
                               spec["amount"], **extra)
        try:
            order = await self.rt.client.trade_place(
                self.account_ids[spec.get("account", 0)], request)
        except PregaoError as err:
            say(f"ERROR {err}")
            return
        say(f"ACK {order.client_order_id} {order.status.value}")

    async def _change(self, spec: dict, cancel: bool) -> None:
        account_id = self.account_ids[spec.get("account", 0)]
        cid = spec["client_order_id"]
        journal = await self.rt.client.trade_orders(account_id, limit=100_000)
        found = [o for o in journal if o.client_order_id == cid]
        if not found or found[0].status not in (OrderStatus.OPEN, OrderStatus.PARTIALLY_FILLED):
            say(f"ERROR {cid} is not open")
            return
        try:
            if cancel:
                await self.rt.client.trade_cancel(account_id, found[0].id)
                say(f"CANCELED {cid}")
            else:
                new = await self.rt.client.trade_modify(account_id, found[0].id,
                                                        price=spec["price"])
                say(f"MODIFIED {cid} {new.client_order_id}")
        except PregaoError as err:
            say(f"ERROR {err}")


def _order_json(order) -> dict:
    return {"id": order.id, "client_order_id": order.client_order_id, "symbol": order.symbol,
            "side": order.side.value, "type": order.type.value, "status": order.status.value,
            "amount": order.amount, "filled": order.filled, "price": order.price,
            "stop_price": order.stop_price, "parent_id": order.parent_id,
            "emulated": order.emulated, "reason": order.reason}


def _fill_json(fill) -> dict:
    return {"id": fill.id, "order_id": fill.order_id, "client_order_id": fill.client_order_id,
            "symbol": fill.symbol, "side": fill.side.value, "price": fill.price,
            "amount": fill.amount, "fee": fill.fee, "fee_currency": fill.fee_currency}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--base-url", required=True, action="append")
    parser.add_argument("--dump", required=True)
    parser.add_argument("--websocket", action="store_true")
    parser.add_argument("--keyring-file", help="without a Secret Service: keys in this file")
    args = parser.parse_args()
    # The engine's log goes to stderr, which the harness keeps (child.log) to say why a
    # launch did not come up.
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # The window's first frame is not waited for here: accounts start at once.
    engine_module.ACCOUNTS_START_DELAY_S = 0.0
    runtime = EngineRuntime(demo_days=1, database_url=f"sqlite:///{args.db}")
    if args.keyring_file:
        from pathlib import Path

        from desktop.secrets import SecretStore
        from tests.file_keyring import FileKeyring

        runtime.engine.accounts.secrets = SecretStore(backend=FileKeyring(Path(args.keyring_file)))
    runtime.engine.accounts.config_for = \
        lambda target: local_config(args.base_url, args.websocket, target)
    runtime.start()
    child = Child(runtime, args.dump, len(args.base_url))
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
        runtime.stop(timeout=10.0)
        loop.close()


if __name__ == "__main__":
    main()
