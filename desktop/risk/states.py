"""Trading states per account (ACTIVE / REDUCING / HALTED), with why and until when.

A state with a resume time goes back to ACTIVE by itself once that time has passed (checked
whenever the state is read, so a restart after the time resumes at once). Every change goes to
`on_change(status, previous, code)`: the engine persists it and publishes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from desktop.core import RiskStatus, TradingState
from desktop.core.messages import Message, marker

_t = marker("TradingState")

Listener = Callable[[RiskStatus, TradingState, str], None]


def now_ms() -> int:
    return int(time.time() * 1000)


def when(resumes_at_ms: int | None, now: int | None = None) -> Message:
    """"until 00:00 UTC", "until 2026-12-07 14:05 UTC" or "until you resume it"."""
    if resumes_at_ms is None:
        return _t("until you resume it")
    at = datetime.fromtimestamp(resumes_at_ms / 1000, UTC)
    today = datetime.fromtimestamp((now if now is not None else now_ms()) / 1000, UTC)
    if (at - today).total_seconds() < 86_400:
        return _t("until {0} UTC", f"{at:%H:%M}")
    return _t("until {0} UTC", f"{at:%Y-%m-%d %H:%M}")


class TradingStates:
    def __init__(self, on_change: Listener | None = None) -> None:
        self._status: dict[str, RiskStatus] = {}
        self._codes: dict[str, str] = {}
        self.on_change = on_change

    def load(self, status: RiskStatus, code: str = "") -> None:
        """Restore a stored state without announcing it."""
        self._status[status.account] = status
        self._codes[status.account] = code

    def status(self, account: str, now: int | None = None) -> RiskStatus:
        status = self._status.get(account)
        if status is None:
            return RiskStatus(account, TradingState.ACTIVE)
        if status.resumes_at_ms is not None and \
                (now if now is not None else now_ms()) >= status.resumes_at_ms:
            return self.set(account, TradingState.ACTIVE, "", None, "resumed")
        return status

    def code(self, account: str) -> str:
        """The rule that put the account in its state ("" for ACTIVE or the trader's)."""
        return self._codes.get(account, "") if account in self._status else ""

    def set(self, account: str, state: TradingState, reason: str,
            resumes_at_ms: int | None = None, code: str = "") -> RiskStatus:
        previous = self._status.get(account, RiskStatus(account, TradingState.ACTIVE))
        status = RiskStatus(account, state, reason if state is not TradingState.ACTIVE else "",
                            resumes_at_ms if state is not TradingState.ACTIVE else None)
        if state is TradingState.ACTIVE:
            self._status.pop(account, None)
            self._codes.pop(account, None)
        else:
            self._status[account] = status
            self._codes[account] = code
        if status != previous and self.on_change is not None:
            self.on_change(status, previous.state, code)
        return status

    def accounts(self) -> list[str]:
        return list(self._status)
