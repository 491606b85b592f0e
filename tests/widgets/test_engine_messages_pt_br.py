"""One language at a time: what the engine says (here the risk guard's refusal, made on the
engine thread with no Qt) reaches the order entry in Brazilian Portuguese, its numbers written
the Portuguese way, while the journal keeps the English sentence."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtTest import QTest

from desktop.core import RiskLimits, Side
from desktop.core.messages import Message
from tests.widgets.test_order_entry import ready, wait_result


@pytest.fixture
def pt_br(qapp):
    from desktop.shell.i18n import install_translators

    previous = QLocale()
    assert install_translators(qapp, "pt_BR") == "pt_BR"
    yield
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
    QLocale.setDefault(previous)


def test_a_risk_refusal_reaches_the_order_entry_in_portuguese(pt_br, qtbot, window, aio):
    panel = ready(qtbot, window)
    client = window.ctx.client
    aio.run(client.risk_set_limits(panel.account_id, RiskLimits(max_order_notional=100.0)))
    panel.form.set_side(Side.BUY)
    QTest.keyClicks(panel.form.amount, "0.1")  # thousands of USDT: a grouped number
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    text = wait_result(qtbot, panel, "O valor da ordem")
    assert re.fullmatch(r"O valor da ordem, \d{1,3}\.\d{3},\d\d USDT, está acima do valor "
                        r"máximo por ordem de 100,00 USDT", text), text
    # The journal keeps the English sentence (and the log writes it), yet the order read back
    # from it (the order history after a restart) still reads in Portuguese.
    from desktop.shell.messages import tr_message

    orders = aio.run(client.trade_orders(panel.account_id))
    rejected = [o for o in orders if o.reason_code == "max_order_notional"]
    assert rejected and re.fullmatch(
        r"Order value \d{1,3},\d{3}\.\d\d USDT is above the max order notional of "
        r"100\.00 USDT", str(rejected[-1].reason))
    assert tr_message(rejected[-1].reason) == text


def test_a_message_is_english_text_that_pickles_and_translates_later(pt_br):
    import pickle

    from desktop.shell.messages import tr_message

    msg = Message("RiskGuard", "{count} orders are open already, {limit} allowed; cancel one "
                  "first", kwargs={"count": 3475, "limit": 3000})
    assert msg == "3475 orders are open already, 3000 allowed; cancel one first"
    copy = pickle.loads(pickle.dumps(msg))
    assert isinstance(copy, Message) and copy.kwargs == msg.kwargs
    assert tr_message(copy) == "Já há 3475 ordens abertas, 3000 permitidas; cancele uma antes"
    assert tr_message("a venue's own words") == "a venue's own words"


def test_an_exchange_ban_and_a_paper_refusal_read_in_portuguese(pt_br):
    import ccxt

    from desktop.core import Market, OrderRequest, OrderType
    from desktop.core.errors import InvalidOrder
    from desktop.shell.messages import tr_message
    from desktop.venues.ccxt_errors import translate
    from desktop.venues.paper.validation import check_request

    ban = translate(ccxt.DDoSProtection("binance 418 I'm a teapot"), exchange="Binance",
                    venue="binance", now_ms=1_800_000_000_000, headers={"Retry-After": "120"})
    assert str(ban).startswith("Binance has banned this IP address")
    assert tr_message(ban).startswith("Binance bloqueou este endereço IP por excesso de "
                                      "requisições; nenhuma requisição será enviada até ")
    market = Market("BTC/USDT", "BTC", "USDT", price_tick=0.01, amount_step=0.00001,
                    min_amount=0.00001, min_notional=5.0)
    with pytest.raises(InvalidOrder) as refused:
        check_request(market, OrderRequest("BTC/USDT", Side.BUY, OrderType.LIMIT, 0.0001,
                                           price=1_000.0), 80_146.29, "paper")
    assert tr_message(refused.value) == ("O valor da ordem, 0,10 USDT, está abaixo do mínimo "
                                         "de 5,00 USDT")


def test_built_in_strategies_read_in_portuguese(pt_br, window, aio):
    """Names, descriptions and parameter labels of the built-in strategies (plain English in
    strategies/, which imports nothing of the app) are translated in the backtest form."""
    from PySide6.QtWidgets import QLabel

    dock = window.docks.open_panel("backtest")
    dock.show()
    panel = dock.widget()
    aio.run(panel.wait_loaded(), 30)
    setup = panel.setup
    index = setup.strategy.findData("sma_cross")
    assert setup.strategy.itemText(index) == "Cruzamento de SMA"
    setup.strategy.setCurrentIndex(index)
    assert setup.strategy_doc.text().startswith("Cruzamento de médias móveis simples (SMA), só "
                                                "comprado.")
    labels = {w.text() for w in setup.params.findChildren(QLabel)}
    assert {"SMA rápida", "SMA lenta"} <= labels


def test_a_bad_row_of_a_data_file_reads_in_portuguese(pt_br, tmp_path):
    """The first bad row of a candle file (found in Qt-free code, per row) is named in the
    UI's language with its numbers written the Portuguese way; `str(err)` stays English."""
    from desktop.core import DataFileError
    from desktop.data.candle_files import load_candles
    from desktop.shell.messages import tr_message

    path = tmp_path / "BTC-USDT_1m.csv"
    path.write_text("timestamp,open,high,low,close,volume\n"
                    "1515560000000,100,101,99,100,1\n"
                    "1515560060000,100,98.5,99,100,1\n")
    with pytest.raises(DataFileError) as bad:
        load_candles(path)
    assert str(bad.value) == f"{path} (row 3): high 98.5 is below low 99.0"
    assert tr_message(bad.value) == f"{path} (linha 3): a máxima 98,5 está abaixo da mínima 99,0"


