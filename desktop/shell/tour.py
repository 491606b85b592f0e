"""The first-start tour: six steps, each a bubble beside the part of the window it explains,
with that part outlined. Skippable at any step; Help › Take the tour opens it again.

Targets are looked up when a step is shown (a dock the user closed or moved is found where
it is now); a step whose target is not on screen points at the window's centre instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

DONE_KEY = "ui/tour_done"
GAP = 12


def _t(text: str) -> str:
    return QCoreApplication.translate("Tour", text)


@dataclass(frozen=True, slots=True)
class TourStep:
    title: str
    text: str
    target: Callable[[], QWidget | None]


class TourBubble(QFrame):
    """The step's text and buttons; a child of the window, drawn over the docks."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourBubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.skip = QPushButton(_t("Skip tour"))
        self.back = QPushButton(_t("Back"))
        self.next = QPushButton(_t("Next"))
        self.next.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFixedWidth(380)


class Tour(QObject):
    finished = Signal()

    def __init__(self, window: QMainWindow, steps: list[TourStep],
                 on_done: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.steps = steps
        self._on_done = on_done
        self.index = -1
        self.bubble = TourBubble(window)
        self.outline = QFrame(window)
        self.outline.setObjectName("tourOutline")
        self.outline.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.outline.setStyleSheet("#tourOutline { border: 3px solid #f5b400; "
                                   "border-radius: 4px; background: transparent; }")
        self.bubble.hide()
        self.outline.hide()
        self.bubble.skip.clicked.connect(self.stop)
        self.bubble.back.clicked.connect(lambda: self.show_step(self.index - 1))
        self.bubble.next.clicked.connect(self._next)
        window.installEventFilter(self)

    @property
    def running(self) -> bool:
        return self.bubble.isVisible()

    def start(self) -> None:
        self.show_step(0)

    def stop(self) -> None:
        self.bubble.hide()
        self.outline.hide()
        self.index = -1
        if self._on_done is not None:
            self._on_done()
        self.finished.emit()

    def _next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.stop()
        else:
            self.show_step(self.index + 1)

    def show_step(self, index: int) -> None:
        if not 0 <= index < len(self.steps):
            return
        self.index = index
        step = self.steps[index]
        b = self.bubble
        b.title.setText(step.title)
        b.text.setText(step.text)
        b.count.setText(_t("{0} of {1}").format(index + 1, len(self.steps)))
        b.back.setEnabled(index > 0)
        b.next.setText(_t("Done") if index == len(self.steps) - 1 else _t("Next"))
        self._place()
        b.show()
        b.raise_()
        b.next.setFocus()

    def target_rect(self) -> QRect | None:
        """The current step's target in window coordinates (None: not on screen)."""
        widget = self.steps[self.index].target() if self.index >= 0 else None
        if widget is None or not widget.isVisible():
            return None
        top_left = widget.mapTo(self._window, QPoint(0, 0))
        return QRect(top_left, widget.size())

    def _place(self) -> None:
        b, win = self.bubble, self._window.rect()
        b.adjustSize()
        rect = self.target_rect()
        if rect is None:
            self.outline.hide()
            b.move(win.center() - QPoint(b.width() // 2, b.height() // 2))
            return
        self.outline.setGeometry(rect.adjusted(-3, -3, 3, 3))
        self.outline.show()
        self.outline.raise_()
        # Beside the target where there is room: right, left, below, above, else inside.
        w, h = b.width(), b.height()
        y = max(win.top() + GAP, min(rect.top(), win.bottom() - h - GAP))
        x = max(win.left() + GAP, min(rect.left(), win.right() - w - GAP))
        if rect.right() + GAP + w <= win.right():
            pos = QPoint(rect.right() + GAP, y)
        elif rect.left() - GAP - w >= win.left():
            pos = QPoint(rect.left() - GAP - w, y)
        elif rect.bottom() + GAP + h <= win.bottom():
            pos = QPoint(x, rect.bottom() + GAP)
        elif rect.top() - GAP - h >= win.top():
            pos = QPoint(x, rect.top() - GAP - h)
        else:
            pos = rect.center() - QPoint(w // 2, h // 2)
        b.move(pos)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.running:
            self._place()
        return False
