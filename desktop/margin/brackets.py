"""Binance USDⓈ-M maintenance-margin brackets ("leverage and margin tiers"), kept as data in
`desktop/resources/margin/binance_usdm_brackets.json` in the shape of Binance's own
`GET /fapi/v1/leverageBracket` answer, so the local test exchange can serve the same file.

A bracket covers position notionals in (floor, cap]: its maintenance margin rate (MMR), its
maintenance amount `cum` and the highest leverage a position of that size may use. The
maintenance margin of a position is notional × MMR − cum; `cum` is chosen so that the margin
is continuous where one bracket meets the next.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.package_data import package_path


@dataclass(slots=True, frozen=True)
class Bracket:
    floor: float  # notional (quote currency) where the bracket starts
    cap: float  # ... and where it ends
    maintenance_rate: float  # MMR, a fraction
    maintenance_amount: float  # Binance's `cum`, quote currency
    max_leverage: float

    def maintenance_margin(self, notional: float) -> float:
        return abs(notional) * self.maintenance_rate - self.maintenance_amount


def exchange_symbol(symbol: str) -> str:
    """Binance's id of a unified symbol: "XRP/USDT:USDT" -> "XRPUSDT"."""
    return symbol.split(":")[0].replace("/", "").upper()


@cache
def _table() -> dict:
    path = package_path("resources", "margin", "binance_usdm_brackets.json")
    return json.loads(path.read_text(encoding="utf-8"))


def bracket_table() -> list[dict]:
    """The raw rows, as `GET /fapi/v1/leverageBracket` answers them (for the test exchange)."""
    return _table()["symbols"]


def liquidation_fee_rate() -> float:
    """Binance's liquidation clearance fee, a fraction of the notional at the mark price."""
    return float(_table()["liquidation_fee_rate"])


@cache
def brackets_for(symbol: str) -> tuple[Bracket, ...]:
    """The brackets of `symbol` (unified or exchange form), lowest notional first. A symbol
    the data does not list gets the table's default symbol's brackets (the mid-cap tiers most
    USDⓈ-M perpetuals used)."""
    table = _table()
    rows = {row["symbol"]: row["brackets"] for row in table["symbols"]}
    raw = rows.get(exchange_symbol(symbol)) or rows[table["default_symbol"]]
    return tuple(
        Bracket(float(b["notionalFloor"]), float(b["notionalCap"]), float(b["maintMarginRatio"]),
                float(b["cum"]), float(b["initialLeverage"]))
        for b in raw
    )


def bracket_at(brackets: tuple[Bracket, ...], notional: float) -> Bracket:
    """The bracket holding |notional| (the last one beyond every cap)."""
    size = abs(notional)
    for bracket in brackets:
        if size <= bracket.cap:
            return bracket
    return brackets[-1]


def max_leverage(symbol: str, notional: float = 0.0) -> float:
    """The highest leverage a position of `notional` may use in `symbol`."""
    return bracket_at(brackets_for(symbol), notional).max_leverage
