"""The Strategy API: typed parameters, order intents, and no dependency on the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from strategies.base import (
    EntryIntent,
    ExitIntent,
    Param,
    ParameterError,
    ProtectIntent,
    Signals,
    Strategy,
    StrategyInfo,
)

REPO = Path(__file__).resolve().parents[2]


class Example(Strategy):
    """An example."""

    id = "example"
    length = Param(20, low=2, high=50, step=4, doc="bars")
    threshold = Param(1.5, low=0.0, high=3.0, step=0.5)
    shorts = Param(False)

    def on_bar(self, i):
        if i == 0:
            self.buy(stop_loss=90.0, take_profit=120.0)
        elif i == 1:
            self.set_trailing_stop(5.0)
            self.sell(2.0, limit=101.0)
        else:
            self.close()


class Vectorised(Example):
    id = "vectorised"

    def signals(self, data):
        return Signals(entry_long=np.zeros(len(data), bool))


def test_parameters_have_defaults_types_and_ranges():
    s = Example()
    assert (s.length, s.threshold, s.shorts) == (20, 1.5, False)
    s = Example(length="12", threshold="2", shorts="yes")
    assert s.length == 12 and isinstance(s.length, int)
    assert s.threshold == 2.0 and isinstance(s.threshold, float)
    assert s.shorts is True


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"length": 1}, ">= 2"),
        ({"length": 51}, "<= 50"),
        ({"length": 2.5}, "must be int"),
        ({"threshold": "abc"}, "must be float"),
        ({"shorts": "maybe"}, "must be bool"),
        ({"lenght": 10}, "unknown parameter 'lenght'"),
    ],
)
def test_bad_parameters_name_the_problem(params, message):
    with pytest.raises(ParameterError, match=message):
        Example(**params)


def test_unknown_parameter_error_lists_the_known_ones():
    with pytest.raises(ParameterError, match="known: length, threshold, shorts"):
        Example(size=3)


def test_parameter_spec_grid_and_info_for_the_optimiser_and_ui():
    spec = Example.param_spec()
    assert list(spec) == ["length", "threshold", "shorts"]
    assert spec["length"].grid() == [2, 6, 10, 14, 18, 22, 26, 30, 34, 38, 42, 46, 50]
    assert spec["threshold"].grid() == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0]
    assert spec["shorts"].grid() == [False, True]
    assert list(Vectorised.param_spec()) == ["length", "threshold", "shorts"]  # inherited
    info = StrategyInfo.of(Example)
    assert (info.id, info.doc) == ("example", "An example.")


def test_order_helpers_emit_venue_agnostic_intents():
    s = Example()
    s.on_bar(0)
    assert s.drain_intents() == [EntryIntent("long", None, None, None, 90.0, 120.0, None)]
    s.on_bar(1)
    assert s.drain_intents() == [ProtectIntent(trail=5.0),
                                 EntryIntent("short", 2.0, limit=101.0)]
    s.on_bar(2)
    assert s.drain_intents() == [ExitIntent()]
    assert s.drain_intents() == []


def test_a_strategy_says_whether_it_is_vectorised():
    assert not Example().is_vectorised
    assert Vectorised().is_vectorised


def test_strategies_import_neither_the_app_nor_qt():
    code = (
        "import sys\n"
        "import strategies.base, strategies.builtin\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('desktop', 'widgets', 'PySide6')]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


class _Candles:
    """A minimal candle history (strategies need only these arrays)."""

    def __init__(self, close):
        c = np.asarray(close, dtype=float)
        self.ts = np.arange(len(c), dtype=np.int64) * 60_000
        self.open = self.high = self.low = self.close = c
        self.volume = np.ones(len(c))

    def __len__(self):
        return len(self.close)


def test_decide_gives_a_live_runner_the_newest_bars_intents():
    from strategies.base import PositionView
    from strategies.builtin import SmaCross

    close = [10, 9, 8, 7, 8, 10, 12, 12, 11, 8, 6, 5]  # SMA(2)/SMA(3): up at 5, down at 8
    s = SmaCross(fast=2, slow=3)
    intents = {i: s.decide(_Candles(close[: i + 1])) for i in range(len(close))}
    assert {i: v for i, v in intents.items() if v} == {5: [EntryIntent("long")]}
    held = PositionView(size=1.0, entry_price=10.0, entry_index=6)
    assert s.decide(_Candles(close[:9]), held) == [ExitIntent()]
    assert s.decide(_Candles(close[:6]), held) == []  # already long: no pyramiding
    # bar by bar strategies answer through on_bar
    assert Example().decide(_Candles(close[:1])) == [
        EntryIntent("long", None, None, None, 90.0, 120.0, None)
    ]
