"""`pregao --help` lists every command with one line, `--version` prints the version, and
neither loads Qt or the backtester (issue 11, acceptance 3)."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from desktop.app import SUBCOMMANDS
from tests.conftest import REPO

PROBE = (
    "import sys, runpy\n"
    "sys.argv = ['pregao', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('desktop', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = [m for m in ('PySide6', 'numba', 'pandas', 'ccxt', 'sqlalchemy')\n"
    "         if m in sys.modules]\n"
    "print('HEAVY', heavy)\n"
)


def pregao(*args: str) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                         cwd=REPO, timeout=60, check=True)
    return out.stdout


def test_help_lists_every_command_with_one_line():
    text = pregao("--help")
    assert "HEAVY []" in text
    commands = text[text.index("commands"):].splitlines()[1:]
    listed = {line.split()[0]: line for line in commands if line.startswith("  ")}
    assert {"backtest", "optimize"} <= set(listed)
    assert set(listed) == set(SUBCOMMANDS)
    for name, line in listed.items():
        assert line.split(None, 1)[1].strip() == SUBCOMMANDS[name][1]
    assert "--smoke-test" in text and "--version" in text


def test_version_is_the_projects():
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    text = pregao("--version")
    assert text.splitlines()[0] == f"pregao {declared}"
    assert "HEAVY []" in text


def test_each_command_has_its_own_help():
    for name in SUBCOMMANDS:
        out = subprocess.run([sys.executable, "-m", "desktop", name, "--help"],
                             capture_output=True, text=True, cwd=REPO, timeout=120)
        assert out.returncode == 0, out.stderr
        assert f"pregao {name}" in out.stdout
