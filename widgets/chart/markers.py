"""Trade markers (entries/exits) as scatter spots on the bar that contains their time."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from widgets.chart.theme import ChartTheme
from widgets.chart.time_axis import TimeMap
from widgets.common.pyqtgraph_import import pg

BUY_KINDS = frozenset({"buy", "entry", "long"})
SELL_KINDS = frozenset({"sell", "exit", "short"})


def marker_spots(
    markers: list[tuple[int, float, str]], time_map: TimeMap, theme: ChartTheme
) -> list[dict]:
    """ScatterPlotItem spots: buys as up triangles, sells as down triangles, others dots."""
    spots = []
    for ts, price, kind in markers:
        x = time_map.bar_containing(ts)
        if x < 0:
            continue  # before the loaded history
        buy, sell = kind.lower() in BUY_KINDS, kind.lower() in SELL_KINDS
        color = theme.up if buy else theme.down if sell else theme.text
        spots.append(
            {
                "pos": (x, price),
                "symbol": "t1" if buy else "t" if sell else "o",
                "brush": pg.mkBrush(color),
                "pen": pg.mkPen(theme.background),
                "data": kind,
            }
        )
    return spots
