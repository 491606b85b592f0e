"""Import candle and trade files (CSV or Parquet) with strict, all-or-nothing validation.

A trader's file is either used whole or rejected with a `DataFileError` naming the first bad
row as the trader would find it (the line number in a CSV, header = line 1; the row number in
a Parquet file, first row = 1) and the problem in words. Nothing is half-loaded.

Candle files need columns timestamp, open, high, low, close, volume (any letter case, any
order, extra columns ignored; `time`, `date`, `datetime`, `open_time` are accepted for the
timestamp). A CSV without a header is read as Binance's kline dump layout (the first six
columns). Timestamps may be integers in seconds, milliseconds or microseconds since the epoch
(told apart by magnitude) or ISO-8601 strings (UTC unless they carry an offset), between
1970 and 2100.

Files are read and checked in chunks of CHUNK_ROWS rows, so validating a file needs memory
for the parsed numbers plus one chunk of text, not for the whole file as Python strings
(a 1 GB CSV as strings would take several times that). A Parquet file is read one row group
at a time (desktop/data/parquet_io.py, fastparquet); a row group of plain numbers (the usual
candle file) is checked as numpy arrays in chunks of NUMBER_CHUNK_ROWS, text CHUNK_ROWS at a
time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from desktop.core import Candles, DataFileError
from desktop.core.messages import marker
from desktop.core.timeframes import timeframe_ms
from desktop.data import parquet_io

_t = marker("DataFiles")

if TYPE_CHECKING:
    import pandas as pd

CANDLE_COLUMNS = ("timestamp", "open", "high", "low", "close", "volume")
TRADE_COLUMNS = ("timestamp", "price", "amount", "side")
TIMESTAMP_ALIASES = ("timestamp", "time", "date", "datetime", "open_time", "ts")
CSV_SUFFIXES = (".csv", ".txt")
PARQUET_SUFFIXES = (".parquet", ".pq")
CHUNK_ROWS = 50_000
NUMBER_CHUNK_ROWS = 1_000_000  # a Parquet file of numbers: its chunks are numbers already
MAX_TIMESTAMP_MS = 4_102_444_800_000  # 2100-01-01: later is a unit or typing mistake


class Trades(NamedTuple):
    """Public trades as columns. `side` is +1 where the taker bought, -1 where it sold."""

    ts: np.ndarray  # int64 ms
    price: np.ndarray
    amount: np.ndarray  # base currency
    side: np.ndarray  # int8


class _Table(NamedTuple):
    # lower-case name -> raw column: a pandas Series, or a numpy array of numbers or times
    columns: dict[str, pd.Series | np.ndarray]
    rows: np.ndarray  # the number a person sees for each row (CSV line / Parquet row)
    header_row: int | None  # where a missing column would have been named


# -- public API -----------------------------------------------------------------------------


def load_candles(path: str | Path) -> Candles:
    """OHLCV candles from a CSV or Parquet file; `DataFileError` if anything is wrong."""
    name = str(path)
    parts: list[tuple[np.ndarray, ...]] = []
    for table in _read_table(Path(path), headerless_layout=CANDLE_COLUMNS):
        cols = _require(name, table, CANDLE_COLUMNS)
        if len(table.rows):
            parts.append(_candle_chunk(name, table, cols, parts[-1][0][-1] if parts else None))
    if not parts:
        raise DataFileError(name, _t("the file has no candles"))
    return Candles.from_arrays(*_join(parts))


def _candle_chunk(name: str, table: _Table, cols: dict[str, pd.Series | np.ndarray],
                  before: int | None) -> tuple[np.ndarray, ...]:
    """One chunk's (ts, open, high, low, close, volume), checked; `before` is the timestamp
    of the previous chunk's last row."""
    problems = _Problems(name, table.rows)
    ts = _parse_timestamps(cols["timestamp"], problems)
    values = {c: _parse_numbers(c, cols[c], problems) for c in CANDLE_COLUMNS[1:]}
    o, h, lo, c, v = (values[k] for k in CANDLE_COLUMNS[1:])
    for col in CANDLE_COLUMNS[1:5]:
        x = values[col]
        problems.check(x <= 0, lambda i, k=col, x=x: _t("{col} {value} is not a positive price",
                                                        col=k, value=_num(x[i])))
    problems.check(v < 0, lambda i: _t("volume {value} is negative", value=_num(v[i])))
    problems.check(h < lo, lambda i: _t("high {high} is below low {low}", high=_num(h[i]),
                                                       low=_num(lo[i])))
    for col, x in (("open", o), ("close", c)):
        problems.check(x > h, lambda i, k=col, x=x: _t("{col} {value} is above high {high}",
                                                                 col=k, value=_num(x[i]),
                                                                 high=_num(h[i])))
        problems.check(x < lo, lambda i, k=col, x=x: _t("{col} {value} is below low {low}",
                                                                  col=k, value=_num(x[i]),
                                                                  low=_num(lo[i])))
    _check_increasing(ts, problems, strict=True, before=before)
    problems.raise_first()
    return ts, o, h, lo, c, v


