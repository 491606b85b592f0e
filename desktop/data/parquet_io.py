"""Parquet files through fastparquet: the one place the app reads and writes them.

fastparquet (with cramjam's codecs) instead of pyarrow: the app's Parquet files are flat
tables of numbers (candles, funding rates; a trader's file may add text or time columns),
which fastparquet reads into pandas at the same speed, and the built app carries ~6 MB for
it instead of pyarrow's 78 MB (docs/architecture.md, "The built app's size"). Files that
pyarrow or pandas wrote (any codec: snappy, zstd, gzip, lz4, brotli) read the same.
Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd
    from fastparquet import ParquetFile


class ParquetError(Exception):
    """The file is not a Parquet file this app can read (its text says why)."""


# fastparquet reports a file that is not Parquet, or is cut short, as OSError (EINVAL), a
# damaged page as ValueError/struct/thrift errors: all of them mean "this file".
_READ_ERRORS = (OSError, ValueError, TypeError, IndexError, KeyError, EOFError,
                RuntimeError)


def open_file(path: str | Path) -> ParquetFile:
    """The file's footer read: columns, types, row groups and key-value metadata."""
    from fastparquet import ParquetFile

    try:
        return ParquetFile(str(path))
    except _READ_ERRORS as exc:
        raise ParquetError(str(exc) or type(exc).__name__) from None


def row_groups(parquet: ParquetFile, columns: list[str] | None = None
               ) -> Iterator[pd.DataFrame]:
    """The file's rows, one DataFrame per row group (first row first). A column pandas
    stored as the index (`df.set_index("timestamp").to_parquet(...)`) is a column here too."""
    frames = parquet.iter_row_groups(columns=columns, index=False)
    while True:
        try:
            frame = next(frames)
        except StopIteration:
            return
        except _READ_ERRORS as exc:
            raise ParquetError(str(exc) or type(exc).__name__) from None
        yield frame


def empty_frame(parquet: ParquetFile) -> pd.DataFrame:
    """No rows, the file's columns and types (a file without row groups)."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in
                         parquet.dtypes.items()})


def read_columns(path: str | Path, columns: list[str]) -> dict[str, np.ndarray]:
    """Whole columns as numpy arrays (missing values as the dtype's NaN/NaT)."""
    parquet = open_file(path)
    missing = [c for c in columns if c not in parquet.columns]
    if missing:
        raise ParquetError(f"no column {missing[0]!r}")
    frames = list(row_groups(parquet, columns)) or [empty_frame(parquet)[columns]]
    return {c: np.concatenate([f[c].to_numpy() for f in frames]) for c in columns}


def metadata(path: str | Path) -> dict[str, str]:
    """The file's key-value metadata."""
    return dict(open_file(path).key_value_metadata)


def write_columns(path: str | Path, columns: Mapping[str, np.ndarray],
                  meta: Mapping[str, str]) -> None:
    """A new file at `path` (zstd-compressed, no index column), with `meta` as key-value
    metadata. The caller makes it atomic (history_store writes a temporary file)."""
    import fastparquet
    import pandas as pd

    frame = pd.DataFrame(dict(columns), copy=False)
    fastparquet.write(str(path), frame, compression="ZSTD", write_index=False,
                      custom_metadata=dict(meta), stats=False)
