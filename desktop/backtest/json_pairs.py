"""A JSON list of [text, number] pairs (an equity curve) written as bytes, block by block.

A million points as a million (str, float) tuples handed to a JSON encoder cost ~0.3 s of
CPU in a fresh `pregao backtest --json` (times formatted one by one, the tuples, the encoder
walking them), after every run. Here each text is two fixed-width ASCII pieces picked from
small tables (a day, a time of day: see desktop.backtest.export.iso_time_parts), the numbers
come as orjson's text of the float array (the very digits it writes for a Python float), and
one compiled loop copies them into place. It goes a block of points at a time through one
small buffer: a 40 MB output built whole is page-faulted in and out again on every run. The
tests compare the bytes with orjson's of the pairs.
"""

from __future__ import annotations

from typing import BinaryIO

import numpy as np
import orjson
from numba import njit

# The texts of the pairs: text k is rows_a[index_a[k]] followed by rows_b[index_b[k]], each
# table an (entries, width) uint8 array of ASCII.
TextParts = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]

_BLOCK = 1 << 16  # points per block: a few MB of buffer, reused


def write_pairs(out: BinaryIO, texts: TextParts, values: np.ndarray) -> None:
    """Write b'[["<text 0>",<value 0>],...]' (NaN and infinities as null, as orjson writes
    them) for one value per text."""
    rows_a, index_a, rows_b, index_b = texts
    n = len(index_a)
    if len(index_b) != n or len(values) != n:
        raise ValueError(f"{n} texts for {len(values)} values")
    values = np.ascontiguousarray(values, dtype=np.float64)
    width = rows_a.shape[1] + rows_b.shape[1]
    buffer = np.empty(0, dtype=np.uint8)
    out.write(b"[")
    for a in range(0, n, _BLOCK):
        b = min(n, a + _BLOCK)
        body = np.frombuffer(orjson.dumps(values[a:b], option=orjson.OPT_SERIALIZE_NUMPY),
                             dtype=np.uint8)[1:-1]
        # per pair ',["' text '",' value ']': the values' text has b - a - 1 commas of its
        # own, one fewer than the pairs need
        size = (b - a) * (width + 6) + len(body) + 1
        if len(buffer) < size:
            buffer = np.empty(size, dtype=np.uint8)
        used = _write_block(rows_a, index_a[a:b], rows_b, index_b[a:b], body, buffer, a == 0)
        if used < 0:
            raise ValueError("the values' text does not hold one number per pair")
        out.write(memoryview(buffer)[:used])
    out.write(b"]")


@njit(cache=True)
def _write_block(rows_a, index_a, rows_b, index_b, body, out, first):
    """The pairs of one block, each after a comma unless it is the very first; returns the
    bytes written, or -1 if `body` does not hold one value per pair."""
    wa = rows_a.shape[1]
    wb = rows_b.shape[1]
    n = index_a.shape[0]
    comma, quote, open_, close = 44, 34, 91, 93
    o = 0
    j = 0
    for k in range(n):
        if k > 0 or not first:
            out[o] = comma
            o += 1
        out[o] = open_
        out[o + 1] = quote
        o += 2
        a = index_a[k]
        for c in range(wa):
            out[o + c] = rows_a[a, c]
        o += wa
        b = index_b[k]
        for c in range(wb):
            out[o + c] = rows_b[b, c]
        o += wb
        out[o] = quote
        out[o + 1] = comma
        o += 2
        start = j
        while j < body.shape[0] and body[j] != comma:
            out[o] = body[j]
            o += 1
            j += 1
        if j == start or (j >= body.shape[0] and k < n - 1):
            return -1  # an empty value, or fewer values than pairs
        j += 1  # the comma between values
        out[o] = close
        o += 1
    if j != body.shape[0] + 1:
        return -1  # more values than pairs
    return o
