"""Drawing tools on the chart: the commands (one action per tool, plus delete, remove all and
"alert at the line"), the chart toolbar's compact Draw menu, and ChartDrawings (per chart)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from widgets.drawings.chart_drawings import (
    ALERT_ACTION,
    CLEAR_ACTION,
    DELETE_ACTION,
    ChartDrawings,
    tool_names,
)

# Two-key chords after Alt+D ("draw"): memorable, and clear of every one-key binding.
TOOL_KEYS = {"hline": "Alt+D, H", "trend": "Alt+D, T", "ray": "Alt+D, Y", "rect": "Alt+D, R",
             "fib": "Alt+D, F", "text": "Alt+D, X"}
DELETE_KEY = "Alt+D, Del"
CLEAR_KEY = "Alt+D, C"
ALERT_KEY = "Alt+D, A"


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartDrawings", text)


def tool_action_id(kind: str) -> str:
    return f"chart.draw.{kind}"


def install_drawing_commands(ctx: AppContext, docks: DockManager) -> None:
    def drawings() -> ChartDrawings | None:
        panel = ctx.active_chart
        if panel is None:
            charts = docks.panels("chart")
            panel = charts[0] if charts else None
        layer = getattr(panel, "drawings", None)
        if layer is None:
            ctx.statusMessage.emit(_t("Open a chart first"), 4000)
        return layer

    def run(method: str, *args) -> None:
        layer = drawings()
        if layer is not None:
            getattr(layer, method)(*args)

    for kind, name in tool_names().items():
        ctx.actions.register(
            tool_action_id(kind), _t("Draw: {0}").format(name),
            lambda k=kind: run("start", k), shortcut=TOOL_KEYS[kind],
            icon_name=f"draw_{kind}", menu="chart",
            tooltip=_t("Draw on the focused chart: {0} (Escape cancels)").format(name))
    ctx.actions.register(
        DELETE_ACTION, _t("Delete drawing"), lambda: run("delete_selected"),
        shortcut=DELETE_KEY, icon_name="delete", menu="chart",
        tooltip=_t("Delete the selected drawing (Delete on the chart does it too)"))
    ctx.actions.register(
        CLEAR_ACTION, _t("Remove all drawings"), lambda: run("remove_all"),
        shortcut=CLEAR_KEY, icon_name="clear", menu="chart",
        tooltip=_t("Remove every drawing of the focused chart's symbol"))
    ctx.actions.register(
        ALERT_ACTION, _t("Alert at this line"), lambda: run("alert_at_selected"),
        shortcut=ALERT_KEY, icon_name="alert", menu="chart",
        tooltip=_t("A price alert at the selected horizontal line"))


def draw_menu_button(ctx: AppContext, parent: QWidget) -> QToolButton:
    """The chart toolbar's one Draw button: a menu of the tools (the toolbar has no room
    for six more buttons)."""
    button = QToolButton(parent)
    button.setObjectName("chart-draw-button")
    button.setIcon(icon("draw"))
    button.setToolTip(_t("Drawing tools"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.setObjectName("chart-draw-menu")

    def fill() -> None:  # when shown: the first chart can be built before the commands
        menu.clear()
        for kind in tool_names():
            menu.addAction(ctx.actions.action(tool_action_id(kind)))
        menu.addSeparator()
        for action_id in (ALERT_ACTION, DELETE_ACTION, CLEAR_ACTION):
            menu.addAction(ctx.actions.action(action_id))

    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    return button


__all__ = ["ChartDrawings", "draw_menu_button", "install_drawing_commands", "tool_names"]
