"""The chart writes numbers the chosen language's way: in Brazilian Portuguese the last-price
tag, the crosshair's price box, the OHLC readout and the axis levels read "80.146,29", never
"80146.29" or "80,146.29"."""

from __future__ import annotations

import os
import re

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QLocale

from desktop.core.candles import Candles
from desktop.core.types import Bar
from tests.widgets.test_chart import T0, _widget_point, chart, paint  # noqa: F401 (fixture)

PT_PRICE = re.compile(r"\d{2}\.\d{3},\d{2}")


@pytest.fixture
def pt_br_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))
    yield
    QLocale.setDefault(previous)


def btc_like(n: int = 300) -> Candles:
    rng = np.random.default_rng(7)
    close = np.round(80_000 * np.exp(np.cumsum(rng.normal(0, 0.001, n))), 2)
    open_ = np.r_[close[0], close[:-1]]
    high = np.round(np.maximum(open_, close) + 5, 2)
    low = np.round(np.minimum(open_, close) - 5, 2)
    ts = T0 + np.arange(n, dtype=np.int64) * 60_000
    return Candles.from_arrays(ts, open_, high, low, close, rng.uniform(1_000, 5_000, n))


def test_chart_numbers_follow_the_portuguese_locale(pt_br_locale, chart, qtbot):  # noqa: F811
    src = btc_like()
    chart.set_candles(src)
    last = src.ts[-1]
    chart.update_bar(Bar(int(last), 80_100.0, 80_200.0, 80_050.0, 80_146.29, 1_234.5))
    assert chart.price_axis().tag_text() == "80.146,29"
    paint(chart)
    axis = chart.price_axis()
    lo, hi = float(src.low.min()), float(src.high.max())
    labels = [text for _, text in axis.ticks(lo, hi, 600)]
    assert labels and all(re.fullmatch(r"\d{2}\.\d{3}(,\d+)?", t) for t in labels), labels
    # The crosshair: its price box and the readout of the bar under it.
    i = len(src) - 40
    qtbot.mouseMove(chart._view.viewport(), _widget_point(chart, i + 0.2, float(src.close[i])))
    qtbot.waitUntil(lambda: chart.readout_values().index == i, timeout=2000)
    assert PT_PRICE.fullmatch(axis.hover_text()), axis.hover_text()
    text = chart.readout.text()
    close = QLocale().toString(float(src.close[i]), "f", 2)
    assert PT_PRICE.fullmatch(close) and close in text
    change = chart.readout_values().change_pct
    assert f"{change:+.2f}".replace(".", ",") + "%" in text
