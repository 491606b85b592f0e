"""The filter bar above every monitor table (symbol, side, status) and the proxy it drives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from widgets.monitors.record_model import RECORD_ROLE, SORT_ROLE


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


@dataclass(slots=True, frozen=True)
class RecordFilter:
    """What a panel's records are filtered by; a field left None has no filter box."""

    symbol: Callable[[Any], str] | None = None  # also matches currencies (balances)
    side: Callable[[Any], str] | None = None  # "buy" / "sell"
    side_choices: tuple[tuple[str, str], ...] = ()  # (value, translated label)
    status: Callable[[Any], str] | None = None
    status_choices: tuple[tuple[str, str], ...] = ()


class RecordFilterProxy(QSortFilterProxyModel):
    def __init__(self, spec: RecordFilter) -> None:
        super().__init__()
        self.spec = spec
        self.setSortRole(SORT_ROLE)
        self.symbol_text = ""
        self.side = ""
        self.status = ""

    def set_filter(self, symbol: str, side: str, status: str) -> None:
        self.beginFilterChange()
        self.symbol_text, self.side, self.status = symbol.strip().casefold(), side, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        record = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        spec = self.spec
        if self.symbol_text and spec.symbol and self.symbol_text not in (
            spec.symbol(record).casefold()
        ):
            return False
        if self.side and spec.side and spec.side(record) != self.side:
            return False
        return not (self.status and spec.status and spec.status(record) != self.status)


class FilterBar(QWidget):
    """Symbol text, side and status choices; `changed` carries all three."""

    changed = Signal(str, str, str)

    def __init__(self, spec: RecordFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(_t("Filter symbol"))
        self.symbol.setClearButtonEnabled(True)
        self.symbol.setMaximumWidth(160)
        self.symbol.setToolTip(_t("Show only rows whose symbol contains this text"))
        self.symbol.setVisible(spec.symbol is not None)
        self.side = self._choices(_t("All sides"), spec.side_choices)
        self.side.setVisible(spec.side is not None)
        self.status = self._choices(_t("All statuses"), spec.status_choices)
        self.status.setVisible(spec.status is not None)
        for w in (self.symbol, self.side, self.status):
            layout.addWidget(w)
        self.extra = QHBoxLayout()  # the panel's own widgets (a count, the export button)
        self.extra.setSpacing(4)
        layout.addStretch(1)
        layout.addLayout(self.extra)
        self.symbol.textChanged.connect(self._emit)
        self.side.currentIndexChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)

    @staticmethod
    def _choices(everything: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, "")
        for value, label in choices:
            box.addItem(label, value)
        return box

    def select(self, box: QComboBox, value: str) -> None:
        box.setCurrentIndex(max(0, box.findData(value)))

    def _emit(self, *_args: object) -> None:
        self.changed.emit(
            self.symbol.text(), self.side.currentData() or "", self.status.currentData() or ""
        )
