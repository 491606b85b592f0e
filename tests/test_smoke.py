"""The real app, as a subprocess, on a real X server: starts, paints live data, exits 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.xvfb import xvfb_display


@pytest.mark.xvfb
def test_smoke_test_paints_live_data_and_saves_a_screenshot(tmp_path):
    shot = tmp_path / "pregao.png"
    with xvfb_display() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONUNBUFFERED": "1"}
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "--smoke-test",
                "--screenshot",
                str(shot),
                "--config-dir",
                str(tmp_path / "config"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    report, usable = lines[0], lines[1]
    assert report["smoke"] == "ok"
    assert report["startup_ms"] > 0
    # numba, scipy, scikit-learn, pandas, SQLAlchemy, ccxt and Optuna stay off the first
    # frame's path.
    assert report["loaded_before_first_frame"] == []
    # Then the order entry fills with the paper account and its symbols.
    assert usable["usable_ms"] >= report["startup_ms"]
    # A paper account on the demo market never loads the exchange library, even after the
    # start (the accounts, the risk guard, the bots and the chart's indicators are all up).
    [at_exit] = [line["loaded_at_exit"] for line in lines if "loaded_at_exit" in line]
    assert "ccxt" not in at_exit
    # Optuna loads only in a worker running a Bayesian search, never in the app's process.
    assert "optuna" not in at_exit
    assert "sqlalchemy" in at_exit  # the accounts did load: the check above means something
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 600
    # Not a blank frame: the chart, tables and text make many distinct colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50
    # Closing the window stopped the engine without Qt or asyncio complaints.
    for noise in ("Task was destroyed", "Traceback", "QThread: Destroyed", "never awaited"):
        assert noise not in proc.stderr
