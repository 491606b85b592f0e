"""Light and dark themes: a QSS file each, plus the colours plots and delegates need."""

from __future__ import annotations

import gc
from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.package_data import resources_dir

THEMES = ("dark", "light")


@dataclass(frozen=True, slots=True)
class Palette:
    up: QColor
    down: QColor
    text: QColor
    muted: QColor
    flash_up: QColor
    flash_down: QColor


DARK = Palette(
    QColor("#26a69a"),
    QColor("#ef5350"),
    QColor("#d6dde8"),
    QColor("#6f7d95"),
    QColor(38, 166, 154, 110),
    QColor(239, 83, 80, 110),
)
LIGHT = Palette(
    QColor("#00897b"),
    QColor("#d32f2f"),
    QColor("#1d2433"),
    QColor("#7a8699"),
    QColor(0, 137, 123, 70),
    QColor(211, 47, 47, 70),
)


def palette(dark: bool) -> Palette:
    return DARK if dark else LIGHT


def apply_theme(app: QApplication, name: str) -> str:
    """Apply a theme by name; an unknown name falls back to dark. Returns the applied name."""
    if name not in THEMES:
        name = "dark"
    path = resources_dir() / "themes" / f"{name}.qss"
    # url(@icons/x.svg) in a sheet: the packaged icon (a relative url would be read from
    # the working directory).
    icons = (resources_dir() / "icons").as_posix()
    sheet = path.read_text(encoding="utf-8").replace("@icons/", icons + "/")
    # Restyling walks every widget; Python's collector must not delete Qt wrappers of closed
    # windows in the middle of that walk (seen as a crash inside setStyleSheet). At start-up
    # the app keeps the collector off (desktop/app.py) and there is nothing to collect yet.
    collecting = gc.isenabled()
    if collecting:
        gc.collect()
    gc.disable()
    try:
        app.setStyleSheet(sheet)
    finally:
        if collecting:
            gc.enable()
    return name
