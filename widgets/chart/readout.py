"""The OHLCV (+ change %) legend shown at the top left of the price pane."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime

from widgets.chart.price_axis import format_price, format_volume
from widgets.chart.series_store import CandleColumns
from widgets.chart.theme import ChartTheme
from widgets.common.numbers import localize_digits


def _t(text: str) -> str:
    return QCoreApplication.translate("CandleChart", text)


@dataclass(slots=True, frozen=True)
class BarReadout:
    index: int
    ts: int
    open: float
    high: float
    low: float
    close: float
    volume: float
    change_pct: float  # close against the previous candle's close (its own open for the first)


def bar_readout(series: CandleColumns, i: int) -> BarReadout | None:
    if not 0 <= i < len(series):
        return None
    close = float(series.close.values[i])
    prev = float(series.close.values[i - 1]) if i > 0 else float(series.open.values[i])
    return BarReadout(
        index=i,
        ts=int(series.ts.values[i]),
        open=float(series.open.values[i]),
        high=float(series.high.values[i]),
        low=float(series.low.values[i]),
        close=close,
        volume=float(series.volume.values[i]),
        change_pct=(close / prev - 1.0) * 100.0 if prev else 0.0,
    )


def readout_html(bar: BarReadout, theme: ChartTheme, decimals: int) -> str:
    """Rich text: labels in the text colour, values in the candle's direction colour."""
    color = theme.up if bar.close >= bar.open else theme.down

    def field(label: str, text: str) -> str:
        return (
            f'<span style="color:{theme.text}">{label}</span>&nbsp;'
            f'<span style="color:{color}">{text}</span>'
        )

    when = QDateTime.fromMSecsSinceEpoch(bar.ts).toLocalTime().toString("yyyy-MM-dd HH:mm")
    parts = [
        f'<span style="color:{theme.text}">{when}</span>',
        field(_t("O"), format_price(bar.open, decimals)),
        field(_t("H"), format_price(bar.high, decimals)),
        field(_t("L"), format_price(bar.low, decimals)),
        field(_t("C"), format_price(bar.close, decimals)),
        field(_t("V"), format_volume(bar.volume)),
        f'<span style="color:{color}">{localize_digits(f"{bar.change_pct:+.2f}")}%</span>',
    ]
    return "&nbsp;&nbsp;".join(parts)
