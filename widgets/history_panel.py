"""Candle history: download into the local cache with progress and cancel, import files, see
what is cached (coverage and gaps), delete, open a cached dataset in a chart (as a replay)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import TIMEFRAMES, PregaoError
from desktop.core.accounts import AccountsChanged
from desktop.core.events import HistoryDoneEvent, HistoryFailedEvent, HistoryProgressEvent
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from widgets.common.numbers import localize_digits
from widgets.common.table import DataTableView

Index = QModelIndex | QPersistentModelIndex
FILE_FILTER = "Candles (*.csv *.parquet *.pq)"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_DAYS = 30
REPLAY_SPEED = 60.0
RATE_LIMITED = "rate-limited"  # progress message code from the engine: "rate-limited:<s>"
IMPORTED = "imported"  # the exchange name an import gets when none is typed


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryPanel", text)


def _when(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M")


def _utc_ms(date: QDate) -> int:
    return int(datetime(date.year(), date.month(), date.day(), tzinfo=UTC).timestamp() * 1000)


class DatasetsModel(QAbstractTableModel):
    COLUMNS = ("exchange", "symbol", "timeframe", "from", "to", "candles", "gaps")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []  # DatasetInfo

    def set_datasets(self, datasets: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(datasets)
        self.endResetModel()

    def dataset(self, row: int) -> Any:
        return self._rows[row]

    def datasets(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _t("Exchange"),
            _t("Symbol"),
            _t("Timeframe"),
            _t("From (UTC)"),
            _t("To (UTC)"),
            _t("Candles"),
            _t("Gaps"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        raw = {
            "exchange": d.key.exchange,
            "symbol": d.key.symbol,
            "timeframe": d.key.step_ms,
            "from": d.first_ms,
            "to": d.last_ms,
            "candles": d.count,
            "gaps": len(d.gaps),
        }[column]
        if role == SORT_ROLE:
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "timeframe":
                return d.key.timeframe
            if column in ("from", "to"):
                return _when(raw) if d.count else ""
            if column == "candles":
                return localize_digits(f"{raw:,}")
            if column == "gaps":
                return _t("{0} ({1} candles)").format(raw, d.missing) if raw else _t("none")
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("candles", "gaps"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class HistoryPanel(Panel):
    panel_type = "history"
    icon_name = "download"

    @classmethod
    def display_name(cls) -> str:
        return _t("Candle history")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        config = config or {}
        self.job_id = ""
        self._wanted_source = str(config.get("source", "demo"))
        self._wanted_symbol = str(config.get("symbol", ""))
        self._build(config)
        self.subscribe(HistoryProgressEvent, self._on_progress)
        self.subscribe(HistoryDoneEvent, self._on_done)
        self.subscribe(HistoryFailedEvent, self._on_failed)
        self.subscribe(AccountsChanged, lambda _e: self.refresh_sources())
        self._set_running(False)
        self.refresh_sources()
        self.refresh_datasets()

    # -- layout ------------------------------------------------------------------------------
    def _build(self, config: dict[str, Any]) -> None:
        self.source = QComboBox()
        self.source.setToolTip(_t("Where the candles come from"))
        self.symbol = QComboBox()
        self.symbol.setEditable(True)
        self.symbol.setMinimumContentsLength(12)
        self.symbol.setToolTip(_t("The market, e.g. BTC/USDT"))
        self.timeframe = QComboBox()
        self.timeframe.addItems(list(TIMEFRAMES))
        self.timeframe.setCurrentText(str(config.get("timeframe", "1h")))
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-DEFAULT_DAYS))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.setToolTip(_t("First day to download (UTC)"))
        self.end.setToolTip(_t("Download up to the start of this day (UTC)"))
        self.up_to_now = QCheckBox(_t("Up to now"))
        self.up_to_now.setChecked(bool(config.get("up_to_now", True)))
        self.up_to_now.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.end.setEnabled(not self.up_to_now.isChecked())
        self.download_button = QPushButton(icon("download"), _t("Download"))
        self.download_button.setToolTip(_t("Fetch the candles the cache does not have yet"))
        self.cancel_button = QPushButton(icon("stop"), _t("Cancel"))
        self.cancel_button.setToolTip(_t("Stop the download; what was fetched is kept"))
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)

        form = QGridLayout()
        form.addWidget(QLabel(_t("Source")), 0, 0)
        form.addWidget(self.source, 0, 1)
        form.addWidget(QLabel(_t("Symbol")), 0, 2)
        form.addWidget(self.symbol, 0, 3)
        form.addWidget(QLabel(_t("Timeframe")), 0, 4)
        form.addWidget(self.timeframe, 0, 5)
        form.addWidget(QLabel(_t("From")), 1, 0)
        form.addWidget(self.start, 1, 1)
        form.addWidget(QLabel(_t("To")), 1, 2)
        form.addWidget(self.end, 1, 3)
        form.addWidget(self.up_to_now, 1, 4, 1, 2)
        run_row = QHBoxLayout()
        run_row.addWidget(self.download_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        self.model = DatasetsModel()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = DataTableView()
        self.table.setModel(proxy)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_gaps())
        self.table.doubleClicked.connect(lambda _i: self.open_in_chart())
        self.gaps = QListWidget()
        self.gaps.setToolTip(_t("Candles missing inside the selected dataset (UTC)"))
        gaps_box = QWidget()
        gaps_layout = QVBoxLayout(gaps_box)
        gaps_layout.setContentsMargins(0, 0, 0, 0)
        self.gaps_title = QLabel(_t("Gaps"))
        gaps_layout.addWidget(self.gaps_title)
        gaps_layout.addWidget(self.gaps, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(gaps_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.import_button = QPushButton(icon("import"), _t("Import file…"))
        self.import_button.setToolTip(
            _t("Add a CSV or Parquet candle file to the cache; a file with a bad row is refused")
        )
        self.import_exchange = QLineEdit(IMPORTED)
        self.import_exchange.setToolTip(_t("The exchange the file's candles are filed under"))
        self.import_symbol = QLineEdit()
        self.import_symbol.setPlaceholderText(_t("Symbol, e.g. ETH/BTC"))
        self.import_timeframe = QComboBox()
        self.import_timeframe.addItems(list(TIMEFRAMES))
        self.import_timeframe.setCurrentText("5m")
        self.import_error = QLabel()
        self.import_error.setProperty("role", "error")
        self.import_error.setWordWrap(True)
        self.delete_button = QPushButton(icon("delete"), _t("Delete"))
        self.delete_button.setToolTip(_t("Remove the selected dataset from the cache"))
        self.chart_button = QPushButton(icon("chart"), _t("Open in chart"))
        self.chart_button.setToolTip(_t("Replay the selected dataset in the active chart"))
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addWidget(QLabel(_t("Exchange")))
        import_row.addWidget(self.import_exchange)
        import_row.addWidget(QLabel(_t("Symbol")))
        import_row.addWidget(self.import_symbol)
        import_row.addWidget(self.import_timeframe)
        import_row.addStretch(1)
        import_row.addWidget(self.chart_button)
        import_row.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        layout.addLayout(import_row)
        layout.addWidget(self.import_error)

        self.source.currentIndexChanged.connect(lambda _i: self._load_symbols())
        self.download_button.clicked.connect(self.download)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button.clicked.connect(self.browse_import)
        self.delete_button.clicked.connect(self.delete_selected)
        self.chart_button.clicked.connect(self.open_in_chart)

    def config(self) -> dict[str, Any]:
        return {
            "source": self.source.currentData() or self._wanted_source,
            "symbol": self.symbol.currentText(),
            "timeframe": self.timeframe.currentText(),
            "up_to_now": self.up_to_now.isChecked(),
        }

    # -- sources and symbols -----------------------------------------------------------------
    def refresh_sources(self) -> None:
        self.ctx.spawn(self._load_sources(), _t("Candle sources"))

    async def _load_sources(self) -> None:
        sources = await self.ctx.client.history_sources()
        current = self.source.currentData() or self._wanted_source
        self.source.blockSignals(True)
        self.source.clear()
        for s in sources:
            self.source.addItem(self._source_label(s), s.id)
        index = max(0, self.source.findData(current))
        self.source.setCurrentIndex(index)
        self.source.blockSignals(False)
        self._load_symbols()

    @staticmethod
    def _source_label(source: Any) -> str:
        if source.kind == "demo":
            return _t("Demo market")
        if source.kind == "public":
            return _t("{0} (public data)").format(source.label)
        return _t("{0} (account)").format(source.label)

    def _load_symbols(self) -> None:
        source_id = self.source.currentData()
        if source_id:
            self.ctx.spawn(self._symbols_of(source_id), _t("Symbols"))

    async def _symbols_of(self, source_id: str) -> None:
        try:
            symbols = await self.ctx.client.history_symbols(source_id)
        except PregaoError as exc:
            self.error.setText(tr_message(exc))
            return
        if source_id != self.source.currentData():
            return  # the user picked another source meanwhile
        typed = self.symbol.currentText() or self._wanted_symbol
        self.symbol.clear()
        self.symbol.addItems(symbols)
        self.symbol.setCurrentText(typed if typed else (symbols[0] if symbols else ""))

    # -- download ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self.job_id)

    def download(self) -> None:
        if self.running:
            return
        source_id = self.source.currentData()
        symbol = self.symbol.currentText().strip()
        self.error.clear()
        if not source_id:
            self.error.setText(_t("Choose where to download from."))
            return
        if not symbol:
            self.error.setText(_t("Choose a symbol to download."))
            return
        start = _utc_ms(self.start.date())
        end = None if self.up_to_now.isChecked() else _utc_ms(self.end.date())
        if end is not None and start >= end:
            self.error.setText(_t("The start date must be before the end date."))
            return
        self.job_id = uuid.uuid4().hex
        self._set_running(True)
        self.progress.setRange(0, 0)  # busy until the engine knows how much is missing
        self.status.setText(_t("Downloading {0} {1}…").format(symbol, self.timeframe.currentText()))
        self.ctx.spawn(self._start(source_id, symbol, start, end, self.job_id), _t("Download"))

    async def _start(
        self, source_id: str, symbol: str, start: int, end: int | None, job_id: str
    ) -> None:
        try:
            await self.ctx.client.history_download(
                source_id, symbol, self.timeframe.currentText(), start, end, job_id
            )
        except PregaoError as exc:
            if job_id == self.job_id:
                self._end_job()
                self.error.setText(tr_message(exc))
                self.status.clear()

    def cancel(self) -> None:
        if self.running:
            self.cancel_button.setEnabled(False)
            self.status.setText(_t("Canceling…"))
            self.ctx.spawn(self.ctx.client.history_cancel(self.job_id), _t("Cancel download"))

    def _on_progress(self, event: HistoryProgressEvent) -> None:
        if event.job_id != self.job_id:
            return
        self.progress.setRange(0, max(1, event.total))
        self.progress.setValue(min(event.done, max(1, event.total)))
        if event.message.startswith(RATE_LIMITED):
            seconds = event.message.partition(":")[2]
            self.status.setText(
                _t("The exchange asked us to slow down; waiting {0} s").format(seconds)
            )
        elif self.cancel_button.isEnabled():
            self.status.setText(_t("{0} of about {1} candles").format(event.done, event.total))

    def _on_done(self, event: HistoryDoneEvent) -> None:
        if event.job_id != self.job_id:
            return
        self._end_job()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if event.fetched:
            text = _t("Downloaded {0} new candles of {1} {2}")
            self.status.setText(text.format(event.fetched, event.symbol, event.timeframe))
        else:
            self.status.setText(_t("Already up to date: no new candles"))
        self.refresh_datasets()

    def _on_failed(self, event: HistoryFailedEvent) -> None:
        if event.job_id != self.job_id:
            return
        self._end_job()
        if event.canceled:
            self.status.setText(_t("Canceled; {0} candles fetched were kept").format(event.fetched))
        else:
            self.status.setText(_t("Stopped; {0} candles fetched were kept").format(event.fetched))
            self.error.setText(tr_message(event.message))
        self.refresh_datasets()

    def _end_job(self) -> None:
        self.job_id = ""
        self._set_running(False)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)

    def _set_running(self, running: bool) -> None:
        self.download_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    # -- the cache ---------------------------------------------------------------------------
    def refresh_datasets(self) -> None:
        self.ctx.spawn(self._load_datasets(), _t("Cached candles"))

    async def _load_datasets(self) -> None:
        selected = self.selected_dataset()
        keep = selected.key if selected is not None else None
        self.model.set_datasets(await self.ctx.client.history_datasets())
        for row, d in enumerate(self.model.datasets()):
            if d.key == keep:
                self._select_source_row(row)
                break
        self._show_gaps()

    def _select_source_row(self, row: int) -> None:
        proxy = self.table.model()
        index = proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())

    def selected_dataset(self) -> Any:
        rows = self.table.selected_source_rows()
        return self.model.dataset(rows[0]) if rows else None

    def select_dataset(self, exchange: str, symbol: str, timeframe: str) -> bool:
        for row, d in enumerate(self.model.datasets()):
            if (d.key.exchange, d.key.symbol, d.key.timeframe) == (exchange, symbol, timeframe):
                self._select_source_row(row)
                return True
        return False

    def _show_gaps(self) -> None:
        self.gaps.clear()
        d = self.selected_dataset()
        if d is None:
            self.gaps_title.setText(_t("Gaps"))
            return
        self.gaps_title.setText(
            _t("Gaps in {0} {1}: {2} candles missing").format(
                d.key.symbol, d.key.timeframe, d.missing
            )
        )
        for gap in d.gaps:
            if gap.missing == 1:
                self.gaps.addItem(_t("{0} (1 candle)").format(_when(gap.first_ms)))
            else:
                self.gaps.addItem(
                    _t("{0} – {1} ({2} candles)").format(
                        _when(gap.first_ms), _when(gap.last_ms), gap.missing
                    )
                )

    def delete_selected(self) -> None:
        d = self.selected_dataset()
        if d is not None:
            self.ctx.spawn(self._delete(d), _t("Delete dataset"))

    async def _delete(self, d: Any) -> None:
        try:
            await self.ctx.client.history_delete(d.key.exchange, d.key.symbol, d.key.timeframe)
        except PregaoError as exc:
            self.error.setText(tr_message(exc))
            return
        self.status.setText(
            _t("Deleted {0} {1} of {2}").format(d.key.symbol, d.key.timeframe, d.key.exchange)
        )
        self.refresh_datasets()

    def open_in_chart(self) -> None:
        d = self.selected_dataset()
        if d is not None:
            self.ctx.spawn(self._open_in_chart(d), _t("Open in chart"))

    async def _open_in_chart(self, d: Any) -> None:
        # The engine's replay plays a candle file as a market; the cache file is one.
        try:
            market = await self.ctx.client.open_replay(d.path, REPLAY_SPEED, d.key.symbol)
        except (PregaoError, OSError) as exc:
            self.error.setText(tr_message(exc))
            return
        self.ctx.symbolActivated.emit(market.venue or "replay", market.symbol)

    # -- import ------------------------------------------------------------------------------
    def browse_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("Import candle file"), "", FILE_FILTER)
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self.import_error.clear()
        symbol = self.import_symbol.text().strip()
        if not symbol:
            self.import_error.setText(_t("Type the symbol the file's candles are of."))
            return
        exchange = self.import_exchange.text().strip() or IMPORTED
        timeframe = self.import_timeframe.currentText()
        self.import_button.setEnabled(False)
        self.ctx.spawn(self._import(path, exchange, symbol, timeframe), _t("Import"))

    async def _import(self, path: str, exchange: str, symbol: str, timeframe: str) -> None:
        try:
            info = await self.ctx.client.history_import(path, exchange, symbol, timeframe)
        except (PregaoError, OSError) as exc:
            # DataFileError's sentence names the file and the line: nothing was imported.
            self.import_error.setText(_t("Not imported: {0}").format(exc))
            return
        finally:
            self.import_button.setEnabled(True)
        self.status.setText(
            _t("Imported {0} candles as {1} {2} of {3}").format(
                info.count, symbol, timeframe, exchange
            )
        )
        await self._load_datasets()
        self.select_dataset(exchange, symbol, timeframe)


def install_history_commands(ctx: AppContext, docks: DockManager) -> None:
    def panel() -> HistoryPanel:
        return docks.show_panel("history")

    reg = ctx.actions.register
    reg(
        "history.open",
        _t("Candle history"),
        panel,
        shortcut="Ctrl+Shift+H",
        icon_name="download",
        menu="view",
        tooltip=_t("Download, import and inspect cached candle history"),
    )
    reg(
        "history.download",
        _t("Download candle history"),
        lambda: panel().download(),
        shortcut="Ctrl+Alt+H",
        icon_name="download",
        menu="tools",
        tooltip=_t("Fetch the candles of the history panel's market the cache lacks"),
    )
    reg(
        "history.cancel",
        _t("Cancel candle download"),
        lambda: panel().cancel(),
        shortcut="Ctrl+Alt+Shift+H",
        icon_name="stop",
        menu="tools",
        tooltip=_t("Stop the running download; what was fetched is kept"),
    )
    reg(
        "history.import",
        _t("Import candle file…"),
        lambda: panel().browse_import(),
        shortcut="Ctrl+Alt+I",
        icon_name="import",
        menu="file",
        tooltip=_t("Add a CSV or Parquet candle file to the candle cache"),
    )
