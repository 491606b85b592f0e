"""The tape's memory, free of Qt: the newest prints of one symbol in a bounded ring, the ones
that pass the minimum-value filter in another, and which of them are large."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from desktop.core import Trade

MAX_PRINTS = 5000  # per dock: a day of a busy symbol would not fit, and need not


class Tape:
    def __init__(self, min_value: float = 0.0, large_value: float = 0.0,
                 capacity: int = MAX_PRINTS) -> None:
        self.all: deque[Trade] = deque(maxlen=capacity)
        self.shown: deque[Trade] = deque(maxlen=capacity)  # oldest first, filtered
        self.min_value = min_value  # quote currency: price * amount
        self.large_value = large_value  # quote currency; 0: nothing is highlighted
        self.added = 0  # shown prints appended since the start (the view's scroll anchor)

    def clear(self) -> None:
        self.all.clear()
        self.shown.clear()

    def extend(self, trades: Iterable[Trade]) -> int:
        """Keep `trades` (oldest first); return how many of them pass the filter."""
        passed = 0
        for t in trades:
            self.all.append(t)
            if t.price * t.amount >= self.min_value:
                self.shown.append(t)
                passed += 1
        self.added += passed
        return passed

    def set_filter(self, min_value: float) -> None:
        self.min_value = max(0.0, min_value)
        self.shown = deque((t for t in self.all if t.price * t.amount >= self.min_value),
                           maxlen=self.all.maxlen)

    def is_large(self, trade: Trade) -> bool:
        return self.large_value > 0 and trade.price * trade.amount >= self.large_value
