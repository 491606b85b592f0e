"""The Bots dock on the real engine, with real bots on the demo paper account: listed with
their state and numbers, run through the dock's commands (actions of the registry), their
parameters edited in the form generated from the strategy's declared parameters, their log
one double-click away."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from desktop.core import OrderRequest, OrderType, Side
from desktop.core.backtests import BacktestRequest
from desktop.core.bots import BotInfo, BotPosition, BotSpec, BotState
from tests.widgets.monitor_helpers import paper_account, place
from widgets.bots import BotsPanel, spec_from_backtest
from widgets.bots.dialogs import BotDialog
from widgets.bots.model import BotTableModel

TIMEOUT = 30_000


def answer_question(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        box.button(button).click()

    QTimer.singleShot(0, click)


def cell(panel: BotsPanel, bot_id: str, column: str) -> str:
    model = panel.model
    row = next(i for i, b in enumerate(model.bots) if b.id == bot_id)
    return model.index(row, BotTableModel.COLUMNS.index(column)).data()


def select(panel: BotsPanel, bot_id: str) -> None:
    proxy = panel.table.model()
    for row in range(proxy.rowCount()):
        if panel.model.bot(proxy.mapToSource(proxy.index(row, 0)).row()).id == bot_id:
            panel.table.clearSelection()
            panel.table.selectRow(row)
            return
    raise AssertionError(f"bot {bot_id} not listed")


def state_of(panel: BotsPanel, bot_id: str) -> BotState:
    return next(b.state for b in panel.model.bots if b.id == bot_id)


def test_bots_are_listed_and_run_from_the_dock(window, runtime, aio, qtbot):
    client = runtime.client
    account = paper_account(aio, client)
    sma = aio.run(client.bot_create(BotSpec("sma_cross", account, ("BTC/USDT",), "1m",
                                            params={"fast": 5, "slow": 20}, name="Fast SMA")))
    rsi = aio.run(client.bot_create(BotSpec("rsi_bollinger", account, ("ETH/USDT",), "1m")))
    window.actions.action("view.show_bots").trigger()
    panel = window.docks.dock("bots").widget()
    qtbot.waitUntil(lambda: panel.loaded and len(panel.model.bots) == 2, timeout=TIMEOUT)
    assert cell(panel, sma.id, "name") == "Fast SMA"
    assert cell(panel, sma.id, "params") == "fast=5, slow=20"
    assert cell(panel, sma.id, "account") == "Paper"
    assert cell(panel, sma.id, "symbols") == "BTC/USDT"
    assert cell(panel, sma.id, "state") == "Stopped"
    assert cell(panel, rsi.id, "position") == "Flat"
    assert cell(panel, rsi.id, "win_rate") == "—"
    assert not panel.empty.isVisible()

    select(panel, sma.id)
    window.actions.action("bots.start").trigger()
    qtbot.waitUntil(lambda: state_of(panel, sma.id) is BotState.RUNNING, timeout=TIMEOUT)
    assert cell(panel, sma.id, "state") == "Running"
    window.actions.action("bots.pause_entries").trigger()
    qtbot.waitUntil(lambda: state_of(panel, sma.id) is BotState.ENTRIES_PAUSED, timeout=TIMEOUT)
    assert cell(panel, sma.id, "state") == "Entries paused"

    # Its log is one double-click away, and follows what the bot writes.
    panel.table.doubleClicked.emit(panel.table.currentIndex())
    qtbot.waitUntil(lambda: "Entries paused" in panel.log_view.toPlainText(), timeout=TIMEOUT)
    assert "Created: sma_cross" in panel.log_view.toPlainText()

    window.actions.action("bots.stop").trigger()
    qtbot.waitUntil(lambda: state_of(panel, sma.id) is BotState.STOPPED, timeout=TIMEOUT)

    window.actions.action("bots.duplicate").trigger()
    qtbot.waitUntil(lambda: len(panel.model.bots) == 3, timeout=TIMEOUT)
    copy = next(b for b in panel.model.bots if b.id not in (sma.id, rsi.id))
    assert copy.spec.params == sma.spec.params and copy.state is BotState.STOPPED

    select(panel, copy.id)
    answer_question(QMessageBox.StandardButton.Yes)
    window.actions.action("bots.delete").trigger()
    qtbot.waitUntil(lambda: len(panel.model.bots) == 2, timeout=TIMEOUT)
    assert copy.id not in [b.id for b in aio.run(client.bot_list())]


def test_parameters_are_edited_in_the_declared_form_and_new_bots_made_there(
        window, runtime, aio, qtbot):
    client = runtime.client
    account = paper_account(aio, client)
    bot = aio.run(client.bot_create(BotSpec("sma_cross", account, ("BTC/USDT",), "1m")))
    window.actions.action("view.show_bots").trigger()
    panel = window.docks.dock("bots").widget()
    qtbot.waitUntil(lambda: len(panel.model.bots) == 1, timeout=TIMEOUT)
    select(panel, bot.id)

    window.actions.action("bots.edit").trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(panel, "dialog", None), BotDialog)
                    and panel.dialog.isVisible(), timeout=TIMEOUT)
    dialog = panel.dialog
    assert set(dialog.params.names()) >= {"fast", "slow"}
    dialog.params.editor("fast").setValue(7)
    dialog.ok.click()
    qtbot.waitUntil(lambda: cell(panel, bot.id, "params").startswith("fast=7"), timeout=TIMEOUT)
    assert aio.run(client.bot_list())[0].spec.params["fast"] == 7

    # A value outside the declared range is refused next to its field: nothing is sent.
    window.actions.action("bots.edit").trigger()
    qtbot.waitUntil(lambda: panel.dialog is not dialog and panel.dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = panel.dialog
    dialog.params.editor("fast").setValue(100_000)
    assert not dialog.ok.isEnabled() and dialog.params.errors()
    dialog.reject()

    window.actions.action("bots.new").trigger()
    qtbot.waitUntil(lambda: panel.dialog is not dialog and panel.dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = panel.dialog
    dialog.ok.click()  # no symbol yet: said where it was left out
    assert "symbol" in dialog.error.text() and dialog.isVisible()
    dialog.strategy.setCurrentIndex(dialog.strategy.findData("rsi_bollinger"))
    dialog.symbols.setText("eth/usdt")
    dialog.name.setText("Mean reversion")
    dialog.ok.click()
    qtbot.waitUntil(lambda: len(panel.model.bots) == 2, timeout=TIMEOUT)
    made = next(b for b in panel.model.bots if b.id != bot.id)
    assert (made.spec.strategy, made.spec.symbols, made.spec.name) == (
        "rsi_bollinger", ("ETH/USDT",), "Mean reversion")


def test_dust_is_shown_as_dust_beside_flat_or_a_position(qtbot):
    """A remainder below the market's smallest order: the bot trades as if flat, the row says
    so and still shows what is there."""
    spec = BotSpec(strategy="sma_cross", account_id="a", symbols=("ETH/BTC", "SOL/BTC"),
                   timeframe="1h")
    model = BotTableModel()
    dust = BotPosition("ETH/BTC", 0.004, 0.05, dust=True)
    model.reset([BotInfo(id="b1", spec=spec, state=BotState.RUNNING, positions=(dust,))])
    position = model.index(0, BotTableModel.COLUMNS.index("position"))
    assert position.data() == "Flat, dust 0.004 ETH"
    held = BotPosition("SOL/BTC", 2.0, 20.0)
    model.reset([BotInfo(id="b1", spec=spec, state=BotState.RUNNING, positions=(dust, held))])
    assert position.data() == "+2 SOL @ 20.00, dust 0.004 ETH"
    btc_quoted = BotPosition("ETH/BTC", -1.5, 0.05341234)
    model.reset([BotInfo(id="b1", spec=spec, state=BotState.RUNNING, positions=(btc_quoted,))])
    assert position.data() == "-1.5 ETH @ 0.0534123"  # not "@ 0.05"


def test_bot_positions_follow_the_locale(qtbot):
    from PySide6.QtCore import QLocale

    spec = BotSpec(strategy="sma_cross", account_id="a", symbols=("BTC/USDT",), timeframe="1h")
    model = BotTableModel()
    held = BotPosition("BTC/USDT", 0.25, 80146.29)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    try:
        model.reset([BotInfo(id="b1", spec=spec, state=BotState.RUNNING, positions=(held,))])
        position = model.index(0, BotTableModel.COLUMNS.index("position"))
        assert position.data() == "+0,25 BTC @ 80.146,29"
    finally:
        QLocale.setDefault(before)


def test_a_backtest_result_or_set_becomes_a_bot_spec():
    request = BacktestRequest(strategy="sma_cross", symbols=("BTC/USDT",), timeframe="1h",
                              sizing="pct", sizing_value=25.0)
    spec = spec_from_backtest(request, {"fast": 8, "slow": 30})
    assert (spec.strategy, spec.symbols, spec.timeframe, spec.sizing, spec.params) == (
        "sma_cross", ("BTC/USDT",), "1h", "pct=25", {"fast": 8, "slow": 30})
    assert spec_from_backtest(request, {}, ("ETH/USDT",)).symbols == ("ETH/USDT",)


def test_a_bots_trades_are_drawn_on_the_chart(window, runtime, aio, qtbot):
    client = runtime.client
    account = paper_account(aio, client)
    bot = aio.run(client.bot_create(BotSpec("sma_cross", account, ("BTC/USDT",), "1m")))
    # Two orders of the bot, through the real order manager and paper venue (the bot itself
    # trades once its candles cross, which the demo market may take minutes to do).
    place(aio, client, account, "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01)  # the trader's
    for side in (Side.BUY, Side.SELL):
        aio.run(client.trade_place(account, OrderRequest(
            "BTC/USDT", side, OrderType.MARKET, 0.01, bot_id=bot.id)))
    window.actions.action("view.show_bots").trigger()
    panel = window.docks.dock("bots").widget()
    qtbot.waitUntil(lambda: len(panel.model.bots) == 1, timeout=TIMEOUT)
    orders = aio.run(client.trade_orders(account))
    mine = {o.client_order_id for o in orders if o.bot_id == bot.id}
    fills = [f for f in aio.run(client.trade_fills(account)) if f.client_order_id in mine]
    assert len(fills) >= 2

    select(panel, bot.id)
    window.actions.action("bots.show_on_chart").trigger()
    qtbot.waitUntil(lambda: window.ctx.active_chart is not None
                    and len(window.ctx.active_chart.chart.markers()) == len(fills),
                    timeout=TIMEOUT)
    chart = window.ctx.active_chart
    assert (chart.symbol, chart.chart.timeframe()) == ("BTC/USDT", "1m")
    assert sorted(chart.chart.markers()) == sorted(
        (f.ts, f.price, f.side.value) for f in fills)  # the trader's own fill is not drawn


def test_a_backtest_result_runs_as_a_bot_from_the_backtest_dock(window, runtime, aio, qtbot,
                                                                 tmp_path):
    from tests.widgets.test_backtest_panel import choose, open_panel, run_and_wait

    runtime.engine.backtests.runs_dir = tmp_path / "runs"
    paper_account(aio, runtime.client)
    backtest = open_panel(window, aio)
    choose(backtest, "sma_cross", ["BTC/USDT"], "15m")
    backtest.setup.params.editor("fast").setValue(6)
    run_and_wait(backtest, qtbot)
    button = next(b for b in backtest.results.findChildren(QToolButton)
                  if b.defaultAction() is window.actions.action("bots.from_backtest"))
    button.click()
    panel = window.docks.dock("bots").widget()
    qtbot.waitUntil(lambda: isinstance(getattr(panel, "dialog", None), BotDialog)
                    and panel.dialog.isVisible(), timeout=TIMEOUT)
    dialog = panel.dialog
    assert dialog.strategy.currentData() == "sma_cross"
    assert dialog.symbols.text() == "BTC/USDT"
    assert dialog.timeframe.currentData() == "15m"
    assert dialog.params.values()["fast"] == 6
    dialog.ok.click()
    qtbot.waitUntil(lambda: len(panel.model.bots) == 1, timeout=TIMEOUT)
    [bot] = aio.run(runtime.client.bot_list())
    assert (bot.spec.strategy, bot.spec.symbols, bot.spec.timeframe, bot.spec.params["fast"]) \
        == ("sma_cross", ("BTC/USDT",), "15m", 6)
