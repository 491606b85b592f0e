"""Cold start to the first painted frame with live data, median of N process starts.

Runs `python -m desktop --smoke-test` N times (a fresh process and settings each time) on a
real X server when Xvfb is available (else offscreen), and, in the same run, a bare PySide6
main window that paints once: the floor any Qt app pays. One JSON line each, then the ratio.
Also the median time until the app is usable (the order entry shows the paper account and
its symbols). Bytecode is written and one unmeasured start comes first, as after an install
(pip compiles the package); PYTHONDONTWRITEBYTECODE in the caller's environment is ignored.
The app runs on a database of its own, made by that first start. Beside wall-clock times it
reports the CPU seconds spent until each moment (all threads; less swayed by other programs
on a shared machine) and the machine's load average before and after the run.

    python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = r"""
import os, sys, time, json
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
def age():
    with open("/proc/self/stat", "rb") as f:
        start = int(f.read().rsplit(b")", 1)[1].split()[19])
    with open("/proc/uptime", "rb") as f:
        up = float(f.read().split()[0])
    return up - start / os.sysconf("SC_CLK_TCK")
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1600, 960); w.show()
def done():
    w.repaint()
    print(json.dumps({"startup_ms": age() * 1000, "cpu_ms": time.process_time() * 1000}),
          flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def start_xvfb():
    if shutil.which("Xvfb") is None:
        return None, None
    r, w = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(w), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(w,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(w)
    with os.fdopen(r) as f:
        return proc, ":" + f.readline().strip()


def measure(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    found: dict[str, float] = {}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            data = json.loads(line)
            for key in ("startup_ms", "usable_ms", "cpu_ms", "usable_cpu_ms"):
                if key in data:
                    found[key] = float(data[key])
    if "startup_ms" not in found:
        raise RuntimeError(f"no startup time in output: {out.stdout}\n{out.stderr}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    env = dict(os.environ, QT_API="pyside6", PYQTGRAPH_QT_LIB="PySide6")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    load_before = os.getloadavg()[0]
    try:
        # The two alternate, start by start: both see the same machine load.
        samples: dict[str, list[float]] = {"pregao": [], "bare_pyside6": []}
        cpu: dict[str, list[float]] = {"pregao": [], "bare_pyside6": []}
        usable: list[float] = []
        usable_cpu: list[float] = []
        # One database for the run, not the user's: the warm-up start creates it (migrations
        # run once, as on a first install) and every measured start opens it as a user's app
        # does. Another Pregão on this machine (the user's own) is then no second instance.
        data = tempfile.TemporaryDirectory()
        database = f"sqlite:///{data.name}/pregao.db"
        for run in range(args.runs + 1):
            for name in samples:
                with tempfile.TemporaryDirectory() as tmp:
                    if name == "pregao":
                        cmd = [sys.executable, "-m", "desktop", "--smoke-test", "--config-dir", tmp,
                               "--database", database]
                    else:
                        cmd = [sys.executable, "-c", BARE_WINDOW]
                    found = measure(cmd, env)
                if run == 0:
                    continue  # the warm-up start: bytecode written, disk caches filled
                samples[name].append(found["startup_ms"])
                if "cpu_ms" in found:
                    cpu[name].append(found["cpu_ms"])
                if "usable_ms" in found:
                    usable.append(found["usable_ms"])
                if "usable_cpu_ms" in found:
                    usable_cpu.append(found["usable_cpu_ms"])
                time.sleep(0.2)
        results = {}
        for name, values in samples.items():
            results[name] = statistics.median(values)
            line = {
                "app": name,
                "runs": args.runs,
                "platform": env["QT_QPA_PLATFORM"],
                "median_startup_ms": round(results[name], 1),
                "min_ms": round(min(values), 1),
                "max_ms": round(max(values), 1),
            }
            if cpu[name]:
                # CPU seconds spent until the frame (all threads): less swayed by other
                # programs on a busy machine than the wall clock.
                line["median_cpu_ms"] = round(statistics.median(cpu[name]), 1)
            if name == "pregao" and usable:
                line["median_usable_ms"] = round(statistics.median(usable), 1)
            if name == "pregao" and usable_cpu:
                line["median_usable_cpu_ms"] = round(statistics.median(usable_cpu), 1)
            print(json.dumps(line))
        print(
            json.dumps(
                {
                    "ratio_pregao_vs_bare": round(results["pregao"] / results["bare_pyside6"], 2),
                    "cpu_ratio_pregao_vs_bare": round(
                        statistics.median(cpu["pregao"]) / statistics.median(cpu["bare_pyside6"]), 2
                    ) if cpu["pregao"] and cpu["bare_pyside6"] else None,
                    "target_ms": 1000,
                    "usable_target_ms": 1500,
                    # How busy the machine was (a shared one): load average over 1 minute,
                    # before and after the run, beside its number of CPUs.
                    "cpus": os.cpu_count(),
                    "loadavg_1m_before": round(load_before, 2),
                    "loadavg_1m_after": round(os.getloadavg()[0], 2),
                }
            )
        )
        data.cleanup()
    finally:
        if xvfb is not None:
            xvfb.terminate()


if __name__ == "__main__":
    main()
