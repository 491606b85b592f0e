"""Keeps secrets out of every line Pregão writes: log lines, exception text and tracebacks,
error messages, order reasons.

Two kinds of secret are removed:
- registered strings (API keys, secrets, passphrases: `register_secret`);
- the query string of any URL, and credential-like `name=value` pairs: a ccxt error quotes the
  full signed request URL (`...?timestamp=...&signature=...`, and some exchanges put the API
  key there too), which must never be stored or shown.

`redact(text)` is the one rule; `safe_text(exc)` and `format_exception(exc)` apply it to an
exception's message and to its whole traceback (chained causes included); `RedactingFilter`
applies it to log records; `install_excepthooks()` to what an uncaught exception prints.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback

from desktop.core.messages import Message

_lock = threading.Lock()
_secrets: set[str] = set()
MASK = "•••"

# scheme://host/path?query — the query (and fragment) goes, the address stays readable.
_URL_QUERY = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s?#\"'<>]*)[?#][^\s\"'<>]*")
# name=value pairs that carry credentials wherever they appear (a request body, a header dump)
_CREDENTIAL_PAIR = re.compile(
    r"(?i)\b(signature|sign|api[-_]?key|apikey|api[-_]?secret|secret|passphrase|password|"
    r"access[-_]?key|access[-_]?token|token|x-mbx-apikey)"
    # name=value, or a quoted name and value ("apiKey": "…"); not prose ("signature: check")
    r"(\s*=\s*|[\"']\s*:\s*[\"'])([^&\s\"',}]+)")


def register_secret(value: str) -> None:
    """Never let `value` appear in a log line (API secrets, passphrases, keys)."""
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    for secret in tuple(_secrets):
        if secret in text:
            text = text.replace(secret, MASK)
    if "://" in text:
        text = _URL_QUERY.sub(rf"\1?{MASK}", text)
    if "=" in text or ":" in text:
        text = _CREDENTIAL_PAIR.sub(rf"\1\2{MASK}", text)
    return text


def safe_text(exc: BaseException) -> str:
    """An exception's message, fit to store or show."""
    return redact(str(exc))


def format_exception(exc: BaseException | None, tb=None) -> str:
    """The full traceback of `exc` (causes and contexts included), redacted."""
    if exc is None:
        return ""
    lines = traceback.format_exception(type(exc), exc, tb if tb is not None else
                                       exc.__traceback__)
    return redact("".join(lines).rstrip("\n"))


class RedactingFilter(logging.Filter):
    """Redacts the message, the exception text and the stack of every record it sees. The
    traceback is formatted here, redacted, into `exc_text`, which `logging.Formatter` prints
    instead of formatting the raw exception again (handlers must use `exc_text` too)."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = redact(text)
        # A translatable Message with nothing to redact stays one (its English text is what
        # was checked), so the Log panel can show it in the UI language.
        if not (isinstance(record.msg, Message) and not record.args and clean == text):
            record.msg = clean
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = format_exception(record.exc_info[1], record.exc_info[2])
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_excepthooks() -> None:
    """Uncaught exceptions (main thread, other threads, unraisable ones) print redacted."""

    def main_hook(exc_type, exc, tb) -> None:
        sys.stderr.write(format_exception(exc, tb) + "\n")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        sys.stderr.write(f"Exception in thread {name}:\n"
                         f"{format_exception(args.exc_value, args.exc_traceback)}\n")

    def unraisable_hook(unraisable) -> None:
        where = f"{unraisable.err_msg or 'Exception ignored in'}: {unraisable.object!r}"
        sys.stderr.write(redact(where) + "\n" +
                         format_exception(unraisable.exc_value, unraisable.exc_traceback) + "\n")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook
    sys.unraisablehook = unraisable_hook
