"""Orders and positions drawn across the price pane as labelled horizontal lines.

The overlay only draws and reports: it is given lines (`set_lines`) and says when the user
dragged one to a new price (`lineMoved`, on release, snapped to the line's tick). Whoever
owns it sends the change and calls `revert()` if it is refused, so a refused drag jumps back.

Labels never overlap: after every change of range or size they are laid out top to bottom
and a label that would cover the one above is pushed below it. A line outside the visible
price range is shown as an arrow tag ("▲ Buy limit 0.5  81,200.00") at that edge.
"""

from __future__ import annotations

import html
import math
import os
import re
from dataclasses import dataclass

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QObject, QPointF, Qt, Signal

from desktop.shell.numbers import decimals_for_step, fmt_number
from widgets.chart.candle_chart import CandleChart
from widgets.chart.theme import ChartTheme, theme_for
from widgets.common.pyqtgraph_import import pg

_TAG = re.compile(r"<[^>]+>")  # the readout's rich text, read as plain text
READOUT_GAP_PX = 12  # room kept between the readout's text and a tag

Z_VALUE = 25  # above candles and the last-price line, below trade markers
KIND_STYLE = {
    "limit": Qt.PenStyle.SolidLine,
    "stop": Qt.PenStyle.DashLine,
    "take_profit": Qt.PenStyle.DashDotLine,
    "stop_loss": Qt.PenStyle.DashLine,
    "entry": Qt.PenStyle.DotLine,
    "liquidation": Qt.PenStyle.DashDotDotLine,  # where a margined position is liquidated
}


@dataclass(slots=True, frozen=True)
class OrderLine:
    key: str  # the owner's name for it (maps a drag back to an order)
    price: float
    kind: str  # one of KIND_STYLE
    side: str  # "buy" (up colour) or "sell" (down colour)
    label: str  # e.g. "Buy limit 0.5"; the price is appended
    tick: float = 0.0  # a drag snaps to multiples of it (0: no snapping)
    movable: bool = True


def snap(price: float, tick: float) -> float:
    if tick <= 0:
        return price
    decimals = max(0, -math.floor(math.log10(tick))) if tick < 1 else 0
    return round(round(price / tick) * tick, decimals + 2)


