"""Vector charts for the PDF tearsheet, drawn with reportlab.graphics shapes: lines (with an
optional filled area under a zero line), bars, and the monthly heatmap. Long series are cut to
a min/max envelope per pixel-wide bucket, so a million-bar curve draws as ~2,000 points and
still shows every dip."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.formatting import ReportStyle, format_time

LEFT, BOTTOM, RIGHT, TOP = 52.0, 20.0, 8.0, 16.0
GRID = colors.HexColor("#e5e7eb")
AXIS = colors.HexColor("#6b7280")
FONT_SIZE = 7


def envelope(x: np.ndarray, y: np.ndarray, buckets: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """At most 2 × `buckets` points: each bucket's lowest and highest y, in time order."""
    n = len(x)
    if n <= 2 * buckets:
        return x, y
    edges = np.linspace(0, n, buckets + 1).astype(np.int64)
    # argmin/argmax inside each bucket keep the points in time order
    idx = []
    for k in range(buckets):
        a, b = edges[k], edges[k + 1]
        seg = y[a:b]
        i, j = a + int(np.nanargmin(seg)), a + int(np.nanargmax(seg))
        idx.extend((i, j) if i <= j else (j, i))
    keep = np.asarray(idx, dtype=np.int64)
    return x[keep], y[keep]


def _nice_ticks(lo: float, hi: float, count: int = 5, min_step: float = 0.0) -> list[float]:
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo] if math.isfinite(lo) else []
    raw = max((hi - lo) / count, min_step)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    return [first + k * step for k in range(int((hi - first) / step) + 1)]


class _Frame:
    """Maps data to a drawing's plot area and draws its axes and grid."""

    def __init__(self, width: float, height: float, x_range: tuple[float, float],
                 y_range: tuple[float, float]) -> None:
        self.d = Drawing(width, height)
        self.x0, self.y0 = LEFT, BOTTOM
        self.w, self.h = width - LEFT - RIGHT, height - BOTTOM - TOP
        self.xr, self.yr = x_range, y_range

    def px(self, x: np.ndarray | float):
        lo, hi = self.xr
        return self.x0 + (np.asarray(x, dtype=float) - lo) / ((hi - lo) or 1.0) * self.w

    def py(self, y: np.ndarray | float):
        lo, hi = self.yr
        return self.y0 + (np.asarray(y, dtype=float) - lo) / ((hi - lo) or 1.0) * self.h

    def title(self, text: str) -> None:
        self.d.add(String(self.x0, self.y0 + self.h + 5, text, fontName=_font(True),
                          fontSize=9, fillColor=colors.HexColor("#111827")))

    def y_axis(self, fmt: Callable[[float], str], min_step: float = 0.0) -> None:
        for t in _nice_ticks(*self.yr, min_step=min_step):
            y = float(self.py(t))
            self.d.add(Line(self.x0, y, self.x0 + self.w, y, strokeColor=GRID, strokeWidth=0.4))
            self.d.add(String(self.x0 - 3, y - 2.5, fmt(t), fontName=_font(), fontSize=FONT_SIZE,
                              textAnchor="end", fillColor=AXIS))
        self.d.add(Line(self.x0, self.y0, self.x0, self.y0 + self.h, strokeColor=AXIS,
                        strokeWidth=0.5))

    def x_time_axis(self) -> None:
        lo, hi = self.xr
        for t in np.linspace(lo, hi, 5):
            x = float(self.px(t))
            self.d.add(Line(x, self.y0, x, self.y0 - 2, strokeColor=AXIS, strokeWidth=0.5))
            self.d.add(String(x, self.y0 - 10, format_time(t, with_time=False),
                              fontName=_font(), fontSize=FONT_SIZE, textAnchor="middle",
                              fillColor=AXIS))
        self.d.add(Line(self.x0, self.y0, self.x0 + self.w, self.y0, strokeColor=AXIS,
                        strokeWidth=0.5))


def _font(bold: bool = False) -> str:
    from desktop.reports.pdf_fonts import font_name

    return font_name(bold)


def _range(values: Sequence[np.ndarray], include_zero: bool = False) -> tuple[float, float]:
    finite = [v[np.isfinite(v)] for v in values]
    finite = [v for v in finite if len(v)]
    if not finite:
        return 0.0, 1.0
    lo = min(float(v.min()) for v in finite)
    hi = max(float(v.max()) for v in finite)
    if include_zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    pad = (hi - lo) * 0.05 or abs(hi) * 0.05 or 1.0
    return lo - pad, hi + pad


