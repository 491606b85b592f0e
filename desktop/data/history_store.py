"""The candle cache: one Parquet file per exchange/symbol/timeframe, merged incrementally.

Layout: `<root>/<exchange>/<symbol>__<timeframe>.parquet`, each part percent-encoded so a
symbol such as "BTC/USDT:USDT" makes a valid file name on every OS. The key is also written
into the file's schema metadata; listing reads it from there, not from the name.

Every write goes to a temporary file in the same folder, is flushed to disk, then replaces
the old file with `os.replace` (atomic): a crash or a full disk mid-write leaves the previous
version intact, never half a file. The engine thread is the only writer of the cache; its
writes run in worker threads, so a lock keeps two of them from racing on one file.

Qt-free. Timeframes are those of `desktop.core.timeframes` (gap detection needs their length).
"""

from __future__ import annotations

import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

import numpy as np

from desktop.core import Candles, DataFileError
from desktop.core.messages import marker
from desktop.core.timeframes import timeframe_ms
from desktop.data import parquet_io
from desktop.data.candle_files import load_candles

_t = marker("History")

CACHE_ENV = "PREGAO_CANDLE_CACHE"  # overrides the default root (tests, portable installs)
SUFFIX = ".parquet"
TMP_MARK = ".tmp-"
_SEP = "__"
_META = {"pregao.exchange": "exchange", "pregao.symbol": "symbol",
         "pregao.timeframe": "timeframe"}  # fmt: skip
_COLUMNS = ("timestamp", "open", "high", "low", "close", "volume")  # int64, then float64


def default_root() -> Path:
    """$PREGAO_CANDLE_CACHE, else the user's cache folder (platformdirs) / "candles"."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Pregao")) / "candles"


@dataclass(slots=True, frozen=True)
class DatasetKey:
    exchange: str  # the cache's name of the data's origin: "binance", "demo", "imported"
    symbol: str  # "BTC/USDT", "BTC/USDT:USDT"
    timeframe: str  # "1m" ... "1d"

    def __post_init__(self) -> None:
        if not self.exchange.strip() or not self.symbol.strip():
            raise ValueError("A candle dataset needs an exchange and a symbol")
        timeframe_ms(self.timeframe)  # ValueError names an unknown timeframe

    @property
    def step_ms(self) -> int:
        return timeframe_ms(self.timeframe)

    def relative_path(self) -> Path:
        return Path(_safe(self.exchange)) / f"{_safe(self.symbol)}{_SEP}{self.timeframe}{SUFFIX}"


@dataclass(slots=True, frozen=True)
class Gap:
    """Candles missing between two cached ones: `first_ms` .. `last_ms` (open times, both
    inclusive), `missing` candles in all."""

    first_ms: int
    last_ms: int
    missing: int


@dataclass(slots=True, frozen=True)
class DatasetInfo:
    """What the cache holds for one key."""

    key: DatasetKey
    path: str
    count: int
    first_ms: int
    last_ms: int
    gaps: tuple[Gap, ...]

    @property
    def missing(self) -> int:
        return sum(g.missing for g in self.gaps)


def find_gaps(ts: np.ndarray, step_ms: int) -> tuple[Gap, ...]:
    """Runs of missing candles in sorted open times `ts` of a `step_ms` timeframe."""
    if len(ts) < 2:
        return ()
    diff = np.diff(ts)
    missing = -(-diff // step_ms) - 1  # ceil: a misaligned candle still leaves a hole
    return tuple(
        Gap(int(ts[i]) + step_ms, int(ts[i]) + int(missing[i]) * step_ms, int(missing[i]))
        for i in np.flatnonzero(missing > 0)
    )


def merge(old: Candles, new: Candles) -> Candles:
    """Both histories as one, sorted by time; where both have a candle, `new`'s wins."""
    if len(new) == 0:
        return old
    if len(old) == 0 or new.ts[0] > old.ts[-1]:
        new = _sorted_unique(new)
        return new if len(old) == 0 else _concat(old, new)
    both = _concat(old, new)
    # A stable sort keeps `new`'s row after `old`'s at an equal time; the last of each run wins.
    order = np.argsort(both.ts, kind="stable")
    ts = both.ts[order]
    last = np.concatenate([ts[1:] != ts[:-1], [True]])
    pick = order[last]
    return Candles(*(col[pick] for col in _columns(both)))


