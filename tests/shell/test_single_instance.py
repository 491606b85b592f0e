"""One Pregão per data folder, with two real processes: a second start says so, brings the first
window forward and exits before its engine opens the database; a lock left by a Pregão that
died is taken over. And `pregao --smoke-test` fails when the database cannot be opened."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.shell.single_instance import ALREADY_RUNNING, LOCK_NAME, SingleInstance

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 120.0


def app_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("PREGAO_DATABASE_URL", None)
    return env


def pregao(tmp_path: Path, data: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--database", f"sqlite:///{data / 'pregao.db'}",
            "--config-dir", str(tmp_path / "config"), *extra]


def log_text(tmp_path: Path) -> str:
    log = tmp_path / "folder" / "logs" / "pregao.log"  # the data folder's log file
    return log.read_text() if log.exists() else ""


def test_a_second_start_on_the_same_folder_brings_the_first_forward_and_exits(tmp_path):
    data = tmp_path / "folder"
    env = app_env(tmp_path)
    first = subprocess.Popen(pregao(tmp_path, data), cwd=REPO, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while "Listening for other starts" not in log_text(tmp_path):
            assert first.poll() is None, "the first Pregão exited"
            assert time.monotonic() < deadline, "the first Pregão never came up"
            time.sleep(0.2)
        second = subprocess.run(pregao(tmp_path, data), cwd=REPO, env=env,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == ALREADY_RUNNING, second.stderr
        assert second.stderr.strip() == (
            f"pregao: Pregão is already running with the data folder {data}; its window was "
            "brought forward.")
        deadline = time.monotonic() + 30
        while "window brought forward" not in log_text(tmp_path):
            assert time.monotonic() < deadline, "the first window was not brought forward"
            time.sleep(0.2)
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGKILL)  # dies holding the lock, as after a crash
        first.wait(30)
    assert (data / LOCK_NAME).exists()
    after_crash = SingleInstance(data)
    assert after_crash.acquire(), "the lock of a dead Pregão was not taken over"
    after_crash.release()


def test_smoke_test_fails_when_the_database_cannot_be_opened(tmp_path):
    data = tmp_path / "folder"
    data.mkdir()
    (data / "pregao.db").write_bytes(b"this is not a database, it is a shopping list\n" * 10)
    proc = subprocess.run(pregao(tmp_path, data, "--smoke-test"), cwd=REPO,
                          env=app_env(tmp_path), capture_output=True, text=True, timeout=180)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    problem = [line for line in lines if line.get("smoke") == "database"]
    assert problem and problem[0]["kind"] == "corrupt", lines
