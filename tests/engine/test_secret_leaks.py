"""Nothing secret leaves the app: after faults on every signed endpoint of the local exchange,
no API key, API secret, request signature or signed query string is found in any output
channel: the errors the trader is shown, order reasons, events, log records and the log file
(tracebacks included), the database file, exports and stderr.

ccxt's error messages quote the full signed request URL (`...?timestamp=..&signature=..`):
this test fails if any path lets one through unredacted.
"""

from __future__ import annotations

import asyncio
import logging
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import desktop.engine.engine as engine_module
from desktop.core import Order, OrderRequest, OrderType, PregaoError, Side
from desktop.core.accounts import AccountDraft
from desktop.engine.loop_thread import LoopThread
from desktop.engine.runtime import EngineRuntime
from desktop.log_file import open_log_file
from desktop.log_redaction import RedactingFilter, format_exception
from desktop.secrets import SecretStore
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.harness import venue_config
from tests.exchange_server.server import BinanceTestServer
from tests.file_keyring import FileKeyring

REPO = Path(__file__).resolve().parents[2]
SYMBOL = "BTC/USDT"
# Every signed endpoint of the local exchange, with the faults it gets.
FAULTS = {
    ("/api/v3/account", "GET"): ("500", "malformed", "drop", "error-auth", "error-sig"),
    ("/api/v3/order", "POST"): ("error-order", "500", "malformed"),
    ("/api/v3/order", "GET"): ("500", "malformed"),
    ("/api/v3/order", "DELETE"): ("error-order", "malformed", "500"),
    ("/api/v3/openOrders", "GET"): ("500", "malformed"),
    ("/api/v3/myTrades", "GET"): ("500", "malformed"),
    ("/api/v3/userDataStream", "POST"): ("500", "malformed"),
}
ERRORS = {
    "error-auth": dict(code=-2015, msg="Invalid API-key, IP, or permissions for action.",
                       status=401),
    "error-sig": dict(code=-1022, msg="Signature for this request is not valid.", status=400),
    "error-order": dict(code=-2011, msg="Unknown order sent.", status=400),
}


class Exchange:
    def __init__(self) -> None:
        self.thread = LoopThread("leak-exchange")
        self.server = BinanceTestServer(balances={"USDT": 100_000.0, "BTC": 10.0})

    def __enter__(self) -> Exchange:
        self.thread.start()
        self.thread.submit(self.server.start()).result(10)
        return self

    def __exit__(self, *exc) -> None:
        self.thread.submit(self.server.stop()).result(10)
        self.thread.stop()

    def call(self, fn, *args):
        async def run():
            return fn(*args)
        return self.thread.submit(run()).result(10)

    def fault(self, path: str, method: str, kind: str, count: int = 1) -> None:
        extra = ERRORS.get(kind, {})
        real = "error" if kind in ERRORS else kind
        self.call(lambda: self.server.faults.next(path, real, count=count, method=method,
                                                  **extra))

    def signatures(self) -> set[str]:
        return {r.params["signature"] for r in self.server.log.records
                if r.params.get("signature")}


