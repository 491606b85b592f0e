"""Orders that work only while Pregão runs: asked about before the window closes, kept working
from the tray, and named when one could not be resumed after a restart.

Engine-emulated orders (OCO, trailing stop, bracket on an exchange that lacks them, the
stop-loss and take-profit of bots there) and the paper venue's own emulated orders act only
while the engine runs. They are kept in the database and resume at the next start, but while
the app is closed nothing watches them. So closing the window with any of them working asks
first, naming each, and offers to keep Pregão running in the system tray instead.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from desktop.core import (
    Order,
    OrderEvent,
    OrderType,
    PregaoError,
    ProtectionNotResumedEvent,
    Side,
)
from desktop.core.bots import BotEvent, BotInfo, BotRemovedEvent
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import app_icon
from desktop.shell.messages import tr_message
from widgets.account_form import order_type_name
from widgets.common.numbers import localize_digits

log = logging.getLogger(__name__)

SHOWN_IN_PROMPT = 10  # more than this are counted, not listed
NOTICE_DELAY_MS = 300  # reports of one restart arrive together: one notice for all


def _t(text: str) -> str:
    return QCoreApplication.translate("Protection", text)


def works_only_while_running(order: Order) -> bool:
    """A parent order the engine (or the paper venue) runs itself, still working."""
    return order.emulated and not order.parent_id and not order.status.is_final


def _what(order_type: OrderType, side: Side, amount: float, symbol: str) -> list[str]:
    side_name = _t("buy") if side is Side.BUY else _t("sell")
    return [order_type_name(order_type), f"{side_name} {localize_digits(f'{amount:g}')} {symbol}"]


def describe(order: Order) -> str:
    """"Trailing stop · sell 0.01 BTC/USDT · Main · stop 50,200"."""
    parts = _what(order.type, order.side, order.amount, order.symbol)
    if order.venue:
        parts.append(order.venue)
    if order.stop_price is not None:
        parts.append(_t("stop {0}").format(localize_digits(f"{order.stop_price:,.8g}")))
    if order.price is not None:
        parts.append(_t("target {0}").format(localize_digits(f"{order.price:,.8g}")))
    return " · ".join(parts)


class QuitChoice(StrEnum):
    TRAY = "tray"
    QUIT = "quit"
    CANCEL = "cancel"


def ask_before_quit(parent: QWidget, orders: list[Order], offer_tray: bool,
                    bots: list[str] = ()) -> QuitChoice:
    """`orders`: protective orders working; `bots`: the names of bots deciding now."""
    parts = []
    if orders:
        lines = [f"• {describe(o)}" for o in orders[:SHOWN_IN_PROMPT]]
        if len(orders) > SHOWN_IN_PROMPT:
            lines.append(_t("… and {0} more").format(len(orders) - SHOWN_IN_PROMPT))
        parts.append(_t("Pregão itself runs these orders; they only work while it runs:")
                     + "\n\n" + "\n".join(lines))
    if bots:
        names = ", ".join(bots[:SHOWN_IN_PROMPT])
        if len(bots) > SHOWN_IN_PROMPT:
            names += " " + _t("… and {0} more").format(len(bots) - SHOWN_IN_PROMPT)
        parts.append(_t("These bots stop deciding while Pregão is closed: {0}").format(names))
    title = _t("Protective orders are working") if orders else _t("Bots are running")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(parts), parent=parent)
    box.setObjectName("protection-quit-prompt")
    _widen(box)
    box.setInformativeText(_t(
        "If you quit, nothing watches them until Pregão starts again; then they resume where "
        "they were. Keep Pregão running in the tray to keep them working."))
    tray = box.addButton(_t("Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole) \
        if offer_tray else None
    quit_button = box.addButton(_t("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_t("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(tray or cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if tray is not None and clicked is tray:
        return QuitChoice.TRAY
    return QuitChoice.QUIT if clicked is quit_button else QuitChoice.CANCEL


def _widen(box: QMessageBox) -> None:
    # One order per line reads best: a message box otherwise wraps them at ~40 characters.
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 36em; }")


class ProtectionWatch(QObject):
    """The working orders of that kind, from the engine's open orders and every order event."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._orders: dict[str, Order] = {}
        self._bots: dict[str, BotInfo] = {}
        ctx.bridge.subscribe(OrderEvent, self._on_order)
        ctx.bridge.subscribe(BotEvent, self._on_bot)
        ctx.bridge.subscribe(BotRemovedEvent, lambda e: self._bots.pop(e.bot_id, None))
        ctx.spawn(self._load(ctx), "Open orders")
        # The bot service loads numba: asked for at start, it would slow the window's first
        # loads. Bots that run meanwhile are heard through their BotEvents.
        ctx.after_startup(lambda: ctx.spawn(self._load_bots(ctx), "Bots"))

    async def _load_bots(self, ctx: AppContext) -> None:
        try:
            bots = await ctx.client.bot_list()
        except PregaoError as exc:  # no database: the recovery dialog says why
            log.info("No bots to watch: %s", exc)
            return
        for bot in bots:
            self._bots.setdefault(bot.id, bot)

    def _on_bot(self, event: BotEvent) -> None:
        self._bots[event.bot.id] = event.bot

    def running_bots(self) -> list[str]:
        """The names of the bots deciding now (they stop while the app is closed)."""
        return sorted(b.spec.name or b.spec.strategy for b in self._bots.values()
                      if b.state.is_active)

    async def _load(self, ctx: AppContext) -> None:
        try:
            await ctx.client.accounts()  # until the engine's database is open
            orders = await ctx.client.trade_open_orders()
        except PregaoError as exc:  # no database: the recovery dialog says why
            log.info("No open orders to watch: %s", exc)
            return
        for order in orders:
            if order.id not in self._orders:
                self._on_order(OrderEvent(order))

    def _on_order(self, event: OrderEvent) -> None:
        order = event.order
        if works_only_while_running(order):
            self._orders[order.id] = order
        elif self._orders.pop(order.id, None) is None:
            return
        self.changed.emit()

    def working(self) -> list[Order]:
        return sorted(self._orders.values(), key=lambda o: o.created_ts)


