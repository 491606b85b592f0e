"""Files that ship inside the `desktop` package (themes, icons, compiled translations, the
Alembic migrations), found through importlib.resources so an installed wheel, an editable
checkout and a PyInstaller bundle all read them the same way. Qt-free."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def package_path(*parts: str) -> Path:
    """The file or folder `parts` inside the `desktop` package, as a real filesystem path
    (Qt, Alembic and the desktop entry need one; a zipped install is not supported)."""
    target = files("desktop").joinpath(*parts)
    if not isinstance(target, Path):
        raise RuntimeError(f"Pregão must be installed as files, not zipped: {target}")
    return target


def resources_dir() -> Path:
    """Icons (SVG), themes (QSS), the app icon and the desktop entry."""
    return package_path("resources")


def translations_dir() -> Path:
    """The compiled Qt catalogs, pregao_<lang>.qm."""
    return package_path("i18n")
