"""The engine's chart drawings: stored per venue and symbol in the accounts' database; each
change is published as a DrawingsChangedEvent so every chart of that symbol redraws them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.drawings import Drawing, DrawingsChangedEvent, check_drawing

if TYPE_CHECKING:
    from desktop.engine.accounts import AccountService
    from desktop.engine.bus import EventBus
    from desktop.storage.drawing_store import DrawingStore


class DrawingService:
    def __init__(self, bus: EventBus, accounts: AccountService) -> None:
        self.bus = bus
        self.accounts = accounts
        self._store: DrawingStore | None = None
        self._database = None

    async def _ready_store(self) -> DrawingStore:
        from desktop.storage.drawing_store import DrawingStore

        await self.accounts.wait_ready()
        database = self.accounts.database()  # PregaoError saying why when there is none
        if self._store is None or self._database is not database:  # reopened after recovery
            self._store, self._database = DrawingStore(database), database
        return self._store

    async def drawings(self, venue: str, symbol: str) -> list[Drawing]:
        return (await self._ready_store()).drawings(venue, symbol)

    async def save(self, drawing: Drawing) -> Drawing:
        """Create or replace; PregaoError naming what is wrong with it."""
        check_drawing(drawing)
        (await self._ready_store()).save(drawing)
        self.bus.publish(DrawingsChangedEvent(drawing.venue, drawing.symbol))
        return drawing

    async def delete(self, venue: str, symbol: str, ids: list[str] | None = None) -> int:
        """Delete drawings of a symbol by id (None: all of them); how many were deleted."""
        count = (await self._ready_store()).delete(venue, symbol, ids)
        self.bus.publish(DrawingsChangedEvent(venue, symbol))
        return count
