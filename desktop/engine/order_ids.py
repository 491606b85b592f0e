"""Client order ids: unique across restarts and processes, in every exchange's charset.

"pg" + 16 base32 characters (lowercase letters and digits 2-7) of the time in ms, a counter
and two random bytes: 18 characters, within Binance's 36, OKX's 32 and Bybit's 36, and sorted
by time, so a journal listing by id reads in the order the orders were made.
"""

from __future__ import annotations

import base64
import itertools
import os
import threading
import time

PREFIX = "pg"
_lock = threading.Lock()
_counter = itertools.count(int.from_bytes(os.urandom(2), "big"))


def new_client_order_id() -> str:
    with _lock:
        n = next(_counter) & 0xFFFF
    ms = time.time_ns() // 1_000_000
    raw = ms.to_bytes(6, "big") + n.to_bytes(2, "big") + os.urandom(2)
    return PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=").lower()
