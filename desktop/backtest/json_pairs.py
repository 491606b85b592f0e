"""A JSON list of [text, number] pairs (an equity curve) written as bytes in one pass.

A million points as a million (str, float) tuples handed to a JSON encoder cost ~0.3 s of
CPU in a fresh `pregao backtest --json` (times formatted one by one, the tuples, the encoder
walking them), after every run. Here each text is two fixed-width ASCII pieces picked from
small tables (a day, a time of day: see desktop.backtest.export.iso_time_parts), the numbers
come as orjson's text of the float array (the very digits it writes for a Python float), and
one compiled loop copies them into place. The tests compare the bytes with orjson's of the
pairs.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# The texts of the pairs: text k is rows_a[index_a[k]] followed by rows_b[index_b[k]], each
# table an (entries, width) uint8 array of ASCII.
TextParts = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def pairs_json(texts: TextParts, values_json: bytes) -> np.ndarray | None:
    """The bytes (uint8) of b'[["<text 0>",<value 0>],...]' from the texts and the JSON text
    of the n values (b'[v0,v1,...]', numbers or null: no commas inside one). None if
    `values_json` does not hold one value per text."""
    rows_a, index_a, rows_b, index_b = texts
    n = len(index_a)
    body = np.frombuffer(values_json, dtype=np.uint8)[1:-1]
    if n == 0 or len(index_b) != n or len(body) == 0:
        return None
    width = rows_a.shape[1] + rows_b.shape[1]
    # '[' + per pair '["' text '",' value ']' + ',' between pairs + ']': with n - 1 commas
    # between the n values, as long as the values' text plus this per pair
    out = np.empty(2 + n * (width + 5) + len(body), dtype=np.uint8)
    if _write_pairs(rows_a, index_a, rows_b, index_b, body, out) != len(out):
        return None  # not n values
    return out


@njit(cache=True)
def _write_pairs(rows_a, index_a, rows_b, index_b, body, out):
    wa = rows_a.shape[1]
    wb = rows_b.shape[1]
    n = index_a.shape[0]
    comma, quote, open_, close = 44, 34, 91, 93
    o = 0
    j = 0
    out[o] = open_
    o += 1
    for k in range(n):
        if k > 0:
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
        while j < body.shape[0] and body[j] != comma:
            out[o] = body[j]
            o += 1
            j += 1
        if j >= body.shape[0] and k < n - 1:
            return -1  # fewer values than texts
        j += 1  # the comma between values
        out[o] = close
        o += 1
    if j != body.shape[0] + 1:
        return -1  # more values than texts
    out[o] = close
    return o + 1
