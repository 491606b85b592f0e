"""The bots table: one row per bot, kept current from `BotEvent`s (batched per flush)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.bots import BotInfo, BotState
from widgets.backtest.optimize_tables import params_text
from widgets.common.numbers import fmt_amount, fmt_number, fmt_significant
from widgets.common.table import HeaderedTableModel

BOT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PROFIT = QColor("#26a69a")
LOSS = QColor("#ef5350")


def _t(text: str) -> str:
    return QCoreApplication.translate("BotsDock", text)


def state_name(state: BotState) -> str:
    return {
        BotState.WARMING_UP: _t("Warming up"),
        BotState.RUNNING: _t("Running"),
        BotState.ENTRIES_PAUSED: _t("Entries paused"),
        BotState.STOPPED: _t("Stopped"),
        BotState.ERROR: _t("Error"),
    }[state]


def signal_name(signal: str) -> str:
    return {"long": _t("Long"), "short": _t("Short"), "exit": _t("Exit"),
            "protect": _t("Protect"), "": "—"}.get(signal, signal)


def strategy_name(strategy: str) -> str:
    """"sma_cross" -> "SMA cross"-like: the id is what the catalog knows it by."""
    return strategy.replace("_", " ")


def position_text(bot: BotInfo) -> str:
    held = [p for p in bot.positions if p.amount and not p.dust]
    # The bot's positions carry no tick: prices keep six significant digits (a BTC-quoted
    # entry of 0.0534 is not "0.05"), amounts their own digits, both the locale's way.
    parts = [f"{'+' if p.amount > 0 else ''}{fmt_amount(p.amount)} {p.symbol.split('/')[0]}"
             f" @ {fmt_significant(p.entry_price)}" for p in held] or [_t("Flat")]
    # A remainder below the market's smallest order: it is there, the bot trades as if flat.
    parts += [_t("dust {0}").format(f"{fmt_amount(p.amount)} {p.symbol.split('/')[0]}")
              for p in bot.positions if p.dust]
    return ", ".join(parts)


def when_text(ts: int) -> str:
    if not ts:
        return "—"
    return datetime.fromtimestamp(ts / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


class BotTableModel(HeaderedTableModel):
    # What is happening first (a trader scans state, position and P&L), what it is after.
    COLUMNS = ("name", "state", "position", "unrealized", "realized", "trades", "win_rate",
               "signal", "when", "orders", "account", "symbols", "timeframe", "strategy",
               "params")

    def __init__(self) -> None:
        super().__init__()
        titles = {"name": _t("Bot"), "state": _t("State"), "position": _t("Position"),
                  "unrealized": _t("Unrealised P&L"), "realized": _t("Realised P&L"),
                  "trades": _t("Trades"), "win_rate": _t("Win rate"),
                  "signal": _t("Last signal"), "when": _t("When"), "orders": _t("Open orders"),
                  "account": _t("Account"), "symbols": _t("Symbols"),
                  "timeframe": _t("Timeframe"), "strategy": _t("Strategy"),
                  "params": _t("Parameters")}
        self.headers = [titles[c] for c in self.COLUMNS]
        self.bots: list[BotInfo] = []
        self._rows: dict[str, int] = {}
        self.accounts: dict[str, str] = {}  # account id -> label

    def row_count(self) -> int:
        return len(self.bots)

    # -- changes -------------------------------------------------------------------------------
    def reset(self, bots: list[BotInfo]) -> None:
        self.beginResetModel()
        self.bots = sorted(bots, key=lambda b: b.created_ts)
        self._rows = {b.id: i for i, b in enumerate(self.bots)}
        self.endResetModel()

    def upsert(self, bots: list[BotInfo]) -> None:
        """Changed bots in one go: new rows appended, changed rows repainted as one range."""
        changed: list[int] = []
        for bot in bots:
            row = self._rows.get(bot.id)
            if row is None:
                self.beginInsertRows(QModelIndex(), len(self.bots), len(self.bots))
                self._rows[bot.id] = len(self.bots)
                self.bots.append(bot)
                self.endInsertRows()
            else:
                self.bots[row] = bot
                changed.append(row)
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(max(changed), len(self.headers) - 1))

    def remove(self, bot_id: str) -> None:
        row = self._rows.get(bot_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.bots[row]
        self._rows = {b.id: i for i, b in enumerate(self.bots)}
        self.endRemoveRows()

    def set_accounts(self, labels: dict[str, str]) -> None:
        self.accounts = labels
        if self.bots:
            col = self.COLUMNS.index("account")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.bots) - 1, col))

    def bot(self, row: int) -> BotInfo:
        return self.bots[row]

    # -- reading -------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        bot = self.bots[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(bot, column)
        if role == SORT_ROLE:
            return self._sort_key(bot, column)
        if role == BOT_ID_ROLE:
            return bot.id
        if role == Qt.ItemDataRole.ForegroundRole and column in ("realized", "unrealized"):
            value = bot.realized_pnl if column == "realized" else bot.unrealized_pnl
            return PROFIT if value > 0 else LOSS if value < 0 else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state" and \
                bot.state is BotState.ERROR:
            return LOSS
        if role == Qt.ItemDataRole.ToolTipRole and column == "state" and bot.error:
            return bot.error
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                "orders", "realized", "unrealized", "trades", "win_rate"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, bot: BotInfo, column: str) -> str:
        spec = bot.spec
        match column:
            case "name":
                return spec.name or strategy_name(spec.strategy)
            case "strategy":
                return strategy_name(spec.strategy)
            case "params":
                return params_text(spec.params)
            case "account":
                return self.accounts.get(spec.account_id, spec.account_id[:8])
            case "symbols":
                return ", ".join(spec.symbols)
            case "timeframe":
                return spec.timeframe
            case "state":
                return state_name(bot.state)
            case "signal":
                return signal_name(bot.last_signal)
            case "when":
                return when_text(bot.last_signal_ts)
            case "position":
                return position_text(bot)
            case "orders":
                return str(bot.open_orders)
            case "realized":
                return fmt_number(bot.realized_pnl, 2)
            case "unrealized":
                return fmt_number(bot.unrealized_pnl, 2)
            case "trades":
                return str(bot.trade_count)
            case _:
                rate = bot.win_rate
                return "—" if math.isnan(rate) else f"{fmt_number(rate * 100, 0)} %"

    def _sort_key(self, bot: BotInfo, column: str) -> Any:
        numbers = {"orders": bot.open_orders, "realized": bot.realized_pnl,
                   "unrealized": bot.unrealized_pnl, "trades": bot.trade_count,
                   "when": bot.last_signal_ts,
                   "win_rate": -1.0 if math.isnan(bot.win_rate) else bot.win_rate}
        return numbers.get(column, self._text(bot, column))
