"""The PDF tearsheet (reportlab): A4 pages numbered "Page n of N"; a title block (strategy or
account, period, parameters), the metrics table, equity against the benchmark with the
drawdown below, the monthly returns heatmap, yearly returns, the worst drawdowns, rolling
Sharpe, the distributions of daily returns and of trade P&L, and the trade list.

Why reportlab rather than Qt's QPdfWriter: it is Qt-free, so the report is built in a worker
process or by `pregao backtest --pdf` without a QApplication (desktop/ outside the shell may
not import Qt at all); its charts are vector drawings (reportlab.graphics) rather than
rasters; and its flowing layout (platypus) splits long tables over pages with a repeated
header, which a QPainter-based writer would have to reimplement.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.reports.formatting import ReportStyle, format_time, format_value
from desktop.reports.labels import metric_rows
from desktop.reports.metrics.analysis import Analysis
from desktop.reports.metrics.distribution import histogram
from desktop.reports.pdf_charts import bar_chart, heatmap, line_chart
from desktop.reports.pdf_fonts import font_name

MAX_TRADE_ROWS = 300  # the tearsheet lists the first trades; the workbook has all of them
PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
WIDTH = PAGE_W - 2 * MARGIN
INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#6b7280")
RULE = colors.HexColor("#d1d5db")
Progress = Callable[[float], None]


def _numbered_canvas(style: ReportStyle):
    class NumberedCanvas(Canvas):
        """Draws "Page n of N" once the page count is known (pages are kept until save)."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font_name(), 7)
                self.setFillColor(MUTED)
                self.drawRightString(PAGE_W - MARGIN, 9 * mm,
                                     style.text("page", page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def write_pdf(analysis: Analysis, path: str | Path, style: ReportStyle,
              progress: Progress | None = None) -> Path:
    path = Path(path)
    report = progress or (lambda _fraction: None)
    regular, bold = font_name(), font_name(True)
    p = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, textColor=INK),
        "h": ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=14, textColor=INK,
                            spaceBefore=6, spaceAfter=3),
        "body": ParagraphStyle("b", fontName=regular, fontSize=8, leading=10.5, textColor=INK),
        "note": ParagraphStyle("n", fontName=regular, fontSize=7, leading=9, textColor=MUTED),
    }
    story: list = []
    story += _title_block(analysis, style, p)
    story.append(Paragraph(style.text("metrics"), p["h"]))
    story.append(_metrics_table(analysis, style))
    report(0.2)
    story.append(PageBreak())
    story += _curve_charts(analysis, style)
    report(0.5)
    story.append(PageBreak())
    story += _risk_pages(analysis, style, p)
    story += _symbol_table(analysis, style, p)
    report(0.7)
    story += _trade_list(analysis, style, p)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=16 * mm,
                            title=f"{style.text(analysis.kind)} — {analysis.name}",
                            author="Pregão")
    doc.build(story, canvasmaker=_numbered_canvas(style))
    report(1.0)
    return path


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _title_block(a: Analysis, style: ReportStyle, p) -> list:
    title = style.text(a.kind) + (f" — {a.name}" if a.name else "")
    rows = [
        (style.text("period"), f"{format_time(a.start_ms)} — {format_time(a.end_ms)} UTC"),
        (style.text("symbols"), ", ".join(a.symbols) or style.text("none")),
        (style.text("benchmark"), a.benchmark_name or style.text("none")),
    ]
    if a.params:
        params = ", ".join(f"{k} = {_param(v, style)}" for k, v in a.params.items())
        rows.append((style.text("parameters"), params))
    table = Table([[Paragraph(f"<b>{_esc(k)}</b>", p["body"]), Paragraph(_esc(v), p["body"])]
                   for k, v in rows], colWidths=[32 * mm, WIDTH - 32 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return [Paragraph(_esc(title), p["title"]), Spacer(1, 4), table, Spacer(1, 4)]


def _param(value, style: ReportStyle) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int) or float(value).is_integer():
        return format_value(value, "count", style)
    return format_value(value, "ratio", style)


def _metrics_table(a: Analysis, style: ReportStyle) -> Table:
    """The metric groups in two columns of (label, value) pairs."""
    cells: list[list[tuple[str, str, bool]]] = [[], []]
    groups = metric_rows(a.metrics)
    sizes = [len(items) + 1 for _, items in groups]
    half = sum(sizes) / 2
    column, used = 0, 0
    for (group, items), size in zip(groups, sizes, strict=True):
        if column == 0 and used and used + size / 2 > half:
            column = 1
        cells[column].append((style.text(group), "", True))
        for key, kind in items:
            cells[column].append((style.text(key), format_value(a.metrics[key], kind, style),
                                  False))
        used += size
    n = max(len(cells[0]), len(cells[1]))
    for col in cells:
        col += [("", "", False)] * (n - len(col))
    data = [[l0, v0, "", l1, v1] for (l0, v0, _), (l1, v1, _) in zip(*cells, strict=True)]
    w = (WIDTH - 6 * mm) / 2
    table = Table(data, colWidths=[w * 0.64, w * 0.36, 6 * mm, w * 0.64, w * 0.36])
    cmds = [("FONT", (0, 0), (-1, -1), font_name(), 7.5),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "RIGHT"),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
    for c, col in enumerate(cells):
        for r, (_, _, header) in enumerate(col):
            if header:
                x = c * 3
                cmds += [("FONT", (x, r), (x + 1, r), font_name(True), 8),
                         ("LINEBELOW", (x, r), (x + 1, r), 0.5, RULE)]
    table.setStyle(TableStyle(cmds))
    return table


def _pct(style: ReportStyle, decimals: int = 0) -> Callable[[float], str]:
    def fmt(v: float) -> str:
        return format_value(round(v, decimals + 2), "pct", style).replace(",00 ", " ") \
            .replace(".00 ", " ")
    return fmt


def _money(style: ReportStyle) -> Callable[[float], str]:
    return lambda v: format_value(v, "count", style)


def _curve_charts(a: Analysis, style: ReportStyle) -> list:
    c = style.colours
    series = [(a.equity, c.equity, 1.2)]
    names = [style.text("equity")]
    if np.isfinite(a.benchmark).any():
        series.append((a.benchmark, c.benchmark, 0.9))
        names.append(a.benchmark_name or style.text("benchmark"))
    equity = line_chart(WIDTH, 78 * mm, style.text("chart_equity"), a.ts, series,
                        _money(style), names=names)
    under = line_chart(WIDTH, 38 * mm, style.text("chart_drawdown"), a.ts,
                       [(-a.drawdown, c.drawdown, 0.6)], _pct(style), fill_to_zero=True)
    out = [equity, Spacer(1, 3 * mm), under, Spacer(1, 5 * mm)]
    if a.years:
        out.append(heatmap(WIDTH, style.text("chart_monthly"), a.years, a.monthly, a.yearly,
                           style, lambda v: format_value(v, "pct", style).replace(" %", "")))
        out.append(Spacer(1, 4 * mm))
        out.append(bar_chart(WIDTH, 42 * mm, style.text("chart_yearly"),
                             [str(y) for y in a.years], a.yearly, _pct(style), c.positive,
                             c.negative))
    return out


def _risk_pages(a: Analysis, style: ReportStyle, p) -> list:
    c = style.colours
    out: list = [Paragraph(style.text("worst_drawdowns"), p["h"])]
    head = [style.text(k) for k in ("depth", "dd_start", "dd_bottom", "dd_end", "dd_days")]
    rows = [[format_value(d.depth, "pct", style), format_time(d.start_ms),
             format_time(d.bottom_ms), format_time(d.end_ms) if d.end_ms else "—",
             format_value(d.duration_days, "days", style)] for d in a.worst_drawdowns]
    if rows:
        out.append(_grid([head, *rows], [0.16, 0.24, 0.24, 0.24, 0.12], right=(0, 4)))
    else:
        out.append(Paragraph(_esc(style.text("none")), p["note"]))
    out.append(Spacer(1, 5 * mm))
    if len(a.rolling_ts) > 1:
        out.append(line_chart(WIDTH, 45 * mm, style.text("chart_rolling"), a.rolling_ts,
                              [(a.rolling_sharpe, c.equity, 0.8)],
                              lambda v: format_value(v, "ratio", style)))
        out.append(Spacer(1, 5 * mm))
    for values, title, kind in ((a.daily_returns, "chart_daily", "pct"),
                                (a.trade_pnl, "chart_trade_pnl", "money")):
        counts, edges = histogram(np.asarray(values, dtype=np.float64), 30)
        if len(counts) == 0:
            continue
        mids = (edges[:-1] + edges[1:]) / 2
        labels = [format_value(m, kind, style).replace(" %", "%") for m in mids]
        chart = bar_chart(WIDTH, 45 * mm, style.text(title), labels, counts,
                          lambda v: format_value(v, "count", style), c.equity, c.equity,
                          label_every=5, counts=True)
        out += [KeepTogether([chart]), Spacer(1, 4 * mm)]
    return out


def _grid(data: list[list[str]], fractions: list[float], right: tuple[int, ...] = (),
          size: float = 7.5) -> Table:
    table = Table(data, colWidths=[WIDTH * f for f in fractions], repeatRows=1)
    cmds = [("FONT", (0, 0), (-1, -1), font_name(), size),
            ("FONT", (0, 0), (-1, 0), font_name(True), size),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f7f9")])]
    cmds += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    table.setStyle(TableStyle(cmds))
    return table


def _symbol_table(a: Analysis, style: ReportStyle, p) -> list:
    """An account's or a bot's fills, volume, fees and realised P&L per symbol."""
    table = a.extra.get("symbols")
    if table is None or not table.rows:
        return []
    head = [style.text(k) for k in table.columns]
    body = [[format_value(v, kind, style) for v, kind in zip(row, table.kinds, strict=True)]
            for row in table.rows]
    return [Paragraph(style.text("sheet_symbols"), p["h"]),
            _grid([head, *body], [0.28, 0.12, 0.2, 0.2, 0.2], right=(1, 2, 3, 4))]


def _trade_list(a: Analysis, style: ReportStyle, p) -> list:
    rows = a.trades.rows
    if not rows:
        return []
    keep = ["symbol", "side", "entry_time", "entry_price", "exit_time", "exit_price", "size",
            "pnl", "trade_return", "fees", "mae", "mfe"]
    cols = [a.trades.columns.index(k) for k in keep]
    kinds = [a.trades.kinds[i] for i in cols]
    head = [style.text(k) for k in keep]
    body = []
    for row in rows[:MAX_TRADE_ROWS]:
        cells = []
        for i, kind in zip(cols, kinds, strict=True):
            v = row[i]
            cells.append(style.text(v) if kind == "text" and v in ("long", "short")
                         else format_value(v, kind, style))
        body.append(cells)
    fractions = [0.1, 0.06, 0.12, 0.09, 0.12, 0.09, 0.08, 0.08, 0.07, 0.06, 0.065, 0.065]
    out = [PageBreak(), Paragraph(style.text("trade_list"), p["h"]),
           _grid([head, *body], fractions, right=tuple(range(3, 12)), size=6.2)]
    if len(rows) > MAX_TRADE_ROWS:
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(_esc(style.text("more_trades", count=format_value(
            len(rows) - MAX_TRADE_ROWS, "count", style))), p["note"]))
    return out