def test_a_strategy_refusing_its_parameters_reads_in_portuguese(pt_br):
    """ParameterError (strategies import nothing of the app) keeps its template and values
    apart; the built-in sentences read translated, a user strategy's own words as written."""
    from desktop.core.strategy_messages import parameter_message
    from desktop.shell.messages import tr_message
    from strategies.base import Param, ParameterError, Strategy
    from strategies.builtin.sma_cross import SmaCross

    with pytest.raises(ParameterError) as crossed:
        SmaCross(fast=50, slow=10)
    assert str(crossed.value) == "fast (50) must be below slow (10)"
    assert tr_message(parameter_message(crossed.value)) == ("a rápida (50) deve ser menor que "
                                                            "a lenta (10)")

    class Mine(Strategy):
        id = "mine"
        band = Param(0.5, low=0.1, high=2.0)

        def validate(self) -> None:
            if self.band > 1.5:
                raise ParameterError("my band is too wide for this market")

    with pytest.raises(ParameterError) as low:
        Mine(band=0.05)
    assert tr_message(parameter_message(low.value)) == ("o parâmetro 'band' deve ser >= 0,1, "
                                                        "recebido 0,05")
    with pytest.raises(ParameterError) as own:
        Mine(band=1.75)
    assert tr_message(parameter_message(own.value)) == "my band is too wide for this market"


def test_the_audit_trail_reads_in_portuguese_in_the_log_panel_and_english_in_the_file(
        pt_br, qtbot, window, aio):
    import logging

    from desktop.core import OrderRequest, OrderType
    from desktop.shell.log_bridge import BridgeLogHandler

    panel = ready(qtbot, window)
    log_panel = window.docks.dock("log").widget()
    written: list[str] = []  # what a file handler writes: the English sentence

    class FileLike(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            written.append(self.format(record))

    audit = logging.getLogger("pregao.audit")
    handlers = [BridgeLogHandler(window.ctx.bridge), FileLike()]
    for h in handlers:
        audit.addHandler(h)
    audit.setLevel(logging.INFO)
    try:
        aio.run(window.ctx.client.trade_place(panel.account_id, OrderRequest(
            "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01, origin="hotkey")))

        def lines() -> list[str]:
            return [log_panel.proxy.index(r, 3).data() for r in range(log_panel.proxy.rowCount())]

        def logged(*words: str) -> bool:
            return any(all(w in line for w in words) for line in lines())

        qtbot.waitUntil(lambda: logged("Execução: compra 0,01 BTC/USDT a ")
                        and logged("Ordem executada: compra 0,01 BTC/USDT a mercado",
                                   "por atalho de teclado", "conta "), timeout=10_000)
        assert not logged("Order filled")
        assert any(line.startswith("Order filled: buy 0.01 BTC/USDT market")
                   and "by hotkey" in line for line in written)
        assert any(line.startswith("Fill: buy 0.01 BTC/USDT at") for line in written)
        # The search finds a line by its shown words and by its English ones.
        log_panel.search.setText("atalho de teclado")
        assert log_panel.proxy.rowCount() >= 1
        log_panel.search.setText("by hotkey")
        assert log_panel.proxy.rowCount() >= 1
    finally:
        for h in handlers:
            audit.removeHandler(h)
        audit.setLevel(logging.NOTSET)
