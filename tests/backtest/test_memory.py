"""The backtester asks glibc to keep big arrays in its heap (see desktop/backtest/memory.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Bytes glibc holds in separately mmapped chunks (mallinfo2().hblkhd) around one 16 MB array.
SCRIPT = """
import ctypes, sys
import numpy as np
from desktop.backtest.memory import reuse_freed_memory

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks",
                "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "on":
    assert reuse_freed_memory()
before = libc.mallinfo2().hblkhd
a = np.ones(2_000_000)
print(libc.mallinfo2().hblkhd - before)
"""


def mapped_bytes(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is glibc's")
def test_big_arrays_come_from_the_heap_not_a_fresh_mapping():
    assert mapped_bytes("off") >= 16_000_000  # glibc's default: its own mmap, unmapped on free
    assert mapped_bytes("on") == 0  # kept in the heap, reused by the next run
