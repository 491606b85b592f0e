"""The regime band: a thin strip under a chart's panes, coloured by each candle's market
regime, with the current regime and per-regime statistics in its legend.

It is a row of the chart's own graphics layout, x-linked to the price pane, so it pans and
zooms with the candles; one rectangle per run of equal regimes (a few hundred, not one per
candle). The data is plain (desktop.core.ml.RegimeView); ChartRegimes fetches it."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.ml import RegimeStats, RegimeView
from widgets.chart.theme import blend, theme_for
from widgets.common.pyqtgraph_import import pg

BAND_HEIGHT_PX = 30
BAND_ROW = 99  # below every pane the chart may add
#: calmest first, as the regimes are numbered
COLORS = ("#26a69a", "#7e8ca3", "#ef5350", "#ab47bc", "#ffa726")


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartRegimes", text)


def regime_name(regime: int, n_regimes: int) -> str:
    if regime < 0:
        return _t("warming up")
    if n_regimes == 3:
        return (_t("calm"), _t("normal"), _t("turbulent"))[regime]
    return _t("regime {0}").format(regime + 1)


def runs(labels: np.ndarray) -> list[tuple[int, int, int]]:
    """(first index, end index exclusive, regime) of each run of equal known labels."""
    if labels.size == 0:
        return []
    cuts = np.flatnonzero(np.diff(labels)) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [labels.size]))
    return [(int(a), int(b), int(labels[a])) for a, b in zip(starts, ends, strict=True)
            if labels[a] >= 0]


def stats_text(stats: list[RegimeStats], n_regimes: int) -> str:
    loc = QLocale()

    def pct(value: float, decimals: int = 3) -> str:
        return "—" if math.isnan(value) else loc.toString(100.0 * value, "f", decimals) + " %"

    lines = [_t("Per-regime statistics (per candle):")]
    for s in stats:
        lines.append(_t("{0}: {1} of the time, mean return {2}, volatility {3}").format(
            regime_name(s.regime, n_regimes), pct(s.share, 1), pct(s.mean_return),
            pct(s.volatility)))
    return "\n".join(lines)


class RegimeBand:
    """Attach with `RegimeBand(chart)`; `set_view(view)` colours it, `remove()` takes it
    out of the chart again."""

    def __init__(self, chart, dark: bool) -> None:
        self.chart = chart
        self.plot = pg.PlotItem(viewBox=pg.ViewBox(enableMenu=False))
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        for side in ("left", "bottom", "top"):
            self.plot.hideAxis(side)
        self.plot.showAxis("right")
        self.plot.getAxis("right").setStyle(showValues=False, tickLength=0)
        self.plot.setFixedHeight(BAND_HEIGHT_PX)
        self.plot.vb.setMouseEnabled(x=False, y=False)
        self.plot.vb.setYRange(0, 1, padding=0)
        self.plot.setXLink(chart.price_plot)
        self.bars: pg.BarGraphItem | None = None
        self.legend = pg.TextItem(anchor=(0, 0.5))
        self.legend.setParentItem(self.plot.vb)
        self.legend.setZValue(10)
        self.view: RegimeView | None = None
        self.labels = np.zeros(0, dtype=np.int8)  # per chart candle
        chart._view.addItem(self.plot, row=BAND_ROW, col=0)
        self.plot.vb.sigResized.connect(self._place_legend)
        self.set_theme(dark)

    def remove(self) -> None:
        self.plot.setXLink(None)
        self.chart._view.removeItem(self.plot)

    def set_theme(self, dark: bool) -> None:
        self._dark = dark
        theme = theme_for(dark)
        axis = self.plot.getAxis("right")
        axis.setPen(pg.mkPen(theme.axis))
        axis.setWidth(self.chart.price_axis().width())
        self.plot.vb.setBorder(pg.mkPen(theme.axis))
        back = pg.mkColor(theme.background)
        back.setAlpha(210)
        self.legend.fill = pg.mkBrush(back)  # readable over any regime's colour
        self._draw()

    def set_view(self, view: RegimeView) -> None:
        """Colour the chart's candles by `view` (matched by candle time; a candle the view
        does not cover stays uncoloured)."""
        self.view = view
        ts = self.chart.candles().ts
        labels = np.full(ts.size, -1, dtype=np.int8)
        if ts.size and view.ts.size:
            at = np.searchsorted(view.ts, ts)
            inside = at < view.ts.size
            found = inside.copy()
            found[inside] = view.ts[at[inside]] == ts[inside]
            labels[found] = view.labels[at[found]]
        self.labels = labels
        self._draw()

    def _draw(self) -> None:
        theme = theme_for(self._dark)
        if self.bars is not None:
            self.plot.removeItem(self.bars)
            self.bars = None
        self.plot.getAxis("right").setWidth(self.chart.price_axis().width())
        view = self.view
        if view is None:
            self.legend.setHtml("")
            return
        spans = runs(self.labels)
        if spans:
            x0 = np.array([a - 0.5 for a, _, _ in spans])
            width = np.array([b - a for a, b, _ in spans], dtype=np.float64)
            brushes = [pg.mkBrush(blend(COLORS[k % len(COLORS)], theme.background, 170))
                       for _, _, k in spans]
            self.bars = pg.BarGraphItem(x0=x0, y0=0.0, width=width, height=1.0,
                                        brushes=brushes, pen=None)
            self.plot.addItem(self.bars)
        self.plot.vb.setYRange(0, 1, padding=0)
        current = view.current
        color = COLORS[current % len(COLORS)] if current >= 0 else theme.text
        self.legend.setHtml(
            f'<span style="color:{theme.text}">{_t("Regime")}: </span>'
            f'<span style="color:{color}; font-weight:600">■ {regime_name(current, view.n_regimes)}'
            f'</span><span style="color:{theme.text}"> · '
            + " · ".join(
                f'<span style="color:{COLORS[s.regime % len(COLORS)]}">■</span> '
                f"{regime_name(s.regime, view.n_regimes)} "
                f"{QLocale().toString(100.0 * s.share, 'f', 0)} %"
                for s in view.stats) + "</span>")
        self.legend.setToolTip(stats_text(view.stats, view.n_regimes))
        self.plot.setToolTip(stats_text(view.stats, view.n_regimes))
        self._place_legend()

    def _place_legend(self) -> None:
        self.legend.setPos(4, self.plot.vb.height() / 2)
