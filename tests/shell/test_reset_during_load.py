"""Reset to the default layout while the panels are still loading (the order entry fetching
its accounts, the monitors their rows): the old panels are gone before their loads return,
and that is no error for the trader to read."""

from __future__ import annotations

import logging


def test_a_layout_reset_during_the_first_load_reports_no_error(qtbot, window, caplog):
    caplog.set_level(logging.INFO)
    shown: list[str] = []
    window.ctx.statusMessage.connect(lambda text, _ms: shown.append(text))
    window.actions.trigger("workspace.reset")  # the start's loads are in flight
    qtbot.wait(200)
    window.actions.trigger("workspace.reset")
    entry = window.docks.dock("order_entry").widget()
    qtbot.waitUntil(lambda: entry.first_load_done, timeout=10_000)
    qtbot.wait(500)  # the replaced panels' loads return meanwhile
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], errors
    assert not any("already deleted" in text for text in shown), shown
    assert any("ended after its window closed" in r.getMessage() for r in caplog.records)
