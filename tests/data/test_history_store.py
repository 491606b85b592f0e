"""The Parquet candle cache: merges, incremental appends, gaps on real Binance data, imports that
are all-or-nothing, and writes that a killed process never leaves half done."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from desktop.core import Candles, DataFileError
from desktop.data.candle_files import load_candles
from desktop.data.history_store import DatasetKey, Gap, HistoryStore
from tests.conftest import REPO, shared_file

STEP = 300_000  # 5m
KEY = DatasetKey("binance", "ETH/BTC", "5m")


def candles(start: int, n: int, price: float = 1.0) -> Candles:
    ts = start + STEP * np.arange(n, dtype=np.int64)
    p = np.full(n, price)
    return Candles.from_arrays(ts, p, p * 1.01, p * 0.99, p, np.arange(n, dtype=float) + 1)


def test_incremental_appends_give_one_sorted_history_readable_by_range(tmp_path):
    store = HistoryStore(tmp_path)
    store.append(KEY, candles(0, 100))
    info = store.append(KEY, candles(100 * STEP, 50))
    assert (info.count, info.first_ms, info.last_ms, info.gaps) == (150, 0, 149 * STEP, ())
    both = store.read(KEY)
    np.testing.assert_array_equal(both.ts, STEP * np.arange(150))
    window = store.read(KEY, 10 * STEP, 20 * STEP)
    np.testing.assert_array_equal(window.ts, STEP * np.arange(10, 20))
    assert len(store.read(DatasetKey("binance", "LTC/BTC", "5m"))) == 0  # nothing cached: empty


def test_overlapping_candles_are_deduplicated_and_the_newer_fetch_wins(tmp_path):
    store = HistoryStore(tmp_path)
    store.append(KEY, candles(0, 100, price=1.0))
    store.append(KEY, candles(90 * STEP, 20, price=2.0))  # 10 overlap, 10 new
    store.append(KEY, candles(-5 * STEP, 10, price=3.0))  # 5 before, 5 overlap
    merged = store.read(KEY)
    np.testing.assert_array_equal(merged.ts, STEP * np.arange(-5, 110))
    np.testing.assert_array_equal(merged.close[:10], 3.0)
    np.testing.assert_array_equal(merged.close[10:95], 1.0)
    np.testing.assert_array_equal(merged.close[95:], 2.0)
    unsorted = candles(0, 3, price=5.0)
    shuffled = Candles(*(col[[2, 0, 1, 0]] for col in (unsorted.ts, unsorted.open, unsorted.high,
                                                        unsorted.low, unsorted.close,
                                                        unsorted.volume)))  # fmt: skip
    store.append(KEY, shuffled)
    again = store.read(KEY)
    assert np.all(np.diff(again.ts) > 0) and len(again) == 115


def test_gaps_of_the_shared_ada_btc_file_are_found_as_ranges(tmp_path):
    store = HistoryStore(tmp_path)
    key = DatasetKey("binance", "ADA/BTC", "5m")
    info = store.import_file(shared_file("binance_spot_ADA-BTC_5m.parquet"), key)
    assert info.count == 5720 and info.missing == 40  # the README's 5760 candle window
    assert info.gaps == (
        Gap(1516011000000, 1516011000000, 1),  # 2018-01-15 10:10
        Gap(1516012200000, 1516012200000, 1),
        Gap(1516014600000, 1516015500000, 4),  # 25 minutes without candles
        Gap(1516016700000, 1516016700000, 1),
        Gap(1516017600000, 1516027200000, 33),
    )
    # Every candle of a gap is absent, and the candles around each gap are present.
    ts = set(store.read(key).ts.tolist())
    for gap in info.gaps:
        inside = range(gap.first_ms, gap.last_ms + 1, STEP)
        assert not ts.intersection(inside) and len(inside) == gap.missing
        assert gap.first_ms - STEP in ts and gap.last_ms + STEP in ts


def test_a_bad_file_is_refused_with_its_line_and_the_cache_is_untouched(tmp_path):
    store = HistoryStore(tmp_path)
    store.append(KEY, candles(1515560100000, 10))
    before = store.path(KEY).read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "timestamp,open,high,low,close,volume\n"
        "1515560100000,0.09,0.091,0.089,0.0905,12.5\n"
        "\n"
        "1515560400000,0.0905,0.0911,0.0902,0.0906,10.0\n"
        "1515560700000,0.0901,0.0911,0.0902,abc,9.0\n"  # line 5 (the blank line counts)
        "1515561000000,0.0901,0.0911,0.0900,0.0902,9.0\n"
    )
    with pytest.raises(DataFileError) as err:
        store.import_file(bad, KEY)
    assert err.value.row == 5 and "'abc' is not a number" in str(err.value)
    assert store.path(KEY).read_bytes() == before
    assert [d.count for d in store.datasets()] == [10]


def test_a_file_of_another_timeframe_is_refused_naming_its_first_misaligned_line(tmp_path):
    store = HistoryStore(tmp_path)
    path = shared_file("binance_spot_ETH-BTC_5m.csv")  # 04:55 is not on an hour boundary
    with pytest.raises(DataFileError) as err:
        store.import_file(path, DatasetKey("binance", "ETH/BTC", "1h"))
    assert err.value.row == 2 and "1h" in str(err.value)
    assert store.datasets() == []
    info = store.import_file(path, DatasetKey("binance", "ETH/BTC", "5m"))
    assert info.count == len(load_candles(path)) == 5760 and info.gaps == ()


def test_symbols_with_slashes_and_colons_get_safe_names_and_list_back(tmp_path):
    store = HistoryStore(tmp_path)
    perp = DatasetKey("binance", "BTC/USDT:USDT", "1h")
    store.append(perp, candles(0, 3))
    store.append(DatasetKey("demo", "BTC/USDT", "1m"), candles(0, 2))
    name = store.path(perp).relative_to(tmp_path)
    assert all(c not in str(name.name) for c in "/:\\")
    assert [(d.key, d.count) for d in store.datasets()] == [
        (perp, 3), (DatasetKey("demo", "BTC/USDT", "1m"), 2)
    ]  # fmt: skip
    assert store.delete(perp) and not store.delete(perp)
    assert [d.key.exchange for d in store.datasets()] == ["demo"]


WRITER = """
import sys
import numpy as np
from desktop.core import Candles
from desktop.data.history_store import DatasetKey, HistoryStore

store, key = HistoryStore(sys.argv[1]), DatasetKey("binance", "ETH/BTC", "5m")
n = 400_000
ts = np.arange(n, dtype=np.int64) * 300_000
for version in range(1, 10**9):
    price = np.full(n, float(version))
    store.replace(key, Candles.from_arrays(ts, price, price, price, price, price))
    print(version, flush=True)
"""


def test_a_process_killed_while_writing_leaves_a_complete_file(tmp_path):
    """Kill the writer (SIGKILL: no cleanup runs) while it rewrites the dataset over and over:
    the cache then holds one whole version, never a torn or half-written file."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], env=env,
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "1"  # a first version is on disk
        time.sleep(0.15)  # well inside a later rewrite; any moment would do
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    store = HistoryStore(tmp_path)
    cached = store.read(KEY)
    assert len(cached) == 400_000
    assert np.unique(cached.close).size == 1  # one version throughout, not two halves
    leftovers = [p.name for p in store.path(KEY).parent.iterdir() if p != store.path(KEY)]
    assert [d.count for d in store.datasets()] == [400_000]  # a stray temp file is not listed
    assert all(".tmp-" in name for name in leftovers)
