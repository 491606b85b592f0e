"""The two kinds of note label the forms and views put beside their fields; the theme's style
sheet colours them by their "role" property."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def muted_label(text: str = "") -> QLabel:
    """A quiet note (a hint, a status, a title): wraps rather than widening its column."""
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A field's or a view's error line: hidden until there is an error to read."""
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label
