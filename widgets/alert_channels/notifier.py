"""The window's side of alert delivery: shows in-app toasts and system tray messages the
engine asks for, and keeps a status bar indicator naming every channel that keeps failing
(a click opens the channel settings).

It tells the engine a window is open (toasts and tray messages wait for one) and hands it the
translated sentences delivery writes into messages ("…and 7 more alerts:").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon, QToolButton, QWidget

from desktop.core.alert_delivery import (
    AlertChannelHealthEvent,
    AlertNotifyEvent,
    ChannelHealth,
    DeliveryTexts,
)
from desktop.shell.context import AppContext
from desktop.shell.icons import app_icon, icon
from widgets.alert_channels.names import channel_name
from widgets.alert_channels.toast import ToastStack

TRAY_SHOWN_MS = 8000
CHANNELS_ACTION = "alerts.channels"


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertNotifier", text)


def delivery_texts() -> DeliveryTexts:
    """DeliveryTexts in the UI's language (the engine writes them into messages)."""
    return DeliveryTexts(
        more_alerts=_t("…and {count} more alerts:"),
        interrupted=_t("Pregão stopped while sending this alert and this channel cannot tell "
                       "whether it arrived, so it was not sent again (no duplicate)."),
        not_configured=_t("This channel is not set up: open Alert channels to set it up."),
        disabled=_t("This channel is turned off in Alert channels."),
        no_window=_t("No Pregão window was open to show it."),
        test_title=_t("Pregão test alert"),
        test_body=_t("If you can read this, alerts reach you here."),
    )


class AlertNotifier(QObject):
    def __init__(self, ctx: AppContext, window: QWidget,
                 open_channels: Callable[[], object]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.window = window
        self.toasts = ToastStack(window)
        self.tray: QSystemTrayIcon | None = None
        self.health: dict[str, ChannelHealth] = {}
        self._action_text: tuple | None = None  # the settings command as registered
        self.indicator = QToolButton()
        self.indicator.setObjectName("alert-channels-failing")
        self.indicator.setIcon(icon("info"))
        self.indicator.setAutoRaise(True)
        self.indicator.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.indicator.clicked.connect(open_channels)
        self.indicator.hide()
        if isinstance(window, QMainWindow):
            window.statusBar().addPermanentWidget(self.indicator)
        ctx.bridge.subscribe(AlertNotifyEvent, self._on_notify)
        ctx.bridge.subscribe(AlertChannelHealthEvent, self._on_health)
        ctx.after_first_frame(lambda: ctx.spawn(self._attach(), _t("Alert delivery")))

    async def _attach(self) -> None:
        await self.ctx.client.alert_delivery_window(True, delivery_texts())
        for health in await self.ctx.client.alert_channel_health():
            self._on_health(AlertChannelHealthEvent(health))

    # -- toasts and the tray -------------------------------------------------------------------
    def _on_notify(self, event: AlertNotifyEvent) -> None:
        # a toast in a window hidden to the tray would be seen by no one: the tray says it
        hidden = not self.window.isVisible()
        if (event.kind == "tray" or hidden) and QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray()
            tray.show()
            level = {"critical": QSystemTrayIcon.MessageIcon.Critical,
                     "warning": QSystemTrayIcon.MessageIcon.Warning}.get(
                event.severity, QSystemTrayIcon.MessageIcon.Information)
            tray.showMessage(event.title, event.body, level, TRAY_SHOWN_MS)
            return
        # a toast, or a tray message on a desktop without a tray: shown in the window
        self.toasts.show(event.title, event.body, event.severity, self.ctx.dark)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("Pregão")
        return self.tray

    # -- failing channels ---------------------------------------------------------------------
    def _on_health(self, event: AlertChannelHealthEvent) -> None:
        self.health[event.health.channel] = event.health
        failing = [h for h in self.health.values() if h.failing]
        self.indicator.setVisible(bool(failing))
        # the settings command says it too, wherever it shows (menu, the alert center's
        # toolbar, the command palette)
        action = self.ctx.actions.action(CHANNELS_ACTION)
        if self._action_text is None:
            self._action_text = (action.text(), action.toolTip(), action.icon())
        if not failing:
            action.setText(self._action_text[0])
            action.setToolTip(self._action_text[1])
            action.setIcon(self._action_text[2])
            return
        names = ", ".join(channel_name(h.channel) for h in failing)
        self.indicator.setText(_t("Alerts failing: {0}").format(names))
        details = "\n".join(f"{channel_name(h.channel)}: {h.detail}" for h in failing)
        self.indicator.setToolTip(details)
        action.setText(_t("Alert channels (failing: {0})…").format(names))
        action.setToolTip(details)
        action.setIcon(icon("info"))
