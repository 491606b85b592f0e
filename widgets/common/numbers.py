"""The widgets' name for the one locale-aware number formatting helper (desktop.shell.numbers),
which the shell's message translation uses too."""

from desktop.shell.numbers import (
    decimals_for_step,
    fmt_amount,
    fmt_bps,
    fmt_compact,
    fmt_number,
    fmt_significant,
    localize_digits,
)

__all__ = ["decimals_for_step", "fmt_amount", "fmt_bps", "fmt_compact", "fmt_number",
           "fmt_significant", "localize_digits"]
