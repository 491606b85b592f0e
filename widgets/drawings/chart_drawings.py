"""A chart's drawings: placing a new one with the mouse, selecting, moving and deleting them,
and keeping them in the engine's database per symbol.

A tool (from the chart's Draw menu or its shortcut) takes the next clicks on the price pane
as its anchors — one for a horizontal line or a text, two for the others, with a preview of
the shape while the mouse moves — and Escape (or a right-click) cancels it. A drawing is
selected by a click, moved by dragging its body, reshaped by dragging a handle, and deleted
with the Delete key or its right-click menu. Every change is saved through the engine
(`client.drawing_save` / `drawing_delete`); the engine's DrawingsChangedEvent brings it to
every other chart of the same symbol.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from desktop.core import PregaoError
from desktop.core.drawings import POINT_COUNT, Drawing, DrawingsChangedEvent
from desktop.shell.messages import tr_message
from desktop.shell.numbers import fmt_number
from widgets.chart.drawing_item import DrawingItem
from widgets.chart.theme import theme_for

DELETE_ACTION = "chart.draw.delete"
CLEAR_ACTION = "chart.draw.clear"
ALERT_ACTION = "chart.draw.alert"


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartDrawings", text)


def tool_names() -> dict[str, str]:
    return {"hline": _t("Horizontal line"), "trend": _t("Trend line"), "ray": _t("Ray"),
            "rect": _t("Rectangle"), "fib": _t("Fibonacci retracement"), "text": _t("Text")}


class ChartDrawings(QObject):
    def __init__(self, host) -> None:
        super().__init__(host.chart)
        self.host = host
        self.ctx = host.ctx
        self.chart = host.chart
        self.items: dict[str, DrawingItem] = {}
        self.selected: str | None = None
        self.tool: str | None = None  # the tool placing a drawing, None when none is
        self.pending: list[tuple[int, float]] = []
        self.preview: DrawingItem | None = None
        self.text_dialog: QInputDialog | None = None
        self._shown_for: tuple[str, str] = ("", "")
        self._unsaved: dict[str, int] = {}  # drawing id -> saves sent and not yet answered
        self.chart.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Delete and Escape reach it
        scene = self.chart.price_vb.scene()
        scene.sigMouseClicked.connect(self._on_click)
        scene.sigMouseMoved.connect(self._on_move)
        host.subscribe(DrawingsChangedEvent, self._on_changed)
        host.titleChanged.connect(lambda _title: self._follow_symbol())
        self.ctx.themeChanged.connect(self.set_theme)
        # Keys on the focused chart only: Delete in a table or a field stays theirs.
        for keys, slot in (((QKeySequence.StandardKey.Delete, Qt.Key.Key_Backspace),
                            self.delete_selected), ((Qt.Key.Key_Escape,), self.escape)):
            action = QAction(host)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.chart.addAction(action)
        self._follow_symbol()

    # -- loading -------------------------------------------------------------------------------
    def _follow_symbol(self) -> None:
        key = (self.host.venue, self.host.symbol)
        if key == self._shown_for:
            return  # a timeframe change: the same drawings, re-placed by their times
        self._shown_for = key
        self.cancel(announce=False)
        self._clear_items()
        self.ctx.spawn(self.reload())

    def _on_changed(self, event: DrawingsChangedEvent) -> None:
        if (event.venue, event.symbol) == self._shown_for:
            self.ctx.spawn(self.reload())

    async def reload(self) -> None:
        venue, symbol = self._shown_for
        try:
            drawings = await self.ctx.client.drawings(venue, symbol)
        except PregaoError:
            return  # no database: no stored drawings (the accounts dialog says why)
        if (venue, symbol) == self._shown_for:
            self.set_drawings(drawings)

    def drawings(self) -> list[Drawing]:
        return [item.drawing for item in self.items.values()]

    def set_drawings(self, drawings: list[Drawing]) -> None:
        wanted = {d.id: d for d in drawings}
        # A drawing made here whose save is still on its way is not "deleted elsewhere".
        for key in [k for k in self.items if k not in wanted and k not in self._unsaved]:
            self._remove_item(key)
        for key, drawing in wanted.items():
            item = self.items.get(key)
            if item is None:
                self._add_item(drawing)
            elif not item.dragging and key not in self._unsaved:  # what is being done here wins
                item.set_drawing(drawing)

    def _add_item(self, drawing: Drawing, preview: bool = False) -> DrawingItem:
        chart = self.chart
        item = DrawingItem(drawing, chart.time_map(), chart.price_decimals, fmt_number)
        theme = theme_for(self.ctx.dark)
        item.set_theme(self.ctx.dark, theme.text, theme.background)
        item.set_interactive(not preview and self.tool is None)
        chart.price_plot.addItem(item, ignoreBounds=True)
        if not preview:
            item.clicked.connect(self._on_item_clicked)
            item.moved.connect(lambda _item, d: self._save(d))
            self.items[drawing.id] = item
        return item

    def _clear_items(self) -> None:
        for key in list(self.items):
            self._remove_item(key)

    def _remove_item(self, key: str) -> None:
        item = self.items.pop(key, None)
        if item is not None:
            self.chart.price_plot.removeItem(item)
        if self.selected == key:
            self.selected = None

    def set_theme(self, dark: bool) -> None:
        for item in (*self.items.values(), *([self.preview] if self.preview else [])):
            item.set_theme(dark, theme_for(dark).text, theme_for(dark).background)

    # -- placing a new drawing -----------------------------------------------------------------
    def start(self, kind: str) -> None:
        """Take the next clicks on the price pane as the anchors of a new `kind` drawing."""
        self.cancel(announce=False)
        if self.chart.last_price() is None:
            self.ctx.statusMessage.emit(_t("No candles to draw on yet"), 4000)
            return
        self.select(None)
        self.tool = kind
        for item in self.items.values():
            item.set_interactive(False)  # clicks on an existing drawing place the new one
        self.chart.setCursor(Qt.CursorShape.CrossCursor)
        self.chart.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ctx.statusMessage.emit(
            _t("{0}: click on the chart to place it (Escape cancels)").format(
                tool_names()[kind]), 8000)

    def cancel(self, announce: bool = True) -> None:
        """Drop a drawing in progress (its placed anchors and preview)."""
        if self.preview is not None:
            self.chart.price_plot.removeItem(self.preview)
            self.preview = None
        was_drawing = self.tool is not None
        self.tool = None
        self.pending = []
        for item in self.items.values():
            item.set_interactive(True)
        self.chart.unsetCursor()
        if was_drawing and announce:
            self.ctx.statusMessage.emit(_t("Drawing cancelled"), 3000)

    def escape(self) -> None:
        if self.tool is not None:
            self.cancel()
        else:
            self.select(None)

    def _point_at(self, scene_pos: QPointF) -> tuple[int, float] | None:
        vb = self.chart.price_vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        view = vb.mapSceneToView(scene_pos)
        return self.chart.time_map().time_of_x(view.x()), float(view.y())

    def _on_click(self, event) -> None:
        if self.tool is None:
            if event.button() == Qt.MouseButton.LeftButton and not event.isAccepted():
                self.select(None)  # a click beside every drawing
            return
        event.accept()  # a click while drawing belongs to the tool, not to "Alert here"
        if event.button() == Qt.MouseButton.RightButton:
            self.cancel()
            return
        point = self._point_at(event.scenePos())
        if event.button() != Qt.MouseButton.LeftButton or point is None:
            return
        self.pending.append(point)
        if len(self.pending) >= POINT_COUNT[self.tool]:
            self._finish()

    def _on_move(self, scene_pos: QPointF) -> None:
        if self.tool is None or not self.pending:
            return
        point = self._point_at(scene_pos)
        if point is None:
            return
        drawing = self._new_drawing(self.tool, (*self.pending, point))
        if self.preview is None:
            self.preview = self._add_item(drawing, preview=True)
        else:
            self.preview.set_drawing(drawing)

    def _new_drawing(self, kind: str, points, text: str = "") -> Drawing:
        return Drawing(uuid.uuid4().hex, self.host.venue, self.host.symbol, kind,
                       tuple(points), text)

    def _finish(self) -> None:
        kind, points = self.tool or "", list(self.pending)
        self.cancel(announce=False)
        if kind != "text":
            self._create(self._new_drawing(kind, points))
            return
        dialog = self.text_dialog = QInputDialog(self.host)
        dialog.setWindowTitle(tool_names()["text"])
        dialog.setLabelText(_t("Text to show on the chart:"))
        dialog.textValueSelected.connect(
            lambda text: self._create(self._new_drawing(kind, points, text.strip()))
            if text.strip() else None)
        dialog.finished.connect(lambda _r: setattr(self, "text_dialog", None))
        dialog.open()

    def _create(self, drawing: Drawing) -> None:
        self._add_item(drawing)
        self.select(drawing.id)
        self._save(drawing)

    # -- selection, menu, delete -----------------------------------------------------------
    def select(self, key: str | None) -> None:
        self.selected = key if key in self.items else None
        for k, item in self.items.items():
            item.set_selected(k == self.selected)

    def selected_drawing(self) -> Drawing | None:
        item = self.items.get(self.selected or "")
        return item.drawing if item is not None else None

    def _on_item_clicked(self, item: DrawingItem, button, screen_pos) -> None:
        self.select(item.drawing.id)
        self.chart.setFocus(Qt.FocusReason.MouseFocusReason)
        if button == Qt.MouseButton.RightButton and screen_pos is not None:
            self.context_menu().popup(QPoint(int(screen_pos.x()), int(screen_pos.y())))

    def context_menu(self) -> QMenu:
        """The selected drawing's menu: delete it, an alert at a horizontal line, remove all."""
        menu = QMenu(self.host)
        menu.setObjectName("chart-drawing-menu")
        drawing = self.selected_drawing()
        if drawing is not None and drawing.kind == "hline":
            menu.addAction(self.ctx.actions.action(ALERT_ACTION))
        menu.addAction(self.ctx.actions.action(DELETE_ACTION))
        menu.addSeparator()
        menu.addAction(self.ctx.actions.action(CLEAR_ACTION))
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def delete_selected(self) -> None:
        drawing = self.selected_drawing()
        if drawing is None:
            self.ctx.statusMessage.emit(_t("Click a drawing to select it first"), 4000)
            return
        self._remove_item(drawing.id)
        self.ctx.spawn(self._delete([drawing.id]), _t("Deleting the drawing"))

    def remove_all(self, confirm: bool = True) -> None:
        if not self.items:
            self.ctx.statusMessage.emit(_t("This chart has no drawings"), 4000)
            return
        if confirm and QMessageBox.question(
                self.host, _t("Remove all drawings"),
                _t("Remove all {0} drawing(s) of {1}?").format(len(self.items),
                                                               self.host.symbol),
        ) != QMessageBox.StandardButton.Yes:
            return
        self._clear_items()
        self.ctx.spawn(self._delete(None), _t("Deleting the drawings"))

    def alert_at_selected(self) -> None:
        """The selected horizontal line becomes a price alert (the chart's "Alert here")."""
        drawing = self.selected_drawing()
        if drawing is None or drawing.kind != "hline":
            self.ctx.statusMessage.emit(_t("Select a horizontal line first"), 4000)
            return
        self.host.alert_lines.alert_here(drawing.points[0][1])

    # -- the engine ------------------------------------------------------------------------
    def _save(self, drawing: Drawing) -> None:
        self._unsaved[drawing.id] = self._unsaved.get(drawing.id, 0) + 1
        self.ctx.spawn(self._store(drawing), _t("Saving the drawing"))

    async def _store(self, drawing: Drawing) -> None:
        try:
            await self.ctx.client.drawing_save(drawing)
        except PregaoError as exc:
            self.ctx.statusMessage.emit(tr_message(exc), 8000)
            failed = True
        else:
            failed = False
        finally:
            left = self._unsaved.pop(drawing.id, 1) - 1
            if left > 0:
                self._unsaved[drawing.id] = left
        if failed:
            await self.reload()  # back to what is stored

    async def _delete(self, ids: list[str] | None) -> None:
        venue, symbol = self._shown_for
        try:
            await self.ctx.client.drawing_delete(venue, symbol, ids)
        except PregaoError as exc:
            self.ctx.statusMessage.emit(tr_message(exc), 8000)
            await self.reload()