class ProtectionKeeper(QObject):
    """The close guard, the tray and the not-resumed notice of one main window."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.window = window
        self.watch = ProtectionWatch(ctx)
        self.tray: QSystemTrayIcon | None = None
        self._quitting = False
        self._not_resumed: list[ProtectionNotResumedEvent] = []
        self.notice: QMessageBox | None = None
        ctx.close_guards.append(self.allow_close)
        ctx.bridge.subscribe(ProtectionNotResumedEvent, self._on_not_resumed)
        self.watch.changed.connect(self._update_tray_tip)

    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def in_tray(self) -> bool:
        return self.tray is not None and self.tray.isVisible() and not self.window.isVisible()

    # -- closing -----------------------------------------------------------------------------

    def allow_close(self) -> bool:
        """The close guard (from the tray menu's Quit too: then without the tray choice)."""
        orders, bots = self.watch.working(), self.watch.running_bots()
        if self._quitting or not (orders or bots):
            return True
        choice = ask_before_quit(self.window, orders, self.tray_available() and not self.in_tray,
                                 bots)
        if choice is QuitChoice.TRAY:
            self.to_tray()
            return False
        if choice is QuitChoice.QUIT:
            self._quitting = True
            return True
        return False

    # -- the tray ----------------------------------------------------------------------------

    def to_tray(self) -> None:
        if not self.tray_available():
            self.ctx.statusMessage.emit(_t("This desktop has no system tray"), 6000)
            return
        tray = self._tray()
        tray.show()
        # The hidden window is not closed, but a platform may still take it for the last
        # window gone: the app must live on while only the tray shows it.
        QApplication.setQuitOnLastWindowClosed(False)
        self.window.hide()
        count = len(self.watch.working())
        tray.showMessage("Pregão", _t("Pregão keeps running: {0} protective orders are "
                                      "working.").format(count), app_icon(), 5000)

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if self.tray is not None:
            self.tray.hide()
        QApplication.setQuitOnLastWindowClosed(True)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            menu = QMenu(self.window)
            menu.addAction(self.ctx.actions.action("app.show_window"))
            menu.addSeparator()
            menu.addAction(self.ctx.actions.action("app.quit"))
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._on_tray_click)
            self._update_tray_tip()
        return self.tray

    def _on_tray_click(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def _update_tray_tip(self) -> None:
        if self.tray is not None:
            self.tray.setToolTip(_t("Pregão: {0} protective orders working").format(
                len(self.watch.working())))

    # -- not resumed after a restart -----------------------------------------------------------

    def _on_not_resumed(self, event: ProtectionNotResumedEvent) -> None:
        if not self._not_resumed:
            QTimer.singleShot(NOTICE_DELAY_MS, self._show_not_resumed)
        self._not_resumed.append(event)

    def _show_not_resumed(self) -> None:
        events, self._not_resumed = self._not_resumed, []
        if not events:
            return
        lines = [_t("• {what} on {venue}: {why}").format(
            what=_not_resumed_name(e), venue=e.venue, why=tr_message(e.reason)) for e in events]
        text = _t("These orders could not be resumed after the restart and no longer work:")
        if self.in_tray and self.tray is not None:
            self.tray.showMessage("Pregão", text + "\n" + "\n".join(lines),
                                  QSystemTrayIcon.MessageIcon.Warning, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, _t("Protective orders not resumed"),
                          text + "\n\n" + "\n".join(lines), QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("protection-not-resumed")
        _widen(box)
        box.setInformativeText(_t("The order monitors show them as canceled, with the reason; "
                                  "place them again if the position still needs them."))
        box.setModal(False)
        box.finished.connect(box.deleteLater)
        box.open()
        self.notice = box


def _not_resumed_name(event: ProtectionNotResumedEvent) -> str:
    try:
        parts = _what(OrderType(event.order_type), Side(event.side), event.amount,
                      event.symbol)
    except ValueError:  # not even its kind could be read
        return _t("order {0}").format(event.order_id)
    return " · ".join(parts)


def install_protection_commands(ctx: AppContext, docks: DockManager) -> None:
    window = ctx.parent()
    assert isinstance(window, QWidget)
    keeper = ProtectionKeeper(ctx, window)
    ctx.actions.register(
        "app.to_tray", _t("Keep running in the tray"), keeper.to_tray,
        shortcut="Ctrl+Shift+T", icon_name="exit", menu="file",
        tooltip=_t("Hide the window; Pregão and its orders keep working"))
    # Reached from the tray menu while the window is hidden, so no key would reach it.
    ctx.actions.register("app.show_window", _t("Show Pregão"), keeper.show_window,
                         icon_name="app", menu="file")
