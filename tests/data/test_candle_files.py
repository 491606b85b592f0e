"""Importing a trader's candle and trade files: real files load exactly, bad files are
rejected whole with the row and the problem named."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop.core import DataFileError
from desktop.data.candle_files import candles_from_trades, load_candles, load_trades

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"reference market data not found at {DATA} (see DESIGN.md)"
)
HEADER = "timestamp,open,high,low,close,volume\n"
GOOD_ROWS = [
    "1515560100000,100.0,101.0,99.5,100.5,12.0",
    "1515560400000,100.5,102.0,100.0,101.5,8.0",
    "1515560700000,101.5,101.8,100.9,101.0,5.5",
]


def write_csv(tmp_path: Path, rows: list[str], header: str = HEADER) -> Path:
    path = tmp_path / "candles.csv"
    path.write_text(header + "\n".join(rows) + "\n")
    return path


def rejected(path: Path) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        load_candles(path)
    return info.value


@needs_data
@pytest.mark.parametrize(
    "name",
    [
        "binance_spot_ETH-BTC_5m.parquet",
        "binance_spot_ETH-BTC_5m.csv",
        "binance_spot_ADA-BTC_5m.parquet",
        "binance_spot_XRP-ETH_1m.parquet",
        "binance_usdm_XRP-USDT_5m.parquet",
    ],
)
def test_reference_files_load_exactly(name):
    candles = load_candles(DATA / name)
    frame = pd.read_parquet(DATA / name.replace(".csv", ".parquet"))
    assert len(candles) == len(frame)
    assert np.array_equal(candles.ts, frame["timestamp"].to_numpy())
    for col in ("open", "high", "low", "close", "volume"):
        assert np.array_equal(getattr(candles, col), frame[col].to_numpy()), col


def test_good_csv_loads(tmp_path):
    candles = load_candles(write_csv(tmp_path, GOOD_ROWS))
    assert candles.ts.tolist() == [1515560100000, 1515560400000, 1515560700000]
    assert candles.high.tolist() == [101.0, 102.0, 101.8]
    assert candles.volume.dtype == np.float64 and candles.ts.dtype == np.int64


def test_timestamps_in_seconds_iso_and_any_column_case_or_order(tmp_path):
    seconds = write_csv(
        tmp_path,
        ["1515560100,100,101,99,100,1", "1515560400,100,101,99,100,1"],
    )
    assert load_candles(seconds).ts.tolist() == [1515560100000, 1515560400000]
    iso = tmp_path / "iso.csv"
    iso.write_text(
        "Volume,Close,DATE,Open,High,Low,note\n"
        "1,100,2018-01-10T04:55:00Z,100,101,99,first\n"
        "1,100,2018-01-10 05:00:00,100,101,99,second\n"
        "1,100,2018-01-10T07:05:00+02:00,100,101,99,third\n"
    )
    assert load_candles(iso).ts.tolist() == [1515560100000, 1515560400000, 1515560700000]


def test_headerless_binance_kline_dump(tmp_path):
    path = tmp_path / "BTCUSDT-1m-2018-01-10.csv"
    path.write_text(
        "1515560100000,100.0,101.0,99.5,100.5,12.0,1515560159999,1200.0,10,6.0,600.0,0\n"
        "1515560160000,100.5,102.0,100.0,101.5,8.0,1515560219999,800.0,7,4.0,400.0,0\n"
    )
    candles = load_candles(path)
    assert candles.close.tolist() == [100.5, 101.5]


@pytest.mark.parametrize(
    ("rows", "line", "words"),
    [
        (["1515560100000,100,101,99,abc,1"], 2, "close 'abc' is not a number"),
        (["1515560100000,100,101.5,102.0,101,1"], 2, "high 101.5 is below low 102.0"),
        (
            [*GOOD_ROWS[:2], "1515560300000,100,101,99,100,1"],
            4,
            "timestamps not increasing: 2018-01-10 04:58:20 after 2018-01-10 05:00",
        ),
        (
            [*GOOD_ROWS[:2], "1515560400000,100,101,99,100,1"],
            4,
            "duplicate timestamp 2018-01-10 05:00",
        ),
        ([*GOOD_ROWS[:1], "1515560400000,100,101,99,NaN,1"], 3, "close is NaN"),
        ([*GOOD_ROWS[:1], "1515560400000,100,inf,99,100,1"], 3, "high is infinite"),
        ([*GOOD_ROWS, "1515561000000,100,101,99,100,-3"], 5, "volume -3.0 is negative"),
        (["abc,100,101,99,100,1"], 2, "timestamp 'abc' is not a number or ISO-8601 date"),
        ([*GOOD_ROWS[:1], "1515560400000,100,101,99,,1"], 3, "close is empty"),
        (["1515560100000,103,102.5,99,100,1"], 2, "open 103.0 is above high 102.5"),
        (["1515560100000,0,101,0,100,1"], 2, "open 0.0 is not a positive price"),
    ],
)
def test_malformed_csv_is_rejected_naming_row_and_problem(tmp_path, rows, line, words):
    err = rejected(write_csv(tmp_path, rows))
    assert err.row == line
    assert words in err.problem
    assert f"(row {line})" in str(err) and "candles.csv" in str(err)


def test_first_bad_row_wins_and_blank_lines_keep_line_numbers(tmp_path):
    rows = [
        GOOD_ROWS[0],
        "",
        GOOD_ROWS[1],
        "1515560700000,100,99,101,100,1",
        "1515560900000,100,101,99,x,1",
    ]
    err = rejected(write_csv(tmp_path, rows))
    assert err.row == 5 and "high 99.0 is below low 101.0" in err.problem


def test_missing_column_names_the_column(tmp_path):
    err = rejected(
        write_csv(
            tmp_path, ["1515560100000,100,101,99,1"], header="timestamp,open,high,low,volume\n"
        )
    )
    assert err.problem == "missing column 'close'" and err.row == 1


@pytest.mark.parametrize("content", ["", HEADER, "\n\n"])
def test_empty_file_is_rejected(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_text(content)
    err = rejected(path)
    assert "empty" in err.problem or "no candles" in err.problem


def test_ragged_csv_is_rejected_with_its_line(tmp_path):
    err = rejected(write_csv(tmp_path, [*GOOD_ROWS, "1515561000000,100,101,99,100,1,7,8"]))
    assert err.row == 5


def test_unsupported_and_missing_files(tmp_path):
    path = tmp_path / "candles.xlsx"
    path.write_bytes(b"PK")
    assert "unsupported file type" in rejected(path).problem
    assert "does not exist" in rejected(tmp_path / "nope.csv").problem
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    assert "Parquet" in rejected(broken).problem


def good_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Timestamp": [1515560100000, 1515560400000, 1515560700000],
            "open": [100.0, 100.5, 101.5],
            "high": [101.0, 102.0, 101.8],
            "low": [99.5, 100.0, 100.9],
            "close": [100.5, 101.5, 101.0],
            "volume": [12.0, 8.0, 5.5],
            "trades": [10, 7, 3],
        }
    )


def test_parquet_with_datetime_timestamps_loads(tmp_path):
    frame = good_frame()
    frame["Timestamp"] = pd.to_datetime(frame["Timestamp"], unit="ms")
    path = tmp_path / "candles.parquet"
    frame.to_parquet(path)
    assert load_candles(path).ts.tolist() == [1515560100000, 1515560400000, 1515560700000]


def test_parquet_with_the_timestamp_stored_as_pandas_index_loads(tmp_path):
    """`df.set_index("timestamp").to_parquet(...)`, as a pandas user saves a time series:
    the index is a column of the file (pandas' metadata calls it the index)."""
    frame = good_frame()
    frame["Timestamp"] = pd.to_datetime(frame["Timestamp"], unit="ms", utc=True)
    path = tmp_path / "indexed.parquet"
    frame.set_index("Timestamp").to_parquet(path)
    candles = load_candles(path)
    assert candles.ts.tolist() == [1515560100000, 1515560400000, 1515560700000]
    assert candles.close.tolist() == good_frame()["close"].tolist()
    trades = pd.DataFrame({"timestamp": pd.to_datetime([1_000, 2_000], unit="ms", utc=True),
                           "price": [1.5, 1.6], "amount": [2.0, 3.0],
                           "side": ["buy", "sell"]}).set_index("timestamp")
    trades.to_parquet(tmp_path / "trades.parquet")
    assert load_trades(tmp_path / "trades.parquet").ts.tolist() == [1_000, 2_000]


@pytest.mark.parametrize(
    ("column", "row", "value", "words"),
    [
        ("low", 1, 103.0, "high 102.0 is below low 103.0"),
        ("close", 2, float("nan"), "close is missing or NaN"),
        ("volume", 0, -1.0, "volume -1.0 is negative"),
        ("Timestamp", 2, 1515560400000, "duplicate timestamp 2018-01-10 05:00"),
        ("Timestamp", 1, 1515560000000, "timestamps not increasing"),
        ("Timestamp", 1, float("inf"), "timestamp 'inf' is not a finite number"),
    ],
)
def test_malformed_parquet_is_rejected_naming_row_and_problem(tmp_path, column, row, value, words):
    frame = good_frame()
    frame[column] = frame[column].astype(type(value))
    frame.loc[row, column] = value
    path = tmp_path / "candles.parquet"
    frame.to_parquet(path)
    err = rejected(path)
    assert err.row == row + 1 and words in err.problem


@pytest.mark.parametrize("as_text", [False, True])
def test_parquet_row_groups_count_rows_across_the_file(tmp_path, as_text):
    # The reader takes one row group at a time: a row number in the third group still
    # counts from the file's first row, for numbers (numpy) and for text timestamps.
    import fastparquet

    n = 10
    frame = pd.DataFrame({
        "timestamp": 1515560100000 + 300_000 * np.arange(n, dtype=np.int64),
        "open": np.full(n, 100.0), "high": np.full(n, 101.0), "low": np.full(n, 99.0),
        "close": np.full(n, 100.5), "volume": np.full(n, 2.0),
    })
    if as_text:
        frame["timestamp"] = pd.to_datetime(frame["timestamp"], unit="ms").dt.strftime(
            "%Y-%m-%dT%H:%M:%SZ")
    path = tmp_path / "candles.parquet"
    fastparquet.write(str(path), frame, row_group_offsets=[0, 4, 8], write_index=False)
    assert len(fastparquet.ParquetFile(str(path)).row_groups) == 3
    assert load_candles(path).ts.tolist() == (1515560100000
                                              + 300_000 * np.arange(n)).tolist()
    frame.loc[8, "volume"] = -1.0
    fastparquet.write(str(path), frame, row_group_offsets=[0, 4, 8], write_index=False)
    err = rejected(path)
    assert err.row == 9 and "volume -1.0 is negative" in err.problem


def test_a_file_that_is_not_parquet_is_rejected(tmp_path):
    path = tmp_path / "candles.parquet"
    path.write_text("timestamp,open\n1,2\n")
    assert "not a readable Parquet file" in rejected(path).problem


def test_parquet_missing_column_and_no_rows(tmp_path):
    path = tmp_path / "candles.parquet"
    good_frame().drop(columns=["volume"]).to_parquet(path)
    assert rejected(path).problem == "missing column 'volume'"
    good_frame().iloc[:0].to_parquet(path)
    assert "no candles" in rejected(path).problem


@needs_data
def test_candles_built_from_trades_equal_the_exchange_candles():
    trades = load_trades(DATA / "binance_spot_XRP-ETH_trades.parquet")
    assert len(trades.ts) == 12_477 and set(np.unique(trades.side)) == {-1, 1}
    built = candles_from_trades(trades.ts, trades.price, trades.amount, "1m")
    exchange = load_candles(DATA / "binance_spot_XRP-ETH_1m.parquet")
    # The common window is every minute from the first trade's minute to the last trade's.
    # No boundary minute needs excluding: the trade file starts with the first trade of
    # 2019-10-11 00:00 and ends with the last trade of the exchange's last candle, so its
    # first and last minutes are complete (a partial edge minute would differ in open/volume).
    window = (exchange.ts >= built.ts[0]) & (exchange.ts <= built.ts[-1])
    assert window.sum() == len(exchange)
    assert np.array_equal(built.ts, exchange.ts[window])  # minutes without trades omitted
    for col in ("open", "high", "low", "close"):
        assert np.array_equal(getattr(built, col), getattr(exchange, col)[window]), col
    np.testing.assert_allclose(built.volume, exchange.volume[window], rtol=1e-9)


def test_candles_from_trades_buckets_and_omits_empty_minutes():
    ts = np.array([60_000, 60_500, 61_000, 59_999, 240_001])
    price = np.array([10.0, 12.0, 9.0, 11.0, 15.0])
    amount = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    c = candles_from_trades(ts, price, amount)
    assert c.ts.tolist() == [0, 60_000, 240_000]
    assert c.open.tolist() == [11.0, 10.0, 15.0]
    assert (c.high.tolist(), c.low.tolist()) == ([11.0, 12.0, 15.0], [11.0, 9.0, 15.0])
    assert c.close.tolist() == [11.0, 9.0, 15.0]
    assert c.volume.tolist() == [4.0, 6.0, 5.0]
    assert len(candles_from_trades(ts[:0], price[:0], amount[:0])) == 0


def test_bad_trade_file_is_rejected(tmp_path):
    path = tmp_path / "trades.csv"
    path.write_text("timestamp,price,amount,side\n1000,1.5,2,buy\n1001,1.6,1,hold\n")
    with pytest.raises(DataFileError) as info:
        load_trades(path)
    assert info.value.row == 3 and "'hold' is neither buy nor sell" in info.value.problem