def load_trades(path: str | Path) -> Trades:
    """Public trades (timestamp, price, amount, side) from a CSV or Parquet file.

    Rows must be in time order (several trades may share a millisecond); file order is kept
    within a millisecond, which is the exchange's order when the file is sorted by trade id.
    """
    name = str(path)
    parts: list[tuple[np.ndarray, ...]] = []
    for table in _read_table(Path(path), headerless_layout=None):
        cols = _require(name, table, TRADE_COLUMNS)
        if len(table.rows):
            parts.append(_trade_chunk(name, table, cols, parts[-1][0][-1] if parts else None))
    if not parts:
        raise DataFileError(name, _t("the file has no trades"))
    return Trades(*_join(parts))


def load_replay(path: str | Path) -> tuple[Candles, Trades | None]:
    """What a replay plays: a candle file's candles, or a trades file's 1m candles with its
    trades (the replay then prints the file's own trades). A file that is neither is refused
    with the candle reading's reason."""
    try:
        return load_candles(path), None
    except DataFileError as candle_error:
        try:
            trades = load_trades(path)
        except DataFileError:
            raise candle_error from None
    return candles_from_trades(trades.ts, trades.price, trades.amount, "1m"), trades


def _trade_chunk(name: str, table: _Table, cols: dict[str, pd.Series | np.ndarray],
                 before: int | None) -> tuple[np.ndarray, ...]:
    problems = _Problems(name, table.rows)
    ts = _parse_timestamps(cols["timestamp"], problems)
    price = _parse_numbers("price", cols["price"], problems)
    amount = _parse_numbers("amount", cols["amount"], problems)
    problems.check(price <= 0,
                   lambda i: _t("price {value} is not positive", value=_num(price[i])))
    problems.check(amount <= 0,
                   lambda i: _t("amount {value} is not positive", value=_num(amount[i])))
    import pandas as pd

    side_text = pd.Series(cols["side"]).astype(str).str.strip().str.lower()
    side = np.where(side_text == "buy", 1, np.where(side_text == "sell", -1, 0)).astype(np.int8)
    problems.check(side == 0, lambda i: _t("side {text!r} is neither buy nor sell",
                                                        text=side_text.iloc[i]))
    _check_increasing(ts, problems, strict=False, before=before)
    problems.raise_first()
    return ts, price, amount, side


def _join(parts: list[tuple[np.ndarray, ...]]) -> list[np.ndarray]:
    """The chunks' columns end to end, one column at a time, each column's chunks released
    as soon as it is joined (so the peak is the result plus one column, not twice it)."""
    columns: list[list[np.ndarray] | None] = [list(c) for c in zip(*parts, strict=True)]
    parts.clear()
    joined = []
    for i, chunks in enumerate(columns):
        assert chunks is not None
        joined.append(np.concatenate(chunks))
        columns[i] = None
    return joined


