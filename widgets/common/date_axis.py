"""pyqtgraph's date axis with month and weekday names in the UI language: its own come from
`strftime`, which reads the C locale ("Dec" and "Mon" under a Portuguese UI)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from widgets.common.pyqtgraph_import import pg

# pyqtgraph's own rule for the axis's time zone (imported through the shim above, not apart)
_adjust = pg.graphicsItems.DateAxisItem.adjustTimestampToPreferredUtcOffset

_NAMED = ("%b", "%a")  # the only locale-dependent directives pyqtgraph's tick formats use


class LocaleDateAxis(pg.DateAxisItem):
    def tickStrings(self, values, scale, spacing):
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or not any(d in spec.format for d in _NAMED):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        shown = []
        for value in values:
            try:
                when = datetime.fromtimestamp(
                    _adjust(value, self.utcOffset), UTC)
            except (OverflowError, ValueError, OSError):
                shown.append("")
                continue
            fmt = spec.format.replace("%b", _escaped(locale.monthName(when.month, short)))
            fmt = fmt.replace("%a", _escaped(locale.dayName(when.isoweekday(), short)))
            shown.append(when.strftime(fmt))
        return shown


def _escaped(name: str) -> str:
    return name.replace("%", "%%")
