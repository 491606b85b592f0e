"""Help: the first-start tour, the keyboard cheat sheet from the action registry, About with
the versions; the first start is noticed (issue 11, point 5)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

from desktop.shell.help_dialogs import AboutDialog, CheatSheet, cheat_sheet_rows
from desktop.shell.help_menu import menu_titles
from desktop.shell.tour import DONE_KEY


def test_first_start_is_noticed_and_a_saved_layout_is_not(make_window):
    first = make_window()
    assert first.first_start
    first.close()
    assert not make_window().first_start


def test_tour_points_at_each_part_and_can_be_skipped_and_reopened(qtbot, window, settings):
    qtbot.waitUntil(lambda: window.first_frame.finished, timeout=20_000)
    window.actions.trigger("help.tour")
    tour = window.tour
    assert tour.running and 5 <= len(tour.steps) <= 7
    expected = [window.docks.dock(name)
                for name in ("chart-1", "watchlist", "order_entry", "open_orders")]
    for index, target in enumerate(expected):
        tour.show_step(index)
        rect = tour.target_rect()
        assert rect is not None and rect.size() == target.size()
        # The bubble does not cover the part it explains.
        assert not tour.bubble.geometry().intersects(rect) or rect.width() > 1000
    for index in (4, 5):  # command palette and settings: their toolbar buttons
        tour.show_step(index)
        assert tour.target_rect() is not None
    assert "Ctrl+K" in tour.steps[4].text
    tour.show_step(2)
    tour.bubble.skip.click()
    assert not tour.running and settings.value(DONE_KEY, type=bool)
    window.actions.trigger("help.tour")  # reopened from Help
    assert tour.running and tour.index == 0
    for _ in tour.steps:
        tour.bubble.next.click()
    assert not tour.running


def test_tour_starts_by_itself_only_on_a_first_start(qtbot, make_window, settings):
    first = make_window()
    first.tour_on_first_start = True
    qtbot.waitUntil(lambda: first.tour.running, timeout=20_000)
    first.tour.stop()
    first.close()
    second = make_window()
    second.tour_on_first_start = True
    qtbot.waitUntil(lambda: second.first_frame.finished, timeout=20_000)
    assert not second.tour.running


def test_cheat_sheet_comes_from_the_registry_and_follows_rebinding(qtbot, window):
    rows = cheat_sheet_rows(window.actions, menu_titles(window))
    labels = {label: key for _section, label, key in rows}
    assert labels["Command palette…"] == "Ctrl+K"
    assert labels["Keyboard cheat sheet"] == "Ctrl+F1"
    with_keys = [c for c in window.actions.commands() if not c.action.shortcut().isEmpty()]
    assert len(rows) == len(with_keys)
    sections = [s for s, _l, _k in rows]
    assert sections.index("File") < sections.index("View") < sections.index("Help")
    window.actions.set_shortcut("view.palette", "Ctrl+Alt+P")
    sheet = CheatSheet(window.actions, menu_titles(window), window)
    qtbot.addWidget(sheet)
    shown = {sheet.table.item(r, 0).text(): sheet.table.item(r, 1)
             for r in range(sheet.table.rowCount())}
    assert shown["Command palette…"].text() == "Ctrl+Alt+P"


def test_about_names_the_versions_without_importing_ccxt(qtbot, window):
    about = AboutDialog("/data", "/data/logs/pregao.log", window)
    qtbot.addWidget(about)
    labels = {k: v.text() for k, v in about.version_labels.items()}
    assert labels["ccxt"] == version("ccxt")
    assert labels["Pregão"] == version("pregao")
    assert labels["Python"] == ".".join(map(str, sys.version_info[:3]))
    assert labels["Qt"].count(".") == 2
    probe = ("import sys; from desktop.shell.help_dialogs import versions; v = dict(versions());"
             " print(v['ccxt'], 'ccxt' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == [version("ccxt"), "False"]
