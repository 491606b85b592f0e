"""`pregao backtest --json` writes its equity curve through json_pairs: the same bytes as
orjson writing the (time, equity) pairs, whatever the times and values."""

from __future__ import annotations

import io
import json

import numpy as np
import orjson
import pytest

from desktop.backtest import BacktestConfig, run_backtest
from desktop.backtest.export import iso_time_parts, iso_times, result_dict, write_json
from desktop.backtest.json_pairs import write_pairs
from desktop.core import Candles
from strategies.builtin import SmaCross


def _candles(n: int, start_ms: int, step_ms: int) -> Candles:
    rng = np.random.default_rng(5)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0, 0.01, n)))
    open_ = np.concatenate(([100.0], close[:-1]))
    ts = start_ms + step_ms * np.arange(n, dtype=np.int64)
    return Candles.from_arrays(ts, open_, np.maximum(open_, close) * 1.001,
                               np.minimum(open_, close) * 0.999, close, np.ones(n))


def _plain_bytes(result, report=None) -> bytes:
    doc = result_dict(result)
    if report is not None:
        doc["report"] = report
    return orjson.dumps(doc, option=orjson.OPT_SERIALIZE_NUMPY)


@pytest.mark.parametrize(("start_ms", "step_ms"), [
    (1_514_764_800_000, 300_000),  # whole seconds, across days
    (1_514_764_800_123, 1_001),  # milliseconds
])
def test_the_file_is_byte_for_byte_what_orjson_writes(tmp_path, start_ms, step_ms):
    result = run_backtest(SmaCross, {"fast": 5, "slow": 20}, _candles(3000, start_ms, step_ms),
                          BacktestConfig(cash=1000.0))
    assert len(result.trades) > 10
    report = {"figures": [1.5, None, "x"], "name": "r"}
    for extra in (None, report):
        out = tmp_path / "run.json"
        write_json(result, out, extra)
        assert out.read_bytes() == _plain_bytes(result, extra)
    doc = json.loads(out.read_text())
    assert doc["equity"][0] == [iso_times(result.ts[:1])[0], result.equity[0]]
    assert list(doc)[-2:] == ["equity", "report"]


def _pairs(ts: np.ndarray, values: np.ndarray) -> bytes:
    out = io.BytesIO()
    write_pairs(out, iso_time_parts(ts), values)
    return out.getvalue()


def test_non_finite_values_odd_numbers_and_blocks_read_as_orjson_writes_them():
    ts = 1_600_000_000_000 + 60_000 * np.arange(8, dtype=np.int64)
    values = np.array([np.nan, np.inf, -0.0, 1e16, 1e-300, 5.0, -2.5e-7, 123456789.125])
    assert _pairs(ts, values) == orjson.dumps(list(zip(iso_times(ts), values.tolist(),
                                                       strict=True)))
    n = 150_000  # more than two blocks of the writer
    ts = 1_600_000_000_000 + 60_000 * np.arange(n, dtype=np.int64)
    values = np.random.default_rng(2).normal(0.0, 1e5, n)
    assert _pairs(ts, values) == orjson.dumps(list(zip(iso_times(ts), values.tolist(),
                                                       strict=True)))


def test_a_count_mismatch_is_refused_not_written():
    parts = iso_time_parts(1_600_000_000_000 + 60_000 * np.arange(3, dtype=np.int64))
    with pytest.raises(ValueError):
        write_pairs(io.BytesIO(), parts, np.ones(2))
    assert _pairs(1_600_000_000_000 + 60_000 * np.arange(3, dtype=np.int64),
                  np.ones(3)).count(b"[") == 4


def test_times_of_several_widths_take_the_plain_way():
    # year 10000 has five digits: no fixed-width table, write_json encodes the pairs itself
    assert iso_time_parts(np.array([0, 253_402_300_800_000], dtype=np.int64)) is None
