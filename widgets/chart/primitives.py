"""numpy-backed arrays of QLineF / QRectF handed to QPainter in one call.

QPainter.drawLines/drawRects have C++ overloads taking (pointer, count). Filling a float64
buffer laid out like the Qt struct and passing its address avoids building thousands of
Python objects per frame, which is what makes a 2000-column frame cost well under a ms.
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter


class _PrimitiveBuffer:
    _fields = 4

    def __init__(self) -> None:
        self._buf = np.empty((0, self._fields), dtype=np.float64)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def fill(self, *columns: np.ndarray) -> None:
        n = int(columns[0].shape[0]) if columns else 0
        if n > self._buf.shape[0]:
            self._buf = np.empty((max(n, 2 * self._buf.shape[0]), self._fields), np.float64)
        self._n = n
        for f, col in enumerate(columns):
            self._buf[:n, f] = col

    def array(self) -> np.ndarray:
        """The filled rows (a view), one row per primitive."""
        return self._buf[: self._n]


class LineArray(_PrimitiveBuffer):
    """Rows (x1, y1, x2, y2) in the layout of QLineF."""

    def draw(self, painter: QPainter) -> None:
        if self._n:
            painter.drawLines(shiboken6.wrapInstance(self._buf.ctypes.data, QLineF), self._n)


class RectArray(_PrimitiveBuffer):
    """Rows (x, y, width, height) in the layout of QRectF."""

    def draw(self, painter: QPainter) -> None:
        if self._n:
            painter.drawRects(shiboken6.wrapInstance(self._buf.ctypes.data, QRectF), self._n)
