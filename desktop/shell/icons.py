"""Icons from desktop/resources/icons (SVG), cached; the app icon."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.package_data import resources_dir


@cache
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("app")
