"""The UI-side facade of the engine.

Every method is a coroutine: it schedules the work on the engine loop and is awaited on the
caller's loop (qasync's in the app), so the UI thread never blocks. Exceptions raised by the
engine arrive unchanged, with their message.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from desktop.core import Candles, Market, OrderBook, Tick
from desktop.engine.engine import Engine
from desktop.engine.loop_thread import LoopThread

T = TypeVar("T")


class EngineClient:
    def __init__(self, thread: LoopThread, engine: Engine) -> None:
        self._thread = thread
        self._engine = engine

    async def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run `fn(*args)` on the engine loop (awaiting it if it returns an awaitable)."""

        async def on_engine() -> Any:
            await self._engine.wait_started()
            result = fn(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return result

        return await asyncio.wrap_future(self._thread.submit(on_engine()))

    async def venues(self) -> list[str]:
        return await self.call(self._engine.venues)

    async def markets(self) -> list[Market]:
        return await self.call(self._engine.markets)

    async def history(self, venue: str, symbol: str) -> Candles:
        return await self.call(self._engine.history, venue, symbol)

    async def last_tick(self, venue: str, symbol: str) -> Tick | None:
        return await self.call(self._engine.last_tick, venue, symbol)

    async def order_book(self, venue: str, symbol: str) -> OrderBook:
        return await self.call(self._engine.order_book, venue, symbol)

    async def open_replay(self, path: str, speed: float = 60.0, symbol: str = "") -> Market:
        return await self.call(self._engine.open_replay, path, speed, symbol)

    async def close_replay(self) -> None:
        await self.call(self._engine.close_replay)

    async def replay_control(self, command: str, value: float | None = None) -> None:
        await self.call(self._engine.replay_control, command, value)
