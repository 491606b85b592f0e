"""The chart's toolbar fits its chart: below the width its full set of buttons needs, the
timeframe buttons fold into one drop-down and the labelled buttons show their icon only, so a
narrow chart (800 px, a 2×2 grid cell) shows every control without clipping any.

The toolbar sits in a widget that does not pass its minimum width on to the dock: the chart,
not its toolbar, decides how narrow a chart may be; this decides what the toolbar shows there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartPanel", text)


class FittingToolbar(QWidget):
    """`layout` is the toolbar's row; `timeframes` the group of its timeframe buttons (their
    text is the timeframe); `labelled` the buttons that may drop their text."""

    def __init__(self, layout: QHBoxLayout, timeframes: QButtonGroup,
                 labelled: list[QToolButton]) -> None:
        super().__init__()
        self.setLayout(layout)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.row = layout
        self.group = timeframes
        self.labelled = labelled
        self.compact = False
        self._full_width = 0  # what the full toolbar needs, measured while it is shown
        self.timeframe_box = QComboBox()
        self.timeframe_box.setToolTip(_t("Timeframe"))
        self.timeframe_box.setAccessibleName(_t("Timeframe"))
        self.timeframe_box.hide()
        buttons = self.group.buttons()
        for button in buttons:
            self.timeframe_box.addItem(button.text())
        first = layout.indexOf(buttons[0]) if buttons else layout.count()
        layout.insertWidget(first, self.timeframe_box)
        self.timeframe_box.activated.connect(lambda i: self.group.buttons()[i].click())
        self.group.buttonToggled.connect(self._timeframe_toggled)

    def sizeHint(self):
        return self.row.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LanguageChange,
                            QEvent.Type.StyleChange, QEvent.Type.Show):
            self.fit()
        return super().event(event)

    def fit(self) -> None:
        if not self.compact:
            self._full_width = self.row.sizeHint().width()
        compact = self.width() < self._full_width
        if compact != self.compact:
            self.set_compact(compact)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        for button in self.group.buttons():
            button.setVisible(not compact)
        self.timeframe_box.setVisible(compact)
        style = (Qt.ToolButtonStyle.ToolButtonIconOnly if compact
                 else Qt.ToolButtonStyle.ToolButtonTextOnly)
        for button in self.labelled:
            if not button.icon().isNull():
                button.setToolButtonStyle(style)

    def _timeframe_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.timeframe_box.setCurrentIndex(self.group.buttons().index(button))


def fits(toolbar: FittingToolbar) -> bool:
    """Every visible control of the toolbar lies wholly inside it (what the tests check)."""
    inside = toolbar.rect()
    for i in range(toolbar.row.count()):
        widget = toolbar.row.itemAt(i).widget()
        if widget is not None and widget.isVisible() and not inside.contains(widget.geometry()):
            return False
    return True


__all__ = ["FittingToolbar", "fits"]