def candles_from_trades(
    ts: np.ndarray, price: np.ndarray, amount: np.ndarray, timeframe: str = "1m"
) -> Candles:
    """OHLCV per `timeframe` bucket as an exchange builds its klines: open is the first trade,
    close the last, volume the summed base amount. Buckets without trades are omitted."""
    ts = np.asarray(ts, dtype=np.int64)
    price = np.asarray(price, dtype=np.float64)
    amount = np.asarray(amount, dtype=np.float64)
    if not (len(ts) == len(price) == len(amount)):
        raise ValueError(
            f"ts, price and amount must have the same length, got {len(ts)}, {len(price)}, "
            f"{len(amount)}"
        )
    if len(ts) == 0:
        return Candles.empty()
    if np.any(np.diff(ts) < 0):
        order = np.argsort(ts, kind="stable")  # stable: same-ms trades keep their order
        ts, price, amount = ts[order], price[order], amount[order]
    step = timeframe_ms(timeframe)
    bucket = ts - ts % step
    starts = np.concatenate([[0], np.flatnonzero(np.diff(bucket)) + 1])
    ends = np.concatenate([starts[1:], [len(ts)]])
    return Candles.from_arrays(
        bucket[starts],
        price[starts],
        np.maximum.reduceat(price, starts),
        np.minimum.reduceat(price, starts),
        price[ends - 1],
        np.add.reduceat(amount, starts),
    )


# -- reading --------------------------------------------------------------------------------


def _read_table(path: Path, headerless_layout: tuple[str, ...] | None) -> Iterator[_Table]:
    """The file as consecutive tables of at most CHUNK_ROWS rows (at least one, maybe empty)."""
    name = str(path)
    if not path.is_file():
        raise DataFileError(name, _t("the file does not exist"))
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, headerless_layout)
    if suffix in PARQUET_SUFFIXES:
        return _read_parquet(path)
    raise DataFileError(name, _t("unsupported file type {suffix!r}; use .csv or .parquet",
                                 suffix=suffix or "(none)"))


def _read_csv(path: Path, headerless_layout: tuple[str, ...] | None) -> Iterator[_Table]:
    import pandas as pd

    name = str(path)
    with path.open("r", encoding="utf-8-sig", errors="replace") as f:
        first_line = f.readline()
        if not first_line.strip() and not f.read(1):
            raise DataFileError(name, _t("the file is empty"))
    first_field = first_line.split(",")[0].strip().strip('"')
    headerless = headerless_layout is not None and _is_number(first_field)
    try:
        reader = pd.read_csv(
            path,
            header=None if headerless else 0,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            encoding="utf-8-sig",
            chunksize=CHUNK_ROWS,
        )
    except pd.errors.EmptyDataError:
        raise DataFileError(name, _t("the file is empty")) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise DataFileError(name, _t("not a readable CSV file: {exc}", exc=exc)) from None
    return _csv_chunks(name, reader, headerless, headerless_layout)


def _csv_chunks(name: str, reader, headerless: bool,
                headerless_layout: tuple[str, ...] | None) -> Iterator[_Table]:
    import pandas as pd

    first_data_line = 1 if headerless else 2
    offset = 0
    with reader:
        while True:
            try:
                frame = next(reader)
            except StopIteration:
                break
            except pd.errors.EmptyDataError:
                raise DataFileError(name, _t("the file is empty")) from None
            except pd.errors.ParserError as exc:
                line = re.search(r"line (\d+)", str(exc))
                raise DataFileError(name, _t("not a well-formed CSV file: {exc}", exc=exc),
                                    int(line.group(1)) if line else None) from None
            except (UnicodeDecodeError, ValueError) as exc:
                raise DataFileError(name, _t("not a readable CSV file: {exc}", exc=exc)) from None
            rows = np.arange(len(frame)) + first_data_line + offset
            offset += len(frame)
            # Blank lines are skipped but still counted, so line numbers match an editor's.
            blank = (frame.apply(lambda col: col.str.strip()) == "").all(axis=1).to_numpy()
            frame, rows = frame.loc[~blank], rows[~blank]
            if headerless:
                assert headerless_layout is not None
                if frame.shape[1] < len(headerless_layout):
                    raise DataFileError(
                        name,
                        _t("a file without a header needs at least {count} columns "
                           "({columns}); found {found}", count=len(headerless_layout),
                           columns=", ".join(headerless_layout), found=frame.shape[1]),
                        1,
                    )
                frame = frame.iloc[:, : len(headerless_layout)]
                frame.columns = list(headerless_layout)
            yield _Table(_columns_by_name(name, frame, 1), rows, None if headerless else 1)


