"""The base of every dockable panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.events import Event
from desktop.shell.context import AppContext


class Panel(QWidget):
    """A view over engine state, hosted in a QDockWidget by the dock manager.

    Subclasses set `panel_type` and `icon_name`, implement `title()`, and return whatever
    must survive a restart from `config()` (it is given back to `__init__`).
    """

    panel_type: ClassVar[str] = ""
    icon_name: ClassVar[str] = ""
    multi_instance: ClassVar[bool] = False
    #: Opened beside the chart (or tabbed with it where the two would not fit side by side),
    #: never stacked over it: a wide panel such as the backtest's.
    opens_beside_chart: ClassVar[bool] = False
    #: With opens_beside_chart, a narrow panel of the trader's desk (order book, time and
    #: sales): a column of SIDE_COLUMN_WIDTH beside the chart when the chart keeps its
    #: minimum, and stacked under another such panel already there (one column, not two).
    side_column: ClassVar[bool] = False
    #: False while the panel's first load at start is under way (the order entry fetching
    #: the accounts and their symbols): the app starts its heavy deferred work (numba, the
    #: bots) only once every built panel says True, so that work does not slow the panel.
    first_load_done: bool = True

    titleChanged = Signal(str)

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._unsubscribers: list[Callable[[], None]] = []

    @classmethod
    def display_name(cls) -> str:
        """The panel kind's translated name, for menus ("Watchlist")."""
        raise NotImplementedError

    def title(self) -> str:
        return self.display_name()

    def config(self) -> dict[str, Any]:
        return {}

    def subscribe(self, event_type: type[Event], handler: Callable[[Any], None]) -> None:
        self._unsubscribers.append(self.ctx.bridge.subscribe(event_type, handler))

    def on_flushed(self, handler: Callable[[], None]) -> None:
        """Call `handler` after each delivery batch (commit batched model changes there)."""
        self.ctx.bridge.flushed.connect(handler)
        self._unsubscribers.append(lambda: self.ctx.bridge.flushed.disconnect(handler))

    def apply_theme(self, dark: bool) -> None:
        """Restyle non-QSS parts (plots); called on start and when the theme changes."""

    def shutdown(self) -> None:
        for unsubscribe in self._unsubscribers:
            try:
                unsubscribe()
            except (RuntimeError, TypeError):
                pass  # already disconnected while Qt tears down
        self._unsubscribers.clear()
