"""What every panel gets: the engine client, the event bridge, the actions, settings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.engine.client import EngineClient
from desktop.log_redaction import redact
from desktop.shell.actions import ActionRegistry
from desktop.shell.bridge import EventBridge
from desktop.shell.messages import tr_message

if TYPE_CHECKING:
    from desktop.shell.panel import Panel

log = logging.getLogger(__name__)


class AppContext(QObject):
    #: A sentence for the status bar (and how long to show it, ms; 0 = until replaced).
    statusMessage = Signal(str, int)
    themeChanged = Signal(bool)  # dark?
    activeChartChanged = Signal(object)  # the chart panel symbol changes go to
    #: (venue, symbol): the user picked a symbol somewhere (watchlist Enter, replay open).
    symbolActivated = Signal(str, str)
    #: (venue, symbol, price): a price Ctrl+clicked on a chart (the order entry takes it).
    priceClicked = Signal(str, str, float)
    #: (account, symbol): show that position in the positions monitor (the risk dock asks).
    positionFocused = Signal(str, str)
    #: The first frame with live data is on screen (desktop.shell.first_frame): work kept off
    #: the path to it (indicator code, engine services) may start now.
    firstFrameShown = Signal()
    #: After the first frame, the engine's account services are up (the order entry can
    #: fill): work that would compete with them for the CPU (numba's import) may start now.
    startupDone = Signal()

    def __init__(
        self,
        client: EngineClient,
        bridge: EventBridge,
        actions: ActionRegistry,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.bridge = bridge
        self.actions = actions
        self.settings = settings
        self.dark = True
        self._active_chart: Panel | None = None
        self._tasks: set[asyncio.Task] = set()
        self.first_frame_shown = False
        self.startup_done = False
        #: Asked, in order, before the main window closes; one that returns False keeps it
        #: open (it may have hidden the window to the tray, or the trader said no).
        self.close_guards: list[Callable[[], bool]] = []
        #: Extra pages of the Settings dialog: (translated title, page factory), added by
        #: command installers (the risk limits page, ...), shown after the shell's own.
        self.settings_pages: list[tuple[str, Callable[[QWidget], QWidget]]] = []
        #: The status bar's unread-alerts count (widgets/alerts), reloaded after acknowledging.
        self.alert_unread: Any = None

    @property
    def active_chart(self) -> Panel | None:
        return self._active_chart

    def set_active_chart(self, panel: Panel | None) -> None:
        if panel is not self._active_chart:
            self._active_chart = panel
            self.activeChartChanged.emit(panel)

    def mark_first_frame(self) -> None:
        if not self.first_frame_shown:
            self.first_frame_shown = True
            self.firstFrameShown.emit()

    def mark_startup_done(self) -> None:
        if not self.startup_done:
            self.startup_done = True
            self.startupDone.emit()

    def after_startup(self, fn: Callable[[], None]) -> None:
        """Run `fn` now if start-up is done (see startupDone), else right after it."""
        if self.startup_done:
            fn()
        else:
            self.startupDone.connect(fn, Qt.ConnectionType.SingleShotConnection)

    def after_first_frame(self, fn: Callable[[], None]) -> None:
        """Run `fn` now if the first frame is on screen, else right after it."""
        if self.first_frame_shown:
            fn()
        else:
            self.firstFrameShown.connect(fn, Qt.ConnectionType.SingleShotConnection)

    def spawn(self, coro: Coroutine[Any, Any, Any], what: str = "") -> asyncio.Task:
        """Run a coroutine on the UI loop; a failure is logged and shown, never swallowed."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            if t.cancelled():
                return
            exc = t.exception()
            if exc is not None and _widget_gone(exc):
                # The window or panel it was loading for was closed meanwhile (a layout
                # reset, a dock closed during its first load): nobody is left to show it to.
                log.info("%s ended after its window closed", what or "Background task")
            elif exc is not None:
                log.error("%s failed: %s", what or "Background task", exc, exc_info=exc)
                prefix = f"{what}: " if what else ""
                # Shown text goes through the log redaction too (a raw error may quote a
                # signed URL).
                self.statusMessage.emit(f"{prefix}{redact(tr_message(exc))}", 8000)

        task.add_done_callback(done)
        return task

    def cancel_tasks(self) -> None:
        for task in list(self._tasks):
            task.cancel()


def _widget_gone(exc: BaseException) -> bool:
    """Shiboken's error for a Qt object whose C++ side was deleted while Python held it."""
    return isinstance(exc, RuntimeError) and "already deleted" in str(exc) \
        and "Internal C++ object" in str(exc)
