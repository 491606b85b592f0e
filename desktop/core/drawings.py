"""Chart drawings: horizontal line, trend line, ray, rectangle, Fibonacci retracement, text.

A drawing is anchored in data coordinates, (time in ms UTC, price), never in pixels or bar
indices, so it stays on its candles through zooms, pans, timeframes and chart types, and the
same drawing shows on every chart of its symbol. The engine stores them per venue and symbol
(desktop/storage/drawing_store.py); this module is the one shape they have.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import PregaoError
from desktop.core.events import Event
from desktop.core.messages import marker

_t = marker("Drawings")

# kind -> how many anchor points it has
POINT_COUNT = {"hline": 1, "trend": 2, "ray": 2, "rect": 2, "fib": 2, "text": 1}
KINDS = tuple(POINT_COUNT)
# Retracement levels as fractions of the move, 0 at the second point, 1 at the first (a move
# drawn from a low to a high reads 0 % at the high and 100 % at the low, as traders expect).
FIB_LEVELS = (0.0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.0)
MAX_TEXT = 200


@dataclass(slots=True, frozen=True)
class Drawing:
    id: str
    venue: str
    symbol: str
    kind: str
    points: tuple[tuple[int, float], ...]  # (time ms UTC, price) anchors
    text: str = ""

    def moved(self, dt_ms: int, dprice: float) -> Drawing:
        """The same drawing shifted in time and price."""
        return self.with_points(tuple((t + dt_ms, p + dprice) for t, p in self.points))

    def with_points(self, points: tuple[tuple[int, float], ...]) -> Drawing:
        return Drawing(self.id, self.venue, self.symbol, self.kind, points, self.text)


@dataclass(slots=True, frozen=True)
class DrawingsChangedEvent(Event):
    """The drawings of a symbol changed: every chart of that symbol reloads them."""

    venue: str = ""
    symbol: str = ""


def fib_prices(drawing: Drawing) -> list[tuple[float, float]]:
    """(level, price) of each retracement level of a "fib" drawing."""
    (_, first), (_, second) = drawing.points
    return [(level, second + (first - second) * level) for level in FIB_LEVELS]


def check_drawing(drawing: Drawing) -> None:
    """PregaoError naming what is wrong with a drawing that cannot be stored."""
    if drawing.kind not in POINT_COUNT:
        raise PregaoError(_t("Unknown drawing tool {0}.", drawing.kind))
    if not drawing.id or len(drawing.id) > 32:
        raise PregaoError(_t("A drawing needs an id of at most 32 characters."))
    if not drawing.symbol:
        raise PregaoError(_t("A drawing needs a symbol."))
    if len(drawing.points) != POINT_COUNT[drawing.kind]:
        raise PregaoError(_t("This drawing needs {0} point(s), not {1}.",
                             POINT_COUNT[drawing.kind], len(drawing.points)))
    for _, price in drawing.points:
        if not math.isfinite(price):
            raise PregaoError(_t("A drawing's price must be a number."))
    if drawing.kind == "text" and not drawing.text.strip():
        raise PregaoError(_t("A text drawing needs some text."))
    if len(drawing.text) > MAX_TEXT:
        raise PregaoError(_t("A drawing's text is limited to {0} characters.", MAX_TEXT))


def drawing_to_dict(drawing: Drawing) -> dict[str, Any]:
    return {"id": drawing.id, "venue": drawing.venue, "symbol": drawing.symbol,
            "kind": drawing.kind, "points": [[int(t), float(p)] for t, p in drawing.points],
            "text": drawing.text}


def drawing_from_dict(raw: dict[str, Any]) -> Drawing:
    return Drawing(str(raw["id"]), str(raw.get("venue", "")), str(raw["symbol"]),
                   str(raw["kind"]), tuple((int(t), float(p)) for t, p in raw["points"]),
                   str(raw.get("text", "")))
