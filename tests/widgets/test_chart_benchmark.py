"""The chart render benchmark runs end to end (quick mode) and reports every chart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_chart_render_benchmark_quick_mode_reports_all_charts() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "chart_render.py"), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    results = {r["chart"]: r for r in rows if "chart" in r}
    assert set(results) == {"pregao", "finplot", "empty"}, rows
    for row in results.values():
        assert "error" not in row, row
        assert row["n"] == 10_000
        for key in ("first_frame_ms", "pan_visible200_ms", "pan_all_ms", "peak_rss_mb"):
            assert row[key] > 0, (row["chart"], key)
    ratios = rows[-1]["ratios"]
    assert {"pregao/empty@10000", "pregao/finplot@10000"} <= set(ratios)