class OrderLinesOverlay(QObject):
    lineMoved = Signal(str, float)  # key, new price

    def __init__(self, chart: CandleChart, dark: bool = True) -> None:
        super().__init__(chart)
        self._chart = chart
        self._theme: ChartTheme = theme_for(dark)
        self._lines: dict[str, OrderLine] = {}
        self._items: dict[str, pg.InfiniteLine] = {}
        self._edge_tags: dict[str, pg.TextItem] = {}  # lines outside the visible price range
        self._vb: pg.ViewBox = chart.price_plot.getViewBox()
        self._vb.sigRangeChanged.connect(self._layout_labels)
        self._vb.sigResized.connect(self._layout_labels)

    # -- data in ------------------------------------------------------------------------------
    def set_lines(self, lines: list[OrderLine]) -> None:
        """Show exactly these lines; a line being dragged stays where the mouse has it."""
        wanted = {line.key: line for line in lines}
        for key in [k for k in self._items if k not in wanted]:
            self._chart.price_plot.removeItem(self._items.pop(key))
            del self._lines[key]
            tag = self._edge_tags.pop(key, None)
            if tag is not None:
                self._chart.price_plot.removeItem(tag)
        for key, line in wanted.items():
            item = self._items.get(key)
            if item is None:
                item = self._make_item(line)
                self._items[key] = item
                self._chart.price_plot.addItem(item, ignoreBounds=True)
            old = self._lines.get(key)
            self._lines[key] = line
            if old != line:
                self._style(item, line)
                if not item.moving:
                    item.setPos(line.price)
            self._relabel(key)
        self._layout_labels()

    def set_theme(self, dark: bool) -> None:
        self._theme = theme_for(dark)
        for key, item in self._items.items():
            self._style(item, self._lines[key])
        self._layout_labels()

    def lines(self) -> dict[str, OrderLine]:
        return dict(self._lines)

    def item(self, key: str) -> pg.InfiniteLine:
        return self._items[key]

    def edge_tags(self) -> dict[str, pg.TextItem]:
        """The arrow tags shown now, by line key (lines above or below the visible range)."""
        return {k: t for k, t in self._edge_tags.items() if t.isVisible()}

    def revert(self, key: str) -> None:
        """Put a line back at its order's price (the change was refused)."""
        if key in self._items:
            self._items[key].setPos(self._lines[key].price)
            self._relabel(key)

    # -- drag ---------------------------------------------------------------------------------
    def finish_drag(self, key: str) -> None:
        """The user let go of a line: snap it to the tick and report the new price."""
        line, item = self._lines.get(key), self._items.get(key)
        if line is None or item is None:
            return
        price = snap(float(item.value()), line.tick)
        if price <= 0 or price == line.price:
            self.revert(key)
            return
        item.setPos(price)
        self._relabel(key)
        self.lineMoved.emit(key, price)

    # -- internals ----------------------------------------------------------------------------
    def _make_item(self, line: OrderLine) -> pg.InfiniteLine:
        item = pg.InfiniteLine(
            pos=line.price,
            angle=0,
            movable=line.movable,
            label="",
            labelOpts={"position": 0.92, "anchors": [(1, 1), (1, 1)], "movable": False},
        )
        item.setZValue(Z_VALUE)
        key = line.key
        item.sigPositionChanged.connect(lambda _i, k=key: self._relabel(k))
        item.sigPositionChangeFinished.connect(lambda _i, k=key: self.finish_drag(k))
        return item

    def _style(self, item: pg.InfiniteLine, line: OrderLine) -> None:
        t = self._theme
        color = t.up if line.side == "buy" else t.down
        width = 2 if line.kind in ("entry", "liquidation") else 1
        item.setPen(pg.mkPen(color, width=width, style=KIND_STYLE.get(line.kind)))
        item.setHoverPen(pg.mkPen(color, width=width + 2))
        item.setMovable(line.movable)
        item.setCursor(Qt.CursorShape.SizeVerCursor if line.movable else Qt.CursorShape.ArrowCursor)
        item.label.setColor(t.background)
        item.label.fill = pg.mkBrush(color)
        item.label.border = pg.mkPen(color)

    def _relabel(self, key: str) -> None:
        line, item = self._lines[key], self._items[key]
        item.label.setText(f"{line.label}  {self._price_text(line, float(item.value()))}")
        if not item.moving:
            self._layout_labels()

    @staticmethod
    def _price_text(line: OrderLine, price: float) -> str:
        return fmt_number(price, decimals_for_step(line.tick) if line.tick > 0 else 2)

    def _layout_labels(self, *_args) -> None:
        """Stack the labels of the visible lines so none covers another, and show the lines
        outside the visible range as arrow tags stacked at the top or bottom edge."""
        if not self._items:
            return
        (_x0, x1), (y0, y1) = self._vb.viewRange()
        inside: list[tuple[float, str]] = []
        above: list[str] = []
        below: list[str] = []
        for key, item in self._items.items():
            value = float(item.value())
            if value > y1:
                above.append(key)
            elif value < y0:
                below.append(key)
            else:
                inside.append((self._vb.mapViewToDevice(QPointF(0.0, value)).y(), key))
        shown: set[str] = set()
        floor = -math.inf  # the lowest bottom so far of a tag or label, in view pixels
        for keys, top in ((sorted(above, key=lambda k: -self._items[k].value()), True),
                          (sorted(below, key=lambda k: self._items[k].value()), False)):
            for slot, key in enumerate(keys):
                tag = self._show_edge_tag(key, slot, top, x1, y1 if top else y0)
                shown.add(key)
                if top:
                    view = self._chart._view
                    floor = max(floor, view.mapFromScene(tag.sceneBoundingRect())
                                .boundingRect().bottom() + 1.0)
        for key, tag in self._edge_tags.items():
            if key not in shown:
                tag.hide()
        # Top to bottom, below the top edge's tags: a label sits just above its line unless
        # the one before it is there; then right below it (anchor y > 1 lifts, < 1 lowers it).
        for y, key in sorted(inside):
            label = self._items[key].label
            height = max(1.0, label.boundingRect().height())
            top = max(y - height, floor)
            floor = top + height
            anchor = 1.0 - (top - (y - height)) / height
            label.anchors = [(1, anchor), (1, anchor)]
            label.updatePosition()

    def _show_edge_tag(self, key: str, slot: int, top: bool, x: float,
                       y: float) -> pg.TextItem:
        line, item = self._lines[key], self._items[key]
        tag = self._edge_tags.get(key)
        if tag is None:
            tag = pg.TextItem()
            tag.setZValue(Z_VALUE + 1)
            self._edge_tags[key] = tag
            self._chart.price_plot.addItem(tag, ignoreBounds=True)
        fill = item.label.fill.color() if item.label.fill is not None else self._theme.text
        tag.fill = pg.mkBrush(fill)
        tag.border = pg.mkPen(fill)
        tag.setColor(self._theme.background)
        arrow = "▲" if top else "▼"
        text = f"{arrow} {line.label}  {self._price_text(line, float(item.value()))}"
        if text != tag.toPlainText():  # a pan calls this every frame: lay text out only anew
            tag.setText(text)
        # Stacked from the edge inward: the n-th tag sits n heights away from it.
        tag.setAnchor((1, -(slot + self._below_readout(tag, x, y)) if top else 1 + slot))
        tag.setPos(x, y)
        tag.show()
        return tag

    def _below_readout(self, tag: pg.TextItem, x: float, y: float) -> float:
        """Tag heights a top tag moves down so it does not cover the bar readout when a line
        of it reaches the tag (the O/H/L/C line on a narrow chart: the tag hid the change).
        The label is as wide as the chart; its lines' texts say how far they reach."""
        readout = self._chart.readout
        text = readout.text()
        if not readout.isVisible() or not text:
            return 0.0
        corner = self._vb.mapViewToDevice(QPointF(x, y))
        box = tag.boundingRect()
        metrics = readout.fontMetrics()
        left = corner.x() - box.width() - readout.x() - READOUT_GAP_PX
        if not any(metrics.horizontalAdvance(html.unescape(_TAG.sub("", line))) >= left
                   for line in text.split("<br>")):
            return 0.0
        # Below the whole label: a long line may wrap onto the next ones.
        return max(0.0, readout.geometry().bottom() + 2 - corner.y()) / max(1.0, box.height())
