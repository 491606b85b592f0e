"""The Excel report (xlsxwriter): Summary, Trades, Equity, Monthly returns, Distribution and,
for accounts, Orders, Fills and By symbol — numbers as numbers with number formats, times as
Excel dates, and native Excel charts (line, area, column) over the sheets' own cells.

Sheets are streamed row by row (xlsxwriter's constant_memory mode), so a sheet is written
top to bottom. The Equity sheet holds at most MAX_EQUITY_ROWS rows: a longer run is sampled
evenly (its last bar and its deepest drawdown bar always kept) and the sheet says so, since
Excel holds at most 1,048,576 rows and its charts draw tens of thousands of points at most
usefully.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import xlsxwriter

from desktop.reports.formatting import ReportStyle, format_time
from desktop.reports.labels import metric_rows
from desktop.reports.metrics.analysis import Analysis, Table
from desktop.reports.metrics.distribution import histogram

MAX_EQUITY_ROWS = 20_000
EXCEL_EPOCH_DAYS = 25_569  # 1970-01-01 as an Excel serial day
DAY_MS = 86_400_000
NUMBER_FORMATS = {
    "money": "#,##0.00", "pct": "0.00%", "pct100": '0.00" %"', "ratio": "0.00",
    "count": "#,##0", "days": "0.0", "decimal": "0.0", "time": "yyyy-mm-dd hh:mm",
    "price": "#,##0.00######", "amount": "#,##0.########", "text": "@",
}
Progress = Callable[[float], None]


def excel_serial(ms: np.ndarray | float) -> np.ndarray | float:
    """Milliseconds since 1970 (UTC) as Excel's day numbers (the cell shows a date)."""
    return np.asarray(ms, dtype=np.float64) / DAY_MS + EXCEL_EPOCH_DAYS


def write_excel(analysis: Analysis, path: str | Path, style: ReportStyle,
                progress: Progress | None = None) -> Path:
    path = Path(path)
    report = progress or (lambda _fraction: None)
    # constant_memory streams each sheet's rows to disk as they are written (rows in order),
    # and leaves the charts' cached points out: Excel and LibreOffice read the cells.
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    try:
        formats = _formats(wb)
        summary = wb.add_worksheet(_sheet(style, "sheet_summary"))
        trades = wb.add_worksheet(_sheet(style, "sheet_trades"))
        equity = wb.add_worksheet(_sheet(style, "sheet_equity"))
        monthly = wb.add_worksheet(_sheet(style, "sheet_monthly"))
        dist = wb.add_worksheet(_sheet(style, "sheet_distribution"))
        _write_summary(summary, analysis, style, formats)
        report(0.1)
        _write_table(trades, analysis.trades, style, formats)
        report(0.5)
        eq_rows = _write_equity(equity, analysis, style, formats)
        report(0.75)
        month_rows = _write_monthly(monthly, analysis, style, formats)
        pnl_bins = _write_distribution(dist, analysis, style, formats)
        for key, table in analysis.extra.items():
            _write_table(wb.add_worksheet(_sheet(style, f"sheet_{key}")), table, style, formats)
        _charts(wb, summary, analysis, style, equity.name, eq_rows, monthly.name, month_rows,
                dist.name, pnl_bins)
        report(0.9)
    finally:
        wb.close()
    report(1.0)
    return path


def _sheet(style: ReportStyle, key: str) -> str:
    name = style.text(key)
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


def _formats(wb: xlsxwriter.Workbook) -> dict[str, object]:
    out: dict[str, object] = {kind: wb.add_format({"num_format": f})
                              for kind, f in NUMBER_FORMATS.items()}
    out["title"] = wb.add_format({"bold": True, "font_size": 14})
    out["bold"] = wb.add_format({"bold": True})
    out["header"] = wb.add_format({"bold": True, "bottom": 1, "bg_color": "#eef1f6",
                                   "text_wrap": True, "valign": "top"})
    out["group"] = wb.add_format({"bold": True, "font_color": "#1f4e9c", "top": 1})
    out["note"] = wb.add_format({"italic": True, "font_color": "#6f7d95"})
    return out


