"""Numbers the way a trader reads them in an error message: thousands separators and the
market's own number of decimals, never binary noise such as 0.30000000000000004. They are
`formatted` messages: English in logs, the UI's locale on screen ("1.052,40" in Portuguese)."""

from __future__ import annotations

import math

from desktop.core.messages import Message, formatted


def step_decimals(step: float) -> int:
    """Decimals a step needs: 0.01 -> 2, 0.00001 -> 5, 1 -> 0."""
    if step <= 0 or step >= 1:
        return 0
    return max(0, -math.floor(math.log10(step) + 1e-9))


def format_quantity(value: float, step: float) -> Message:
    """`value` with the decimals of `step`; more when the value is finer than the step (the
    message is usually about exactly that), so 0.000001 never prints as 0.00000."""
    decimals = step_decimals(step)
    if abs(float(f"{value:.{decimals}f}") - value) > abs(value) * 1e-12:
        decimals = len(f"{value:.12f}".rstrip("0").partition(".")[2])
    return formatted("{0:,.{1}f}", value, decimals)


def format_money(value: float, price_tick: float) -> Message:
    """A quote-currency sum: at least cents, more if the market quotes finer."""
    decimals = max(2, step_decimals(price_tick))
    return formatted("{0:,.{1}f}", value, decimals)


def format_money_up(value: float, price_tick: float) -> Message:
    """A sum someone *needs*, rounded up so the message never understates it."""
    decimals = max(2, step_decimals(price_tick))
    scale = 10**decimals
    return formatted("{0:,.{1}f}", math.ceil(value * scale - 1e-6) / scale, decimals)
