"""Export what a monitor shows: its visible rows (after filter and sort) and columns.

Rows are collected on the UI thread (cheap: values already in memory) and written by
`write_table` on a worker thread, so a large history never freezes the window. Excel files
are written with openpyxl: it both writes and reads .xlsx (the tests read the file back with
the same library), is pure Python (nothing to compile for the installer) and keeps real
numbers and dates in the cells.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.messages import from_record
from desktop.shell.messages import tr_message
from widgets.common.table import DataTableView
from widgets.monitors.record_model import EXPORT_ROLE, RecordTableModel


@dataclass(slots=True)
class ExportTable:
    headers: list[str]
    rows: list[list[Any]]


def visible_table(view: DataTableView, model: RecordTableModel) -> ExportTable:
    """The rows the view shows, in its order, and its visible columns, as typed values."""
    proxy = view.model()
    header = view.horizontalHeader()
    # Visual order: a column the user dragged left is exported left.
    cols = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not view.isColumnHidden(header.logicalIndex(v))
    ]
    times = {c for c in cols if model.columns[c].is_time}
    rows = []
    for r in range(proxy.rowCount()):
        row = []
        for c in cols:
            value = proxy.index(r, c).data(EXPORT_ROLE)
            if c in times and value:
                value = datetime.fromtimestamp(value / 1000)  # local time, as shown
            elif isinstance(value, float) and value != value:
                value = None  # NaN: an empty cell, not "nan"
            row.append(value)
        rows.append(row)
    headers = [str(proxy.headerData(c, Qt.Orientation.Horizontal)) for c in cols]
    return ExportTable(headers, rows)


def write_table(path: str | Path, table: ExportTable, sheet_title: str = "") -> None:
    """CSV or Excel by the file's suffix (.xlsx: Excel, anything else: CSV)."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, table, sheet_title)
    else:
        _write_csv(path, table)


# Characters XML 1.0 cannot hold: openpyxl refuses a cell containing one, and a CSV reader
# chokes on them. An exchange's text or a stored sentence may carry one.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell_text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="milliseconds")
    if isinstance(value, str):
        # A journaled reason is stored with its translatable form (desktop.core.messages):
        # the file gets the sentence in the UI's language, never the storage encoding.
        return _CONTROL.sub(" ", tr_message(from_record(value)))
    return value


def _write_csv(path: Path, table: ExportTable) -> None:
    # utf-8-sig: Excel opens a CSV with a BOM as UTF-8, so "Preço" reads correctly.
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(table.headers)
        writer.writerows([_cell_text(v) for v in row] for row in table.rows)


def _write_xlsx(path: Path, table: ExportTable, sheet_title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    if sheet_title:
        sheet.title = sheet_title[:31]  # Excel's limit
    sheet.append(table.headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([v if v is None or isinstance(v, datetime) else _cell_text(v) for v in row])
    sheet.freeze_panes = "A2"
    for c, title in enumerate(table.headers, start=1):
        width = max([len(title), *(len(str(_cell_text(r[c - 1]))) for r in table.rows[:200])])
        sheet.column_dimensions[get_column_letter(c)].width = min(40, width + 2)
        if any(isinstance(r[c - 1], datetime) for r in table.rows[:1]):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=c, max_col=c):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
    book.save(path)
