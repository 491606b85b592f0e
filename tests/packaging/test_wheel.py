"""The wheel carries everything the app reads at run time, and an installed `pregao` starts
outside the checkout (issue 11, acceptance 1)."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # A copy of the tracked files only: the build never sees caches or untracked work files,
    # and it leaves no build/ or .egg-info behind in the checkout.
    src = out / "src"
    src.mkdir()
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, check=True,
    ).stdout.split(b"\0")
    for name in filter(None, files):
        rel = name.decode()
        if not (REPO / rel).is_file():
            continue  # deleted in the work tree, not yet committed
        target = src / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((REPO / rel).read_bytes())
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
        check=True, capture_output=True, timeout=300,
    )
    (built,) = out.glob("pregao-*.whl")
    return built


def test_wheel_carries_themes_icons_translations_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "desktop/resources/themes/dark.qss",
        "desktop/resources/themes/light.qss",
        "desktop/resources/icons/app.svg",
        "desktop/resources/pregao.desktop",
        "desktop/i18n/pregao_pt_BR.qm",
        "desktop/i18n/pregao_es.qm",
        "desktop/storage/alembic.ini",
        "desktop/storage/migrations/env.py",
        "desktop/storage/migrations/script.py.mako",
        "desktop/app.py",
        "widgets/registry.py",
        "strategies/base.py",
    }
    assert expected <= names, sorted(expected - names)
    # Every icon and migration in the checkout is in the wheel, not only the ones named above.
    for folder in ("desktop/resources/icons", "desktop/storage/migrations/versions"):
        for path in (REPO / folder).iterdir():
            if path.suffix in (".svg", ".py"):
                assert f"{folder}/{path.name}" in names
    # Nothing of the developer side rides along.
    assert not any(n.startswith(("tests/", "benchmarks/", "build_scripts/")) for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "pregao = desktop.app:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_installed_wheel_starts_outside_the_checkout(wheel, tmp_path):
    """A fresh venv gets the wheel (its dependencies are borrowed from this environment
    through a .pth line, so nothing is downloaded); `pregao --smoke-test` then runs from a
    folder far from the checkout and must find its theme, icons, catalogs and migrations."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    target_site = Path(
        subprocess.run(
            [py, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )
    # This environment's packages, after the venv's own (where the wheel goes). Only the
    # folders are added: the editable-install hook of the checkout (a .pth file) is not run.
    ours = [p for p in site.getsitepackages() if Path(p).is_dir()] or [
        sysconfig.get_path("purelib")
    ]
    (target_site / "zz_borrowed_dependencies.pth").write_text("\n".join(ours) + "\n")
    subprocess.run(
        [py, "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    where = subprocess.run(
        [py, "-c", "import desktop; print(desktop.__file__)"],
        capture_output=True, text=True, check=True, cwd=tmp_path,
    ).stdout.strip()
    assert where.startswith(str(venv)) and not where.startswith(str(REPO))
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name in ("PYTHONPATH", "PREGAO_DATABASE_URL", "PREGAO_CANDLE_CACHE"):
        env.pop(name, None)  # the defaults: the data folder under this HOME
    shown = subprocess.run([venv / "bin" / "pregao", "--version"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "pregao " + wheel.name.split("-")[1]
    shot = tmp_path / "installed.png"
    proc = subprocess.run(
        [venv / "bin" / "pregao", "--smoke-test", "--screenshot", str(shot), "--language",
         "pt_BR", "--config-dir", str(home / "settings")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(next(line for line in proc.stdout.splitlines() if line.startswith("{")))
    assert report["smoke"] == "ok"
    assert shot.is_file()
    # Usable means the paper account was read from the database, which the migrations that
    # ship in the wheel created.
    assert '"usable_ms"' in proc.stdout
    assert list((home / "data").rglob("pregao.db"))
    for complaint in ("Traceback", "No such file", "No translation catalog"):
        assert complaint not in proc.stderr, proc.stderr
