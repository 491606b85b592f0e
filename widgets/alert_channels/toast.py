"""In-app alert messages: small cards stacked in the window's bottom-right corner, each gone
after a few seconds (or on a click)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

SHOWN_MS = 7000
MAX_SHOWN = 4
WIDTH = 340
MARGIN = 12
STATUS_BAR_ROOM = 34
ACCENT = {"info": "#42a5f5", "warning": "#ffa726", "critical": "#ef5350"}


class Toast(QFrame):
    def __init__(self, title: str, body: str, severity: str, dark: bool,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("alert-toast")
        self.setProperty("severity", severity)
        background, text = ("#1f2633", "#e6e9ef") if dark else ("#ffffff", "#1c2330")
        self.setStyleSheet(
            f"QFrame#alert-toast {{ background: {background}; border: 1px solid "
            f"{ACCENT.get(severity, ACCENT['info'])}; border-left: 5px solid "
            f"{ACCENT.get(severity, ACCENT['info'])}; border-radius: 6px; }}"
            f"QLabel {{ color: {text}; background: transparent; border: none; }}")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        if body:
            layout.addWidget(self.body)
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # a click dismisses it
        self.close()
        self.deleteLater()
        event.accept()


class ToastStack(QObject):
    """Keeps the window's toasts stacked in its corner as it resizes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.toasts: list[Toast] = []
        window.installEventFilter(self)

    def show(self, title: str, body: str, severity: str, dark: bool) -> Toast:
        toast = Toast(title, body, severity, dark, self.window)
        toast.destroyed.connect(lambda _o=None, t=toast: self._forget(t))
        self.toasts.append(toast)
        while len(self.toasts) > MAX_SHOWN:
            old = self.toasts.pop(0)
            old.close()
            old.deleteLater()
        toast.show()
        toast.adjustSize()
        toast.raise_()
        QTimer.singleShot(SHOWN_MS, toast, toast.deleteLater)
        self._place()
        return toast

    def _forget(self, toast: Toast) -> None:
        if toast in self.toasts:
            self.toasts.remove(toast)
            if shiboken6.isValid(self.window):  # toasts also go when the window does
                self._place()

    def _place(self) -> None:
        y = self.window.height() - STATUS_BAR_ROOM
        for toast in reversed(self.toasts):
            # word-wrapped labels know their height only for a width: ask for it each time
            toast.setFixedHeight(toast.layout().totalHeightForWidth(WIDTH))
            y -= toast.height() + 8
            toast.move(self.window.width() - WIDTH - MARGIN, max(MARGIN, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._place()
        return False
