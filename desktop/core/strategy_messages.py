"""A strategy's refusal of its parameters as a sentence the UI shows in its own language.

Strategies import nothing of the app, so `strategies.base.ParameterError` carries its English
template and values apart (`template`, `fields`) instead of a desktop.core Message. Here it
becomes one, in the context "Strategies" where build_scripts/translations.py collects the
templates of strategies/ and desktop/ (every `ParameterError("...")` literal). A user
strategy's own sentence has no translation and is shown as its author wrote it.
"""

from __future__ import annotations

from desktop.core.messages import Message, text_of

STRATEGY_CONTEXT = "Strategies"


def parameter_message(exc: Exception) -> str:
    """`exc`'s sentence as a translatable Message (plain text for anything else)."""
    template = getattr(exc, "template", None)
    fields = getattr(exc, "fields", None)
    if not isinstance(template, str) or isinstance(template, Message) \
            or not isinstance(fields, dict):
        return text_of(exc)
    return Message(STRATEGY_CONTEXT, template, (), fields)


def parameter_name(exc: Exception) -> str | None:
    """The parameter a refusal names, when it says (the form marks that field)."""
    fields = getattr(exc, "fields", None)
    name = fields.get("name") if isinstance(fields, dict) else None
    return name if isinstance(name, str) else None
