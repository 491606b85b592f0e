"""The Log panel is built on first show; what was logged before then is in it all the same,
each line once, and the lines after it follow."""

from __future__ import annotations

import logging

from desktop.shell.log_bridge import BridgeLogHandler


def test_lines_logged_before_the_panel_was_built_are_shown_once(qtbot, window):
    dock = window.docks.dock("log")
    assert dock.panel is None  # a tab behind the monitors at start: not built yet
    logger = logging.getLogger("pregao.test_history")
    handler = BridgeLogHandler(window.ctx.bridge)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logger.warning("before the panel: margin call on account A")
        qtbot.waitUntil(lambda: any("margin call" in e.message
                                    for e in window.ctx.bridge.recent_logs), timeout=5000)
        panel = window.docks.show_panel("log")

        def count(words: str) -> int:
            return sum(words in (panel.proxy.index(r, 3).data() or "")
                       for r in range(panel.proxy.rowCount()))

        assert count("margin call on account A") == 1
        logger.warning("after the panel: order refused")
        qtbot.waitUntil(lambda: count("order refused") == 1, timeout=5000)
        assert count("margin call on account A") == 1
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
