"""The cycle collector runs from the UI thread's timer, not automatically in any thread."""

from __future__ import annotations

import gc
import weakref

from widgets.common.ui_collector import collect_on_ui_thread, ui_collector_installed


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


def test_cycles_are_collected_by_the_ui_timer_only(qtbot):
    collector = collect_on_ui_thread(interval_s=0.05)
    assert ui_collector_installed() and not gc.isenabled()
    assert collect_on_ui_thread() is collector  # installed once
    gc.collect()
    node = _Node()
    gone = weakref.ref(node)
    del node
    # Past the generation-0 threshold with nothing else running: nothing is collected
    # until the UI timer fires (an automatic collector would have freed it by now).
    keep = [[] for _ in range(gc.get_threshold()[0] * 2)]
    assert gone() is not None
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    del keep
