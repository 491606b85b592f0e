"""Python's cycle collector runs on the UI thread, between events, and nowhere else.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold
is crossed: the engine thread, a worker thread, or the UI thread in the middle of painting a
chart. Collecting a cycle that holds a Qt wrapper there destroys a C++ object that Qt may be
using at that moment (seen as a segmentation fault under pyqtgraph's paintEvent, with
"Garbage-collecting" on the stack). pyqtgraph's GarbageCollector turns the automatic
collector off and collects from a QTimer on the UI thread instead, at the same thresholds;
this module installs one for the process.
"""

from __future__ import annotations

import gc
import importlib
from typing import Any

_collector: Any = None  # pyqtgraph.util.garbage_collector.GarbageCollector once installed


def collect_on_ui_thread(interval_s: float = 1.0) -> Any:
    """Install the collector once (call it on the UI thread with the QApplication up)."""
    global _collector
    if _collector is None:
        # pyqtgraph through the project's import first (its Qt mirrors bound to PySide6)
        from widgets.common.pyqtgraph_import import pg  # noqa: F401

        collector = importlib.import_module("pyqtgraph.util.garbage_collector")
        _collector = collector.GarbageCollector(interval=interval_s)
    gc.disable()  # also after someone turned the automatic collector back on
    return _collector


def ui_collector_installed() -> bool:
    return _collector is not None
