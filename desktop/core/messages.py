"""Sentences for the trader made in Qt-free code, translated where they are shown.

The engine, venues, risk guard and keyring code cannot import Qt, yet what they say (a
refusal, a fault, a ban, a reconciliation notice) must reach the screen in the chosen language.
So they mark each sentence the way Qt's QT_TRANSLATE_NOOP does, and keep its arguments apart:

    _t = marker("RiskGuard")
    raise RiskRejected("max_open_orders", _t("{count} orders are open already").format(count=n))

A `Message` *is* the English sentence (a `str`: logs, the journal and `str(err)` read English,
and existing comparisons keep working) that also remembers its context, source text and
arguments. The UI (desktop.shell.messages) translates the source with
QCoreApplication.translate at display time and formats the arguments with the UI locale
("3,475.50" in English, "3.475,50" in Portuguese). build_scripts/translations.py collects every
`_t("...")` of a module whose `_t` is a `marker(...)`.

Anything that turns a Message into another string (concatenation, an f-string, `str(err)`)
gives plain English: pass the Message itself as an argument instead ("{reason}; ...").
"""

from __future__ import annotations

import json
import numbers
from collections.abc import Callable
from decimal import Decimal
from typing import Any


class Message(str):
    """An English sentence that knows how to be translated: `context`, `source` (the
    untranslated template, str.format style) and the `args`/`kwargs` to fill it with.
    An empty context means "format only": numbers still follow the locale, the words are
    not looked up (a money amount, a list joined by the caller)."""

    context: str
    source: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(cls, context: str, source: str, args: tuple[Any, ...] = (),
                kwargs: dict[str, Any] | None = None) -> Message:
        kwargs = dict(kwargs or {})
        text = source.format(*args, **kwargs) if (args or kwargs) else source
        self = super().__new__(cls, text)
        self.context = context
        self.source = source
        self.args = tuple(args)
        self.kwargs = kwargs
        return self

    def format(self, *args: Any, **kwargs: Any) -> Message:  # type: ignore[override]
        """The same sentence with (more) arguments: still translatable."""
        return Message(self.context, self.source, self.args + args, {**self.kwargs, **kwargs})

    def __reduce__(self) -> tuple[Any, ...]:  # pickles to worker processes and back
        return (Message, (self.context, self.source, self.args, self.kwargs))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {str(self)!r})"


def marker(context: str) -> Callable[..., Message]:
    """A module's `_t`: marks a sentence of `context` for translation (no Qt involved)."""

    def _t(source: str, /, *args: Any, **kwargs: Any) -> Message:
        return Message(context, source, args, kwargs)

    return _t


def formatted(template: str, /, *args: Any, **kwargs: Any) -> Message:
    """A string with nothing to translate whose numbers still follow the UI locale
    (e.g. "{amount:,.2f} {quote}")."""
    return Message("", template, args, kwargs)


def text_of(err: BaseException) -> str:
    """An error's sentence, keeping it translatable: `str(err)` would give plain English."""
    if len(err.args) == 1 and isinstance(err.args[0], Message) \
            and type(err).__str__ is BaseException.__str__:
        return err.args[0]
    return str(err)


# -- stored sentences ------------------------------------------------------------------------
# An order's reason outlives the process (the journal): stored as its English sentence, then
# a separator and the message as JSON, so a reloaded order still reads in the UI's language
# and anyone reading the database sees the English first. The separator is U+2063 INVISIBLE
# SEPARATOR: never typed in a sentence, and (unlike a control character) valid in XML, so a
# spreadsheet export of the raw table still opens.
_SEPARATOR = "\u2063"


def to_record(text: str) -> str:
    """`text` as stored: a Message keeps its translatable form; a plain string is itself."""
    if not isinstance(text, Message):
        return text
    return f"{text!s}{_SEPARATOR}{json.dumps(_encode(text), ensure_ascii=False)}"


def from_record(text: str) -> str:
    """A stored sentence back as written: a Message where one was stored."""
    english, sep, payload = (text or "").partition(_SEPARATOR)
    if not sep:
        return text
    try:
        value = _decode(json.loads(payload))
    except (ValueError, TypeError, KeyError, IndexError):
        return english  # damaged or foreign: the English is still right
    return value if isinstance(value, Message) else english


def _encode(value: Any) -> Any:
    if isinstance(value, Message):
        return {"m": [value.context, value.source, [_encode(a) for a in value.args],
                      {k: _encode(v) for k, v in value.kwargs.items()}]}
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value if not isinstance(value, str) else str(value)
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    return str(value)


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "m" in value:
            context, source, args, kwargs = value["m"]
            return Message(context, source, tuple(_decode(a) for a in args),
                           {k: _decode(v) for k, v in kwargs.items()})
        return Decimal(value["d"])
    return value
