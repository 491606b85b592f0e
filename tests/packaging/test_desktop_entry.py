"""`make install-desktop`: a valid desktop entry that runs the given pregao, and the icon, in
the user's XDG data folder (issue 11, point 2)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess

from tests.conftest import REPO


def test_install_desktop_puts_an_entry_and_the_icon_in_the_users_folders(tmp_path):
    data = tmp_path / "share"
    exe = tmp_path / "opt" / "Pregão app" / "pregao"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    out = subprocess.run(["bash", str(REPO / "build_scripts" / "install_desktop.sh"), str(exe)],
                         env=env, capture_output=True, text=True, check=True)
    entry = data / "applications" / "pregao.desktop"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "pregao.svg"
    assert entry.is_file() and icon.is_file(), out.stdout + out.stderr
    assert icon.read_bytes() == (REPO / "desktop/resources/icons/app.svg").read_bytes()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Exec"] == f'"{exe}"'  # quoted: the path has a space
    assert section["Icon"] == "pregao" and section["Type"] == "Application"
    assert section["Name"] == "Pregão" and "Finance" in section["Categories"]
    assert section["Comment[pt_BR]"] and section["Comment[es]"]
    if shutil.which("desktop-file-validate") is not None:  # the freedesktop.org checker
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
