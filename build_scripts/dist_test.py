"""`make dist-test`: start the built one-folder app under Xvfb with --smoke-test --screenshot,
from an empty home (a first start), and check the frame; then run `pregao backtest` from the
bundle on a Parquet file (fastparquet, numba and llvmlite at work) with its Excel and PDF reports,
and `pregao optimize --method bayes` over worker processes on a CSV file (optuna, pandas);
print the bundle's size (a warning above the 350 MB target, a failure above the growth
ceiling: build_scripts/dist_size.py).

    python build_scripts/dist_test.py [dist/pregao]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build_scripts"))
from dist_size import CEILING_MB, TARGET_MB, report  # noqa: E402


def start_xvfb() -> tuple[subprocess.Popen, str]:
    if shutil.which("Xvfb") is None:
        sys.exit("dist-test needs Xvfb (make system-deps installs it)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                             "1920x1080x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        return proc, ":" + f.readline().strip()


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "pregao").resolve()
    exe = bundle / "pregao"
    if not exe.is_file():
        sys.exit(f"{exe} does not exist: run `make dist` first")
    size, failures = report(bundle)
    print(json.dumps({"bundle": str(bundle), "size_mb": round(size, 1), "target_mb": TARGET_MB,
                      "ceiling_mb": CEILING_MB}))
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as home:
            shot = Path(home) / "frame.png"
            env = {"PATH": "/usr/bin:/bin", "HOME": home, "DISPLAY": display,
                   "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8",
                   "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config",
                   "XDG_CACHE_HOME": f"{home}/cache", "XDG_STATE_HOME": f"{home}/state"}
            proc = subprocess.run([str(exe), "--smoke-test", "--screenshot", str(shot)],
                                  cwd=home, env=env, capture_output=True, text=True, timeout=180)
            lines = [json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{")]
            for line in lines:
                print(json.dumps(line))
            if proc.returncode != 0:
                failures.append(f"exit code {proc.returncode}: {proc.stderr[-2000:]}")
            if not any(x.get("smoke") == "ok" for x in lines):
                failures.append("no live frame reported")
            if not any("usable_ms" in x for x in lines):
                failures.append("the order entry never showed the paper account")
            if "Traceback" in proc.stderr:
                failures.append(proc.stderr[-2000:])
            failures += check_frame(shot)
            failures += check_every_dock(exe, Path(home), env)
            failures += check_backtest(exe, Path(home), env)
            if shot.is_file():  # kept beside the bundle, to look at
                shutil.copy(shot, bundle.parent / f"{bundle.name}-dist-test.png")
    finally:
        xvfb.terminate()
    for failure in failures:
        print("dist-test:", failure, file=sys.stderr)
    print("dist-test:", "FAILED" if failures else "ok")
    return 1 if failures else 0


def every_dock_layout(config_dir: Path) -> list[str]:
    """A saved session with one dock of every panel type, none of them tabbed away, in
    `config_dir/pregao.ini` (what --config-dir reads): started with it, the app builds every
    panel at its first show, so a part the spec left out that some panel needs fails here.
    Returns the panel types."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

    from desktop.shell.docks import LAYOUT_VERSION, SESSION_KEY
    from widgets.registry import PANEL_TYPES

    _app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.resize(1900, 1000)
    areas = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
             Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
    panels = []
    for k, (kind, cls) in enumerate(sorted(PANEL_TYPES.items())):
        name = f"{kind}-1" if cls.multi_instance else kind
        dock = QDockWidget(name, window)
        dock.setObjectName(name)
        window.addDockWidget(areas[k % len(areas)], dock)
        panels.append({"type": kind, "name": name, "config": {}})
    session = {"version": LAYOUT_VERSION, "geometry": bytes(window.saveGeometry()).hex(),
               "state": bytes(window.saveState(LAYOUT_VERSION)).hex(), "panels": panels}
    settings = QSettings(str(config_dir / "pregao.ini"), QSettings.Format.IniFormat)
    settings.setValue(SESSION_KEY, json.dumps(session))
    settings.sync()
    return [p["type"] for p in panels]


def check_every_dock(exe: Path, home: Path, env: dict[str, str]) -> list[str]:
    """The built app started on a layout with every dock open (every panel built)."""
    config_dir = home / "every-dock"
    config_dir.mkdir()
    kinds = every_dock_layout(config_dir)
    shot = home / "every-dock.png"
    proc = subprocess.run([str(exe), "--config-dir", str(config_dir), "--smoke-test",
                           "--screenshot", str(shot)],
                          cwd=home, env=env, capture_output=True, text=True, timeout=180)
    ok = any('"smoke": "ok"' in line for line in proc.stdout.splitlines())
    print(json.dumps({"every_dock": len(kinds), "smoke_ok": ok}))
    # "usage: pregao": a worker process started as `pregao -m ...` that the app refused.
    if proc.returncode != 0 or not ok or "Traceback" in proc.stderr \
            or "usage: pregao" in proc.stderr:
        return [f"with every dock open ({', '.join(kinds)}): exit {proc.returncode}: "
                f"{proc.stderr[-2000:]}"]
    return check_frame(shot)


