"""MonitorPanel: the one table panel every monitor (orders, history, fills, positions,
balances) is built on: filter bar, sortable table, batched live updates, context menu,
export of the visible rows. A subclass says only what its records are and where they
come from."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Hashable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QToolButton, QVBoxLayout

from desktop.core import Market
from desktop.core.accounts import PaperAccountReset
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.panel import Panel
from widgets.common.table import DataTableView
from widgets.monitors.export import visible_table, write_table
from widgets.monitors.filter_bar import FilterBar, RecordFilter, RecordFilterProxy
from widgets.monitors.record_model import RECORD_ROLE, Column, RecordTableModel

#: Registry ids of the commands a monitor's context menu may offer for its selection.
CANCEL, MODIFY, CLOSE, REVERSE = (
    "monitors.cancel_order",
    "monitors.modify_order",
    "monitors.close_position",
    "monitors.reverse_position",
)
EXPORT_CSV, EXPORT_XLSX = "monitors.export_csv", "monitors.export_xlsx"
_focus_clock = itertools.count(1)


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


class MonitorPanel(Panel):
    """Subclasses implement `columns`, `record_key`, `record_filter` and `load`, subscribe
    their events to `upsert`/`remove`, and offer commands through `row_commands`."""

    export_stem: ClassVar[str] = "monitor"
    default_sort: ClassVar[tuple[int, Qt.SortOrder]] = (0, Qt.SortOrder.DescendingOrder)

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        self.account_labels: dict[str, str] = {}
        self.markets: dict[str, Market] = {}  # symbol -> a market with its price tick
        self.focused_at = 0  # when this monitor last had the user's attention
        self.model = RecordTableModel(self.columns(), self.record_key)
        self.proxy = RecordFilterProxy(self.record_filter())
        self.proxy.setSourceModel(self.model)
        self.view = DataTableView(self)
        self.view.setModel(self.proxy)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _i: self.show_on_chart())
        self.filter_bar = FilterBar(self.proxy.spec, self)
        self.filter_bar.changed.connect(self._filter_changed)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.export_button = QToolButton()
        self.export_button.setText(_t("Export"))
        self.export_button.setToolTip(_t("Export the rows shown to CSV or Excel"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setIcon(icon("export"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Room for the menu arrow: without it the style draws it over the last letter.
        self.export_button.setStyleSheet("QToolButton { padding-right: 14px; }")
        export_menu = QMenu(self.export_button)
        export_menu.aboutToShow.connect(lambda: self._fill_export_menu(export_menu))
        self.export_button.setMenu(export_menu)
        self.filter_bar.extra.addWidget(self.count_label)
        self.filter_bar.extra.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        for watched in (self.view, self.view.viewport(), self.filter_bar):
            watched.installEventFilter(self)
        self._loading = True
        self._pending_focus: tuple[str, str] | None = None
        self._since_load: dict[Hashable, Any] = {}
        self.loaded = asyncio.Event()
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.view.sortByColumn(*self.default_sort)
        for event_type, handler in self.subscriptions().items():
            self.subscribe(event_type, handler)
        self.subscribe(PaperAccountReset, self._account_reset)
        self.on_flushed(self.commit)
        self.restore_filter(config)
        self._update_count()
        ctx.spawn(self._initial_load(), _t("Loading {0}").format(self.display_name()))

    # -- what a subclass says -----------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    @staticmethod
    def record_key(record: Any) -> Hashable:
        raise NotImplementedError

    def record_filter(self) -> RecordFilter:
        return RecordFilter()

    async def load(self) -> list[Any]:
        """The records to show at start (the journal's, through the client)."""
        raise NotImplementedError

    def row_commands(self, records: list[Any]) -> dict[str, Callable[[], None]]:
        """Registry command id -> what it does for these selected records."""
        return {}

    def subscriptions(self) -> dict[type, Callable[[Any], None]]:
        """Bridge event type -> its handler (which calls `upsert`/`remove`)."""
        return {}

    # -- records ------------------------------------------------------------------------------
    def upsert(self, record: Any) -> None:
        self.model.stage(record)
        if self._loading:
            self._since_load[self.record_key(record)] = record

    def remove(self, key: Hashable) -> None:
        self.model.stage_remove(key)
        if self._loading:
            self._since_load[key] = None

    def commit(self) -> None:
        before = self.model.rowCount()
        self.model.commit()
        # A row the filter hides changes the total without any signal of the proxy.
        self._update_count()
        if self.model.rowCount() > before:
            self.fit_columns()
            if self._pending_focus is not None and self.focus_symbol(*self._pending_focus):
                self._pending_focus = None

    def fit_columns(self) -> None:
        """Widen columns to what the new rows need; never narrow one the user widened."""
        header = self.view.horizontalHeader()
        for c in range(self.model.columnCount() - 1):  # the last one stretches
            needed = max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c))
            if needed > header.sectionSize(c):
                header.resizeSection(c, needed)

    async def _initial_load(self) -> None:
        try:
            await self._load_names()
            records = await self.load()
            self.model.reset(records)
            # Events that arrived while the load was on its way are newer than its answer.
            for key, record in self._since_load.items():
                if record is None:
                    self.model.stage_remove(key)
                else:
                    self.model.stage(record)
            self.commit()
            # The loaded rows came with the reset, which commit() does not count as new.
            self.fit_columns()
        finally:
            self._loading = False
            self._since_load.clear()
            self.loaded.set()
            if self._pending_focus is not None:
                self.focus_symbol(*self._pending_focus)

    def _account_reset(self, _event: PaperAccountReset) -> None:
        """A paper account's orders, fills and positions were cleared: load the rows again."""
        if self._loading:
            return  # the load on its way reads the state after the reset
        self._loading = True
        self.loaded.clear()
        self.ctx.spawn(self._initial_load(), _t("Loading {0}").format(self.display_name()))

    async def _load_names(self) -> None:
        accounts = await self.ctx.client.accounts()
        self.account_labels = {a.id: a.label for a in accounts}
        for market in await self.ctx.client.markets():
            self.markets.setdefault(market.symbol, market)

    def account_text(self, account_id: str) -> str:
        return self.account_labels.get(account_id, account_id)

    def selected_records(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in rows]

    def visible_records(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def apply_theme(self, dark: bool) -> None:
        self.model.set_dark(dark)

    def config(self) -> dict[str, Any]:
        bar = self.filter_bar
        return {
            "symbol": bar.symbol.text(),
            "side": bar.side.currentData() or "",
            "status": bar.status.currentData() or "",
        }

    def restore_filter(self, config: dict[str, Any] | None) -> None:
        """Put back the filter a saved layout had."""
        cfg = config or {}
        bar = self.filter_bar
        bar.symbol.setText(str(cfg.get("symbol", "")))
        bar.select(bar.side, str(cfg.get("side", "")))
        bar.select(bar.status, str(cfg.get("status", "")))

    # -- commands -----------------------------------------------------------------------------
    def run_command(self, command_id: str) -> bool:
        """Run a registry command on the selection; False when it does not apply here."""
        records = self.selected_records()
        if not records and self.view.currentIndex().isValid():
            records = [self.view.currentIndex().data(RECORD_ROLE)]
        action = self.row_commands(records).get(command_id) if records else None
        if action is None:
            return False
        action()
        return True

    def focus_symbol(self, symbol: str, account: str = "") -> bool:
        """Select and scroll to the row of `symbol` (of `account` when given); a symbol
        filter that hides it is cleared. False when the monitor has no such row; a monitor
        still loading (just built, say) selects it when the row arrives."""
        self._pending_focus = None if self.loaded.is_set() else (symbol, account)
        spec = self.proxy.spec
        if spec.symbol is None:
            return False
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                record = index.data(RECORD_ROLE)
                if spec.symbol(record) == symbol and (
                        not account or getattr(record, "account", account) == account):
                    self.view.selectRow(row)
                    self.view.scrollTo(index)
                    self.focused_at = next(_focus_clock)
                    self._pending_focus = None
                    return True
            if attempt == 0 and self.filter_bar.symbol.text():
                self.filter_bar.symbol.clear()
                self._filter_changed("", self.filter_bar.side.currentData() or "",
                                     self.filter_bar.status.currentData() or "")
            else:
                break
        return False

    def show_on_chart(self) -> None:
        records = self.selected_records()
        symbol = self.proxy.spec.symbol(records[0]) if records and self.proxy.spec.symbol else ""
        market = self.markets.get(symbol)
        if market is not None:
            self.ctx.symbolActivated.emit(market.venue, market.symbol)

    async def export(self, path: str) -> None:
        """Write the visible rows to `path` (.xlsx: Excel, otherwise CSV) off the UI thread."""
        table = visible_table(self.view, self.model)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, write_table, path, table, self.display_name())
        self.ctx.statusMessage.emit(
            _t("Exported {0} rows to {1}").format(len(table.rows), path), 6000
        )

    def prompt_export(self, excel: bool) -> None:
        wanted = (
            _t("Excel workbook (*.xlsx)") if excel else _t("Comma-separated values (*.csv)")
        )
        suffix = ".xlsx" if excel else ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self, _t("Export rows"), self.export_stem + suffix, wanted
        )
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.ctx.spawn(self.export(path), _t("Export"))

    # -- internals ----------------------------------------------------------------------------
    def _filter_changed(self, symbol: str, side: str, status: str) -> None:
        self.proxy.set_filter(symbol, side, status)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            _t("Rows: {0}").format(total) if shown == total
            else _t("Rows: {0} of {1}").format(shown, total)
        )

    def _fill_export_menu(self, menu: QMenu) -> None:
        self.focused_at = next(_focus_clock)  # the registry commands act on this monitor
        menu.clear()
        menu.addAction(self.ctx.actions.action(EXPORT_CSV))
        menu.addAction(self.ctx.actions.action(EXPORT_XLSX))

    def _context_menu(self, pos) -> None:
        self.context_menu().exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The right-click menu for the selected rows."""
        menu = QMenu(self)
        records = self.selected_records()
        commands = self.row_commands(records) if records else {}
        for command_id in commands:
            menu.addAction(self.ctx.actions.action(command_id))
        if commands:
            menu.addSeparator()
        if records and self.proxy.spec.symbol:
            menu.addAction(_t("Show on chart"), self.show_on_chart)
        menu.addAction(_t("Copy"), self.view.copy_selection)
        menu.addSeparator()
        menu.addAction(self.ctx.actions.action(EXPORT_CSV))
        menu.addAction(self.ctx.actions.action(EXPORT_XLSX))
        self.focused_at = next(_focus_clock)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.focused_at = next(_focus_clock)
        return False
