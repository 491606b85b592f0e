"""Watchlist: last, change, 24h volume, bid/ask/spread per symbol, flashing on change.

Ticks arrive coalesced (newest per symbol) from the bridge; the model records what changed
and emits one dataChanged over the changed rows per flush, not one per cell.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QInputDialog, QMenu, QVBoxLayout

from desktop.core import Market, Tick, TickEvent
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.panel import Panel
from desktop.shell.theme import palette
from widgets.common.numbers import decimals_for_step, fmt_bps, fmt_compact, fmt_number
from widgets.common.table import DataTableView, HeaderedTableModel

FLASH_S = 0.6
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

COL_SYMBOL, COL_LAST, COL_CHANGE, COL_VOLUME, COL_BID, COL_ASK, COL_SPREAD = range(7)
PRICE_COLS = (COL_LAST, COL_BID, COL_ASK)
KEEP_WHOLE = PRICE_COLS  # in a narrow panel the other columns give way first
MIN_COLUMN_PX = 32
FIT_EVERY_S = 1.0  # column widths follow the cells' texts at most this often


def _t(text: str) -> str:
    return QCoreApplication.translate("Watchlist", text)


@dataclass(slots=True)
class Row:
    venue: str
    symbol: str
    decimals: int = 2
    tick: Tick | None = None
    flash_at: dict[int, tuple[float, int]] = field(default_factory=dict)  # col -> (t, +1/-1)


class WatchlistModel(HeaderedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self._index: dict[tuple[str, str], int] = {}
        self._dirty: set[int] = set()
        self._dark = True
        self.headers = [
            _t("Symbol"),
            _t("Last"),
            _t("Chg %"),
            _t("24h Vol"),
            _t("Bid"),
            _t("Ask"),
            _t("Spread"),
        ]
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(50)
        self._flash_timer.timeout.connect(self._fade)

    def ticked_rows(self) -> int:
        return sum(1 for r in self.rows if r.tick is not None)

    def row_count(self) -> int:
        return len(self.rows)

    def symbol_keys(self) -> list[tuple[str, str]]:
        return [(r.venue, r.symbol) for r in self.rows]

    def add(self, venue: str, symbol: str, market: Market | None = None) -> bool:
        key = (venue, symbol)
        if key in self._index:
            return False
        row = Row(venue, symbol, decimals_for_step(market.price_tick) if market else 2)
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self._index[key] = len(self.rows) - 1
        self.endInsertRows()
        return True

    def remove(self, source_rows: list[int]) -> None:
        for r in sorted(source_rows, reverse=True):
            self.beginRemoveRows(QModelIndex(), r, r)
            del self.rows[r]
            self.endRemoveRows()
        self._index = {(row.venue, row.symbol): i for i, row in enumerate(self.rows)}
        self._dirty.clear()

    def set_market(self, market: Market) -> None:
        i = self._index.get((market.venue, market.symbol))
        if i is not None:
            self.rows[i].decimals = decimals_for_step(market.price_tick)

    def set_dark(self, dark: bool) -> None:
        self._dark = dark

    # -- updates -----------------------------------------------------------------------------
    def on_tick(self, event: TickEvent) -> None:
        tick = event.tick
        i = self._index.get((tick.venue, tick.symbol))
        if i is None:
            return
        row = self.rows[i]
        old = row.tick
        row.tick = tick
        if old is not None:
            now = time.monotonic()
            for col, new_v, old_v in (
                (COL_LAST, tick.last, old.last),
                (COL_BID, tick.bid, old.bid),
                (COL_ASK, tick.ask, old.ask),
            ):
                if new_v != old_v:
                    row.flash_at[col] = (now, 1 if new_v > old_v else -1)
        self._dirty.add(i)

    def commit(self) -> None:
        """One dataChanged over the rows that changed since the last flush."""
        if not self._dirty:
            return
        top, bottom = min(self._dirty), max(self._dirty)
        self._dirty.clear()
        self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self.headers) - 1))
        if not self._flash_timer.isActive():
            self._flash_timer.start()

    def _fade(self) -> None:
        now = time.monotonic()
        flashing = [
            i
            for i, r in enumerate(self.rows)
            if any(now - t < FLASH_S for t, _ in r.flash_at.values())
        ]
        if not flashing:
            for r in self.rows:
                r.flash_at.clear()
            self._flash_timer.stop()
            return
        self.dataChanged.emit(
            self.index(min(flashing), COL_LAST),
            self.index(max(flashing), COL_ASK),
            [Qt.ItemDataRole.BackgroundRole],
        )

    # -- data --------------------------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        tick = row.tick
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_value(row, col)
        if role == KEY_ROLE:
            return (row.venue, row.symbol)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_SYMBOL:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and tick is not None and col == COL_CHANGE:
            pal = palette(self._dark)
            return pal.up if tick.change_24h_pct >= 0 else pal.down
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SYMBOL and row.venue != "demo":
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col in row.flash_at:
            t, direction = row.flash_at[col]
            age = time.monotonic() - t
            if age < FLASH_S:
                pal = palette(self._dark)
                base = QColor(pal.flash_up if direction > 0 else pal.flash_down)
                base.setAlpha(int(base.alpha() * (1 - age / FLASH_S)))
                return base
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SYMBOL:
            return f"{row.symbol} · {row.venue}"
        return None

    def _display(self, row: Row, col: int) -> str:
        if col == COL_SYMBOL:
            return row.symbol if row.venue == "demo" else f"{row.symbol} · {row.venue}"
        tick = row.tick
        if tick is None:
            return "—"
        if col == COL_LAST:
            return fmt_number(tick.last, row.decimals)
        if col == COL_BID:
            return fmt_number(tick.bid, row.decimals)
        if col == COL_ASK:
            return fmt_number(tick.ask, row.decimals)
        if col == COL_CHANGE:
            sign = "+" if tick.change_24h_pct > 0 else ""
            return sign + fmt_number(tick.change_24h_pct, 2) + "%"
        if col == COL_VOLUME:
            return fmt_compact(tick.volume_24h)
        if col == COL_SPREAD:
            return fmt_bps(tick.spread_bps) + " bp"
        return ""

    @staticmethod
    def _sort_value(row: Row, col: int) -> Any:
        if col == COL_SYMBOL:
            return row.symbol
        tick = row.tick
        if tick is None:
            return -math.inf
        return {
            COL_LAST: tick.last,
            COL_CHANGE: tick.change_24h_pct,
            COL_VOLUME: tick.volume_24h,
            COL_BID: tick.bid,
            COL_ASK: tick.ask,
            COL_SPREAD: tick.spread_bps,
        }[col]


def fit_columns(cells: list[int], titles: list[int], room: int,
                keep: tuple[int, ...] = (), floor: int = MIN_COLUMN_PX) -> list[int]:
    """Column widths in `room` px: first what each column's cells need, then what is left
    towards each header's own width, then shared equally. When the cells alone do not fit,
    the columns not in `keep` give way (down to `floor`), then all alike."""
    total = sum(cells)
    if total >= room or not cells:
        over = total - room
        slack = [0 if c in keep else max(0, w - floor) for c, w in enumerate(cells)]
        if 0 < over <= sum(slack):
            share = sum(slack)
            return [w - math.ceil(f * over / share) for w, f in zip(cells, slack, strict=True)]
        return [w * room // max(total, 1) for w in cells]
    spare = room - total
    short = [max(0, t - w) for w, t in zip(cells, titles, strict=True)]
    if sum(short) >= spare:
        return [w + d * spare // sum(short) for w, d in zip(cells, short, strict=True)]
    extra = (spare - sum(short)) // len(cells)
    return [max(w, t) + extra for w, t in zip(cells, titles, strict=True)]


class WatchlistPanel(Panel):
    panel_type = "watchlist"
    icon_name = "watchlist"

    @classmethod
    def display_name(cls) -> str:
        return _t("Watchlist")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        self.model = WatchlistModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(False)  # re-sorting on every tick would make rows jump
        self.view = DataTableView(self)
        self.view.setModel(self.proxy)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _i: self.activate_current())
        self.view.activated.connect(lambda _i: self.activate_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self._markets: dict[tuple[str, str], Market] = {}
        self._configured = [tuple(k) for k in (config or {}).get("symbols", [])]
        self.subscribe(TickEvent, self.model.on_tick)
        self.on_flushed(self._commit)
        self._sized = False
        self._fitted_at = 0.0
        self._remove_action = QAction(_t("Remove from watchlist"), self)
        self._remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._remove_action.triggered.connect(self.remove_selected)
        self.addAction(self._remove_action)
        for key in self._configured:
            self.model.add(*key)
        ctx.symbolActivated.connect(self._on_activated)
        self._unsubscribers.append(lambda: ctx.symbolActivated.disconnect(self._on_activated))
        ctx.spawn(self._load_markets(), _t("Loading markets"))

    async def _load_markets(self) -> None:
        markets = await self.ctx.client.markets()
        self._markets = {(m.venue, m.symbol): m for m in markets}
        if not self._configured:
            # The first list shows each demo instrument once: a demo perpetual trades at its
            # spot twin's price (venues/demo_perpetuals.py) and is one "add" away.
            for m in markets:
                if m.venue == "demo" and not m.contract:
                    self.model.add(m.venue, m.symbol, m)
        for m in markets:
            self.model.set_market(m)

    def _commit(self) -> None:
        self.model.commit()
        if not self._sized and self.model.rows and all(r.tick for r in self.model.rows):
            # Size columns to real prices once they are known, not to the "—" placeholders.
            header = self.view.horizontalHeader()
            header.setMinimumSectionSize(MIN_COLUMN_PX)
            header.setStretchLastSection(False)
            self._sized = True
        if self._sized and time.monotonic() - self._fitted_at >= FIT_EVERY_S:
            self._fit()  # new rows, a market's decimals known, longer prices

    def _fit(self) -> None:
        """Share the panel's width between the columns by what their cells need (an equal
        share elided 'BTC/USDT' and BTC's price in a 450-px column while the spread's had
        room to spare): no column hides behind a scroll bar."""
        if not self._sized:
            return
        header = self.view.horizontalHeader()
        self._fitted_at = time.monotonic()
        cells = [self.view.sizeHintForColumn(c) for c in range(header.count())]
        titles = [header.sectionSizeHint(c) for c in range(header.count())]
        room = self.view.viewport().width()
        for c, width in enumerate(fit_columns(cells, titles, room, KEEP_WHOLE)):
            if width != header.sectionSize(c):
                header.resizeSection(c, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def config(self) -> dict[str, Any]:
        return {"symbols": [list(k) for k in self.model.symbol_keys()]}

    def apply_theme(self, dark: bool) -> None:
        self.model.set_dark(dark)

    # -- commands ----------------------------------------------------------------------------
    def activate_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            venue, symbol = index.data(KEY_ROLE)
            self.ctx.symbolActivated.emit(venue, symbol)

    def add_symbol(self, venue: str, symbol: str) -> bool:
        market = self._markets.get((venue, symbol))
        added = self.model.add(venue, symbol, market)
        if added:
            self.ctx.spawn(self._prime(venue, symbol, known=market is not None))
        return added

    async def _prime(self, venue: str, symbol: str, known: bool = True) -> None:
        if not known:  # a market newer than the list (a replay just opened): its precision
            markets = await self.ctx.client.markets()
            self._markets = {(m.venue, m.symbol): m for m in markets}
            market = self._markets.get((venue, symbol))
            if market is not None:
                self.model.set_market(market)
        tick = await self.ctx.client.last_tick(venue, symbol)
        if tick is not None:
            self.model.on_tick(TickEvent(tick))
            self.model.commit()

    def _on_activated(self, venue: str, symbol: str) -> None:
        # A replayed or newly opened market joins the list so its prices are in view.
        if (venue, symbol) not in set(self.model.symbol_keys()):
            self.add_symbol(venue, symbol)

    def remove_selected(self) -> None:
        rows = self.view.selected_source_rows()
        if rows:
            self.model.remove(rows)

    def prompt_add_symbol(self) -> None:
        self.ctx.spawn(self._prompt_add(), _t("Add symbol"))

    async def _prompt_add(self) -> None:
        markets = await self.ctx.client.markets()
        self._markets = {(m.venue, m.symbol): m for m in markets}
        present = set(self.model.symbol_keys())
        choices = [f"{m.symbol} · {m.venue}" for m in markets if (m.venue, m.symbol) not in present]
        if not choices:
            self.ctx.statusMessage.emit(_t("Every available symbol is already listed"), 4000)
            return
        text, ok = QInputDialog.getItem(self, _t("Add symbol"), _t("Symbol:"), choices, 0, True)
        if not ok or not text:
            return
        symbol, _, venue = text.partition(" · ")
        if (venue, symbol) not in self._markets:
            self.ctx.statusMessage.emit(_t("Unknown symbol: {0}").format(text), 6000)
            return
        self.add_symbol(venue, symbol)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(_t("Open in chart"), self.activate_current)
        menu.addAction(self.ctx.actions.action("watchlist.add"))
        menu.addAction(self._remove_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))


def install_watchlist_commands(ctx: AppContext, docks: DockManager) -> None:
    def panel() -> WatchlistPanel:
        return docks.show_panel("watchlist")

    ctx.actions.register(
        "watchlist.add",
        _t("Add symbol to watchlist…"),
        lambda: panel().prompt_add_symbol(),
        shortcut="Ctrl+Shift+A",
        icon_name="add",
        menu="view",
        tooltip=_t("Add a symbol from any open market"),
    )
