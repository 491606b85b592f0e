"""A candle or trades file made into the replay venue's feed: read and checked off the engine
loop (parsing is CPU work), named from the file unless the trader named it, with a
perpetual's funding column when the file has one."""

from __future__ import annotations

import asyncio
import logging

from desktop.data.candle_files import load_replay
from desktop.data.file_names import symbol_from_filename
from desktop.venues.replay_feed import ReplayFeed

log = logging.getLogger(__name__)


async def replay_feed(path: str, speed: float, symbol: str = "") -> ReplayFeed:
    loop = asyncio.get_running_loop()
    candles, trades = await loop.run_in_executor(None, load_replay, path)
    name = symbol or symbol_from_filename(path)
    funding = None
    if ":" in name and trades is None:  # a perpetual: its funding column, when the file has one
        from desktop.data.funding import file_funding

        funding = await loop.run_in_executor(None, file_funding, path, candles)
    feed = ReplayFeed(candles, name, speed=speed, trades=trades, funding=funding)
    log.info("Replaying %s as %s (%d candles) at %gx", path, name, len(candles), speed)
    return feed
