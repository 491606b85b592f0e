"""The risk heatmap dock on the real engine and the first-launch paper account."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core import LimitUsage, OrderType, RiskLimits, Side, TradingState
from desktop.core.risk_book import BETA_SHOCK, WORST_MOVE
from tests.widgets.monitor_helpers import panel, paper_account, place
from widgets.risk.colors import AMBER, GOOD, HOT
from widgets.risk.heatmap import ASSET_ROLE
from widgets.risk.limits_view import gauge_color
from widgets.risk.stress_view import BAR_ROLE, COL_BOOK, COL_SCENARIO
from widgets.risk_controls import KILL_SWITCH_ACTION


def _open_risk(window, qtbot):
    window.actions.action("view.show_risk").trigger()
    dock = window.docks.dock("risk")
    assert dock is not None and dock.isVisible()
    dock.setFloating(True)
    dock.resize(1200, 800)
    return dock.widget()


def test_dock_shows_the_paper_book_and_a_click_focuses_chart_and_positions(
        window, aio, qtbot):
    client = window.ctx.client
    account = paper_account(aio, client)
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.03)
    place(aio, client, account, "SOL/USDT", Side.BUY, OrderType.MARKET, 10)
    assert window.actions.action("view.show_risk").shortcut().toString() == "Ctrl+Shift+R"
    risk = _open_risk(window, qtbot)
    qtbot.waitUntil(lambda: risk.book is not None and len(risk.book.assets) == 2,
                    timeout=20_000)
    book = risk.book
    assert risk.account_id() == account

    # The heatmap: one row per held asset, real numbers in every metric, tinted cells.
    view = risk.heatmap_view
    model = view.model()
    assert model.rowCount() == 2
    symbols = {model.index(r, 0).data() for r in range(2)}
    assert symbols == {"BTC/USDT", "SOL/USDT"}
    for r in range(2):
        asset = model.index(r, 0).data(ASSET_ROLE)
        texts = [model.index(r, c).data() for c in range(1, model.columnCount())]
        assert "—" not in texts[:5], texts  # exposure, VaR, vol, beta, drawdown
        exposure = float(texts[0].rstrip("%").replace(",", "."))
        assert exposure == pytest.approx(asset.value / book.equity * 100, abs=0.06)
    tinted = [model.index(r, 2).data(Qt.ItemDataRole.BackgroundRole) for r in range(2)]
    assert any(c is not None for c in tinted)
    assert book.var > 0
    assert "VaR" in risk.summary.text() and "USDT" in risk.summary.text()

    # Correlation: both assets, unit diagonal, BTC and SOL move together in the demo.
    corr = risk.correlation.model()
    assert corr.rowCount() == 2
    assert corr.index(0, 0).data() in ("1.00", "1,00")
    assert 0 < book.correlation[0][1] < 1

    # Stress: worst moves and BTC shocks, with bars in the book column.
    stress = risk.stress
    titles = [stress.index(r, COL_SCENARIO).data() for r in range(stress.rowCount())]
    assert any(t.startswith("Worst day of BTC") for t in titles)
    assert any(t.startswith("BTC -20%") for t in titles)
    kinds = {s.kind for s in stress.rows}
    assert {WORST_MOVE, BETA_SHOCK} <= kinds
    fraction, value = stress.index(0, COL_BOOK).data(BAR_ROLE)
    assert 0 < fraction <= 1 and math.isfinite(value)

    # Live: the dock asks again by itself.
    before = risk.refreshes
    qtbot.waitUntil(lambda: risk.refreshes > before, timeout=10_000)

    # A click on SOL: the focused chart shows it and the positions monitor selects it.
    row = next(r for r in range(2) if model.index(r, 0).data() == "SOL/USDT")
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chart = window.ctx.active_chart
    qtbot.waitUntil(lambda: chart.symbol == "SOL/USDT", timeout=5000)
    positions = panel(window, "positions")
    assert window.docks.dock("positions").isVisible()
    qtbot.waitUntil(lambda: [p.symbol for p in positions.selected_records()] == ["SOL/USDT"],
                    timeout=5000)


def test_dock_with_nothing_held_says_so_and_shows_the_markets(window, aio, qtbot):
    paper_account(aio, window.ctx.client)
    risk = _open_risk(window, qtbot)
    qtbot.waitUntil(lambda: risk.book is not None, timeout=20_000)
    assert risk.heatmap_view.isHidden()
    assert "holds nothing" in risk.empty.text()
    assert risk.correlation.model().rowCount() == 6
    # Window and level are the dock's to choose, and survive a restart in its config.
    risk.window.setCurrentIndex(risk.window.findData(7))
    risk.level.setCurrentIndex(risk.level.findData(0.95))
    qtbot.waitUntil(lambda: risk.book is not None and risk.book.window_days == 7
                    and risk.book.level == 0.95, timeout=20_000)
    assert risk.config()["window"] == 7 and risk.config()["level"] == 0.95


def test_gauges_turn_amber_then_red_as_a_limit_nears():
    assert gauge_color(0.5, True) == GOOD[True]
    assert gauge_color(0.75, True) == AMBER[True]
    assert gauge_color(0.89, False) == AMBER[False]
    assert gauge_color(0.9, True) == HOT[True]
    assert gauge_color(1.4, False) == HOT[False]
    assert LimitUsage("max_open_orders", 3, 4, "orders").fraction == 0.75


def test_limits_state_and_kill_switch_of_the_paper_account(window, aio, qtbot):
    client = window.ctx.client
    account = paper_account(aio, client)
    aio.run(client.risk_set_limits(account, RiskLimits(max_gross_exposure_pct=50.0,
                                                        max_open_orders=4)))
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.05)
    risk = _open_risk(window, qtbot)
    qtbot.waitUntil(lambda: len(risk.gauges.gauges) == 2 and risk.book is not None
                    and len(risk.book.assets) == 1, timeout=20_000)
    gauges = {g.usage.limit: g for g in risk.gauges.gauges}
    gross = gauges["max_gross_exposure_pct"]
    # The guard's own number: BTC's value over equity, against the 50 % allowed.
    assert gross.usage.allowed == 50.0
    assert gross.usage.used == pytest.approx(risk.book.assets[0].exposure_pct, rel=0.02)
    assert gross.color() == gauge_color(gross.usage.used / 50.0, window.ctx.dark)
    assert "orders" in gauges["max_open_orders"].toolTip()
    assert risk.state.text() == "Trading active"

    # A state set elsewhere reaches the dock through the engine's event.
    aio.run(client.risk_set_state(account, TradingState.HALTED, "Desk review"))
    qtbot.waitUntil(lambda: risk.state.text().startswith("Trading halted"), timeout=5000)
    assert "Desk review" in risk.state.text() and "until you resume it" in risk.state.text()
    aio.run(client.risk_resume(account))
    qtbot.waitUntil(lambda: risk.state.text() == "Trading active", timeout=5000)

    # The button runs the registry's kill switch command: its confirmation dialog opens.
    assert risk.kill.text() == window.actions.action(KILL_SWITCH_ACTION).text()
    fired = []
    window.actions.action(KILL_SWITCH_ACTION).triggered.connect(lambda *_: fired.append(1))
    risk.kill.click()
    assert fired == [1]
    qtbot.waitUntil(lambda: window.findChild(QDialog, "killSwitchDialog") is not None,
                    timeout=5000)
    window.findChild(QDialog, "killSwitchDialog").reject()
