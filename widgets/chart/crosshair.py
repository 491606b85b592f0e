"""The chart's mouse: the crosshair across every pane, a linked chart's time crosshair, and
a click on a price. A mixin of CandleChart (it reads the chart's panes, series, theme and
time map, and emits its signals), kept apart so the chart module stays about drawing.

A crosshair stands on a time, not on a bar index: when the series is rebuilt (more history,
a reload, another timeframe) the mouse's crosshair is found again under the mouse and sent
to the linked charts, and a linked crosshair moves to the candle that holds its time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt


class CrosshairMixin:
    # CandleChart's own: panes, candle series, theme, time map, hovered index, signals, and
    # the methods time_axis() and _show_readout().
    _panes: dict[str, Any]
    _series: Any
    _theme: Any
    _time_map: Any
    _hover_index: int | None
    _mouse_pos: QPointF | None  # the mouse's last scene position over a pane, None when out
    _linked_ts: int | None  # the time another chart's crosshair stands on, None when none
    crosshairMoved: Any
    priceClicked: Any
    price_vb: Any

    def bar_at_scene_pos(self, pos: QPointF) -> int | None:
        """Index of the candle under a scene position (any pane), None outside the data."""
        for pane in self._panes.values():
            if pane.plot.isVisible() and pane.vb.sceneBoundingRect().contains(pos):
                i = round(pane.vb.mapSceneToView(pos).x())
                return i if 0 <= i < len(self._series) else None
        return None

    def _on_mouse_moved(self, pos: QPointF) -> None:
        hovered = None
        for pane in self._panes.values():
            if pane.plot.isVisible() and pane.vb.sceneBoundingRect().contains(pos):
                hovered = pane
        if hovered is None or len(self._series) == 0:
            self._hide_crosshair()
            return
        self._mouse_pos = QPointF(pos)
        point = hovered.vb.mapSceneToView(pos)
        i = round(point.x())
        i = min(max(i, 0), len(self._series) - 1)
        t = self._theme
        for pane in self._panes.values():
            pane.crosshair_x.setPos(i)
            pane.crosshair_x.show()
            pane.crosshair_y.setVisible(pane is hovered)
            pane.value_axis.set_hover(point.y() if pane is hovered else None, t.axis, t.text)
        hovered.crosshair_y.setPos(point.y())
        self.time_axis().set_hover(i, t.axis, t.text)
        self._hover_index = i
        self._show_readout(i)
        self.crosshairMoved.emit(int(self._series.ts.values[i]))

    def show_time_crosshair(self, ts_ms: int | None) -> None:
        """A linked chart's crosshair: the vertical line at the candle holding that time."""
        self._linked_ts = ts_ms
        if ts_ms is None or len(self._series) == 0 or self._hover_index is not None:
            if ts_ms is None and self._hover_index is None:
                for pane in self._panes.values():
                    pane.crosshair_x.hide()
            return
        i = min(max(self._time_map.bar_containing(ts_ms), 0), len(self._series) - 1)
        for pane in self._panes.values():
            pane.crosshair_x.setPos(i)
            pane.crosshair_x.show()

    def _restore_crosshair(self, mouse: QPointF | None, linked: int | None) -> None:
        """After the series changed under it: the mouse's crosshair again on the candle under
        the mouse (its new time goes to the linked charts), or a linked one on its time."""
        if mouse is not None:
            self._on_mouse_moved(mouse)
        elif linked is not None:
            self.show_time_crosshair(linked)

    def _hide_crosshair(self) -> None:
        for pane in self._panes.values():
            pane.crosshair_x.hide()
            pane.crosshair_y.hide()
            pane.value_axis.set_hover(None)
            pane.time_axis.set_hover(None)
        if self._hover_index is not None:
            self.crosshairMoved.emit(None)
        self._hover_index = None
        self._mouse_pos = None
        self._show_readout(len(self._series) - 1 if len(self._series) else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._hide_crosshair()
        return False

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()
        if not self.price_vb.sceneBoundingRect().contains(pos):
            return
        price = float(self.price_vb.mapSceneToView(pos).y())
        self.priceClicked.emit(price, event.modifiers())
