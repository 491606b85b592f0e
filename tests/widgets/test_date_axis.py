"""The equity and drawdown panes' date axis names months and weekdays in the UI language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from widgets.common.date_axis import LocaleDateAxis


@pytest.fixture
def portuguese():
    previous = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))
    yield
    QLocale.setDefault(previous)


def test_month_and_weekday_ticks_read_in_the_ui_language(qapp, portuguese):
    axis = LocaleDateAxis(utcOffset=0)
    december = datetime(2026, 12, 7, tzinfo=UTC)  # a Monday
    ts = december.timestamp()
    named = {"%b": "dez", "%a %d": "seg"}
    seen = set()
    for level in axis.zoomLevels.values():
        axis.zoomLevel = level
        for spec in level.tickSpecs:
            (text,) = axis.tickStrings([ts], 1.0, spec.spacing)
            for fmt, word in named.items():
                if spec.format == fmt:
                    assert text.lower().startswith(word), (fmt, text)
                    seen.add(fmt)
            if spec.format == "%Y":
                assert text == "2026"
            if spec.format == "%d":
                assert text == "07"
    assert seen == set(named)
