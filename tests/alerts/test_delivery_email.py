"""Alerts by email to a real SMTP server (aiosmtpd on localhost) that requires a login: the
password comes from the Secret Service; a wrong one fails at once with the reason."""

from __future__ import annotations

import asyncio
import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from desktop.alerts.delivery.service import DeliveryService
from desktop.core.alert_delivery import EMAIL, FAILED, SENT, ChannelDraft
from desktop.secrets import SecretStore
from tests.alerts.delivery_helpers import Events, message, migrated_database, wait_final

PASSWORD = "smtp-pass-Kx81-secret"


class Inbox:
    def __init__(self) -> None:
        self.mails: list = []

    async def handle_DATA(self, server, session, envelope):
        self.mails.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


def _authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"trader" \
        and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # False: the server answers 535 itself


@pytest.fixture
def smtp(recwarn):  # aiosmtpd warns that AUTH without TLS is unsafe: it is localhost
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, auth_required=True,
                            auth_require_tls=False, authenticator=_authenticate)
    controller.start()
    yield inbox, port
    controller.stop()


def _draft(port: int, password: str) -> ChannelDraft:
    return ChannelDraft(EMAIL, True, {"host": "127.0.0.1", "port": str(port),
                                      "security": "none", "username": "trader",
                                      "sender": "pregao@example.org",
                                      "recipients": "me@example.org, desk@example.org"},
                        password)


def test_the_alert_arrives_by_email_with_the_password_from_the_keyring(
        tmp_path, smtp, secret_service):
    inbox, port = smtp

    async def run():
        service = DeliveryService(Events(), SecretStore())
        await service.start(migrated_database(tmp_path))
        await service.save_channel(_draft(port, PASSWORD))
        service.submit(message(7, (EMAIL,), severity="critical"))
        statuses = await wait_final(service, 1)
        await service.stop()
        return statuses

    (status,) = asyncio.run(run())
    assert status.state == SENT
    ((rcpt, mail),) = inbox.mails
    assert rcpt == ["me@example.org", "desk@example.org"]
    assert mail["Subject"] == "BTC/USDT crossed 80007"
    assert mail["Message-ID"] == "<pregao-trig-7-email@pregao.alerts>"
    assert mail["X-Pregao-Severity"] == "critical"
    assert "Price rule a7" in mail.get_payload()
    assert {a["username"]: s for a, s in secret_service.items("Pregao")}[
        "alert-channel:email"] == PASSWORD


def test_a_refused_login_fails_with_the_reason_without_the_password(
        tmp_path, smtp, secret_service):
    _inbox, port = smtp

    async def run():
        service = DeliveryService(Events(), SecretStore())
        await service.start(migrated_database(tmp_path))
        await service.save_channel(_draft(port, "not-the-password"))
        service.submit(message(8, (EMAIL,)))
        statuses = await wait_final(service, 1)
        await service.stop()
        return statuses

    (status,) = asyncio.run(run())
    assert status.state == FAILED
    assert status.last_error == "The mail server refused the login (535)"
