"""The equity and drawdown panes' date axis names months and weekdays in the UI language."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.widgets.test_chart_locale import pt_br_locale  # noqa: F401 (fixture)
from widgets.common.date_axis import LocaleDateAxis


def test_month_and_weekday_ticks_read_in_the_ui_language(qapp, pt_br_locale):  # noqa: F811
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