def run(coro, timeout: float = 60.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def attempt(errors: list[str], caught: list[BaseException], coro) -> object:
    try:
        return await coro
    except PregaoError as exc:
        errors.append(str(exc))
        caught.append(exc)
        return None


def test_no_secret_in_any_output_channel_after_faults_on_every_signed_endpoint(
        tmp_path, capfd, monkeypatch):
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    records: list[str] = []
    capture = logging.Handler()
    capture.addFilter(RedactingFilter())
    formatter = logging.Formatter("%(levelname)s %(name)s: %(message)s")
    capture.emit = lambda record: records.append(formatter.format(record))  # type: ignore
    log_file, why = open_log_file(tmp_path / "logs")
    assert log_file is not None, why
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(capture)
    root.addHandler(log_file)
    events: list = []
    errors: list[str] = []
    caught: list[BaseException] = []
    db = tmp_path / "pregao.db"
    try:
        with Exchange() as ex:
            rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{db}")
            rt.engine.accounts.secrets = SecretStore(backend=FileKeyring(tmp_path / "keys"))
            rt.engine.accounts.config_for = lambda t: venue_config(
                ex.server, name=t.name, account=t.account,
                credentials=CcxtCredentials(t.credentials.api_key, t.credentials.secret))
            rt.bus.add_sink(events.append)
            rt.start()
            try:
                run(_exercise(rt, ex, errors, caught))
            finally:
                assert rt.stop(timeout=10.0)
            signatures = ex.signatures()
            faults_hit = {(r.path, r.method) for r in ex.server.log.records
                          if r.status != 200}
    finally:
        root.removeHandler(capture)
        root.removeHandler(log_file)
        log_file.close()
        root.setLevel(old_level)
    # every signed endpoint answered with a fault at least once
    assert set(FAULTS) <= faults_hit | {("/api/v3/userDataStream", "POST")}, faults_hit
    assert len(signatures) > 20
    assert errors, "the faults produced no error for the trader"
    # Logged as the app logs a failure: with its traceback, whose chain holds ccxt's error.
    for exc in caught:
        logging.getLogger("pregao.test").error("failed: %s", exc, exc_info=exc)
        records.append(format_exception(exc))
    assert any(exc.__cause__ is not None for exc in caught)
    channels = {
        "errors shown": "\n".join(errors),
        "events": "\n".join(map(repr, events)),
        "log records": "\n".join(records),
        "log file": (tmp_path / "logs" / "pregao.log").read_text(),
        "database": b"".join(p.read_bytes() for p in tmp_path.glob("pregao.db*"))
                    .decode("latin-1"),
        "exports": _exports(tmp_path, db),
        "stderr": capfd.readouterr().err,
    }
    assert "signature" in channels["log records"].lower() or errors
    secrets = {API_KEY, API_SECRET, *signatures}
    for name, text in channels.items():
        for secret in secrets:
            assert secret not in text, f"{name} holds a secret: ...{_around(text, secret)}..."
        # a signed URL's query, or a signature in a request body ccxt logs at DEBUG
        signed = re.search(r"signature=\w|://[^\s?]*\?(?!•••)", text)
        assert signed is None, f"{name} holds a signed query: ...{_around(text, signed[0])}..."
    # the log and the errors still say what happened, only without the secrets
    assert "•••" in channels["log records"] or "•••" in channels["log file"]


async def _exercise(rt: EngineRuntime, ex: Exchange, errors: list[str],
                    caught: list[BaseException]) -> None:
    client = rt.client
    draft = AccountDraft("binance", "Leaky", api_key=API_KEY, secret=API_SECRET)
    # GET /api/v3/account: "Test connection" shows the exchange's answer to the trader
    for kind in FAULTS[("/api/v3/account", "GET")]:
        ex.fault("/api/v3/account", "GET", kind, count=5)
        await attempt(errors, caught, client.account_test(draft))
        ex.call(ex.server.faults.clear)
    added = await client.account_add(draft)
    # POST /api/v3/userDataStream fails while connecting: the user stream falls back to REST
    for kind in FAULTS[("/api/v3/userDataStream", "POST")]:
        ex.fault("/api/v3/userDataStream", "POST", kind)
    await client.account_connect(added.id)
    orders = rt.engine.orders
    await client.call(orders.wait_reconciled, added.id)
    price = ex.call(ex.server.account.price, "BTCUSDT")
    resting = OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=round(price * 0.8, 2))
    # POST /api/v3/order, and GET /api/v3/order for the lookups an unknown outcome makes
    for kind in FAULTS[("/api/v3/order", "POST")]:
        ex.fault("/api/v3/order", "POST", kind)
        for lookup in FAULTS[("/api/v3/order", "GET")]:
            ex.fault("/api/v3/order", "GET", lookup)
        await attempt(errors, caught, client.trade_place(added.id, resting))
    await attempt(errors, caught, client.trade_place(
        added.id, OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 0.01)))
    # DELETE /api/v3/order
    for kind in FAULTS[("/api/v3/order", "DELETE")]:
        placed = await attempt(errors, caught, client.trade_place(added.id, resting))
        if isinstance(placed, Order):
            ex.fault("/api/v3/order", "DELETE", kind)
            await attempt(errors, caught, client.trade_cancel(added.id, placed.id))
    # openOrders and myTrades: reconciliation after a reconnect, and the fill polling
    await client.account_disconnect(added.id)
    for path in ("/api/v3/openOrders", "/api/v3/myTrades"):
        for kind in FAULTS[(path, "GET")]:
            ex.fault(path, "GET", kind)
    await client.account_connect(added.id)
    deadline = time.monotonic() + 15
    while ex.call(lambda: ex.server.faults.pending) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    await client.call(orders.wait_reconciled, added.id)
    await attempt(errors, caught, client.trade_orders(added.id))


