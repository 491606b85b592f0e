"""A bot's candles: 1m bars aggregated to its timeframe as they close, history cut at the last
complete period, and a rolling window that never grows past its warm-up length."""

from __future__ import annotations

import numpy as np

from desktop.core import Bar, Candles
from desktop.data.resample import resample
from desktop.engine.bots.candles import RollingCandles, TimeframeAggregator, closed_history

M = 60_000
T0 = 1_700_000_100_000 // (5 * M) * (5 * M)


def minutes(n: int, start: int = T0) -> Candles:
    rng = np.random.default_rng(1)
    close = 100 + np.cumsum(rng.normal(0, 1, n))
    open_ = np.concatenate([[100.0], close[:-1]])
    return Candles.from_arrays(start + M * np.arange(n), open_, np.maximum(open_, close) + 1,
                               np.minimum(open_, close) - 1, close, np.ones(n))


def bars(c: Candles) -> list[Bar]:
    return [Bar(int(c.ts[k]), float(c.open[k]), float(c.high[k]), float(c.low[k]),
                float(c.close[k]), float(c.volume[k])) for k in range(len(c))]


def test_a_period_closes_with_its_last_minute_and_equals_the_resampled_candle():
    source = minutes(23)  # four whole 5m periods and three minutes of the fifth
    agg = TimeframeAggregator(5 * M, M)
    closed = [b for bar in bars(source) for b in agg.push(bar)]
    expected = resample(source.slice(0, 20), "5m")
    assert [b.ts for b in closed] == expected.ts.tolist()
    assert [b.close for b in closed] == expected.close.tolist()
    assert [b.high for b in closed] == expected.high.tolist()
    assert [b.volume for b in closed] == expected.volume.tolist()


def test_a_gap_closes_the_period_it_interrupts_and_repeats_are_ignored():
    source = bars(minutes(3))  # minutes 0-2 of a period, then nothing until the next period
    agg = TimeframeAggregator(5 * M, M)
    for bar in source:
        assert agg.push(bar) == []
    assert agg.push(source[-1]) == []  # seen already
    later = Bar(T0 + 5 * M, 1.0, 2.0, 0.5, 1.5, 1.0)
    [closed] = agg.push(later)
    assert closed.ts == T0 and closed.close == source[-1].close


def test_history_keeps_complete_periods_and_the_rest_finishes_live():
    source = minutes(13)
    agg = TimeframeAggregator(5 * M, M)
    history = closed_history(source, "5m", M, agg)
    assert history.ts.tolist() == [T0, T0 + 5 * M]
    rest = bars(minutes(15))[13:]  # minutes 13 and 14 complete the third period
    [closed] = [b for bar in rest for b in agg.push(bar)]
    assert closed == bars(resample(minutes(15), "5m"))[2]


def test_the_window_holds_the_newest_candles_only():
    window = RollingCandles(10)
    window.extend(minutes(4))
    for bar in bars(minutes(50))[4:]:
        assert window.append(bar)
        assert len(window.window()) <= 10
    assert not window.append(bars(minutes(50))[-1])
    assert window.window().ts.tolist() == minutes(50).ts[-10:].tolist()
