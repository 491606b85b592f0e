"""The main window: docks, menus and toolbar built from the action registry, status bar."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QMenu, QMessageBox, QToolBar

from desktop.engine.client import EngineClient
from desktop.shell.actions import ActionRegistry
from desktop.shell.bridge import EventBridge
from desktop.shell.command_palette import CommandPalette
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.first_frame import FirstFrameWatch
from desktop.shell.help_menu import install_help_commands
from desktop.shell.icons import app_icon
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from desktop.shell.settings_dialog import SettingsDialog
from desktop.shell.status_bar import TerminalStatusBar
from desktop.shell.theme import apply_theme
from desktop.shell.tour import DONE_KEY

log = logging.getLogger(__name__)

#: How long deferred start-up work waits for the account services before it starts anyway.
STARTUP_WAIT_S = 15.0
SETTLE_POLL_S = 0.01

#: Installs a panel family's commands (chart timeframes, replay controls, ...).
CommandInstaller = Callable[[AppContext, DockManager], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


MENU_ORDER = ("file", "view", "trade", "chart", "replay", "tools", "help")

# Alt+digit shows a panel: the ones a trader reaches for most get the low digits. Panels not
# listed (or added later) get no default key; any can be bound in the shortcut editor.
PANEL_KEYS = {
    "watchlist": "Alt+1",
    "order_entry": "Alt+2",
    "open_orders": "Alt+3",
    "positions": "Alt+4",
    "fills": "Alt+5",
    "order_history": "Alt+6",
    "balances": "Alt+7",
    "log": "Alt+8",
    "replay": "Alt+9",
    "backtest": "Alt+0",
    "risk": "Ctrl+Shift+R",
    "bots": "Ctrl+Shift+G",
    "order_book": "Ctrl+Shift+D",
    "time_and_sales": "Ctrl+Shift+Y",
    "performance": "Ctrl+Shift+J",
    "alerts": "Ctrl+Shift+N",
}


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(
        self,
        client: EngineClient,
        bridge: EventBridge,
        settings: QSettings,
        panel_types: dict[str, type[Panel]],
        installers: Iterable[CommandInstaller] = (),
    ) -> None:
        super().__init__()
        self.setWindowTitle("Pregão")
        self.setWindowIcon(app_icon())
        self.settings = settings
        self._unattended = False  # quit_without_asking: no close guard is asked
        #: Shown in Settings and About (the app sets them; tests leave them empty).
        self.data_dir = ""
        self.log_path = ""
        #: The app turns this on: a first start then opens the tour after the first frame.
        self.tour_on_first_start = False
        self.actions = ActionRegistry(settings, self)
        self.ctx = AppContext(client, bridge, self.actions, settings, self)
        self.docks = DockManager(self, self.ctx, settings, panel_types)
        self.palette = CommandPalette(self.actions, self)
        self.status = TerminalStatusBar(bridge, self)
        self.setStatusBar(self.status)
        self.ctx.statusMessage.connect(self.status.showMessage)
        self._workspace_menu = QMenu(_t("&Workspaces"), self)
        self._workspace_menu.setObjectName("menu-workspace")
        self._register_shell_commands(panel_types)
        for install in installers:
            install(self.ctx, self.docks)
        self._build_menus()
        self._build_toolbar()
        self.docks.workspacesChanged.connect(self._rebuild_workspace_menu)
        self.set_theme(str(settings.value("ui/theme", "dark")))
        self.resize(1600, 960)
        #: No saved layout: a first start (the app shows the window maximised).
        self.first_start = not self.docks.restore_session()
        self.first_frame = FirstFrameWatch(self, self.live_data_shown)
        self.first_frame.done.connect(self._first_frame_done)

    def live_data_shown(self) -> bool:
        """A visible chart shows the market's candles up to the forming minute and a visible
        watchlist shows ticked prices."""
        charts = [p for p in self.docks.panels("chart") if p.isVisible()]
        watchlists = [p for p in self.docks.panels("watchlist") if p.isVisible()]
        return any(getattr(p, "has_live_candles", False) for p in charts) and any(
            p.model.ticked_rows() > 0 for p in watchlists
        )

    def _first_frame_done(self, _live: bool) -> None:
        self.ctx.mark_first_frame()
        if self.tour_on_first_start and not self.settings.value(DONE_KEY, False, type=bool):
            self.start_tour()
        # The engine starts its account services (database, keyring) now, not before.
        self.ctx.spawn(self._finish_startup(), _t("Starting the accounts"))

    async def _finish_startup(self) -> None:
        # Until the accounts are up, nothing else heavy starts (they share the CPU); if they
        # never come (no database), the rest starts after STARTUP_WAIT_S anyway.
        QTimer.singleShot(int(STARTUP_WAIT_S * 1000), self.ctx, self.ctx.mark_startup_done)
        try:
            await self.ctx.client.ui_ready()
            await self.ctx.client.accounts()
            # ...and the panels' first loads with them (the order entry's account and
            # symbols: what makes the app usable) before numba and the bots start.
            waited = 0.0
            while not all(p.first_load_done for p in self.docks.panels()):
                if waited >= STARTUP_WAIT_S:
                    break
                await asyncio.sleep(SETTLE_POLL_S)
                waited += SETTLE_POLL_S
        except Exception as exc:
            log.info("Start-up went on without the accounts: %r", exc)
        finally:
            self.ctx.mark_startup_done()
        with contextlib.suppress(Exception):  # an engine that is stopping: nothing to start
            await self.ctx.client.ui_settled()

    # -- commands ----------------------------------------------------------------------------
    def _register_shell_commands(self, panel_types: dict[str, type[Panel]]) -> None:
        reg = self.actions.register
        reg(
            "app.settings",
            _t("Settings…"),
            self.open_settings,
            shortcut="Ctrl+,",
            icon_name="settings",
            menu="file",
            toolbar=True,
            tooltip=_t("Theme, language and shortcuts"),
        )
        reg("app.quit", _t("Quit"), self.close, shortcut="Ctrl+Q", icon_name="exit", menu="file")
        reg(
            "view.palette",
            _t("Command palette…"),
            self.palette.open,
            shortcut="Ctrl+K",
            icon_name="palette",
            menu="view",
            toolbar=True,
            tooltip=_t("Search and run any command"),
        )
        reg(
            "view.new_chart",
            _t("New chart"),
            self.new_chart,
            shortcut="Ctrl+N",
            icon_name="chart",
            menu="view",
            toolbar=True,
            tooltip=_t("Open another chart dock"),
        )
        singletons = [(p, c) for p, c in sorted(panel_types.items()) if not c.multi_instance]
        for ptype, cls in singletons:
            reg(
                f"view.show_{ptype}",
                _t("Show {0}").format(cls.display_name()),
                lambda p=ptype: self.show_panel(p),
                shortcut=PANEL_KEYS.get(ptype, ""),
                icon_name=cls.icon_name,
                menu="view",
            )
        reg(
            "view.toggle_theme",
            _t("Toggle light/dark theme"),
            self.toggle_theme,
            shortcut="Ctrl+Shift+L",
            icon_name="theme",
            menu="view",
            toolbar=True,
        )
        reg(
            "view.fullscreen",
            _t("Full screen"),
            self.toggle_fullscreen,
            shortcut="F11",
            icon_name="fullscreen",
            menu="view",
        )
        reg(
            "workspace.save_as",
            _t("Save workspace as…"),
            self.save_workspace_as,
            shortcut="Ctrl+Shift+S",
            icon_name="save",
            menu="workspace",
        )
        reg(
            "workspace.delete",
            _t("Delete workspace…"),
            self.delete_workspace,
            icon_name="delete",
            menu="workspace",
        )
        reg(
            "workspace.reset",
            _t("Reset to default layout"),
            self.reset_layout,
            shortcut="Ctrl+Shift+0",
            icon_name="reset",
            menu="workspace",
        )
        reg(
            "help.shortcuts",
            _t("Keyboard shortcuts"),
            lambda: self.open_settings(tab=1),
            shortcut="F1",
            icon_name="keyboard",
            menu="help",
        )
        install_help_commands(self)

    def _build_menus(self) -> None:
        titles = {
            "file": _t("&File"),
            "view": _t("&View"),
            "trade": _t("T&rade"),
            "chart": _t("&Chart"),
            "replay": _t("&Replay"),
            "tools": _t("&Tools"),
            "help": _t("&Help"),
        }
        menus = {key: self.menuBar().addMenu(titles[key]) for key in MENU_ORDER}
        for cmd in self.actions.commands():
            if cmd.menu == "workspace":
                continue
            menus.get(cmd.menu, menus["tools"]).addAction(cmd.action)
        menus["view"].addSeparator()
        menus["view"].addMenu(self._workspace_menu)
        self._panels_menu = menus["view"].addMenu(_t("&Panels"))
        self._panels_menu.aboutToShow.connect(self._rebuild_panels_menu)
        for key, menu in menus.items():
            if menu.isEmpty():
                menu.menuAction().setVisible(False)
            menu.setObjectName(f"menu-{key}")
        self._rebuild_workspace_menu()

    def _rebuild_panels_menu(self) -> None:
        """Every dock, open or closed, with a check mark; a closed one reopens from here."""
        self._panels_menu.clear()
        for dock in self.docks.docks():
            self._panels_menu.addAction(dock.toggleViewAction())

    def _rebuild_workspace_menu(self) -> None:
        menu = self._workspace_menu
        menu.clear()
        for command_id in ("workspace.save_as", "workspace.delete", "workspace.reset"):
            menu.addAction(self.actions.action(command_id))
        names = self.docks.workspaces()
        if names:
            menu.addSeparator()
        for name in names:
            menu.addAction(name, lambda n=name: self.switch_workspace(n))

    def _build_toolbar(self) -> None:
        bar = QToolBar(_t("Main toolbar"), self)
        bar.setObjectName("toolbar-main")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for cmd in self.actions.commands():
            if cmd.toolbar:
                bar.addAction(cmd.action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # -- command handlers --------------------------------------------------------------------
    def new_chart(self) -> None:
        config = {}
        active = self.ctx.active_chart
        if active is not None:
            config = dict(active.config())
        dock = self.docks.open_panel("chart", config)
        self.ctx.set_active_chart(dock.widget())

    def show_panel(self, panel_type: str) -> None:
        self.docks.show_panel(panel_type).setFocus()

    def set_theme(self, name: str) -> None:
        applied = apply_theme(QApplication.instance(), name)
        self.settings.setValue("ui/theme", applied)
        self.ctx.dark = applied == "dark"
        for panel in self.docks.panels():
            panel.apply_theme(self.ctx.dark)
        self.ctx.themeChanged.emit(self.ctx.dark)

    def toggle_theme(self) -> None:
        self.set_theme("light" if self.ctx.dark else "dark")

    def toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def save_workspace_as(self) -> None:
        name, ok = QInputDialog.getText(self, _t("Save workspace"), _t("Workspace name:"))
        if not ok:
            return
        try:
            self.docks.save_workspace(name)
        except ValueError as exc:
            QMessageBox.warning(self, _t("Save workspace"), tr_message(exc))
            return
        self.status.showMessage(_t("Workspace “{0}” saved").format(name.strip()), 4000)

    def switch_workspace(self, name: str) -> None:
        try:
            self.docks.load_workspace(name)
        except ValueError as exc:
            QMessageBox.warning(self, _t("Workspaces"), tr_message(exc))
            return
        self.status.showMessage(_t("Workspace “{0}”").format(name), 4000)

    def delete_workspace(self) -> None:
        names = self.docks.workspaces()
        if not names:
            self.status.showMessage(_t("There are no saved workspaces"), 4000)
            return
        name, ok = QInputDialog.getItem(
            self, _t("Delete workspace"), _t("Workspace:"), names, 0, False
        )
        if ok and name:
            self.docks.delete_workspace(name)

    def reset_layout(self) -> None:
        self.docks.build_default()

    def open_settings(self, tab: int = 0) -> None:
        dialog = SettingsDialog(self.actions, self.settings, self, self.ctx.settings_pages,
                                log_path=self.log_path)
        dialog.tabs.setCurrentIndex(tab)
        dialog.theme.currentIndexChanged.connect(
            lambda _i: self.set_theme(dialog.theme.currentData())
        )
        dialog.exec()

    # -- lifecycle ---------------------------------------------------------------------------
    def quit_without_asking(self) -> None:
        """Close with no close guard asked: for the smoke test, benchmarks and test teardown,
        where no one is there to answer."""
        self._unattended = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unattended and not all(guard() for guard in self.ctx.close_guards):
            event.ignore()  # kept open, or hidden to the tray: the engine goes on
            return
        self.docks.save_session()
        self.ctx.cancel_tasks()
        for panel in self.docks.panels():
            panel.shutdown()
        self.status.shutdown()
        self.closing.emit()
        super().closeEvent(event)