class HistoryStore:
    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_root()
        self._lock = threading.Lock()

    def path(self, key: DatasetKey) -> Path:
        return self.root / key.relative_path()

    # -- reading ---------------------------------------------------------------------------
    def read(
        self, key: DatasetKey, start_ms: int | None = None, end_ms: int | None = None
    ) -> Candles:
        """Cached candles opening in [start_ms, end_ms); empty when nothing is cached."""
        path = self.path(key)
        if not path.exists():
            return Candles.empty()
        candles = self._read_file(path)
        lo = 0 if start_ms is None else int(np.searchsorted(candles.ts, start_ms, "left"))
        hi = len(candles) if end_ms is None else int(np.searchsorted(candles.ts, end_ms, "left"))
        return candles if (lo, hi) == (0, len(candles)) else candles.slice(lo, hi)

    def info(self, key: DatasetKey) -> DatasetInfo | None:
        """Coverage and gaps of one dataset; None when it is not cached."""
        path = self.path(key)
        if not path.exists():
            return None
        return _info(key, path, self._read_file(path).ts)

    def datasets(self) -> list[DatasetInfo]:
        """Every cached dataset, by exchange, symbol and timeframe length."""
        out: list[DatasetInfo] = []
        if not self.root.is_dir():
            return out
        for path in sorted(self.root.glob(f"*/*{SUFFIX}")):
            key = _key_of(path)
            if key is None:
                continue  # not ours (or unreadable): the cache lists only what it can serve
            try:
                ts = parquet_io.read_columns(path, ["timestamp"])["timestamp"]
            except parquet_io.ParquetError:
                continue
            out.append(_info(key, path, ts.astype(np.int64)))
        out.sort(key=lambda d: (d.key.exchange, d.key.symbol, d.key.step_ms))
        return out

    # -- writing ---------------------------------------------------------------------------
    def append(self, key: DatasetKey, candles: Candles) -> DatasetInfo:
        """Merge `candles` into the cache (a fetched candle replaces a cached one of the same
        time) and write the result atomically."""
        with self._lock:
            path = self.path(key)
            old = self._read_file(path) if path.exists() else Candles.empty()
            merged = merge(old, candles)
            if merged is not old:
                self._write(key, path, merged)
            return _info(key, path, merged.ts)

    def replace(self, key: DatasetKey, candles: Candles) -> DatasetInfo:
        """The dataset becomes exactly `candles` (sorted, one per time)."""
        with self._lock:
            path = self.path(key)
            merged = merge(Candles.empty(), candles)
            self._write(key, path, merged)
            return _info(key, path, merged.ts)

    def import_file(
        self, file: str | Path, key: DatasetKey, *, replace: bool = False
    ) -> DatasetInfo:
        """A CSV/Parquet candle file into the cache, whole or not at all.

        The file is validated by `load_candles` first (a `DataFileError` names the line) and
        its candles must open on the timeframe's boundaries; only then is the cache touched,
        in one atomic write (merged into what is cached, or replacing it).
        """
        candles = load_candles(file)
        step = key.step_ms
        off = np.flatnonzero(candles.ts % step != 0)
        if off.size:
            row = int(off[0])
            line = _line_of(Path(file), row)
            raise DataFileError(
                str(file),
                _t("the candle at {when} does not start on a {timeframe} boundary: is this a "
                   "{timeframe} file?",
                   when=_when(int(candles.ts[row])), timeframe=key.timeframe),
                line,
            )
        return self.replace(key, candles) if replace else self.append(key, candles)

    def delete(self, key: DatasetKey) -> bool:
        """Remove a dataset; False when it was not cached."""
        with self._lock:
            path = self.path(key)
            if not path.exists():
                return False
            path.unlink()
            try:
                path.parent.rmdir()  # only succeeds when the exchange folder is now empty
            except OSError:
                pass
            return True

    # -- internals -------------------------------------------------------------------------
    def _read_file(self, path: Path) -> Candles:
        try:
            table = parquet_io.read_columns(path, list(_COLUMNS))
        except parquet_io.ParquetError as exc:
            raise DataFileError(
                str(path),
                _t("the cached candles cannot be read ({exc}); delete the dataset and "
                   "download it again", exc=exc),
            ) from None
        return Candles.from_arrays(*(table[name] for name in _COLUMNS))

    def _write(self, key: DatasetKey, path: Path, candles: Candles) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {k: getattr(key, attr) for k, attr in _META.items()}
        columns = dict(zip(_COLUMNS, _columns(candles), strict=True))
        tmp = path.with_name(f"{path.name}{TMP_MARK}{uuid.uuid4().hex}")
        try:
            parquet_io.write_columns(tmp, columns, meta)
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())  # the bytes are on disk before the name points at them
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        _fsync_dir(path.parent)