def _read_parquet(path: Path) -> Iterator[_Table]:
    name = str(path)
    try:
        parquet = parquet_io.open_file(path)
    except parquet_io.ParquetError as exc:
        raise DataFileError(name, _t("not a readable Parquet file: {exc}", exc=exc)) from None
    return _parquet_chunks(name, parquet)


def _parquet_chunks(name: str, parquet) -> Iterator[_Table]:
    offset = 0
    seen = False
    frames = parquet_io.row_groups(parquet)
    while True:
        try:
            frame = next(frames)
        except StopIteration:
            break
        except parquet_io.ParquetError as exc:
            raise DataFileError(name, _t("not a readable Parquet file: {exc}", exc=exc)) from None
        seen = True
        # A row group of numbers is checked whole; text CHUNK_ROWS at a time.
        step = NUMBER_CHUNK_ROWS if _all_plain(frame) else CHUNK_ROWS
        for start in range(0, max(len(frame), 1), step):
            part = frame.iloc[start:start + step]
            yield _Table(_parquet_columns(name, part), np.arange(len(part)) + 1 + offset, None)
            offset += len(part)
    if not seen:  # no rows at all: still say which columns are missing
        frame = parquet_io.empty_frame(parquet)
        yield _Table(_columns_by_name(name, frame, None), np.arange(0), None)


def _all_plain(frame: pd.DataFrame) -> bool:
    """Only numbers and times (no text, no nullable extension types)."""
    return all(isinstance(t, np.dtype) and t.kind in "iufM" for t in frame.dtypes)


def _parquet_columns(name: str, frame: pd.DataFrame) -> dict[str, pd.Series | np.ndarray]:
    """Columns of numbers without missing values as numpy arrays (the checks' fast path),
    anything else as the pandas Series fastparquet made."""
    columns = _columns_by_name(name, frame, None)
    for key, column in columns.items():
        if isinstance(column.dtype, np.dtype) and column.dtype.kind in "iuf":
            columns[key] = column.to_numpy()
    return columns


def _columns_by_name(name: str, frame: pd.DataFrame, header_row: int | None) -> dict:
    columns: dict[str, pd.Series] = {}
    for i, raw in enumerate(frame.columns):
        key = str(raw).strip().lower()
        if key in columns:
            raise DataFileError(name, _t("column {key!r} appears twice", key=key), header_row)
        columns[key] = frame.iloc[:, i].reset_index(drop=True)
    return columns


def _require(name: str, table: _Table,
             wanted: tuple[str, ...]) -> dict[str, pd.Series | np.ndarray]:
    found: dict[str, pd.Series | np.ndarray] = {}
    for col in wanted:
        aliases = TIMESTAMP_ALIASES if col == "timestamp" else (col,)
        match = next((a for a in aliases if a in table.columns), None)
        if match is None:
            raise DataFileError(name, _t("missing column {col!r}", col=col), table.header_row)
        found[col] = table.columns[match]
    return found


# -- parsing and checks ---------------------------------------------------------------------


class _Problems:
    """Collects the first offending row of every check; the earliest row wins, and among
    problems of the same row the one checked first (parsing before ranges before order)."""

    def __init__(self, name: str, rows: np.ndarray) -> None:
        self._name = name
        self._rows = rows
        self._first: tuple[int, int, Callable[[int], str]] | None = None
        self._checks = 0

    def check(self, bad: np.ndarray, message: Callable[[int], str]) -> None:
        self._checks += 1
        hits = np.flatnonzero(bad)
        if hits.size and (self._first is None or hits[0] < self._first[0]):
            self._first = (int(hits[0]), self._checks, message)

    def raise_first(self) -> None:
        if self._first is not None:
            index, _, message = self._first
            raise DataFileError(self._name, message(index), int(self._rows[index]))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _is_number_array(raw: pd.Series | np.ndarray) -> bool:
    return isinstance(raw, np.ndarray) and raw.dtype.kind in "iuf"