def _value(ws, row: int, col: int, value, kind: str, formats) -> None:
    """A number with its number format; NaN an empty cell; infinity the sign ∞."""
    if kind == "text" or isinstance(value, str):
        ws.write_string(row, col, "" if value is None else str(value))
        return
    if value is None or (isinstance(value, float) and math.isnan(value)):
        ws.write_blank(row, col, None, formats[kind])
        return
    value = float(value)
    if math.isinf(value):
        ws.write_string(row, col, "∞" if value > 0 else "−∞")
    elif kind == "time":
        ws.write_number(row, col, float(excel_serial(value)), formats["time"])
    else:
        ws.write_number(row, col, value, formats[kind])


def _write_summary(ws, a: Analysis, style: ReportStyle, formats) -> None:
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 20)
    title = style.text(a.kind)
    ws.write_string(0, 0, f"{title} — {a.name}" if a.name else title, formats["title"])
    period = f"{format_time(a.start_ms)} — {format_time(a.end_ms)} UTC"
    head = [("period", period), ("symbols", ", ".join(a.symbols) or style.text("none")),
            ("benchmark", a.benchmark_name or style.text("none"))]
    row = 2
    for key, text in head:
        ws.write_string(row, 0, style.text(key), formats["bold"])
        ws.write_string(row, 1, text)
        row += 1
    if a.params:
        row += 1
        ws.write_string(row, 0, style.text("parameters"), formats["group"])
        ws.write_blank(row, 1, None, formats["group"])
        row += 1
        for name, value in a.params.items():
            ws.write_string(row, 0, str(name))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                ws.write_number(row, 1, float(value))
            else:
                ws.write_string(row, 1, str(value))
            row += 1
    for group, items in metric_rows(a.metrics):
        row += 1
        ws.write_string(row, 0, style.text(group), formats["group"])
        ws.write_blank(row, 1, None, formats["group"])
        row += 1
        for key, kind in items:
            ws.write_string(row, 0, style.text(key))
            _value(ws, row, 1, a.metrics[key], kind, formats)
            row += 1


def _write_table(ws, table: Table, style: ReportStyle, formats) -> None:
    """Header, then the rows; columns are prepared whole first (times as Excel serials,
    words translated) so the row loop only writes: tens of thousands of trades."""
    ws.freeze_panes(1, 0)
    for col, (key, kind) in enumerate(zip(table.columns, table.kinds, strict=True)):
        ws.write_string(0, col, style.text(key), formats["header"])
        ws.set_column(col, col, 17 if kind == "time" else 12)
    ws.set_row(0, 30)
    texts = {"long": style.text("long"), "short": style.text("short")}
    columns = list(zip(*table.rows, strict=True)) if table.rows else [()] * len(table.kinds)
    prepared: list[tuple[list, bool, object]] = []
    for values, kind in zip(columns, table.kinds, strict=True):
        if kind == "text":
            prepared.append(([texts.get(v, "" if v is None else str(v)) for v in values],
                             True, None))
            continue
        numbers = np.array([math.nan if v is None else v for v in values], dtype=np.float64)
        if kind == "time":
            numbers = excel_serial(numbers)
        prepared.append((numbers.tolist(), False, formats[kind]))
    write_number, write_string = ws.write_number, ws.write_string
    for r in range(len(table.rows)):
        row = r + 1
        for c, (values, is_text, fmt) in enumerate(prepared):
            v = values[r]
            if is_text:
                write_string(row, c, v)
            elif v == v:  # NaN: an empty cell
                if v in (math.inf, -math.inf):
                    write_string(row, c, "∞" if v > 0 else "−∞")
                else:
                    write_number(row, c, v, fmt)
    ws.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)


def _sample(a: Analysis) -> np.ndarray:
    n = len(a.ts)
    if n <= MAX_EQUITY_ROWS:
        return np.arange(n)
    keep = np.linspace(0, n - 1, MAX_EQUITY_ROWS - 1).astype(np.int64)
    return np.unique(np.append(keep, int(np.argmax(a.drawdown))))


