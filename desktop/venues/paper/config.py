"""Settings of the paper venue's fill model."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SlippageModel(StrEnum):
    """How a taker (market or marketable) execution is priced.

    ORDER_BOOK: the order walks the levels of the last order book of its symbol, filling part
        of itself at each successive price. Depth our own fills took stays taken until the next
        book arrives. Before any book arrives the tick's top of book is the only level (its
        size, or unlimited when the tick has no size). What the book cannot fill of a market
        order is canceled (the order ends CANCELED with what it filled and a reason).
    FIXED_BPS: every taker execution fills completely at the best price moved against the
        taker by `slippage_bps` basis points (and never beyond a limit order's own price).
    """

    ORDER_BOOK = "order_book"
    FIXED_BPS = "fixed_bps"


@dataclass(slots=True, frozen=True)
class PaperConfig:
    slippage_model: SlippageModel = SlippageModel.ORDER_BOOK
    slippage_bps: float = 5.0  # used by FIXED_BPS only
    venue: str = "paper"
    account: str = ""
    bar_timeframe: str = "1m"  # timeframe of the bars the price source feeds through on_bar
    # PaperVenue.on_market_event takes events of this feed venue only ("demo", "replay",
    # "binance"); empty: every market event it is given.
    price_source: str = ""
