"""Candle timeframes and their length in milliseconds."""

MINUTE_MS = 60_000

TIMEFRAMES: dict[str, int] = {
    "1m": MINUTE_MS,
    "5m": 5 * MINUTE_MS,
    "15m": 15 * MINUTE_MS,
    "1h": 60 * MINUTE_MS,
    "4h": 240 * MINUTE_MS,
    "1d": 1440 * MINUTE_MS,
}


def timeframe_ms(timeframe: str) -> int:
    """Length of a timeframe such as '5m' in milliseconds; ValueError names the bad input."""
    try:
        return TIMEFRAMES[timeframe]
    except KeyError:
        raise ValueError(
            f"Unknown timeframe {timeframe!r}; expected one of {', '.join(TIMEFRAMES)}"
        ) from None
