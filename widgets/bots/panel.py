"""Bots dock: every strategy bot with what it is doing, and the commands to run it.

The table follows `BotEvent`s (coalesced per bot by the bridge, applied once per flush); the
log below it shows the selected bot's log, loaded through `client.bot_log` and extended by
`BotLogEvent`s. Commands act on the selected bots through `client.bot_*`; each is an action of
the registry (install_bots_commands), so it has a shortcut and a place in the palette.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core import PregaoError
from desktop.core.accounts import AccountsChanged
from desktop.core.bots import BotEvent, BotInfo, BotLogEvent, BotRemovedEvent, BotSpec
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from widgets.bots.chart_trades import show_bot_trades
from widgets.bots.dialogs import BotDialog
from widgets.bots.model import SORT_ROLE, BotTableModel
from widgets.common.labels import muted_label
from widgets.common.table import DataTableView

LOG_LINES = 2000  # the log view keeps the newest lines
MAX_COLUMN_PX = 260


def _t(text: str) -> str:
    return QCoreApplication.translate("BotsDock", text)


#: The commands of the buttons above the table, in order.
TOOLBAR = ("bots.new", "bots.start", "bots.pause_entries", "bots.stop", "bots.stop_flatten",
           "bots.edit", "bots.duplicate", "bots.delete", "bots.show_log", "bots.show_on_chart")


class BotsPanel(Panel):
    panel_type = "bots"
    icon_name = "play"

    @classmethod
    def display_name(cls) -> str:
        return _t("Bots")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        self.model = BotTableModel()
        self._pending: dict[str, BotInfo] = {}
        self._log_bot = ""
        self.loaded = False  # the first list arrived (tests wait on it)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = DataTableView()
        self.table.setObjectName("bots-table")
        self.table.setModel(proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.show_log())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        new_key = ctx.actions.action("bots.new").shortcut().toString()
        self.empty = muted_label(_t("No bots yet. Create one ({0}), or run a backtest result "
                                    "as a bot from the backtest dock.").format(new_key))
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("bot-log")
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(LOG_LINES)
        self.log_view.setPlaceholderText(_t("Select a bot to read its log."))

        # A tool bar, not a row of buttons: on a narrow dock the rest folds into its » menu.
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for command_id in TOOLBAR:
            self.toolbar.addAction(ctx.actions.action(command_id))
        if "reports.export_bot" in {c.id for c in ctx.actions.commands()}:
            self.toolbar.addAction(ctx.actions.action("reports.export_bot"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.toolbar)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.log_view)
        self.splitter.setSizes([300, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.subscribe(BotEvent, self._on_bot)
        self.subscribe(BotRemovedEvent, lambda e: self._removed(e.bot_id))
        self.subscribe(BotLogEvent, self._on_log)
        self.subscribe(AccountsChanged, lambda _e: self.ctx.spawn(self._load_accounts()))
        self.on_flushed(self._apply_pending)
        self.ctx.spawn(self._load(), _t("Bots"))

    # -- data ----------------------------------------------------------------------------------
    async def _load(self) -> None:
        await self._load_accounts()
        bots = await self.ctx.client.bot_list()
        self.model.reset(bots)
        self.loaded = True
        self._refresh_empty()
        self._fit_columns()
        if bots and not self.table.selectionModel().hasSelection():
            self.table.select_first_row()

    async def _load_accounts(self) -> None:
        accounts = await self.ctx.client.accounts()
        self.model.set_accounts({a.id: a.label for a in accounts})

    def _on_bot(self, event: BotEvent) -> None:
        self._pending[event.bot.id] = event.bot

    def _apply_pending(self) -> None:
        if self._pending and self.loaded:
            bots, self._pending = list(self._pending.values()), {}
            listed = {b.id for b in self.model.bots}
            grew = any(b.id not in listed for b in bots)
            self.model.upsert(bots)
            self._refresh_empty()
            if grew:
                self._fit_columns()

    def _removed(self, bot_id: str) -> None:
        self._pending.pop(bot_id, None)
        self.model.remove(bot_id)
        self._refresh_empty()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > MAX_COLUMN_PX:  # long parameter lists elide
                self.table.setColumnWidth(column, MAX_COLUMN_PX)

    def _refresh_empty(self) -> None:
        self.empty.setVisible(not self.model.bots)

    def selected(self) -> list[BotInfo]:
        return [self.model.bot(r) for r in self.table.selected_source_rows()]

    # -- the log -------------------------------------------------------------------------------
    def _selection_changed(self, *_args) -> None:
        chosen = self.selected()
        bot_id = chosen[0].id if chosen else ""
        if bot_id != self._log_bot:
            self._log_bot = bot_id
            self.log_view.clear()
            if bot_id:
                self.ctx.spawn(self._load_log(bot_id), _t("Bot log"))

    async def _load_log(self, bot_id: str) -> None:
        lines = await self.ctx.client.bot_log(bot_id)
        if bot_id == self._log_bot:
            self.log_view.setPlainText("\n".join(tr_message(line) for line in lines[-LOG_LINES:]))
            self.log_view.verticalScrollBar().setValue(
                self.log_view.verticalScrollBar().maximum())

    def _on_log(self, event: BotLogEvent) -> None:
        if event.bot_id == self._log_bot:
            self.log_view.appendPlainText(tr_message(event.line))

    def show_log(self) -> None:
        """The selected bot's log, in view and focused (one click: double-click a row)."""
        sizes = self.splitter.sizes()
        if sizes[1] < 80:
            self.splitter.setSizes([max(200, sizes[0] - 160), 160])
        self.log_view.setFocus()

    def show_on_chart(self) -> None:
        bots = self.selected()
        if not bots:
            self.ctx.statusMessage.emit(_t("Select a bot first"), 4000)
            return
        self.ctx.spawn(show_bot_trades(self.ctx, bots[0]), _t("Bot trades"))

    # -- commands ------------------------------------------------------------------------------
    def _each(self, what: str, call) -> None:
        bots = self.selected()
        if not bots:
            self.ctx.statusMessage.emit(_t("Select a bot first"), 4000)
            return

        async def run() -> None:
            for bot in bots:
                try:
                    info = await call(bot)
                except PregaoError as exc:
                    name = bot.spec.name or bot.spec.strategy
                    self.ctx.statusMessage.emit(f"{name}: {tr_message(exc)}", 8000)
                    continue
                if isinstance(info, BotInfo):
                    self._pending[info.id] = info
            self._apply_pending()

        self.ctx.spawn(run(), what)

    def start(self) -> None:
        self._each(_t("Start bot"), lambda b: self.ctx.client.bot_start(b.id))

    def pause_entries(self) -> None:
        self._each(_t("Pause entries"), lambda b: self.ctx.client.bot_pause_entries(b.id))

    def stop(self) -> None:
        self._each(_t("Stop bot"), lambda b: self.ctx.client.bot_stop(b.id))

    def stop_and_flatten(self) -> None:
        bots = self.selected()
        if not bots or not self._confirm(
                _t("Stop and flatten"),
                _t("Stop {0} bot(s), cancel their orders and close their positions at "
                   "market?").format(len(bots))):
            return
        self._each(_t("Stop and flatten"),
                   lambda b: self.ctx.client.bot_stop(b.id, flatten=True))

    def duplicate(self) -> None:
        self._each(_t("Duplicate bot"), lambda b: self.ctx.client.bot_duplicate(b.id))

    def delete(self) -> None:
        bots = self.selected()
        if not bots or not self._confirm(_t("Delete bots"), _t(
                "Delete {0} bot(s)? Their trades stay in the journal.").format(len(bots))):
            return

        async def delete_one(bot: BotInfo) -> None:
            await self.ctx.client.bot_delete(bot.id)
            self._removed(bot.id)

        self._each(_t("Delete bot"), delete_one)

    def new_bot(self, preset: BotSpec | None = None) -> None:
        self.ctx.spawn(self._open_dialog(None, preset), _t("New bot"))

    def edit(self) -> None:
        bots = self.selected()
        if not bots:
            self.ctx.statusMessage.emit(_t("Select a bot first"), 4000)
            return
        self.ctx.spawn(self._open_dialog(bots[0], None), _t("Edit bot"))

    async def _open_dialog(self, bot: BotInfo | None, preset: BotSpec | None) -> None:
        strategies = await self.ctx.client.backtest_strategies()
        accounts = await self.ctx.client.accounts()
        self.dialog = BotDialog(self.ctx, strategies, accounts, self, bot=bot, preset=preset)
        self.dialog.finished.connect(self._dialog_done)
        self.dialog.open()

    def _dialog_done(self, _code: int) -> None:
        dialog = self.dialog
        if dialog.result_bot is not None:
            self._pending[dialog.result_bot.id] = dialog.result_bot
            self._apply_pending()
        dialog.deleteLater()

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes
