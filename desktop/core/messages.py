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

from collections.abc import Callable
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
