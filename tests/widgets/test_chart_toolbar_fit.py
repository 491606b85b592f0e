"""The chart's toolbar fits a narrow chart: at 800 px and below every control is shown whole
(the timeframes fold into one drop-down, labelled buttons keep their icon), and the folded
timeframe box still switches the chart's timeframe."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from widgets.chart.toolbar_fit import fits


@pytest.mark.parametrize("width", [1400, 800, 560])
def test_the_toolbar_fits_the_chart(qtbot, window, width):
    dock = window.docks.dock("chart-1")
    panel = dock.widget()
    dock.setFloating(True)
    dock.resize(width, 600)
    QTest.qWait(100)
    assert abs(panel.width() - width) <= 12  # the toolbar does not hold the chart wider
    bar = panel.toolbar
    assert fits(bar), [(bar.row.itemAt(i).widget(), bar.row.itemAt(i).geometry())
                       for i in range(bar.row.count())]
    assert bar.compact == (width < 700)
    assert panel.symbol_box.isVisible() and panel.type_box.isVisible()
    assert panel.indicators_button.isVisible()
    if bar.compact:
        assert not any(b.isVisible() for b in panel.tf_buttons.values())
        box = bar.timeframe_box
        assert box.isVisible() and box.currentText() == panel.chart.timeframe()
        box.setCurrentIndex(box.findText("15m"))
        box.activated.emit(box.currentIndex())
        assert panel.chart.timeframe() == "15m" and panel.tf_buttons["15m"].isChecked()
        panel.set_timeframe("1h")  # an action or a saved layout: the box follows
        assert box.currentText() == "1h"
    else:
        assert all(b.isVisible() for b in panel.tf_buttons.values())
