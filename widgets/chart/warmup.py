"""Loads the indicator code (numba kernels) on a background thread.

A cold numba import plus loading its compiled kernels costs about a second of CPU. Done on
the UI thread, that second would freeze the window just after it first shows; done here, the
chart draws its candles at once and its indicator lines follow as soon as the code is ready.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

_ready = threading.Event()
_lock = threading.Lock()
_thread: threading.Thread | None = None


def _load() -> None:
    try:
        from strategies import indicator_catalog

        # Runs every indicator once (its kernels load) and learns how each is drawn.
        for name in indicator_catalog.specs():
            indicator_catalog.traits(name)
    except Exception:  # the chart still computes them on demand and reports any error
        log.exception("Loading the indicator code failed")
    finally:
        _ready.set()


def start() -> None:
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_load, name="indicator-warmup", daemon=True)
            _thread.start()


def ready() -> bool:
    return _ready.is_set()


def join(timeout: float = 2.0) -> None:
    """Wait for a warm-up in progress (at exit: never tear down mid-import)."""
    if _thread is not None:
        _thread.join(timeout)
