"""Numbers as a trader types them, read in the user's locale; no widgets.

The rule (also in the order entry's tooltips):

* The locale's own format is always accepted: in pt_BR and es "1,5" and "1.234,5"; in en
  "1.5" and "1,234.5". Group separators must group by three ("12.34,5" is rejected).
* Where the locale's decimal separator is a comma, the C locale's "1.5" is accepted too, but
  only where it cannot mean something else: "1.5", "0.001" and "78000.25" are C decimals;
  "1.234" or "12.345" could be a thousands group (1234) or a decimal (1.234), so they are
  rejected as ambiguous with the two ways to write them.
* Only the ASCII digits 0-9, one optional leading sign, the locale's separators and the C
  point. Letters (NaN, inf, 1e5), other scripts' digits, several decimal separators and
  numbers of more than 15 significant digits are rejected with a sentence saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

ASCII_DIGITS = frozenset("0123456789")
SPACE_GROUPS = frozenset({" ", "\u00a0", "\u202f"})  # fr, ru, ... group with a (thin) space
MINUS_SIGNS = ("-", "\u2212")
MAX_SIGNIFICANT_DIGITS = 15  # what a float holds exactly; more would be silently rounded
MAX_MAGNITUDE = Decimal(10) ** 15


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


class NumberError(ValueError):
    """A text that is not a number in the user's locale; `str()` is the sentence to show."""


@dataclass(slots=True, frozen=True)
class NumberFormat:
    """The separators of a locale: the decimal one and the thousands group."""

    decimal: str = "."
    group: str = ","

    @classmethod
    def of(cls, locale: QLocale | str | None = None) -> NumberFormat:
        loc = QLocale(locale) if isinstance(locale, str) else (locale or QLocale())
        return cls(loc.decimalPoint(), loc.groupSeparator())

    def format(self, value: float, decimals: int) -> str:
        """`value` with `decimals` digits, no grouping: what the form writes into a field."""
        text = f"{value:.{max(0, decimals)}f}"
        return text.replace(".", self.decimal) if self.decimal != "." else text


@dataclass(slots=True, frozen=True)
class ParsedNumber:
    value: Decimal

    @property
    def float(self) -> float:
        return float(self.value)

    @property
    def decimals(self) -> int:
        """Digits typed after the decimal separator ("1,50" -> 2)."""
        exponent = self.value.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


def _plain(integer: str, fraction: str | None) -> str | None:
    """'123' / '45' -> '123.45'; None when a part holds anything but ASCII digits."""
    if not integer and not fraction:
        return None
    if any(c not in ASCII_DIGITS for c in integer):
        return None
    if fraction is not None and (not fraction or any(c not in ASCII_DIGITS for c in fraction)):
        return None
    return f"{integer or '0'}.{fraction}" if fraction is not None else integer


def _grouped(integer: str, group: str) -> str | None:
    """'1.234.567' -> '1234567' when grouped by three, else None (ungrouped passes as is)."""
    parts = integer.split(group) if group else [integer]
    if len(parts) == 1:
        return integer
    if not 1 <= len(parts[0]) <= 3 or parts[0].startswith("0"):
        return None
    if any(len(p) != 3 for p in parts[1:]):
        return None
    return "".join(parts)


def _in_locale(body: str, fmt: NumberFormat) -> str | None:
    group = " " if fmt.group in SPACE_GROUPS else fmt.group
    if group == " ":
        body = "".join(" " if c in SPACE_GROUPS else c for c in body)
    if body.count(fmt.decimal) > 1:
        return None
    integer, sep, fraction = body.partition(fmt.decimal)
    integer = _grouped(integer, group) if integer else integer
    if integer is None:
        return None
    return _plain(integer, fraction if sep else None)


def _in_c_locale(body: str) -> str | None:
    if body.count(".") > 1 or "," in body:
        return None
    integer, sep, fraction = body.partition(".")
    return _plain(integer, fraction if sep else None)


def parse_number(text: str, fmt: NumberFormat) -> ParsedNumber:
    """Read `text` by the rule in the module docstring; NumberError says what is wrong."""
    s = text.strip()
    if not s:
        raise NumberError(_t("Enter a number."))
    negative = s.startswith(MINUS_SIGNS)
    if negative or s.startswith("+"):
        s = s[1:]
    allowed = ASCII_DIGITS | {fmt.decimal, fmt.group, ".", ","}
    if fmt.group in SPACE_GROUPS:
        allowed |= SPACE_GROUPS
    if not s or any(c not in allowed for c in s) or not any(c in ASCII_DIGITS for c in s):
        raise NumberError(
            _t("“{text}” is not a number: use the digits 0–9 and “{point}” for decimals.")
            .format(text=text.strip()[:24], point=fmt.decimal))
    local = _in_locale(s, fmt)
    c_form = _in_c_locale(s) if fmt.decimal != "." else None
    if local is not None and c_form is not None and Decimal(local) != Decimal(c_form):
        raise NumberError(
            _t("“{text}” is ambiguous: write {grouped} for a thousands group or {decimal} "
               "for a decimal.").format(
                text=s, grouped=local, decimal=c_form.replace(".", fmt.decimal)))
    plain = local if local is not None else c_form
    if plain is None:
        raise NumberError(
            _t("“{text}” is not a number in your locale: write decimals like {example}.")
            .format(text=text.strip()[:24], example=fmt.format(1.5, 1)))
    try:
        value = Decimal(plain)
    except InvalidOperation:  # unreachable by construction: only digits and one point
        raise NumberError(_t("Enter a number.")) from None
    significant = len(value.normalize().as_tuple().digits)
    if significant > MAX_SIGNIFICANT_DIGITS or value >= MAX_MAGNITUDE:
        raise NumberError(_t("That number is too long: use at most 15 significant digits."))
    return ParsedNumber(-value if negative else value)
