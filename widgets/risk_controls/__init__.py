"""The trader's controls over the risk guard: the kill switch command, the Risk page of the
Settings (limits, breakers, trading state), and the trading state in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.core import PregaoError
from desktop.core.accounts import AccountsChanged
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.risk_controls.kill_switch import KillSwitchDialog
from widgets.risk_controls.limits_page import RiskLimitsPage

KILL_SWITCH_ACTION = "trade.kill_switch"


def _t(text: str) -> str:
    return QCoreApplication.translate("KillSwitch", text)


def install_risk_controls(ctx: AppContext, docks: DockManager) -> None:
    window = docks.parent()

    def open_kill_switch() -> KillSwitchDialog:
        dialog = KillSwitchDialog(ctx, window if isinstance(window, QWidget) else None)
        dialog.setModal(True)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    ctx.actions.register(
        KILL_SWITCH_ACTION, _t("Kill switch…"), open_kill_switch, shortcut="Ctrl+Alt+K",
        icon_name="kill_switch", menu="trade",
        tooltip=_t("Cancel every open order, close every position and halt trading on the "
                   "chosen accounts (asks first)"))
    ctx.settings_pages.append(
        (QCoreApplication.translate("RiskLimits", "Risk"), lambda parent: RiskLimitsPage(ctx)))

    if isinstance(window, QMainWindow):
        status_bar = window.statusBar()
        show_state = getattr(status_bar, "show_trading_state", None)
        set_names = getattr(status_bar, "set_account_names", None)
        if show_state is not None and set_names is not None:

            async def states() -> None:
                # Halts stored from the last session show from the start, not only on change.
                try:
                    accounts = await ctx.client.accounts()
                    set_names({a.id: a.label for a in accounts})
                    for status in await ctx.client.risk_statuses():
                        show_state(status)
                except PregaoError:
                    return  # no database: the accounts dialog says why

            ctx.spawn(states())
            ctx.bridge.subscribe(AccountsChanged, lambda _e: ctx.spawn(states()))
