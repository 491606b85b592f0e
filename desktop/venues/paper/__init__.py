"""The paper venue: our own matching engine behind the `Venue` protocol.

`MatchingEngine` (matching.py) is the pure, synchronous core; `PaperVenue` (venue.py) wraps it
in the asynchronous `Venue` interface and feeds it prices.
"""