def check_backtest(exe: Path, home: Path, env: dict[str, str]) -> list[str]:
    """`pregao backtest` in the bundle on a Parquet file (written by pandas here: pyarrow
    where it is installed): fastparquet reads it, numba compiles the fill loop with the
    bundled llvmlite and caches it in the user's cache folder."""
    import numpy as np
    import pandas as pd

    n = 3000
    rng = np.random.default_rng(1)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.002, n)))
    open_ = np.concatenate([[close[0]], close[:-1]])
    data = home / "BTC-USDT_5m.parquet"
    pd.DataFrame({
        "timestamp": 1_700_000_000_000 + np.arange(n, dtype=np.int64) * 300_000,
        "open": open_, "high": np.maximum(open_, close) * 1.001,
        "low": np.minimum(open_, close) * 0.999, "close": close, "volume": np.full(n, 5.0),
    }).to_parquet(data, index=False)
    out, xlsx, pdf = home / "backtest.json", home / "report.xlsx", home / "report.pdf"
    proc = subprocess.run([str(exe), "backtest", "--strategy", "sma_cross", "--data", str(data),
                           "--params", "fast=10,slow=30", "--json", str(out), "--xlsx", str(xlsx),
                           "--pdf", str(pdf), "--language", "pt_BR", "--quiet"],
                          cwd=home, env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or not out.is_file():
        return [f"pregao backtest failed ({proc.returncode}): {proc.stderr[-2000:]}"]
    reports = {p.name: p.stat().st_size if p.is_file() else 0 for p in (xlsx, pdf)}
    print(json.dumps({"report_bytes": reports}))
    failures = [f"no {name} was written" for name, size in reports.items() if size < 1000]
    if not pdf.read_bytes().startswith(b"%PDF") or not xlsx.read_bytes().startswith(b"PK"):
        failures.append("the reports are not a PDF and an Excel workbook")
    result = json.loads(out.read_text())
    cache = home / "cache" / "numba"  # numba's user-wide folder (see pyi_rth_pregao.py)
    cached = sum(1 for _ in cache.rglob("*.nbi")) if cache.exists() else 0
    print(json.dumps({"backtest_trades": len(result["trades"]),
                      "end_equity": round(result["metrics"]["end_equity"], 2),
                      "numba_cache_index_files": cached}))
    failures += [] if result["trades"] else ["the bundled backtest made no trades"]
    failures += [] if cached else ["numba cached nothing in the user's cache folder"]
    return failures + check_optimize(exe, data, home, env)


def check_optimize(exe: Path, data: Path, home: Path, env: dict[str, str]) -> list[str]:
    """`pregao optimize` in the bundle: a Bayesian search (optuna) over two worker processes
    (the frozen executable started again as a worker) on the candles as CSV (pandas reads
    it), with invalid sets among the ranges (fast >= slow)."""
    import pandas as pd

    csv = home / "BTC-USDT_5m.csv"
    pd.read_parquet(data).to_csv(csv, index=False)
    out = home / "sweep.json"
    proc = subprocess.run([str(exe), "optimize", "--strategy", "sma_cross", "--data", str(csv),
                           "--grid", "fast=5:30:5,slow=20:60:10", "--method", "bayes",
                           "--trials", "8", "--workers", "2", "--json", str(out), "--quiet"],
                          cwd=home, env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not out.is_file():
        return [f"pregao optimize failed ({proc.returncode}): {proc.stderr[-2000:]}"]
    sweep = json.loads(out.read_text())
    statuses = sorted({r["status"] for r in sweep["rows"]})
    print(json.dumps({"optimize": sweep["method"], "rows": len(sweep["rows"]),
                      "statuses": statuses}))
    return [] if "ok" in statuses else [f"the bundled sweep ran no set: {statuses}"]


def check_frame(shot: Path) -> list[str]:
    """The screenshot is a real window: big enough and not blank (many distinct colours)."""
    if not shot.is_file():
        return ["no screenshot was saved"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # a widgets one: every_dock_layout
    image = QImage(str(shot))
    if image.isNull() or image.width() < 800 or image.height() < 600:
        return [f"the screenshot is {image.width()}x{image.height()}"]
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    print(json.dumps({"frame": f"{image.width()}x{image.height()}", "colours": len(colours)}))
    return [] if len(colours) > 50 else [f"a blank frame ({len(colours)} colours)"]


if __name__ == "__main__":
    sys.exit(main())
