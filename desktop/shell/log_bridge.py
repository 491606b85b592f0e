"""Python logging -> LogEvents on the bridge, from any thread, secrets redacted."""

from __future__ import annotations

import logging

from desktop.core.events import LogEvent
from desktop.core.messages import Message
from desktop.log_redaction import RedactingFilter
from desktop.shell.bridge import EventBridge


class BridgeLogHandler(logging.Handler):
    def __init__(self, bridge: EventBridge, level: int = logging.DEBUG) -> None:
        super().__init__(level)
        self._bridge = bridge
        self.addFilter(RedactingFilter())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            # A Message (kept by the redacting filter when clean) is translated where shown.
            message = record.msg if isinstance(record.msg, Message) and not record.args \
                else record.getMessage()
            if record.exc_text:  # the traceback, redacted by the filter
                message = f"{message}\n{record.exc_text}"
            self._bridge.post(LogEvent(record.levelno, record.name, message, record.created))
        except Exception:
            self.handleError(record)
