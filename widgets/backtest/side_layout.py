"""The backtest dock's views share one shape: settings on the left, scrolling upright above
the run controls, and the results on the right taking the rest of the width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget


def settings_scroll(form: QWidget) -> QScrollArea:
    """The form in a scroll area that scrolls upright only: a long form scrolls, a wide one
    widens the side instead of hiding fields off to the right."""
    inner = QWidget()
    v = QVBoxLayout(inner)
    v.setContentsMargins(6, 6, 6, 6)
    v.addWidget(form, 1)
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def fit_width(scroll: QScrollArea) -> int:
    """As narrow as the form allows (never clipped): the results need the room. Call again
    when the form's rows change."""
    bar = scroll.verticalScrollBar().sizeHint().width()
    width = scroll.widget().minimumSizeHint().width() + bar + 4
    scroll.setMinimumWidth(width)
    return width


def settings_beside(
    owner: QWidget, scroll: QScrollArea, controls: QLayout, results: QWidget, results_width: int
) -> None:
    """Lay out `owner`: the scrolling settings above `controls`, beside `results`."""
    width = fit_width(scroll)
    side = QWidget()
    sv = QVBoxLayout(side)
    sv.setContentsMargins(0, 0, 0, 6)
    sv.addWidget(scroll, 1)
    sv.addLayout(controls)
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(side)
    split.addWidget(results)
    split.setStretchFactor(0, 0)
    split.setStretchFactor(1, 1)
    split.setChildrenCollapsible(False)
    split.setSizes([width, results_width])
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(split)
