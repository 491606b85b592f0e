"""`pregao backtest ... --xlsx --pdf --json`: the files are read back (openpyxl, the zip's
chart parts, pdftotext, pdftoppm) and the Summary sheet, the PDF and the JSON agree."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from report_data import write_candles

from desktop.app import _report_style
from desktop.backtest.cli import main
from desktop.reports.formatting import format_value
from desktop.reports.labels import METRIC_GROUPS
from desktop.shell.report_texts import report_style

KINDS = {key: kind for _, items in METRIC_GROUPS for key, kind in items}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    data = write_candles(folder / "eth.csv")
    btc = write_candles(folder / "btc.csv", seed=3, drift=0.0002)
    out = {k: folder / f"run.{k}" for k in ("xlsx", "pdf", "json")}
    rc = main(["--strategy", "sma_cross", "--data", str(data), "--symbol", "ETH/USDT",
               "--params", "fast=5,slow=20", "--benchmark", str(btc),
               "--xlsx", str(out["xlsx"]), "--pdf", str(out["pdf"]), "--json", str(out["json"]),
               "--language", "pt_BR", "--quiet"], style_for=_report_style)
    assert rc == 0
    return out, json.loads(out["json"].read_text())


def _summary_values(path) -> dict[str, object]:
    ws = openpyxl.load_workbook(path)[report_style("pt_BR").text("sheet_summary")]
    return {row[0]: row[1] for row in ws.iter_rows(min_col=1, max_col=2, values_only=True)
            if row[0]}


def test_summary_sheet_holds_every_figure_of_the_json(run):
    out, doc = run
    style = report_style("pt_BR")
    cells = _summary_values(out["xlsx"])
    report = doc["report"]["metrics"]
    assert report["trades"] == doc["metrics"]["trades"] == len(doc["trades"]) > 10
    for key, value in report.items():
        if key not in KINDS:
            continue
        cell = cells[style.text(key)]
        if value is None:
            assert cell in (None, "∞"), key
        elif KINDS[key] == "time":
            assert cell == dt.datetime.fromtimestamp(value / 1000, dt.UTC).replace(
                tzinfo=None), key
        else:
            assert cell == pytest.approx(value, rel=1e-12), key
    for key in ("total_return", "sharpe", "max_drawdown", "win_rate", "var_95"):
        assert report[key] == doc["metrics"][key]  # the run's own metrics, not recomputed


def test_sheets_types_filters_and_native_charts(run):
    out, doc = run
    style = report_style("pt_BR")
    wb = openpyxl.load_workbook(out["xlsx"])
    assert wb.sheetnames[:5] == [style.text(k) for k in (
        "sheet_summary", "sheet_trades", "sheet_equity", "sheet_monthly", "sheet_distribution")]
    trades = wb[style.text("sheet_trades")]
    assert trades.freeze_panes == "A2" and trades.auto_filter.ref.startswith("A1:")
    first = [c.value for c in trades[2]]
    assert isinstance(first[2], dt.datetime) and isinstance(first[7], float)
    assert first[7] == pytest.approx(doc["trades"][0]["pnl"])
    assert trades.max_row == len(doc["trades"]) + 1
    equity = wb[style.text("sheet_equity")]
    assert equity.max_row == len(doc["equity"]) + 1
    assert equity["B2"].value == pytest.approx(doc["equity"][0][1])
    assert equity["C2"].value == 0 and isinstance(equity["A2"].value, dt.datetime)
    monthly = wb[style.text("sheet_monthly")]
    assert [monthly.cell(1, m).value for m in (2, 3)] == [style.text("m1"), style.text("m2")]
    assert monthly["A2"].value == 2024
    assert monthly.conditional_formatting  # the colour scale
    with zipfile.ZipFile(out["xlsx"]) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = "".join(z.read(n).decode() for n in charts)
        assert not [n for n in z.namelist() if n.startswith("xl/media/")]  # no pictures
    assert len(charts) == 4
    for kind in ("c:lineChart", "c:areaChart", "c:barChart"):
        assert kind in xml


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_pdf_prints_the_same_figures_in_the_ui_language(run):
    out, doc = run
    style = report_style("pt_BR")
    text = subprocess.run(["pdftotext", "-layout", str(out["pdf"]), "-"], capture_output=True,
                          text=True, check=True).stdout
    report = doc["report"]["metrics"]
    for key in ("total_return", "sharpe", "sortino", "max_drawdown", "win_rate",
                "profit_factor", "beta", "fees_paid", "end_equity"):
        shown = format_value(report[key], KINDS[key], style)
        assert "," in shown or shown.isdigit()  # Portuguese decimals
        assert shown in text, (key, shown)
    pages = int(subprocess.run(["pdfinfo", str(out["pdf"])], capture_output=True, text=True,
                               check=True).stdout.split("Pages:")[1].split()[0])
    assert style.text("page", page=pages, pages=pages) in text
    assert style.text("worst_drawdowns") in text and style.text("chart_rolling") in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_pdf_pages_render_as_images(run, tmp_path):
    out, _ = run
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "2", "-png", str(out["pdf"]),
                    str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page*.png"))
    assert len(images) == 2 and all(p.stat().st_size > 5000 for p in images)
