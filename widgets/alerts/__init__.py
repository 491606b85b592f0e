"""Alert center: the dock (rules and trigger history), the unread count in the status bar,
price alert lines on charts, and the commands that drive them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QToolButton

from desktop.core import AlertEvent
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from widgets.alerts.chart_alerts import HERE_ACTION, ChartAlertLines
from widgets.alerts.panel import AlertsPanel

__all__ = ["AlertsPanel", "ChartAlertLines", "UnreadAlerts", "install_alert_commands"]


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertsDock", text)


class UnreadAlerts(QToolButton):
    """"3 alerts" in the status bar: triggers not acknowledged yet; a click opens the dock."""

    def __init__(self, ctx: AppContext, open_dock) -> None:
        super().__init__()
        self.ctx = ctx
        self.count = 0
        self.setObjectName("alerts-unread")
        self.setIcon(icon("alert"))
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setToolTip(_t("Unread alerts: open the alert center"))
        self.clicked.connect(open_dock)
        self._stale = False
        ctx.bridge.subscribe(AlertEvent, self._on_alert)
        ctx.bridge.flushed.connect(self._reload_if_stale)
        self._show()

    def _on_alert(self, _event: AlertEvent) -> None:
        self._stale = True

    def _reload_if_stale(self) -> None:
        # The engine's count is the truth (another window, or a reload that crossed a new
        # trigger, could make a local tally drift); one read per flush however many fired.
        if self._stale:
            self._stale = False
            self.ctx.spawn(self.reload())

    async def reload(self) -> None:
        self.count = await self.ctx.client.alert_unread_count()
        self._show()

    def _show(self) -> None:
        self.setText(_t("{0} unread alert(s)").format(self.count))
        self.setVisible(self.count > 0)


def install_alert_commands(ctx: AppContext, docks: DockManager) -> None:
    def panel() -> AlertsPanel:
        return docks.show_panel("alerts")

    def alert_here() -> None:
        chart = ctx.active_chart
        lines = getattr(chart, "alert_lines", None)
        if lines is None:
            ctx.statusMessage.emit(_t("Open a chart first"), 4000)
            return
        lines.alert_here()

    commands = (
        ("alerts.new", _t("New alert…"), lambda: panel().new_rule(), "Alt+Shift+N", "add",
         _t("Create an alert on a price, an indicator, an order, a bot, risk or a connection")),
        ("alerts.edit", _t("Edit alert…"), lambda: panel().edit(), "Alt+Shift+E", "settings",
         _t("Change the selected alert (double-click it)")),
        ("alerts.toggle", _t("Enable/disable alert"), lambda: panel().toggle(), "Alt+Shift+T",
         "pause", _t("Disarm the selected alerts, or arm them again")),
        ("alerts.duplicate", _t("Duplicate alert"), lambda: panel().duplicate(),
         "Alt+Shift+U", "copy", _t("An armed copy of the selected alert")),
        ("alerts.snooze", _t("Snooze alert for an hour"), lambda: panel().snooze(),
         "Alt+Shift+Z", "snooze", _t("The selected alerts stay quiet for an hour")),
        ("alerts.delete", _t("Delete alert"), lambda: panel().delete(), "Alt+Shift+Del",
         "delete", _t("Delete the selected alerts (their history stays)")),
        ("alerts.acknowledge", _t("Acknowledge"), lambda: panel().acknowledge(),
         "Alt+Shift+C", "acknowledge", _t("Mark the selected triggers as read")),
        ("alerts.acknowledge_all", _t("Acknowledge all"), lambda: panel().acknowledge_all(),
         "Alt+Shift+W", "acknowledge", _t("Mark every trigger as read")),
    )
    for command_id, label, callback, shortcut, icon_name, tooltip in commands:
        ctx.actions.register(command_id, label, callback, shortcut=shortcut,
                             icon_name=icon_name, menu="tools", tooltip=tooltip)
    ctx.actions.register(HERE_ACTION, _t("Alert here"), alert_here, shortcut="Alt+Shift+H",
                         icon_name="alert", menu="chart",
                         tooltip=_t("A price alert at the right-clicked price of the chart"))

    window = docks.parent()
    if isinstance(window, QMainWindow):
        unread = UnreadAlerts(ctx, lambda: docks.show_panel("alerts"))
        window.statusBar().addPermanentWidget(unread)
        ctx.alert_unread = unread  # the dock refreshes it after acknowledging
        ctx.after_startup(lambda: ctx.spawn(unread.reload()))
