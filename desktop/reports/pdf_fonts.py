"""The PDF's fonts: DejaVu Sans when the system has it (it has every letter of Portuguese and
Spanish, the minus sign, ∞ and the em dash), else reportlab's bundled Vera."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)


@cache
def _register() -> tuple[str, str]:
    for regular, bold in _CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            pdfmetrics.registerFont(TTFont("Report", regular))
            pdfmetrics.registerFont(TTFont("Report-Bold", bold))
            return "Report", "Report-Bold"
    # reportlab ships Vera: always there
    pdfmetrics.registerFont(TTFont("Report", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("Report-Bold", "VeraBd.ttf"))
    return "Report", "Report-Bold"


def font_name(bold: bool = False) -> str:
    regular, heavy = _register()
    return heavy if bold else regular
