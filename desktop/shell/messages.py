"""Showing what the engine said in the UI's language.

Qt-free code hands the UI `desktop.core.messages.Message`s (English sentences that remember
their context, source and arguments) inside exceptions, events and orders. `tr_message` looks
the source up with QCoreApplication.translate and fills in the arguments, numbers written the
locale's way (desktop.shell.numbers) and nested messages translated too. Plain strings (a
venue's own words, a user's input) pass through unchanged.
"""

from __future__ import annotations

import numbers
import string
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.messages import Message, text_of
from desktop.shell.numbers import localize_digits


class _LocaleFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, str | BaseException):
            return format(tr_message(value), format_spec)
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            return localize_digits(format(value, format_spec))
        return format(value, format_spec)


_FORMATTER = _LocaleFormatter()


def tr_message(value: object) -> str:
    """The text to show for `value`: a Message translated and formatted, an exception's
    sentence (translated when it is a Message), anything else as `str`."""
    if isinstance(value, BaseException):
        value = text_of(value)
    if not isinstance(value, Message):
        return "" if value is None else str(value)
    source = value.source
    if value.context:
        source = QCoreApplication.translate(value.context, source) or source
    if not (value.args or value.kwargs):
        return source
    try:
        return _FORMATTER.format(source, *value.args, **value.kwargs)
    except (IndexError, KeyError, ValueError):  # a translation with a broken placeholder
        return str(value)
