"""The monitors' commands in the action registry: they act on the monitor the user last
worked in (its selected rows), so menus, shortcuts and the palette reach them alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.monitors.base import (
    CANCEL,
    CLOSE,
    EXPORT_CSV,
    EXPORT_XLSX,
    MODIFY,
    REVERSE,
    MonitorPanel,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


def current_monitor(docks: DockManager) -> MonitorPanel | None:
    """The visible monitor the user touched last (any visible one if none was touched)."""
    panels = [p for p in docks.panels() if isinstance(p, MonitorPanel) and p.isVisible()]
    return max(panels, key=lambda p: p.focused_at, default=None)


def install_monitor_commands(ctx: AppContext, docks: DockManager) -> None:
    def on_selection(command_id: str, nothing: str) -> None:
        panel = current_monitor(docks)
        if panel is None or not panel.run_command(command_id):
            ctx.statusMessage.emit(nothing, 4000)

    def export(excel: bool) -> None:
        panel = current_monitor(docks)
        if panel is None:
            ctx.statusMessage.emit(_t("Open a monitor (orders, fills, positions…) first"), 4000)
        else:
            panel.prompt_export(excel)

    def focus_position(account: str, symbol: str) -> None:
        positions = docks.show_panel("positions", area=Qt.DockWidgetArea.BottomDockWidgetArea)
        if isinstance(positions, MonitorPanel):
            positions.focus_symbol(symbol, account)

    ctx.positionFocused.connect(focus_position)

    for command_id, label, key, icon_name, tooltip, nothing in (
        (CANCEL, _t("Cancel the selected orders"), "Ctrl+Alt+Shift+K", "cancel_order",
         _t("Cancel the orders selected in the orders monitor"),
         _t("Select an open order to cancel")),
        (MODIFY, _t("Modify the selected order…"), "Ctrl+Alt+Shift+M", "modify_order",
         _t("Change the price or the amount of the selected open order"),
         _t("Select one open order to modify")),
        (CLOSE, _t("Close the selected positions"), "Ctrl+Alt+Shift+W", "close_position",
         _t("Close the selected positions at the market"),
         _t("Select a position to close")),
        (REVERSE, _t("Reverse the selected position"), "Ctrl+Alt+Shift+V", "reverse_position",
         _t("Turn the selected position to the other side at the market"),
         _t("Select one position to reverse")),
    ):
        ctx.actions.register(
            command_id, label,
            lambda c=command_id, n=nothing: on_selection(c, n),
            shortcut=key, icon_name=icon_name, menu="trade", tooltip=tooltip,
        )
    ctx.actions.register(
        EXPORT_CSV, _t("Export rows to CSV…"), lambda: export(False),
        shortcut="Ctrl+Alt+Shift+C", icon_name="export", menu="trade",
        tooltip=_t("Save the rows the monitor shows (filtered and sorted) as a CSV file"),
    )
    ctx.actions.register(
        EXPORT_XLSX, _t("Export rows to Excel…"), lambda: export(True),
        shortcut="Ctrl+Alt+Shift+X", icon_name="export", menu="trade",
        tooltip=_t("Save the rows the monitor shows (filtered and sorted) as an Excel workbook"),
    )
