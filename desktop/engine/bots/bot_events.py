"""A bot's state on the bus, paced: a signal or a state change goes out at once; a candle that
only moves a held position's mark goes out at most every MARK_EVERY_S per bot, with what the
bot is at the end of that interval (a replay at full speed closes thousands of candles a
second, and nobody reads a bot's P&L faster than this)."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core import Event
from desktop.core.bots import BotEvent

if TYPE_CHECKING:
    from desktop.engine.bots.runner import BotRunner

MARK_EVERY_S = 0.25


class BotEventPacer:
    def __init__(self, publish: Callable[[Event], None],
                 runner_of: Callable[[str], BotRunner | None]) -> None:
        self._publish = publish
        self._runner_of = runner_of  # None once the bot is deleted
        self._published: dict[str, float] = {}  # bot id -> monotonic time of its last event
        self._marks_due: dict[str, asyncio.TimerHandle] = {}  # bot id -> its newest mark

    def now(self, runner: BotRunner) -> None:
        self._published[runner.id] = time.monotonic()
        self._publish(BotEvent(runner.info()))

    def mark(self, runner: BotRunner) -> None:
        """Only the mark of its position moved: published now if its last event is
        MARK_EVERY_S old, else once at the end of that interval (with what it is then)."""
        if runner.id in self._marks_due:
            return
        wait = self._published.get(runner.id, -math.inf) + MARK_EVERY_S - time.monotonic()
        if wait <= 0:
            self.now(runner)
            return
        self._marks_due[runner.id] = asyncio.get_running_loop().call_later(
            wait, self._due, runner.id)

    def _due(self, bot_id: str) -> None:
        self._marks_due.pop(bot_id, None)
        runner = self._runner_of(bot_id)
        if runner is not None:  # not deleted meanwhile
            self.now(runner)

    def forget(self, bot_id: str) -> None:
        """The bot is deleted: nothing more of it goes out."""
        due = self._marks_due.pop(bot_id, None)
        if due is not None:
            due.cancel()
        self._published.pop(bot_id, None)

    def stop(self) -> None:
        for handle in self._marks_due.values():
            handle.cancel()
        self._marks_due.clear()