def _parse_numbers(col: str, raw: pd.Series | np.ndarray, problems: _Problems) -> np.ndarray:
    if _is_number_array(raw):
        values = raw.astype(np.float64, copy=False)
        problems.check(np.isnan(values), lambda i: _t("{col} is missing or NaN", col=col))
        problems.check(np.isinf(values), lambda i: _t("{col} is infinite ({value})", col=col,
                                                                   value=_num(values[i])))
        return values
    import pandas as pd

    if isinstance(raw, np.ndarray):
        raw = pd.Series(raw, copy=False)
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        values = raw.to_numpy(dtype=np.float64, na_value=np.nan)
        problems.check(np.isnan(values), lambda i: _t("{col} is missing or NaN", col=col))
    else:
        text = raw.astype(str).str.strip()
        values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        lowered = text.str.lower()
        empty = (text == "").to_numpy()
        nan_word = lowered.isin(["nan", "-nan", "+nan"]).to_numpy()
        unparsed = np.isnan(values) & ~empty & ~nan_word
        problems.check(empty, lambda i: _t("{col} is empty", col=col))
        problems.check(unparsed, lambda i: _t("{col} {text!r} is not a number", col=col,
                                                            text=text.iloc[i]))
        problems.check(nan_word, lambda i: _t("{col} is NaN", col=col))
    problems.check(np.isinf(values), lambda i: _t("{col} is infinite ({value})", col=col,
                                                                   value=_num(values[i])))
    return values