def _write_equity(ws, a: Analysis, style: ReportStyle, formats) -> int:
    """Time, equity, drawdown (negative: under water), benchmark. Returns the data rows."""
    idx = _sample(a)
    ws.freeze_panes(1, 0)
    ws.set_column(0, 0, 17)
    ws.set_column(1, 3, 14)
    for col, key in enumerate(("time", "equity", "drawdown", "benchmark")):
        ws.write_string(0, col, style.text(key), formats["header"])
    if len(idx) < len(a.ts):
        step = round(len(a.ts) / len(idx))
        ws.write_string(0, 5, style.text("sampled", step=step, bars=len(a.ts)), formats["note"])
    time_f, money_f, pct_f = formats["time"], formats["money"], formats["pct"]
    times = excel_serial(a.ts[idx]).tolist()
    eq = a.equity[idx].tolist()
    dd = (-a.drawdown[idx]).tolist()
    bench = a.benchmark[idx]
    has_bench = bool(np.isfinite(bench).any())
    bench_list = bench.tolist()
    write = ws.write_number
    for r in range(len(idx)):
        write(r + 1, 0, times[r], time_f)
        write(r + 1, 1, eq[r], money_f)
        write(r + 1, 2, dd[r], pct_f)
        if has_bench and math.isfinite(bench_list[r]):
            write(r + 1, 3, bench_list[r], money_f)
    return len(idx)


def _write_monthly(ws, a: Analysis, style: ReportStyle, formats) -> int:
    """The year × month grid with a colour scale, the year's return, then the months as a
    list (what the monthly chart reads). Returns the number of listed months."""
    ws.set_column(0, 0, 8)
    ws.set_column(1, 13, 9)
    ws.write_string(0, 0, style.text("year"), formats["header"])
    for m in range(12):
        ws.write_string(0, m + 1, style.text(f"m{m + 1}"), formats["header"])
    ws.write_string(0, 13, style.text("year"), formats["header"])
    for r, year in enumerate(a.years, start=1):
        ws.write_number(r, 0, year)
        for m in range(12):
            _value(ws, r, m + 1, float(a.monthly[r - 1, m]), "pct", formats)
        _value(ws, r, 13, float(a.yearly[r - 1]) if r - 1 < len(a.yearly) else math.nan,
               "pct", formats)
    if a.years:
        ws.conditional_format(1, 1, len(a.years), 12, {
            "type": "3_color_scale", "min_color": style.colours.negative,
            "mid_type": "num", "mid_value": 0, "mid_color": "#ffffff",
            "max_color": style.colours.positive})
    top = len(a.years) + 3
    ws.write_string(top, 0, style.text("month"), formats["header"])
    ws.write_string(top, 1, style.text("return"), formats["header"])
    row = top + 1
    for y, year in enumerate(a.years):
        for m in range(12):
            value = float(a.monthly[y, m])
            if math.isfinite(value):
                ws.write_string(row, 0, f"{year}-{m + 1:02d}")
                ws.write_number(row, 1, value, formats["pct"])
                row += 1
    return row - top - 1


def _write_distribution(ws, a: Analysis, style: ReportStyle, formats) -> int:
    """Histograms side by side: trade P&L (money) and daily returns, written row by row (the
    workbook streams rows to disk). Returns the number of trade P&L bins."""
    ws.set_column(0, 6, 13)
    blocks = [(0, *histogram(np.asarray(a.trade_pnl, dtype=np.float64), 30), "money",
               "chart_trade_pnl"),
              (4, *histogram(np.asarray(a.daily_returns, dtype=np.float64), 30), "pct",
               "chart_daily")]
    for col, _, _, _, title in blocks:
        ws.write_string(0, col, style.text(title), formats["bold"])
    for col, *_ in blocks:
        for c, key in enumerate(("bin_from", "bin_to", "count")):
            ws.write_string(1, col + c, style.text(key), formats["header"])
    for k in range(max(len(b[1]) for b in blocks)):
        for col, counts, edges, kind, _ in blocks:
            if k < len(counts):
                ws.write_number(k + 2, col, float(edges[k]), formats[kind])
                ws.write_number(k + 2, col + 1, float(edges[k + 1]), formats[kind])
                ws.write_number(k + 2, col + 2, int(counts[k]), formats["count"])
    return len(blocks[0][1])