def _exports(tmp_path: Path, db: Path) -> str:
    """The orders and fills as the monitors export them (CSV and Excel), read back."""
    import sqlite3

    import openpyxl

    from widgets.monitors.export import ExportTable, write_table

    texts = []
    with sqlite3.connect(db) as conn:
        for table in ("orders", "fills"):
            cursor = conn.execute(f"SELECT * FROM {table}")
            headers = [c[0] for c in cursor.description]
            rows = [list(r) for r in cursor.fetchall()]
            for suffix in (".csv", ".xlsx"):
                path = tmp_path / f"{table}{suffix}"
                write_table(path, ExportTable(headers, rows), table)
                if suffix == ".csv":
                    texts.append(path.read_text())
                else:
                    sheet = openpyxl.load_workbook(path).active
                    texts.extend(str(c.value) for row in sheet.iter_rows() for c in row)
    return "\n".join(texts)


def test_an_uncaught_exception_prints_its_traceback_redacted(tmp_path):
    code = (
        "import threading\n"
        "from desktop.log_redaction import install_excepthooks, register_secret\n"
        "install_excepthooks()\n"
        "register_secret('the-api-secret-1234')\n"
        "class NetworkError(Exception): pass\n"
        "def fail():\n"
        "    try:\n"
        "        raise NetworkError('binance GET https://api.binance.com/api/v3/account?'\n"
        "                           'timestamp=1&signature=abcdef0123 the-api-secret-1234')\n"
        "    except NetworkError as err:\n"
        "        raise RuntimeError('Could not reach Binance') from err\n"
        "t = threading.Thread(target=fail); t.start(); t.join()\n"
        "fail()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1
    err = proc.stderr
    assert err.count("RuntimeError: Could not reach Binance") == 2  # the thread and main
    assert "https://api.binance.com/api/v3/account?•••" in err
    assert "abcdef0123" not in err and "the-api-secret-1234" not in err
    assert "timestamp=1" not in err


@pytest.mark.parametrize(("text", "clean"), [
    ("binance POST http://127.0.0.1:5/api/v3/order?symbol=BTCUSDT&signature=ab12 503 x",
     "binance POST http://127.0.0.1:5/api/v3/order?••• 503 x"),
    ("kraken https://api.kraken.com/0/private/Balance?apiKey=K123&nonce=1 refused",
     "kraken https://api.kraken.com/0/private/Balance?••• refused"),
    ('headers {"X-MBX-APIKEY": "abcd1234"} body signature=ff00&x=1',
     'headers {"X-MBX-APIKEY": "•••"} body signature=•••&x=1'),
    ("Secret Service: unavailable; the API key: check it", None),
])
def test_redaction_cuts_signed_queries_and_credential_pairs(text, clean):
    from desktop.log_redaction import redact

    assert redact(text) == (text if clean is None else clean)


def _around(text: str, secret: str) -> str:
    at = text.find(secret)
    return text[max(0, at - 80):at + len(secret) + 40]


def test_an_error_the_ui_receives_is_redacted_whatever_its_type(tmp_path, monkeypatch):
    """Not only translated venue errors: any exception the engine client hands the UI has its
    signed URL cut (a library error quoting the request, say)."""
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'p.db'}")
    rt.start()
    try:
        def fail() -> None:
            raise RuntimeError("GET https://api.example.com/v1/balance?apiKey=K1234&sig=ab12 "
                               "timed out")

        with pytest.raises(RuntimeError) as raised:
            run(rt.client.call(fail))
    finally:
        assert rt.stop(timeout=10.0)
    assert str(raised.value) == "GET https://api.example.com/v1/balance?••• timed out"


def test_prose_that_names_a_credential_is_left_alone():
    from desktop.log_redaction import redact

    sentence = ("Binance rejected the request signature: check the API secret in File > "
                "Accounts….")
    assert redact(sentence) == sentence
    assert redact("{'X-MBX-APIKEY': 'abcd1234'}") == "{'X-MBX-APIKEY': '•••'}"
