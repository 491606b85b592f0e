"""Docks, the saved layout and named workspaces.

A layout is three things: the window geometry, Qt's dock state, and the list of panels (type,
instance id, config) that must exist before Qt can put them back where they were.

A dock is made at once (Qt needs it to restore the layout) but its panel is built the first
time the dock is shown, or when code asks for it (`dock.widget()`): the panels tabbed away
behind others at start cost nothing before the first frame.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QToolBar, QWidget

from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.panel import Panel

log = logging.getLogger(__name__)

SESSION_KEY = "layout/session"
WORKSPACES_GROUP = "workspaces"
LAYOUT_VERSION = 1
Area = Qt.DockWidgetArea
CHART_MIN_WIDTH = 640  # what a chart keeps when a wide panel opens beside it
SIDE_COLUMN_WIDTH = 420  # an order book's price, size and total columns, unclipped


@dataclass(slots=True)
class Layout:
    geometry: bytes
    state: bytes
    panels: list[dict[str, Any]]

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": LAYOUT_VERSION,
                "geometry": self.geometry.hex(),
                "state": self.state.hex(),
                "panels": self.panels,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Layout:
        data = json.loads(text)
        if data.get("version") != LAYOUT_VERSION:
            raise ValueError("layout saved by another version")
        return cls(bytes.fromhex(data["geometry"]), bytes.fromhex(data["state"]), data["panels"])


class PanelDock(QDockWidget):
    """A dock whose panel is built on first show (or first `widget()` call from code)."""

    def __init__(self, panel_type: str, title: str, window: QMainWindow,
                 build: Callable[[], Panel], config: dict[str, Any]) -> None:
        super().__init__(title, window)
        self.panel_type = panel_type
        self._build: Callable[[], Panel] | None = build
        #: What the panel is built with (a saved layout's, or {} for a fresh one); it is also
        #: what a snapshot saves while the panel is not built yet.
        self.initial_config = config
        self.panel: Panel | None = None
        # An empty, unstyled widget holds the dock's place until the panel exists; it is
        # replaced before the dock is ever painted (visibilityChanged comes first).
        super().setWidget(QWidget(self))
        self.visibilityChanged.connect(self._shown)

    def _shown(self, visible: bool) -> None:
        if visible:
            self.ensure_built()

    def ensure_built(self) -> Panel:
        if self.panel is None:
            assert self._build is not None
            build, self._build = self._build, None
            self.panel = build()
            self.setWidget(self.panel)
        return self.panel

    def widget(self) -> Panel:  # type: ignore[override]
        return self.ensure_built()

    def panel_config(self) -> dict[str, Any]:
        return self.panel.config() if self.panel is not None else self.initial_config


def _scrolled_width(dock: QDockWidget | None) -> int:
    """The width a dock whose content scrolls vertically needs to show that content
    unclipped (its labels are longer in Portuguese than in English); 0 when unknown."""
    if dock is None or dock.widget() is None:
        return 0
    need = 0
    for area in dock.widget().findChildren(QScrollArea):
        inner = area.widget()
        if inner is not None:
            need = max(need, inner.minimumSizeHint().width()
                       + area.verticalScrollBar().sizeHint().width() + 16)
    return need


class DockManager(QObject):
    docksChanged = Signal()
    workspacesChanged = Signal()

    def __init__(
        self,
        window: QMainWindow,
        ctx: AppContext,
        settings: QSettings,
        panel_types: dict[str, type[Panel]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._settings = settings
        self._types = panel_types
        self._docks: dict[str, PanelDock] = {}  # object name -> dock
        window.setDockNestingEnabled(True)
        window.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowNestedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
        )

    # -- panels ------------------------------------------------------------------------------
    def docks(self) -> list[PanelDock]:
        return list(self._docks.values())

    def dock(self, name: str) -> PanelDock | None:
        return self._docks.get(name)

    def panels(self, panel_type: str | None = None) -> list[Panel]:
        """The panels built so far (a dock not yet shown has none), of one kind or all."""
        return [
            d.panel
            for d in self._docks.values()
            if d.panel is not None and (not panel_type or d.panel.panel_type == panel_type)
        ]

    def open_panel(
        self,
        panel_type: str,
        config: dict[str, Any] | None = None,
        *,
        name: str | None = None,
        area: Area = Area.RightDockWidgetArea,
    ) -> PanelDock:
        """Show the panel of that type (creating its dock; the panel itself is built when the
        dock is first shown); a multi-instance type gets a new one."""
        cls = self._types[panel_type]
        if name is None:
            name = self._new_name(cls)
        existing = self._docks.get(name)
        if existing is not None:
            existing.show()
            existing.raise_()
            return existing
        config = dict(config or {})
        dock: PanelDock

        def build() -> Panel:
            panel = cls(self._ctx, config)
            dock.setWindowTitle(panel.title())
            panel.titleChanged.connect(dock.setWindowTitle)
            panel.apply_theme(self._ctx.dark)
            return panel

        dock = PanelDock(panel_type, cls.display_name(), self._window, build, config)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        dock.toggleViewAction().setIcon(icon(cls.icon_name))
        self._window.addDockWidget(area, dock)
        self._docks[name] = dock
        if cls.opens_beside_chart and not config:  # a restored layout puts it back itself
            self._place_beside_chart(dock)
        self.docksChanged.emit()
        return dock

    def _place_beside_chart(self, dock: PanelDock) -> None:
        """To the right of the focused chart when both fit at their widths, else a tab of
        the chart's (a double-clicked backtest trade then raises its chart in the same
        place): stacked in the chart's column, a wide panel would crush the chart."""
        charts = [d for d in self._docks.values() if d.panel_type == "chart" and d is not dock
                  and d.isVisible() and not d.isFloating()]
        if not charts:
            return
        active = self._ctx.active_chart
        chart = next((d for d in charts if d.panel is not None and d.panel is active),
                     charts[0])
        panel = dock.widget()
        side = [d for d in self._docks.values() if d is not dock and d.isVisible()
                and not d.isFloating() and d.panel is not None and d.panel.side_column]
        if side and panel.side_column:
            self._window.splitDockWidget(side[0], dock, Qt.Orientation.Vertical)
            return
        need = panel.minimumSizeHint().width()
        room = chart.width()  # the chart's column, as laid out before this dock came
        if room - need >= CHART_MIN_WIDTH:
            if panel.side_column:
                need = max(need, min(SIDE_COLUMN_WIDTH, room - CHART_MIN_WIDTH))
            # The docks left of the chart keep their widths. Sizes given before Qt has laid
            # the split out are not kept (the left column took the chart's room): after.
            left = [d for d in self._docks.values() if d.isVisible() and not d.isFloating()
                    and self._window.dockWidgetArea(d) == Area.LeftDockWidgetArea][:1]
            docks = [*left, chart, dock]
            widths = [*(d.width() for d in left), room - need, need]
            self._window.splitDockWidget(chart, dock, Qt.Orientation.Horizontal)

            def size() -> None:
                if all(d in self._docks.values() for d in docks):
                    self._window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

            QTimer.singleShot(0, self._window, size)
        else:
            self._window.tabifyDockWidget(chart, dock)
            if room < need:
                # The chart's column cannot hold the panel beside a side column (the window
                # outgrew the screen and the order entry lost its Sell button): its docks
                # join the tabs.
                for other in side:
                    self._window.tabifyDockWidget(chart, other)
            dock.show()
            dock.raise_()

    def show_panel(self, panel_type: str, area: Area = Area.RightDockWidgetArea) -> Panel:
        """The panel of that kind, opened if needed, shown and brought to the front: what a
        command acting on a panel wants before it acts."""
        dock = self.open_panel(panel_type, area=area)
        dock.show()
        dock.raise_()
        return dock.widget()

    def remove_panel(self, name: str) -> None:
        dock = self._docks.pop(name, None)
        if dock is None:
            return
        panel = dock.panel
        if panel is not None:
            panel.shutdown()
            if self._ctx.active_chart is panel:
                self._ctx.set_active_chart(None)
        self._window.removeDockWidget(dock)
        dock.deleteLater()
        self.docksChanged.emit()

    def clear(self) -> None:
        for name in list(self._docks):
            self.remove_panel(name)

    def _new_name(self, cls: type[Panel]) -> str:
        if not cls.multi_instance:
            return cls.panel_type
        n = 1
        while f"{cls.panel_type}-{n}" in self._docks:
            n += 1
        return f"{cls.panel_type}-{n}"

    # -- layouts -----------------------------------------------------------------------------
    def snapshot(self) -> Layout:
        panels = []
        for name, dock in self._docks.items():
            panels.append({"type": dock.panel_type, "name": name, "config": dock.panel_config()})
        return Layout(
            bytes(self._window.saveGeometry().data()),
            bytes(self._window.saveState(LAYOUT_VERSION).data()),
            panels,
        )

    def apply(self, layout: Layout) -> bool:
        """Rebuild exactly the panels of `layout` and put them back where they were."""
        self.clear()
        for spec in layout.panels:
            if spec.get("type") in self._types:
                self.open_panel(spec["type"], spec.get("config") or {}, name=spec["name"])
        self._window.restoreGeometry(QByteArray(layout.geometry))
        ok = self._window.restoreState(QByteArray(layout.state), LAYOUT_VERSION)
        self.docksChanged.emit()
        return ok

    def build_default(self) -> None:
        self.clear()
        chart = self.open_panel("chart", {}, area=Area.RightDockWidgetArea)
        watch = self.open_panel("watchlist", area=Area.LeftDockWidgetArea)
        entry = None
        if "order_entry" in self._types:  # below the watchlist whose symbols it trades
            entry = self.open_panel("order_entry", area=Area.LeftDockWidgetArea)
            self._window.splitDockWidget(watch, entry, Qt.Orientation.Vertical)
        log_dock = self.open_panel("log", area=Area.BottomDockWidgetArea)
        if "replay" in self._types:
            replay = self.open_panel("replay", area=Area.BottomDockWidgetArea)
            self._window.tabifyDockWidget(log_dock, replay)
            log_dock.raise_()
        # The trading monitors share the bottom tabs; open orders are in front.
        monitors = [
            self.open_panel(kind, area=Area.BottomDockWidgetArea)
            for kind in ("open_orders", "positions", "order_history", "fills", "balances")
            if kind in self._types
        ]
        for monitor in monitors:
            self._window.tabifyDockWidget(log_dock, monitor)
        if monitors:
            monitors[0].raise_()
        docks = (watch, entry, chart, log_dock)
        self._size_default(*docks)
        # Sizes given before the docks are laid out (or the window shown and maximised) do
        # not hold: again once they are, in proportion to the window's size then.
        for delay in (0, 300):
            QTimer.singleShot(delay, self._window, lambda: self._size_default(*docks))
        self.docksChanged.emit()

    def _size_default(self, watch: QDockWidget, entry: QDockWidget | None, chart: QDockWidget,
                      bottom: QDockWidget) -> None:
        """The default workspace's proportions: the chart takes most of the window, the
        left column what the watchlist and the order entry need, the bottom monitors a
        third of the height at most (at least 8 rows of a table on a 1080-line screen)."""
        if any(d not in self._docks.values() for d in (watch, chart, bottom)):
            return  # another layout replaced this one meanwhile
        # The room the docks share: the window less its menus, tool and status bars (the
        # docks' own sizes mean nothing before they are laid out).
        window = self._window
        chrome = sum(bar.sizeHint().height() for bar in (window.menuBar(), window.statusBar()))
        chrome += sum(bar.sizeHint().height() for bar in window.findChildren(QToolBar)
                      if bar.isVisibleTo(window))
        width, height = window.width(), max(400, window.height() - chrome)
        # The order entry's width (~440 px, more in Portuguese), a third of the window at most.
        left = min(width // 3, max(440, _scrolled_width(entry)))
        self._window.resizeDocks([watch, chart], [left, width - left],
                                 Qt.Orientation.Horizontal)
        low = min(height * 2 // 5, max(300, height * 3 // 10))  # 8+ table rows
        self._window.resizeDocks([chart, bottom], [height - low, low], Qt.Orientation.Vertical)
        if entry is not None and entry in self._docks.values():
            column = height - low
            self._window.resizeDocks([watch, entry], [column * 2 // 5, column * 3 // 5],
                                     Qt.Orientation.Vertical)

    def save_session(self) -> None:
        self._settings.setValue(SESSION_KEY, self.snapshot().to_json())
        self._settings.sync()

    def restore_session(self) -> bool:
        """Last session's layout; the default one when there is none or it is unreadable."""
        text = self._settings.value(SESSION_KEY)
        if text:
            try:
                if self.apply(Layout.from_json(str(text))):
                    return True
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("Saved layout ignored (%s); using the default layout", exc)
        self.build_default()
        return False

    # -- named workspaces --------------------------------------------------------------------
    def workspaces(self) -> list[str]:
        self._settings.beginGroup(WORKSPACES_GROUP)
        try:
            return sorted(self._settings.childKeys(), key=str.casefold)
        finally:
            self._settings.endGroup()

    def save_workspace(self, name: str) -> None:
        name = name.strip()
        if not name or "/" in name or "\\" in name:
            raise ValueError(self.tr("A workspace name cannot be empty or contain slashes."))
        self._settings.setValue(f"{WORKSPACES_GROUP}/{name}", self.snapshot().to_json())
        self._settings.sync()
        self.workspacesChanged.emit()

    def load_workspace(self, name: str) -> None:
        text = self._settings.value(f"{WORKSPACES_GROUP}/{name}")
        if not text:
            raise ValueError(self.tr("There is no workspace named “{name}”.").format(name=name))
        self.apply(Layout.from_json(str(text)))

    def delete_workspace(self, name: str) -> None:
        self._settings.remove(f"{WORKSPACES_GROUP}/{name}")
        self._settings.sync()
        self.workspacesChanged.emit()
