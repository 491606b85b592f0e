"""Alerts by email over SMTP (stdlib smtplib, run on a worker thread: it blocks).

Security "starttls" (port 587, the default), "ssl" (port 465) or "none" (a local relay). The
Message-ID is derived from the delivery's key, so a mail client that collapses duplicates by
Message-ID would show a repeat once; the outbox still never repeats an email it may have sent.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate

from desktop.alerts.delivery.outbox import Outgoing
from desktop.alerts.delivery.policy import DeliveryError
from desktop.core.alert_delivery import EMAIL

TIMEOUT_S = 20.0
SECURITY = ("starttls", "ssl", "none")


@dataclass(slots=True)
class EmailChannel:
    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    username: str = ""
    password: str = field(default="", repr=False)
    security: str = "starttls"
    name: str = EMAIL

    async def send(self, message: Outgoing) -> str:
        await asyncio.to_thread(self._send_blocking, message)
        return ""

    def _build(self, message: Outgoing) -> EmailMessage:
        mail = EmailMessage()
        mail["Subject"] = message.title
        mail["From"] = self.sender
        mail["To"] = ", ".join(self.recipients)
        mail["Date"] = formatdate(localtime=False)
        mail["Message-ID"] = f"<{message.key}@pregao.alerts>"
        mail["X-Pregao-Severity"] = message.severity
        mail.set_content(message.body or message.title)
        return mail

    def _send_blocking(self, message: Outgoing) -> None:
        mail = self._build(message)
        try:
            if self.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=TIMEOUT_S,
                    context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=TIMEOUT_S)
            with client:
                if self.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if self.username:
                    client.login(self.username, self.password)
                client.send_message(mail)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"The mail server refused the login ({exc.smtp_code})",
                                permanent=True) from None
        except smtplib.SMTPRecipientsRefused:
            raise DeliveryError("The mail server refused the recipient address",
                                permanent=True) from None
        except smtplib.SMTPNotSupportedError:
            raise DeliveryError("The mail server does not offer STARTTLS: choose another "
                                "security setting", permanent=True) from None
        except smtplib.SMTPResponseException as exc:
            permanent = 500 <= exc.smtp_code < 600
            raise DeliveryError(f"The mail server answered {exc.smtp_code}",
                                permanent=permanent) from None
        except (smtplib.SMTPException, OSError) as exc:
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            raise DeliveryError(f"The mail server {self.host}:{self.port} could not be "
                                f"reached ({reason})") from None
