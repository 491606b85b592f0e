"""Faults the test peer injects into its next answers for a path.

`server.faults.next("/api/v3/ticker/24hr", "503", count=3)` makes the next three requests to
that path answer HTTP 503. Kinds:

- "429", "418": rate limit / IP ban with a `Retry-After` header (`retry_after_s`); a 418 may
  instead carry Binance's "IP banned until <ms>" message (`banned_until_ms`).
- "500", "502", "503": a server error with Binance's JSON body.
- "slow": the request is processed, then the answer waits `delay_s` (longer than the client's
  timeout makes a timeout whose outcome is unknown to the client).
- "drop": the connection closes before the request is processed (nothing happens).
- "accept_then_drop": the request is processed (an order is placed), then the connection closes
  before the answer: the client cannot tell that it worked.
- "late": the connection closes at once (the client sees a failure), and the exchange processes
  the request `delay_s` later, as a queue running behind would: if its signature is still within
  its recvWindow then, it takes effect (an order is placed); otherwise Binance refuses it.
- "malformed": the request is processed, then answered 200 with a body cut off in the middle
  of its JSON (a proxy or a broken connection truncating it): the client cannot read it.
- "error": a Binance error body `{"code": code, "msg": msg}` with HTTP `status`.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = frozenset(
    {"429", "418", "500", "502", "503", "slow", "drop", "accept_then_drop", "late", "malformed",
     "error"}
)


@dataclass(slots=True)
class Fault:
    kind: str
    path: str
    method: str | None = None
    count: int = 1
    retry_after_s: int | None = None
    banned_until_ms: int | None = None
    delay_s: float = 0.0
    code: int = 0
    msg: str = ""
    status: int = 400


class FaultPlan:
    def __init__(self) -> None:
        self._pending: list[Fault] = []

    def next(self, path: str, kind: str, count: int = 1, *, method: str | None = None,
             retry_after_s: int | None = None, banned_until_ms: int | None = None,
             delay_s: float = 0.0, code: int = 0, msg: str = "", status: int = 400) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {sorted(KINDS)}")
        fault = Fault(kind, path, method, count, retry_after_s, banned_until_ms, delay_s,
                      code, msg, status)
        self._pending.append(fault)
        return fault

    def take(self, path: str, method: str) -> Fault | None:
        """The fault for this request, if one is pending (consumes one of its `count`)."""
        for fault in self._pending:
            if fault.path == path and fault.method in (None, method):
                fault.count -= 1
                if fault.count <= 0:
                    self._pending.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._pending.clear()

    @property
    def pending(self) -> list[Fault]:
        return list(self._pending)
