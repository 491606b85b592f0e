"""The Help menu's commands: the tour, the keyboard cheat sheet and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from desktop.shell.help_dialogs import AboutDialog, CheatSheet
from desktop.shell.tour import DONE_KEY, Tour, TourStep

if TYPE_CHECKING:
    from desktop.shell.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def _key(window: MainWindow, command_id: str) -> str:
    seq = window.actions.action(command_id).shortcut()
    return seq.toString(QKeySequence.SequenceFormat.NativeText) or "—"


def _toolbar_button(window: MainWindow, command_id: str) -> QWidget | None:
    bar = window.findChild(QToolBar, "toolbar-main")
    return bar.widgetForAction(window.actions.action(command_id)) if bar is not None else None


def menu_titles(window: MainWindow) -> dict[str, str]:
    """Menu id -> its title as the menu bar shows it, in menu-bar order."""
    menus = [m for m in window.findChildren(QMenu) if m.objectName().startswith("menu-")]
    bar = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    menus.sort(key=lambda m: bar.index(m) if m in bar else len(bar))
    return {m.objectName().removeprefix("menu-"): m.title().replace("&", "") for m in menus}


def tour_steps(window: MainWindow) -> list[TourStep]:
    docks = window.docks

    def dock(name: str):
        return lambda: docks.dock(name)

    def chart():
        charts = [d for d in docks.docks() if d.panel_type == "chart" and d.isVisible()]
        active = [d for d in charts if d.panel is window.ctx.active_chart]
        return (active or charts or [None])[0]

    return [
        TourStep(_t("Charts"),
                 _t("Live candles with volume. Scroll to zoom, drag to pan, pick the timeframe "
                    "at the top; {0} opens another chart.").format(_key(window, "view.new_chart")),
                 chart),
        TourStep(_t("Watchlist"),
                 _t("Prices as they tick. Enter or a double click shows the symbol in the "
                    "chart you last clicked."), dock("watchlist")),
        TourStep(_t("Order entry"),
                 _t("Buy and sell on the paper account (pretend money, real prices) or on an "
                    "exchange you connect. Every field is checked before anything is sent."),
                 dock("order_entry")),
        TourStep(_t("Monitors"),
                 _t("Open orders, positions, order history, fills and balances share these "
                    "tabs. Right-click a row to cancel, modify or close."), dock("open_orders")),
        TourStep(_t("Command palette"),
                 _t("Press {0} and type a few letters of any command.").format(
                     _key(window, "view.palette")),
                 lambda: _toolbar_button(window, "view.palette")),
        TourStep(_t("Settings"),
                 _t("Theme, language, order confirmations and every keyboard shortcut ({0}). "
                    "Help lists the keys ({1}) and shows this tour again ({2}).").format(
                     _key(window, "app.settings"), _key(window, "help.cheat_sheet"),
                     _key(window, "help.tour")),
                 lambda: _toolbar_button(window, "app.settings")),
    ]


def install_help_commands(window: MainWindow) -> None:
    reg = window.actions.register

    def done() -> None:
        window.settings.setValue(DONE_KEY, True)

    window.tour = Tour(window, [], on_done=done)

    def start_tour() -> None:
        window.tour.steps = tour_steps(window)  # keys and docks as they are now
        window.tour.start()

    window.start_tour = start_tour
    reg("help.tour", _t("Take the tour"), start_tour, shortcut="Shift+F1", icon_name="info",
        menu="help", tooltip=_t("Six steps through the window"))
    reg("help.cheat_sheet", _t("Keyboard cheat sheet"),
        lambda: CheatSheet(window.actions, menu_titles(window), window).exec(), shortcut="Ctrl+F1",
        icon_name="keyboard", menu="help", tooltip=_t("Every command that has a key"))
    reg("help.about", _t("About Pregão"),
        lambda: AboutDialog(window.data_dir, window.log_path, window).exec(),
        shortcut="Ctrl+Shift+F1", icon_name="info", menu="help")
