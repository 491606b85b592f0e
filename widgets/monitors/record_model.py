"""A table of domain records (orders, fills, positions, balances) keyed by identity.

Bridge events stage changes; `commit()` after each bridge flush applies them with one
insert over the new rows and one dataChanged over the changed range, so an event burst
costs the view one repaint instead of one per record.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.shell.theme import palette
from widgets.common.table import HeaderedTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(slots=True, frozen=True)
class Column:
    """One column: `value` is what it sorts and exports by, `text` what it shows."""

    title: str  # translated
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    numeric: bool = False  # right-aligned; missing values sort first
    tone: Callable[[Any], float] | None = None  # > 0 up colour, < 0 down colour
    is_time: bool = False  # value is ms since epoch: exported as a date and time

    def display(self, record: Any) -> str:
        if self.text is not None:
            return self.text(record)
        value = self.value(record)
        return "" if value is None else str(value)

    def sort_key(self, record: Any) -> Any:
        value = self.value(record)
        if self.numeric:
            # One type per column keeps Qt's comparison total (None/NaN sort first).
            return -math.inf if value is None or value != value else float(value)
        return "" if value is None else str(value).casefold()


class RecordTableModel(HeaderedTableModel):
    def __init__(self, columns: list[Column], key: Callable[[Any], Hashable]) -> None:
        super().__init__()
        self.columns = columns
        self.headers = [c.title for c in columns]
        self._key = key
        self.records: list[Any] = []
        self._rows: dict[Hashable, int] = {}
        self._staged: dict[Hashable, Any] = {}  # key -> record, or None to remove
        self._dark = True

    def row_count(self) -> int:
        return len(self.records)

    def set_dark(self, dark: bool) -> None:
        self._dark = dark

    def record(self, row: int) -> Any:
        return self.records[row]

    def find(self, key: Hashable) -> Any | None:
        staged = self._staged.get(key, self)
        if staged is not self:
            return staged
        row = self._rows.get(key)
        return None if row is None else self.records[row]

    # -- changes ----------------------------------------------------------------------------
    def stage(self, record: Any) -> None:
        """Insert or replace `record` at the next commit."""
        self._staged[self._key(record)] = record

    def stage_remove(self, key: Hashable) -> None:
        self._staged[key] = None

    def reset(self, records: Iterable[Any]) -> None:
        """Replace everything (the initial load); staged changes made since still apply."""
        self.beginResetModel()
        self.records = []
        self._rows = {}
        for record in records:
            k = self._key(record)
            if k in self._rows:
                self.records[self._rows[k]] = record
            else:
                self._rows[k] = len(self.records)
                self.records.append(record)
        self.endResetModel()

    def commit(self) -> None:
        """Apply the staged changes: removals, then one dataChanged, then one insert."""
        if not self._staged:
            return
        staged, self._staged = self._staged, {}
        removed = sorted((self._rows[k] for k, r in staged.items() if r is None
                          and k in self._rows), reverse=True)
        for row in removed:
            # Removals are rare (an order leaves the open list): one signal per row is fine.
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.records[row]
            self.endRemoveRows()
        if removed:
            self._rows = {self._key(r): i for i, r in enumerate(self.records)}
        changed: list[int] = []
        added: list[Any] = []
        for k, record in staged.items():
            if record is None:
                continue
            row = self._rows.get(k)
            if row is None:
                added.append(record)
            else:
                self.records[row] = record
                changed.append(row)
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), len(self.columns) - 1)
            )
        if added:
            first = len(self.records)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for record in added:
                self._rows[self._key(record)] = len(self.records)
                self.records.append(record)
            self.endInsertRows()

    # -- data -------------------------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == SORT_ROLE:
            return column.sort_key(record)
        if role == EXPORT_ROLE:
            return column.value(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.tone is not None:
            sign = column.tone(record)
            if sign:
                pal = palette(self._dark)
                return pal.up if sign > 0 else pal.down
        return None
