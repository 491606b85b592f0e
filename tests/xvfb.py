"""A real X server for tests that must run the app as a user would (xcb platform)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest


@contextlib.contextmanager
def xvfb_display(width: int = 1920, height: int = 1080) -> Iterator[str]:
    """Start Xvfb on a free display; yields ':N'. Skips the test when Xvfb is missing."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (make test installs it when run as root)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            pytest.fail("Xvfb did not report a display number")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
