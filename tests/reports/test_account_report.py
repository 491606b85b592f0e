"""`pregao report --account NAME --from --to`: an account's journal (a real SQLite file) to
Excel, PDF and JSON, with trades rebuilt by the accounting kernel."""

from __future__ import annotations

import json
import shutil
import subprocess

import openpyxl
import pytest

from desktop.app import _report_style
from desktop.core import Fill, Order, OrderStatus, OrderType, Side
from desktop.reports.cli import main
from desktop.shell.report_texts import report_style
from desktop.storage import Account, Database, upgrade_to_head
from desktop.storage.journal import Journal

HOUR = 3_600_000
JAN30 = 1_706_572_800_000  # 2024-01-30 00:00 UTC
ACCOUNT = "p" * 32


def _fill(n: int, symbol: str, side: Side, price: float, amount: float, ts: int) -> Fill:
    return Fill(id=f"f{n}", order_id=f"o{n}", client_order_id=f"c{n}", symbol=symbol,
                side=side, price=price, amount=amount, fee=0.1, fee_currency="USDT", ts=ts)


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('acct') / 'pregao.db'}"
    upgrade_to_head(url)
    db = Database(url)
    with db.session() as session:
        session.add(Account(id=ACCOUNT, exchange="paper", label="Paper", is_paper=True))
    journal = Journal(db)
    for k in range(-24, 96):  # hourly equity from Jan 29 to Feb 2
        journal.snapshot_equity(ACCOUNT, 1000.0 + k, 500.0, ts_ms=JAN30 + k * HOUR)
    journal.record_fills(ACCOUNT, [
        _fill(1, "ETH/USDT", Side.BUY, 10.0, 1.0, JAN30 - 5 * HOUR),  # before the period
        _fill(2, "BTC/USDT", Side.BUY, 100.0, 1.0, JAN30 + 2 * HOUR),
        _fill(3, "BTC/USDT", Side.SELL, 110.0, 0.5, JAN30 + 29 * HOUR),
        _fill(4, "ETH/USDT", Side.SELL, 12.0, 1.0, JAN30 + 30 * HOUR),
        _fill(5, "BTC/USDT", Side.SELL, 90.0, 0.5, JAN30 + 53 * HOUR),
    ])
    journal.record_order(ACCOUNT, Order(
        id="o2", client_order_id="c2", symbol="BTC/USDT", side=Side.BUY,
        type=OrderType.MARKET, status=OrderStatus.FILLED, amount=1.0, filled=1.0,
        average=100.0, fee=0.1, fee_currency="USDT", created_ts=JAN30 + 2 * HOUR,
        updated_ts=JAN30 + 2 * HOUR))
    db.close()
    return url


def test_account_report_rebuilds_trades_and_writes_every_sheet(db_url, tmp_path):
    out = {k: tmp_path / f"acct.{k}" for k in ("xlsx", "pdf", "json")}
    rc = main(["report", "--account", "Paper", "--from", "2024-01-30", "--to", "2024-02-01",
               "--database", db_url, "--xlsx", str(out["xlsx"]), "--pdf", str(out["pdf"]),
               "--json", str(out["json"]), "--language", "es"], style_for=_report_style)
    assert rc == 0
    m = json.loads(out["json"].read_text())["report"]["metrics"]
    # closings: BTC 0.5 at 110 over a 100 cost (+5 - 0.1), ETH bought before the period at 10
    # sold at 12 (+2 - 0.1), BTC 0.5 at 90 (-5 - 0.1)
    assert m["trades"] == 3 and m["win_rate"] == pytest.approx(2 / 3)
    assert m["largest_win"] == pytest.approx(4.9) and m["largest_loss"] == pytest.approx(-5.1)
    assert m["fees_paid"] == pytest.approx(0.4)  # the opening BTC fill's fee too
    # equity 1000 .. 1071 over Jan 30 00:00 .. Feb 1 23:00
    assert m["start_equity"] == 1000.0 and m["end_equity"] == 1071.0
    style = report_style("es")
    wb = openpyxl.load_workbook(out["xlsx"])
    symbols = wb[style.text("sheet_symbols")]
    rows = list(symbols.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["BTC/USDT", "ETH/USDT"]
    assert rows[0][1:] == (3, pytest.approx(200.0), pytest.approx(0.3), pytest.approx(-0.3))
    assert wb[style.text("sheet_orders")].max_row == 2
    assert wb[style.text("sheet_fills")].max_row == 5  # the fill before the period is not
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out["pdf"]), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert f"{style.text('account')} — Paper" in text and "66,67 %" in text


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "30/01/2024"], "--from: '30/01/2024' is not a date"),
    (["--account", "Nope"], "--account: no account named 'Nope' (accounts: Paper)"),
    (["--from", "2024-03-01"], "--to: 2024-02-01 is before --from 2024-03-01"),
    (["--from", "2023-01-01", "--to", "2023-01-02"], "0 equity point(s)"),
])
def test_bad_arguments_are_one_line_and_exit_2(db_url, tmp_path, capsys, args, message):
    base = {"--account": "Paper", "--from": "2024-01-30", "--to": "2024-02-01"}
    for k in range(0, len(args), 2):
        base[args[k]] = args[k + 1]
    argv = [x for kv in base.items() for x in kv]
    rc = main([*argv, "--database", db_url, "--json", str(tmp_path / "x.json")])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("pregao report: error: ") and message in err
    assert err.count("\n") == 1