def _safe(part: str) -> str:
    # Percent-encoding is reversible and leaves no '/', ':' or other character some OS refuses.
    text = quote(part, safe="-._")
    return text if text not in (".", "..") else text.replace(".", "%2E")


def _key_of(path: Path) -> DatasetKey | None:
    try:
        meta = parquet_io.metadata(path)
    except parquet_io.ParquetError:
        return None
    if all(k in meta for k in _META):
        try:
            return DatasetKey(*(meta[k] for k in _META))
        except ValueError:
            return None
    symbol, sep, timeframe = path.stem.rpartition(_SEP)
    if not sep:
        return None
    try:
        return DatasetKey(unquote(path.parent.name), unquote(symbol), timeframe)
    except ValueError:
        return None


def _info(key: DatasetKey, path: Path, ts: np.ndarray) -> DatasetInfo:
    n = len(ts)
    return DatasetInfo(
        key,
        str(path),
        n,
        int(ts[0]) if n else 0,
        int(ts[-1]) if n else 0,
        find_gaps(ts, key.step_ms),
    )


def _columns(c: Candles) -> tuple[np.ndarray, ...]:
    return (c.ts, c.open, c.high, c.low, c.close, c.volume)


def _concat(a: Candles, b: Candles) -> Candles:
    return Candles(*(np.concatenate([x, y]) for x, y in zip(_columns(a), _columns(b), strict=True)))


def _sorted_unique(c: Candles) -> Candles:
    if len(c) < 2 or bool(np.all(np.diff(c.ts) > 0)):
        return c
    order = np.argsort(c.ts, kind="stable")
    ts = c.ts[order]
    pick = order[np.concatenate([ts[1:] != ts[:-1], [True]])]  # the last of equal times wins
    return Candles(*(col[pick] for col in _columns(c)))


def _line_of(path: Path, row: int) -> int | None:
    """The number a person sees for candle `row` (0-based) of a file load_candles accepted:
    its CSV line (blank lines counted, header = line 1) or its Parquet row (first = 1)."""
    if path.suffix.lower() not in (".csv", ".txt"):
        return row + 1
    with path.open("r", encoding="utf-8-sig", errors="replace") as f:
        first = f.readline()
        header = not _is_number(first.split(",")[0].strip().strip('"'))
        seen = -1 if header else 0
        line = 1
        if not header and row == 0:
            return 1
        for line, text in enumerate(f, start=2):
            if text.strip():
                seen += 1
                if seen == row:
                    return line
    return None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _when(ms: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _fsync_dir(folder: Path) -> None:
    # The rename itself is durable only once the folder's entry is flushed (POSIX).
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
