"""Dark theme: a dock's close button, an unchecked check box and a spin box's step arrows can
be seen; a disabled field looks different from an enabled one."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDateTimeEdit,
    QDockWidget,
    QDoubleSpinBox,
    QLineEdit,
    QMainWindow,
)

from desktop.shell.theme import apply_theme

BACKGROUND = QColor("#131a26")


def visible_pixels(image: QImage, background: QColor, min_diff: int = 60) -> int:
    """Pixels that stand out from the background by at least `min_diff` (sum of channels)."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            diff = (abs(c.red() - background.red()) + abs(c.green() - background.green())
                    + abs(c.blue() - background.blue()))
            count += diff >= min_diff
    return count


def test_dark_theme_close_buttons_check_boxes_and_disabled_fields(qapp, qtbot):
    before = qapp.styleSheet()
    apply_theme(qapp, "dark")
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        dock = QDockWidget("Watchlist", window)
        window.addDockWidget(dock.allowedAreas().__class__.LeftDockWidgetArea, dock)
        box = QCheckBox("Post-only", window)
        window.setCentralWidget(box)
        window.resize(400, 200)
        window.show()
        qtbot.waitExposed(window)
        close = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
        assert close is not None and close.isVisible()
        assert visible_pixels(close.grab().toImage(), QColor("#1a2332")) >= 8
        indicator = box.grab().toImage().copy(0, 0, 18, box.height())
        assert not box.isChecked()
        assert visible_pixels(indicator, BACKGROUND) >= 20

        spin = QDoubleSpinBox()  # its step buttons drew no arrows, on either theme
        qtbot.addWidget(spin)
        spin.resize(140, 28)
        spin.show()
        image = spin.grab().toImage()
        buttons = image.copy(image.width() - 17, 3, 14, image.height() - 6)
        assert visible_pixels(buttons, QColor("#0f1520")) >= 20
        dates = QDateTimeEdit()  # disabled (the backtest's "whole history"): an empty box
        dates.setCalendarPopup(True)
        dates.setEnabled(False)
        qtbot.addWidget(dates)
        dates.resize(180, 28)
        dates.show()
        image = dates.grab().toImage()
        arrow = image.copy(image.width() - 16, 9, 9, image.height() - 18)
        assert visible_pixels(arrow, QColor("#171e2b"), 40) >= 6

        edit = QLineEdit("0.01")
        qtbot.addWidget(edit)
        edit.resize(120, 28)
        enabled = edit.grab().toImage()
        edit.setEnabled(False)
        disabled = edit.grab().toImage()
        assert enabled != disabled
    finally:
        qapp.setStyleSheet(before)