def _charts(wb, summary, a: Analysis, style: ReportStyle, eq_sheet: str, eq_rows: int,
            month_sheet: str, months: int, dist_sheet: str, pnl_bins: int) -> None:
    colours = style.colours
    size = {"x_scale": 1.5, "y_scale": 1.1}
    line = wb.add_chart({"type": "line"})
    cats = [eq_sheet, 1, 0, eq_rows, 0]
    line.add_series({"name": style.text("equity"), "categories": cats,
                     "values": [eq_sheet, 1, 1, eq_rows, 1],
                     "line": {"color": colours.equity, "width": 1.5}})
    if np.isfinite(a.benchmark).any():
        line.add_series({"name": a.benchmark_name or style.text("benchmark"),
                         "categories": cats, "values": [eq_sheet, 1, 3, eq_rows, 3],
                         "line": {"color": colours.benchmark, "width": 1.0}})
    # A category axis, not a date axis: Excel's date axis puts every bar of a day on one
    # x (intraday curves turn into steps); the labels are thinned to about eight.
    every = max(1, math.ceil(eq_rows / 8))
    _axes(line, style.text("chart_equity"), "yyyy-mm-dd", "#,##0", every)
    summary.insert_chart("D2", line, size)
    area = wb.add_chart({"type": "area"})
    area.add_series({"name": style.text("drawdown"), "categories": cats,
                     "values": [eq_sheet, 1, 2, eq_rows, 2],
                     "fill": {"color": colours.drawdown, "transparency": 30},
                     "line": {"none": True}})
    _axes(area, style.text("chart_drawdown"), "yyyy-mm-dd", "0%", every)
    summary.insert_chart("D20", area, size)
    if months:
        top = len(a.years) + 4
        month_values = [v for v in a.monthly.ravel().tolist() if math.isfinite(v)]
        bars = wb.add_chart({"type": "column"})
        bars.add_series({"name": style.text("return"),
                         "categories": [month_sheet, top, 0, top + months - 1, 0],
                         "values": [month_sheet, top, 1, top + months - 1, 1],
                         # one colour per month: gains in the theme's up colour, losses
                         # in its down colour (invert_if_negative is Excel-only)
                         "points": [{"fill": {"color": colours.positive if v >= 0
                                              else colours.negative}} for v in month_values]})
        _axes(bars, style.text("chart_monthly"), None, "0%")
        summary.insert_chart("D38", bars, size)
    if pnl_bins:
        hist = wb.add_chart({"type": "column"})
        hist.add_series({"name": style.text("count"),
                         "categories": [dist_sheet, 2, 0, pnl_bins + 1, 0],
                         "values": [dist_sheet, 2, 2, pnl_bins + 1, 2],
                         "fill": {"color": colours.equity}, "gap": 10})
        _axes(hist, style.text("chart_trade_pnl"), None, "#,##0")
        summary.insert_chart("D56", hist, size)


def _axes(chart, title: str, x_format: str | None, y_format: str, every: int = 0) -> None:
    chart.set_title({"name": title, "name_font": {"size": 11}})
    chart.set_legend({"position": "bottom"})
    x: dict = {"label_position": "low"}
    if x_format:
        x.update(num_format=x_format, num_font={"rotation": -45}, text_axis=True)
    if every:
        x.update(interval_unit=every, interval_tick=every)
    chart.set_x_axis(x)
    chart.set_y_axis({"num_format": y_format, "major_gridlines": {"visible": True,
                      "line": {"color": "#e5e7eb"}}})
