"""The question asked before an order or command is sent (unless one-click trading is on)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


def confirm_box(parent: QWidget, text: str, action: Callable[[], None],
                closed: Callable[[], None]) -> QMessageBox:
    """A Send/Cancel box, not yet open: when it closes `closed` runs, then `action` if the
    user chose Send."""
    box = QMessageBox(QMessageBox.Icon.Question, _t("Confirm"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      parent)
    box.button(QMessageBox.StandardButton.Yes).setText(_t("Send"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)

    def finished(_result: int) -> None:
        closed()
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            action()
        box.deleteLater()

    box.finished.connect(finished)
    return box
