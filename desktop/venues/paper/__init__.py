"""The paper venue: our own matching engine behind the `Venue` protocol.

`MatchingEngine` (matching.py) is the pure, synchronous core; `PaperVenue` (venue.py) wraps it
in the asynchronous `Venue` interface and is fed prices by the session's price source.
"""

from desktop.venues.paper.config import PaperConfig, SlippageModel
from desktop.venues.paper.matching import MatchingEngine
from desktop.venues.paper.venue import PaperVenue

__all__ = ["MatchingEngine", "PaperConfig", "PaperVenue", "SlippageModel"]
