"""Real read-only and full file systems for tests: a tmpfs mounted read-only, or one of a few
kilobytes that fills up.

Permission bits are no test of "read-only" where the tests run as root (root ignores them), and
there is no other honest way to make a disk full. Mounting needs root (or CAP_SYS_ADMIN): when
the mount is refused, the test skips and says why.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(args: list[str], where: Path) -> None:
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("a real read-only or full file system needs `mount` (util-linux)")
    proc = subprocess.run(["mount", *args, str(where)], capture_output=True, text=True,
                          timeout=20)
    if proc.returncode != 0:
        pytest.skip("a real read-only or full file system needs a tmpfs mount, which was "
                    f"refused here (run the tests as root): {proc.stderr.strip()}")


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=20)


@contextlib.contextmanager
def tiny_filesystem(where: Path, size_kb: int = 256) -> Iterator[Path]:
    """`where` as a tmpfs of `size_kb` KiB: writes past that fail with ENOSPC, as on a full
    disk."""
    _mount(["-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs"], where)
    try:
        yield where
    finally:
        _unmount(where)


@contextlib.contextmanager
def read_only(where: Path) -> Iterator[Path]:
    """`where` (its current files kept) remounted read-only: writes fail with EROFS even for
    root. The files are copied into a tmpfs that is then made read-only."""
    stash = where.with_name(where.name + ".stash")
    if where.exists():
        shutil.copytree(where, stash)
    _mount(["-t", "tmpfs", "-o", "size=64m,mode=0755", "tmpfs"], where)
    try:
        if stash.exists():
            shutil.copytree(stash, where, dirs_exist_ok=True)
            shutil.rmtree(stash)
        proc = subprocess.run(["mount", "-o", "remount,ro", str(where)], capture_output=True,
                              text=True, timeout=20)
        if proc.returncode != 0:
            pytest.skip(f"remounting read-only was refused: {proc.stderr.strip()}")
        yield where
    finally:
        _unmount(where)
