"""Alert delivery in the window: the channel settings dialog, toasts, tray messages and the
failing-channel indicator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.alert_channels.channels_dialog import ChannelsDialog
from widgets.alert_channels.notifier import AlertNotifier


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertChannelCommands", text)


def install_alert_channel_commands(ctx: AppContext, docks: DockManager) -> None:
    window = ctx.parent()
    parent = window if isinstance(window, QWidget) else None
    dialog: list[ChannelsDialog] = []

    def open_dialog() -> ChannelsDialog:
        if not dialog:
            dialog.append(ChannelsDialog(ctx, parent))
            closing = getattr(parent, "closing", None)  # MainWindow: close with the window
            if closing is not None:
                closing.connect(dialog[0].close)
        d = dialog[0]
        d.show()
        d.raise_()
        d.activateWindow()
        return d

    ctx.actions.register(
        "alerts.channels", _t("Alert channels…"), open_dialog, shortcut="Ctrl+Alt+N",
        icon_name="settings", menu="tools",
        tooltip=_t("Where alerts go: desktop, sound, email, Telegram, Discord, Slack, webhook"))
    if parent is not None:
        ctx.alert_notifier = AlertNotifier(ctx, parent, open_dialog)  # type: ignore[attr-defined]


__all__ = ["ChannelsDialog", "install_alert_channel_commands"]
