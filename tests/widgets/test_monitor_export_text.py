"""A monitor export writes what a trader can read: a journaled reason as its sentence (not the
storage form with its separator and JSON), and no control character that Excel refuses."""

from __future__ import annotations

import csv

import openpyxl

from desktop.core.messages import marker, to_record
from widgets.monitors.export import ExportTable, write_table

_t = marker("ExchangeErrors")


def _table() -> ExportTable:
    reason = to_record(_t("{exchange} does not know this order.", exchange="Binance"))
    assert reason != "Binance does not know this order."  # stored with its translatable form
    return ExportTable(["id", "reason", "note", "price"],
                       [["o1", reason, "bell\x07 and tab\there", 1.5], ["o2", None, "", 2]])


def test_excel_export_holds_sentences_not_storage_encoding(tmp_path):
    path = tmp_path / "orders.xlsx"
    write_table(path, _table(), "Orders")
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[1] == ("o1", "Binance does not know this order.", "bell  and tab\there", 1.5)
    assert rows[2][1] is None and rows[2][3] == 2


def test_csv_export_holds_sentences_not_storage_encoding(tmp_path):
    path = tmp_path / "orders.csv"
    write_table(path, _table(), "Orders")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][1] == "Binance does not know this order."
    assert "ExchangeErrors" not in path.read_text(encoding="utf-8-sig")
