"""The last-price tag does not hide a price label: a label it would cover moves beside it."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from desktop.core.types import Bar
from tests.widgets.test_chart import chart, paint, walk  # noqa: F401 (fixture)


def test_the_last_price_tag_leaves_every_label_readable(chart):  # noqa: F811
    src = walk(300)
    chart.set_candles(src)
    paint(chart)
    axis = chart.price_axis()
    ticks = dict((label, value) for value, label in axis.current_ticks() if label)
    top_label = min(axis.drawn_labels, key=lambda d: d[1])[0]
    last = src.ts[-1]
    price = ticks[top_label]  # the last price right on the top label's level
    chart.update_bar(Bar(int(last), price, price, price, price, 1.0))
    paint(chart)
    assert axis.tag_text() is not None
    y = axis._pixel(price)
    half = (QFontMetrics(axis._font()).height() + 4) / 2
    drawn = {label: (top, height) for label, top, height in axis.drawn_labels}
    assert top_label in drawn  # still shown
    for label, (top, height) in drawn.items():
        assert top + height <= y - half or top >= y + half, label