def line_chart(width: float, height: float, title: str, x: np.ndarray,
               series: list[tuple[np.ndarray, str, float]], y_fmt: Callable[[float], str],
               fill_to_zero: bool = False, names: Sequence[str] = ()) -> Drawing:
    """Lines over time (x in ms): `series` is (y, colour, width); with `fill_to_zero` the
    first series is drawn as an area down from 0 (the underwater chart); `names` puts a
    legend at the top right."""
    x = np.asarray(x, dtype=float)
    reduced = [(*envelope(x, np.asarray(y, dtype=float)), c, w) for y, c, w in series]
    f = _Frame(width, height, (float(x[0]), float(x[-1]) if x[-1] > x[0] else float(x[0]) + 1),
               _range([r[1] for r in reduced], include_zero=fill_to_zero))
    f.title(title)
    f.y_axis(y_fmt)
    f.x_time_axis()
    for k, (rx, ry, colour, w) in enumerate(reduced):
        ok = np.isfinite(ry)
        if ok.sum() < 2:
            continue
        pts = np.column_stack((f.px(rx[ok]), f.py(ry[ok]))).ravel().tolist()
        if fill_to_zero and k == 0:
            zero = float(f.py(0.0))
            poly = [pts[0], zero, *pts, pts[-2], zero]
            f.d.add(Polygon(poly, fillColor=colors.HexColor(colour), fillOpacity=0.35,
                            strokeColor=None, strokeWidth=0))
        f.d.add(PolyLine(pts, strokeColor=colors.HexColor(colour), strokeWidth=w))
    right = f.x0 + f.w
    for name, (_, _, colour, _) in reversed(list(zip(names, reduced, strict=False))):
        label = String(right, f.y0 + f.h + 5, name, fontName=_font(), fontSize=FONT_SIZE,
                       textAnchor="end", fillColor=AXIS)
        right -= stringWidth(name, _font(), FONT_SIZE) + 14
        f.d.add(label)
        f.d.add(Rect(right + 2, f.y0 + f.h + 6, 9, 3, fillColor=colors.HexColor(colour),
                     strokeColor=None))
        right -= 8
    return f.d


def bar_chart(width: float, height: float, title: str, labels: list[str],
              values: np.ndarray, y_fmt: Callable[[float], str], pos_colour: str,
              neg_colour: str, label_every: int = 1, counts: bool = False) -> Drawing:
    """Vertical bars from 0, green up and red down (a histogram passes counts, all up,
    with `counts`: whole-number ticks)."""
    values = np.asarray(values, dtype=float)
    n = max(len(values), 1)
    f = _Frame(width, height, (0.0, float(n)), _range([values], include_zero=True))
    f.title(title)
    f.y_axis(y_fmt, 1.0 if counts else 0.0)
    zero = float(f.py(0.0))
    slot = f.w / n
    width_of_bar = min(slot * 0.8, 60.0)  # one year alone is not a wall
    for k, v in enumerate(values):
        if not math.isfinite(v):
            continue
        top = float(f.py(v))
        colour = pos_colour if v >= 0 else neg_colour
        f.d.add(Rect(f.x0 + (k + 0.5) * slot - width_of_bar / 2, min(zero, top), width_of_bar,
                     abs(top - zero), fillColor=colors.HexColor(colour), strokeColor=None))
        if k % label_every == 0 and k < len(labels):
            f.d.add(String(f.x0 + (k + 0.5) * slot, f.y0 - 10, labels[k], fontName=_font(),
                           fontSize=FONT_SIZE, textAnchor="middle", fillColor=AXIS))
    f.d.add(Line(f.x0, zero, f.x0 + f.w, zero, strokeColor=AXIS, strokeWidth=0.5))
    return f.d


def _mix(a: str, b: str, t: float) -> colors.Color:
    ca, cb = colors.HexColor(a), colors.HexColor(b)
    return colors.Color(ca.red + (cb.red - ca.red) * t, ca.green + (cb.green - ca.green) * t,
                        ca.blue + (cb.blue - ca.blue) * t)


def heatmap(width: float, title: str, years: list[int], grid: np.ndarray, yearly: np.ndarray,
            style: ReportStyle, fmt: Callable[[float], str]) -> Drawing:
    """Year rows × month columns, white at 0, the theme's up colour for gains and down colour
    for losses, saturated at the largest absolute month; the year's return in the last column."""
    rows = len(years)
    cell_h = 14.0
    height = TOP + cell_h * (rows + 1) + 4
    d = Drawing(width, height)
    label_w = 34.0
    cell_w = (width - label_w - 4) / 13
    d.add(String(0, height - 11, title, fontName=_font(True), fontSize=9,
                 fillColor=colors.HexColor("#111827")))
    top = height - TOP - cell_h
    heads = [style.text(f"m{m}") for m in range(1, 13)] + [style.text("year")]
    for c, head in enumerate(heads):
        d.add(String(label_w + (c + 0.5) * cell_w, top + 4, head, fontName=_font(True),
                     fontSize=FONT_SIZE, textAnchor="middle", fillColor=AXIS))
    finite = grid[np.isfinite(grid)]
    scale = float(np.abs(finite).max()) if len(finite) else 1.0
    for r, year in enumerate(years):
        y = top - (r + 1) * cell_h
        d.add(String(label_w - 4, y + 4, str(year), fontName=_font(True), fontSize=FONT_SIZE,
                     textAnchor="end", fillColor=AXIS))
        values = [*grid[r].tolist(), float(yearly[r]) if r < len(yearly) else math.nan]
        for c, v in enumerate(values):
            x = label_w + c * cell_w
            if math.isfinite(v):
                target = style.colours.positive if v >= 0 else style.colours.negative
                fill = _mix("#ffffff", target, min(1.0, abs(v) / (scale or 1.0)) * 0.85)
                if c == 12:
                    fill = colors.HexColor("#f3f4f6")
                d.add(Rect(x + 0.5, y, cell_w - 1, cell_h - 1, fillColor=fill,
                           strokeColor=None))
                d.add(String(x + cell_w / 2, y + 4, fmt(v), fontName=_font(),
                             fontSize=FONT_SIZE - 0.5, textAnchor="middle",
                             fillColor=colors.HexColor("#111827")))
    return d
