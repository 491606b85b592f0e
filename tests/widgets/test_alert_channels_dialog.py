"""Tools > Alert channels… in the real window on the real engine and a real Secret Service:
a wrong field is named where it was typed; a webhook URL is saved to the keyring only and
"Send test" reaches the local server; a toast sent through the engine shows in the window;
a failing channel shows in the status bar and in the dialog's list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.alert_delivery import AlertChannelHealthEvent, ChannelHealth
from tests.alerts.chat_server import WEBHOOK_PATH, ChatServer
from tests.secret_service import secret_service_env
from widgets.alert_channels import ChannelsDialog
from widgets.alert_channels.toast import Toast

TIMEOUT_MS = 15_000


@pytest.fixture(autouse=True)
def database(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "pregao.db"
    monkeypatch.setenv("PREGAO_DATABASE_URL", f"sqlite:///{path}")
    return path


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    with secret_service_env(monkeypatch, tmp_path / "keyring") as session:
        yield session


@pytest.fixture
def chat():
    server = ChatServer().start()
    yield server
    server.stop()


def _select(d: ChannelsDialog, channel: str) -> None:
    d.list.setCurrentRow([d.list.item(i).data(Qt.ItemDataRole.UserRole)
                          for i in range(d.list.count())].index(channel))


def test_channels_are_set_up_tested_and_failing_ones_shown(
        qtbot, secret_service, chat, window, runtime, database):
    window.actions.trigger("alerts.channels")
    d = window.findChild(ChannelsDialog)
    assert d is not None and d.isVisible()
    assert window.actions.action("alerts.channels").shortcut().toString() == "Ctrl+Alt+N"

    # a wrong field is named where it was typed
    _select(d, "telegram")
    d.save_button.click()
    qtbot.waitUntil(lambda: d.result.text() == "This field is required.", timeout=TIMEOUT_MS)
    assert d.focusWidget() is d.page["telegram"].fields["chat_id"]

    # the webhook URL goes to the keyring, the test message reaches the server
    _select(d, "webhook")
    page = d.page["webhook"]
    url = chat.url + WEBHOOK_PATH
    qtbot.keyClicks(page.secret, url)
    d.test_button.click()
    qtbot.waitUntil(lambda: d.result.text().startswith("Sent:"), timeout=TIMEOUT_MS)
    assert chat.texts("webhook") == ["Pregão test alert"]
    d.save_button.click()
    qtbot.waitUntil(lambda: d.result.text() == "Saved.", timeout=TIMEOUT_MS)
    assert page.secret.text() == "" and "keyring" in page.secret.placeholderText()
    stored = {a["username"]: s for a, s in secret_service.items("Pregao")}
    assert stored["alert-channel:webhook"] == url
    blob = b"".join(p.read_bytes() for p in database.parent.glob("pregao.db*"))
    assert WEBHOOK_PATH.encode() not in blob

    # a toast sent through the engine shows in the window
    _select(d, "toast")
    d.test_button.click()
    qtbot.waitUntil(lambda: any(t.isVisible() for t in window.findChildren(Toast)),
                    timeout=TIMEOUT_MS)
    toast = next(t for t in window.findChildren(Toast) if t.isVisible())
    assert toast.title.text() == "Pregão test alert"

    # a channel that keeps failing is shown as failing
    runtime.bus.publish(AlertChannelHealthEvent(ChannelHealth(
        "telegram", True, "Telegram answered 401: Unauthorized", 3)))
    indicator = window.ctx.alert_notifier.indicator
    qtbot.waitUntil(indicator.isVisible, timeout=TIMEOUT_MS)
    assert indicator.text() == "Alerts failing: Telegram"
    assert "401" in indicator.toolTip()
    action = window.actions.action("alerts.channels")  # in menus and the alert center's bar
    assert action.text() == "Alert channels (failing: Telegram)…"
    assert d.list.item(5).text() == "Telegram — failing"
    assert d.page["telegram"].health.text() == "Failing: Telegram answered 401: Unauthorized"
    d.close()
    indicator.click()  # opens the settings
    qtbot.waitUntil(d.isVisible, timeout=TIMEOUT_MS)
    # fixed: a test message that gets through clears the failing mark
    _select(d, "telegram")
    from tests.alerts.chat_server import TELEGRAM_TOKEN

    d.page["telegram"].fields["chat_id"].setText("42")
    d.page["telegram"].fields["api_url"].setText(chat.url)
    qtbot.keyClicks(d.page["telegram"].secret, TELEGRAM_TOKEN)
    d.test_button.click()
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=TIMEOUT_MS)
    assert d.list.item(5).text() == "Telegram"
    assert action.text() == "Alert channels…"
    assert chat.texts("telegram") == ["Pregão test alert\nIf you can read this, alerts reach "
                                      "you here."]
