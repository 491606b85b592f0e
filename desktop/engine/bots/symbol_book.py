"""What a bot keeps per symbol besides its position (which is in its PositionBooks): the
candle window, its protection levels and the ids of its working orders."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.engine.bots.candles import RollingCandles


@dataclass(slots=True)
class Protection:
    stop_loss: float | None = None
    take_profit: float | None = None
    trail: float | None = None

    def any(self) -> bool:
        return any(v is not None for v in (self.stop_loss, self.take_profit, self.trail))

    def to_json(self) -> dict[str, float | None]:
        return {"stop_loss": self.stop_loss, "take_profit": self.take_profit,
                "trail": self.trail}


@dataclass(slots=True)
class SymbolBook:
    """What the bot tracks of one symbol."""

    window: RollingCandles
    protection: Protection = field(default_factory=Protection)
    pending_protection: Protection = field(default_factory=Protection)
    entry_order: str = ""  # client id of a working entry order
    protective: set[str] = field(default_factory=set)  # client ids of its protective orders
    entry_filled: float = 0.0  # an ended entry's filled amount whose fills are still due
    entry_id: str = ""  # client id of the newest entry order
    entry_booked: float = 0.0  # its filled amount booked so far (its fills' amounts)
    entry_ts: int = 0  # time of the fill that opened the position
    open_realized: float = 0.0  # realized P&L when the position opened (a trade's P&L base)
