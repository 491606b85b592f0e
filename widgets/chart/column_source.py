"""One shared, cached answer to "which aggregated columns are visible" per view state.

The price item, the volume item, the indicator lines and the y-autoscale all ask the same
question for the same x range; computing it once per range change keeps a frame O(pixels).
"""

from __future__ import annotations

from widgets.chart.series_store import CandleSeries, Columns, visible_index_range


class ColumnSource:
    def __init__(self) -> None:
        self.series: CandleSeries | None = None
        self.version = 0  # bumped on any data change so cached geometry is rebuilt
        self._key: tuple[int, int, int, int] | None = None
        self._columns: Columns | None = None
        self.serial = 0  # bumped whenever a new Columns answer is computed

    def set_series(self, series: CandleSeries | None) -> None:
        self.series = series
        self.touch()

    def touch(self) -> None:
        self.version += 1

    def __len__(self) -> int:
        return 0 if self.series is None else len(self.series)

    def columns(self, x_min: float, x_max: float, width_px: int) -> Columns | None:
        """Columns for the view x range drawn on `width_px` pixel columns (None: no data)."""
        if self.series is None or len(self.series) == 0:
            return None
        i0, i1 = visible_index_range(x_min, x_max, len(self.series))
        key = (i0, i1, max(1, width_px), self.version)
        if key != self._key:
            self._columns = self.series.columns(i0, i1, max(1, width_px))
            self._key = key
            self.serial += 1
        return self._columns