def _parse_timestamps(raw: pd.Series | np.ndarray, problems: _Problems) -> np.ndarray:
    """Milliseconds since the epoch (UTC) per row; rows that fail are reported to `problems`."""
    n = len(raw)
    text: pd.Series | _TextOf
    if _is_number_array(raw):
        numbers = raw.astype(np.float64, copy=False)
        text = _TextOf(raw)
        iso_ms = np.zeros(n, dtype=np.int64)
        is_iso = np.zeros(n, dtype=bool)
        return _numeric_timestamps(raw, numbers, text, iso_ms, is_iso, problems)
    import pandas as pd

    if isinstance(raw, np.ndarray):
        raw = pd.Series(raw, copy=False)
    if isinstance(raw.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(raw.dtype):
        stamps = pd.to_datetime(raw, utc=True)
        ms = _datetimes_to_ms(stamps)
        missing = stamps.isna().to_numpy()
        problems.check(missing, lambda i: _t("timestamp is missing"))
        _check_iso_range(~missing, ms, stamps.astype(str), problems)
        return ms
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        numbers = raw.to_numpy(dtype=np.float64, na_value=np.nan)
        text = _TextOf(raw)
        iso_ms = np.zeros(n, dtype=np.int64)
        is_iso = np.zeros(n, dtype=bool)
    else:
        text = raw.astype(str).str.strip()
        numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        not_numeric = np.isnan(numbers) & (text != "").to_numpy()
        iso = pd.to_datetime(text.where(not_numeric), format="ISO8601", utc=True, errors="coerce")
        is_iso = not_numeric & iso.notna().to_numpy()
        iso_ms = _datetimes_to_ms(iso)
        problems.check((text == "").to_numpy(), lambda i: _t("timestamp is empty"))
        problems.check(
            not_numeric & ~is_iso,
            lambda i: _t("timestamp {text!r} is not a number or ISO-8601 date",
                          text=text.iloc[i]),
        )
    return _numeric_timestamps(raw, numbers, text, iso_ms, is_iso, problems)


def _numeric_timestamps(raw: pd.Series | np.ndarray, numbers: np.ndarray,
                        text: pd.Series | _TextOf, iso_ms: np.ndarray, is_iso: np.ndarray,
                        problems: _Problems) -> np.ndarray:
    """The checks and units of timestamps given as numbers (`is_iso`: rows that were dates)."""
    numeric = ~is_iso & np.isfinite(numbers)
    problems.check(
        ~is_iso & ~np.isfinite(numbers) & ~np.isnan(numbers),
        lambda i: _t("timestamp {text!r} is not a finite number", text=text.iloc[i]),
    )
    if isinstance(raw.dtype, np.dtype) and raw.dtype.kind == "f":
        problems.check(np.isnan(numbers), lambda i: _t("timestamp is missing or NaN"))
    problems.check(numeric & (numbers < 0),
                   lambda i: _t("timestamp {text!r} is before 1970", text=text.iloc[i]))
    ms_float = np.where(numeric, _numbers_to_ms(np.where(numeric, numbers, 0.0)), 0.0)
    problems.check(numeric & (ms_float > MAX_TIMESTAMP_MS),
                   lambda i: _t("timestamp {text!r} is after 2100 in any unit",
                                 text=text.iloc[i]))
    _check_iso_range(is_iso, iso_ms, text, problems)
    in_range = numeric & (ms_float <= MAX_TIMESTAMP_MS)
    ms = np.where(is_iso, iso_ms, np.where(in_range, ms_float, 0.0))
    return ms.astype(np.int64)


class _TextOf:
    """`raw.astype(str)` for the rows a message names only: a million numbers made text
    costs a third of a second, and only a bad row is ever shown."""

    def __init__(self, raw: pd.Series | np.ndarray) -> None:
        self._raw = raw

    @property
    def iloc(self) -> _TextOf:
        return self

    def __getitem__(self, i: int) -> object:
        import pandas as pd

        return pd.Series(self._raw[i : i + 1] if isinstance(self._raw, np.ndarray)
                         else self._raw.iloc[i : i + 1]).astype(str).iloc[0]


def _check_iso_range(is_iso: np.ndarray, iso_ms: np.ndarray, text: pd.Series | _TextOf,
                     problems: _Problems) -> None:
    problems.check(is_iso & (iso_ms < 0),
                   lambda i: _t("timestamp {text!r} is before 1970", text=text.iloc[i]))
    problems.check(is_iso & (iso_ms > MAX_TIMESTAMP_MS),
                   lambda i: _t("timestamp {text!r} is after 2100", text=text.iloc[i]))


def _numbers_to_ms(numbers: np.ndarray) -> np.ndarray:
    """Milliseconds as floats (the caller range-checks before making integers of them)."""
    # Seconds, milliseconds, microseconds and nanoseconds since 1970 occupy different
    # magnitudes for any date between 1973 and 5138, so the unit can be told per value.
    magnitude = np.abs(numbers)
    factor = np.select(
        [magnitude < 1e11, magnitude < 1e14, magnitude < 1e17], [1000.0, 1.0, 1e-3], 1e-6
    )
    return np.round(numbers * factor)


def _datetimes_to_ms(stamps: pd.Series) -> np.ndarray:
    # Through microseconds, not nanoseconds: a date like 9999-12-31 fits in them, so it is
    # reported as out of range instead of overflowing.
    naive = stamps.dt.tz_convert("UTC").dt.tz_localize(None)
    us = naive.to_numpy(dtype="datetime64[us]")
    ms = us.astype("datetime64[ms]").astype(np.int64)
    return np.where(np.isnat(us), 0, ms)


def _check_increasing(ts: np.ndarray, problems: _Problems, strict: bool,
                      before: int | None = None) -> None:
    """`before`: the last timestamp of the previous chunk, so order holds across chunks."""
    full = ts if before is None else np.concatenate([[before], ts])
    step = np.diff(full)
    if before is None:
        step = np.concatenate([[1], step])  # the first row has nothing before it
    # full[i + shift] is row i, full[i + shift - 1] the row before it
    shift = 0 if before is None else 1
    problems.check(
        step < 0,
        lambda i: _t("timestamps not increasing: {when} after {before}",
                     when=_when(full[i + shift]), before=_when(full[i + shift - 1])),
    )
    if strict:
        problems.check(
            step == 0,
            lambda i: _t("duplicate timestamp {when}: the row before has the same time",
                         when=_when(full[i + shift])),
        )


def _num(value: float) -> float:
    """A cell's number for a message: a plain float (English reads it as repr does, the UI
    writes it the locale's way)."""
    return float(value)


def _when(ms: int) -> str:
    moment = datetime.fromtimestamp(int(ms) / 1000, UTC)
    text = moment.strftime("%Y-%m-%d %H:%M")
    if moment.second or moment.microsecond:
        text += moment.strftime(":%S")
    if moment.microsecond:
        text += f".{moment.microsecond // 1000:03d}"
    return text
