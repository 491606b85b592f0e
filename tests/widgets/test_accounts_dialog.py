"""File > Accounts… in the real window, on the real engine, a real Secret Service and the local
Binance server: add an account through the form, test it, connect it, remove it — and find its
secret nowhere: not in the database file, not in the logs, not in the settings file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop.core import LogEvent
from desktop.engine.loop_thread import LoopThread
from desktop.secrets import SERVICE
from desktop.shell.log_bridge import BridgeLogHandler
from desktop.venues.ccxt_catalog import exchange_catalog
from tests.engine.test_accounts import local_config
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.server import BinanceTestServer
from tests.secret_service import secret_service_env
from widgets.accounts_dialog import AccountsDialog

TIMEOUT_MS = 15_000


@pytest.fixture(autouse=True)
def database(tmp_path, monkeypatch) -> Path:
    """Set before the engine starts (autouse fixtures come first): a fresh database file."""
    path = tmp_path / "pregao.db"
    monkeypatch.setenv("PREGAO_DATABASE_URL", f"sqlite:///{path}")
    return path


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    with secret_service_env(monkeypatch, tmp_path / "keyring") as session:
        yield session


@pytest.fixture
def exchange() -> Iterator[BinanceTestServer]:
    thread = LoopThread("exchange")
    thread.start()
    server = BinanceTestServer()
    thread.submit(server.start()).result(10)
    yield server
    thread.submit(server.stop()).result(10)
    thread.stop()


@pytest.fixture
def dialog(qtbot, secret_service, exchange, window, runtime) -> AccountsDialog:
    runtime.engine.accounts.config_for = lambda target: local_config(exchange, target)
    window.actions.trigger("accounts.open")
    d = window.findChild(AccountsDialog)
    assert d is not None and d.isVisible()
    qtbot.waitUntil(lambda: d.loaded, timeout=TIMEOUT_MS)
    return d


def rows(d: AccountsDialog) -> list[tuple[str, ...]]:
    return [tuple(d.table.item(r, c).text() for c in range(d.table.columnCount()))
            for r in range(d.table.rowCount())]


def open_form(qtbot, d: AccountsDialog, exchange_id: str = "binance", label: str = "Main",
              key: str = API_KEY, secret: str = API_SECRET):
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    form = d.form
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.search, exchange_id)
    assert form.select_exchange(exchange_id)
    qtbot.keyClicks(form.label, label)
    qtbot.keyClicks(form.api_key, key)
    qtbot.keyClicks(form.secret, secret)
    return form


def test_add_test_connect_remove_and_the_secret_is_nowhere(
        qtbot, dialog, window, bridge, settings, secret_service, database, caplog):
    app_log: list[str] = []
    handler = BridgeLogHandler(bridge)  # the app's own log path (the log panel reads it)
    logging.getLogger().addHandler(handler)
    unsubscribe = bridge.subscribe(LogEvent, lambda e: app_log.append(e.message))
    caplog.set_level(logging.DEBUG)
    try:
        d = dialog
        assert rows(d) == [("Paper", "Paper trading (demo market)", "", "", "Connected")]

        form = open_form(qtbot, d)
        # Every ccxt exchange is offered, plus paper trading.
        assert form.model.rowCount() == len(exchange_catalog()) + 1
        assert form.secret.echoMode() == QLineEdit.EchoMode.Password
        form.show_keys.setChecked(True)
        assert form.secret.echoMode() == QLineEdit.EchoMode.Normal
        form.show_keys.setChecked(False)
        assert form.sandbox.isEnabled()  # Binance has a testnet
        assert not form.passphrase.isEnabled()  # and signs without a passphrase

        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "USDT 10,000" in form.test_result.text(), timeout=TIMEOUT_MS)
        assert "BTC 1" in form.test_result.text() and "ETH 10" in form.test_result.text()

        form.save_button.click()
        qtbot.waitUntil(lambda: len(rows(d)) == 2, timeout=TIMEOUT_MS)
        hint = f"{API_KEY[:4]}…{API_KEY[-4:]}"
        assert rows(d)[1] == ("Main", "Binance", "", hint, "Disconnected")

        d.select("Main")
        qtbot.mouseClick(d.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: rows(d)[1][-1] == "Connected", timeout=TIMEOUT_MS)
        assert d.disconnect_button.isEnabled() and not d.connect_button.isEnabled()

        d.select("Main")
        qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
        assert d.confirm is not None and d.confirm.isVisible()
        qtbot.mouseClick(d.confirm.button(QMessageBox.StandardButton.Yes),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: [r[0] for r in rows(d)] == ["Paper"], timeout=TIMEOUT_MS)
        assert secret_service.items(SERVICE) == []
        assert d.error.text() == ""

        window.close()  # saves the layout and settings, as quitting does
        settings.sync()
        qtbot.waitUntil(lambda: any("Removed account" in m for m in app_log), timeout=5000)
    finally:
        unsubscribe()
        logging.getLogger().removeHandler(handler)

    files = [Path(settings.fileName()), *database.parent.glob("pregao.db*")]
    assert Path(settings.fileName()).exists() and database.exists()
    assert any("Added account 'Main'" in m for m in app_log)
    for secret in (API_SECRET, API_KEY):
        for path in files:
            assert secret.encode() not in path.read_bytes(), f"{path.name} holds a secret"
        assert secret not in caplog.text
        assert not [m for m in app_log if secret in m]


def test_a_wrong_secret_shows_the_exchange_sentence_next_to_test(qtbot, dialog):
    form = open_form(qtbot, dialog, secret="not-the-secret-000000")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "signature" in form.test_result.text(), timeout=TIMEOUT_MS)
    assert form.test_result.text() == ("Binance rejected the request signature: check the API "
                                       "secret in File > Accounts….")
    assert form.test_result.property("role") == "error"
    form.reject()


def test_bad_fields_are_named_next_to_the_field(qtbot, dialog):
    form = open_form(qtbot, dialog, label="", key="")
    form.save_button.click()
    qtbot.waitUntil(lambda: form.errors["label"].text() != "", timeout=TIMEOUT_MS)
    assert form.errors["label"].text() == "Give the account a name."
    qtbot.keyClicks(form.label, "Paper")
    form.save_button.click()
    qtbot.waitUntil(lambda: "already exists" in form.errors["label"].text(), timeout=TIMEOUT_MS)
    form.label.clear()
    qtbot.keyClicks(form.label, "Main")
    form.save_button.click()
    qtbot.waitUntil(lambda: form.errors["api_key"].text() != "", timeout=TIMEOUT_MS)
    assert form.errors["api_key"].text() == "Enter the API key Binance gave you."
    assert form.isVisible() and len(rows(dialog)) == 1


def test_without_a_keyring_the_form_says_so_and_nothing_is_saved(
        qtbot, dialog, monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    form = open_form(qtbot, dialog)
    form.save_button.click()
    qtbot.waitUntil(lambda: form.error.text() != "", timeout=TIMEOUT_MS)
    assert form.error.text() == (
        "No system keyring is available: install and unlock GNOME Keyring or KWallet (Secret "
        "Service), then restart Pregão. Your API keys were not saved.")
    assert form.isVisible()
    dialog.refresh()
    qtbot.wait(100)
    assert [r[0] for r in rows(dialog)] == ["Paper"]


def test_loading_note_clears_and_a_live_account_has_no_price_source(qtbot, dialog):
    from widgets.account_form import PAPER_EXCHANGE

    exchanges, dialog.exchanges = dialog.exchanges, []  # as if the list had not come yet
    dialog.add()
    assert "still loading" in dialog.error.text()
    dialog.refresh()  # the list arrives: the note goes
    qtbot.waitUntil(lambda: dialog.exchanges != [] and dialog.error.text() == "",
                    timeout=TIMEOUT_MS)
    assert {e.id for e in dialog.exchanges} == {e.id for e in exchanges}
    form = open_form(qtbot, dialog)
    assert not form._form.isRowVisible(form._price_source_row)  # a live account
    form.search.clear()
    assert form.select_exchange(PAPER_EXCHANGE)
    assert form._form.isRowVisible(form._price_source_row) and form.price_source.isEnabled()
    form.reject()


def test_the_accounts_show_before_the_list_of_exchanges(qtbot, window, monkeypatch):
    shown = []
    show = AccountsDialog._show

    def recording(self, accounts):
        shown.append((len(accounts), bool(self.exchanges)))
        show(self, accounts)

    monkeypatch.setattr(AccountsDialog, "_show", recording)
    window.actions.trigger("accounts.open")
    d = window.findChild(AccountsDialog)
    qtbot.waitUntil(lambda: d.loaded, timeout=TIMEOUT_MS)
    assert shown[0] == (1, False)  # the paper account, before ccxt's list of exchanges
    names = {e.id: e.name for e in d.exchanges}
    assert rows(d)[0][1] == names[d.accounts[0].exchange]  # then named by that list
